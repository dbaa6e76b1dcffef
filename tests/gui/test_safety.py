"""Data safety in the window: back up now, automatic backups, restore, check, a damaged database at start,
one window per database file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kamdesk.core import db as kdb
from kamdesk.core.services import backups
from kamdesk.gui import app as gui_app
from kamdesk.gui import changes, safety
from kamdesk.gui.single_window import SingleWindow
from tests.gui.keyboard import answering_boxes
from tests.gui.test_main_window import make_window
from tests.gui.waiting import finish, settled


@pytest.fixture
def path(company, tmp_path) -> Path:
    return tmp_path / "kamdesk.db"


@pytest.fixture(autouse=True)
def no_pending_restore():
    yield
    safety.take_pending_restore()


def _made(path: Path) -> list:
    return backups.backups_of(path)


def test_back_up_now_says_where_in_the_status_bar(qtbot, path):
    window = make_window(qtbot)
    assert window.findChild(type(window.new_action), "back_up_now") is not None
    op = finish(qtbot, window.back_up_now())
    made = _made(path)
    assert len(made) == 1 and made[0].verified and made[0].reason == "manual"
    assert str(made[0].path) in window.statusBar().currentMessage()
    assert op.result.path == made[0].path


def test_automatic_backup_after_a_change_and_at_close_only_when_changed(qtbot, path):
    window = make_window(qtbot)
    auto = safety.AutomaticBackups(window, path)
    assert auto.at_close() is None and not _made(path)  # nothing changed: no backup
    changes.notify(changes.CLIENTS)
    assert auto.timer.isActive()  # due within every_minutes, not at once
    auto.timer.timeout.emit()
    finish(qtbot, auto.running)
    assert [b.reason for b in _made(path)] == ["automatic"]
    assert auto.at_close() is None  # nothing changed since
    changes.notify(changes.ORDERS)
    finish(qtbot, auto.at_close())
    assert sorted(b.reason for b in _made(path)) == ["automatic", "close"]


def test_automatic_backup_failure_shows_once_and_tries_again(qtbot, path, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    backups.settings_path(path).write_text(json.dumps({"folder": str(blocker / "backups")}), encoding="utf-8")
    window = make_window(qtbot)
    auto = safety.AutomaticBackups(window, path)
    changes.notify(changes.CLIENTS)
    finish(qtbot, auto.start("automatic"))
    assert "The automatic backup failed" in window.statusBar().currentMessage()
    assert auto.changed and "automatic backup (automatic)" in caplog.text
    window.statusBar().clearMessage()
    finish(qtbot, auto.start("automatic"))
    assert window.statusBar().currentMessage() == ""  # once, not at every turn
    auto.timer.stop()


def _when_modal(kind, keys):
    """Press `keys` in the next modal window of `kind` once it shows and has given the keyboard focus."""
    def press():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and widget.focusWidget() is not None:
            timer.stop()
            for key in keys:
                from PySide6.QtTest import QTest

                QTest.keyClick(widget.focusWidget() or widget, key)

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(10)
    return timer


def test_restore_from_backup_lists_them_and_asks_before_closing(qtbot, path):
    window = make_window(qtbot)
    finish(qtbot, window.back_up_now())
    finish(qtbot, window.back_up_now())
    older = _made(path)[1]
    timer = _when_modal(safety.RestoreDialog, [Qt.Key.Key_Down, Qt.Key.Key_Return])
    with answering_boxes() as texts:
        finish(qtbot, window.restore_from_backup())
    timer.stop()
    assert any(f"Restore the backup of {safety.made_at_text(older)}" in t and "Changes made after it are lost" in t
               for t in texts)
    assert not window.isVisible()
    assert safety.take_pending_restore() == older.path


def test_restore_dialog_shows_date_size_reason_and_verified(qtbot, path):
    backups.back_up_now("manual", path)
    dialog = safety.RestoreDialog(_made(path))
    qtbot.addWidget(dialog)
    item = dialog.table.topLevelItem(0)
    assert item.text(0) == safety.made_at_text(_made(path)[0])
    assert item.text(1) and item.text(2) == "made by hand" and item.text(3) == "yes"
    assert dialog.chosen() == _made(path)[0]


def test_check_database_in_plain_words(qtbot, path):
    window = make_window(qtbot)
    with answering_boxes() as texts:
        finish(qtbot, window.check_database())
    assert any("is sound" in t for t in texts)


def test_damaged_database_found_after_start_offers_the_backup(qtbot, path, monkeypatch):
    window = make_window(qtbot)
    made = backups.back_up_now("manual", path)
    from kamdesk.core.db_check import CheckReport

    damaged = CheckReport(path, False, ["page 7 is never used"])
    monkeypatch.setattr(safety, "check_file", lambda *_a, **_k: damaged)
    with answering_boxes() as texts:
        window.watch_database()
        settled(qtbot)
    assert any("is damaged" in t and "Restore the backup of" in t for t in texts)
    assert safety.take_pending_restore() == made.path


def test_damaged_database_at_start_restores_the_newest_backup(qtbot, path):
    made = backups.back_up_now("manual", path)
    kdb.close()
    path.write_bytes(path.read_bytes()[:1000])  # a cut file
    with answering_boxes() as texts:
        assert gui_app.open_database(f"sqlite:///{path}", path)
    assert "Restore the backup of" in texts[0] and safety.made_at_text(made) in texts[0]
    assert list(path.parent.glob("kamdesk-replaced-*.db"))
    kdb.close()


def test_damaged_database_at_start_quits_on_escape(qtbot, path):
    backups.back_up_now("manual", path)
    kdb.close()
    path.write_bytes(path.read_bytes()[:1000])
    with answering_boxes(Qt.Key.Key_Escape):
        assert not gui_app.open_database(f"sqlite:///{path}", path)
    assert not list(path.parent.glob("kamdesk-replaced-*.db"))


def test_pending_restore_is_made_after_the_window_closed(qtbot, path):
    made = backups.back_up_now("manual", path)
    kdb.close()
    safety._pending_restore[:] = [made.path]
    assert gui_app._restore_pending(path, 0) == (0, True)
    assert list(path.parent.glob("kamdesk-replaced-*.db"))


def test_second_start_brings_the_first_window_forward(qtbot, tmp_path):
    first, second = SingleWindow(tmp_path / "a.db"), SingleWindow(tmp_path / "a.db")
    assert first.acquire()
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.knocked):
            assert second.knock()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_second_start_explains_when_the_first_does_not_answer(qtbot, tmp_path):
    first, second = SingleWindow(tmp_path / "a.db"), SingleWindow(tmp_path / "a.db")
    assert first.acquire()
    first.server.close()  # a first kamdesk that hangs
    try:
        assert not second.acquire() and not second.knock()
        with answering_boxes() as texts:
            second.explain()
        assert "is open in another kamdesk" in texts[0]
    finally:
        first.release()


def test_other_database_files_have_their_own_lock(qtbot, tmp_path):
    first, other = SingleWindow(tmp_path / "a.db"), SingleWindow(tmp_path / "b.db")
    assert first.acquire() and other.acquire()
    assert first.name != other.name
    first.release()
    other.release()


def test_backup_settings_on_the_company_page(qtbot, path, tmp_path):
    from kamdesk.gui.company import CompanyPage
    from tests.gui.keyboard import type_text

    page = CompanyPage()
    qtbot.addWidget(page)
    page.show()
    assert page.backup_numbers["every_minutes"].value() == 30 and page.backup_folder.text() == ""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    page.backup_folder.setFocus()
    type_text(page.backup_folder, str(blocker / "inside"))
    page.backup_numbers["last"].setValue(3)
    assert page.save_backups_button.isEnabled()
    assert not page.save_backup_settings()
    error = page._backup_errors.labels["folder"]
    assert error.isVisible() and "cannot write in" in error.text()
    page.backup_folder.setText(str(tmp_path / "elsewhere"))
    qtbot.mouseClick(page.save_backups_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible() and not page.save_backups_button.isEnabled()
    settings = backups.load_settings(path)
    assert settings.folder == tmp_path / "elsewhere" and settings.retention.last == 3


def test_run_gui_on_a_file_open_elsewhere_knocks_and_ends(qtbot, path, monkeypatch):
    monkeypatch.setattr(gui_app, "_log_to_file", lambda: None)
    monkeypatch.setattr(gui_app, "install_excepthook", lambda: None)
    first = SingleWindow(path)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.knocked):
            assert gui_app.run_gui(f"sqlite:///{path}") == 0
    finally:
        first.release()


def test_a_knock_waits_for_a_first_kamdesk_that_listens_once_its_window_has_painted(qtbot, tmp_path, monkeypatch):
    from kamdesk.gui import single_window

    monkeypatch.setattr(single_window, "ANSWER_WAIT_S", 0.3)
    first, second = SingleWindow(tmp_path / "a.db"), SingleWindow(tmp_path / "a.db")
    assert first.acquire(listen=False)  # as run_gui takes it: the window's start does not wait for Qt's network
    try:
        assert not second.acquire() and not second.knock()  # nobody listens yet: the knock gave up after a while
        first.listen()
        with qtbot.waitSignal(first.knocked):
            assert second.knock()
    finally:
        first.release()
