"""The clients behind each KPI figure, per manager (the order's manager, as the KPIs count) and period.

- sales: the clients with a sale dated in the period (up to the day asked), by their net total in the company's
  currency (as the sales KPI: an order in another currency lists its client, adds no money);
- active: the clients that make the active-clients figure (a sale in the active window, see `kpi`);
- lapsed: active on the day before the period began (a sale in the window ending that day) and not now;
- new: the clients whose first ever sale falls in the period, for the manager who took it;
- lapsing (about to lapse): active, and their latest sale, whoever took it, is `kpi.lapse_days()` or more
  days old.

For the department (manager None) a client counts once, whichever managers sold to it, so a client that
moved from one manager to another has lapsed for the first but not for the department. Each listed
client carries its net sales in the period, its latest sale up to the day asked and the days since.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from kamdesk.core.models import Client, Order
from kamdesk.core.money import money_sum
from kamdesk.core.services import catalogue, kpi

KINDS = ("sales", "active", "lapsed", "new", "lapsing")
CHUNK = 500  # ids per IN (…): within every database's limit of parameters


@dataclass(frozen=True)
class ListedClient:
    client_id: int
    name: str
    sales: Decimal  # net of its sales in the company's currency in the period up to the day asked (the manager's,
    # or everyone's), as the sales KPI counts them
    last_sale: dt.date | None  # its latest sale up to the day asked, whoever took it
    days: int | None  # days from that sale to the day asked


@dataclass(frozen=True)
class Counts:
    """The lapsed and about-to-lapse clients of one manager (None: the department) in a period."""

    lapsed: int
    lapsing: int


def clients(kind: str, start: dt.date, end: dt.date, manager_id: int | None = None,
            as_of: dt.date | None = None) -> list[ListedClient]:
    """The clients of list `kind` (one of KINDS) for the manager (None: the department) in the period.

    Sales, active and new clients come with the most sales first; lapsed and lapsing ones longest without a
    sale first."""
    if kind not in KINDS:
        raise ValueError(f"unknown list {kind!r}")
    as_of = min(as_of or dt.date.today(), end)
    ids = _Lists(start, as_of).ids(kind, manager_id)
    listed = _described(ids, start, as_of, manager_id)
    if kind in ("lapsed", "lapsing"):
        return sorted(listed, key=lambda c: (-(c.days or 0), c.name.casefold(), c.client_id))
    return sorted(listed, key=lambda c: (-c.sales, c.name.casefold(), c.client_id))


def counts(start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[int | None, Counts]:
    """Per manager with such clients, and for the department (None), how many lapsed and are about to lapse."""
    lists = _Lists(start, min(as_of or dt.date.today(), end))
    managers = set(lists.before) | set(lists.active)
    return {manager: Counts(len(lists.ids("lapsed", manager)), len(lists.ids("lapsing", manager)))
            for manager in [*managers, None]}


def lapsing_last_sales(as_of: dt.date):
    """A query of (client_id, last) for the clients about to lapse on `as_of`: a sale in the active window and
    none for `kpi.lapse_days()` days; a sale dated after `as_of` keeps a client off (for Plan my week)."""
    window = kpi.month_start(as_of, kpi.active_window() - 1)
    cutoff = as_of - dt.timedelta(days=kpi.lapse_days())
    last = fn.MAX(Order.order_date)
    return (Order.select(Order.client.alias("client_id"), last.alias("last"))
            .where(Order.state.in_(kpi.sold_states()) & (Order.order_date >= window))
            .group_by(Order.client).having(last <= cutoff))


class _Lists:
    """The sets every list is made of, from one grouped read of the sales in both windows (the one ending the
    day before the period and the period's own)."""

    def __init__(self, start: dt.date, as_of: dt.date):
        self.start, self.as_of = start, as_of
        self.states = kpi.sold_states()
        window = kpi.active_window()
        window_start = kpi.month_start(start, window - 1)
        self.active: dict[int, set[int]] = {}
        self.before: dict[int, set[int]] = {}
        self.last: dict[int, dt.date] = {}  # each client's latest sale up to the day asked, whoever took it
        query = (Order.select(Order.manager, Order.client, fn.MIN(Order.order_date), fn.MAX(Order.order_date))
                 .where(kpi.sold(self.states, kpi.month_start(start, window), as_of))
                 .group_by(Order.manager, Order.client).tuples())
        for manager, client, first, last in query:
            first, last = _date(first), _date(last)
            if last >= window_start:
                self.active.setdefault(manager, set()).add(client)
            if first < start:
                self.before.setdefault(manager, set()).add(client)
            if last > self.last.get(client, dt.date.min):
                self.last[client] = last

    def ids(self, kind: str, manager_id: int | None) -> set[int]:
        if kind == "sales":
            return self._sold_in_period(manager_id, first_only=False)
        if kind == "new":
            return self._sold_in_period(manager_id, first_only=True)
        active = self._of(self.active, manager_id)
        if kind == "active":
            return active
        if kind == "lapsed":
            return self._of(self.before, manager_id) - active
        cutoff = self.as_of - dt.timedelta(days=kpi.lapse_days())
        return {client for client in active if self.last[client] <= cutoff}

    @staticmethod
    def _of(pairs: dict[int, set[int]], manager_id: int | None) -> set[int]:
        return set(pairs.get(manager_id, ())) if manager_id is not None else set().union(*pairs.values())

    def _sold_in_period(self, manager_id: int | None, first_only: bool) -> set[int]:
        condition = kpi.sold(self.states, self.start, self.as_of)
        if first_only:
            condition &= kpi.first_sale(self.states)
        if manager_id is not None:
            condition &= Order.manager == manager_id
        return {client for (client,) in Order.select(Order.client).distinct().where(condition).tuples()}


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for first in range(0, len(ordered), CHUNK):
        yield ordered[first:first + CHUNK]


def _last_sales(ids: Iterable[int], as_of: dt.date, states: tuple[str, ...]) -> dict[int, dt.date]:
    found: dict[int, dt.date] = {}
    for chunk in _chunks(ids):
        query = (Order.select(Order.client, fn.MAX(Order.order_date))
                 .where(Order.client.in_(chunk) & Order.state.in_(states) & (Order.order_date <= as_of))
                 .group_by(Order.client))
        found.update((client, _date(last)) for client, last in query.tuples())
    return found


def _described(ids: set[int], start: dt.date, as_of: dt.date, manager_id: int | None) -> list[ListedClient]:
    states, currency = kpi.sold_states(), catalogue.currency()
    last = _last_sales(ids, as_of, states)
    listed = []
    for chunk in _chunks(ids):
        condition = Order.client.in_(chunk) & kpi.sold(states, start, as_of) & (Order.currency == currency)
        if manager_id is not None:
            condition &= Order.manager == manager_id
        sales = dict(Order.select(Order.client, money_sum(Order.net_total)).where(condition)
                     .group_by(Order.client).tuples())
        for client_id, name in Client.select(Client.id, Client.name).where(Client.id.in_(chunk)).tuples():
            day = last.get(client_id)
            listed.append(ListedClient(client_id, name, sales.get(client_id, Decimal("0.00")), day,
                                       (as_of - day).days if day else None))
    return listed


def _date(value) -> dt.date:
    """MAX() of a date column: a date on PostgreSQL, ISO text on SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
