"""A letter to one client from a letter template: choose the template, type its fields, see the letter as it
will print (empty fields in red, named above it), save it as PDF or e-mail it.

The preview is filled in on a worker 300 ms after the last keystroke (the template runs in its child process);
the newest text wins. "Save as PDF…" (Ctrl+S) writes the letter the preview shows, "E-mail…" (Ctrl+Shift+E)
opens the Send dialog with it attached and its text as the body; a letter that would print an empty field is
refused, naming it. "Edit templates…" opens the template editor on the letters' templates.

    LetterDialog(client_id, parent).open()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import letters
from kamdesk.core.services.party import get_client
from kamdesk.gui.errors import show_error
from kamdesk.gui.letters.fields_form import FieldsForm, TemplatePreview, fill_templates, letter_html
from kamdesk.gui.mail.compose import compose, email_button
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.screen_fit import fit_to_screen

FOLDER_KEY = "letters/folder"
PREVIEW_DELAY_MS = 300
NOTE_STYLE = ("background: #fff4e5; color: #8a4b00; border: 1px solid #f0c890; border-radius: 3px;"
              " padding: 4px;")


class LetterDialog(TemplatePreview, QDialog):
    """One client's letter from a template."""

    def __init__(self, client_id: int, parent=None):
        super().__init__(parent)
        self.client_id = client_id
        self.client_name = get_client(client_id).name
        self.setWindowTitle(self.tr("Letter to %1").replace("%1", self.client_name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.missing_messages: list[str] = []
        self._prepare_preview(PREVIEW_DELAY_MS)

        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.template.currentIndexChanged.connect(self._template_chosen)
        template_label = QLabel(self.tr("&Template:"), self)
        template_label.setBuddy(self.template)
        edit = QPushButton(self.tr("Edit &templates…"), self)
        edit.setAutoDefault(False)
        edit.clicked.connect(self.edit_templates)
        top = QHBoxLayout()
        top.addWidget(template_label)
        top.addWidget(self.template, 1)
        top.addWidget(edit)

        self.fields = FieldsForm(self)
        self.fields.edited.connect(self.timer.start)
        self.fields_hint = QLabel(self.tr("This template has no fields to type."), self)
        self.fields_hint.setWordWrap(True)
        self.fields_hint.setStyleSheet("color: #777;")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(QLabel(self.tr("Fields typed for this letter:"), left))
        left_layout.addWidget(self.fields)
        left_layout.addWidget(self.fields_hint)
        left_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        self.missing = QLabel(self)
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet(NOTE_STYLE)
        self.missing.hide()
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("preview")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.missing)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([420, 700])

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setToolTip(self.tr("Save the letter as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.email_button = email_button(self, self.email, "email_letter",
                                         self.tr("Send the letter by e-mail, its PDF attached"))
        close = QPushButton(self.tr("Close"), self)
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.email_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save_pdf())
        fit_to_screen(self, 1200, 800)
        fill_templates(self.template)
        self._template_chosen()

    # ---------------------------------------------------------------- the template and its fields
    def _template_chosen(self, *_args) -> None:
        names: tuple[str, ...] = ()
        if self.template_id is not None:
            try:
                names = letters.template_fields(self.template_id)
            except KamdeskError as error:
                show_error(self, error)
        self.fields.set_fields(names)
        self.fields_hint.setVisible(not names)
        self.refresh()

    # ---------------------------------------------------------------- the preview
    def _start_preview(self) -> None:
        edit, template_id, values = self._edits, self.template_id, self.fields.values()
        self._preview = Operation(self, lambda _task: letters.preview(template_id, self.client_id, values)) \
            .success(lambda result: self._previewed(edit, *result)) \
            .failure(lambda error: self._preview_failed(edit, error)).run()

    def _previewed(self, edit: int, rendered, missing) -> None:
        if not self._preview_ended(edit):
            return
        self.missing_messages = [translated(message) for message in missing.messages()] if missing else []
        self.missing.setText("\n".join(self.missing_messages))
        self.missing.setVisible(bool(self.missing_messages))
        self.preview.setHtml(letter_html(rendered))

    def _preview_failed(self, edit: int, error: BaseException) -> None:
        if not self._preview_ended(edit):
            return
        if isinstance(error, KamdeskError):
            self.missing_messages = [error_text(error)]
            self.missing.setText(error_text(error))
            self.missing.show()
        else:
            raise error

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # ---------------------------------------------------------------- saving
    def save_pdf(self, path: str | Path | None = None) -> Operation | None:
        """Write the letter to `path` (asked when not given); refused, naming them, while fields are empty."""
        if self.template_id is None:
            return None
        values = self.fields.values()
        if path is None:
            try:
                made = letters.letter(self.template_id, self.client_id, values)
            except KamdeskError as error:
                show_error(self, error)
                return None
            folder = QSettings().value(FOLDER_KEY, str(Path.home()))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as"),
                                                  str(Path(folder) / letters.file_name(made)),
                                                  self.tr("PDF document (*.pdf)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.casefold() != ".pdf":  # "Delta v1.2 Bt" keeps its ".2 Bt"
            target = target.with_name(target.name + ".pdf")
        QSettings().setValue(FOLDER_KEY, str(target.parent))
        template_id = self.template_id
        return Operation(self, lambda _task: letters.write_letter(template_id, self.client_id, values, target)) \
            .success(lambda _: self._saved(target)).run()

    def email(self) -> Operation | None:
        """The letter as an e-mail in the Send dialog (sent, or opened in the mail program, from there)."""
        if self.template_id is None:
            return None
        template_id, values = self.template_id, self.fields.values()
        return compose(self, lambda: letters.letter_draft(template_id, self.client_id, values),
                       on_sent=lambda _record: self._mailed())

    def _mailed(self) -> None:
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(self.tr("The letter's e-mail is in the client's history."))

    def _saved(self, path: Path) -> None:
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(self.tr("Saved %1.").replace("%1", str(path)))
