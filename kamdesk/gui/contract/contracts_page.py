"""The contract register: every contract filtered, the renewals due and the overdue obligations.

Three views over the contract service, each a table: the register (number,
client, type, state in colour with expiring in orange, dates, notice date,
amount, overdue obligations, manager) filtered by state, client text, manager
and type; the contracts due for renewal (ending within the renewal window or
past their notice date, not yet renewed) with Renew; and the obligations not
done by their date across all contracts in force. Enter or a double click
opens a contract in `ContractDialog`; Ctrl+N starts a new one (the client is
asked for first); Del deletes a draft after asking. No database query here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.models.contract import CONTRACT_KINDS
from kamdesk.core.services import company as company_service
from kamdesk.core.services import contract as contract_service
from kamdesk.core.text_fold import fold
from kamdesk.gui.contract.labels import (
    OVERDUE_COLOUR,
    kind_labels,
    obligation_kind_labels,
    party_labels,
    state_colour,
    state_labels,
)
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import EmptyState, clear_filters, keep_fitted, key_text
from kamdesk.gui.sale.labels import format_money

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#8a8a8a")
OVERDUE = QColor(OVERDUE_COLOUR)


@dataclass(frozen=True)
class ContractRow:
    id: int
    number: str
    client_id: int
    client: str
    kind: str
    state: str  # as shown (`contract.display_state`), expiring for an active contract near its end
    start_date: dt.date
    end_date: dt.date | None
    notice_date: dt.date | None
    amount: Decimal | None
    currency: str
    overdue: int
    manager: str
    editable: bool = False  # a draft: it may be deleted
    final: bool = False  # expired or terminated: shown muted, without a notice date


@dataclass(frozen=True)
class RenewalRow:
    id: int
    number: str
    client_id: int
    client: str
    end_date: dt.date
    notice_date: dt.date | None
    days_left: int
    auto_renewal: bool
    state: str = ""  # as shown: expiring


@dataclass(frozen=True)
class OverdueRow:
    id: int  # the obligation
    contract_id: int
    number: str
    client_id: int
    client: str
    due_date: dt.date
    kind: str
    party: str
    description: str
    days_late: int


class RowsModel(QAbstractTableModel):
    """A read-only table of dataclass rows; subclasses name the columns and say how each is shown."""

    COLUMNS: tuple[str, ...] = ()
    MONEY: tuple[str, ...] = ()
    NUMBERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._headers: tuple[str, ...] = ()
        self._bold = QFont()  # built once: data() is asked for every visible cell on every paint
        self._bold.setBold(True)

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def row_of(self, row_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY + self.NUMBERS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and self.bold(row, column):
            return self._bold
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] in self.MONEY + self.NUMBERS:
            return RIGHT
        return None

    def display(self, row, column: str) -> str:
        value = getattr(row, column)
        if isinstance(value, dt.date):
            return format_date(value)
        return "" if value is None else str(value)

    def colour(self, row, column: str) -> QColor | None:
        return None

    def bold(self, row, column: str) -> bool:
        return False


class ContractsModel(RowsModel):
    COLUMNS = ("number", "client", "kind", "state", "start_date", "end_date", "notice_date", "amount", "overdue",
               "manager")
    MONEY = ("amount",)
    NUMBERS = ("overdue",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kinds, self._states = kind_labels(), state_labels()
        self._headers = (self.tr("Number"), self.tr("Client"), self.tr("Type"), self.tr("State"), self.tr("Start"),
                         self.tr("End"), self.tr("Notice by"), self.tr("Amount / limit"), self.tr("Overdue"),
                         self.tr("Manager"))

    def display(self, row: ContractRow, column: str) -> str:
        if column == "kind":
            return self._kinds.get(row.kind, row.kind)
        if column == "state":
            return self._states.get(row.state, row.state)
        if column == "amount":
            return format_money(row.amount, row.currency)
        if column == "overdue":
            return QLocale().toString(row.overdue) if row.overdue else ""
        if column == "notice_date" and row.final:
            return ""
        return super().display(row, column)

    def colour(self, row: ContractRow, column: str) -> QColor | None:
        if column == "state":
            return state_colour(row.state)
        if column == "overdue" and row.overdue:
            return OVERDUE
        if row.final:
            return MUTED
        return None

    def bold(self, row: ContractRow, column: str) -> bool:
        return column == "state" or (column == "overdue" and row.overdue > 0)


class RenewalsModel(RowsModel):
    COLUMNS = ("number", "client", "end_date", "notice_date", "days_left", "auto_renewal")
    NUMBERS = ("days_left",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = (self.tr("Contract"), self.tr("Client"), self.tr("Ends"), self.tr("Notice by"),
                         self.tr("Days left"), self.tr("Renews itself"))

    def display(self, row: RenewalRow, column: str) -> str:
        if column == "days_left":
            return QLocale().toString(row.days_left)
        if column == "auto_renewal":
            return self.tr("yes") if row.auto_renewal else ""
        return super().display(row, column)

    def colour(self, row: RenewalRow, column: str) -> QColor | None:
        if column == "notice_date" and row.notice_date is not None and row.notice_date <= dt.date.today():
            return OVERDUE
        if column == "days_left":
            return OVERDUE if row.days_left <= 14 else state_colour(row.state)
        return None


class OverdueModel(RowsModel):
    COLUMNS = ("due_date", "days_late", "number", "client", "kind", "party", "description")
    NUMBERS = ("days_late",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kinds, self._parties = obligation_kind_labels(), party_labels()
        self._headers = (self.tr("Due"), self.tr("Days late"), self.tr("Contract"), self.tr("Client"),
                         self.tr("Kind"), self.tr("Who"), self.tr("What"))

    def display(self, row: OverdueRow, column: str) -> str:
        if column == "kind":
            return self._kinds.get(row.kind, row.kind)
        if column == "party":
            return self._parties.get(row.party, row.party)
        if column == "days_late":
            return QLocale().toString(row.days_late)
        return super().display(row, column)

    def colour(self, row: OverdueRow, column: str) -> QColor | None:
        return OVERDUE if column in ("due_date", "days_late") else None


# ---------------------------------------------------------------- reading the service

def contract_rows(state: str | None = None, manager_id: int | None = None, kind: str | None = None,
                  text: str = "") -> list[ContractRow]:
    contracts = contract_service.list_contracts(state=state, manager_id=manager_id)
    managers = {m.id: m.name for m in company_service.list_managers(active_only=False)}
    overdue = contract_service.overdue_counts([c.id for c in contracts])
    window = contract_service.renewal_days()
    needle = fold(text.strip())
    rows = []
    for contract in contracts:
        if kind and contract.kind != kind:
            continue
        if needle and needle not in fold(contract.client.name) and needle not in fold(contract.number):
            continue
        rows.append(ContractRow(
            id=contract.id, number=contract.number, client_id=contract.client_id, client=contract.client.name,
            kind=contract.kind, state=contract_service.display_state(contract, window=window),
            start_date=contract.start_date, end_date=contract_service.current_end(contract),
            notice_date=contract_service.notice_date(contract), amount=contract.amount, currency=contract.currency,
            overdue=overdue.get(contract.id, 0), manager=managers.get(contract.manager_id, ""),
            editable=contract_service.is_editable(contract), final=contract_service.is_final(contract)
            or contract_service.is_overdue(contract)))
    return rows


def renewal_rows(manager_id: int | None = None, text: str = "") -> list[RenewalRow]:
    today = dt.date.today()
    needle = fold(text.strip())
    return [RenewalRow(id=c.id, number=c.number, client_id=c.client_id, client=c.client.name,
                       end_date=contract_service.current_end(c), notice_date=contract_service.notice_date(c),
                       days_left=(contract_service.current_end(c) - today).days, auto_renewal=bool(c.auto_renewal),
                       state=contract_service.display_state(c))
            for c in contract_service.due_for_renewal(manager_id=manager_id)
            if not needle or needle in fold(c.client.name) or needle in fold(c.number)]


def overdue_rows(manager_id: int | None = None, text: str = "", client_id: int | None = None) -> list[OverdueRow]:
    today = dt.date.today()
    needle = fold(text.strip())
    rows = []
    for item in contract_service.overdue_obligations(client_id=client_id, manager_id=manager_id):
        contract = item.contract
        if needle and needle not in fold(contract.client.name) and needle not in fold(contract.number):
            continue
        rows.append(OverdueRow(id=item.id, contract_id=contract.id, number=contract.number,
                               client_id=contract.client_id, client=contract.client.name, due_date=item.due_date,
                               kind=item.kind, party=item.party, description=item.description,
                               days_late=(today - item.due_date).days))
    return rows


# ---------------------------------------------------------------- choosing a client

class ClientChooser(QDialog):
    """Which client is the new contract for? Typing finds clients (ClientPicker)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from kamdesk.gui.widgets.client_picker import ClientPicker

        self.setWindowTitle(self.tr("New contract"))
        self.edit = QLineEdit(self)
        self.edit.setObjectName("contract_client")
        self.edit.setPlaceholderText(self.tr("Type the client's name or tax number…"))
        self.edit.setMinimumWidth(380)
        self.picker = ClientPicker(self.edit, self._picked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The contract is for the &client:"), self, buddy=self.edit))
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self._picked(None)

    @property
    def client_id(self) -> int | None:
        return self.picker.client_id

    def _picked(self, client_id: int | None) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(client_id is not None)


# ---------------------------------------------------------------- the page

class ContractsPage(QWidget):
    """The contract register with its renewals and overdue obligations.

    Public: `refresh()`, `open_contract(contract_id)` (returns the open ContractDialog),
    `new_contract(client_id=None)` (asks for the client when not given), `delete_current()`,
    `show_view(name)` with name "contracts", "renewals" or "overdue", `focus_search()`,
    `new_shortcut` (the page's own Ctrl+N: disable it when the main window has one).
    Signal: `contract_changed(client_id)` after any change made from here.
    """

    contract_changed = Signal(int)
    client_saved = Signal(int)  # a client saved from a contract's missing data

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contracts_page")
        self.dialog = None
        self.model = ContractsModel(self)
        self.renewals_model = RenewalsModel(self)
        self.overdue_model = OverdueModel(self)
        self._build()
        self.refresh()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("contract_search")
        self.search.setPlaceholderText(self.tr("Search client or contract number…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.state = QComboBox(self)
        self.state.setObjectName("contract_state_filter")
        self.state.addItem(self.tr("All states"), None)
        for code, label in state_labels().items():
            self.state.addItem(label, code)
        self.kind = QComboBox(self)
        self.kind.setObjectName("contract_kind_filter")
        self.kind.addItem(self.tr("All types"), None)
        for code, label in kind_labels().items():
            if code in CONTRACT_KINDS:
                self.kind.addItem(label, code)
        self.manager = QComboBox(self)
        self.manager.setObjectName("contract_manager_filter")
        self._fill_managers()
        for combo in (self.state, self.kind, self.manager):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button = QPushButton(self.tr("&New contract…"), self)
        self.new_button.setObjectName("new_contract")
        self.new_button.setToolTip(self.tr("A new contract for a client (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_contract())
        self.templates_button = QPushButton(self.tr("&Templates…"), self)
        self.templates_button.setObjectName("contract_templates")
        self.templates_button.setToolTip(self.tr("Edit the contract templates"))
        self.templates_button.clicked.connect(self.edit_templates)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.manager, 1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.templates_button)

        self.views = QTabWidget(self)
        self.views.setObjectName("contract_views")
        self.table = self._table("contracts_table", self.model)
        columns = ContractsModel.COLUMNS
        keep_fitted(self.table, stretch=columns.index("client"), text=[columns.index("manager")])
        self.delete_button = QPushButton(self.tr("&Delete draft"), self)
        self.delete_button.setObjectName("delete_contract")
        self.delete_button.setToolTip(self.tr("Delete the selected draft (Del)"))
        self.delete_button.clicked.connect(self.delete_current)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("open_contract")
        self.open_button.clicked.connect(self.open_current)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("contract_count")
        self.views.addTab(self._view(self.table, self.count_label, self.delete_button, self.open_button),
                          self.tr("&Register"))

        self.renewals_table = self._table("renewals_table", self.renewals_model)
        keep_fitted(self.renewals_table, stretch=RenewalsModel.COLUMNS.index("client"))
        self.renew_button = QPushButton(self.tr("Re&new…"), self)
        self.renew_button.setObjectName("renew_contract")
        self.renew_button.setToolTip(self.tr("The next contract, prefilled from the selected one"))
        self.renew_button.clicked.connect(self.renew_current)
        renewals_hint = QLabel(self.tr("Active contracts ending within %1 days or past their notice date, "
                                       "not renewed yet.").replace("%1", str(contract_service.renewal_days())), self)
        renewals_hint.setObjectName("renewals_hint")
        renewals_hint.setStyleSheet("color: #6b6b6b;")
        open_renewal = QPushButton(self.tr("&Open"), self)
        open_renewal.clicked.connect(self.open_current)
        self.views.addTab(self._view(self.renewals_table, renewals_hint, self.renew_button, open_renewal),
                          self.tr("Renewals &due"))

        self.overdue_table = self._table("overdue_table", self.overdue_model)
        keep_fitted(self.overdue_table, stretch=OverdueModel.COLUMNS.index("description"),
                    text=[OverdueModel.COLUMNS.index("client")])
        self.done_button = QPushButton(self.tr("Mark do&ne"), self)
        self.done_button.setObjectName("obligation_done")
        self.done_button.clicked.connect(self.mark_current_done)
        overdue_hint = QLabel(self.tr("Obligations not done by their date, of contracts in force."), self)
        overdue_hint.setStyleSheet("color: #6b6b6b;")
        open_overdue = QPushButton(self.tr("&Open contract"), self)
        open_overdue.clicked.connect(self.open_current)
        self.views.addTab(self._view(self.overdue_table, overdue_hint, self.done_button, open_overdue),
                          self.tr("O&verdue obligations"))
        self.views.currentChanged.connect(self._view_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filters)
        layout.addWidget(self.views, 1)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(lambda: self.new_contract())

    def _table(self, name: str, model: QAbstractTableModel) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.doubleClicked.connect(lambda _index: self.open_current())
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        table.installEventFilter(self)
        table.empty_state = EmptyState(table)
        return table

    def _view(self, table: QTableView, label: QLabel, *buttons: QPushButton) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    def _fill_managers(self) -> None:
        current = self.manager.currentData()
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("All managers"), None)
        for manager in company_service.list_managers():
            self.manager.addItem(manager.name, manager.id)
        self.manager.setCurrentIndex(max(0, self.manager.findData(current)))
        self.manager.blockSignals(False)

    # ------------------------------------------------------------ public API
    def refresh(self) -> None:
        """Read the register, the renewals and the overdue obligations again (keeping the selections)."""
        self._fill_managers()
        self.apply_filters()

    def apply_filters(self, *_args) -> None:
        self._search_timer.stop()
        text, manager_id = self.search.text(), self.manager.currentData()
        keep = {table: self._current_id(table) for table in (self.table, self.renewals_table, self.overdue_table)}
        self.model.set_rows(contract_rows(self.state.currentData(), manager_id, self.kind.currentData(), text))
        self.renewals_model.set_rows(renewal_rows(manager_id, text))
        self.overdue_model.set_rows(overdue_rows(manager_id, text))
        for table, row_id in keep.items():
            self._select(table, row_id)
        count = self.model.rowCount()
        label = self.tr("1 contract") if count == 1 else self.tr("%1 contracts")
        self.count_label.setText(label.replace("%1", QLocale().toString(count)))
        renewals, overdue = self.renewals_model.rowCount(), self.overdue_model.rowCount()
        self.views.setTabText(1, self.tr("Renewals &due (%1)").replace("%1", QLocale().toString(renewals))
                              if renewals else self.tr("Renewals &due"))
        self.views.setTabText(2, self.tr("O&verdue obligations (%1)").replace("%1", QLocale().toString(overdue))
                              if overdue else self.tr("O&verdue obligations"))
        self.views.tabBar().setTabTextColor(2, QColor(OVERDUE_COLOUR) if overdue else QColor())
        self._show_empty()
        self._update_actions()

    def clear_filters(self) -> None:
        clear_filters(self.apply_filters, self.search, self.state, self.kind, self.manager)

    def _show_empty(self) -> None:
        """Each empty view says why: nothing matches the filters, or nothing is there yet."""
        text = self.search.text().strip()
        filtered = bool(text) or self.manager.currentData() is not None
        no_match = self.tr("No contract matches “%1”.").replace("%1", text) if text else \
            self.tr("No contract matches these filters.")
        empty = {
            self.table: self.tr("No contracts yet. Press %1 to draw one up from a template, or open a client "
                                "and choose New contract… on its Contracts tab.")
            .replace("%1", key_text(QKeySequence.StandardKey.New)),
            self.renewals_table: self.tr("No contract needs renewing now."),
            self.overdue_table: self.tr("No obligation is overdue."),
        }
        for table, hint in empty.items():
            state = table.empty_state
            register_filtered = table is self.table and (self.state.currentData() or self.kind.currentData())
            if table.model().rowCount():
                state.hide_hint()
            elif filtered or register_filtered:
                state.show_no_match(no_match, self.clear_filters)
            elif table is self.table:
                state.show_hint(hint, [(self.tr("New contract…"), self.new_contract)])
            else:
                state.show_hint(hint)

    def show_view(self, name: str) -> None:
        self.views.setCurrentIndex({"contracts": 0, "renewals": 1, "overdue": 2}.get(name, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_contract(self, contract_id: int):
        """Open a contract in its dialog (not modal for the application; the list refreshes on changes)."""
        from kamdesk.gui.contract.contract_dialog import ContractDialog

        try:
            dialog = ContractDialog(contract_id, self)
        except KamdeskError as error:
            show_error(self, error)
            return None
        return self._show_dialog(dialog)

    def new_contract(self, client_id: int | None = None):
        """A new contract (Ctrl+N): for `client_id`, or for the client chosen in a small dialog."""
        from kamdesk.gui.contract.contract_dialog import ContractDialog

        if client_id is None:
            chooser = ClientChooser(self)
            try:
                if chooser.exec() != QDialog.DialogCode.Accepted or chooser.client_id is None:
                    return None
                client_id = chooser.client_id
            finally:
                chooser.deleteLater()
        try:
            dialog = ContractDialog(None, self, client_id=client_id)
        except KamdeskError as error:
            show_error(self, error)
            return None
        return self._show_dialog(dialog)

    def current_contract_id(self) -> int | None:
        table = self._current_table()
        row = table.model().row(table.currentIndex().row())
        if row is None:
            return None
        return row.contract_id if isinstance(row, OverdueRow) else row.id

    def open_current(self) -> None:
        contract_id = self.current_contract_id()
        if contract_id is not None:
            self.open_contract(contract_id)

    def delete_current(self) -> bool:
        """Delete the selected draft (Del), after asking; a contract past draft is never deleted."""
        if self._current_table() is not self.table:
            return False
        row = self.model.row(self.table.currentIndex().row())
        if row is None:
            return False
        if not row.editable:
            QMessageBox.information(self, self.tr("Delete contract"),
                                    self.tr("Only a draft can be deleted; %1 is no longer a draft.")
                                    .replace("%1", row.number))
            return False
        if not self._confirm(self.tr("Delete draft"),
                             self.tr("Delete the draft contract %1 for %2, with its obligations and files?")
                             .replace("%1", row.number).replace("%2", row.client)):
            return False
        try:
            contract_service.delete_draft(row.id)
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.contract_changed.emit(row.client_id)
        return True

    def renew_current(self):
        row = self.renewals_model.row(self.renewals_table.currentIndex().row())
        if row is None:
            return None
        try:
            renewal = contract_service.renew_contract(row.id)
        except KamdeskError as error:
            show_error(self, error)
            return None
        self.refresh()
        self.contract_changed.emit(row.client_id)
        return self.open_contract(renewal.id)

    def mark_current_done(self) -> bool:
        row = self.overdue_model.row(self.overdue_table.currentIndex().row())
        if row is None:
            return False
        try:
            contract_service.mark_obligation_done(row.id)
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.contract_changed.emit(row.client_id)
        return True

    def edit_templates(self) -> None:
        """The template editor (the register shows no template data: nothing to refresh after it)."""
        from kamdesk.gui.contract.template_editor import TemplateEditor

        editor = TemplateEditor(self)
        try:
            editor.exec()
        finally:
            editor.deleteLater()

    # ------------------------------------------------------------ behaviour
    def _show_dialog(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contract_changed.connect(self._dialog_changed)
        dialog.client_saved.connect(self.client_saved)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_changed(self, client_id: int) -> None:
        self.refresh()
        self.contract_changed.emit(client_id)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _current_table(self) -> QTableView:
        return (self.table, self.renewals_table, self.overdue_table)[max(0, self.views.currentIndex())]

    @staticmethod
    def _current_id(table: QTableView) -> int | None:
        row = table.model().row(table.currentIndex().row())
        return row.id if row is not None else None

    @staticmethod
    def _select(table: QTableView, row_id: int | None) -> None:
        model = table.model()
        row = model.row_of(row_id) if row_id is not None else None
        if row is None and model.rowCount():
            row = 0
        if row is not None:
            table.setCurrentIndex(model.index(row, 0))

    def _view_changed(self, index: int) -> None:
        for combo in (self.state, self.kind):
            combo.setEnabled(index == 0)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        self.delete_button.setEnabled(row is not None and row.editable)
        self.open_button.setEnabled(row is not None)
        self.renew_button.setEnabled(self.renewals_model.row(self.renewals_table.currentIndex().row()) is not None)
        self.done_button.setEnabled(self.overdue_model.row(self.overdue_table.currentIndex().row()) is not None)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            table = self._current_table()
            if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and table.model().rowCount():
                self.apply_filters()
                table.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (obj is self.search or obj is table) \
                    and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if obj is self.search:
                    self.apply_filters()
                self.open_current()
                return True
            if obj is self.table and key == Qt.Key.Key_Delete:
                self.delete_current()
                return True
        return super().eventFilter(obj, event)
