"""The offers page: the list and its filters, opening an offer, Ctrl+N; the main window's Offers area."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from kamdesk.core.services import offer as offer_service
from kamdesk.core.services import sale
from kamdesk.core.services.party import save_client
from kamdesk.gui.main_window import AREA_OFFERS, AREA_ORDERS, MainWindow
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.sale.offers_page import COLUMNS, OffersPage
from tests import factories
from tests.gui.keyboard import activate, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def offers(shop):
    """A draft for Kovács (by Kiss Anna), a sent offer for Béta Bolt (by Fekete Béla), a rejected one."""
    products = shop["products"]
    beta = save_client({"name": "Béta Bolt Kft.", "legal_city": "Pécs", "status": "active"})
    other = factories.manager("Fekete Béla", email="bela@example.hu")
    draft = offer_service.save_offer({"client_id": shop["client"].id},
                                     [sale.LineRequest(products["TEJ-002"].id, Decimal("5"))])
    sent = offer_service.save_offer({"client_id": beta.id, "manager_id": other.id},
                                    [sale.LineRequest(products["SAJT-010"].id, Decimal("3"))])
    offer_service.send_offer(sent.id)
    rejected = offer_service.save_offer({"client_id": beta.id}, [sale.LineRequest(products["JOG-150"].id,
                                                                                  Decimal("24"))])
    offer_service.send_offer(rejected.id)
    offer_service.reject_offer(rejected.id, "price")
    return {"draft": offer_service.get_offer(draft.id), "sent": offer_service.get_offer(sent.id),
            "rejected": offer_service.get_offer(rejected.id), "manager": other, **shop}


def open_page(qtbot) -> OffersPage:
    page = OffersPage()
    qtbot.addWidget(page, before_close_func=lambda p: p.entry._set_dirty(False))
    page.resize(1400, 850)
    page.show()
    qtbot.waitExposed(page)
    activate(page)
    return page


def texts(page: OffersPage, row: int) -> list[str]:
    return [page.model.index(row, c).data() for c in range(len(COLUMNS))]


def test_the_list_shows_offers_and_filters_them(qtbot, offers):
    page = open_page(qtbot)
    assert page.count_label.text() == "3 offers"
    assert page.awaiting_label.text() == "1 awaiting an answer"
    sent = offers["sent"]
    row = page.model.row_of(sent.id)
    values = texts(page, row)
    assert values[0] == sent.number and values[1] == "Béta Bolt Kft." and values[4] == "Sent, awaiting answer"
    assert values[5] == format_money(sent.net_total, "HUF") and values[6] == format_money(sent.gross_total, "HUF")
    assert values[7] == "Fekete Béla"
    font = page.model.index(row, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()  # awaiting an answer: stands out
    assert page.model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    draft_row = page.model.row_of(offers["draft"].id)
    assert page.model.index(draft_row, 1).data(Qt.ItemDataRole.BackgroundRole) is None

    page.search.setFocus()
    type_text(page.search, "beta")
    page.apply_filters()
    assert page.count_label.text() == "2 offers"
    page.state.setCurrentIndex(page.state.findData("sent"))
    assert [page.model.row(r).id for r in range(page.model.rowCount())] == [sent.id]
    page.search.clear()
    page.state.setCurrentIndex(0)
    page.manager.setCurrentIndex(page.manager.findData(offers["manager"].id))
    assert [page.model.row(r).id for r in range(page.model.rowCount())] == [sent.id]
    page.manager.setCurrentIndex(0)
    page.search.setText(offers["rejected"].number)
    page.apply_filters()
    assert [page.model.row(r).id for r in range(page.model.rowCount())] == [offers["rejected"].id]


def test_the_list_model_is_a_proper_item_model(qtbot, offers, qtmodeltester):
    page = open_page(qtbot)
    qtmodeltester.check(page.model)


def test_enter_opens_an_offer_and_esc_comes_back(qtbot, offers):
    page = open_page(qtbot)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(offers["sent"].id), 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.entry and page.entry.offer_id == offers["sent"].id
    assert page.entry.model.read_only
    qtbot.keyClick(page.entry.lines_view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_page
    assert page.current_offer_id() == offers["sent"].id


def test_a_new_offer_saved_on_the_page_is_listed(qtbot, offers):
    page = open_page(qtbot)
    page.new_offer(offers["client"].id)
    entry = page.entry
    entry.load_requests([sale.LineRequest(offers["products"]["VAJ-250"].id, Decimal("4"))])
    assert entry.save()
    entry.close_entry()
    assert page.count_label.text() == "4 offers" and page.current_offer_id() == entry.offer_id


def test_main_window_offers_area_and_make_order(qtbot, offers, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(window)
    qtbot.keyClick(window.clients.search, Qt.Key.Key_6, CTRL)
    assert window.stack.currentIndex() == AREA_OFFERS and window.stack.currentWidget() is window.offers
    assert window.new_action.text() == "&New offer…"
    qtbot.keyClick(window.offers.table, Qt.Key.Key_N, CTRL)
    assert window.offers.stack.currentWidget() is window.offers.entry
    assert window.offers.entry.offer_id is None and window.offers.entry.title.text() == "New offer"
    window.offers.entry.close_entry()

    sent = offers["sent"]
    window.offers.open_offer(sent.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.offers.entry.accept()
    order_id = window.offers.entry.make_order()
    assert window.stack.currentIndex() == AREA_ORDERS
    assert window.orders.stack.currentWidget() is window.orders.entry
    assert window.orders.entry.order_id == order_id
    assert sale.get_order(order_id).client_id == sent.client_id


def test_a_new_offer_from_the_client_card(qtbot, offers):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    client_id = offers["sent"].client_id
    window.open_client(client_id)
    card = window._cards[client_id]
    assert card.new_offer_button.isEnabled()
    card.new_offer_button.click()
    assert window.stack.currentIndex() == AREA_OFFERS
    entry = window.offers.entry
    assert window.offers.stack.currentWidget() is entry and entry.offer_id is None
    assert entry.client_id == client_id
    card.close()
