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
  segment not buying one is a gap, with the segment's average revenue per buying client as its potential.

A manager filter counts the orders that manager took (the order's manager, as the KPIs do). Everything is
read by one grouped query over the lines of both periods; nothing here writes. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from peewee import Case, fn

from kamdesk.core.models import Client, Manager, OrderLine, Product, Segment
from kamdesk.core.models.sale import Order
from kamdesk.core.services import catalogue
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


@dataclass(frozen=True)
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
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def analyse(flt: AnalyticsFilter) -> Analysis:
    """The figures of the filter's period and the year before, and the gaps (see the module's docstring)."""
    reading = _Reading(flt)
    for fact in reading.facts():
        reading.add(*fact)
    return reading.analysis()


class _Reading:
    """Sums the grouped lines (client, category, currency) into segment × category figures."""

    def __init__(self, flt: AnalyticsFilter):
        self.flt = flt
        self.before = (year_before(flt.start), year_before(flt.end))
        self.currency = catalogue.currency()
        self.paths = category_paths()
        self.rolled: dict[int | None, int | None] = {}
        self.parents = catalogue.category_parents()
        self.rows: dict[tuple, CategoryRow] = {}
        self.segments: dict[int | None, SegmentRow] = {}
        self.segment_names = dict(Segment.select(Segment.id, Segment.name).tuples())
        self.bought: dict[int, set] = {}  # client -> categories bought this period
        self.bought_before: dict[int, set] = {}
        self.client_segment: dict[int, int | None] = {}

    def facts(self):
        """(client, segment, category, currency, net now, lines now, net before, lines before) per group."""
        flt, (first, last) = self.flt, self.before
        now = Order.order_date.between(flt.start, flt.end)
        before = Order.order_date.between(first, last)
        query = (OrderLine.select(Order.client, Client.segment, Product.category, Order.currency,
                                  fn.SUM(Case(None, [(now, OrderLine.net_amount)], 0)),
                                  fn.SUM(Case(None, [(now, 1)], 0)),
                                  fn.SUM(Case(None, [(before, OrderLine.net_amount)], 0)),
                                  fn.SUM(Case(None, [(before, 1)], 0)))
                 .join(Order).join(Client).switch(OrderLine).join(Product)
                 .where(Order.state.in_(sold_states()) & (now | before))
                 .group_by(Order.client, Client.segment, Product.category, Order.currency))
        if flt.manager_id:
            query = query.where(Order.manager == flt.manager_id)
        if flt.segment_id == NO_SEGMENT:
            query = query.where(Client.segment.is_null())
        elif flt.segment_id:
            query = query.where(Client.segment == flt.segment_id)
        return query.tuples().iterator()

    def category(self, category_id: int | None) -> int | None:
        """The category's ancestor at the filter's depth (itself when it is not that deep)."""
        if category_id not in self.rolled:
            chain = catalogue.category_ancestors(category_id, self.parents)[::-1]
            self.rolled[category_id] = chain[min(self.flt.depth, len(chain)) - 1] if chain else None
        return self.rolled[category_id]

    def add(self, client, segment, category, currency, net_now, lines_now, net_before, lines_before) -> None:
        category = self.category(category)
        row = self.rows.get((segment, category)) or self._row(segment, category)
        total = self.segments.get(segment) or self._segment(segment)
        self.client_segment[client] = segment
        if currency == self.currency:
            now, before = Decimal(int(net_now)).scaleb(-2), Decimal(int(net_before)).scaleb(-2)
            row.revenue += now
            row.previous += before
            total.revenue += now
            total.previous += before
        elif lines_now:
            amount = Decimal(int(net_now)).scaleb(-2)
            row.other[currency] = row.other.get(currency, ZERO) + amount
            total.other[currency] = total.other.get(currency, ZERO) + amount
        if lines_now:
            self.bought.setdefault(client, set()).add(category)
        if lines_before:
            self.bought_before.setdefault(client, set()).add(category)

    def _row(self, segment, category) -> CategoryRow:
        row = CategoryRow(segment, self.segment_names.get(segment, ""), category, self.paths.get(category, ""))
        self.rows[(segment, category)] = row
        return row

    def _segment(self, segment) -> SegmentRow:
        row = SegmentRow(segment, self.segment_names.get(segment, ""))
        self.segments[segment] = row
        return row

    def analysis(self) -> Analysis:
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
            segment = self.client_segment[client]
            total = self.segments[segment]
            setattr(total, active, getattr(total, active) + 1)
            for category in categories:
                row = self.rows[(segment, category)]
                setattr(row, buyers, getattr(row, buyers) + 1)

    def _gaps(self) -> list[GapRow]:
        common = self._common()
        if not common:
            return []
        missing = []
        for client, categories in self.bought.items():
            for row in common.get(self.client_segment[client], ()):
                if row.category_id not in categories:
                    missing.append((client, row))
        names = _clients(sorted({client for client, _ in missing}))
        gaps = [GapRow(client, *names[client], row.segment_id, row.segment, row.category_id, row.category,
                       row.penetration, _money(row.revenue / row.buyers),
                       row.category_id in self.bought_before.get(client, ()))
                for client, row in missing]
        return sorted(gaps, key=lambda g: (-g.potential, g.client, g.category))

    def _common(self) -> dict[int | None, list[CategoryRow]]:
        """Per segment with enough active clients, the categories at least `common_share` % of them buy."""
        common: dict[int | None, list[CategoryRow]] = {}
        for row in self.rows.values():
            if (self.segments[row.segment_id].active >= MIN_SEGMENT_CLIENTS and row.penetration is not None
                    and row.penetration >= self.flt.common_share):
                common.setdefault(row.segment_id, []).append(row)
        return common


def _clients(ids: list[int]) -> dict[int, tuple[str, str]]:
    """Each client's name and manager's name (a client without a manager: "")."""
    found: dict[int, tuple[str, str]] = {}
    managers = dict(Manager.select(Manager.id, Manager.name).tuples())
    for start in range(0, len(ids), CHUNK):
        query = Client.select(Client.id, Client.name, Client.manager).where(Client.id.in_(ids[start:start + CHUNK]))
        for client_id, name, manager_id in query.tuples():
            found[client_id] = (name, managers.get(manager_id, ""))
    return found


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)
