"""The three KPIs of a manager's variable pay — sales, active clients, new clients — against plan, with a forecast.

The definitions are desk settings with these defaults:

- sales: the net total of the manager's orders (the order's manager) in the company's currency (an order in
  another currency is not converted and not added) in the sold states (setting
  `kpi_sold_states`, default confirmed, shipped, delivered), dated in the period;
- active clients: the distinct clients with such an order dated in the period or the months before it, the
  window counting the period's month (setting `kpi_active_window_months`, default 3: the two months before);
- new clients: the clients whose first ever such order is dated in the period, counted for the manager who
  took that order (of two first orders on one day, the one entered first).

Actual figures count up to the day asked (`as_of`, default today). The forecast to the period's end is
the actual figure plus what is expected: for sales, the run rate (actual per elapsed day × the days left),
the orders in the sold states dated after `as_of` within the period, and the open offers (sent, still valid)
× the manager's historical win rate (accepted of decided offers in the last 12 months; the department's
when the manager decided none); for clients, the clients such later orders would make active or new, and
those of open offers × the win rate. A period that is over forecasts its actual figures.

Plans are the sums of the monthly plan rows in the period without a client or a category, so a quarter
or a year rolls up from its months. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import Case, fn

from kamdesk.core.models.company import Manager
from kamdesk.core.models.offer import Offer
from kamdesk.core.models.plan import ACTIVE_WINDOW_KEY, LAPSE_DAYS_KEY, SOLD_STATES_KEY, Plan
from kamdesk.core.models.sale import SOLD_STATES, Order
from kamdesk.core.money import from_minor, money_sum
from kamdesk.core.services.company import setting, setting_int

DEFAULT_ACTIVE_WINDOW = 3
DEFAULT_LAPSE_DAYS = 60
WIN_RATE_MONTHS = 12


@dataclass(frozen=True)
class Figure:
    """One KPI of one manager: plan (None when none is set), actual, fulfilment % (None without a plan), forecast."""

    plan: Decimal | int | None
    actual: Decimal | int
    percent: Decimal | None
    forecast: Decimal | int


@dataclass(frozen=True)
class KpiRow:
    manager_id: int | None  # None: the department's total
    manager: str
    sales: Figure
    active_clients: Figure
    new_clients: Figure


def sold_states() -> tuple[str, ...]:
    """The order states that count as a sale (setting `kpi_sold_states`, comma separated)."""
    stored = [state.strip() for state in (setting(SOLD_STATES_KEY) or "").split(",") if state.strip()]
    return tuple(stored) or SOLD_STATES


def anything_sold() -> bool:
    """Whether any order counts as a sale yet (a desk with none has no KPI to show; the start page asks)."""
    return Order.select(Order.id).where(Order.state.in_(sold_states())).exists()


def active_window() -> int:
    """How many months, the period's own included, make a client active (setting, 1…24, default 3)."""
    return setting_int(ACTIVE_WINDOW_KEY, DEFAULT_ACTIVE_WINDOW, 1, 24)


def lapse_days() -> int:
    """After how many days without a sale an active client is "about to lapse" (setting, 7…365, default 60)."""
    return setting_int(LAPSE_DAYS_KEY, DEFAULT_LAPSE_DAYS, 7, 365)


def month_start(day: dt.date, back: int = 0) -> dt.date:
    """The first day of `day`'s month, `back` months earlier."""
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def kpis(period_start: dt.date, period_end: dt.date, manager_id: int | None = None,
         as_of: dt.date | None = None) -> list[KpiRow]:
    """Per active manager (or just `manager_id`), the three KPIs of the period, ordered by name."""
    as_of = as_of or dt.date.today()
    managers = Manager.select(Manager.id, Manager.name).order_by(Manager.name)
    if manager_id:
        managers = managers.where(Manager.id == manager_id)
    else:
        managers = managers.where(Manager.active == True)  # noqa: E712 (peewee expression)
    facts = _Facts(period_start, period_end, min(as_of, period_end))
    return [facts.row(m.id, m.name) for m in managers]


def team_kpis(period_start: dt.date, period_end: dt.date, as_of: dt.date | None = None,
              name: str = "") -> tuple[list[KpiRow], KpiRow]:
    """Every active manager's KPIs (as `kpis`) and the department's, read once: its sales and forecast are all
    managers' summed, its clients counted once however many managers sold to them, its plan the department's
    plan (rows without a manager) or, where none is set, the sum of the managers'."""
    as_of = as_of or dt.date.today()
    managers = (Manager.select(Manager.id, Manager.name)
                .where(Manager.active == True).order_by(Manager.name))  # noqa: E712 (peewee expression)
    facts = _Facts(period_start, period_end, min(as_of, period_end))
    return [facts.row(m.id, m.name) for m in managers], facts.department(name)


def sold(states: tuple[str, ...], first: dt.date, last: dt.date):
    """The condition of an order that counts as a sale dated from `first` to `last`."""
    return (Order.state.in_(states)) & (Order.order_date >= first) & (Order.order_date <= last)


def first_sale(states: tuple[str, ...]):
    """The condition of an order that is its client's first sale ever (of two on one day, the one entered first)."""
    earlier = Order.alias()
    return ~fn.EXISTS(earlier.select(earlier.id).where(
        (earlier.client == Order.client) & earlier.state.in_(states) & (
            (earlier.order_date < Order.order_date)
            | ((earlier.order_date == Order.order_date) & (earlier.id < Order.id)))))


class _Facts:
    """The figures of every manager in a period, each read by one grouped query."""

    def __init__(self, start: dt.date, end: dt.date, as_of: dt.date):
        self.start, self.end, self.as_of = start, end, as_of
        from kamdesk.core.services import catalogue  # not at import: the start page asks anything_sold() only

        self.states = sold_states()
        self.currency = catalogue.currency()
        self.open = as_of < end
        self.sales = self._sales(start, as_of)
        later = as_of + dt.timedelta(days=1)  # a period still to come expects only its own days' orders
        self.later_sales = self._sales(max(later, start), end) if self.open else {}
        window = month_start(start, active_window() - 1)
        self.active = self._clients(window, as_of)
        self.later_active = self._clients(max(later, window), end) if self.open else {}
        self.new, self.later_new = self._new_clients()
        self.offers = self._open_offers() if self.open else {}
        self.win_rates, self.department_rate = self._win_rates()
        self.plans = self._plans()

    def _sold(self, first: dt.date, last: dt.date):
        return sold(self.states, first, last)

    def _sales(self, first: dt.date, last: dt.date) -> dict[int, Decimal]:
        query = (Order.select(Order.manager, money_sum(Order.net_total).alias("total"))
                 .where(self._sold(first, last) & (Order.currency == self.currency))
                 .group_by(Order.manager).tuples())
        return dict(query)

    def _clients(self, first: dt.date, last: dt.date) -> dict[int, set[int]]:
        found: dict[int, set[int]] = {}
        query = (Order.select(Order.manager, Order.client).distinct()
                 .where(self._sold(first, last)).tuples())
        for manager, client in query:
            found.setdefault(manager, set()).add(client)
        return found

    def _new_clients(self) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
        """Clients whose first sale falls in the period, by that sale's manager: before `as_of`, and after it."""
        query = (Order.select(Order.manager, Order.client, Order.order_date)
                 .where(self._sold(self.start, self.end) & first_sale(self.states)).tuples())
        now: dict[int, set[int]] = {}
        later: dict[int, set[int]] = {}
        for manager, client, day in query:
            (now if day <= self.as_of else later).setdefault(manager, set()).add(client)
        return now, later

    def _open_offers(self) -> dict[int, list[tuple[int, Decimal]]]:
        query = (Offer.select(Offer.manager, Offer.client, Offer.net_total, Offer.currency)
                 .where((Offer.state == "sent") & (Offer.valid_until >= self.as_of)).tuples())
        found: dict[int, list[tuple[int, Decimal]]] = {}
        for manager, client, total, currency in query:  # an offer in another currency adds a client, no money
            found.setdefault(manager, []).append((client, total if currency == self.currency else Decimal(0)))
        return found

    def _win_rates(self) -> tuple[dict[int, Decimal], Decimal]:
        since = month_start(self.as_of, WIN_RATE_MONTHS)
        decided = Offer.state.in_(("accepted", "rejected", "expired")) & (Offer.offer_date >= since)
        won = fn.SUM(Case(None, [(Offer.state == "accepted", 1)], 0))
        rows = list(Offer.select(Offer.manager, won, fn.COUNT(Offer.id)).where(decided)
                    .group_by(Offer.manager).tuples())
        rates = {manager: Decimal(int(w)) / count for manager, w, count in rows if count}
        total = sum(count for _, _, count in rows)
        department = Decimal(sum(int(w) for _, w, _ in rows)) / total if total else Decimal(0)
        return rates, department

    def _plans(self) -> dict[tuple[int, str], Decimal | int]:
        query = (Plan.select(Plan.manager, Plan.kpi, fn.SUM(Plan.amount), fn.SUM(Plan.count))
                 .where((Plan.period >= month_start(self.start)) & (Plan.period <= self.end)
                        & Plan.client.is_null() & Plan.category.is_null())
                 .group_by(Plan.manager, Plan.kpi).tuples())
        plans = {}
        for manager, kpi, amount, count in query:
            plans[(manager, kpi)] = from_minor(int(amount)) if kpi == "sales" and amount is not None else count
        return plans

    def row(self, manager_id: int, name: str) -> KpiRow:
        rate = self.win_rates.get(manager_id, self.department_rate)
        offers = self.offers.get(manager_id, [])
        return KpiRow(manager_id, name, self._sales_figure(manager_id, rate, offers),
                      self._client_figure(manager_id, "active_clients", self.active, self.later_active, rate, offers),
                      self._client_figure(manager_id, "new_clients", self.new, self.later_new, rate, offers))

    def department(self, name: str) -> KpiRow:
        """The department's row: every manager's figures merged under the key None (see `team_kpis`)."""
        for kpi in ("sales", "active_clients", "new_clients"):
            if (None, kpi) not in self.plans:
                planned = [value for (manager, which), value in self.plans.items() if manager and which == kpi]
                self.plans[(None, kpi)] = sum(planned[1:], planned[0]) if planned else None
        for money in (self.sales, self.later_sales):
            money[None] = sum(money.values(), Decimal("0.00"))
        for clients in (self.active, self.later_active, self.new, self.later_new):
            clients[None] = set().union(*clients.values())
        self.offers[None] = [offer for offers in list(self.offers.values()) for offer in offers]
        self.win_rates[None] = self.department_rate
        return self.row(None, name)

    def _sales_figure(self, manager_id: int, rate: Decimal, offers) -> Figure:
        actual = self.sales.get(manager_id, Decimal("0.00"))
        forecast = actual
        if self.open:
            elapsed = (self.as_of - self.start).days + 1
            left = (self.end - self.as_of).days
            run_rate = actual * left / elapsed if elapsed > 0 else Decimal(0)
            expected = sum((total for _, total in offers), Decimal(0)) * rate
            forecast = _money(actual + run_rate + self.later_sales.get(manager_id, Decimal(0)) + expected)
        plan = self.plans.get((manager_id, "sales"))
        return Figure(plan, actual, _percent(actual, plan), forecast)

    def _client_figure(self, manager_id: int, kpi: str, now, later, rate: Decimal, offers) -> Figure:
        counted = now.get(manager_id, set())
        actual = len(counted)
        coming = later.get(manager_id, set()) - counted
        offered = {client for client, _ in offers} - counted - coming
        if kpi == "new_clients":
            offered -= self._ever_sold(offered)
        forecast = actual + len(coming) + int((len(offered) * rate).to_integral_value(ROUND_HALF_UP))
        plan = self.plans.get((manager_id, kpi))
        return Figure(plan, actual, _percent(Decimal(actual), plan), forecast)

    def _ever_sold(self, clients: set[int]) -> set[int]:
        if not clients:
            return set()
        query = (Order.select(Order.client).distinct()
                 .where(Order.client.in_(list(clients)) & Order.state.in_(self.states)).tuples())
        return {client for (client,) in query}


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def _percent(actual: Decimal, plan) -> Decimal | None:
    """Fulfilment in per cent to one decimal; None without a plan or with a plan of nothing."""
    if not plan:
        return None
    return (Decimal(actual) * 100 / Decimal(plan)).quantize(Decimal("0.1"), ROUND_HALF_UP)
