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

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from kamdesk.gui.changes import CONTRACTS, Change, changes, notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import EmptyState, fill_choices, keep_fitted, key_text
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.widgets.lazy_model import Loaded, StyledTableModel
from kamdesk.gui.widgets.list_detail import open_kept
from kamdesk.gui.widgets.list_page import Hint, ListPage, current_id, list_table, select_id

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


class RowsModel(StyledTableModel):
    """A read-only table of dataclass rows; subclasses name the columns, read the rows and say how each is shown.

    `labels` maps a column to the texts of its codes (a code without one is shown as it is); the
    `COUNTS` columns are whole numbers shown in the user's locale.
    """

    COUNTS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = {}
        self.labels: dict[str, dict[str, str]] = {}

    def display(self, row, column: str) -> str:
        value = getattr(row, column)
        if column in self.labels:
            return self.labels[column].get(value, value)
        if column in self.COUNTS:
            return QLocale().toString(value)
        if isinstance(value, dt.date):
            return format_date(value)
        return "" if value is None else str(value)


class ContractsModel(RowsModel):
    COLUMNS = ("number", "client", "kind", "state", "start_date", "end_date", "notice_date", "amount", "overdue",
               "manager")
    RIGHT_ALIGNED = ("amount", "overdue")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels = {"kind": kind_labels(), "state": state_labels()}
        self.headers = (self.tr("Number"), self.tr("Client"), self.tr("Type"), self.tr("State"), self.tr("Start"),
                        self.tr("End"), self.tr("Notice by"), self.tr("Amount / limit"), self.tr("Overdue"),
                        self.tr("Manager"))

    def query(self) -> Loaded:
        return Loaded(contract_rows(**self.filter))

    def display(self, row: ContractRow, column: str) -> str:
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
    RIGHT_ALIGNED = COUNTS = ("days_left",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (self.tr("Contract"), self.tr("Client"), self.tr("Ends"), self.tr("Notice by"),
                        self.tr("Days left"), self.tr("Renews itself"))

    def query(self) -> Loaded:
        return Loaded(renewal_rows(**self.filter))

    def display(self, row: RenewalRow, column: str) -> str:
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
    RIGHT_ALIGNED = COUNTS = ("days_late",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels = {"kind": obligation_kind_labels(), "party": party_labels()}
        self.headers = (self.tr("Due"), self.tr("Days late"), self.tr("Contract"), self.tr("Client"),
                        self.tr("Kind"), self.tr("Who"), self.tr("What"))

    def query(self) -> Loaded:
        return Loaded(overdue_rows(**self.filter))

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
    window = contract_service.renewal_days()  # read once, not by each row's state
    return [RenewalRow(id=c.id, number=c.number, client_id=c.client_id, client=c.client.name,
                       end_date=contract_service.current_end(c), notice_date=contract_service.notice_date(c),
                       days_left=(contract_service.current_end(c) - today).days, auto_renewal=bool(c.auto_renewal),
                       state=contract_service.display_state(c, today, window))
            for c in contract_service.due_for_renewal(days=window, today=today, manager_id=manager_id)
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
    Signal: `contract_changed(client_id)` after any change made from here (announced to every page as a
    CONTRACTS change); a contract changed elsewhere (a dialog, a client card) refreshes the register.
    """

    contract_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contracts_page")
        self.dialog = None
        self.model = ContractsModel(self)
        self.renewals_model = RenewalsModel(self)
        self.overdue_model = OverdueModel(self)
        self._build()
        self.contract_changed.connect(lambda client_id: notify(CONTRACTS, client_id=client_id, source=self))
        changes().changed.connect(self._saved_elsewhere)
        self.refresh()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self._build_register()
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
        self.listing.current_changed.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.listing)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(lambda: self.new_contract())

    def _build_register(self) -> None:
        """The filter bar over the views; the register is the first view."""
        self.listing = ListPage(
            self.model, self, search_name="contract_search", placeholder=self.tr("Search client or contract number…"),
            table_name="contracts_table", count_name="contract_count", filter_of=self._filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 contract"), self.tr("%1 contracts")),
            no_match=self._no_match, empty_hint=self._empty_hint, activate=self.open_current,
            apply=self.apply_filters)
        self.state = self.listing.add_filter("contract_state_filter", self.tr("All states"),
                                             ((label, code) for code, label in state_labels().items()))
        self.kind = self.listing.add_filter("contract_kind_filter", self.tr("All types"),
                                            ((label, code) for code, label in kind_labels().items()
                                             if code in CONTRACT_KINDS))
        self.manager = self.listing.add_filter("contract_manager_filter", self.tr("All managers"))
        self._fill_managers()
        self.new_button = self.listing.button(self.tr("&New contract…"), self.new_contract, "new_contract",
                                              self.tr("A new contract for a client (Ctrl+N)"))
        self.templates_button = self.listing.button(self.tr("&Templates…"), self.edit_templates,
                                                    "contract_templates", self.tr("Edit the contract templates"))
        self.templates_button.setVisible(_may_edit_templates())  # on the team server: heads and admins
        self.search, self.table, self.count_label = self.listing.search, self.listing.table, self.listing.count_label
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self.table.empty_state = self.listing.empty_state
        columns = ContractsModel.COLUMNS
        self.listing.fit(stretch=columns.index("client"), text=[columns.index("manager")])
        self.delete_button = self.listing.add_action(self.tr("&Delete draft"), self.delete_current, "delete_contract",
                                                     self.tr("Delete the selected draft (Del)"))
        self.open_button = self.listing.add_action(self.tr("&Open"), self.open_current, "open_contract")
        self.views = QTabWidget(self)
        self.views.setObjectName("contract_views")
        self.listing.put_in_tabs(self.views, self.tr("&Register"))
        self.listing.body.layout().setContentsMargins(4, 4, 4, 4)
        self.listing.current_view = self._current_table

    def _table(self, name: str, model: RowsModel) -> QTableView:
        table = list_table(self, name, model)
        table.setWordWrap(False)
        table.doubleClicked.connect(lambda _index: self.open_current())
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.listing.watch(table)
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
        fill_choices(self.manager, self.tr("All managers"),
                                 ((manager.name, manager.id) for manager in company_service.list_managers()))

    # ------------------------------------------------------------ public API
    def refresh(self) -> None:
        """Read the register, the renewals and the overdue obligations again (keeping the selections)."""
        self._fill_managers()
        self.apply_filters()

    def apply_filters(self, *_args) -> None:
        text, manager_id = self.search.text(), self.manager.currentData()
        for table in (self.renewals_table, self.overdue_table):
            keep = current_id(table)
            table.model().set_filter({"manager_id": manager_id, "text": text})
            select_id(table, keep)
        self.listing.apply_filters(keep=True)
        renewals, overdue = self.renewals_model.rowCount(), self.overdue_model.rowCount()
        self.views.setTabText(1, self.tr("Renewals &due (%1)").replace("%1", QLocale().toString(renewals))
                              if renewals else self.tr("Renewals &due"))
        self.views.setTabText(2, self.tr("O&verdue obligations (%1)").replace("%1", QLocale().toString(overdue))
                              if overdue else self.tr("O&verdue obligations"))
        self.views.tabBar().setTabTextColor(2, QColor(OVERDUE_COLOUR) if overdue else QColor())
        self._show_empty()

    def clear_filters(self) -> None:
        self.listing.clear_filters()

    def _filter(self) -> dict:
        return {"state": self.state.currentData(), "manager_id": self.manager.currentData(),
                "kind": self.kind.currentData(), "text": self.search.text()}

    def _no_match(self, text: str) -> str:
        return self.tr("No contract matches “%1”.").replace("%1", text) if text else \
            self.tr("No contract matches these filters.")

    def _empty_hint(self) -> Hint:
        return (self.tr("No contracts yet. Press %1 to draw one up from a template, or open a client "
                        "and choose New contract… on its Contracts tab.")
                .replace("%1", key_text(QKeySequence.StandardKey.New)),
                [(self.tr("New contract…"), self.new_contract)])

    def _show_empty(self) -> None:
        """The renewals and the overdue obligations say why they are empty (the register says it itself)."""
        text = self.search.text().strip()
        filtered = bool(text) or self.manager.currentData() is not None
        empty = {self.renewals_table: self.tr("No contract needs renewing now."),
                 self.overdue_table: self.tr("No obligation is overdue.")}
        for table, hint in empty.items():
            state = table.empty_state
            if table.model().rowCount():
                state.hide_hint()
            elif filtered:
                state.show_no_match(self._no_match(text), self.clear_filters)
            else:
                state.show_hint(hint)

    def show_view(self, name: str) -> None:
        self.views.setCurrentIndex({"contracts": 0, "renewals": 1, "overdue": 2}.get(name, 0))

    def focus_search(self) -> None:
        self.listing.focus_search()

    def open_contract(self, contract_id: int):
        """Open a contract in its dialog (not modal for the application; the list refreshes on changes)."""
        from kamdesk.gui.contract.contract_dialog import ContractDialog

        return open_kept(self, lambda: ContractDialog(contract_id, self))

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
        return open_kept(self, lambda: ContractDialog(None, self, client_id=client_id))

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
        return self._apply(lambda: contract_service.delete_draft(row.id), row.client_id)

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
        return self._apply(lambda: contract_service.mark_obligation_done(row.id), row.client_id)

    def _apply(self, change, client_id: int) -> bool:
        """Run `change()`; show a refusal, else refresh the lists and tell the client's views."""
        try:
            change()
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.contract_changed.emit(client_id)
        return True

    def edit_templates(self) -> None:
        """The template editor (the register shows no template data: nothing to refresh after it)."""
        from kamdesk.gui.contract.template_editor import TemplateEditor

        if not _may_edit_templates():
            return
        editor = TemplateEditor(self)
        try:
            editor.exec()
        finally:
            editor.deleteLater()

    # ------------------------------------------------------------ behaviour
    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(CONTRACTS) and change.source is not self:
            self.refresh()

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _current_table(self) -> QTableView:
        return (self.table, self.renewals_table, self.overdue_table)[max(0, self.views.currentIndex())]

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
        if obj is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.delete_current()
            return True
        return super().eventFilter(obj, event)


def _may_edit_templates() -> bool:
    return company_service.has_role(*company_service.CATALOGUE_WRITERS)
