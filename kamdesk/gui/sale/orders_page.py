"""The orders page: the list of orders with filters and actions, the approvals beside it, the entry view.

The list (number, date, client, manager, state, gross total, discount
approval) is filtered by typed text (client name or order number), state and
manager, and fetched page by page as the user scrolls. Enter or a double
click opens the order in the order entry view, which takes the page's place
until the user leaves it (Esc); drafts are edited there, other orders are
shown read-only with their actions. The actions of the selected order
(confirm, ship, mark delivered, cancel, mark paid) are also on the list's
button bar. A second tab holds the discount approvals: the pending ones for
a head (their number in the tab's title), a manager's own requests otherwise.
"""

from __future__ import annotations


from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import company as company_service
from kamdesk.core.services.order_list import OrderFilter, OrderRow, order_ids, order_rows
from kamdesk.core.services.sale_workflow import ORDER, is_cancelled, is_sold
from kamdesk.gui.formatting import date_format
from kamdesk.gui.lists import EmptyState, clear_filters, keep_fitted, key_text
from kamdesk.gui.sale.approvals import ApprovalsPanel
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
    mark_paid_interactively,
    ship_interactively,
)

PAGE_SIZE = 100
COLUMNS = ("number", "order_date", "client", "manager", "state", "gross_total", "approval")
OrderIdRole = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#8a8a8a")


class OrdersModel(QAbstractTableModel):
    """Orders matching a filter, newest first, fetched page by page."""

    result_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = OrderFilter()
        self._ids: list[int] = []
        self._rows: list[OrderRow] = []
        self._states = state_labels()
        self._approvals = approval_labels()
        self._headers = (self.tr("Number"), self.tr("Date"), self.tr("Client"), self.tr("Manager"),
                         self.tr("State"), self.tr("Gross total"), self.tr("Discount approval"))

    def set_filter(self, flt: OrderFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = order_ids(self.filter)
        self._rows = order_rows(self._ids[:PAGE_SIZE])
        self.endResetModel()
        self.result_changed.emit(len(self._ids))

    def row(self, row: int) -> OrderRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == order_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        more = order_rows(self._ids[start:start + PAGE_SIZE])
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "order_date":
                day = row.order_date
                return QLocale().toString(QDate(day.year, day.month, day.day), date_format())
            if column == "state":
                text = self._states.get(row.state, row.state)
                return text + (" · " + self.tr("paid") if row.paid else "")
            if column == "gross_total":
                return format_money(row.gross_total, row.currency)
            if column == "approval":
                return self._approvals.get(row.approval, "")
            return getattr(row, column)
        if role == OrderIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "gross_total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "state":
                return QBrush(state_colour(row.state))
            if column == "approval" and approval_colour(row.approval):
                return QBrush(QColor(approval_colour(row.approval)))
            if is_cancelled(row.state):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and column == "state":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole \
                and COLUMNS[section] == "gross_total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OrdersPage(QWidget):
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
        self._build_filters()
        self._build_table()
        self._build_actions()
        self.approvals = ApprovalsPanel(self)
        self.approvals.decided.connect(self._approval_decided)
        self.approvals.open_order.connect(self.open_order)
        self._layout_list()
        self.entry = OrderEntry(self)
        self.entry.closed.connect(self.show_list)
        self.entry.order_changed.connect(self._entry_changed)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.model.result_changed.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.apply_filters()

    # ------------------------------------------------------------ building
    def _build_filters(self) -> None:
        page = self.list_page
        self.search = QLineEdit(page)
        self.search.setObjectName("order_search")
        self.search.setPlaceholderText(self.tr("Search client or order number…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.state = QComboBox(page)
        self.state.setObjectName("state_filter")
        self.state.addItem(self.tr("All states"), None)
        self.state.addItem(self.tr("Open (draft to shipped)"), "open")
        for code, title in state_labels().items():
            self.state.addItem(title, code)
        self.manager = QComboBox(page)
        self.manager.setObjectName("manager_filter")
        self.reload_choices()
        for combo in (self.state, self.manager):
            combo.currentIndexChanged.connect(self.apply_filters)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.new_button = QPushButton(self.tr("&New order"), page)
        self.new_button.setObjectName("new_order")
        self.new_button.setToolTip(self.tr("Type a new order (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_order())
        self.count_label = QLabel(page)
        self.count_label.setObjectName("order_count")

    def reload_choices(self) -> None:
        current = self.manager.currentData()
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("All managers"), None)
        for manager in company_service.list_managers():
            self.manager.addItem(manager.name, manager.id)
        self.manager.setCurrentIndex(max(0, self.manager.findData(current)))
        self.manager.blockSignals(False)

    def _build_table(self) -> None:
        self.table = QTableView(self.list_page)
        self.table.setObjectName("orders_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        keep_fitted(self.table, stretch=COLUMNS.index("client"), text=[COLUMNS.index("manager")])
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.empty_state = EmptyState(self.table)

    def _build_actions(self) -> None:
        def button(text: str, slot, name: str) -> QPushButton:
            widget = QPushButton(text, self.list_page)
            widget.setObjectName(name)
            widget.clicked.connect(slot)
            return widget

        self.open_button = button(self.tr("&Open"), lambda: self._open_row(self.table.currentIndex().row()),
                                  "open_order")
        self.confirm_button = button(self.tr("&Confirm"), lambda: self._act(confirm_interactively), "confirm")
        self.ship_button = button(self.tr("S&hip…"), lambda: self._act(ship_interactively), "ship")
        self.deliver_button = button(self.tr("Mark &delivered"), lambda: self._act(deliver_interactively),
                                     "deliver")
        self.cancel_button = button(self.tr("Ca&ncel order…"), lambda: self._act(cancel_interactively), "cancel")
        self.paid_button = button(self.tr("Mark &paid"), self._toggle_paid, "paid")

    def _layout_list(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.manager, 1)
        filters.addWidget(self.new_button)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for widget in (self.open_button, self.confirm_button, self.ship_button, self.deliver_button,
                       self.paid_button, self.cancel_button):
            actions.addWidget(widget)
        orders = QWidget(self.list_page)
        orders_layout = QVBoxLayout(orders)
        orders_layout.setContentsMargins(6, 6, 6, 4)
        orders_layout.addLayout(filters)
        orders_layout.addWidget(self.table, 1)
        orders_layout.addLayout(actions)
        approvals = QWidget(self.list_page)
        approvals_layout = QVBoxLayout(approvals)
        approvals_layout.setContentsMargins(6, 6, 6, 4)
        approvals_layout.addWidget(self.approvals)
        self.tabs = QTabWidget(self.list_page)
        self.tabs.setObjectName("orders_tabs")
        self.tabs.addTab(orders, self.tr("&Orders"))
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
        if self.stack.currentWidget() is self.entry and not self.entry.close_entry():
            return False
        self.entry.new_order(client_id)
        self.stack.setCurrentWidget(self.entry)
        (self.entry.focus_lines if client_id else self.entry.client_edit.setFocus)()
        return True

    def open_order(self, order_id: int) -> None:
        if self.stack.currentWidget() is self.entry and self.entry.order_id != order_id \
                and not self.entry.close_entry():
            return
        self.entry.open_order(order_id)
        self.stack.setCurrentWidget(self.entry)

    def show_list(self) -> None:
        keep = self.entry.order_id
        self.stack.setCurrentWidget(self.list_page)
        self.refresh(keep_order=keep)
        self.table.setFocus()

    def refresh(self, keep_order: int | None = None) -> None:
        keep = keep_order or self.current_order_id()
        self.reload_choices()
        self.model.reload()
        self._select(keep)
        self.approvals.refresh()
        self._name_approvals_tab()
        self._update_actions()

    def catalogue_changed(self) -> None:
        """Connect the catalogue page's `catalogue_changed` here: the entry searches and prices afresh."""
        self.entry.catalogue_changed()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.entry:
            return
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> OrderFilter:
        return OrderFilter(text=self.search.text(), state=self.state.currentData(),
                           manager_id=self.manager.currentData())

    def apply_filters(self, *_args) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_actions()

    def current_order_id(self) -> int | None:
        row = self.model.row(self.table.currentIndex().row())
        return row.id if row else None

    def select_order(self, order_id: int) -> None:
        self._select(order_id)

    # ------------------------------------------------------------ behaviour
    def _select(self, order_id: int | None) -> None:
        row = self.model.row_of(order_id) if order_id else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _show_count(self, count: int) -> None:
        text = self.tr("1 order") if count == 1 else self.tr("%1 orders")
        self.count_label.setText(text.replace("%1", QLocale().toString(count)))
        self._show_empty(count)

    def clear_filters(self) -> None:
        clear_filters(self.apply_filters, self.search, self.state, self.manager)

    def _show_empty(self, count: int) -> None:
        text = self.search.text().strip()
        if count:
            self.empty_state.hide_hint()
        elif text or self.state.currentData() is not None or self.manager.currentData() is not None:
            self.empty_state.show_no_match(self.tr("No order matches “%1”.").replace("%1", text) if text
                                           else self.tr("No order matches these filters."), self.clear_filters)
        else:
            self.empty_state.show_hint(
                self.tr("No orders yet. Press %1 to type one, or open a client and choose New order (or "
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
        self.paid_button.setEnabled(row is not None and is_sold(row.state))
        self.paid_button.setText(self.tr("Mark un&paid") if row and row.paid else self.tr("Mark &paid"))

    def _open_row(self, row: int) -> None:
        order = self.model.row(row)
        if order is not None:
            self.open_order(order.id)

    def _act(self, action) -> None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None and action(self, row.id):
            self._changed(row.client_id, row.id)

    def _toggle_paid(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None and mark_paid_interactively(self, row.id, not row.paid):
            self._changed(row.client_id, row.id)

    def _changed(self, client_id: int, order_id: int | None = None) -> None:
        self.refresh(keep_order=order_id)
        self.order_changed.emit(client_id)

    def _entry_changed(self, client_id: int) -> None:
        self.approvals.refresh()
        self._name_approvals_tab()
        self.order_changed.emit(client_id)

    def _approval_decided(self, order_id: int) -> None:
        self._name_approvals_tab()
        self.model.reload()
        self._select(order_id)
        found = self.model.row_of(order_id)
        row = self.model.row(found) if found is not None else None
        if self.stack.currentWidget() is self.entry and self.entry.order_id == order_id:
            self.entry.open_order(order_id)
        if row is not None:
            self.order_changed.emit(row.client_id)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.apply_filters()
                self.table.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and obj in (self.search, self.table):
                if obj is self.search:
                    self.apply_filters()
                self._open_row(self.table.currentIndex().row())
                return True
            if obj is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() == 0:
                self.focus_search()
                return True
        return super().eventFilter(obj, event)
