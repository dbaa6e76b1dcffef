"""The statement of account of one client: the period (this year by default), the language (the client's),
PDF and/or Excel; saved where the user says, then opened. `open_statement_dialog(parent, client_id)`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services import party
from kamdesk.gui.formatting import date_format
from kamdesk.gui.mail.compose import email_button
from kamdesk.gui.operations import Operation

FOLDER_KEY = "statement/documents_folder"  # QSettings: where the last statement went


def open_statement_dialog(parent: QWidget, client_id: int) -> StatementDialog:
    """Show the statement dialog for `client_id` (window-modal; it deletes itself when closed)."""
    dialog = StatementDialog(parent, client_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def period_edit(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    """One end of a statement's period: `day` shown, a calendar whose weeks start on Monday."""
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class StatementDialog(QDialog):
    def __init__(self, parent: QWidget | None, client_id: int, today: dt.date | None = None):
        super().__init__(parent)
        self.client_id = client_id
        client = party.get_client(client_id)
        self.client_name = client.name
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Statement of account — %1").replace("%1", client.name))
        self.first, self.last = period_edit(self, "statement_from", dt.date(today.year, 1, 1)), \
            period_edit(self, "statement_to", today)
        self.language = QComboBox(self)
        self.language.setObjectName("statement_language")
        for code, name in (("hu", self.tr("Hungarian")), ("ru", self.tr("Russian")), ("en", self.tr("English"))):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(offer_service.client_language(client)))
        self.pdf = QCheckBox(self.tr("&PDF"), self)
        self.pdf.setChecked(True)
        self.xlsx = QCheckBox(self.tr("&Excel workbook"), self)
        self.open_after = QCheckBox(self.tr("&Open when saved"), self)
        self.open_after.setChecked(True)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        form.addRow(self.tr("&Language:"), self.language)
        kinds = QHBoxLayout()
        kinds.addWidget(self.pdf)
        kinds.addWidget(self.xlsx)
        kinds.addStretch(1)
        form.addRow(self.tr("Files:"), kinds)
        form.addRow("", self.open_after)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.email_button = email_button(self, self.email, "email_statement",
                                         self.tr("Send the statement by e-mail, PDF and workbook, in the "
                                                 "language chosen above"))
        self.buttons.addButton(self.email_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for box in (self.pdf, self.xlsx):
            box.toggled.connect(lambda _on: self.save_button.setEnabled(self.pdf.isChecked() or self.xlsx.isChecked()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.first.date().toPython(), self.last.date().toPython()

    def save(self, path: str | None = None) -> Operation | None:
        """Ask where to (unless `path` is given), write the chosen files off the GUI thread, then open them."""
        path = path or self._ask_path()
        if not path:
            return None
        chosen = Path(path)
        stem = chosen.with_suffix("") if chosen.suffix.lower() in (".pdf", ".xlsx") else chosen
        targets = [stem.with_name(stem.name + suffix) for suffix, box in ((".pdf", self.pdf), (".xlsx", self.xlsx))
                   if box.isChecked()]
        client_id, (first, last), language = self.client_id, self.period(), self.language.currentData()
        return Operation(self, lambda _task: write_files(client_id, first, last, language, targets)) \
            .with_progress(self.tr("Writing the statement…")).success(self._saved).run()

    def email(self) -> Operation:
        """Ctrl+Shift+E: the statement of the period by e-mail in the Send dialog; this dialog closes once sent."""
        from kamdesk.core.services.mail import documents
        from kamdesk.gui.mail.compose import compose

        client_id, (first, last), language = self.client_id, self.period(), self.language.currentData()
        return compose(self, lambda: documents.statement_draft(client_id, first, last, language),
                       on_sent=lambda _record: self.accept())

    def _ask_path(self) -> str | None:
        """A file name from the user, in the folder the last statement went to (else home)."""
        first, last = self.period()
        suffix = "pdf" if self.pdf.isChecked() else "xlsx"
        stem = self.tr("statement")  # the word a file name starts with
        name = f"{stem} {self.client_name} {first.isoformat()} {last.isoformat()}.{suffix}"
        name = "".join("-" if char in '\\/:*?"<>|' else char for char in name)
        folder = Path(str(QSettings().value(FOLDER_KEY, "") or Path.home()))
        filters = self.tr("PDF (*.pdf)") if suffix == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement as"),
                                              str((folder if folder.is_dir() else Path.home()) / name), filters)
        return path or None

    def _saved(self, paths: list[Path]) -> None:
        QSettings().setValue(FOLDER_KEY, str(paths[0].resolve().parent))
        if self.open_after.isChecked():
            for path in paths:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()


def write_files(client_id: int, first: dt.date, last: dt.date, language: str, targets: list[Path]) -> list[Path]:
    """The statement read and written to each target by its suffix (on a worker thread); the paths written."""
    from kamdesk.core.documents.statement_data import statement_data
    from kamdesk.core.documents.statement_pdf import write_statement_pdf
    from kamdesk.core.documents.statement_xlsx import write_statement_xlsx

    data = statement_data(client_id, first, last, language)
    for target in targets:
        try:
            (write_statement_pdf if target.suffix == ".pdf" else write_statement_xlsx)(target, data)
        except OSError as error:
            raise KamdeskError(Message("Cannot write {file}: {reason}", file=str(target),
                                       reason=error.strerror or str(error))) from error
    return targets
