"""Analytics by segment and category: revenue, growth, penetration and assortment gaps.

For a period (default: the last 12 months up to today) and the same days a year before:

- revenue: the net amount of the lines of sold orders (`kpi.sold_states()`), dated in the period, by the
  client's segment and the product's category rolled up to a level of the category tree (`depth` 1: the main
  categories). Revenue is in the company's currency; orders in another currency are summed apart per
  currency (`other`), never into the same figure, and take no part in growth or potential;
- growth: this period's revenue against the year before's, in per cent (none when the year before had none);
- penetration: of the segment's active clients (those with a sold order in the period), the share buying the
  category;
- assortment gaps: a segment's common categories are those at least `common_share` per cent of its active
  clients buy (a segment needs `MIN_SEGMENT_CLIENTS` active clients for it); each active client of the
  segment not buying one is a gap, with the segment's average revenue per buying client as its potential
  (rounded to the currency's unit).

A manager filter counts the orders that manager took (the order's manager, as the KPIs do). Everything is
read by one grouped query over the lines of both periods; nothing here writes. No Qt.

`price_worksheet` gathers what the price-change proposal worksheet (`documents/price_worksheet_xlsx`) shows
per product of a category (its subcategories too) and/or of what a segment bought: our price in every column
(derived columns computed), the quantity sold and its net revenue in the last 12 months (company currency),
the latest price each competitor was seen asking for the product in that currency, and the proposal, at first
the default column's price.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from peewee import Case, fn

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.reports.model import check_year
from kamdesk.core.messages import Message
from kamdesk.core.models import Category, Client, Manager, OrderLine, Product, Segment
from kamdesk.core.models.sale import Order
from kamdesk.core.money import round_to_currency
from kamdesk.core.services import catalogue, competitors
from kamdesk.core.services.catalogue_read import category_paths
from kamdesk.core.services.kpi import month_start, sold_states

NO_SEGMENT = 0  # the segment filter's value for clients without a segment
DEFAULT_COMMON_SHARE = Decimal(50)
MIN_SEGMENT_CLIENTS = 3
CHUNK = 5000  # ids per IN (...) list: SQLite's bound-variable limit is far above, PostgreSQL's too
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class AnalyticsFilter:
    start: dt.date
    end: dt.date
    manager_id: int | None = None
    segment_id: int | None = None  # None: every segment; NO_SEGMENT: the clients without one
    depth: int = 1  # the level of the category tree figures are rolled up to (1: main categories)
    common_share: Decimal = DEFAULT_COMMON_SHARE


@dataclass
class CategoryRow:
    """One segment × category: revenue this period and the year before, growth, penetration."""

    segment_id: int | None
    segment: str  # "" without a segment
    category_id: int | None
    category: str  # the category's path, "" without a category
    revenue: Decimal = ZERO
    previous: Decimal = ZERO
    growth: Decimal | None = None
    buyers: int = 0  # active clients of the segment buying the category
    previous_buyers: int = 0
    penetration: Decimal | None = None
    previous_penetration: Decimal | None = None
    other: dict[str, Decimal] = field(default_factory=dict)  # this period's revenue in other currencies


@dataclass
class SegmentRow:
    """A segment's totals: revenue, growth and active clients, this period and the year before."""

    segment_id: int | None
    segment: str
    revenue: Decimal = ZERO
    previous: Decimal = ZERO
    growth: Decimal | None = None
    active: int = 0
    previous_active: int = 0
    other: dict[str, Decimal] = field(default_factory=dict)


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to make, and there may be 100,000 gaps
class GapRow:
    """An active client not buying a category most of its segment buys."""

    client_id: int
    client: str
    manager: str  # the client's manager
    segment_id: int | None
    segment: str
    category_id: int | None
    category: str
    penetration: Decimal  # of the category in the segment
    potential: Decimal  # the segment's revenue of the category per buying client
    bought_before: bool  # the client bought the category in the year before


@dataclass
class Analysis:
    filter: AnalyticsFilter
    previous_start: dt.date
    previous_end: dt.date
    currency: str
    rows: list[CategoryRow]
    segments: list[SegmentRow]
    gaps: list[GapRow]


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last 12 months: from the first day of the month 11 months back to today."""
    today = today or dt.date.today()
    return month_start(today, 11), today


def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (29 February: the 28th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28 if day.month == 2 else day.day))


def growth(now: Decimal, before: Decimal) -> Decimal | None:
    """The change from `before` to `now` in per cent, one decimal; None when there was nothing before."""
    return _percent(now - before, before)


def _percent(part, whole) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP) + 0  # + 0: never -0.0


def analyse(flt: AnalyticsFilter) -> Analysis:
    """The figures of the filter's period and the year before, and the gaps (see the module's docstring)."""
    check_year(flt.start)
    check_year(flt.end)
    if flt.end < flt.start:
        raise ValidationError({"period": Message("The last day is before the first.")})
    reading = _Reading(flt)
    add = reading.add
    for fact in reading.facts():
        add(*fact)
    return reading.analysis()


class _Reading:
    """Sums the grouped lines (client, category, currency) into segment × category figures, in hundredths."""

    def __init__(self, flt: AnalyticsFilter):
        self.flt = flt
        self.before = (year_before(flt.start), year_before(flt.end))
        self.currency = catalogue.currency()
        self.parents = catalogue.category_parents()
        self.rolled: dict[int | None, int | None] = {}
        self.client_segment = self._segments_of_clients()
        self.money: dict[tuple, list[int]] = {}  # (segment, category) -> [now, before]
        self.other: dict[tuple, dict[str, int]] = {}  # (segment, category) -> currency -> now
        self.bought: dict[int, set] = {}  # client -> categories bought this period
        self.bought_before: dict[int, set] = {}

    def _segments_of_clients(self) -> dict[int, int]:
        """The segment of every client that has one (a client missing here has none)."""
        query = Client.select(Client.id, Client.segment).where(Client.segment.is_null(False))
        if self.flt.segment_id:
            query = query.where(Client.segment == self.flt.segment_id)
        return dict(database.execute(query))

    def facts(self):
        """(client, category, currency, net now, lines now, net before, lines before) per group, as the driver
        gives them (peewee's row conversion would cost a third of the time at 100,000 clients)."""
        return database.execute(self.query())

    def query(self):
        """The grouped query of `facts`."""
        flt, (first, last) = self.flt, self.before
        now = Order.order_date.between(flt.start, flt.end)
        before = Order.order_date.between(first, last)
        query = (OrderLine.select(Order.client, Product.category, Order.currency,
                                  fn.SUM(Case(None, [(now, OrderLine.net_amount)], 0)),
                                  fn.SUM(Case(None, [(now, 1)], 0)),
                                  fn.SUM(Case(None, [(before, OrderLine.net_amount)], 0)),
                                  fn.SUM(Case(None, [(before, 1)], 0)))
                 .join(Order).switch(OrderLine).join(Product)
                 .where(Order.state.in_(sold_states()) & (now | before))
                 .group_by(Order.client, Product.category, Order.currency))
        if flt.manager_id:
            query = query.where(Order.manager == flt.manager_id)
        if flt.segment_id is not None:  # the clients of a segment, or those without one
            segment = Client.segment.is_null() if flt.segment_id == NO_SEGMENT else Client.segment == flt.segment_id
            query = query.where(Order.client.in_(Client.select(Client.id).where(segment)))
        return query

    def category(self, category_id: int | None) -> int | None:
        """The category's ancestor at the filter's depth (itself when it is not that deep)."""
        if category_id not in self.rolled:
            chain = catalogue.category_ancestors(category_id, self.parents)[::-1]
            self.rolled[category_id] = chain[min(self.flt.depth, len(chain)) - 1] if chain else None
        return self.rolled[category_id]

    def add(self, client, category, currency, net_now, lines_now, net_before, lines_before) -> None:
        category = self.rolled[category] if category in self.rolled else self.category(category)
        key = (self.client_segment.get(client), category)
        money = self.money.get(key)
        if money is None:
            money = self.money[key] = [0, 0]
        if currency == self.currency:
            money[0] += int(net_now)
            money[1] += int(net_before)
        elif lines_now:
            other = self.other.setdefault(key, {})
            other[currency] = other.get(currency, 0) + int(net_now)
        if lines_now:
            self.bought.setdefault(client, set()).add(category)
        if lines_before:
            self.bought_before.setdefault(client, set()).add(category)

    def analysis(self) -> Analysis:
        segment_names, paths = dict(Segment.select(Segment.id, Segment.name).tuples()), category_paths()
        self.rows = {key: CategoryRow(key[0], segment_names.get(key[0], ""), key[1], paths.get(key[1], ""),
                                      _hundredths(now), _hundredths(before),
                                      other={c: _hundredths(v) for c, v in self.other.get(key, {}).items()})
                     for key, (now, before) in self.money.items()}
        self.segments: dict[int | None, SegmentRow] = {}
        for row in self.rows.values():
            total = self.segments.get(row.segment_id) or self.segments.setdefault(
                row.segment_id, SegmentRow(row.segment_id, row.segment))
            total.revenue += row.revenue
            total.previous += row.previous
            for currency, amount in row.other.items():
                total.other[currency] = total.other.get(currency, ZERO) + amount
        self._count(self.bought, "buyers", "active")
        self._count(self.bought_before, "previous_buyers", "previous_active")
        for row in self.rows.values():
            row.growth = growth(row.revenue, row.previous)
            active = self.segments[row.segment_id]
            row.penetration = _percent(row.buyers, active.active)
            row.previous_penetration = _percent(row.previous_buyers, active.previous_active)
        for total in self.segments.values():
            total.growth = growth(total.revenue, total.previous)
        rows = sorted(self.rows.values(), key=lambda r: (r.segment_id is None, r.segment, r.category_id is None,
                                                         r.category))
        segments = sorted(self.segments.values(), key=lambda s: (s.segment_id is None, s.segment))
        return Analysis(self.flt, *self.before, self.currency, rows, segments, self._gaps())

    def _count(self, bought: dict[int, set], buyers: str, active: str) -> None:
        for client, categories in bought.items():
            segment = self.client_segment.get(client)
            total = self.segments[segment]
            setattr(total, active, getattr(total, active) + 1)
            for category in categories:
                row = self.rows[(segment, category)]
                setattr(row, buyers, getattr(row, buyers) + 1)

    def _gaps(self) -> list[GapRow]:
        common = self._common()
        missing = []
        for client, categories in self.bought.items():
            for row, potential in common.get(self.client_segment.get(client), ()):
                if row.category_id not in categories:
                    missing.append((client, row, potential))
        names = _clients(sorted({client for client, _, _ in missing}))
        gaps = [GapRow(client, *names[client], row.segment_id, row.segment, row.category_id, row.category,
                       row.penetration, potential, row.category_id in self.bought_before.get(client, ()))
                for client, row, potential in missing]
        return sorted(gaps, key=lambda g: (-g.potential, g.client, g.category))

    def _common(self) -> dict[int | None, list[tuple[CategoryRow, Decimal]]]:
        """Per segment with enough active clients, the categories at least `common_share` % of them buy, each
        with its potential: the segment's revenue of it per buying client."""
        common: dict[int | None, list[tuple[CategoryRow, Decimal]]] = {}
        for row in self.rows.values():
            if (self.segments[row.segment_id].active >= MIN_SEGMENT_CLIENTS and row.buyers
                    and row.penetration >= self.flt.common_share):
                potential = round_to_currency(row.revenue / row.buyers, self.currency)
                common.setdefault(row.segment_id, []).append((row, potential))
        return common


def _clients(ids: list[int]) -> dict[int, tuple[str, str]]:
    """Each client's name and manager's name (a client without a manager: ""); many at once are read in one go
    rather than in lists of ids."""
    managers = dict(Manager.select(Manager.id, Manager.name).tuples())
    query = Client.select(Client.id, Client.name, Client.manager)
    if len(ids) <= CHUNK:
        query = query.where(Client.id.in_(ids))
    wanted = set(ids)
    return {client_id: (name, managers.get(manager_id, ""))
            for client_id, name, manager_id in database.execute(query) if client_id in wanted}


def _hundredths(minor: int) -> Decimal:
    return Decimal(minor).scaleb(-2).quantize(ZERO)  # 0.00, never 0E-2


@dataclass(frozen=True)
class WorksheetProduct:
    product_id: int
    sku: str
    name: str
    unit: str
    prices: dict[int, Decimal]  # price column id -> our price
    volume: Decimal  # quantity sold in the period
    revenue: Decimal  # its net amount
    competitors: dict[str, Decimal]  # competitor -> latest price seen
    proposed: Decimal | None  # the proposal, at first the default column's price


@dataclass(frozen=True)
class PriceWorksheet:
    start: dt.date
    end: dt.date
    currency: str
    category: str  # the category's path, "" for every category
    segment: str  # "" for every segment
    columns: list[tuple[int, str]]  # our price columns, id and name, in their order
    default_column_id: int | None
    competitors: list[str]
    products: list[WorksheetProduct]


def price_worksheet(category_id: int | None = None, segment_id: int | None = None,
                    today: dt.date | None = None) -> PriceWorksheet:
    """The worksheet's figures: the products of the category (every active one, and any sold), or without a
    category those sold in the period; volume and revenue from the segment's clients when one is given."""
    start, end = default_period(today)
    category = _worksheet_category(category_id)
    categories = catalogue.category_and_descendants(category_id) if category_id else None
    sold = _sold_products(start, end, categories, segment_id)
    ids = set(sold)
    if categories:
        ids |= {pid for (pid,) in Product.select(Product.id).where(
            Product.category.in_(list(categories)) & (Product.active == True)).tuples()}  # noqa: E712
    products = _products(sorted(ids))
    columns = catalogue.list_columns()
    prices = {column.id: _column_prices(list(products), column.id) for column in columns}
    default = catalogue.default_column()
    seen = _competitor_prices(set(products), catalogue.currency())
    rows = [_worksheet_row(product, prices, sold.get(product.id, (Decimal(0), ZERO)), seen.get(product.id, {}),
                           default.id if default else None)
            for product in sorted(products.values(), key=lambda p: p.sku)]
    segment = Segment.get_or_none(Segment.id == segment_id) if segment_id else None
    return PriceWorksheet(start, end, catalogue.currency(), category, segment.name if segment else "",
                          [(column.id, column.name) for column in columns], default.id if default else None,
                          sorted({name for row in rows for name in row.competitors}), rows)


def _worksheet_category(category_id: int | None) -> str:
    if not category_id:
        return ""
    Category.get_or_not_found(Category.id == category_id, Message("There is no category with id {id}.",
                                                                  id=category_id))
    return category_paths().get(category_id, "")


def _sold_products(start, end, categories: set[int] | None, segment_id) -> dict[int, tuple[Decimal, Decimal]]:
    """Per product sold in the period in the company's currency: the quantity and the net revenue."""
    query = (OrderLine.select(OrderLine.product, fn.SUM(OrderLine.quantity), fn.SUM(OrderLine.net_amount))
             .join(Order).where(Order.state.in_(sold_states()) & Order.order_date.between(start, end)
                                & (Order.currency == catalogue.currency()))
             .group_by(OrderLine.product))
    if categories:
        query = query.switch(OrderLine).join(Product).where(Product.category.in_(list(categories)))
    if segment_id:
        query = query.switch(Order).join(Client).where(Client.segment == segment_id)
    return {product: (Decimal(int(quantity)).scaleb(-3), Decimal(int(net)).scaleb(-2))
            for product, quantity, net in query.tuples()}


def _products(ids: list[int]) -> dict[int, Product]:
    found = {}
    for start in range(0, len(ids), CHUNK):
        for product in Product.select(Product.id, Product.sku, Product.name, Product.unit).where(
                Product.id.in_(ids[start:start + CHUNK])):
            found[product.id] = product
    return found


def _column_prices(ids: list[int], column_id: int) -> dict[int, Decimal]:
    prices = {}
    for start in range(0, len(ids), CHUNK):
        prices.update(catalogue.column_prices(ids[start:start + CHUNK], column_id))
    return prices


def _competitor_prices(product_ids: set[int], currency: str) -> dict[int, dict[str, Decimal]]:
    """Per product, each competitor's latest price in `currency` (a price in another is not converted)."""
    seen: dict[int, dict[str, Decimal]] = {}
    for row in competitors.price_comparison():
        if row.product_id in product_ids and row.currency == currency:
            seen.setdefault(row.product_id, {})[row.competitor] = row.price
    return seen


def _worksheet_row(product, prices, sold, seen, default_id) -> WorksheetProduct:
    ours = {column_id: by_product[product.id] for column_id, by_product in prices.items() if product.id in by_product}
    return WorksheetProduct(product.id, product.sku, product.name, product.unit, ours, sold[0], sold[1], seen,
                            ours.get(default_id))
