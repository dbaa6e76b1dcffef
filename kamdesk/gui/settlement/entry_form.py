"""What the invoice and payment entry dialogs share: the form of labelled fields with their messages, the
Save button for those who may record, saving through the field errors, and the actions that settle a
client's money anew (delete after asking, take back a hand allocation) with the change told to every page."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout
from PySide6.QtWidgets import QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import settlement_entry as entry
from kamdesk.gui.changes import notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.settlement.fields import error_label, with_error
from kamdesk.gui.settlement.labels import SETTLEMENT, recorders_only
from kamdesk.gui.widgets.field_errors import FieldErrors


def note_edit(parent: QWidget) -> QPlainTextEdit:
    """A note of a few lines; Tab moves on."""
    note = QPlainTextEdit(parent)
    note.setTabChangesFocus(True)
    note.setFixedHeight(parent.fontMetrics().height() * 4)
    return note


def lay_out_form(dialog: QDialog, rows: Iterable[tuple[str, str]]) -> dict[str, QLabel]:
    """Lay `dialog` out: a row per (field name, label) with the field's messages under it, the form's own
    messages, the note for those who may not record, Save and Cancel. Sets `dialog.form_error`,
    `field_errors`, `recorder_note` and `buttons`; an edited field loses its message. The error labels."""
    form = QFormLayout()
    errors: dict[str, QLabel] = {}
    for name, text in rows:
        errors[name] = error_label(dialog, f"{name}_error")
        form.addRow(QLabel(text, dialog, buddy=getattr(dialog, name)),
                    with_error(dialog, getattr(dialog, name), errors[name]))
    dialog.form_error = error_label(dialog, "form_error")
    dialog.field_errors = FieldErrors(errors, {name: getattr(dialog, name) for name in errors}, other=dialog.form_error)
    dialog.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                      dialog)
    dialog.buttons.accepted.connect(dialog.accept)
    dialog.buttons.rejected.connect(dialog.reject)
    dialog.recorder_note = QLabel(recorders_only(), dialog)
    dialog.recorder_note.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog.form_error)
    layout.addWidget(dialog.recorder_note)
    layout.addWidget(dialog.buttons)
    for name in errors:
        widget = getattr(dialog, name)
        signal = getattr(widget, "textChanged", None) or getattr(widget, "currentIndexChanged", None) \
            or widget.dateChanged
        signal.connect(lambda *_, w=widget: dialog.field_errors.edited(w))
    return errors


def show_recording_allowed(dialog: QDialog) -> None:
    """Save only for those who may record invoices and payments; the others read why."""
    allowed = entry.can_record()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(allowed)
    dialog.recorder_note.setVisible(not allowed)


def save_entry(dialog: QDialog, save: Callable[[], object], unpicked: str, kept: Callable[[object], None]) -> bool:
    """Save the form (`save()` returns the record) through its field errors, `unpicked` beside a client typed but
    not chosen; once saved `kept(record)`, every page hears of it and `dialog.saved(client_id)` is emitted."""
    dialog.field_errors.clear()
    if dialog.client.text().strip() and dialog.picker.client_id is None:
        dialog.field_errors.show({"client": unpicked})
        return False
    saved, record = dialog.field_errors.attempt(dialog, save, dialog._versions)
    if not saved:
        return False
    kept(record)
    dialog.discard_changes()
    notify(SETTLEMENT, client_id=record.client_id, source=dialog)
    dialog.saved.emit(record.client_id)
    return True


def settle_anew(parent: QWidget, action: Callable[[], object], client_id: int) -> bool:
    """Run `action` (which settles the client's money anew) and tell every page; an error is shown. True when done."""
    try:
        action()
    except KamdeskError as error:
        show_error(parent, error)
        return False
    notify(SETTLEMENT, client_id=client_id, source=parent)
    return True


def delete_after_asking(parent: QWidget, title: str, question: str, delete: Callable[[], object],
                        client_id: int) -> bool:
    """Ask `question` (No by default), then `delete()` through `settle_anew`; True when it was deleted."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes and settle_anew(parent, delete, client_id)
