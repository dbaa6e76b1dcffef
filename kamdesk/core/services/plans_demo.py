"""The plans area's demo data: a plan for every manager and the department, the last 12 months and the next 3.

Set as a head sets them: each manager's plan of a month is what that manager achieved in the same month
a year before, grown by the manager's trend (the last twelve months' sales against the twelve before: a
head plans with the business's growth, or the plans of a growing demo would all be beaten by half),
stretched by the manager's own ambition (a little below the trend for some, up to a fifth above for others)
and a month's wobble, so some managers end over their plan and some under.
The department's plan is the sum of its managers'. Stored through `services.plans` like any plan.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.core.models.plan import KPI_NAMES
from kamdesk.core.services import kpi, plans
from kamdesk.core.services.plans import PlanKey

PAST_MONTHS = 12  # the current month and the eleven before it
COMING_MONTHS = 3
STRETCHES = (Decimal("0.95"), Decimal("1.00"), Decimal("1.05"), Decimal("1.10"), Decimal("1.15"), Decimal("1.20"))
TREND_LIMITS = (Decimal("0.7"), Decimal("1.6"))  # a trend read from a thin history stays believable


def step(demo) -> None:
    """The plans area's step of `create_demo`."""
    rnd = random.Random(f"plans {demo.seed}")
    this_month = kpi.month_start(demo.now.date())
    trend = _trends(this_month)
    stretch = {manager.id: rnd.choice(STRETCHES) * trend.get(manager.id, Decimal(1)) for manager in demo.managers}
    for back in range(PAST_MONTHS - 1, -COMING_MONTHS - 1, -1):
        month = kpi.month_start(this_month, back)
        _plan_month(rnd, month, stretch)


def _trends(this_month: dt.date) -> dict[int, Decimal]:
    """Each manager's sales of the twelve months before `this_month` against the twelve before those."""
    recent_start, earlier_start = kpi.month_start(this_month, 12), kpi.month_start(this_month, 24)
    recent = {row.manager_id: row.sales.actual for row in kpi.kpis(recent_start, this_month - dt.timedelta(days=1))}
    earlier = {row.manager_id: row.sales.actual
               for row in kpi.kpis(earlier_start, recent_start - dt.timedelta(days=1))}
    low, high = TREND_LIMITS
    return {manager: min(max(Decimal(total) / earlier[manager], low), high)
            for manager, total in recent.items() if earlier.get(manager)}


def _plan_month(rnd: random.Random, month: dt.date, stretch: dict[int, Decimal]) -> None:
    """Each manager's plans of `month` from last year's same month, and the department's as their sum."""
    year_before = month.replace(year=month.year - 1)
    last_day = kpi.month_start(year_before, -1) - dt.timedelta(days=1)
    department = {name: Decimal(0) for name in KPI_NAMES}
    for row in kpi.kpis(year_before, last_day, as_of=last_day):
        if row.manager_id not in stretch or not row.sales.actual:
            continue
        factor = stretch[row.manager_id] * Decimal(rnd.randrange(95, 106)) / 100
        for name in KPI_NAMES:
            value = _stretched(getattr(row, name).actual, factor, name == "sales")
            plans.set_plan(PlanKey(month, name, row.manager_id), value)
            department[name] += value
    if department["sales"]:
        for name, value in department.items():
            plans.set_plan(PlanKey(month, name), value)


def _stretched(actual, factor: Decimal, money: bool) -> Decimal | int:
    if money:
        return (Decimal(actual) * factor).quantize(Decimal("1000"), ROUND_HALF_UP) or Decimal("1000")
    return max(1, int((Decimal(actual) * factor).to_integral_value(ROUND_HALF_UP)))
