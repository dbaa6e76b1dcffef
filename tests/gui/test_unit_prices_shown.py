"""A unit price is shown with the precision it carries on every screen, as the offer's PDF and workbook print it."""

from decimal import Decimal

from kamdesk.core.services import catalogue, party, sale
from kamdesk.core.services import offer as offer_service
from tests.gui.test_catalogue_page import open_page, price
from tests.gui.test_offer_entry import open_entry
from tests.gui.test_order_entry import cell

NBSP = "\u00a0"


def fractional_price(shop) -> None:
    """SAJT-010 at 125 000,50 Ft and VAJ-250 at 125 001 Ft in the list column, which the client now buys from."""
    listed = catalogue.list_columns()[0]
    catalogue.set_price(shop["products"]["SAJT-010"].id, listed.id, Decimal("125000.50"))
    catalogue.set_price(shop["products"]["VAJ-250"].id, listed.id, Decimal("125001"))
    party.save_client({"price_column": listed.id}, client_id=shop["client"].id)


def test_catalogue_shows_the_price_as_it_carries(qtbot, shop, hungarian):
    fractional_price(shop)
    page = open_page(qtbot)
    assert price(page, "SAJT-010", "Lista") == f"125{NBSP}000,50"
    assert price(page, "VAJ-250", "Lista") == f"125{NBSP}001"


def test_offer_lines_show_the_price_as_it_carries_and_add_up(qtbot, shop, hungarian):
    fractional_price(shop)
    products = shop["products"]
    offer = offer_service.save_offer({"client_id": shop["client"].id}, [
        sale.LineRequest(products["SAJT-010"].id, Decimal(2), Decimal(0)),
        sale.LineRequest(products["VAJ-250"].id, Decimal(1), Decimal(0))])
    entry = open_entry(qtbot)
    entry.open_offer(offer.id)
    assert [cell(entry, row, "unit_price") for row in range(2)] == [f"125{NBSP}000,50", f"125{NBSP}001"]
    assert [cell(entry, row, "net") for row in range(2)] == [f"250{NBSP}001", f"125{NBSP}001"]
