"""What waits for the first paint: it runs once the widget has painted, not before, and once."""

from PySide6.QtWidgets import QLabel

from kamdesk.gui.first_paint import after_first_paint


def test_the_calls_run_in_order_once_the_widget_has_painted_and_only_once(qtbot):
    label = QLabel("first page")
    qtbot.addWidget(label)
    ran = []
    after_first_paint(label, lambda: ran.append("list"), lambda: ran.append("jobs"))
    qtbot.wait(50)  # the event loop turns: without a paint nothing runs (a zero-timer at show would have)
    assert ran == []
    label.show()
    qtbot.waitUntil(lambda: ran == ["list", "jobs"])
    label.repaint()
    label.update()
    qtbot.wait(50)
    assert ran == ["list", "jobs"]


def test_a_widget_never_painted_gets_them_a_moment_later_all_the_same(qtbot, monkeypatch):
    """A window started on another workspace is not painted: its backups and daily jobs must not wait for that."""
    from kamdesk.gui import first_paint

    monkeypatch.setattr(first_paint, "LATEST_MS", 100)
    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    ran = []
    after_first_paint(hidden, lambda: ran.append("backups"))
    qtbot.waitUntil(lambda: ran == ["backups"])
    hidden.show()
    qtbot.wait(150)
    assert ran == ["backups"]
