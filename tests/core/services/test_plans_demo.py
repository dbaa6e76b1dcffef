"""The plans area's demo data: every selling manager and the department have plans for the last 12 months and
the next 3, stretched from last year so that some managers end over their plan and some under."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.models.plan import KPI_NAMES, Plan
from kamdesk.core.services import kpi
from kamdesk.core.services.demo import create_demo
from tests import backends

NOW = dt.datetime(2026, 12, 9, 11, 20, tzinfo=ZoneInfo("Europe/Budapest"))


@pytest.fixture
def demo(db, request):
    return backends.seeded(request, "demo at NOW", lambda: create_demo(200, seed=3, now=NOW))  # test_demo's too


def test_demo_plans_cover_the_last_twelve_months_and_the_next_three_for_managers_and_the_department(demo):
    months = sorted({row.period for row in Plan.select(Plan.period)})
    assert months == [kpi.month_start(NOW.date(), back) for back in range(11, -4, -1)]
    for month in months:
        department = {p.kpi: p for p in Plan.select().where((Plan.period == month) & Plan.manager.is_null())}
        managers = list(Plan.select().where((Plan.period == month) & Plan.manager.is_null(False)))
        assert set(department) == set(KPI_NAMES)
        assert department["sales"].amount == sum(p.amount for p in managers if p.kpi == "sales")
        assert department["new_clients"].count == sum(p.count for p in managers if p.kpi == "new_clients")
        assert len({p.manager_id for p in managers}) >= 2
        assert all((p.amount or 0) > 0 or (p.count or 0) > 0 for p in managers)


def test_demo_plans_leave_some_managers_over_and_some_under_their_sales_plan(demo):
    start = kpi.month_start(NOW.date(), 11)
    end = kpi.month_start(NOW.date()) - dt.timedelta(days=1)
    percents = [row.sales.percent for row in kpi.kpis(start, end, as_of=end) if row.sales.percent is not None]
    assert len(percents) >= 2
    assert min(percents) < 100 < max(percents)
