"""A client's sales history (duty 2.15): its orders, revenue per month, top products, rhythm.

Everything the client card's Sales tab shows comes from one call,
`client_history(client_id)`. What counts as a sale: an order that is
confirmed, shipped or delivered (drafts are not sales yet, cancelled orders
never were); revenue is the net total. The window is the last 24 calendar
months, this month included.

Fast at a million order lines (budget 150 ms; about 10 ms for a client with
20,000 lines in the window, benchmarks/bench_sales_history.py): no line is
loaded into Python. The monthly figures, the count, the total and the rhythm
come from one row per sale of this client only, (order_date, net_total),
found through the order(client_id, state, order_date) index; the months are
bucketed here, which reads the same on SQLite and PostgreSQL (no strftime or
date_trunc). Top products are summed by SQL, the lines found through
order_line(order_id). `queries()` hands the statements to the benchmark,
which prints their query plans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from peewee import fn

from kamdesk.core.models import Order, OrderLine, Product
from kamdesk.core.money import QUANTITY_SCALE, from_minor, money_sum, to_minor
from kamdesk.core.services import catalogue
from kamdesk.core.services.sale_workflow import SOLD_STATES

SALES_STATES = SOLD_STATES  # a sale: the client committed to it
MONTHS = 24
RECENT_ORDERS = 50
TOP_PRODUCTS = 10
ZERO = Decimal("0.00")


class MonthRevenue(NamedTuple):
    """Net revenue of one calendar month; a month without sales is there with 0.00."""

    year: int
    month: int
    net: Decimal


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    order_date: dt.date
    state: str
    gross_total: Decimal
    currency: str


@dataclass(frozen=True)
class ProductSales:
    product_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    net: Decimal


@dataclass(frozen=True)
class SalesHistory:
    client_id: int
    currency: str  # the company's: the currency of the sums
    since: dt.date  # first day of the window (24 months, this month included)
    until: dt.date  # last day of the window (the end of this month)
    orders: list[OrderRow]  # the last RECENT_ORDERS orders in any state, newest first
    months: list[MonthRevenue]  # MONTHS entries, oldest first
    top_products: list[ProductSales]  # by net amount in the window, largest first
    last_order_date: dt.date | None  # of the last sale, at any time
    average_interval_days: Decimal | None  # between the days the client ordered in the window; one decimal
    order_count: int  # sales in the window
    net_total: Decimal  # their net total

    @property
    def best_month(self) -> Decimal:
        return max((month.net for month in self.months), default=ZERO)


def window(today: dt.date | None = None, months: int = MONTHS) -> tuple[dt.date, dt.date]:
    """(first day, last day) of the `months` calendar months that end with today's month."""
    today = today or dt.date.today()
    index = today.year * 12 + today.month - 1 - (months - 1)
    since = dt.date(index // 12, index % 12 + 1, 1)
    next_month = today.year * 12 + today.month  # index of the month after today's
    until = dt.date(next_month // 12, next_month % 12 + 1, 1) - dt.timedelta(days=1)
    return since, until


def queries(client_id: int, today: dt.date | None = None) -> dict[str, object]:
    """The statements client_history runs, by name (for the benchmark's EXPLAIN QUERY PLAN)."""
    since, until = window(today)
    sold = (Order.client == client_id) & Order.state.in_(SALES_STATES)
    in_window = sold & (Order.order_date >= since) & (Order.order_date <= until)
    # peewee never converts a bare SUM (even with .python_value): COALESCE carries the conversion
    net_sum = money_sum(OrderLine.net_amount)
    quantity_sum = fn.COALESCE(fn.SUM(OrderLine.quantity), 0).python_value(_quantity)
    return {
        "orders": (Order.select(Order.id, Order.number, Order.order_date, Order.state, Order.gross_total,
                                Order.currency)
                   .where(Order.client == client_id)
                   .order_by(Order.order_date.desc(), Order.id.desc()).limit(RECENT_ORDERS)),
        "sales": Order.select(Order.order_date, Order.net_total).where(in_window),
        "last_sale": Order.select(fn.MAX(Order.order_date)).where(sold),
        "top_products": (OrderLine.select(OrderLine.product, quantity_sum, net_sum)
                         .join(Order, on=(OrderLine.order == Order.id))
                         .where(in_window)
                         .group_by(OrderLine.product)
                         .order_by(net_sum.desc(), OrderLine.product)
                         .limit(TOP_PRODUCTS)),
    }


def client_history(client_id: int, today: dt.date | None = None) -> SalesHistory:
    """Everything the Sales tab of the client card shows, for the window ending with today's month."""
    since, until = window(today)
    statements = queries(client_id, today)
    orders = [OrderRow(*row) for row in statements["orders"].tuples()]

    by_month: dict[tuple[int, int], int] = {}
    order_days: set[dt.date] = set()
    count = total_minor = 0
    for order_date, net_total in statements["sales"].tuples():
        # the rows come converted: a date and a Decimal net total
        key = (order_date.year, order_date.month)
        minor = to_minor(net_total)
        by_month[key] = by_month.get(key, 0) + minor
        order_days.add(order_date)
        count += 1
        total_minor += minor
    months = []
    for index in range(since.year * 12 + since.month - 1, until.year * 12 + until.month):
        key = (index // 12, index % 12 + 1)
        months.append(MonthRevenue(key[0], key[1], from_minor(by_month.get(key, 0))))

    last_sale = statements["last_sale"].scalar()
    return SalesHistory(
        client_id=client_id, currency=catalogue.currency(), since=since, until=until, orders=orders,
        months=months, top_products=_top_products(statements["top_products"]),
        last_order_date=_as_date(last_sale), average_interval_days=average_interval(order_days),
        order_count=count, net_total=from_minor(total_minor))


def average_interval(days: set[dt.date] | list[dt.date]) -> Decimal | None:
    """The mean gap between successive ordering days, in days to one decimal; None under two days.

    Several orders on one day count as one visit of the client's buyer: two
    orders placed the same morning do not make it order "every 0 days".
    """
    distinct = sorted(set(days))
    if len(distinct) < 2:
        return None
    span = Decimal((distinct[-1] - distinct[0]).days) / (len(distinct) - 1)
    return span.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _top_products(query) -> list[ProductSales]:
    sums = list(query.tuples())
    products = {row[0]: row[1:] for row in Product.select(Product.id, Product.sku, Product.name, Product.unit)
                .where(Product.id.in_([row[0] for row in sums])).tuples()}
    result = []
    for product_id, quantity, net in sums:
        sku, name, unit = products.get(product_id, ("", "", ""))
        result.append(ProductSales(product_id=product_id, sku=sku, name=name, unit=unit,
                                   quantity=quantity, net=net))
    return result


def _quantity(raw) -> Decimal:
    return Decimal(int(raw or 0)).scaleb(-QUANTITY_SCALE)


def _as_date(value) -> dt.date | None:
    """MAX(order_date) comes back as text on SQLite and as a date on PostgreSQL."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
