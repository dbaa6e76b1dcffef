"""The contract template editor: templates, their text with its problems, and a live preview.

Left, the templates (built-in ones marked, archived ones on request) with New,
Duplicate and Archive/Restore. In the middle, the template's name, type and
language and its text in a code editor (line numbers, colours, problem lines
in red), with "Insert placeholder" (Ctrl+Space) and "Insert condition"
(Ctrl+Shift+I); under it every problem `check_template` finds, each with its
line (double-click or Enter jumps there; F8 goes to the next one). Right, the
contract as it would print for a chosen client (or for a sample client), with
the fields it prints that are empty for that client listed above it.

The text is checked and the preview rendered 200 ms after the last keystroke,
off the GUI thread (a template that loops without end takes its 2 s limit there,
the window keeps working); one check runs at a time, and a check of an older
text is dropped: the newest text wins. Save (Ctrl+S) refuses a template with
problems and says why: the problems are found here, never when a contract is
generated. The name, type and language fields and the text's front matter are
kept in step both ways.

    TemplateEditor(parent).exec()            # edit all templates
    TemplateEditor(parent, template_id=7)    # open on one template
    TemplateEditor(parent, letters=True)     # the letters' templates (`documents.letter`) instead

A letter's template prints no contract; it may print free fields (`{{ fields.effective_date }}`), typed when the
letter is written, which "Insert placeholder" offers to add.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.documents import contract_context as contract_document
from kamdesk.core.documents import contract_template as templates
from kamdesk.core.documents import letter as letter_document
from kamdesk.core.errors import ChangedMeanwhile, KamdeskError, ValidationError
from kamdesk.core.services import contract as contract_service
from kamdesk.gui.contract.code_editor import CodeEditor, TemplateHighlighter
from kamdesk.gui.contract.labels import (
    kind_labels,
    language_labels,
    root_labels,
    short_kind_labels,
)
from kamdesk.gui.contract.preview_html import letter_html, rendered_html
from kamdesk.gui.errors import show_error
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.unsaved import UnsavedChanges, settle
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.client_picker import ClientPicker
from kamdesk.gui.widgets.max_length import limit_line_edits

ID_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
CHECK_DELAY_MS = 200
_FRONT_LINE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*?)\s*$")

# conditions offered first by "Insert condition" (yes/no fields and fields that may be empty)
CONDITIONS = ("client.on_credit", "not client.on_credit", "contract.auto_renewal", "contract.has_amount",
              "contract.discount", "client.credit_limit", "contract.previous_number", "contract.notes",
              "contact.name")


def front_matter(source: str) -> tuple[dict[str, tuple[int, str]], int | None]:
    """({key: (0-based line, value)}, the 0-based line of `---` or None) of a template's front matter."""
    lines = source.replace("\r\n", "\n").split("\n")
    entries: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines):
        if line.strip() == "---":
            return entries, number
        match = _FRONT_LINE.match(line)
        if line.strip() and not match:
            return {}, None
        if match:
            entries.setdefault(match.group(1).lower(), (number, match.group(2)))
    return {}, None


_TAG = re.compile(r"\{%-?\s*(\w+)")
_BLOCK_TAGS = ("if", "for", "macro", "call", "filter", "with", "block", "autoescape")


def unclosed_blocks(source: str) -> list[tuple[int, str]]:
    """(1-based line, tag) of each `{% if %}`, `{% for %}`… that no end tag closes, outermost first.

    Jinja reports a missing `{% endif %}` at the end of the template; this finds where the block opened.
    """
    stack: list[tuple[int, str]] = []
    for number, line in enumerate(source.replace("\r\n", "\n").split("\n"), start=1):
        for match in _TAG.finditer(line):
            tag = match.group(1)
            if tag in _BLOCK_TAGS:
                stack.append((number, tag))
            elif tag.startswith("end") and tag[3:] in _BLOCK_TAGS:
                for index in range(len(stack) - 1, -1, -1):
                    if stack[index][1] == tag[3:]:
                        del stack[index:]
                        break
    return stack


def with_front_matter(source: str, key: str, value: str) -> str:
    """`source` with its front matter's `key` set to `value` (added before `---`); as it is without front matter."""
    entries, separator = front_matter(source)
    if separator is None:
        return source
    lines = source.replace("\r\n", "\n").split("\n")
    if key in entries:
        lines[entries[key][0]] = f"{key}: {value}"
    else:
        lines.insert(separator, f"{key}: {value}")
    return "\n".join(lines)


def new_template_source(name: str, kind: str, language: str) -> str:
    """The text a new template starts with: front matter and a short example body."""
    if kind == templates.LETTER_KIND:
        return (f"name: {name}\nkind: {kind}\nlanguage: {language}\ntitle: {name}\n---\n"
                "{% if contact.name %}\nDear {{ contact.name }},\n{% else %}\nDear Sir or Madam,\n{% endif %}\n\n"
                "From {{ fields.effective_date }} ...\n\nYours sincerely,\n{{ manager.name }}\n{{ company.name }}\n")
    return (f"name: {name}\nkind: {kind}\nlanguage: {language}\n---\n"
            "This contract is made between {{ company.name }} (tax number: {{ company.tax_number }}) "
            "and {{ client.name }} (tax number: {{ client.tax_number }}).\n\n"
            "# Subject\nThe first clause of the first section.\n\n"
            "# Payment\n{% if client.on_credit %}\n"
            "The Buyer pays within {{ client.payment_terms_days }} days by bank transfer.\n"
            "{% else %}\nThe Buyer pays in advance.\n{% endif %}\n")


class TemplateEditor(UnsavedChanges, QDialog):
    """Edit contract templates with their problems shown as you type and a live preview."""

    saved = Signal(int)  # a template's id after it was saved, archived or restored

    def __init__(self, parent=None, template_id: int | None = None, letters: bool = False):
        super().__init__(parent)
        self.letters = letters
        self.setWindowTitle(self.tr("Letter templates[*]") if letters else self.tr("Contract templates[*]"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.template_id: int | None = None
        self._versions = LoadedVersions(lambda: self.open_template(self.template_id))
        self._builtin = False
        self._archived = False
        self._saved_values: dict | None = None
        self._problems: list = []
        self._checked_source: str | None = None  # the text self._problems were found in
        self._edits = 0  # counts the texts asked to be checked: a check of an older one is dropped
        self._check: Operation | None = None  # the check running, at most one
        self._waiting_for_check = False  # Save waits for the check of the text shown
        self._missing_lines: list[str] = []
        self._client_id: int | None = None
        self._context_key = None
        self._context: dict | None = None
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([380, 620, 500])
        self.splitter = splitter

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the template (Ctrl+S); refused while it has problems"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, close):
            button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._shortcuts()
        fit_to_screen(self, 1500, 900)

        self._saved_values = self.values()  # nothing to lose before the first template is open
        self.load_list()
        if template_id is not None and self._select(template_id):
            pass
        elif self.templates.topLevelItemCount():
            self.templates.setCurrentItem(self.templates.topLevelItem(0))
        else:
            self.new_template()
        self.editor.setFocus()

    # ---------------------------------------------------------------- building
    def _build_list(self) -> QWidget:
        pane = QWidget(self)
        self.templates = QTreeWidget(pane)
        self.templates.setObjectName("templates")
        self.templates.setColumnCount(3)
        self.templates.setHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Language")])
        self.templates.setRootIsDecorated(False)
        self.templates.setUniformRowHeights(True)
        self.templates.setAlternatingRowColors(True)
        self.templates.header().setStretchLastSection(False)
        self.templates.header().setSectionResizeMode(0, self.templates.header().ResizeMode.Stretch)
        self.templates.header().setSectionResizeMode(1, self.templates.header().ResizeMode.ResizeToContents)
        self.templates.header().setSectionResizeMode(2, self.templates.header().ResizeMode.ResizeToContents)
        self.templates.currentItemChanged.connect(self._template_chosen)
        self.show_archived = QCheckBox(self.tr("Show &archived"), pane)
        self.show_archived.toggled.connect(lambda: self.load_list(self.template_id))
        self.new_button = QPushButton(self.tr("&New"), pane)
        self.new_button.setToolTip(self.tr("A new template (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button = QPushButton(self.tr("&Duplicate"), pane)
        self.duplicate_button.setToolTip(self.tr("A copy of this template to edit (Ctrl+Shift+D)"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.archive_button = QPushButton(self.tr("Archi&ve"), pane)
        self.archive_button.setToolTip(self.tr("Hide the template from the choice for new letters") if self.letters
                                       else self.tr("Hide the template from the choice for new contracts"))
        self.archive_button.clicked.connect(self.toggle_archived)
        for button in (self.new_button, self.duplicate_button, self.archive_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.archive_button)
        heading = QLabel(self.tr("&Templates"), pane)
        heading.setBuddy(self.templates)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(heading)
        layout.addWidget(self.templates, 1)
        layout.addWidget(self.show_archived)
        layout.addLayout(buttons)
        return pane

    def _build_editor(self) -> QWidget:
        pane = QWidget(self)
        self.name = QLineEdit(pane)
        self.name.setObjectName("name")
        limit_line_edits(self, "contract_template")
        self.name.textEdited.connect(lambda text: self._field_edited("name", text.strip()))
        self.kind = QComboBox(pane)
        self.kind.setObjectName("kind")
        for kind in (templates.LETTER_KIND,) if self.letters else templates.KINDS:
            self.kind.addItem(kind_labels()[kind], kind)
        self.kind.activated.connect(lambda: self._field_edited("kind", self.kind.currentData()))
        self.language = QComboBox(pane)
        self.language.setObjectName("language")
        for language in templates.TEMPLATE_LANGUAGES if self.letters else templates.LANGUAGES:
            self.language.addItem(language_labels().get(language, language), language)
        self.language.activated.connect(lambda: self._field_edited("language", self.language.currentData()))
        self.state_label = QLabel(pane)
        self.state_label.setObjectName("state_label")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("color: #555;")

        name_label = QLabel(self.tr("Na&me:"), pane)
        name_label.setBuddy(self.name)
        kind_label = QLabel(self.tr("T&ype:"), pane)
        kind_label.setBuddy(self.kind)
        language_label = QLabel(self.tr("&Language:"), pane)
        language_label.setBuddy(self.language)
        fields = QGridLayout()
        fields.addWidget(name_label, 0, 0)
        fields.addWidget(self.name, 0, 1, 1, 4)
        fields.addWidget(kind_label, 1, 0)
        fields.addWidget(self.kind, 1, 1)
        fields.addWidget(language_label, 1, 2)
        fields.addWidget(self.language, 1, 3)
        fields.setColumnStretch(1, 2)
        fields.setColumnStretch(3, 1)
        fields.setColumnStretch(4, 1)

        self.placeholder_menu = self._build_placeholder_menu()
        self.placeholder_button = QToolButton(pane)
        self.placeholder_button.setText(self.tr("Insert &placeholder"))
        self.placeholder_button.setToolTip(self.tr("Insert a field of the company, the client, the contract… "
                                                   "at the cursor (Ctrl+Space)"))
        self.placeholder_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.placeholder_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.placeholder_button.setMenu(self.placeholder_menu)
        condition = QToolButton(pane)
        condition.setText(self.tr("Insert &condition…"))
        condition.setToolTip(self.tr("Keep the selected lines only when a condition holds, "
                                     "e.g. when the client pays on credit (Ctrl+Shift+I)"))
        condition.clicked.connect(self.ask_condition)
        hint = QLabel(self.tr("“# ” starts a section; a blank line starts a clause."), pane)
        hint.setStyleSheet("color: #777;")
        tools = QHBoxLayout()
        tools.addWidget(self.placeholder_button)
        tools.addWidget(condition)
        tools.addStretch(1)
        tools.addWidget(hint)

        self.editor = CodeEditor(pane)
        self.editor.setObjectName("source")
        self.editor.setAccessibleName(self.tr("Template text"))
        self.highlighter = TemplateHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._text_changed)

        self.problems_heading = QLabel(pane)
        self.problems_heading.setObjectName("problems_heading")
        self.problems = QListWidget(pane)
        self.problems.setObjectName("problems")
        self.problems.setToolTip(self.tr("Double-click or press Enter to go to the line; F8 goes to the next problem"))
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.itemActivated.connect(self._problem_activated)
        self.problems.itemDoubleClicked.connect(self._problem_activated)
        problems_pane = QWidget(pane)
        problems_layout = QVBoxLayout(problems_pane)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_heading)
        problems_layout.addWidget(self.problems, 1)
        split = QSplitter(Qt.Orientation.Vertical, pane)
        split.setChildrenCollapsible(False)
        split.addWidget(self.editor)
        split.addWidget(problems_pane)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([680, 110])

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addLayout(fields)
        layout.addWidget(self.state_label)
        layout.addLayout(tools)
        layout.addWidget(split, 1)
        return pane

    def _build_placeholder_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("placeholder_menu")
        menu.setToolTipsVisible(True)
        roots = root_labels()
        for root, fields in templates.PLACEHOLDERS.items():
            if self.letters and root not in letter_document.ROOTS:
                continue
            submenu = menu.addMenu(roots.get(root, root))
            submenu.setToolTipsVisible(True)
            for field, description in fields.items():
                path = f"{root}.{field}"
                action = submenu.addAction(f"{field} — {translated(description)}")
                action.setData(path)
                action.setToolTip("{{ " + path + " }}")
                action.triggered.connect(lambda _checked=False, path=path: self.insert_placeholder(path))
        menu.addSeparator()
        today = menu.addAction(f"today — {translated(templates.TODAY_LABEL)}")
        today.setData("today")
        today.triggered.connect(lambda: self.insert_placeholder("today"))
        if self.letters:
            free = menu.addAction(self.tr("A field typed when the letter is written…"))
            free.setData(letter_document.FREE_ROOT)
            free.setToolTip(self.tr("Insert {{ fields.NAME }}: a value (a date, an amount) the user types once "
                                    "for one letter or a whole mail merge"))
            free.triggered.connect(self.ask_free_field)
        return menu

    def ask_free_field(self) -> None:
        """Ask a free field's name (a letter's `fields.NAME`) and insert it at the cursor."""
        name, ok = QInputDialog.getText(self, self.tr("Field typed for the letter"),
                                        self.tr("The field's name (letters, digits and _, e.g. effective_date):"))
        name = name.strip()
        if ok and name.isidentifier() and not name.startswith("_"):
            self.insert_placeholder(f"{letter_document.FREE_ROOT}.{name}")

    def _build_preview(self) -> QWidget:
        pane = QWidget(self)
        self.client_edit = QLineEdit(pane)
        self.client_edit.setObjectName("client")
        self.client_edit.setPlaceholderText(self.tr("A sample client — type to preview with one of yours"))
        self.client_edit.setClearButtonEnabled(True)
        self.client_picker = ClientPicker(self.client_edit, self._client_changed)
        client_label = QLabel(self.tr("Preview for cli&ent:"), pane)
        client_label.setBuddy(self.client_edit)
        row = QHBoxLayout()
        row.addWidget(client_label)
        row.addWidget(self.client_edit, 1)
        self.missing = QLabel(pane)
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet("background: #fff4e5; color: #8a4b00; border: 1px solid #f0c890;"
                                   " border-radius: 3px; padding: 4px;")
        self.missing.hide()
        self.preview = QTextBrowser(pane)
        self.preview.setObjectName("preview")
        self.preview.setOpenLinks(False)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.missing)
        layout.addWidget(self.preview, 1)
        return pane

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WindowShortcut
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence("Ctrl+Space"), self.show_placeholder_menu),
                           (QKeySequence("Ctrl+Shift+I"), self.ask_condition),
                           (QKeySequence.StandardKey.New, self.new_template),
                           (QKeySequence("Ctrl+Shift+D"), self.duplicate),
                           (QKeySequence("Ctrl+G"), self.ask_line),
                           (QKeySequence("F8"), lambda: self.next_problem(1)),
                           (QKeySequence("Shift+F8"), lambda: self.next_problem(-1)),
                           (QKeySequence("Ctrl+E"), self.editor.setFocus),
                           (QKeySequence("Ctrl+L"), self._focus_client)):
            QShortcut(keys, self, slot, context=context)

    def _focus_client(self) -> None:
        self.client_edit.setFocus()
        self.client_edit.selectAll()

    # ---------------------------------------------------------------- the list
    def load_list(self, select_id: int | None = None) -> None:
        """Fill the list of templates; select `select_id` if it is shown (without loading it again)."""
        kinds, languages = short_kind_labels(), language_labels()
        self.templates.blockSignals(True)
        self.templates.clear()
        kind = templates.LETTER_KIND if self.letters else None
        for template in contract_service.list_templates(kind, include_archived=self.show_archived.isChecked()):
            name = template.name
            if template.builtin:
                name = self.tr("%1 (built-in)").replace("%1", name)
            if template.archived_at is not None:
                name = self.tr("%1 (archived)").replace("%1", name)
            item = QTreeWidgetItem([name, kinds.get(template.kind, template.kind), template.language.upper()])
            item.setData(0, ID_ROLE, template.id)
            tip = f"{name}\n{kind_labels().get(template.kind, template.kind)} · " \
                  f"{languages.get(template.language, template.language)}"
            for column in range(3):
                item.setToolTip(column, tip)
            if template.archived_at is not None:
                for column in range(3):
                    item.setForeground(column, Qt.GlobalColor.gray)
            self.templates.addTopLevelItem(item)
        self.templates.blockSignals(False)
        if select_id is not None:
            self._select(select_id, load=False)

    def _item_for(self, template_id: int) -> QTreeWidgetItem | None:
        for row in range(self.templates.topLevelItemCount()):
            item = self.templates.topLevelItem(row)
            if item.data(0, ID_ROLE) == template_id:
                return item
        return None

    def _select(self, template_id: int, load: bool = True) -> bool:
        item = self._item_for(template_id)
        if item is None:
            return False
        if load:
            self.templates.setCurrentItem(item)
        else:
            self.templates.blockSignals(True)
            self.templates.setCurrentItem(item)
            self.templates.blockSignals(False)
        return True

    def _template_chosen(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        template_id = current.data(0, ID_ROLE)
        if template_id == self.template_id:
            return
        if not settle(self):
            self.templates.blockSignals(True)
            self.templates.setCurrentItem(previous if self.template_id is not None else None)
            if self.template_id is None:
                self.templates.clearSelection()
            self.templates.blockSignals(False)
            return
        self.open_template(template_id)

    def open_template(self, template_id: int) -> None:
        try:
            template = contract_service.get_template(template_id)
        except KamdeskError as error:
            show_error(self, error)
            return
        self.template_id = template.id
        self._versions.remember(template)
        self._builtin = template.builtin
        self._archived = template.archived_at is not None
        self._set_values({"name": template.name, "kind": template.kind, "language": template.language,
                          "source": template.source})
        self._saved_values = self.values()
        self._after_load()

    def _set_values(self, values: dict) -> None:
        self._loading = True
        try:
            self.name.setText(values["name"])
            self.kind.setCurrentIndex(max(0, self.kind.findData(values["kind"])))
            self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
            self.editor.setPlainText(values["source"])
        finally:
            self._loading = False

    def _after_load(self) -> None:
        self.status.clear()
        self.status.setStyleSheet("")
        self._update_state()
        self.refresh()

    def _update_state(self) -> None:
        if self.template_id is None:
            text = self.tr("A new template: it is stored when you save it.")
        elif self._builtin:
            text = self.tr("A built-in template: your changes replace its text here. "
                           "Duplicate it (Ctrl+Shift+D) to keep the original.")
        else:
            text = self.tr("Your template.")
        if self._archived:
            text += " " + (self.tr("Archived: not offered for new letters.") if self.letters
                           else self.tr("Archived: not offered for new contracts."))
        self.state_label.setText(text)
        self.archive_button.setText(self.tr("Rest&ore") if self._archived else self.tr("Archi&ve"))
        self.archive_button.setEnabled(self.template_id is not None)
        self.setWindowModified(self.is_dirty())

    # ---------------------------------------------------------------- values
    def values(self) -> dict:
        return {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                "language": self.language.currentData(), "source": self.editor.toPlainText()}

    def is_dirty(self) -> bool:
        return self._saved_values is None or self.values() != self._saved_values

    def _text_changed(self) -> None:
        if self._loading:
            return
        self.setWindowModified(self.is_dirty())
        self.timer.start()

    def _field_edited(self, key: str, value: str) -> None:
        """The name, type or language field changed: write it into the front matter too."""
        entries, separator = front_matter(self.editor.toPlainText())
        if separator is not None and entries.get(key, (None, None))[1] != value:
            document = self.editor.document()
            cursor = QTextCursor(document)
            if key in entries:
                block = document.findBlockByNumber(entries[key][0])
                cursor.setPosition(block.position())
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(f"{key}: {value}")
            else:
                cursor.setPosition(document.findBlockByNumber(separator).position())
                cursor.insertText(f"{key}: {value}\n")
        self.setWindowModified(self.is_dirty())
        self.timer.start()

    def _sync_fields(self, source: str) -> None:
        """The front matter changed in the text: show its name, type and language in the fields."""
        entries, separator = front_matter(source)
        if separator is None:
            return
        if "name" in entries and entries["name"][1] and entries["name"][1] != self.name.text().strip():
            self.name.setText(entries["name"][1])
        for key, combo in (("kind", self.kind), ("language", self.language)):
            if key in entries:
                index = combo.findData(entries[key][1])
                if index >= 0 and index != combo.currentIndex():
                    combo.setCurrentIndex(index)

    # ---------------------------------------------------------------- checking and preview
    def refresh(self) -> None:
        """Check the text and render the preview off the GUI thread (run 200 ms after typing stops).

        While a check runs, the newest text is checked when it ends; its results are dropped then.
        """
        self.timer.stop()
        self._sync_fields(self.editor.toPlainText())
        self._edits += 1
        self.setWindowModified(self.is_dirty())
        if self._check is None:
            self._start_check()

    @property
    def checking(self) -> bool:
        """True while the text shown is not checked yet (a check runs or waits)."""
        return self._check is not None or self.timer.isActive()

    def _start_check(self) -> None:
        source, edit = self.editor.toPlainText(), self._edits
        try:
            context = self._preview_context()  # the database on this thread; the template in the worker
        except KamdeskError as error:
            context, self._context = None, None
            self._show_note(error_text(error))
        letters = self.letters
        self._check = Operation(self, lambda _task: _check_and_render(source, context, letters)) \
            .success(lambda result: self._checked(edit, source, *result)) \
            .failure(lambda error: self._check_failed(edit, error)).run()

    def _checked(self, edit: int, source: str, problems: list, rendered) -> None:
        self._check = None
        if edit != self._edits:  # the text changed meanwhile
            self._start_check()
            return
        self._set_problems(source, problems)
        if rendered is not None:
            self._show_preview(rendered)

    def _check_failed(self, edit: int, error: BaseException) -> None:
        self._check = None
        if edit != self._edits:
            self._start_check()
        elif isinstance(error, KamdeskError):
            self._show_note(error_text(error))
        else:
            report_failure(self, error)

    def _set_problems(self, source: str, problems: list) -> None:
        """Show `problems` of `source` (with where an unclosed block opened)."""
        if any("end of template" in str(problem.message) for problem in problems):
            opened = self.tr("“{% %1 %}” opened here is not closed: add “{% end%1 %}” where it should end.")
            problems = sorted(problems + [
                templates.TemplateProblem(line, opened.replace("%1", tag)) for line, tag in unclosed_blocks(source)],
                key=lambda problem: problem.line)
        self._problems, self._checked_source = problems, source
        self._show_problems()
        if problems:
            self._show_note("\n".join([self.tr("The preview shows the text as it was before the problems listed "
                                                "under the editor.")] + self._missing_lines))

    def _show_problems(self) -> None:
        self.problems.clear()
        for problem in self._problems:
            item = QListWidgetItem(self.tr("Line %1: %2").replace("%1", str(problem.line))
                                   .replace("%2", translated(problem.message)), self.problems)
            item.setData(LINE_ROLE, problem.line)
            item.setForeground(Qt.GlobalColor.darkRed)
            if problem.text:
                item.setToolTip(problem.text)
        count = len(self._problems)
        if count:
            text = (self.tr("1 problem — fix it before saving") if count == 1 else
                    self.tr("%1 problems — fix them before saving").replace("%1", str(count)))
            self.problems_heading.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            text = self.tr("No problems")
            self.problems_heading.setStyleSheet("color: #2e7d32;")
        self.problems_heading.setText(text)
        self.editor.set_problem_lines({problem.line for problem in self._problems})

    def _preview_context(self) -> dict:
        language = self.language.currentData() or "en"
        kind = self.kind.currentData() or "other"
        key = (self._client_id, language, kind)
        if key != self._context_key or self._context is None:
            if self.letters:
                self._context = _letter_context(self._client_id, language)
            elif self._client_id is None:
                self._context = templates.sample_context(language)
            else:
                start = dt.date.today()
                contract = contract_service.build_contract({
                    "client_id": self._client_id, "template_source": "", "kind": kind, "language": language,
                    "start_date": start, "end_date": start + relativedelta(years=1, days=-1)})
                self._context = contract_document.contract_context(contract)
            self._context_key = key
        return self._context

    def _show_preview(self, rendered) -> None:
        """Show the rendered contract (or why it cannot be filled in: a KamdeskError)."""
        if isinstance(rendered, KamdeskError):
            self._show_note(error_text(rendered))
            return
        if self.letters:
            from kamdesk.core.services.letters import missing_error

            missing = missing_error(rendered)
        else:
            missing = contract_document.missing_data(rendered)
        self._missing_lines = [translated(message) for message in missing.messages()] if missing else []
        self._show_note("\n".join(self._missing_lines))
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(letter_html(rendered) if self.letters else rendered_html(rendered))
        bar.setValue(position)

    def _show_note(self, text: str) -> None:
        self.missing.setText(text)
        self.missing.setVisible(bool(text))

    def _client_changed(self, client_id: int | None) -> None:
        self._client_id = client_id
        self._context = None
        self._missing_lines = []
        self.refresh()

    def set_preview_client(self, client_id: int | None, name: str = "") -> None:
        """Preview with this client (None: the sample client)."""
        self.client_picker.set_client(client_id, name)

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # ---------------------------------------------------------------- problems
    def problem_texts(self) -> list[str]:
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    def _problem_activated(self, item: QListWidgetItem) -> None:
        self.editor.go_to_line(int(item.data(LINE_ROLE)))

    def next_problem(self, step: int = 1) -> None:
        """Go to the next (or previous) problem's line after (before) the cursor's, wrapping around."""
        if not self._problems:
            return
        lines = sorted({problem.line for problem in self._problems})
        current = self.editor.textCursor().blockNumber() + 1
        if step > 0:
            line = next((n for n in lines if n > current), lines[0])
        else:
            line = next((n for n in reversed(lines) if n < current), lines[-1])
        row = next(r for r, problem in enumerate(self._problems) if problem.line == line)
        self.problems.setCurrentRow(row)
        self.editor.go_to_line(line)

    def ask_line(self) -> None:
        line, ok = QInputDialog.getInt(self, self.tr("Go to line"), self.tr("Line:"),
                                       self.editor.textCursor().blockNumber() + 1, 1, self.editor.blockCount())
        if ok:
            self.editor.go_to_line(line)

    # ---------------------------------------------------------------- inserting
    def show_placeholder_menu(self) -> None:
        position = self.editor.viewport().mapToGlobal(self.editor.cursorRect().bottomLeft())
        self.editor.setFocus()
        self.placeholder_menu.popup(position)

    def placeholder_action(self, path: str) -> QAction | None:
        """The menu's action that inserts `path` ("client.tax_number")."""
        for action in self.placeholder_menu.actions():
            menu = action.menu()
            for candidate in (menu.actions() if menu else [action]):
                if candidate.data() == path:
                    return candidate
        return None

    def insert_placeholder(self, path: str) -> None:
        """Insert `{{ path }}` at the cursor (just `path }}` right after a typed `{{`)."""
        cursor = self.editor.textCursor()
        before = cursor.block().text()[:cursor.positionInBlock()]
        if not cursor.hasSelection() and before.rstrip().endswith("{{"):
            text = ("" if before.endswith(" ") else " ") + path + " }}"
        else:
            text = "{{ " + path + " }}"
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def ask_condition(self) -> None:
        items = list(CONDITIONS) + [path for path in templates.FIELD_LABELS if path not in CONDITIONS]
        condition, ok = QInputDialog.getItem(
            self, self.tr("Insert condition"),
            self.tr("Keep the selected lines only when this holds (a yes/no field, or a field that is not empty):"),
            items, 0, True)
        if ok and condition.strip():
            self.wrap_in_condition(condition.strip())

    def wrap_in_condition(self, condition: str) -> None:
        """Wrap the selected lines (or the cursor's line) in `{% if condition %}` … `{% endif %}`."""
        document = self.editor.document()
        cursor = self.editor.textCursor()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if cursor.hasSelection() and last != first and cursor.selectionEnd() == last.position():
            last = last.previous()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        if first == last and not first.text().strip():
            edit.setPosition(first.position())
            edit.insertText("{% if " + condition + " %}\n")
            middle = edit.position()
            edit.insertText("\n{% endif %}")
            edit.setPosition(middle)
        else:
            end = last.position() + last.length() - 1
            start = first.position()
            edit.setPosition(end)
            edit.insertText("\n{% endif %}")
            edit.setPosition(start)
            edit.insertText("{% if " + condition + " %}\n")
            edit.setPosition(start)
        edit.endEditBlock()
        self.editor.setTextCursor(edit)
        self.editor.setFocus()

    # ---------------------------------------------------------------- actions
    def new_template(self) -> None:
        if not settle(self):
            return
        name = self.tr("New template")
        kind = self.kind.currentData() or "supply"
        language = self.language.currentData() or "en"
        self._start_unsaved({"name": name, "kind": kind, "language": language,
                             "source": new_template_source(name, kind, language)}, dirty=False)
        self.name.setFocus()
        self.name.selectAll()

    def duplicate(self) -> None:
        """A copy of the template shown (with its unsaved changes) as a new template, not yet saved."""
        values = self.values()
        values["name"] = self.tr("%1 (copy)").replace("%1", values["name"] or self.tr("Template"))
        values["source"] = with_front_matter(values["source"], "name", values["name"])
        self._start_unsaved(values, dirty=True)
        self.status.setText(self.tr("A copy: edit it and save it (Ctrl+S)."))
        self.editor.setFocus()

    def _start_unsaved(self, values: dict, dirty: bool) -> None:
        self.template_id = None
        self._builtin = self._archived = False
        self.templates.blockSignals(True)
        self.templates.setCurrentItem(None)
        self.templates.clearSelection()
        self.templates.blockSignals(False)
        self._set_values(values)
        self._saved_values = None if dirty else self.values()
        self._after_load()

    def save(self) -> bool:
        """Save the template; refused (with the problems shown) while the text has problems."""
        if self._waiting_for_check:
            return False  # Ctrl+S pressed again while the first one waits for the check
        self._wait_for_check()
        source = self.editor.toPlainText()
        self._sync_fields(source)
        if source != self._checked_source:  # still not checked (the window is closing): check here
            self._set_problems(source, letter_document.check_letter(source) if self.letters
                               else templates.check_template(source))
        if self._problems:
            count = len(self._problems)
            self.status.setText(self.tr("Not saved: the template has %1 problem(s), listed under the text. "
                                        "Fix them first.").replace("%1", str(count)))
            self.status.setStyleSheet("color: #c62828; font-weight: bold;")
            self.problems.setCurrentRow(0)
            self.editor.go_to_line(self._problems[0].line)
            return False
        values = {**self.values(), "row_version": self._versions.get("contract_template", self.template_id)}
        try:
            template = contract_service.save_template(values, self.template_id)
        except ChangedMeanwhile as error:
            return bool(self._versions.settle(self, error, self.save))
        except ValidationError as error:
            self.status.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))
            self.status.setStyleSheet("color: #c62828; font-weight: bold;")
            if error.field == "name":
                self.name.setFocus()
            return False
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.template_id = template.id
        self._versions.remember(template)
        self._builtin = template.builtin
        self._archived = template.archived_at is not None
        self._saved_values = self.values()
        self.load_list(template.id)
        self._update_state()
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(self.tr("Saved “%1”.").replace("%1", template.name))
        self.saved.emit(template.id)
        return True

    def _wait_for_check(self) -> None:
        """Let the background check of the text shown finish, the window working meanwhile: a template that runs
        out of time must not freeze it, and a problem found by filling it in is listed before saving."""
        if not self.checking and self._checked_source == self.editor.toPlainText():
            return
        if self.timer.isActive():
            self.refresh()
        loop = QEventLoop(self)
        poll = QTimer(self)
        poll.timeout.connect(lambda: None if self.checking else loop.quit())
        poll.start(20)
        self._waiting_for_check = True
        try:
            loop.exec()
        finally:
            self._waiting_for_check = False
            poll.stop()
            poll.deleteLater()

    def toggle_archived(self) -> None:
        if self.template_id is None:
            return
        try:
            template = contract_service.archive_template(self.template_id, not self._archived)
        except KamdeskError as error:
            show_error(self, error)
            return
        self._archived = template.archived_at is not None
        self.load_list(template.id)
        self._update_state()
        self.status.setStyleSheet("")
        self.status.setText((self.tr("Archived “%1”.") if self._archived else self.tr("Restored “%1”."))
                            .replace("%1", template.name))
        self.saved.emit(template.id)

    # ---------------------------------------------------------------- closing (UnsavedChanges)
    def has_unsaved_changes(self) -> bool:
        return self.is_dirty()

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self._saved_values = self.values()  # another template is loaded (or the editor closes) next

    def unsaved_question(self) -> str:
        return self.tr("The template “%1” has unsaved changes. Save them?").replace("%1", self.name.text())

    def reject(self) -> None:
        if settle(self):
            super().reject()


def _letter_context(client_id: int | None, language: str) -> dict:
    """A letter's preview context: the sample client's, or `client_id`'s; the free fields left empty."""
    if client_id is None:
        return letter_document.sample_letter_context(language)
    from kamdesk.core.services import letters
    from kamdesk.core.services.party import get_client

    return letters.letter_context(get_client(client_id), language, {})


def _check_and_render(source: str, context: dict | None, letters: bool = False) -> tuple[list, object]:
    """(the problems of `source`, its rendering for `context`: a RenderedContract, a KamdeskError or None).

    Run on a worker thread; the template itself runs in the child process, within its limits. `letters`: a
    letter's template (its own fields, `documents.letter`).
    """
    problems = letter_document.check_letter(source) if letters else templates.check_template(source)
    if problems or context is None:
        return problems, None
    try:
        if letters:
            return [], letter_document.titled(letter_document.render_letter(source, context, mark_missing=True))
        return [], templates.render_contract(source, context, mark_missing=True)
    except KamdeskError as error:  # a loop without end, a text too long: problems on their lines, like the others
        problems = getattr(error, "problems", None)
        return (problems, None) if problems else ([], error)
