"""The main window: navigation between the working areas, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
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
from kamdesk.area import TRANSLATION_CONTEXT, is_shown, load
from kamdesk import areas
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import company as company_service
from kamdesk.gui.errors import show_error
from kamdesk.gui.first_paint import after_first_paint
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.sync import attach as attach_sync
from kamdesk.gui.unsaved import editors_in, settle_all

HOME = "clients"  # the area whose list the File and Edit menus act on: built once the first page has painted
START = "kpis"  # shown first when no area was saved and something was sold: the manager's KPI dashboard
REMINDERS_DELAY_MS = 2000
REMINDER_SHOWN_MS = 60_000
DEMO_CLIENTS = 2000  # as on the first start


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("kamdesk") + "[*]")  # "*" while a page has unsaved changes
        self._cards: dict[int, object] = {}  # open client cards by client id
        self.reminders = None  # started a moment after the window shows
        self._pages: dict[str, QWidget] = {}  # the areas by key, each built when first shown (or used)
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self._restore_settings()
        # the client list, which the menus act on, once the page shown first has painted: start-up waits for that one
        after_first_paint(self.stack.currentWidget(), lambda: self.page(HOME))
        self._reminders_timer = QTimer(self)
        self._reminders_timer.setSingleShot(True)
        self._reminders_timer.setInterval(REMINDERS_DELAY_MS)
        self._reminders_timer.timeout.connect(self._start_reminders)
        self.automatic_backups = None  # see watch_database

    # ---------------------------------------------------------------- building
    def _build_navigation(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.addItems([_translated(area.title) for area in areas.AREAS])
        self.navigation.setMinimumWidth(120)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # as wide as its titles
        self.navigation.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget(self)
        for _area in areas.AREAS:  # each replaced by the area's page on first use
            self.stack.addWidget(QWidget(self))
        # not for the role at the desk, or without a page (mail and letters add to the client card and list)
        self._hidden = {area.key for area in areas.AREAS if not area.page or not is_shown(area)}
        for position, area in enumerate(areas.AREAS):
            self.navigation.setRowHidden(position, area.key in self._hidden)
        self.navigation.currentRowChanged.connect(self._switch_area)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self._navigation_width(), 1130])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _navigation_width(self) -> int:
        """Wide enough for the longest area's title in the desk's language ("Visszáru és elutasítások"), at least 150."""
        frame = 2 * self.navigation.frameWidth() + 24  # the item's padding and a little air
        return max(150, self.navigation.sizeHintForColumn(0) + frame)

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
        self._action(file_menu, self.tr("&Back up now"), None, self.back_up_now, "back_up_now")
        self._action(file_menu, self.tr("&Restore from backup…"), None, self.restore_from_backup,
                     "restore_from_backup")
        self._action(file_menu, self.tr("&Check database"), None, self.check_database, "check_database")
        if company_service.on_server():
            self._action(file_menu, self.tr("Change my pass&word…"), None, self.change_my_password,
                         "change_my_password")
        self.sync = attach_sync(self, file_menu)  # Sync now… on a laptop copy, Take offline… on the server
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), "Ctrl+Q", self.close, "quit")
        self.edit_menu = bar.addMenu(self.tr("&Edit"))  # the client list's actions join it when the list is built
        self._action(self.edit_menu, self.tr("&Find client"), QKeySequence.StandardKey.Find, self.find_client, "find")
        self._action(self.edit_menu, self.tr("&Open client"), None, self.open_current_client, "open_current")
        self.edit_menu.addSeparator()
        view_menu = bar.addMenu(self.tr("&View"))
        for area in (area for area in areas.AREAS if area.page):  # an area without a page has nothing to view
            action = self._action(view_menu, _translated(area.menu_text), area.shortcut,
                                  lambda _checked=False, key=area.key: self.show_area(key), f"area_{area.key}")
            action.setVisible(area.key not in self._hidden)
            action.setEnabled(area.key not in self._hidden)
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Refresh"), "F5", self.refresh, "refresh")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About kamdesk"), None, self.about, "about")

    def _build_status_bar(self) -> None:
        manager = company_service.current_manager()
        who = manager.name if manager else ""
        self.manager_label = QLabel(who, self)
        self.statusBar().addPermanentWidget(self.manager_label)
        self.statusBar().addPermanentWidget(QLabel(db.redacted(db.resolve_url(None)) if db.database.obj is None
                                                   else _describe_database(), self))

    # ---------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1280, 800)
        saved = settings.value("main_window/area")
        if not self.show_area(_saved_area(saved) if saved else _first_area()):
            self.show_area(HOME)  # the area shown at the last close is not for the manager at the desk now

    def closeEvent(self, event) -> None:
        for card in self.findChildren(QDialog):
            if card.isVisible() and not card.close():
                event.ignore()
                return
        if not all(settle_all(editors_in(page)) for page in self._pages.values()):
            event.ignore()
            return
        self._reminders_timer.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.sync.stop()
        if self.automatic_backups is not None:
            self.automatic_backups.at_close()  # runs on after the window; run_gui waits for it
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/area", areas.area_at(self.stack.currentIndex()).key)
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.reminders is None:
            self._reminders_timer.start()

    def __getattr__(self, name: str):
        """`window.orders`, `window.calendar` … (an area's key): that area's page, built on first use."""
        if "_pages" in self.__dict__ and name in areas.keys():
            return self.page(name)
        raise AttributeError(name)

    def page(self, key: str) -> QWidget:
        """The page of the area `key`, built on first use (a change elsewhere never builds one)."""
        page = self._pages.get(key)
        if page is None:
            position = areas.index(key)
            area = areas.area_at(position)
            page = load(area.page)(self)
            if key == HOME:
                self._attach_client_list(page)
            if area.attach:
                load(area.attach)(self, page)
            placeholder = self.stack.widget(position)
            self.stack.insertWidget(position, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
        return page

    def _attach_client_list(self, clients) -> None:
        clients.open_client.connect(self.open_client)
        clients.new_client.connect(self.new_client)
        clients.import_requested.connect(self.import_clients)
        clients.demo_requested.connect(self.fill_with_demo_data)
        for action in (clients.archive_action, clients.restore_action, clients.delete_action, clients.vcard_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(clients.area_actions)  # what later areas add: letters from templates …

    def _switch_area(self, position: int) -> None:
        """The navigation moved to `position`: leave the page shown (asking about its unsaved changes), show it."""
        leaving = self.stack.currentWidget()
        if position != self.stack.currentIndex() and not settle_all(editors_in(leaving)):
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())  # Cancel: the page and its changes stay
            self.navigation.blockSignals(False)
            return
        area = areas.area_at(position)
        self.page(area.key)
        self.stack.setCurrentIndex(position)
        self.new_action.setText(_translated(area.new_text) if area.new_text else self.tr("&New client…"))

    # ---------------------------------------------------------------- actions
    def show_area(self, key: str) -> bool:
        """Show the area `key`; False when the user chose to stay on a page with unsaved changes,
        or when the area is not for the manager at the desk."""
        if key in self._hidden:
            return False
        position = areas.index(key)
        self.navigation.setCurrentRow(position)
        if self.stack.currentIndex() != position:
            return False
        if key == HOME:
            self.clients.focus_search()
        return True

    def find_client(self) -> None:
        self.show_area(HOME)

    def refresh(self) -> None:
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
        """Ctrl+N: the "new" of the area shown (a new activity on the calendar …), a new client elsewhere."""
        area = areas.area_at(self.stack.currentIndex())
        if area.new_slot:
            getattr(self.page(area.key), area.new_slot)()
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
            card.finished.connect(lambda *_, c=card: self._forget_card(c))
            if client_id is not None:
                self._cards[client_id] = card
        card.show()
        card.raise_()
        card.activateWindow()

    def _client_saved(self, card, client_id: int) -> None:
        self._forget_card(card)
        self._cards[client_id] = card  # a new client's card is filed under its id once saved
        self.statusBar().showMessage(self.tr("Client saved"), 3000)

    def _forget_card(self, card) -> None:
        for key in [k for k, v in self._cards.items() if v is card]:
            del self._cards[key]

    def plan_activity(self, client_id: int, kind: str) -> None:
        """The client card's "Plan call/visit": the new activity dialog on the calendar."""
        if self.show_area("calendar"):
            self.calendar.open_new_activity(client_id=client_id, kind=kind)

    def new_order_for(self, client_id: int, suggested: bool = False) -> None:
        """The client card's "New order" (or "Suggested order"): the order entry with the client chosen."""
        if not self.show_area("orders") or not self.orders.new_order(client_id):
            return  # the user stays with the order (or page) that has unsaved changes
        if suggested:
            from kamdesk.core.services.order_suggestion import as_requests, suggest_order

            self.orders.entry.load_requests(as_requests(suggest_order(client_id)))

    def new_offer_for(self, client_id: int) -> None:
        """The client card's "New offer": the offer view with the client chosen."""
        if self.show_area("offers"):
            self.offers.new_offer(client_id)

    def open_order(self, order_id: int) -> None:
        if self.show_area("orders"):
            self.orders.open_order(order_id)

    def open_activity(self, activity_id: int) -> None:
        """An activity chosen on a client card: opened on the calendar."""
        if self.show_area("calendar"):
            self.calendar.open_activity(activity_id)

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
        if dialog.exec():  # the import announced CLIENTS: the list reloads itself
            self.statusBar().showMessage(self.tr("Imported %n client(s)", None, dialog.imported), 5000)

    def fill_with_demo_data(self):
        """The empty client list's "Fill with demo data": as on the first start, then every page shows it."""
        from kamdesk.gui.demo_data import create_demo_in_background

        return create_demo_in_background(self, DEMO_CLIENTS, cancellable=True).success(lambda _: self.refresh()).run()

    def export_clients(self) -> None:
        from kamdesk.gui.party.client_export import export_client_list

        export_client_list(self, self.clients.current_filter(),
                           lambda count: self.statusBar().showMessage(self.tr("Exported %n client(s)", "", count), 5000))

    # ---------------------------------------------------------------- data safety
    def watch_database(self) -> None:
        """Backups while changes happen and at close, and a quick check of the file now (both off the GUI thread)."""
        from kamdesk.gui import safety

        path = self._database_path(quiet=True)
        if path is None or self.automatic_backups is not None:
            return
        self.automatic_backups = safety.AutomaticBackups(self, path)
        safety.check_quietly(self, path)

    def _database_path(self, quiet: bool = False):
        """The open database's file, or None for a server database (said unless `quiet`)."""
        from kamdesk.core.services import backups

        try:
            return backups.current_database_path()
        except KamdeskError as error:
            if not quiet:
                show_error(self, error)
            return None

    def back_up_now(self):
        from kamdesk.gui import safety

        path = self._database_path()
        return safety.back_up_now(self, path) if path is not None else None

    def restore_from_backup(self):
        from kamdesk.gui import safety

        path = self._database_path()
        return safety.restore_from_backup(self, path) if path is not None else None

    def check_database(self):
        from kamdesk.gui import safety

        path = self._database_path()
        return safety.check_database(self, path) if path is not None else None

    def change_my_password(self) -> str | None:
        """On the team server: a new password for the logged-in user; a password kept in the keyring follows it."""
        from kamdesk.gui import login
        from kamdesk.gui.admin.users_page import change_own_password

        password = change_own_password(self)
        if password is not None:
            login.replace_remembered_password(db.server_url(), password)
            self.statusBar().showMessage(self.tr("Your password was changed."), 5000)
        return password

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About kamdesk"),
                          self.tr("kamdesk %1 — the desk of a key account manager.").replace("%1", __version__))


def _describe_database() -> str:
    database = db.database.obj
    name = getattr(database, "database", "")
    return str(name)


def _translated(text: str) -> str:
    """An area's text (marked in its Area description) in the user's language."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def _first_area() -> str:
    """Where a first start lands: the KPI dashboard once there are sales; an empty desk keeps the client list,
    whose hint offers to add, import or fill in demo data."""
    from kamdesk.core.services.kpi import anything_sold

    return START if anything_sold() else HOME


def _saved_area(value) -> str:
    """The key of the area saved at the last close (an older kamdesk saved its position)."""
    text = str(value or "")
    if text.isdigit():
        return areas.area_at(int(text)).key if int(text) < len(areas.AREAS) else HOME
    return text if text in areas.keys() else HOME
