"""The pieces the letter and mail-merge dialogs share: the choice of a letter's template, the form of its free
fields (built from the fields the template uses), the preview of a letter as HTML (`letter_html`, which the
contract area's template editor shows too), and how a dialog keeps its preview up to date (`TemplatePreview`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from kamdesk.core.documents.letter import is_long_field
from kamdesk.core.services import letters
from kamdesk.gui.contract.preview_html import letter_html  # noqa: F401 (the letter and mail-merge dialogs' preview)
from kamdesk.gui.operations import Operation

translate = QCoreApplication.translate
# the built-in letters' fields, in words; a template's own field shows its name ("delivery_day": "Delivery day")
KNOWN_FIELDS = {
    "effective_date": lambda: translate("LetterFields", "Effective from:"),
    "reason": lambda: translate("LetterFields", "Reason (optional):"),
    "subject": lambda: translate("LetterFields", "Subject:"),
    "text": lambda: translate("LetterFields", "Text:"),
}


def field_label(name: str) -> str:
    known = KNOWN_FIELDS.get(name)
    return known() if known else name.replace("_", " ").capitalize() + ":"


def fill_templates(combo: QComboBox, keep_id: int | None = None) -> None:
    """The letter templates in `combo` ("Price change notice (EN)"), keeping `keep_id` chosen when it is there."""
    combo.blockSignals(True)
    combo.clear()
    for template in letters.letter_templates():
        combo.addItem(template.name, template.id)
    combo.setCurrentIndex(max(0, combo.findData(keep_id)) if keep_id is not None else 0)
    combo.blockSignals(False)


class TemplatePreview:
    """A dialog's template combo (`template`) and its preview made on a worker (`_start_preview`, which numbers
    it with `_edits`): a preview starts `delay_ms` after the last edit (`timer`), one at a time, and a preview
    that ends after newer edits is made again. Mixed into the letter and mail-merge dialogs."""

    def _prepare_preview(self, delay_ms: int) -> None:
        self._edits = 0
        self._preview: Operation | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.refresh)

    @property
    def template_id(self) -> int | None:
        return self.template.currentData()

    def choose_template(self, template_id: int) -> None:
        self.template.setCurrentIndex(max(0, self.template.findData(template_id)))

    def edit_templates(self) -> None:
        from kamdesk.gui.contract.template_editor import TemplateEditor

        editor = TemplateEditor(self, template_id=self.template_id, letters=True)
        editor.exec()
        editor.deleteLater()
        fill_templates(self.template, self.template_id)
        self._template_chosen()

    def refresh(self, *_args) -> None:
        """Make the preview again on a worker now; a preview under way is made again when it ends."""
        self.timer.stop()
        self._edits += 1
        if self._preview is None and self.template_id is not None:
            self._start_preview()

    @property
    def previewing(self) -> bool:
        return self._preview is not None or self.timer.isActive()

    def _preview_ended(self, edit: int) -> bool:
        """The preview of edit `edit` has ended: True when no edit came since, else the newer one is started."""
        self._preview = None
        if edit != self._edits:
            self._start_preview()
            return False
        return True


class FieldsForm(QWidget):
    """One editor per free field of a template, the values kept when another template uses the same name."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._kept: dict[str, str] = {}

    def set_fields(self, names: tuple[str, ...]) -> None:
        self._kept.update(self.values())
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.editors = {}
        for name in names:
            editor = QPlainTextEdit(self) if is_long_field(name) else QLineEdit(self)
            editor.setObjectName(f"field_{name}")
            if isinstance(editor, QPlainTextEdit):
                editor.setTabChangesFocus(True)
                editor.setMinimumHeight(90)
                editor.setPlainText(self._kept.get(name, ""))
                editor.textChanged.connect(self.edited.emit)
            else:
                editor.setText(self._kept.get(name, ""))
                editor.textEdited.connect(lambda _text: self.edited.emit())
            self.layout_.addRow(field_label(name), editor)
            self.editors[name] = editor

    def values(self) -> dict[str, str]:
        return {name: (editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text())
                for name, editor in self.editors.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            editor = self.editors.get(name)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            elif editor is not None:
                editor.setText(value)
