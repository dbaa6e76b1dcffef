"""Areas as plug-ins, seen from the window: a new area is its description plus one registry line, and a
change announced on the application-wide signal reloads the pages and cards that show it."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk import areas
from kamdesk.area import Area, CardButton, ScreenshotView
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import contract as contract_service
from kamdesk.core.services import party
from kamdesk.gui.changes import ACTIVITIES, CATALOGUE, COMPANY, CONTRACTS, notify
from kamdesk.gui.main_window import MainWindow
from kamdesk.gui.party.client_card import ClientCard
from tests.gui.keyboard import activate, type_text
from tests.gui.test_main_window import discard_unsaved


class ToolsPage(QWidget):
    """The page of an area the application does not have: it counts its "New tool" calls."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.made = 0

    def new_tool(self) -> None:
        self.made += 1

    def refresh(self) -> None:
        """F5 refreshes every built page."""


class ToolsTab(QWidget):
    """The tab the new area adds to the client card."""

    def __init__(self, card):
        super().__init__()
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)

    @staticmethod
    def title() -> str:
        return "Tools"

    def show_client(self, client_id) -> None:
        self.label.setText(f"tools of {client_id}")


def add_commands(verbs: dict) -> None:
    verbs["list"].add_parser("tools").set_defaults(run=lambda args: 0)
    verbs["kamdesk"].add_parser("sharpen").set_defaults(run=lambda args: 1)  # a command of its own


def sharpen_button(card) -> QPushButton:
    """The button the new area adds to the card's Sales tab: it remembers the client it was clicked for."""
    button = QPushButton("S&harpen")
    button.setObjectName("sharpen")
    button.clicked.connect(lambda: SHARPENED.append(card.client_id))
    return button


def sharpen_action(view):
    """The action the new area adds to the client list."""
    return view.list_action("Sharpen &all", QKeySequence("Ctrl+Alt+H"), lambda: SHARPENED.append("all"), "sharpen")


SHARPENED = []
TOOLS = Area(key="tools", title="Tools", menu_text="&Tools", shortcut="Ctrl+Alt+9",  # Ctrl+9: Receivables
             page="tests.gui.test_registry:ToolsPage", new_text="&New tool…", new_slot="new_tool",
             card_tabs=("tests.gui.test_registry:ToolsTab",), screenshots=(ScreenshotView("tools"),),
             commands="tests.gui.test_registry:add_commands",
             card_buttons=(CardButton("sales", "tests.gui.test_registry:sharpen_button"),),
             client_actions=("tests.gui.test_registry:sharpen_action",))


def shown(qtbot, widget):
    qtbot.addWidget(widget, before_close_func=discard_unsaved if isinstance(widget, MainWindow) else None)
    widget.show()
    qtbot.waitExposed(widget)
    activate(widget)
    return widget


def test_a_new_area_is_its_description_and_one_line_in_the_registry(qtbot, clients, monkeypatch):
    from kamdesk.cli import build_parser
    from kamdesk.gui.screenshot import view_names

    monkeypatch.setattr(areas, "AREAS", (*areas.AREAS, TOOLS))
    window = shown(qtbot, MainWindow())
    assert window.navigation.item(len(areas.AREAS) - 1).text() == "Tools"
    assert "tools" not in window._pages  # built on first use only
    qtbot.keyClick(window.clients.search, Qt.Key.Key_9,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert isinstance(window.stack.currentWidget(), ToolsPage) and window.stack.currentWidget() is window.tools
    assert window.new_action.text() == "&New tool…"
    window.new_action.trigger()
    assert window.tools.made == 1
    card = shown(qtbot, ClientCard(clients[0].id))
    tab = card.area_tabs["tools"]
    assert card.ui.tabs.tabText(card.ui.tabs.indexOf(tab)) == "Tools" and tab.label.text() == f"tools of {clients[0].id}"
    assert build_parser().parse_args(["list", "tools"]).run(None) == 0
    assert build_parser().parse_args(["sharpen"]).run(None) == 1
    assert "tools" in view_names().split(", ")


def test_a_later_area_adds_a_button_to_the_card_and_an_action_to_the_client_list(qtbot, clients, monkeypatch):
    monkeypatch.setattr(areas, "AREAS", (*areas.AREAS, TOOLS))
    SHARPENED.clear()
    card = shown(qtbot, ClientCard(clients[0].id))
    button = card.area_buttons["sharpen"]
    assert button.parent() is card.new_offer_button.parent()  # the Sales tab, after the mail area's package
    assert [name for name in card.area_buttons] == ["letter", "document_package", "sharpen"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert SHARPENED == [clients[0].id]
    card.close()
    assert not shown(qtbot, ClientCard()).area_buttons["sharpen"].isEnabled()  # no client saved yet
    window = shown(qtbot, MainWindow())
    window.page("clients")
    edit = [action.objectName() for action in window.edit_menu.actions() if not action.isSeparator()]
    assert edit[-3:] == ["letter", "mail_merge", "sharpen"]
    assert [a.objectName() or "-" for a in window.clients.table.actions()][-3:] == ["mail_merge", "sharpen",
                                                                                   "export_vcard"]
    window.clients.table.setFocus()
    qtbot.keyClick(window.clients.table, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert SHARPENED[-1] == "all"


def test_a_change_reloads_what_shows_it_and_builds_no_page(qtbot, clients, monkeypatch):
    client = clients[0]
    window = shown(qtbot, MainWindow())
    window.show_area("contracts")
    window.show_area("orders")
    window.open_client(client.id)
    card = window._cards[client.id]
    tab = card.area_tabs["contracts"]
    assert tab.contract_table.rowCount() == 0 and card.activity_table.rowCount() == 0
    contract_service.save_contract({"client_id": client.id, "start_date": datetime.date.today(),
                                    "template_id": contract_service.list_templates()[0].id})
    activity_service.create_activity({"kind": "call", "client_id": client.id, "subject": "Follow-up",
                                      "start": datetime.datetime.now(activity_service.local_zone())})
    notify(CONTRACTS, client_id=client.id)
    notify(ACTIVITIES, client_id=client.id)
    assert tab.contract_table.rowCount() == 1 and window.contracts.model.rowCount() == 1
    assert card.activity_table.rowCount() == 1

    catalogue_heard, choices_reloaded = [], []
    monkeypatch.setattr(window.orders.entry, "catalogue_changed", lambda: catalogue_heard.append(True))
    monkeypatch.setattr(window.clients, "reload_choices", lambda: choices_reloaded.append(True))
    notify(CATALOGUE)
    notify(COMPANY)
    assert catalogue_heard == [True] and choices_reloaded == [True]  # the open order; the list's filters

    sales_reloaded, list_refreshed = [], []
    monkeypatch.setattr(card, "reload_sales", lambda: sales_reloaded.append(True))
    monkeypatch.setattr(window.clients, "refresh", lambda keep_client=None: list_refreshed.append(keep_client))
    window.orders.order_changed.emit(client.id)  # what the orders page says after a save, a confirmation …
    assert sales_reloaded == [True] and list_refreshed == [None]
    # the client list is built once the first page has painted; the calendar, offers, catalogue and company: not
    assert set(window._pages) == {"clients", "contracts", "orders"}
    card.close()


def test_a_client_saved_in_one_card_shows_in_the_list_and_the_other_card(qtbot, clients):
    client = clients[1]
    window = shown(qtbot, MainWindow())
    window.open_client(client.id)
    card = window._cards[client.id]
    other = shown(qtbot, ClientCard(client.id))  # as a contract opens it for a missing field
    other.ui.name.clear()
    type_text(other.ui.name, "Szűcs Élelmiszer és Fia Bt.")
    assert other.save()
    assert card.ui.name.text() == "Szűcs Élelmiszer és Fia Bt." and not card.is_dirty()
    assert window.clients.current_client_id() == client.id  # the list refreshed, keeping the saved client
    assert party.get_client(client.id).name == "Szűcs Élelmiszer és Fia Bt."
    card.close()
