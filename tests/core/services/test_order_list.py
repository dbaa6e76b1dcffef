"""The orders list read a page at a time: the count, the pages newest first, where an order stands."""

import datetime as dt

from kamdesk.core.services import sale
from kamdesk.core.services.order_list import OrderFilter, order_count, order_page, order_position
from tests import factories

DAY = dt.date(2026, 11, 30)


def placed(shop) -> list:
    """Five orders of two clients over three days (two on the same day), the last one cancelled."""
    other = factories.client("Béta Bolt Kft.", legal_city="Pécs")
    milk = (shop["milk"], "1", "0")
    made = [factories.order(client.id, DAY + dt.timedelta(days=days), milk)
            for client, days in ((shop["client"], 0), (other, 1), (shop["client"], 1), (other, 2), (other, 2))]
    sale.cancel_order(sale.get_order(made[-1].id), "price")
    return made


def test_pages_come_newest_first_and_end_with_the_count(shop):
    made = placed(shop)
    everything = OrderFilter()
    assert order_count(everything) == 5
    newest_first = [made[4].id, made[3].id, made[2].id, made[1].id, made[0].id]  # by day, then the later id
    pages = [order_page(everything, start, 2) for start in (0, 2, 4, 6)]
    assert [[row.id for row in page] for page in pages] == [newest_first[:2], newest_first[2:4], newest_first[4:], []]
    assert pages[0][1].client == "Béta Bolt Kft." and pages[0][0].state == "cancelled"


def test_filters_narrow_the_count_the_pages_and_the_positions(shop):
    made = placed(shop)
    beta_open = OrderFilter(text="beta", state="open")
    assert order_count(beta_open) == 2
    assert [row.id for row in order_page(beta_open, 0, 10)] == [made[3].id, made[1].id]
    assert order_count(OrderFilter(client_id=shop["client"].id)) == 2
    assert order_count(OrderFilter(text=made[0].number)) == 1


def test_an_orders_position_counts_the_newer_ones_it_matches(shop):
    made = placed(shop)
    everything = OrderFilter()
    assert [order_position(everything, order.id) for order in made] == [4, 3, 2, 1, 0]
    beta_open = OrderFilter(text="beta", state="open")
    assert order_position(beta_open, made[1].id) == 1
    assert order_position(beta_open, made[4].id) is None  # cancelled: not among the open ones
    assert order_position(beta_open, made[0].id) is None  # another client's
