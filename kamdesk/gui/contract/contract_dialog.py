"""One contract: its fields on the left, the rendered text beside them, its obligations, files and history.

`ContractDialog(contract_id)` opens a saved contract, `ContractDialog(None,
client_id=...)` starts a new one for a client. While a draft is edited the
preview is rendered from what is typed (`contract.build_contract` +
`contract.preview`, debounced), without saving; the service's validation
messages appear beside their fields, and what the template prints while it is
empty is listed above the preview, so the manager sees what is missing before
generating. Only a draft can be changed: a contract sent for signature or
signed is shown read-only, with the verbs its state allows (withdraw, sign,
terminate, renew, amend). No database query is written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.documents import contract_context as contract_document
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.models.contract import (
    CONTRACT_KINDS,
    OBLIGATION_KINDS,
    OBLIGATION_PARTIES,
)
from kamdesk.core.services import company as company_service
from kamdesk.core.services import contract as contract_service
from kamdesk.core.services import party as party_service
from kamdesk.gui.contract.labels import (
    OVERDUE_COLOUR,
    file_kind_labels,
    kind_labels,
    language_labels,
    obligation_kind_labels,
    party_labels,
    state_colour,
    state_labels,
)
from kamdesk.gui.contract.contract_rows import fill_contract_rows
from kamdesk.gui.contract.missing_data import MissingDataList, where_to_fix
from kamdesk.gui.contract.preview_html import rendered_html
from kamdesk.gui.changes import CONTRACTS, notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import date_format, format_date, format_timestamp
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.mail.compose import email_button
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.sale.labels import format_decimal, format_money, parse_decimal
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.unsaved import DirtyFlag, settle
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.dialogs import ask
from kamdesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from kamdesk.gui.widgets.max_length import limit_line_edits
from kamdesk.gui.widgets.optional_date import OptionalDate
from kamdesk.gui.widgets.tables import read_only_rows, with_buttons

PREVIEW_DELAY_MS = 150
FIELDS = ("template", "kind", "language", "title", "contact", "manager", "start_date", "end_date", "auto_renewal",
          "renewal_months", "notice_days", "amount", "payment_terms_days", "payment_terms", "delivery_terms",
          "discount_percent", "place", "notes")
WARNING_STYLE = ("background: #fff4e0; border: 1px solid #ef6c00; border-radius: 4px; padding: 6px; "
                 "color: #7a3d00;")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HISTORY_COLUMNS = ("number", "relation", "kind", "state", "start_date", "end_date")


def date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.calendarWidget().setFirstDayOfWeek(QLocale().firstDayOfWeek())
    edit.setDate(QDate.currentDate())
    return edit


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def chip_style(state: str) -> str:
    colour = state_colour(state).name()
    return (f"color: white; background: {colour}; border-radius: 8px; padding: 2px 10px; font-weight: bold;")


# ---------------------------------------------------------------- obligations

class ObligationsModel(QAbstractTableModel):
    """A contract's obligations, by due date; the done column is a check box (`done_toggled`)."""

    COLUMNS = ("done", "due_date", "kind", "party", "description")
    done_toggled = Signal(int, bool)  # obligation id, done

    def __init__(self, parent=None):
        super().__init__(parent)
        self._overdue = QBrush(QColor(OVERDUE_COLOUR))  # built once, not per painted cell
        self._rows: list = []
        self._today = dt.date.today()
        self._kinds, self._parties = obligation_kind_labels(), party_labels()
        self._headers = (self.tr("Done"), self.tr("Due"), self.tr("Kind"), self.tr("Who"), self.tr("What"))

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = dt.date.today()
        self.endResetModel()

    def row(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_overdue(self, obligation) -> bool:
        return obligation.done_on is None and obligation.due_date < self._today

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "done":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "done":
                return format_date(item.done_on)
            if column == "due_date":
                return format_date(item.due_date)
            if column == "kind":
                return self._kinds.get(item.kind, item.kind)
            if column == "party":
                return self._parties.get(item.party, item.party)
            return item.description
        if role == Qt.ItemDataRole.CheckStateRole and column == "done":
            return Qt.CheckState.Checked if item.done_on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(item):
            return self._overdue
        if role == Qt.ItemDataRole.ToolTipRole and self.is_overdue(item):
            return self.tr("Overdue since %1").replace("%1", format_date(item.due_date))
        if role == ID_ROLE:
            return item.id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or self.COLUMNS[index.column()] != "done" or not 0 <= index.row() < len(self._rows)):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.done_toggled.emit(self._rows[index.row()].id, checked)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class ObligationDialog(QDialog):
    """Add or change one obligation; `save(values)` (the service) is called on OK and may refuse."""

    def __init__(self, save, obligation=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Obligation") if obligation is None else self.tr("Change obligation"))
        self.due_date = date_edit(self)
        self.kind = QComboBox(self)
        for code, label in obligation_kind_labels().items():
            if code in OBLIGATION_KINDS:
                self.kind.addItem(label, code)
        self.party = QComboBox(self)
        for code, label in party_labels().items():
            if code in OBLIGATION_PARTIES:
                self.party.addItem(label, code)
        self.description = QLineEdit(self)
        limit_line_edits(self, "obligation")
        self.description.setMinimumWidth(320)
        self.done_box = QCheckBox(self.tr("Done"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Due:"), self.due_date)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("W&ho:"), self.party)
        form.addRow(self.tr("&What:"), self.description)
        form.addRow("", self.done_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if obligation is not None:
            self.due_date.setDate(qdate(obligation.due_date))
            self.kind.setCurrentIndex(max(0, self.kind.findData(obligation.kind)))
            self.party.setCurrentIndex(max(0, self.party.findData(obligation.party)))
            self.description.setText(obligation.description)
            self.done_box.setChecked(obligation.done_on is not None)
        self._done_on = obligation.done_on if obligation is not None else None
        self.description.setFocus()

    def values(self) -> dict:
        done_on = (self._done_on or dt.date.today()) if self.done_box.isChecked() else None
        return {"due_date": self.due_date.date().toPython(), "kind": self.kind.currentData(),
                "party": self.party.currentData(), "description": self.description.text(), "done_on": done_on}

    def accept(self) -> None:
        saved, _ = FieldErrors({}, other=self.error).attempt(self, lambda: self._save(self.values()))
        if saved:
            super().accept()


# ---------------------------------------------------------------- signing and terminating

class SignDialog(QDialog):
    """The date both parties signed (today by default, not in the future)."""

    def __init__(self, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign contract %1").replace("%1", number))
        self.signed_date = date_edit(self)
        self.signed_date.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Both parties signed the contract. It is active from now on."), self))
        form.addRow(self.tr("Signed &on:"), self.signed_date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> dt.date:
        return self.signed_date.date().toPython()


class TerminateDialog(QDialog):
    """The day an active contract ends early, and why."""

    def __init__(self, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terminate contract %1").replace("%1", number))
        self.on = date_edit(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Notice given, breach of contract, agreement of the parties…"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumSize(360, 80)
        form = QFormLayout()
        form.addRow(self.tr("Ends &on:"), self.on)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Terminate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def values(self) -> tuple[dt.date, str]:
        return self.on.date().toPython(), self.reason.toPlainText()


# ---------------------------------------------------------------- the dialog

class ContractDialog(DirtyFlag, QDialog):
    """Write, review and follow one contract.

    Public: `contract_id`, `is_dirty()`, `values()`, `save()`, `generate()`, `send()`, `withdraw()`,
    `sign(on=None)`, `terminate(on=None, reason=None)`, `renew()`, `amend()`, `open_contract(id)`,
    `attach(path=None)`, `update_preview()`, `missing_texts` (what the template prints empty),
    `fix_missing(path)` (open the field that fills an empty one: the client card, the Company page or
    the contract's own field; `fix_window` is the card or page opened).
    Signals: `saved(contract_id)` after each save; `contract_changed(client_id)` after any change
    (save, state, obligations, files, documents, a renewal or amendment made), announced to every page
    as a CONTRACTS change (`kamdesk.gui.changes`).
    """

    saved = Signal(int)
    contract_changed = Signal(int)

    def __init__(self, contract_id: int | None = None, parent: QWidget | None = None, *,
                 client_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("contract_dialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._contract_id: int | None = None
        self._contract = None
        self._versions = LoadedVersions(self._reload)
        self._client_id = client_id
        self._state = contract_service.CONTRACT.initial  # where a new contract starts
        self._actions = contract_service.actions(None)  # what may be done to the contract shown
        self._number = ""
        self._dirty = False
        self._loading = True
        self._templates: dict[int, object] = {}
        self.rendered = None
        self._previews = 0  # counts the previews asked for: a rendering of an older one is dropped
        self._preview_job: tuple | None = None  # (which preview, contract, context) waiting to be rendered
        self._preview_render: Operation | None = None  # the rendering running, at most one
        self.fix_window: QDialog | None = None
        self.missing_texts: list[str] = []
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.contract_changed.connect(lambda client_id: notify(CONTRACTS, client_id=client_id, source=self))
        self._build()
        self._connect()
        if contract_id is not None:
            self._load(contract_id)
        else:
            if client_id is None:
                raise ValueError("a new contract needs its client")
            self._fill_new(client_id)
        self._loading = False
        self._set_dirty(False)
        self.update_preview()
        fit_to_screen(self, 1280, 820)

    # ------------------------------------------------------------ public API
    @property
    def contract_id(self) -> int | None:
        return self._contract_id

    @property
    def client_id(self) -> int | None:
        return self._client_id

    @property
    def state(self) -> str:
        return self._state

    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict:
        """The contract as typed, in the form `build_contract` / `save_contract` take."""
        return {
            "client_id": self._client_id, "contact_id": self.contact.currentData(),
            "manager_id": self.manager.currentData(), "template_id": self.template.currentData(),
            "kind": self.kind.currentData(), "language": self.language.currentData(),
            "title": self.title.text(), "start_date": self.start_date.date().toPython(),
            "end_date": self._end.value(), "auto_renewal": self.auto_renewal.isChecked(),
            "renewal_months": self.renewal_months.value(), "notice_days": self.notice_days.value(),
            "amount": self._number_value(self.amount), "payment_terms_days": self.payment_terms_days.value(),
            "payment_terms": self.payment_terms.text(), "delivery_terms": self.delivery_terms.text(),
            "discount_percent": self._number_value(self.discount_percent), "place": self.place.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> bool:
        """Save the draft (Ctrl+S); True when it was saved (or there was nothing to save)."""
        if "edit" not in self._actions:
            return True
        saved, contract = self._field_errors.attempt(
            self, lambda: contract_service.save_contract(
                {**self.values(), "row_version": self._versions.get("contract", self._contract_id)},
                self._contract_id), self._versions)
        if not saved:
            return False
        self._field_errors.clear()
        self._reload(contract.id)
        self.saved.emit(contract.id)
        self.contract_changed.emit(contract.client_id)
        return True

    def generate(self) -> Operation | None:
        """Save, then write the PDF and the DOCX on a worker thread (Ctrl+G); refused, with the list, while data is missing.

        The operation's result is the contract's files; None when nothing was started.
        """
        if "edit" in self._actions and (self._dirty or self._contract_id is None) and not self.save():
            return None
        if self._contract_id is None:
            return None
        contract_id = self._contract_id
        try:
            rendered = contract_document.preview(contract_service.get_contract(contract_id))
        except KamdeskError as error:
            show_error(self, error)
            return None
        missing = contract_document.missing_data(rendered)
        if missing is not None:
            lines = "\n".join(f"• {translated(m)}" for m in missing.errors.values())
            QMessageBox.warning(self, self.tr("Data missing"),
                                self.tr("The documents cannot be generated until this is filled in:")
                                + "\n\n" + lines)
            return None
        return Operation(self, lambda _task: contract_service.generate_documents(contract_id)) \
            .with_progress(self.tr("Writing the contract's PDF and DOCX…")) \
            .failure(lambda error: show_error(self, error)) \
            .success(lambda _files: self._generated()).run()

    def email(self) -> Operation | None:
        """Ctrl+Shift+E: the contract's e-mail (a draft with changes is saved first) in the Send dialog."""
        from kamdesk.core.services.mail import documents
        from kamdesk.gui.mail.compose import compose

        if "edit" in self._actions and (self._dirty or self._contract_id is None) and not self.save():
            return None
        contract_id = self._contract_id
        if contract_id is None:
            return None
        return compose(self, lambda: documents.contract_draft(contract_id))

    def _generated(self) -> None:
        self.reload_files()
        self.side_tabs.setCurrentWidget(self.files_page)
        self.contract_changed.emit(self._client_id)

    def send(self) -> bool:
        """Sent for signature: the text is final from now on (withdraw to change it)."""
        if self._dirty and not self.save():
            return False
        return self._act(lambda: contract_service.send_contract(self._contract_id))

    def withdraw(self) -> bool:
        return self._act(lambda: contract_service.withdraw_contract(self._contract_id))

    def sign(self, on: dt.date | None = None) -> bool:
        """Signed by both parties on `on` (asked in a small dialog when not given)."""
        if self._dirty and not self.save():
            return False
        if on is None:
            on = ask(SignDialog(self._number, self), SignDialog.value)
            if on is None:
                return False
        return self._act(lambda: contract_service.sign_contract(self._contract_id, on))

    def terminate(self, on: dt.date | None = None, reason: str | None = None) -> bool:
        if on is None or reason is None:
            answer = ask(TerminateDialog(self._number, self), TerminateDialog.values)
            if answer is None:
                return False
            on, reason = answer
        return self._act(lambda: contract_service.terminate_contract(self._contract_id, reason, on))

    def renew(self) -> bool:
        """Make the next contract, prefilled from this one, and show it here."""
        return self._follow(contract_service.renew_contract)

    def amend(self) -> bool:
        """Make an amendment (a draft linked to this contract) and show it here."""
        return self._follow(contract_service.amend_contract)

    def open_contract(self, contract_id: int) -> bool:
        """Show another contract (e.g. from the history) in this dialog, after asking about unsaved changes."""
        if contract_id == self._contract_id:
            return True
        if not settle(self):
            return False
        self._reload(contract_id)
        return True

    def attach(self, path: str | Path | None = None) -> Operation | None:
        """Keep a copy of a file (e.g. the scan of the signed copy) with the contract, in the database.

        Sent off the GUI thread: a large scan takes a while to reach a server.
        """
        if self._contract_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to the contract"), "",
                                                  self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif "
                                                          "*.tiff *.docx *.doc);;All files (*)"))
            if not path:
                return None
        contract_id = self._contract_id
        return Operation(self, lambda _task: contract_service.attach_file(contract_id, path)) \
            .with_progress(self.tr("Attaching the file…")) \
            .failure(lambda error: show_error(self, error)) \
            .success(lambda _file: self._attached()).run()

    def _attached(self) -> None:
        self.reload_files()
        self.contract_changed.emit(self._client_id)

    def reject(self) -> None:
        """Esc, Close and the window's close button: ask before unsaved changes are lost."""
        if not settle(self):
            return
        super().reject()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("contract_header")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.state_chip = QLabel(self)
        self.state_chip.setObjectName("contract_state")
        self.status_line = QLabel(self)
        self.status_line.setObjectName("contract_status_line")
        self.status_line.setStyleSheet("color: #6b6b6b;")
        top = QHBoxLayout()
        top.addWidget(self.header)
        top.addWidget(self.state_chip)
        top.addStretch(1)
        top.addWidget(self.status_line)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_fields())
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 800])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"{name}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        self._errors[name] = label
        return label

    def _field(self, name: str, widget: QWidget, *extra: QWidget) -> QWidget:
        """The widget (with `extra` beside it) and its error label below, as one form field."""
        widget.setObjectName(name)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra:
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(widget, 1)
            for item in extra:
                row.addWidget(item)
            column.addLayout(row)
        else:
            column.addWidget(widget)
        column.addWidget(self._error_label(name))
        return box

    def _build_fields(self) -> QWidget:
        self._errors: dict[str, QLabel] = {}
        self.template = QComboBox(self)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(20)
        self.kind = QComboBox(self)
        for code, label in kind_labels().items():
            if code in CONTRACT_KINDS:
                self.kind.addItem(label, code)
        self.language = QComboBox(self)
        for code, label in language_labels().items():
            if code in contract_service.LANGUAGES:
                self.language.addItem(label, code)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("the template's title"))
        self.client_name = QLabel(self)
        self.client_name.setObjectName("client_name")
        self.client_name.setTextFormat(Qt.TextFormat.PlainText)
        self.client_name.setWordWrap(True)
        self.contact = QComboBox(self)
        self.manager = QComboBox(self)
        self.number = QLabel(self)
        self.number.setObjectName("number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_date = date_edit(self)
        self.end_known = QCheckBox(self)
        self.end_known.setObjectName("end_known")
        self.end_known.setToolTip(self.tr("The contract ends on a date (unchecked: open-ended)"))
        self.end_date = date_edit(self)
        self._end = OptionalDate(self.end_known, self.end_date, self.tr("open-ended"))
        self.end_date.setCalendarPopup(True)
        self.signed_date = QLabel(self)
        self.signed_date.setObjectName("signed_date")
        self.auto_renewal = QCheckBox(self.tr("Renews itself unless notice is given"), self)
        self.renewal_months = QSpinBox(self)
        self.renewal_months.setRange(1, 120)
        self.renewal_months.setSuffix(self.tr(" months"))
        self.notice_days = QSpinBox(self)
        self.notice_days.setRange(0, 365)
        self.notice_days.setSuffix(self.tr(" days"))

        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("none"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QLabel(self)
        self.payment_terms_days = QSpinBox(self)
        self.payment_terms_days.setRange(0, 365)
        self.payment_terms_days.setSuffix(self.tr(" days"))
        self.payment_terms = QLineEdit(self)
        self.payment_terms.setPlaceholderText(self.tr("e.g. by bank transfer"))
        self.delivery_terms = QLineEdit(self)
        self.discount_percent = QLineEdit(self)
        self.discount_percent.setPlaceholderText(self.tr("none"))
        self.discount_percent.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.discount_percent.setMaximumWidth(90)
        self.place = QLineEdit(self)
        limit_line_edits(self, "contract")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        contract_box = QGroupBox(self.tr("Contract"), self)
        form = QFormLayout(contract_box)
        # One Alt+letter per field that is filled most often; the rest are reached with Tab. The letters are
        # shared with the side tabs, the buttons below and the page shown in the tabs: keep them unique.
        form.addRow(self.tr("Client:"), self._field("client", self.client_name))
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Tem&plate:"), self._field("template", self.template))
        form.addRow(self.tr("T&ype:"), self._field("kind", self.kind))
        form.addRow(self.tr("&Language:"), self._field("language", self.language))
        form.addRow(self.tr("&Title:"), self._field("title", self.title))
        form.addRow(self.tr("Si&gnatory:"), self._field("contact", self.contact))
        form.addRow(self.tr("&Manager:"), self._field("manager", self.manager))
        dates_box = QGroupBox(self.tr("Dates and renewal"), self)
        dates = QFormLayout(dates_box)
        dates.addRow(self.tr("&Starts:"), self._field("start_date", self.start_date))
        end_row = QWidget(self)
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_known)
        end_layout.addWidget(self.end_date, 1)
        dates.addRow(self.tr("&Ends:"), self._field("end_date", end_row))
        dates.addRow(self.tr("Signed:"), self.signed_date)
        dates.addRow("", self._field("auto_renewal", self.auto_renewal))
        dates.addRow(self.tr("Renewal period:"), self._field("renewal_months", self.renewal_months))
        dates.addRow(self.tr("Notice:"), self._field("notice_days", self.notice_days))
        terms_box = QGroupBox(self.tr("Terms"), self)
        terms = QFormLayout(terms_box)
        terms.addRow(self.tr("&Amount / limit:"), self._field("amount", self.amount, self.currency))
        terms.addRow(self.tr("Payment within:"), self._field("payment_terms_days", self.payment_terms_days))
        terms.addRow(self.tr("Payment terms:"), self._field("payment_terms", self.payment_terms))
        terms.addRow(self.tr("Delivery terms:"), self._field("delivery_terms", self.delivery_terms))
        terms.addRow(self.tr("Dis&count:"), self._field("discount_percent", self.discount_percent, QLabel("%", self)))
        terms.addRow(self.tr("Place:"), self._field("place", self.place))
        terms.addRow(self.tr("&Notes:"), self._field("notes", self.notes))
        self.form_error = self._error_label("form")
        self._field_errors = FieldErrors(
            {key: label for key, label in self._errors.items() if key != "form"},
            {f: (self.end_date, self.end_known) if f == "end_date" else getattr(self, f) for f in FIELDS},
            other=self.form_error)
        from kamdesk.gui.party.client_card import align_form_labels

        align_form_labels(form, dates, terms)
        self.fields = QWidget(self)
        column = QVBoxLayout(self.fields)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(contract_box)
        column.addWidget(dates_box)
        column.addWidget(terms_box)
        column.addWidget(self.form_error)
        column.addStretch(1)
        scroll = self.fields_scroll = QScrollArea(self)
        scroll.setObjectName("contract_fields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.fields)
        scroll.setMinimumWidth(self.fields.sizeHint().width() + 24)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _build_side(self) -> QWidget:
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("contract_tabs")
        # preview
        self.preview_page = QWidget(self)
        self.missing_box = MissingDataList(WARNING_STYLE, self.preview_page)
        self.missing_box.fix_requested.connect(self.fix_missing)
        self.preview = QTextBrowser(self.preview_page)
        self.preview.setObjectName("contract_preview")
        self.preview.setOpenLinks(False)
        layout = QVBoxLayout(self.preview_page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.preview, 1)
        self.side_tabs.addTab(self.preview_page, self.tr("Pre&view"))
        # obligations
        self.obligations_page = QWidget(self)
        self.obligations_model = ObligationsModel(self)
        table = self.obligations_table = QTableView(self.obligations_page)
        table.setObjectName("obligations_table")
        table.setModel(self.obligations_model)
        read_only_rows(table, word_wrap=False)
        header = table.horizontalHeader()
        for column, name in enumerate(ObligationsModel.COLUMNS):
            mode = "Stretch" if name == "description" else "ResizeToContents"
            header.setSectionResizeMode(column, getattr(QHeaderView.ResizeMode, mode))
        table.installEventFilter(self)
        # The form, the tabs and the buttons below share one set of Alt+letters (about 21 fit in English), so
        # these buttons have none: the table's own keys (in the tooltips) do their work.
        self.add_obligation_button = QPushButton(self.tr("Add…"), self.obligations_page)
        self.add_obligation_button.setToolTip(self.tr("Add an obligation (Ins)"))
        self.edit_obligation_button = QPushButton(self.tr("Edit…"), self.obligations_page)
        self.edit_obligation_button.setToolTip(self.tr("Edit the obligation (Enter)"))
        self.done_obligation_button = QPushButton(self.tr("Mark done"), self.obligations_page)
        self.done_obligation_button.setToolTip(self.tr("Done or not done (Space)"))
        self.delete_obligation_button = QPushButton(self.tr("Delete"), self.obligations_page)
        self.delete_obligation_button.setToolTip(self.tr("Delete the obligation (Del)"))
        self.overdue_label = QLabel(self.obligations_page)
        self.overdue_label.setObjectName("overdue_obligations")
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;")
        self.overdue_label.hide()
        layout = QVBoxLayout(self.obligations_page)
        layout.addWidget(self.overdue_label)
        layout.addLayout(with_buttons(table, (self.add_obligation_button, self.edit_obligation_button,
                                              self.done_obligation_button, self.delete_obligation_button)), 1)
        self.side_tabs.addTab(self.obligations_page, self.tr("O&bligations"))
        # files
        self.files_page = QWidget(self)
        files = self.files_table = QTableWidget(self.files_page)
        files.setObjectName("files_table")
        files.setColumnCount(4)
        files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Added")])
        read_only_rows(files, word_wrap=False)
        header = files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.attach_button = QPushButton(self.tr("Attach scan…"), self.files_page)
        self.attach_button.setToolTip(self.tr("Keep a copy of a file (e.g. the scan of the signed copy) with the "
                                              "contract, in the database: every PC of the team can open it"))
        self.open_file_button = QPushButton(self.tr("&Open"), self.files_page)
        self.save_file_button = QPushButton(self.tr("Save as…"), self.files_page)
        self.remove_file_button = QPushButton(self.tr("&Remove"), self.files_page)
        with_buttons(files, (self.attach_button, self.open_file_button, self.save_file_button,
                             self.remove_file_button), self.files_page)
        self.side_tabs.addTab(self.files_page, self.tr("&Files"))
        # history
        self.history_page = QWidget(self)
        history = self.history_table = QTableWidget(self.history_page)
        history.setObjectName("history_table")
        history.setColumnCount(6)
        history.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Relation"), self.tr("Type"), self.tr("State"),
                                           self.tr("Start"), self.tr("End")])
        read_only_rows(history, word_wrap=False)
        header = history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        hint = QLabel(self.tr("Renewals and amendments in order; double-click or Enter opens one."), self.history_page)
        hint.setStyleSheet("color: #6b6b6b;")
        layout = QVBoxLayout(self.history_page)
        layout.addWidget(hint)
        layout.addWidget(history, 1)
        self.side_tabs.addTab(self.history_page, self.tr("&History"))
        return self.side_tabs

    def _build_buttons(self) -> QHBoxLayout:
        def button(name: str, text: str, tip: str = "") -> QPushButton:
            made = QPushButton(text, self)
            made.setObjectName(name)
            made.setAutoDefault(False)
            if tip:
                made.setToolTip(tip)
            return made

        native = QKeySequence.SequenceFormat.NativeText
        self.save_button = button("save_contract", self.tr("Save draft"), self.tr("Save the draft (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(native)))
        # Generate has Ctrl+G, as Save draft has Ctrl+S; Withdraw (sent) and Renew (active) are never shown together
        self.generate_button = button("generate_documents", self.tr("Generate PDF + DOCX"),
                                      self.tr("Save, then write the PDF and the DOCX (Ctrl+G)"))
        self.send_button = button("send_contract", self.tr("Send for signat&ure"),
                                  self.tr("The text is final from now on (withdraw it to change it)"))
        self.withdraw_button = button("withdraw_contract", self.tr("&Withdraw"),
                                      self.tr("Back to draft, e.g. to change what the client's lawyers asked for"))
        self.sign_button = button("sign_contract", self.tr("S&ign…"), self.tr("Both parties signed: the contract "
                                                                              "is active"))
        self.terminate_button = button("terminate_contract", self.tr("Terminate…"),
                                       self.tr("End the contract early, with the reason"))
        self.renew_button = button("renew_contract", self.tr("Rene&w"),
                                   self.tr("The next contract, prefilled from this one"))
        self.amend_button = button("amend_contract", self.tr("Amen&d"),
                                   self.tr("An amendment linked to this contract"))
        self.close_button = button("close_contract", self.tr("Close"), self.tr("Close (Esc)"))
        self.email_button = email_button(self, self.email, "email_contract",
                                         self.tr("Send the contract by e-mail with its PDF (and DOCX until signed)"))
        row = QHBoxLayout()
        for item in (self.save_button, self.generate_button, self.send_button, self.withdraw_button,
                     self.sign_button, self.terminate_button, self.renew_button, self.amend_button):
            row.addWidget(item)
        row.addStretch(1)
        row.addWidget(self.email_button)
        row.addWidget(self.close_button)
        return row

    def _connect(self) -> None:
        for widget in (self.title, self.amount, self.payment_terms, self.delivery_terms, self.discount_percent,
                       self.place):
            widget.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        for combo in (self.kind, self.language, self.contact, self.manager):
            combo.currentIndexChanged.connect(self._changed)
        self.template.currentIndexChanged.connect(self._template_changed)
        for spin in (self.renewal_months, self.notice_days, self.payment_terms_days):
            spin.valueChanged.connect(self._changed)
        self.start_date.dateChanged.connect(self._changed)
        self.end_date.dateChanged.connect(self._changed)
        self.end_known.toggled.connect(self._changed)
        self.auto_renewal.toggled.connect(self._changed)
        self.auto_renewal.toggled.connect(self._update_renewal_fields)

        self.save_button.clicked.connect(self.save)
        self.generate_button.clicked.connect(self.generate)
        self.send_button.clicked.connect(self.send)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.sign_button.clicked.connect(lambda: self.sign())
        self.terminate_button.clicked.connect(lambda: self.terminate())
        self.renew_button.clicked.connect(self.renew)
        self.amend_button.clicked.connect(self.amend)
        self.close_button.clicked.connect(self.reject)
        for sequence, slot in ((QKeySequence(QKeySequence.StandardKey.Save), self.save),
                               (QKeySequence("Ctrl+G"), self.generate)):
            shortcut = QShortcut(sequence, self)
            shortcut.activated.connect(slot)

        self.add_obligation_button.clicked.connect(lambda: self.add_obligation())
        self.edit_obligation_button.clicked.connect(self.edit_obligation)
        self.done_obligation_button.clicked.connect(self.toggle_obligation_done)
        self.delete_obligation_button.clicked.connect(self.delete_obligation)
        self.obligations_table.doubleClicked.connect(lambda index: self.edit_obligation()
                                                     if ObligationsModel.COLUMNS[index.column()] != "done" else None)
        self.obligations_model.done_toggled.connect(self._set_obligation_done)
        self.obligations_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.attach_button.clicked.connect(lambda: self.attach())
        self.open_file_button.clicked.connect(self.open_file)
        self.save_file_button.clicked.connect(lambda: self.save_file_as())
        self.remove_file_button.clicked.connect(self.remove_file)
        self.files_table.itemDoubleClicked.connect(lambda _item: self.open_file())
        self.files_table.itemSelectionChanged.connect(self._update_buttons)
        self.history_table.itemActivated.connect(self._history_activated)
        self.history_table.itemDoubleClicked.connect(self._history_activated)

    # ------------------------------------------------------------ filling
    def _fill_templates(self, keep_id: int | None, keep_name: str = "") -> None:
        combo = self.template
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose a template…"), None)
        kinds, languages = kind_labels(), language_labels()
        self._templates = {}
        last_group = None
        for template in contract_service.list_templates():
            group = (template.kind, template.language)
            if group != last_group and last_group is not None:
                combo.insertSeparator(combo.count())
            last_group = group
            kind = kinds.get(template.kind, template.kind)
            label = f"{kind} · {languages.get(template.language, template.language)} — {template.name}"
            combo.addItem(label, template.id)
            self._templates[template.id] = template
        if keep_id is not None and combo.findData(keep_id) < 0:
            combo.addItem(keep_name or self.tr("Template #%1").replace("%1", str(keep_id)), keep_id)
        combo.setCurrentIndex(max(0, combo.findData(keep_id)) if keep_id is not None else 0)
        combo.blockSignals(False)

    def _fill_people(self, client_id: int, contact_id: int | None, manager_id: int | None) -> None:
        self.contact.blockSignals(True)
        self.contact.clear()
        self.contact.addItem(self.tr("(nobody named)"), None)
        for contact in party_service.client_contacts(client_id):
            text = f"{contact.name} — {contact.position}" if contact.position else contact.name
            self.contact.addItem(text, contact.id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(contact_id)))
        self.contact.blockSignals(False)
        self.manager.blockSignals(True)
        self.manager.clear()
        managers = company_service.list_managers(active_only=True)
        if manager_id is not None and all(m.id != manager_id for m in managers):
            managers += [m for m in company_service.list_managers(active_only=False) if m.id == manager_id]
        for manager in managers:
            self.manager.addItem(manager.name, manager.id)
        self.manager.setCurrentIndex(max(0, self.manager.findData(manager_id)))
        self.manager.blockSignals(False)

    def _fill_new(self, client_id: int) -> None:
        client = party_service.get_client(client_id)
        today = dt.date.today()
        template = contract_service.default_template(client)
        defaults = {"client_id": client_id, "start_date": today,
                    "template_id": template.id if template is not None else None,
                    "end_date": today.replace(year=today.year + 1) - dt.timedelta(days=1)
                    if not (today.month == 2 and today.day == 29) else today + dt.timedelta(days=364)}
        try:
            contract = contract_service.build_contract(defaults)
        except KamdeskError as error:
            show_error(self, error)
            contract = None
        self._contract_id, self._contract, self._client_id = None, None, client_id
        self._state, self._number = contract_service.CONTRACT.initial, ""
        self._actions = contract_service.actions(None)
        self._fill_templates(defaults["template_id"])
        self._fill_form(contract, client.name, defaults)
        self._fill_side()

    def _load(self, contract_id: int) -> None:
        contract = contract_service.get_contract(contract_id)
        client = party_service.get_client(contract.client_id)
        self._versions.remember(contract)
        self._contract_id, self._contract, self._client_id = contract.id, contract, contract.client_id
        self._state, self._number = contract.state, contract.number
        self._actions = contract_service.actions(contract)
        name = ""
        if contract.template_id is not None:
            try:
                name = contract_service.get_template(contract.template_id).name
            except KamdeskError:
                name = ""
        self._fill_templates(contract.template_id, name)
        self._fill_form(contract, client.name, {})
        self._fill_side()

    def _fill_form(self, contract, client_name: str, defaults: dict) -> None:
        self.client_name.setText(client_name)
        if contract is None:
            self._fill_people(self._client_id, None, None)
            self.start_date.setDate(qdate(defaults["start_date"]))
            self._end.set_value(defaults.get("end_date"))
            return
        self._fill_people(contract.client_id, contract.contact_id, contract.manager_id)
        self._select(self.kind, contract.kind)
        self._select(self.language, contract.language)
        self.title.setText(contract.title or "")
        self.start_date.setDate(qdate(contract.start_date))
        self._end.set_value(contract.end_date)
        self.signed_date.setText(format_date(contract.signed_date) or self.tr("not signed yet"))
        self.auto_renewal.setChecked(bool(contract.auto_renewal))
        self.renewal_months.setValue(contract.renewal_months)
        self.notice_days.setValue(contract.notice_days)
        self.amount.setText(format_money(contract.amount, contract.currency, with_currency=False)
                            if contract.amount is not None else "")
        self.currency.setText(contract.currency)
        self.payment_terms_days.setValue(contract.payment_terms_days)
        self.payment_terms.setText(contract.payment_terms or "")
        self.delivery_terms.setText(contract.delivery_terms or "")
        self.discount_percent.setText(format_decimal(contract.discount_percent, None, grouped=False)
                                      if contract.discount_percent is not None else "")
        self.place.setText(contract.place or "")
        self.notes.setPlainText(contract.notes or "")
        self._update_renewal_fields()

    def _fill_side(self) -> None:
        saved = self._contract_id is not None
        number = self._number or self.tr("(given on the first save)")
        self.number.setText(number)
        what = self._number or self.tr("New contract")
        self.header.setText(f"{what} · {self.client_name.text()}")
        self.setWindowTitle(self.tr("Contract %1").replace("%1", self._number) if saved else self.tr("New contract"))
        shown = contract_service.display_state(self._contract) if self._contract is not None else self._state
        self.state_chip.setText(state_labels().get(shown, shown))
        self.state_chip.setStyleSheet(chip_style(shown))
        if self._contract is not None and self._contract.terminated_on is not None:
            self.state_chip.setToolTip(self.tr("Terminated on %1: %2").replace(
                "%1", format_date(self._contract.terminated_on)).replace("%2", self._contract.termination_reason))
        else:
            self.state_chip.setToolTip("")
        editable = "edit" in self._actions
        self._set_editable(editable)
        for index in range(1, self.side_tabs.count()):
            self.side_tabs.setTabEnabled(index, saved)
        self.reload_obligations()
        self.reload_files()
        self._fill_history()
        self._update_buttons()

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.title, self.amount, self.payment_terms, self.delivery_terms, self.discount_percent,
                       self.place):
            widget.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        for widget, hint in ((self.title, self.tr("the template's title")), (self.amount, self.tr("none")),
                             (self.payment_terms, self.tr("e.g. by bank transfer")),
                             (self.discount_percent, self.tr("none"))):
            widget.setPlaceholderText(hint if editable else "")
        for widget in (self.template, self.kind, self.language, self.contact, self.manager, self.auto_renewal,
                       self.end_known):
            widget.setEnabled(editable)
        for spin in (self.renewal_months, self.notice_days, self.payment_terms_days, self.start_date, self.end_date):
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows if editable
                                  else QAbstractSpinBox.ButtonSymbols.NoButtons)
        if editable:
            self.end_date.setEnabled(self.end_known.isChecked())
            self._update_renewal_fields()

    def _update_renewal_fields(self, *_args) -> None:
        on = self.auto_renewal.isChecked()
        self.renewal_months.setEnabled(on)

    def _update_buttons(self) -> None:
        saved, actions = self._contract_id is not None, self._actions
        self.save_button.setVisible("edit" in actions)
        self.generate_button.setVisible("generate" in actions)
        self.send_button.setVisible("send" in actions)
        self.send_button.setEnabled(saved or self._dirty)
        self.withdraw_button.setVisible("withdraw" in actions)
        self.sign_button.setVisible("sign" in actions)
        self.sign_button.setEnabled(saved)
        self.terminate_button.setVisible("terminate" in actions)
        self.renew_button.setVisible("renew" in actions)
        self.amend_button.setVisible("amend" in actions)
        self.email_button.setEnabled(saved or self._dirty)
        obligation = self.obligations_model.row(self.obligations_table.currentIndex().row())
        self.add_obligation_button.setEnabled(saved)
        for button in (self.edit_obligation_button, self.done_obligation_button, self.delete_obligation_button):
            button.setEnabled(obligation is not None)
        if obligation is not None:
            self.done_obligation_button.setText(self.tr("Mark not done") if obligation.done_on
                                                else self.tr("Mark done"))
        has_file = self._current_file() is not None
        self.attach_button.setEnabled(saved)
        self.open_file_button.setEnabled(has_file)
        self.save_file_button.setEnabled(has_file)
        self.remove_file_button.setEnabled(has_file)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index < 0 and value not in (None, ""):
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # ------------------------------------------------------------ preview
    def update_preview(self) -> None:
        """Render what is typed (a draft) or what is saved (otherwise), and list what the template prints empty."""
        self._preview_timer.stop()
        self._previews += 1  # a rendering still running is of older values
        self._preview_job = None
        contract = self._contract
        if "edit" in self._actions:
            try:
                contract = contract_service.build_contract(self.values(), self._contract_id)
            except ValidationError as error:
                self._field_errors.show(error.errors, focus=False)
                self._preview_stale(True)
                return
            except KamdeskError as error:
                self._show_message(translated(error.message))
                return
            self._field_errors.clear()
        if contract is None:
            return
        if not contract.template_source.strip():
            self._no_template()
            return
        try:
            context = contract_document.contract_context(contract)
        except KamdeskError as error:
            self._show_message(translated(error.message))
            return
        self._preview_job = (self._previews, contract, context)
        if self._preview_render is None:
            self._render_preview()

    @property
    def preview_pending(self) -> bool:
        """True while the preview shown is not that of the values typed (a rendering runs or waits)."""
        return self._preview_render is not None or self._preview_timer.isActive()

    def _render_preview(self) -> None:
        """Fill the template in on a worker thread (it runs in a child process within its time limit)."""
        (asked, contract, context), self._preview_job = self._preview_job, None
        self._preview_render = Operation(
            self, lambda _task: contract_document.preview(contract, mark_missing=True, context=context)) \
            .success(lambda rendered: self._preview_done(asked, rendered, None)) \
            .failure(lambda error: self._preview_done(asked, None, error)).run()

    def _preview_done(self, asked: int, rendered, error: BaseException | None) -> None:
        self._preview_render = None
        if asked != self._previews:  # the values changed meanwhile: render the newest ones, if they can be
            if self._preview_job is not None:
                self._render_preview()
        elif error is not None:
            self._preview_failed(error)
        else:
            self._show_rendered(rendered)

    def _preview_failed(self, error: BaseException) -> None:
        if not isinstance(error, KamdeskError):
            report_failure(self, error)
            return
        self.rendered, self.missing_texts = None, []
        self.missing_box.set_missing([])
        self._show_message(error_text(error))

    def _no_template(self) -> None:
        self.rendered, self.missing_texts = None, []
        self.missing_box.set_missing([])
        self._show_message(self.tr("Choose a template to see the contract here."))

    def _show_rendered(self, rendered) -> None:
        if self._contract_id is None and "contract.number" in rendered.missing:
            rendered.missing.remove("contract.number")  # the first save gives the number
        self.rendered = rendered
        missing = contract_document.missing_data(rendered)
        errors = missing.errors if missing is not None else {}
        listed = [(path, translated(errors[f"missing.{path}"])) for path in rendered.missing]
        self.missing_texts = [text for _, text in listed]
        self.missing_box.set_missing(listed)
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(rendered_html(rendered))
        bar.setValue(position)
        self._preview_stale(False)

    def _show_message(self, text: str) -> None:
        self.preview.setHtml(f"<p style='color: #6b6b6b;'>{_escape(text)}</p>")

    def _preview_stale(self, stale: bool) -> None:
        self.preview.setStyleSheet("color: #9e9e9e;" if stale else "")
        self.preview.setToolTip(self.tr("Correct the fields marked in red to see the contract again.")
                                if stale else "")

    # ------------------------------------------------------------ filling in what is missing
    def fix_missing(self, path: str) -> None:
        """Open the field where the empty placeholder `path` is filled in; the preview follows its saving."""
        target = where_to_fix(path)
        if target is None:
            return
        where, field = target
        if (where, field) == ("contract", "contact") and self.contact.count() <= 1:  # nobody to choose yet
            where, field = "client", "contacts"
        if where == "contract":
            widget = self.end_known if field == "end_date" and not self.end_date.isEnabled() else getattr(self, field)
            self.fields_scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.fix_window is not None:  # one at a time: a click may also activate the item
            self.fix_window.raise_()
            self.fix_window.activateWindow()
        elif where == "client":
            self._open_client_card(field)
        else:
            self._open_company_page(field)

    def _open_client_card(self, field: str) -> None:
        from kamdesk.gui.party.client_card import ClientCard

        card = ClientCard(self._client_id, self)
        card.saved.connect(self._client_saved)
        self._show_fix_window(card)
        card.focus_field(field)

    def _client_saved(self, client_id: int) -> None:
        if "edit" in self._actions:  # contacts may have been added there
            self._fill_people(client_id, self.contact.currentData(), self.manager.currentData())
        self.update_preview()

    def _open_company_page(self, field: str) -> None:
        window = CompanyWindow(self)
        window.page.changed.connect(self.update_preview)
        self._show_fix_window(window)
        window.page.focus_field(field)

    def _show_fix_window(self, window: QDialog) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: setattr(self, "fix_window", None))
        self.fix_window = window
        window.open()

    # ------------------------------------------------------------ acting
    def _act(self, verb) -> bool:
        if self._contract_id is None:
            return False
        try:
            verb()
        except KamdeskError as error:
            show_error(self, error)
            return False
        self._reload()
        self.contract_changed.emit(self._client_id)
        return True

    def _follow(self, make) -> bool:
        if self._contract_id is None:
            return False
        try:
            follower = make(self._contract_id)
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.contract_changed.emit(self._client_id)
        self._reload(follower.id)
        return True

    def _reload(self, contract_id: int | None = None) -> None:
        """Show `contract_id` (the open contract by default) as saved: fields, side tabs, preview."""
        self._loading = True
        try:
            self._load(contract_id or self._contract_id)
        finally:
            self._loading = False
        self._set_dirty(False)
        self.update_preview()

    # ------------------------------------------------------------ UnsavedChanges
    def unsaved_question(self) -> str:
        return self.tr("Save the changes to the contract?")

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ obligations
    def reload_obligations(self) -> None:
        current = self._current_obligation()
        rows = contract_service.contract_obligations(self._contract_id) if self._contract_id else []
        self.obligations_model.set_rows(rows)
        overdue = sum(1 for row in rows if self.obligations_model.is_overdue(row))
        in_force = self._contract is not None and contract_service.is_in_force(self._contract)
        if overdue and in_force:
            text = self.tr("1 obligation is overdue") if overdue == 1 else self.tr("%1 obligations are overdue")
            self.overdue_label.setText(text.replace("%1", QLocale().toString(overdue)))
            self.overdue_label.show()
        else:
            self.overdue_label.hide()
        title = self.tr("O&bligations")
        if overdue and in_force:
            title = self.tr("O&bligations (%1 overdue)").replace("%1", QLocale().toString(overdue))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.obligations_page), title)
        for row, item in enumerate(rows):
            if current is not None and item.id == current.id:
                self.obligations_table.setCurrentIndex(self.obligations_model.index(row, 1))
        self._update_buttons()

    def _current_obligation(self):
        return self.obligations_model.row(self.obligations_table.currentIndex().row())

    def _apply(self, change, reload) -> bool:
        """Run a change of the contract's obligations or files; show a refusal, else reload and tell the others."""
        try:
            change()
        except KamdeskError as error:
            show_error(self, error)
            return False
        reload()
        self.contract_changed.emit(self._client_id)
        return True

    def add_obligation(self, values: dict | None = None) -> bool:
        """Add an obligation (`values` as `add_obligation` takes them, or asked in a dialog)."""
        if self._contract_id is None:
            return False
        contract_id = self._contract_id
        if values is not None:
            return self._apply(lambda: contract_service.add_obligation(contract_id, values), self.reload_obligations)
        return self._obligation_dialog(lambda v: contract_service.add_obligation(contract_id, v), None)

    def edit_obligation(self) -> bool:
        obligation = self._current_obligation()
        if obligation is None:
            return False
        return self._obligation_dialog(lambda v: contract_service.update_obligation(obligation.id, v), obligation)

    def _obligation_dialog(self, save, obligation) -> bool:
        """Ask for an obligation's values in a dialog that saves them by `save`; reload and tell the others."""
        if not ask(ObligationDialog(save, obligation, self)):
            return False
        self.reload_obligations()
        self.contract_changed.emit(self._client_id)
        return True

    def toggle_obligation_done(self) -> None:
        obligation = self._current_obligation()
        if obligation is not None:
            self._set_obligation_done(obligation.id, obligation.done_on is None)

    def _set_obligation_done(self, obligation_id: int, done: bool) -> None:
        self._apply(lambda: contract_service.mark_obligation_done(obligation_id, done), self.reload_obligations)

    def delete_obligation(self) -> bool:
        obligation = self._current_obligation()
        if obligation is None:
            return False
        text = self.tr("Delete the obligation “%1” due on %2?").replace("%1", obligation.description).replace(
            "%2", format_date(obligation.due_date))
        if not self._confirm(self.tr("Delete obligation"), text):
            return False
        return self._apply(lambda: contract_service.delete_obligation(obligation.id), self.reload_obligations)

    # ------------------------------------------------------------ files
    def reload_files(self) -> None:
        files = contract_service.contract_files(self._contract_id) if self._contract_id else []
        kinds = file_kind_labels()
        table = self.files_table
        table.setRowCount(len(files))
        for row, file in enumerate(files):
            texts = (contract_service.display_name(file), kinds.get(file.kind, file.kind), QLocale().formattedDataSize(file.size),
                     format_timestamp(file.added_at))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, file.id)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        self._files = {file.id: file for file in files}
        title = self.tr("&Files") if not files else self.tr("&Files (%1)").replace("%1", str(len(files)))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.files_page), title)
        self._update_buttons()

    def file_names(self) -> list[str]:
        return [self.files_table.item(row, 0).text() for row in range(self.files_table.rowCount())]

    def _current_file(self):
        item = self.files_table.item(self.files_table.currentRow(), 0) if self.files_table.currentRow() >= 0 else None
        return getattr(self, "_files", {}).get(item.data(ID_ROLE)) if item is not None else None

    def open_file(self) -> Operation | None:
        """Open the chosen file in the system's viewer, from a temporary copy fetched off the GUI thread."""
        file = self._current_file()
        if file is None:
            return None
        file_id = file.id
        return Operation(self, lambda _task: contract_service.open_copy(file_id)) \
            .with_progress(self.tr("Fetching the file…")) \
            .failure(lambda error: show_error(self, error)) \
            .success(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))).run()

    def save_file_as(self, path: str | Path | None = None) -> Operation | None:
        """Save a copy of the chosen file where the user says."""
        file = self._current_file()
        if file is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file as"),
                                                  contract_service.safe_file_name(file.name))
            if not path:
                return None
        file_id = file.id
        return Operation(self, lambda _task: contract_service.export_file(file_id, path)) \
            .with_progress(self.tr("Saving the file…")) \
            .failure(lambda error: show_error(self, error)).run()

    def remove_file(self) -> bool:
        file = self._current_file()
        if file is None:
            return False
        if not self._confirm(self.tr("Remove file"),
                             self.tr("Remove %1 from the contract? Its copy in the database is deleted.")
                             .replace("%1", contract_service.display_name(file))):
            return False
        return self._apply(lambda: contract_service.remove_file(file.id), self.reload_files)

    # ------------------------------------------------------------ history
    def _fill_history(self) -> None:
        chain = contract_service.chain(self._contract_id) if self._contract_id else []
        fill_contract_rows(self.history_table, chain, HISTORY_COLUMNS, ID_ROLE,
                           lambda contract, _column: contract.id == self._contract_id)
        self.side_tabs.setTabEnabled(self.side_tabs.indexOf(self.history_page), len(chain) > 1)

    def _history_activated(self, item) -> None:
        contract_id = item.data(ID_ROLE)
        if contract_id is not None:
            self.open_contract(int(contract_id))

    # ------------------------------------------------------------ small reactions
    def _template_changed(self, *_args) -> None:
        template = self._templates.get(self.template.currentData())
        if template is not None and not self._loading:
            self._select(self.kind, template.kind)
            self._select(self.language, template.language)
        self._changed()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._preview_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        parts = []
        if self._contract is not None:
            parts.append(self.tr("Updated %1").replace("%1", format_timestamp(self._contract.updated_at)))
            if self._contract.generated_at:
                parts.append(self.tr("Documents written %1").replace(
                    "%1", format_timestamp(self._contract.generated_at)))
        else:
            parts.append(self.tr("Not saved yet"))
        if dirty:
            parts.append(self.tr("Unsaved changes"))
        self.status_line.setText(" · ".join(parts))
        self._update_buttons()

    @staticmethod
    def _number_value(edit: QLineEdit):
        text = edit.text().strip()
        if not text:
            return None
        locale = QLocale()
        group, point = locale.groupSeparator(), locale.decimalPoint()
        if group and group != point and group in text:  # "1,500,000" as an English locale shows it
            text = text.replace(group, "")
        try:
            return parse_decimal(text)
        except ValueError:
            return text  # the service says what is wrong with it

    def eventFilter(self, obj, event) -> bool:
        if obj is self.obligations_table and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Space:
                self.toggle_obligation_done()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_obligation()
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.add_obligation()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_obligation()
                return True
        return super().eventFilter(obj, event)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


class CompanyWindow(QDialog):
    """The Company page in a window of its own, opened at a missing field; closing asks about unsaved changes."""

    def __init__(self, parent: QWidget):
        from kamdesk.gui.company import CompanyPage

        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ContractDialog", "Company"))
        self.page = CompanyPage(self)
        QVBoxLayout(self).addWidget(self.page)
        fit_to_screen(self, 1100, 700)

    def reject(self) -> None:
        if settle(self.page, self):
            super().reject()
