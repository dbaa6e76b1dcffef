"""The one field-error display: messages beside their fields, the rest under the form, the first bad field focused."""

from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from kamdesk.core.messages import Message
from kamdesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors


def form(qtbot, *names):
    """A form with a line edit and a `<name>_error` label per name, and a `form_error` label."""
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    edits = {}
    for name in (*names, "form"):
        if name != "form":
            edits[name] = QLineEdit(widget)
            layout.addWidget(edits[name])
        label = QLabel(widget)
        label.setObjectName(f"{name}_error")
        layout.addWidget(label)
    widget.show()
    return widget, edits


def label(widget, name) -> QLabel:
    return widget.findChild(QLabel, f"{name}_error")


def test_of_form_finds_the_labels_makes_them_red_and_hides_them(qtbot):
    widget, edits = form(qtbot, "name", "email")
    FieldErrors.of_form(widget, edits)
    assert all(label(widget, n).styleSheet() == ERROR_STYLE and not label(widget, n).isVisible()
               for n in ("name", "email", "form"))


def test_messages_go_beside_their_fields_the_rest_under_the_form_and_the_first_field_in_order_gets_the_focus(qtbot):
    widget, edits = form(qtbot, "name", "email")
    errors = FieldErrors.of_form(widget, edits)
    widget.activateWindow()
    left = errors.show({"email": Message("Not an e-mail address."), "vat": "Unknown", "name": "Required"})
    assert left == []
    assert label(widget, "email").text() == "Not an e-mail address." and label(widget, "email").isVisible()
    assert label(widget, "form").text() == "Unknown"
    qtbot.waitUntil(lambda: edits["name"].hasFocus())
    errors.show({"email": "Again"})
    assert not label(widget, "name").isVisible() and not label(widget, "form").isVisible()
    errors.clear()
    assert not label(widget, "email").isVisible() and label(widget, "email").text() == ""


def test_keys_of_one_field_share_its_label_and_without_a_form_label_the_rest_comes_back(qtbot):
    widget, edits = form(qtbot, "contacts")
    lines = QLabel(widget)
    errors = FieldErrors({"contacts": lines}, field_of=lambda key: key.split(".")[0])
    left = errors.show({"contacts.0.email": "Bad e-mail", "contacts.1.name": "No name", "notes": "Too long"})
    assert lines.text() == "Bad e-mail\nNo name"
    assert left == ["Too long"]


def test_a_disabled_widget_hands_the_focus_to_the_next_one_and_its_tab_comes_forward(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLineEdit(), "first")
    page = QWidget()
    switch, date = QCheckBox(page), QDateEdit(page)
    date.setEnabled(False)
    QVBoxLayout(page).addWidget(switch)
    page.layout().addWidget(date)
    tabs.addTab(page, "second")
    tabs.show()
    tabs.activateWindow()
    errors = FieldErrors({}, {"end_date": (date, switch)})
    errors.show({"end_date": "Before the start"})
    assert tabs.currentIndex() == 1
    qtbot.waitUntil(switch.hasFocus)


def test_editing_a_field_takes_its_message_away_and_those_about_no_field(qtbot):
    widget, edits = form(qtbot, "name", "email")
    errors = FieldErrors({}, edits, other=label(widget, "form"))
    errors.show({"name": "Required", "email": "Bad", "": "Check the form"}, focus=False)
    assert label(widget, "form").text() == "Required\nBad\nCheck the form"
    errors.edited(edits["name"])
    assert label(widget, "form").text() == "Bad"
    errors.edited(edits["email"])
    assert not label(widget, "form").isVisible()


def test_an_attempt_returns_what_the_save_returned_or_shows_why_it_was_refused(qtbot, monkeypatch):
    from kamdesk.core.errors import KamdeskError, ValidationError
    from kamdesk.gui.widgets import field_errors

    widget, edits = form(qtbot, "name")
    errors = FieldErrors.of_form(widget, edits)
    boxes = []
    monkeypatch.setattr(field_errors, "show_error", lambda parent, error: boxes.append((parent, str(error))))
    assert errors.attempt(widget, lambda: 42) == (True, 42)

    def refused():
        raise ValidationError({"name": "Required"})

    def failed():
        raise KamdeskError("The database is locked.")

    assert errors.attempt(widget, refused) == (False, None) and label(widget, "name").text() == "Required"
    assert errors.attempt(widget, failed) == (False, None) and boxes == [(widget, "The database is locked.")]
