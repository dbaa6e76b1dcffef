"""The KPI report: per manager each KPI's plan, actual and fulfilment %, the pay % the company's scale gives it
and the weighted total, with the scale and weights used stated under the table."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.models import Order
from kamdesk.core.reports import builder
from kamdesk.core.reports.model import ReportRequest, resolve_period
from kamdesk.core.services import company as company_service
from kamdesk.core.services import plans, variable_pay
from kamdesk.core.services.plans import PlanKey
from tests import factories

pytestmark = pytest.mark.both_backends

DEC = dt.date(2026, 12, 1)
DEC_END = dt.date(2026, 12, 31)


def _sold(client_id, milk, day, manager_id, net: str):
    """An order of milk, then dated, assigned and priced as the case needs (written directly: a test's history)."""
    order = factories.order(client_id, dt.date.today(), (milk, "1", "0"))
    Order.update(order_date=day, manager=manager_id, net_total=D(net), state="confirmed").where(
        Order.id == order.id).execute()


@pytest.fixture
def history(company, peter):
    """December 2026: Anna sells 1,000.50 to a client who bought in October too (active, not new); Péter sells
    2,000.00 to a new client. Plans: Anna sales 1,000, active 2 (no new-clients plan); Péter 2,500, 1 and 1."""
    shop = factories.shop()
    anna = company_service.current_manager().id
    old, fresh = shop["client"].id, factories.client("Friss Bt.").id
    _sold(old, shop["milk"], dt.date(2026, 10, 20), anna, "500.00")
    _sold(old, shop["milk"], dt.date(2026, 12, 2), anna, "1000.50")
    _sold(fresh, shop["milk"], dt.date(2026, 12, 3), peter.id, "2000.00")
    for manager, sales, active, new in ((anna, "1000", 2, None), (peter.id, "2500", 1, 1)):
        plans.set_plan(PlanKey(DEC, "sales", manager), sales)
        plans.set_plan(PlanKey(DEC, "active_clients", manager), active)
        if new is not None:
            plans.set_plan(PlanKey(DEC, "new_clients", manager), new)
    return {"anna": anna, "peter": peter.id}


def _report(manager_id=None, language="en", as_of=DEC_END):
    request = ReportRequest("kpi", resolve_period(period="2026-12"), manager_id, language, as_of)
    return builder("kpi")(request)


def test_each_kpi_and_the_weighted_pay_per_manager(history):
    table = _report().tables[0]
    assert [column.title for column in table.columns[:5]] == [
        "Manager", "Sales: plan", "Sales: actual", "Sales: %", "Sales: pay %"]
    assert table.columns[3].ratio_of == ("sales_actual", "sales_plan") and table.columns[-1].key == "pay_total"
    # Anna: sales 100.1 % → 100; active 50 % → 0; no new-clients plan: (100 × 60 + 0 × 20) / 80 = 75
    # Péter: sales 80 % → 50; active and new 100 % → 100: (50 × 60 + 100 × 20 + 100 × 20) / 100 = 70
    assert table.rows == (
        ("Kiss Anna", D("1000.00"), D("1001.00"), D("100.1"), D("100"), 2, 1, D("50.0"), D("0"),  # whole forints
         None, 0, None, None, D("75.0")),
        ("Nagy Péter", D("2500.00"), D("2000.00"), D("80.0"), D("50"), 1, 1, D("100.0"), D("100"),
         1, 1, D("100.0"), D("100"), D("70.0")),
    )


def test_the_note_states_the_scale_and_weights_used(history):
    note = _report().tables[0].note
    assert "80 → 50; 90 → 80; 100 → 100; 110 → 110; 120 → 120; below 80% nothing" in note
    assert "sales 60%, active clients 20%, new clients 20%" in note and "Actual figures" not in note
    company_service.set_setting(variable_pay.SCALE_KEY, "95,5:100")
    company_service.set_setting(variable_pay.WEIGHTS_KEY, "sales:100")
    document = _report(language="hu")
    assert "95,5 → 100; 95,5% alatt" in document.tables[0].note and "árbevétel 100%" in document.tables[0].note
    assert [row[-1] for row in document.tables[0].rows] == [D("100.0"), D("0.0")]


def test_a_running_period_counts_up_to_the_day_asked(history):
    document = _report(as_of=dt.date(2026, 12, 2))
    assert "Actual figures up to 2026-12-02." in document.tables[0].note
    assert [row[2] for row in document.tables[0].rows] == [D("1001.00"), D("0.00")]  # 1000.50 Ft in whole forints


def test_one_manager_and_the_russian_texts(history):
    document = _report(history["peter"], "ru")
    assert (document.title, document.subtitle) == ("Показатели и премия", "2026-12 · Nagy Péter")
    assert [row[0] for row in document.tables[0].rows] == ["Nagy Péter"]
    assert document.tables[0].columns[4].title == "Продажи: премия, %"
    assert "продажи 60 %" in document.tables[0].note


def test_a_week_says_it_is_measured_against_whole_months_plans(history):
    request = ReportRequest("kpi", resolve_period(week="2026-W49"), None, "en", DEC_END)
    table = builder("kpi")(request).tables[0]
    assert "each month the period touches counts with its whole plan" in table.note
    assert "whole plan" not in _report().tables[0].note


def test_the_totals_row_sums_money_but_not_clients_two_managers_may_share(history):
    from kamdesk.core.reports.cells import totals_row

    table = _report().tables[0]
    totals = dict(zip((column.key for column in table.columns), totals_row(table, "en"), strict=True))
    assert totals["sales_actual"] == D("3001.00")
    assert totals["active_clients_actual"] is None and totals["active_clients_percent"] is None
