"""The client card's Contracts tab, contributed by the contract area: the client's contracts in order,
its overdue obligations on top, New contract and Open contract.

The party area knows nothing of contracts; the card builds this tab because the contract area lists
it in its `Area.card_tabs`. Texts keep the client card's translation context, where they were first
translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import contract as contract_service
from kamdesk.gui.changes import CONTRACTS, Change, changes
from kamdesk.gui.contract.contract_rows import fill_contract_rows
from kamdesk.gui.contract.labels import obligation_kind_labels, party_labels
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import EmptyState
from kamdesk.gui.party.client_card import OVERDUE_COLOR
from kamdesk.gui.widgets.field_errors import ERROR_STYLE
from kamdesk.gui.widgets.tables import read_only_rows

translate = QCoreApplication.translate
ContractIdRole = Qt.ItemDataRole.UserRole + 2
CONTRACT_COLUMNS = ("number", "kind", "state", "start_date", "end_date", "relation")
CONTRACT_OVERDUE_COLUMNS = ("due_date", "contract", "kind", "party", "description")


class ContractsTab(QWidget):
    """The Contracts tab of one client card (`card`); reloads itself when a contract of the client changes."""

    def __init__(self, card):
        super().__init__()
        self.setObjectName("contracts_tab")
        self.card = card
        self._client_id: int | None = None
        self.contract_overdue = QTableWidget(self)
        self.contract_overdue.setObjectName("contract_overdue")
        self.contract_overdue.setColumnCount(len(CONTRACT_OVERDUE_COLUMNS))
        self.contract_overdue.setHorizontalHeaderLabels([
            translate("ClientCard", "Overdue since"), translate("ClientCard", "Contract"),
            translate("ClientCard", "Kind"), translate("ClientCard", "Who"), translate("ClientCard", "What")])
        self.contract_table = QTableWidget(self)
        self.contract_table.setObjectName("contract_table")
        self.contract_table.setColumnCount(len(CONTRACT_COLUMNS))
        self.contract_table.setHorizontalHeaderLabels([
            translate("ClientCard", "Number"), translate("ClientCard", "Type"), translate("ClientCard", "State"),
            translate("ClientCard", "Start"), translate("ClientCard", "End"), translate("ClientCard", "Relation")])
        for table in (self.contract_overdue, self.contract_table):
            read_only_rows(table, word_wrap=False, tab_keys=False)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.activated.connect(self._contract_activated)
            table.doubleClicked.connect(self._contract_activated)
        self.contract_empty = EmptyState(self.contract_table)
        self.contract_overdue.setStyleSheet(f"QTableWidget {{ color: {OVERDUE_COLOR.name()}; }}")
        self.contract_overdue_label = QLabel(self)
        self.contract_overdue_label.setObjectName("contract_overdue_label")
        self.contract_overdue_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.new_contract_button = QPushButton(translate("ClientCard", "Ne&w contract…"), self)
        self.new_contract_button.setObjectName("new_contract")
        self.new_contract_button.clicked.connect(lambda: self.new_contract())
        self.open_contract_button = QPushButton(translate("ClientCard", "Open contract"), self)
        self.open_contract_button.setObjectName("open_contract")
        self.open_contract_button.clicked.connect(
            lambda: self._contract_activated(self.contract_table.currentIndex()))
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_contract_button)
        buttons.addWidget(self.open_contract_button)
        buttons.addStretch(1)
        lists = QVBoxLayout()
        lists.addWidget(self.contract_overdue_label)
        lists.addWidget(self.contract_overdue)
        lists.addWidget(self.contract_table, 1)
        row = QHBoxLayout(self)
        row.addLayout(lists, 1)
        row.addLayout(buttons)
        self.contract_dialog = None
        changes().changed.connect(self._saved_elsewhere)

    @staticmethod
    def title() -> str:
        return translate("ClientCard", "Co&ntracts")

    def show_client(self, client_id: int | None) -> None:
        """The card shows `client_id` (None: a new client, not saved yet)."""
        self._client_id = client_id
        self.reload()

    def reload(self) -> None:
        """Show the client's contracts and overdue obligations again."""
        saved = self._client_id is not None
        self.new_contract_button.setEnabled(saved)
        contracts = contract_service.client_contracts(self._client_id) if saved else []
        overdue = contract_service.overdue_obligations(client_id=self._client_id) if saved else []
        numbers = {c.id: c.number for c in contracts}
        fill_contract_rows(self.contract_table, contracts, CONTRACT_COLUMNS, ContractIdRole,
                           lambda _contract, column: column == "state")
        obligation_kinds, parties = obligation_kind_labels(), party_labels()
        self.contract_overdue.setRowCount(len(overdue))
        for row, obligation in enumerate(overdue):
            texts = (format_date(obligation.due_date), numbers.get(obligation.contract_id, ""),
                     obligation_kinds.get(obligation.kind, obligation.kind),
                     parties.get(obligation.party, obligation.party), obligation.description)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ContractIdRole, obligation.contract_id)
                item.setForeground(QBrush(OVERDUE_COLOR))
                self.contract_overdue.setItem(row, column, item)
        if overdue:
            text = (translate("ClientCard", "1 contract obligation is overdue:") if len(overdue) == 1
                    else translate("ClientCard", "%1 contract obligations are overdue:").replace(
                        "%1", QLocale().toString(len(overdue))))
            self.contract_overdue_label.setText(text)
            overdue_table = self.contract_overdue
            overdue_table.setFixedHeight(overdue_table.horizontalHeader().sizeHint().height()
                                         + overdue_table.verticalHeader().defaultSectionSize() * min(len(overdue), 4)
                                         + 2 * overdue_table.frameWidth() + 2)
        elif not contracts:
            self.contract_overdue_label.setText("")
        self.contract_overdue_label.setVisible(bool(overdue))
        self.contract_overdue.setVisible(bool(overdue))
        self.open_contract_button.setEnabled(bool(contracts))
        if contracts or not saved:
            self.contract_empty.hide_hint()
        else:
            self.contract_empty.show_hint(translate("ClientCard", "No contracts with this client yet: New contract…, "
                                                                  "beside, draws one up from a template."))
        title = self.title() if not overdue else translate("ClientCard", "Co&ntracts (%1 overdue)").replace(
            "%1", QLocale().toString(len(overdue)))
        tabs = self.card.ui.tabs
        index = tabs.indexOf(self)
        tabs.setTabText(index, title)
        tabs.tabBar().setTabTextColor(index, OVERDUE_COLOR if overdue else QColor())

    def new_contract(self):
        """Open the contract dialog for a new contract of this client (returns it)."""
        if self._client_id is None:
            return None
        from kamdesk.gui.contract.contract_dialog import ContractDialog

        return self._show_contract(ContractDialog(None, self.card, client_id=self._client_id))

    def open_contract(self, contract_id: int):
        from kamdesk.gui.contract.contract_dialog import ContractDialog

        return self._show_contract(ContractDialog(contract_id, self.card))

    def _show_contract(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contract_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "contract_dialog", None))
        dialog.open()
        return dialog

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(CONTRACTS) and self._client_id is not None and change.touches_client(self._client_id):
            self.reload()

    def _contract_activated(self, index) -> None:
        contract_id = index.data(ContractIdRole) if index.isValid() else None
        if contract_id is not None:
            self.open_contract(int(contract_id))
