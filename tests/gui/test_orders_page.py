"""The orders page: the list and its filters, cancelling with a reason, shipping in parts, approvals, the entry."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kamdesk.core.services import company as company_service
from kamdesk.core.services import sale
from kamdesk.gui.sale import approvals
from kamdesk.gui.sale.order_entry import CancelOrderDialog, ShipDialog
from kamdesk.gui.sale.orders_page import COLUMNS, OrdersPage
from tests import factories
from tests.gui.keyboard import activate, type_text
from tests.gui.test_order_entry import when_modal


@pytest.fixture
def orders(shop):
    """A draft of Kovács and a confirmed order of Alfa with two lines."""
    from kamdesk.core.services.party import save_client

    products = shop["products"]
    alfa = save_client({"name": "Béta Bolt Kft.", "legal_city": "Pécs", "status": "active"})
    draft = sale.save_order({"client_id": shop["client"].id}, [sale.LineRequest(products["TEJ-002"].id,
                                                                               Decimal("5"))])
    confirmed = sale.save_order({"client_id": alfa.id}, [
        sale.LineRequest(products["TEJ-002"].id, Decimal("10")),
        sale.LineRequest(products["JOG-150"].id, Decimal("24"))])
    sale.confirm_order(confirmed.id)
    return {"draft": sale.get_order(draft.id), "confirmed": sale.get_order(confirmed.id), **shop}


def open_page(qtbot) -> OrdersPage:
    page = OrdersPage()
    qtbot.addWidget(page, before_close_func=lambda p: p.entry._set_dirty(False))
    page.resize(1400, 850)
    page.show()
    qtbot.waitExposed(page)
    activate(page)
    return page


def texts(page: OrdersPage, row: int) -> list[str]:
    return [page.model.index(row, c).data() for c in range(len(COLUMNS))]


def test_the_list_shows_orders_and_filters_them(qtbot, orders):
    page = open_page(qtbot)
    assert page.count_label.text() == "2 orders"
    confirmed = orders["confirmed"]
    row = page.model.row_of(confirmed.id)
    values = texts(page, row)
    assert values[0] == confirmed.number and values[2] == "Béta Bolt Kft." and values[4] == "Confirmed"
    assert values[5] == page.model.index(row, COLUMNS.index("gross_total")).data()
    page.search.setFocus()
    type_text(page.search, "kovacs")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 order")
    assert texts(page, 0)[2] == "Kovács és Társa Kft."
    page.search.clear()
    page.state.setCurrentIndex(page.state.findData("draft"))
    assert page.model.rowCount() == 1 and texts(page, 0)[4] == "Draft"


def test_cancel_with_a_reason(qtbot, orders):
    page = open_page(qtbot)
    draft = orders["draft"]
    page.select_order(draft.id)
    errors = []

    def answer(dialog):
        assert isinstance(dialog, CancelOrderDialog)
        dialog.choose("other")  # "Other" needs a note
        dialog.accept()
        errors.append(dialog.ui.note_error.text())
        dialog.choose("competitor", "Cheaper at the competitor")
        dialog.accept()

    when_modal(qtbot, answer)
    page.cancel_button.click()
    assert errors == ["Say why the order is cancelled."]
    order = sale.get_order(draft.id)
    assert (order.state, order.cancel_reason, order.cancel_note) == ("cancelled", "competitor",
                                                                     "Cheaper at the competitor")
    assert texts(page, page.model.row_of(draft.id))[4] == "Cancelled"
    assert not page.cancel_button.isEnabled()


def test_ship_in_parts_then_the_rest_makes_it_delivered(qtbot, orders):
    page = open_page(qtbot)
    confirmed = orders["confirmed"]
    page.select_order(confirmed.id)
    changed = []
    page.order_changed.connect(changed.append)

    def first(dialog):
        assert isinstance(dialog, ShipDialog)
        assert [dialog.table.item(r, 4).text() for r in range(2)] == ["10", "24"]  # left to ship
        dialog.set_quantity(0, "4")
        dialog.set_quantity(1, "0")
        dialog.accept()

    when_modal(qtbot, first)
    page.ship_button.click()
    order = sale.get_order(confirmed.id)
    assert order.state == "shipped"
    assert [line.delivered_quantity for line in sale.order_lines(order.id)] == [Decimal("4"), Decimal("0")]
    assert texts(page, page.model.row_of(order.id))[4] == "Partly shipped"
    assert changed == [confirmed.client_id]

    def too_much(dialog):
        assert [dialog.table.item(r, 4).text() for r in range(2)] == ["6", "24"]
        dialog.set_quantity(0, "7")
        dialog.accept()  # refused: only 6 are left
        assert dialog.error.text().startswith("TEJ-002: only 6")  # the core's message names the line
        dialog.set_quantity(0, "6")
        dialog.accept()  # the proposed 24 of the second line stay

    when_modal(qtbot, too_much)
    page.ship_button.click()
    assert sale.get_order(confirmed.id).state == "delivered"
    assert texts(page, page.model.row_of(confirmed.id))[4] == "Delivered"
    assert not page.ship_button.isEnabled()
    assert [b.text() for b in page.findChildren(QPushButton) if "paid" in b.text().lower()] == []  # receivables say


def test_an_order_opens_in_the_entry_and_esc_goes_back(qtbot, orders):
    page = open_page(qtbot)
    confirmed = orders["confirmed"]
    page.select_order(confirmed.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.entry
    entry = page.entry
    assert entry.model.read_only and entry.title.text() == f"Order {confirmed.number}"
    assert not entry.save_button.isVisible() and entry.ship_button.isVisible()
    assert entry.gross_total.text().endswith("HUF")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_page


def test_new_order_for_a_client_and_the_saved_draft_in_the_list(qtbot, orders):
    page = open_page(qtbot)
    page.new_order(orders["client"].id)
    entry = page.entry
    assert page.stack.currentWidget() is entry
    assert entry.client_edit.text() == "Kovács és Társa Kft."
    entry.load_requests([sale.LineRequest(orders["products"]["TEJ-001"].id, Decimal("6"))])
    changed = []
    page.order_changed.connect(changed.append)
    assert entry.save()
    assert changed == [orders["client"].id]
    assert entry.close_entry()
    assert page.stack.currentWidget() is page.list_page
    assert page.count_label.text() == "3 orders"
    assert page.current_order_id() == entry.order_id


def test_the_head_approves_from_the_panel_beside_the_list(qtbot, orders, monkeypatch):
    products = orders["products"]
    order = sale.save_order({"client_id": orders["client"].id},
                            [sale.LineRequest(products["TEJ-002"].id, Decimal("5"), Decimal("15"))])
    head = factories.head_of_department("Fekete Béla")
    page = open_page(qtbot)
    assert page.tabs.tabText(1) == "My discount &requests"
    assert page.approvals.title.text() == "My discount requests"
    assert page.approvals.table.item(0, 3).text() == "Approval pending"
    assert texts(page, page.model.row_of(order.id))[6] == "Approval pending"
    company_service.set_current_manager(head.id)
    page.refresh()
    assert page.approvals.title.text() == "Discounts waiting for your approval"
    assert page.tabs.tabText(1) == "Discount &approvals (1)"
    monkeypatch.setattr(approvals, "ask_reason", lambda parent, title, label: None)  # cancelled
    assert not page.approvals.reject_current()
    monkeypatch.setattr(approvals, "ask_reason", lambda parent, title, label: "Not for this volume")
    assert page.approvals.reject_current()
    assert sale.approval_state(sale.get_order(order.id)) == "rejected"
    assert page.tabs.tabText(1) == "Discount &approvals"
    assert texts(page, page.model.row_of(order.id))[6] == "Discount rejected"


def test_the_orders_model_is_a_proper_item_model(qtbot, orders, qtmodeltester):
    page = open_page(qtbot)
    qtmodeltester.check(page.model, force_py=True)


def test_the_list_reads_a_page_at_a_time_and_a_refresh_keeps_an_order_far_down_selected(qtbot, orders, monkeypatch):
    from kamdesk.gui.sale.orders_page import OrdersModel

    monkeypatch.setattr(OrdersModel, "page_size", 2)
    client = orders["client"]
    older = [factories.order(client.id, None, (orders["products"]["TEJ-002"], "1", "0")) for _ in range(3)]
    page = open_page(qtbot)
    assert page.count_label.text() == "5 orders" and page.model.rowCount() == 2  # the first page only
    first = older[0]  # the oldest of the three: the second page's last row, below the first two
    page.listing.select(first.id)
    assert page.model.id_of(page.table.currentIndex().row()) == first.id and page.model.rowCount() == 4
    page.refresh(first.id)
    assert page.model.id_of(page.table.currentIndex().row()) == first.id
