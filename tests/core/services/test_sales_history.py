"""A client's sales history: orders, revenue per month, top products, the rhythm of its orders."""

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.core.services import sale
from kamdesk.core.services.party import save_client
from kamdesk.core.services.sales_history import (
    MONTHS,
    RECENT_ORDERS,
    MonthRevenue,
    average_interval,
    client_history,
    window,
)
from tests import factories

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def products(company):
    """A list price column and three products: two by the piece, one by the kilogram."""
    return factories.priced_products((("A-1", "Alma", "pc", "1000"), ("B-2", "Búza", "kg", "250.50"),
                                      ("C-3", "Cékla", "pc", "80")), category="Food / Fresh")


def place(client_id, day, lines, state="confirmed"):
    """An order saved through the sale service and moved to `state` the way the manager would."""
    requests = [sale.LineRequest(product_id=product_id, quantity=Decimal(quantity)) for product_id, quantity in lines]
    order = sale.save_order({"client_id": client_id, "order_date": day}, requests)
    if state == "draft":
        return order
    if state == "cancelled":
        return sale.cancel_order(order.id, "price")
    sale.confirm_order(order.id)
    if state in ("shipped", "delivered"):
        line = sale.order_lines(order.id)[0]
        sale.ship_order(order.id, {line.id: line.quantity if state == "delivered" else Decimal("0.5")}, day)
        if state == "delivered" and len(sale.order_lines(order.id)) > 1:
            others = {item.id: item.quantity for item in sale.order_lines(order.id)[1:]}
            sale.ship_order(order.id, others, day)
    return sale.get_order(order.id)


@pytest.fixture
def client_with_orders(products):
    client = save_client({"name": "Vevő Kft.", "status": "active"})
    a, b, c = products["A-1"], products["B-2"], products["C-3"]
    orders = {
        "old": place(client.id, dt.date(2024, 3, 31), [(a, 5)], "delivered"),  # before the window
        "first": place(client.id, dt.date(2024, 4, 1), [(c, 10)], "delivered"),  # its first day
        "june": place(client.id, dt.date(2025, 6, 20), [(a, 1), (c, 1)], "delivered"),
        "january": place(client.id, dt.date(2026, 1, 10), [(c, 3)], "shipped"),
        "march": place(client.id, dt.date(2026, 3, 2), [(a, 2), (b, "1.5")]),
        "march_again": place(client.id, dt.date(2026, 3, 2), [(a, 1)], "delivered"),
        "cancelled": place(client.id, dt.date(2026, 2, 1), [(a, 100)], "cancelled"),
        "draft": place(client.id, dt.date(2026, 3, 10), [(b, 40)], "draft"),
    }
    return client, orders


def test_window_is_24_calendar_months_ending_with_this_month():
    assert window(TODAY) == (dt.date(2024, 4, 1), dt.date(2026, 3, 31))
    assert window(dt.date(2026, 12, 31)) == (dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert window(dt.date(2024, 2, 29), months=1) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_revenue_per_month_counts_sales_only_and_keeps_empty_months(client_with_orders):
    client, _ = client_with_orders
    history = client_history(client.id, TODAY)
    assert len(history.months) == MONTHS
    assert history.months[0] == MonthRevenue(2024, 4, Decimal("800.00"))  # 10 × 80, on the window's first day
    assert history.months[-1] == (2026, 3, Decimal("3376.00"))  # 2 × 1000 + 1.5 × 250.50 (to whole HUF) + 1000
    by_month = {(m.year, m.month): m.net for m in history.months}
    assert by_month[(2025, 6)] == Decimal("1080.00")
    assert by_month[(2026, 1)] == Decimal("240.00")
    assert by_month[(2026, 2)] == Decimal("0.00")  # only a cancelled order that month
    assert sum(1 for m in history.months if m.net) == 4
    assert all(isinstance(m.net, Decimal) for m in history.months)
    assert history.best_month == Decimal("3376.00")


def test_totals_and_count_are_the_sales_in_the_window(client_with_orders):
    client, orders = client_with_orders
    history = client_history(client.id, TODAY)
    counted = [orders[name] for name in ("first", "june", "january", "march", "march_again")]
    assert history.order_count == 5
    assert history.net_total == sum(order.net_total for order in counted)
    assert history.net_total == sum(m.net for m in history.months)
    assert history.currency == "HUF"
    assert history.last_order_date == dt.date(2026, 3, 2)  # the draft of 10 March is no sale yet


def test_average_interval_is_between_ordering_days(client_with_orders):
    client, _ = client_with_orders
    history = client_history(client.id, TODAY)
    # four ordering days in the window (two orders on 2 March are one day)
    days = (dt.date(2026, 3, 2) - dt.date(2024, 4, 1)).days
    assert history.average_interval_days == (Decimal(days) / 3).quantize(Decimal("0.1"))
    assert average_interval([dt.date(2026, 1, 1)]) is None
    assert average_interval([dt.date(2026, 1, 1), dt.date(2026, 1, 1)]) is None
    assert average_interval([dt.date(2026, 1, 1), dt.date(2026, 1, 8), dt.date(2026, 1, 12)]) == Decimal("5.5")


def test_orders_list_has_every_state_newest_first(client_with_orders):
    client, orders = client_with_orders
    history = client_history(client.id, TODAY)
    assert [row.number for row in history.orders] == [orders[name].number for name in (
        "draft", "march_again", "march", "cancelled", "january", "june", "first", "old")]
    first = history.orders[0]
    assert first.order_date == dt.date(2026, 3, 10) and first.state == "draft"
    assert first.gross_total == orders["draft"].gross_total == Decimal("12725.00")  # 40 × 250.50 + 27 % VAT, HUF
    states = {row.number: row.state for row in history.orders}
    assert states[orders["cancelled"].number] == "cancelled"
    assert states[orders["january"].number] == "shipped"
    # on the same day the later order comes first
    march = [row.number for row in history.orders if row.order_date == dt.date(2026, 3, 2)]
    assert march == [orders["march_again"].number, orders["march"].number]


def test_top_products_by_net_in_the_window(client_with_orders):
    client, _ = client_with_orders
    top = client_history(client.id, TODAY).top_products
    assert [(p.sku, p.quantity, p.net) for p in top] == [
        ("A-1", Decimal("4.000"), Decimal("4000.00")),  # 1 + 2 + 1; the 5 of March 2024 and the cancelled 100 left out
        ("C-3", Decimal("14.000"), Decimal("1120.00")),
        ("B-2", Decimal("1.500"), Decimal("376.00")),  # the draft's 40 kg are no sale
    ]
    assert top[0].name == "Alma" and top[2].unit == "kg"


def test_a_client_without_orders(products):
    client = save_client({"name": "Új Vevő Kft."})
    history = client_history(client.id, TODAY)
    assert history.orders == [] and history.top_products == []
    assert [m.net for m in history.months] == [Decimal("0.00")] * MONTHS
    assert history.last_order_date is None and history.average_interval_days is None
    assert history.order_count == 0 and history.net_total == Decimal("0.00")


def test_orders_list_stops_at_the_last_fifty(products):
    client = save_client({"name": "Gyakori Vevő Kft."})
    first_day = dt.date(2025, 1, 1)
    for day in range(RECENT_ORDERS + 5):
        place(client.id, first_day + dt.timedelta(days=day), [(products["C-3"], 1)], "draft")
    history = client_history(client.id, TODAY)
    assert len(history.orders) == RECENT_ORDERS
    assert history.orders[0].order_date == first_day + dt.timedelta(days=RECENT_ORDERS + 4)
    assert history.orders[-1].order_date == first_day + dt.timedelta(days=5)
    assert history.order_count == 0  # drafts only


def test_other_clients_do_not_count(client_with_orders, products):
    client, _ = client_with_orders
    other = save_client({"name": "Másik Kft."})
    place(other.id, dt.date(2026, 3, 1), [(products["A-1"], 50)])
    history = client_history(client.id, TODAY)
    assert history.months[-1].net == Decimal("3376.00")
    assert history.top_products[0].quantity == Decimal("4.000")
    assert client_history(other.id, TODAY).order_count == 1
