"""The offers page: the list of commercial offers with filters, and the offer view in its place when open.

The list (number, client, offer date, valid until, state, net, gross,
manager) is filtered by typed text (client name or offer number), state and
manager. Sent offers, which wait for the client's answer, stand out (bold,
on a warm background). Enter or a double click opens an offer in the offer
view (`OfferEntry`), which takes the page's place until the user leaves it
(Esc); Ctrl+N (the main window's "New offer") starts a new one.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services.offer import OfferRow
from kamdesk.core.services.offer_workflow import awaits_answer, came_to_nothing
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import EmptyState, clear_filters, keep_fitted, key_text
from kamdesk.gui.sale.labels import format_money, offer_state_colour, offer_state_labels
from kamdesk.gui.sale.offer_entry import OfferEntry

COLUMNS = ("number", "client", "offer_date", "valid_until", "state", "net_total", "gross_total", "manager")
MONEY = ("net_total", "gross_total")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
AWAITING_BACKGROUND = QColor("#fff4e0")
MUTED = QColor("#8a8a8a")


class OffersModel(QAbstractTableModel):
    """The offers matching the filters, newest first."""

    result_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bold = QFont()  # built once: data() is asked for every visible cell on every paint
        self._bold.setBold(True)
        self._rows: list[OfferRow] = []
        self._filters: dict = {}
        self._states = offer_state_labels()
        self._headers = (self.tr("Number"), self.tr("Client"), self.tr("Offer date"), self.tr("Valid until"),
                         self.tr("State"), self.tr("Net"), self.tr("Gross"), self.tr("Manager"))

    def set_filters(self, text: str = "", state: str | None = None, manager_id: int | None = None) -> None:
        self._filters = {"text": text, "state": state, "manager_id": manager_id}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = offer_service.offer_rows(**self._filters)
        self.endResetModel()
        self.result_changed.emit(len(self._rows))

    def row(self, row: int) -> OfferRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, offer_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == offer_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ("offer_date", "valid_until"):
                return format_date(getattr(row, column))
            if column == "state":
                return self._states.get(row.state, row.state)
            if column in MONEY:
                return format_money(getattr(row, column), row.currency)
            if column == "number" and row.version > 1:
                return self.tr("%1 (v%2)").replace("%1", row.number).replace("%2", str(row.version))
            return getattr(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "state":
                return QBrush(offer_state_colour(row.state))
            if came_to_nothing(row.state):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and awaits_answer(row.state):
            return QBrush(AWAITING_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (column == "state" or awaits_answer(row.state)):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and awaits_answer(row.state):
            return self.tr("Sent: waiting for the client's answer")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in MONEY:
            return RIGHT
        return None


class OffersPage(QWidget):
    """The offers list with its filters; the offer view in its place when open.

    Public: `new_offer(client_id=None)` (the main window's Ctrl+N), `open_offer(offer_id)`,
    `show_list()`, `refresh()`, `focus_search()`, `catalogue_changed()`, `apply_filters()`,
    `current_offer_id()`, `entry` (the OfferEntry). Signals: `offer_changed(client_id)` after
    any change to an offer; `open_order(order_id)` when an accepted offer became an order.
    """

    offer_changed = Signal(int)
    open_order = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("offers_page")
        self.model = OffersModel(self)
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        self._build_filters()
        self._build_table()
        self._layout_list()
        self.entry = OfferEntry(self)
        self.entry.closed.connect(self.show_list)
        self.entry.offer_changed.connect(self.offer_changed)
        self.entry.open_order.connect(self.open_order)
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
        self.search.setObjectName("offer_search")
        self.search.setPlaceholderText(self.tr("Search client or offer number…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.state = QComboBox(page)
        self.state.setObjectName("offer_state_filter")
        self.state.addItem(self.tr("All states"), None)
        for code, title in offer_state_labels().items():
            self.state.addItem(title, code)
        self.manager = QComboBox(page)
        self.manager.setObjectName("offer_manager_filter")
        self.reload_choices()
        for combo in (self.state, self.manager):
            combo.currentIndexChanged.connect(self.apply_filters)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.new_button = QPushButton(self.tr("&New offer"), page)
        self.new_button.setObjectName("new_offer")
        self.new_button.setToolTip(self.tr("Type a new offer (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_offer())
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.open_button.setObjectName("open_offer")
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.count_label = QLabel(page)
        self.count_label.setObjectName("offer_count")
        self.awaiting_label = QLabel(page)
        self.awaiting_label.setObjectName("offers_awaiting")
        self.awaiting_label.setStyleSheet("color: #b35c00; font-weight: bold;")

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
        self.table.setObjectName("offers_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        keep_fitted(self.table, stretch=COLUMNS.index("client"), text=[COLUMNS.index("manager")])
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.empty_state = EmptyState(self.table)

    def _layout_list(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.manager, 1)
        filters.addWidget(self.new_button)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        actions.addWidget(self.awaiting_label, 1)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    # ------------------------------------------------------------ public API
    def new_offer(self, client_id: int | None = None) -> None:
        """Ctrl+N: the offer view with an empty draft (for `client_id`, when given)."""
        if self.stack.currentWidget() is self.entry and not self.entry.close_entry():
            return
        self.entry.new_offer(client_id)
        self.stack.setCurrentWidget(self.entry)
        (self.entry.focus_lines if client_id else self.entry.client_edit.setFocus)()

    def open_offer(self, offer_id: int) -> None:
        if self.stack.currentWidget() is self.entry and self.entry.offer_id != offer_id \
                and not self.entry.close_entry():
            return
        self.entry.open_offer(offer_id)
        self.stack.setCurrentWidget(self.entry)

    def show_list(self) -> None:
        keep = self.entry.offer_id
        self.stack.setCurrentWidget(self.list_page)
        self.refresh(keep_offer=keep)
        self.table.setFocus()

    def refresh(self, keep_offer: int | None = None) -> None:
        keep = keep_offer or self.current_offer_id()
        self.reload_choices()
        self.model.reload()
        self._select(keep)
        self._update_actions()

    def catalogue_changed(self) -> None:
        self.entry.catalogue_changed()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.entry:
            return
        self.search.setFocus()
        self.search.selectAll()

    def apply_filters(self, *_args) -> None:
        self._search_timer.stop()
        self.model.set_filters(self.search.text(), self.state.currentData(), self.manager.currentData())
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_actions()

    def current_offer_id(self) -> int | None:
        row = self.model.row(self.table.currentIndex().row())
        return row.id if row else None

    # ------------------------------------------------------------ behaviour
    def _select(self, offer_id: int | None) -> None:
        row = self.model.row_of(offer_id) if offer_id else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _show_count(self, count: int) -> None:
        text = self.tr("1 offer") if count == 1 else self.tr("%1 offers")
        self.count_label.setText(text.replace("%1", QLocale().toString(count)))
        waiting = sum(1 for row in (self.model.row(i) for i in range(count)) if row and awaits_answer(row.state))
        self.awaiting_label.setText(self.tr("%1 awaiting an answer").replace("%1", QLocale().toString(waiting))
                                    if waiting else "")
        self._show_empty(count)

    def clear_filters(self) -> None:
        clear_filters(self.apply_filters, self.search, self.state, self.manager)

    def _show_empty(self, count: int) -> None:
        text = self.search.text().strip()
        if count:
            self.empty_state.hide_hint()
        elif text or self.state.currentData() is not None or self.manager.currentData() is not None:
            self.empty_state.show_no_match(self.tr("No offer matches “%1”.").replace("%1", text) if text
                                           else self.tr("No offer matches these filters."), self.clear_filters)
        else:
            self.empty_state.show_hint(
                self.tr("No offers yet. Press %1 to write one, or open a client and choose New offer.")
                .replace("%1", key_text(QKeySequence.StandardKey.New)),
                [(self.tr("New offer"), self.new_offer)])

    def _update_actions(self) -> None:
        self.open_button.setEnabled(self.model.row(self.table.currentIndex().row()) is not None)

    def _open_row(self, row: int) -> None:
        offer = self.model.row(row)
        if offer is not None:
            self.open_offer(offer.id)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.apply_filters()
                self.table.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and obj in (self.search, self.table) \
                    and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if obj is self.search:
                    self.apply_filters()
                self._open_row(self.table.currentIndex().row())
                return True
            if obj is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() == 0:
                self.focus_search()
                return True
        return super().eventFilter(obj, event)
