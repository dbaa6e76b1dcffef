"""The orders page: the list of orders with filters and actions, the approvals beside it, the entry view.

The list (number, date, client, manager, state, gross total, discount
approval) is filtered by typed text (client name or order number), state and
manager, and fetched page by page as the user scrolls. Enter or a double
click opens the order in the order entry view, which takes the page's place
until the user leaves it (Esc); drafts are edited there, other orders are
shown read-only with their actions. The actions of the selected order
(confirm, ship, mark delivered, cancel) are also on the list's
button bar. A second tab holds the discount approvals: the pending ones for
a head (their number in the tab's title), a manager's own requests otherwise.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from kamdesk.core.services import company as company_service
from kamdesk.core.services.order_list import OrderFilter, order_count, order_page, order_position
from kamdesk.core.services.sale_workflow import ORDER, is_cancelled
from kamdesk.gui.changes import CATALOGUE, OFFERS, ORDERS, Change
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import fill_choices, key_text
from kamdesk.gui.sale.approvals import ApprovalsPanel
from kamdesk.gui.sale.entry_page import EntryInPlace
from kamdesk.gui.sale.labels import (
    allowed,
    approval_colour,
    approval_labels,
    format_money,
    state_colour,
    state_labels,
)
from kamdesk.gui.sale.order_entry import (
    OrderEntry,
    cancel_interactively,
    confirm_interactively,
    deliver_interactively,
    ship_interactively,
)
from kamdesk.gui.widgets.lazy_model import RIGHT, Counted, LazyTableModel
from kamdesk.gui.widgets.list_page import Hint, ListPage

COLUMNS = ("number", "order_date", "client", "manager", "state", "gross_total", "approval")
OrderIdRole = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#8a8a8a")


class OrdersModel(LazyTableModel):
    """Orders matching a filter, newest first, fetched page by page."""

    COLUMNS = COLUMNS
    RIGHT_ALIGNED = ("gross_total",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bold = QFont()  # built once: data() is asked for every visible cell on every paint
        self._bold.setBold(True)
        self.filter = OrderFilter()
        self._states = state_labels()
        self._approvals = approval_labels()
        self.headers = (self.tr("Number"), self.tr("Date"), self.tr("Client"), self.tr("Manager"),
                        self.tr("State"), self.tr("Gross total"), self.tr("Discount approval"))

    def query(self) -> Counted:
        flt = self.filter
        return Counted(order_count(flt), lambda start, size: order_page(flt, start, size),
                       lambda order_id: order_position(flt, order_id))

    def cell(self, row, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "order_date":
                return format_date(row.order_date)
            if column == "state":
                return self._states.get(row.state, row.state)
            if column == "gross_total":
                return format_money(row.gross_total, row.currency)
            if column == "approval":
                return self._approvals.get(row.approval, "")
            return getattr(row, column)
        if role == OrderIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "gross_total":
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "state":
                return QBrush(state_colour(row.state))
            colour = approval_colour(row.approval) if column == "approval" else None
            if colour:
                return QBrush(QColor(colour))
            if is_cancelled(row.state):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and column == "state":
            return self._bold
        return None


class OrdersPage(EntryInPlace, QWidget):
    """The orders list with its filters, actions and the approvals; the order entry in its place when open.

    Public: `new_order(client_id=None)` (the main window's Ctrl+N),
    `open_order(order_id)`, `show_list()`, `refresh()`, `focus_search()`,
    `catalogue_changed()` (connect CataloguePage.catalogue_changed to it),
    `entry` (the OrderEntry, e.g. for `entry.load_requests(...)`),
    `approvals` (the ApprovalsPanel); `order_changed(client_id)` after any
    change to an order, so that client cards and lists can follow.
    """

    order_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("orders_page")
        self.model = OrdersModel(self)
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        self._build_list()
        self._build_actions()
        self.approvals = ApprovalsPanel(self)
        self.approvals.decided.connect(self._approval_decided)
        self.approvals.open_order.connect(self.open_order)
        self._layout_list()
        self._place_entry(self._order_entry, self.order_changed, ORDERS)
        self.listing.current_changed.connect(self._update_actions)
        self.apply_filters()

    # ------------------------------------------------------------ building
    def _build_list(self) -> None:
        self.listing = ListPage(
            self.model, self.list_page, search_name="order_search",
            placeholder=self.tr("Search client or order number…"), table_name="orders_table",
            count_name="order_count", filter_of=self.current_filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 order"), self.tr("%1 orders")),
            no_match=lambda text: self.tr("No order matches “%1”.").replace("%1", text) if text
            else self.tr("No order matches these filters."),
            empty_hint=self._empty_hint, activate=self._open_current, ctrl_enter_too=True, up_to_search=True)
        self.state = self.listing.add_filter("state_filter", self.tr("All states"), [
            (self.tr("Open (draft to shipped)"), "open"), *((title, code) for code, title in state_labels().items())])
        self.manager = self.listing.add_filter("manager_filter", self.tr("All managers"))
        self._finish_list((self.tr("&New order"), self.new_order, "new_order", self.tr("Type a new order (Ctrl+N)")))
        self.table.setAlternatingRowColors(True)
        self.listing.fit(stretch=COLUMNS.index("client"), text=[COLUMNS.index("manager")])

    def reload_choices(self) -> None:
        fill_choices(self.manager, self.tr("All managers"),
                                 ((manager.name, manager.id) for manager in company_service.list_managers()))

    def _build_actions(self) -> None:
        def button(text: str, slot, name: str) -> QPushButton:
            return self.listing.add_action(text, slot, name)

        self.open_button = button(self.tr("&Open"), self._open_current, "open_order")
        self.confirm_button = button(self.tr("&Confirm"), lambda: self._act(confirm_interactively), "confirm")
        self.ship_button = button(self.tr("S&hip…"), lambda: self._act(ship_interactively), "ship")
        self.deliver_button = button(self.tr("Mark &delivered"), lambda: self._act(deliver_interactively),
                                     "deliver")
        self.cancel_button = button(self.tr("Ca&ncel order…"), lambda: self._act(cancel_interactively), "cancel")

    def _layout_list(self) -> None:
        self.listing.layout().setContentsMargins(6, 6, 6, 4)
        approvals = QWidget(self.list_page)
        approvals_layout = QVBoxLayout(approvals)
        approvals_layout.setContentsMargins(6, 6, 6, 4)
        approvals_layout.addWidget(self.approvals)
        self.tabs = QTabWidget(self.list_page)
        self.tabs.setObjectName("orders_tabs")
        self.tabs.addTab(self.listing, self.tr("&Orders"))
        self.tabs.addTab(approvals, "")
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.tabs)
        self._name_approvals_tab()

    def _name_approvals_tab(self) -> None:
        """"Discount approvals (3)": how many wait for a head; a manager's tab lists their own requests."""
        if self.approvals.is_head:
            count = self.approvals.table.rowCount()
            text = self.tr("Discount &approvals (%1)").replace("%1", str(count)) if count else \
                self.tr("Discount &approvals")
        else:
            text = self.tr("My discount &requests")
        self.tabs.setTabText(1, text)

    # ------------------------------------------------------------ public API
    def new_order(self, client_id: int | None = None) -> bool:
        """Ctrl+N: the entry view with an empty draft (for `client_id`, when given); False: the user kept the open one."""
        return self._enter_new(client_id)

    def open_order(self, order_id: int) -> None:
        self._enter_opened(order_id)

    def refresh(self, keep_order: int | None = None) -> None:
        self.reload_choices()
        self.listing.refresh(keep_order)
        self.approvals.refresh()
        self._name_approvals_tab()

    def catalogue_changed(self) -> None:
        """Products or prices changed: the entry searches and prices afresh."""
        if self.entry_built():
            self.entry.catalogue_changed()

    def _saved_elsewhere(self, change: Change) -> None:
        """An offer made into an order shows in the list; a catalogue change reaches the open order."""
        if change.source is self:
            return
        if change.touches(OFFERS):
            self.refresh()
        if change.touches(CATALOGUE):
            self.catalogue_changed()

    def current_filter(self) -> OrderFilter:
        return OrderFilter(text=self.search.text(), state=self.state.currentData(),
                           manager_id=self.manager.currentData())

    def current_order_id(self) -> int | None:
        return self.listing.current_id()

    def select_order(self, order_id: int) -> None:
        self.listing.select(order_id)

    # ------------------------------------------------------------ behaviour
    def _empty_hint(self) -> Hint:
        return (self.tr("No orders yet. Press %1 to type one, or open a client and choose New order (or "
                        "Suggested order).").replace("%1", key_text(QKeySequence.StandardKey.New)),
                [(self.tr("New order"), self.new_order)])

    def _update_actions(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        verbs = allowed(ORDER, row) if row else frozenset()
        self.open_button.setEnabled(row is not None)
        self.confirm_button.setEnabled("confirm" in verbs)
        self.ship_button.setEnabled("ship" in verbs)
        self.deliver_button.setEnabled("deliver" in verbs)
        self.cancel_button.setEnabled("cancel" in verbs)

    def _act(self, action) -> None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None and action(self, row.id):
            self._changed(row.client_id, row.id)

    def _changed(self, client_id: int, order_id: int | None = None) -> None:
        self.refresh(keep_order=order_id)
        self.order_changed.emit(client_id)

    def _order_entry(self) -> OrderEntry:
        entry = OrderEntry(self)
        entry.order_changed.connect(self._entry_changed)
        return entry

    def _entry_changed(self, client_id: int) -> None:
        self.approvals.refresh()
        self._name_approvals_tab()
        self.order_changed.emit(client_id)

    def _approval_decided(self, order_id: int) -> None:
        self._name_approvals_tab()
        self.model.reload()
        self.listing.select(order_id)
        found = self.model.row_of(order_id)
        row = self.model.row(found) if found is not None else None
        if self.entry_is_open() and self.entry.order_id == order_id:
            self.entry.open_order(order_id)
        if row is not None:
            self.order_changed.emit(row.client_id)
