"""The offers page: the list of commercial offers with filters, and the offer view in its place when open.

The list (number, client, offer date, valid until, state, net, gross,
manager) is filtered by typed text (client name or offer number), state and
manager. Sent offers, which wait for the client's answer, stand out (bold,
on a warm background). Enter or a double click opens an offer in the offer
view (`OfferEntry`), which takes the page's place until the user leaves it
(Esc); Ctrl+N (the main window's "New offer") starts a new one.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services.offer_workflow import awaits_answer, came_to_nothing
from kamdesk.gui.changes import CATALOGUE, OFFERS, Change
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import fill_choices, key_text
from kamdesk.gui.sale.entry_page import EntryInPlace
from kamdesk.gui.sale.labels import format_money, offer_state_colour, offer_state_labels
from kamdesk.gui.sale.offer_entry import OfferEntry
from kamdesk.gui.widgets.lazy_model import RIGHT, LazyTableModel, Loaded
from kamdesk.gui.widgets.list_page import Hint, ListPage

COLUMNS = ("number", "client", "offer_date", "valid_until", "state", "net_total", "gross_total", "manager")
MONEY = ("net_total", "gross_total")
AWAITING_BACKGROUND = QColor("#fff4e0")
MUTED = QColor("#8a8a8a")


class OffersModel(LazyTableModel):
    """The offers matching the filters, newest first (read at once, shown page by page)."""

    COLUMNS = COLUMNS
    RIGHT_ALIGNED = MONEY

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bold = QFont()  # built once: data() is asked for every visible cell on every paint
        self._bold.setBold(True)
        self.filter = {}
        self._states = offer_state_labels()
        self.headers = (self.tr("Number"), self.tr("Client"), self.tr("Offer date"), self.tr("Valid until"),
                        self.tr("State"), self.tr("Net"), self.tr("Gross"), self.tr("Manager"))

    def query(self) -> Loaded:
        return Loaded(offer_service.offer_rows(**self.filter))

    def awaiting(self) -> int:
        """How many of the matching offers are sent and wait for the client's answer."""
        return sum(1 for row in self.source.all if awaits_answer(row.state))

    def cell(self, row, column: str, role: int):
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


class OffersPage(EntryInPlace, QWidget):
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
        self._build_list()
        self._place_entry(self._offer_entry, self.offer_changed, OFFERS)
        self.model.result_changed.connect(self._show_awaiting)
        self.listing.current_changed.connect(self._update_actions)
        self.apply_filters()

    # ------------------------------------------------------------ building
    def _build_list(self) -> None:
        self.listing = self.list_page = ListPage(
            self.model, self, search_name="offer_search", placeholder=self.tr("Search client or offer number…"),
            table_name="offers_table", count_name="offer_count", filter_of=self._filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 offer"), self.tr("%1 offers")),
            no_match=lambda text: self.tr("No offer matches “%1”.").replace("%1", text) if text
            else self.tr("No offer matches these filters."),
            empty_hint=self._empty_hint, activate=self._open_current, combo_chars=14, up_to_search=True)
        self.state = self.listing.add_filter("offer_state_filter", self.tr("All states"),
                                             ((title, code) for code, title in offer_state_labels().items()))
        self.manager = self.listing.add_filter("offer_manager_filter", self.tr("All managers"))
        self._finish_list((self.tr("&New offer"), self.new_offer, "new_offer", self.tr("Type a new offer (Ctrl+N)")))
        self.awaiting_label = QLabel(self.list_page)
        self.awaiting_label.setObjectName("offers_awaiting")
        self.awaiting_label.setStyleSheet("color: #b35c00; font-weight: bold;")
        actions = self.listing.actions
        actions.setStretch(0, 0)
        actions.addSpacing(12)
        actions.addWidget(self.awaiting_label, 1)
        self.open_button = self.listing.add_action(self.tr("&Open"), self._open_current, "open_offer")
        QWidget.setTabOrder(self.new_button, self.open_button)
        self.listing.layout().setContentsMargins(8, 8, 8, 4)
        self.listing.fit(stretch=COLUMNS.index("client"), text=[COLUMNS.index("manager")])

    def reload_choices(self) -> None:
        fill_choices(self.manager, self.tr("All managers"),
                                   ((manager.name, manager.id) for manager in company_service.list_managers()))

    # ------------------------------------------------------------ public API
    def new_offer(self, client_id: int | None = None) -> None:
        """Ctrl+N: the offer view with an empty draft (for `client_id`, when given)."""
        self._enter_new(client_id)

    def open_offer(self, offer_id: int) -> None:
        self._enter_opened(offer_id)

    def refresh(self, keep_offer: int | None = None) -> None:
        self.reload_choices()
        self.listing.refresh(keep_offer)

    def catalogue_changed(self) -> None:
        if self.entry_built():
            self.entry.catalogue_changed()

    def _offer_entry(self) -> OfferEntry:
        entry = OfferEntry(self)
        entry.offer_changed.connect(self.offer_changed)
        entry.open_order.connect(self.open_order)
        return entry

    def _saved_elsewhere(self, change: Change) -> None:
        """Products or prices changed: the open offer searches and prices afresh."""
        if change.touches(CATALOGUE):
            self.catalogue_changed()

    def current_offer_id(self) -> int | None:
        return self.listing.current_id()

    # ------------------------------------------------------------ behaviour
    def _filter(self) -> dict:
        return {"text": self.search.text(), "state": self.state.currentData(),
                "manager_id": self.manager.currentData()}

    def _show_awaiting(self, _count: int) -> None:
        waiting = self.model.awaiting()
        self.awaiting_label.setText(self.tr("%1 awaiting an answer").replace("%1", QLocale().toString(waiting))
                                    if waiting else "")

    def _empty_hint(self) -> Hint:
        return (self.tr("No offers yet. Press %1 to write one, or open a client and choose New offer.")
                .replace("%1", key_text(QKeySequence.StandardKey.New)), [(self.tr("New offer"), self.new_offer)])

    def _update_actions(self) -> None:
        self.open_button.setEnabled(self.listing.current_row() is not None)
