"""The main window: navigation between the working areas, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from kamdesk import __version__
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import company as company_service
from kamdesk.gui.errors import show_error
from kamdesk.gui.party.client_list import ClientListView
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.unsaved import editors_in, settle_all

AREA_CLIENTS, AREA_CALENDAR, AREA_ORDERS, AREA_CATALOGUE, AREA_COMPANY, AREA_OFFERS, AREA_CONTRACTS = range(7)
PRELOAD_DELAY_MS = 400
REMINDERS_DELAY_MS = 2000
REMINDER_SHOWN_MS = 60_000
DEMO_CLIENTS = 2000  # as on the first start


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("kamdesk") + "[*]")  # "*" while a page has unsaved changes
        self._cards: dict[int, object] = {}  # open client cards by client id
        self.clients = ClientListView(self)
        self.reminders = None  # started a moment after the window shows
        self._pages: dict[int, QWidget] = {}  # the other areas, built when first shown: start-up pays for the list
        self.clients.open_client.connect(self.open_client)
        self.clients.new_client.connect(self.new_client)
        self.clients.import_requested.connect(self.import_clients)
        self.clients.demo_requested.connect(self.fill_with_demo_data)
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self._restore_settings()
        self._preload_timer = QTimer(self)
        self._preload_timer.setSingleShot(True)
        self._preload_timer.setInterval(PRELOAD_DELAY_MS)
        self._preload_timer.timeout.connect(self.clients.preload_search)
        self._reminders_timer = QTimer(self)
        self._reminders_timer.setSingleShot(True)
        self._reminders_timer.setInterval(REMINDERS_DELAY_MS)
        self._reminders_timer.timeout.connect(self._start_reminders)

    # ---------------------------------------------------------------- building
    def _build_navigation(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.addItems([self.tr("Clients"), self.tr("Calendar"), self.tr("Orders"), self.tr("Catalogue"),
                                  self.tr("Company"), self.tr("Offers"), self.tr("Contracts")])
        self.navigation.setMinimumWidth(120)
        self.navigation.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.clients)
        for _area in (AREA_CALENDAR, AREA_ORDERS, AREA_CATALOGUE, AREA_COMPANY, AREA_OFFERS, AREA_CONTRACTS):
            self.stack.addWidget(QWidget(self))  # replaced by the area's page on first use
        self.navigation.currentRowChanged.connect(self._switch_area)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 1130])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _action(self, menu, text, shortcut, slot, name) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New client…"), QKeySequence.StandardKey.New,
                                       self.new_item, "new_client")
        self._action(file_menu, self.tr("&Import clients…"), "Ctrl+I", self.import_clients, "import_clients")
        self._action(file_menu, self.tr("&Export clients…"), "Ctrl+E", self.export_clients, "export_clients")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), "Ctrl+Q", self.close, "quit")
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._action(edit_menu, self.tr("&Find client"), QKeySequence.StandardKey.Find, self.find_client, "find")
        self._action(edit_menu, self.tr("&Open client"), None, self.open_current_client, "open_current")
        edit_menu.addSeparator()
        for action in (self.clients.archive_action, self.clients.restore_action, self.clients.delete_action):
            edit_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Clients"), "Ctrl+1", lambda: self.show_area(AREA_CLIENTS), "area_clients")
        self._action(view_menu, self.tr("C&alendar"), "Ctrl+2", lambda: self.show_area(AREA_CALENDAR),
                     "area_calendar")
        self._action(view_menu, self.tr("&Orders"), "Ctrl+3", lambda: self.show_area(AREA_ORDERS), "area_orders")
        self._action(view_menu, self.tr("Catalo&gue"), "Ctrl+4", lambda: self.show_area(AREA_CATALOGUE),
                     "area_catalogue")
        self._action(view_menu, self.tr("Com&pany"), "Ctrl+5", lambda: self.show_area(AREA_COMPANY), "area_company")
        self._action(view_menu, self.tr("O&ffers"), "Ctrl+6", lambda: self.show_area(AREA_OFFERS), "area_offers")
        self._action(view_menu, self.tr("Co&ntracts"), "Ctrl+7", lambda: self.show_area(AREA_CONTRACTS),
                     "area_contracts")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Refresh"), "F5", self.refresh, "refresh")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About kamdesk"), None, self.about, "about")

    def _build_status_bar(self) -> None:
        manager = company_service.current_manager()
        who = manager.name if manager else ""
        self.manager_label = QLabel(who, self)
        self.statusBar().addPermanentWidget(self.manager_label)
        self.statusBar().addPermanentWidget(QLabel(db.resolve_url(None) if db.database.obj is None
                                                   else _describe_database(), self))

    # ---------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1280, 800)
        self.show_area(int(settings.value("main_window/area", AREA_CLIENTS) or 0))

    def closeEvent(self, event) -> None:
        for card in self.findChildren(QDialog):
            if card.isVisible() and not card.close():
                event.ignore()
                return
        if not all(settle_all(editors_in(page)) for page in (self.clients, *self._pages.values())):
            event.ignore()
            return
        self._preload_timer.stop()
        self._reminders_timer.stop()
        if self.reminders is not None:
            self.reminders.stop()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/area", self.stack.currentIndex())
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # after the first paint: the worker holds the GIL for a moment while it loads
        self._preload_timer.start()
        if self.reminders is None:
            self._reminders_timer.start()

    @property
    def company(self):
        """The company page, built on first use."""
        return self._page(AREA_COMPANY)

    @property
    def calendar(self):
        """The calendar page, built on first use."""
        return self._page(AREA_CALENDAR)

    @property
    def orders(self):
        """The orders page, built on first use."""
        return self._page(AREA_ORDERS)

    @property
    def offers(self):
        """The offers page, built on first use."""
        return self._page(AREA_OFFERS)

    @property
    def contracts(self):
        """The contract register, built on first use."""
        return self._page(AREA_CONTRACTS)

    @property
    def catalogue(self):
        """The catalogue page, built on first use."""
        return self._page(AREA_CATALOGUE)

    def _page(self, area: int) -> QWidget:
        page = self._pages.get(area)
        if page is None:
            page = self._build_page(area)
            placeholder = self.stack.widget(area)
            self.stack.insertWidget(area, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[area] = page
        return page

    def _build_page(self, area: int) -> QWidget:
        if area == AREA_COMPANY:
            from kamdesk.gui.company import CompanyPage

            page = CompanyPage(self)
            page.changed.connect(self._company_changed)
            page.unsaved_changed.connect(self.setWindowModified)
        elif area == AREA_ORDERS:
            from kamdesk.gui.sale.orders_page import OrdersPage

            page = OrdersPage(self)
            page.order_changed.connect(self._order_changed)
        elif area == AREA_OFFERS:
            from kamdesk.gui.sale.offers_page import OffersPage

            page = OffersPage(self)
            page.offer_changed.connect(self._offer_changed)
            page.open_order.connect(self.open_order)
        elif area == AREA_CONTRACTS:
            from kamdesk.gui.contract.contracts_page import ContractsPage

            page = ContractsPage(self)
            page.new_shortcut.setEnabled(False)  # Ctrl+N is the window's "New contract…" here
            page.contract_changed.connect(self._contract_changed)
            page.client_saved.connect(self._client_saved_elsewhere)
        elif area == AREA_CATALOGUE:
            from kamdesk.gui.product.catalogue_page import CataloguePage

            page = CataloguePage(self)
            page.catalogue_changed.connect(self._catalogue_changed)
        else:
            from kamdesk.gui.activity.calendar_page import CalendarPage

            page = CalendarPage(self)
            page.activity_changed.connect(self._activity_changed)
        return page

    def _switch_area(self, area: int) -> None:
        """The navigation moved to `area`: leave the page shown (asking about its unsaved changes), show `area`."""
        leaving = self.stack.currentWidget()
        if area != self.stack.currentIndex() and not settle_all(editors_in(leaving)):
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())  # Cancel: the page and its changes stay
            self.navigation.blockSignals(False)
            return
        if area != AREA_CLIENTS:
            self._page(area)
        self.stack.setCurrentIndex(area)
        texts = {AREA_CALENDAR: self.tr("&New activity…"), AREA_ORDERS: self.tr("&New order…"),
                 AREA_CATALOGUE: self.tr("&New product…"), AREA_OFFERS: self.tr("&New offer…"),
                 AREA_CONTRACTS: self.tr("&New contract…")}
        self.new_action.setText(texts.get(area, self.tr("&New client…")))

    # ---------------------------------------------------------------- actions
    def show_area(self, area: int) -> bool:
        """Show `area`; False when the user chose to stay on a page with unsaved changes."""
        self.navigation.setCurrentRow(area)
        if self.stack.currentIndex() != area:
            return False
        if area == AREA_CLIENTS:
            self.clients.focus_search()
        return True

    def find_client(self) -> None:
        self.show_area(AREA_CLIENTS)

    def refresh(self) -> None:
        self.clients.refresh()
        for page in self._pages.values():
            page.refresh()
        self.statusBar().showMessage(self.tr("Refreshed"), 2000)

    def open_current_client(self) -> None:
        client_id = self.clients.current_client_id()
        if client_id is not None:
            self.open_client(client_id)

    def new_client(self) -> None:
        self.open_client(None)

    def new_item(self) -> None:
        """Ctrl+N: a new activity on the calendar, a new client elsewhere."""
        area = self.stack.currentIndex()
        if area == AREA_CALENDAR:
            self.calendar.open_new_activity()
        elif area == AREA_ORDERS:
            self.orders.new_order()
        elif area == AREA_OFFERS:
            self.offers.new_offer()
        elif area == AREA_CONTRACTS:
            self.contracts.new_contract()
        elif area == AREA_CATALOGUE:
            self.catalogue.new_product()
        else:
            self.new_client()

    def open_client(self, client_id: int | None) -> None:
        """Open the client card (one window per client; a second open raises it)."""
        from kamdesk.gui.party.client_card import ClientCard

        card = self._cards.get(client_id) if client_id is not None else None
        if card is None:
            try:
                card = ClientCard(client_id, self)
            except KamdeskError as error:
                show_error(self, error)
                return
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.saved.connect(lambda saved_id, c=card: self._client_saved(c, saved_id))
            card.open_existing.connect(self.open_client)
            card.plan_activity.connect(self.plan_activity)
            card.open_activity.connect(self.open_activity)
            card.new_order.connect(self.new_order_for)
            card.new_offer.connect(self.new_offer_for)
            card.open_order.connect(self.open_order)
            card.contract_changed.connect(self._contract_changed)
            card.finished.connect(lambda *_, c=card: self._forget_card(c))
            if client_id is not None:
                self._cards[client_id] = card
        card.show()
        card.raise_()
        card.activateWindow()

    def _client_saved(self, card, client_id: int) -> None:
        self._forget_card(card)
        self._cards[client_id] = card  # a new client's card is filed under its id once saved
        self.clients.refresh(keep_client=client_id)
        self.statusBar().showMessage(self.tr("Client saved"), 3000)

    def _client_saved_elsewhere(self, client_id: int) -> None:
        """A client saved outside its card (from a contract's missing data): the list and an open card show it."""
        self.clients.refresh(keep_client=client_id)
        card = self._cards.get(client_id)
        if card is not None:
            card.saved_elsewhere(client_id)

    def _forget_card(self, card) -> None:
        for key in [k for k, v in self._cards.items() if v is card]:
            del self._cards[key]

    def _company_changed(self) -> None:
        self.clients.reload_choices()
        if AREA_CALENDAR in self._pages:
            self._pages[AREA_CALENDAR].refresh()

    def plan_activity(self, client_id: int, kind: str) -> None:
        """The client card's "Plan call/visit": the new activity dialog on the calendar."""
        if self.show_area(AREA_CALENDAR):
            self.calendar.open_new_activity(client_id=client_id, kind=kind)

    def new_order_for(self, client_id: int, suggested: bool = False) -> None:
        """The client card's "New order" (or "Suggested order"): the order entry with the client chosen."""
        if not self.show_area(AREA_ORDERS) or not self.orders.new_order(client_id):
            return  # the user stays with the order (or page) that has unsaved changes
        if suggested:
            from kamdesk.core.services.order_suggestion import as_requests, suggest_order

            self.orders.entry.load_requests(as_requests(suggest_order(client_id)))

    def new_offer_for(self, client_id: int) -> None:
        """The client card's "New offer": the offer view with the client chosen."""
        if self.show_area(AREA_OFFERS):
            self.offers.new_offer(client_id)

    def open_order(self, order_id: int) -> None:
        if self.show_area(AREA_ORDERS):
            self.orders.open_order(order_id)

    def _offer_changed(self, client_id: int) -> None:
        if AREA_ORDERS in self._pages:  # an offer made into an order
            self._pages[AREA_ORDERS].refresh()

    def _contract_changed(self, client_id: int) -> None:
        """A contract saved anywhere: the register and the client's card show it."""
        if AREA_CONTRACTS in self._pages:
            self._pages[AREA_CONTRACTS].refresh()
        card = self._cards.get(client_id)
        if card is not None:
            card.reload_contracts()

    def _order_changed(self, client_id: int) -> None:
        self.clients.refresh()
        card = self._cards.get(client_id)
        if card is not None:
            card.reload_sales()

    def _catalogue_changed(self) -> None:
        for area in (AREA_ORDERS, AREA_OFFERS):
            if area in self._pages:
                self._pages[area].catalogue_changed()  # an open order or offer finds new products and prices

    def open_activity(self, activity_id: int) -> None:
        """An activity chosen on a client card: opened on the calendar."""
        if self.show_area(AREA_CALENDAR):
            self.calendar.open_activity(activity_id)

    def _activity_changed(self, client_id: int) -> None:
        self.clients.refresh()
        card = self._cards.get(client_id)
        if card is not None:
            card.reload_activities()

    def _start_reminders(self) -> None:
        from kamdesk.gui.activity.reminders import Reminders

        if self.reminders is not None:
            return
        self.reminders = Reminders(self)
        self.reminders.reminder.connect(
            lambda title, text: self.statusBar().showMessage(f"{title}: {text}", REMINDER_SHOWN_MS))
        self.reminders.start()

    def import_clients(self):
        """Read a spreadsheet on a worker thread, then map, check and import it in the import dialog."""
        from kamdesk.core.services import party_io
        from kamdesk.gui.operations import Operation

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import clients"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv *.txt)"))
        if not path:
            return None
        return Operation(self, lambda _task: party_io.read_table(path)).with_progress(
            self.tr("Reading %1…").replace("%1", path)).success(lambda table: self._import_table(path, table)).run()

    def _import_table(self, path: str, table) -> None:
        from kamdesk.gui.party.client_import import ClientImportDialog

        try:
            dialog = ClientImportDialog(path, self, table=table)
        except KamdeskError as error:
            show_error(self, error)
            return
        if dialog.exec():
            self.clients.refresh()
            self.statusBar().showMessage(self.tr("Imported %n client(s)", None, dialog.imported), 5000)

    def fill_with_demo_data(self):
        """The empty client list's "Fill with demo data": as on the first start, then every page shows it."""
        from kamdesk.gui.app import create_demo_in_background

        return create_demo_in_background(self, DEMO_CLIENTS, cancellable=True).success(lambda _: self.refresh()).run()

    def export_clients(self) -> None:
        from kamdesk.gui.party.client_export import export_client_list

        export_client_list(self, self.clients.current_filter(),
                           lambda count: self.statusBar().showMessage(self.tr("Exported %n client(s)", "", count), 5000))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About kamdesk"),
                          self.tr("kamdesk %1 — the desk of a key account manager.").replace("%1", __version__))


def _describe_database() -> str:
    database = db.database.obj
    name = getattr(database, "database", "")
    return str(name)
