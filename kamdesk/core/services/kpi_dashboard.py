"""What the KPI dashboard shows, read in one go: per manager (and for the department) the three KPIs of a
period with their variable-pay fulfilment, how many clients lapsed and are about to lapse, and the
month-by-month sales of the period's year (in the company's currency, as the sales KPI) against plan.

Who sees what: a manager at the desk sees their own row; a head or an administrator (or nobody chosen at the
desk, as the team server's owner) the department's total and every active manager. The figures are the
`kpi` module's, the lists behind them `kpi_lists`'. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from kamdesk.core.models import Order
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
from kamdesk.core.models.plan import Plan
from kamdesk.core.money import from_minor, money_sum
from kamdesk.core.services import catalogue, kpi, kpi_lists, variable_pay
from kamdesk.core.services.company import current_manager
from kamdesk.core.services.variable_pay import PayFulfilment


@dataclass(frozen=True)
class Card:
    """One manager's (or the department's: `row.manager_id` None) figures."""

    row: kpi.KpiRow
    pay: PayFulfilment
    lapsed: int
    lapsing: int


@dataclass(frozen=True)
class Month:
    month: dt.date  # its first day
    plan: Decimal | None  # None: no sales plan that month
    actual: Decimal


@dataclass(frozen=True)
class Dashboard:
    start: dt.date
    end: dt.date
    as_of: dt.date
    cards: list[Card]  # the department's first when the team is shown
    year: dict[int | None, list[Month]]  # the twelve months of the period's year, per card's manager


def sees_team() -> bool:
    """Whether the person at the desk sees the team (a head, an administrator, or nobody chosen)."""
    me = current_manager()
    return me is None or me.role in (ROLE_HEAD, ROLE_ADMIN)


def read(start: dt.date, end: dt.date, as_of: dt.date | None = None, team: bool | None = None) -> Dashboard:
    """The dashboard of the period from `start` to `end`, counted up to `as_of` (default today)."""
    as_of = as_of or dt.date.today()
    team = sees_team() if team is None else team
    if team:
        rows, department = kpi.team_kpis(start, end, as_of)
        rows = [department, *rows]
    else:
        me = current_manager()
        rows = kpi.kpis(start, end, me.id, as_of) if me is not None else []
    steps, weights = variable_pay.scale(), variable_pay.weights()
    lapses = kpi_lists.counts(start, end, as_of)
    cards = [Card(row, variable_pay.fulfilment(row, steps, weights), *_lapses(lapses, row.manager_id))
             for row in rows]
    return Dashboard(start, end, min(as_of, end), cards, _year(start.year, [row.manager_id for row in rows]))


def _lapses(lapses: dict, manager_id: int | None) -> tuple[int, int]:
    found = lapses.get(manager_id)
    return (found.lapsed, found.lapsing) if found else (0, 0)


def _year(year: int, managers: list[int | None]) -> dict[int | None, list[Month]]:
    """Sales and sales plans per month of `year` for each of `managers` (None: everyone's, the department)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    actual: dict[tuple[int | None, int], Decimal] = {}
    condition = kpi.sold(kpi.sold_states(), first, last) & (Order.currency == catalogue.currency())
    if None not in managers:
        condition &= Order.manager.in_(managers)
    query = (Order.select(Order.manager, Order.order_date, money_sum(Order.net_total))
             .where(condition).group_by(Order.manager, Order.order_date).tuples())
    for manager, day, total in query:
        month = _month(day)
        for key in (manager, None):
            actual[(key, month)] = actual.get((key, month), Decimal("0.00")) + total
    plans = _plans(first, last)
    months = [dt.date(year, number, 1) for number in range(1, 13)]
    return {manager: [Month(month, plans.get((manager, month.month)), actual.get((manager, month.month),
                                                                               Decimal("0.00")))
                      for month in months] for manager in managers}


def _plans(first: dt.date, last: dt.date) -> dict[tuple[int | None, int], Decimal]:
    """Sales plans per (manager, month number); the department's own, or else the sum of the managers'."""
    query = (Plan.select(Plan.manager, Plan.period, fn.SUM(Plan.amount))
             .where((Plan.kpi == "sales") & (Plan.period >= first) & (Plan.period <= last)
                    & Plan.client.is_null() & Plan.category.is_null() & Plan.amount.is_null(False))
             .group_by(Plan.manager, Plan.period).tuples())
    plans: dict[tuple[int | None, int], Decimal] = {}
    summed: dict[int, Decimal] = {}
    for manager, period, amount in query:
        value = from_minor(int(amount))
        plans[(manager, _month(period))] = value
        if manager is not None:
            summed[_month(period)] = summed.get(_month(period), Decimal("0.00")) + value
    for month, value in summed.items():
        plans.setdefault((None, month), value)
    return plans


def _month(day) -> int:
    """The month number of a date column's value (ISO text on SQLite when grouped)."""
    return day.month if isinstance(day, dt.date) else int(str(day)[5:7])
