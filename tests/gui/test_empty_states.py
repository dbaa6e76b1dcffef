"""An empty list says what to do (with the keys and buttons for it); a filtered one says nothing matches.

And on an empty catalogue, the first product is given its price at once: the
first price column is made for it, the default one.
"""

from PySide6.QtCore import Qt

from kamdesk.core.models import Client, PriceColumn
from kamdesk.core.services import catalogue
from kamdesk.gui import main_window
from kamdesk.gui.main_window import MainWindow
from kamdesk.gui.party.client_list import ClientListView
from tests.gui.keyboard import type_text
from tests.gui.test_order_entry import when_modal
from tests.gui.waiting import settled


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def button(state, caption: str):
    return next(b for b in state.buttons() if b.text() == caption)


def search_for(qtbot, field, state, text: str) -> None:
    field.setFocus()
    type_text(field, text)
    qtbot.waitUntil(lambda: "matches" in state.text())


def test_the_empty_client_list_offers_new_import_and_demo_data(qtbot, company, monkeypatch):
    window = shown(qtbot, MainWindow())
    state = window.clients.empty_state
    assert state.text() == ("No clients yet. Press Ctrl+N to add one, Ctrl+I to import a list from a "
                            "spreadsheet, or look around with demo data.")
    assert [b.text() for b in state.buttons()] == ["New client", "Import clients…", "Fill with demo data"]
    asked = []
    monkeypatch.setattr(main_window.QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: asked.append(args[1]) or ("", ""))
    button(state, "Import clients…").click()
    assert asked == ["Import clients"]
    monkeypatch.setattr(main_window, "DEMO_CLIENTS", 12)
    button(state, "Fill with demo data").click()
    settled(qtbot)
    assert window.clients.model.match_count == Client.select().count() > 0
    assert state.text() == ""


def test_new_client_from_the_hint_opens_a_card(qtbot, company):
    from kamdesk.gui.party.client_card import ClientCard

    window = shown(qtbot, MainWindow())
    button(window.clients.empty_state, "New client").click()
    (card,) = window.findChildren(ClientCard)
    assert card.isVisible() and card.client_id is None


def test_a_search_that_finds_no_client_says_so_and_clears(qtbot, clients):
    view = shown(qtbot, ClientListView())
    assert view.empty_state.text() == ""
    search_for(qtbot, view.search, view.empty_state, "zzz")
    assert view.empty_state.text() == "No client matches “zzz”."
    button(view.empty_state, "&Clear search and filters").click()
    assert view.search.text() == "" and view.model.match_count == len(clients)
    assert view.empty_state.text() == ""


def test_no_archived_clients_is_said_plainly(qtbot, clients):
    view = shown(qtbot, ClientListView())
    view.archived.setChecked(True)
    assert view.empty_state.text().startswith("No archived clients")


def test_the_empty_orders_page_starts_a_new_order(qtbot, company):
    from kamdesk.gui.sale.orders_page import OrdersPage

    page = shown(qtbot, OrdersPage())
    state = page.empty_state
    assert state.text().startswith("No orders yet. Press Ctrl+N to type one")
    page.state.setCurrentIndex(page.state.findData("shipped"))
    assert state.text() == "No order matches these filters."
    button(state, "&Clear search and filters").click()
    assert page.state.currentData() is None and state.text().startswith("No orders yet")
    button(state, "New order").click()
    assert page.stack.currentWidget() is page.entry


def test_the_empty_offers_page_starts_a_new_offer(qtbot, company):
    from kamdesk.gui.sale.offers_page import OffersPage

    page = shown(qtbot, OffersPage())
    state = page.empty_state
    assert state.text().startswith("No offers yet. Press Ctrl+N to write one")
    search_for(qtbot, page.search, state, "OF-9")
    assert state.text() == "No offer matches “OF-9”."
    button(state, "&Clear search and filters").click()
    button(state, "New offer").click()
    assert page.stack.currentWidget() is page.entry


def test_the_empty_contract_register_and_its_other_views(qtbot, company):
    from kamdesk.gui.contract.contracts_page import ContractsPage

    page = shown(qtbot, ContractsPage())
    assert page.table.empty_state.text().startswith("No contracts yet. Press Ctrl+N to draw one up")
    assert [b.text() for b in page.table.empty_state.buttons()] == ["New contract…"]
    page.views.setCurrentIndex(1)
    assert page.renewals_table.empty_state.text() == "No contract needs renewing now."
    page.views.setCurrentIndex(2)
    assert page.overdue_table.empty_state.text() == "No obligation is overdue."
    page.kind.setCurrentIndex(1)
    assert page.table.empty_state.text() == "No contract matches these filters."


def test_the_empty_catalogue_offers_a_product_and_an_import(qtbot, company):
    from kamdesk.gui.product.catalogue_page import CataloguePage

    page = shown(qtbot, CataloguePage())
    state = page.empty_state
    assert state.text().startswith("No products yet. Press Ctrl+N to add one with its price")
    assert [b.text() for b in state.buttons()] == ["New product…", "Import price list…"]
    page.tabs.setCurrentIndex(1)  # each tab is read when shown
    assert page.columns_empty.text().startswith("No price columns yet.")
    page.tabs.setCurrentIndex(2)
    assert page.promotions_empty.text().startswith("No promotions.")
    page.tabs.setCurrentIndex(0)
    search_for(qtbot, page.search, state, "tej")
    assert state.text() == "No product matches “tej”."


def test_the_first_product_is_given_its_price_and_the_first_column_is_made(qtbot, company):
    from kamdesk.gui.product.catalogue_page import CataloguePage

    page = shown(qtbot, CataloguePage())
    seen = []

    def fill(dialog):
        assert dialog.price is not None, "an empty catalogue's product dialog offers a price"
        dialog.ui.sku.setFocus()
        type_text(dialog.ui.sku, "TEJ-1")
        type_text(dialog.ui.name, "Tej 1 l")
        type_text(dialog.price, "-5")
        dialog.save()
        seen.append(dialog.ui.price_error.text())
        dialog.price.clear()
        type_text(dialog.price, "349,90")
        dialog.save()

    when_modal(qtbot, fill)
    button(page.empty_state, "New product…").click()
    assert seen == ["A price cannot be negative."]
    (column,) = catalogue.list_columns()
    assert (column.name, column.is_default) == ("List price", True)
    assert page.model.headerData(6, Qt.Orientation.Horizontal) == "List price ★"
    assert page.model.index(0, 6).data().replace("\u00a0", " ").startswith("349")
    assert page.empty_state.text() == "" and page.columns_empty.text() == ""


def test_with_price_columns_the_product_dialog_asks_no_price(qtbot, company):
    from kamdesk.gui.product.catalogue_page import ProductDialog

    catalogue.save_price_column("Listaár")
    dialog = ProductDialog()
    qtbot.addWidget(dialog)
    assert dialog.price is None
    assert PriceColumn.select().count() == 1


def test_a_new_clients_card_tabs_say_what_to_do(qtbot, company):
    from kamdesk.core.services.party import save_client
    from kamdesk.gui.party.client_card import ClientCard

    client = save_client({"name": "Üres Kft.", "status": "prospect"}, [])
    card = shown(qtbot, ClientCard(client.id))
    tabs = card.ui.tabs
    tabs.setCurrentWidget(card.activity_table.parentWidget())
    assert card.activity_empty.text().startswith("No calls or visits with this client yet")
    tabs.setCurrentWidget(card.sales.parentWidget())
    assert card.sales.orders_empty.text().startswith("No orders yet")
    tabs.setCurrentWidget(card.area_tabs["contracts"].contract_table.parentWidget())
    assert card.area_tabs["contracts"].contract_empty.text().startswith("No contracts with this client yet")
