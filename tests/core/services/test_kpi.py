"""KPIs by the issue's definitions (sales, active clients, new clients) against plans, and the plans service:
setting, splitting per manager, Excel export and import."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import PermissionDenied, ValidationError
from kamdesk.core.models import Order
from kamdesk.core.models.plan import Plan
from kamdesk.core.services import company as company_service
from kamdesk.core.services import kpi, plans
from kamdesk.core.services.plans import PlanKey
from tests import factories

DEC = dt.date(2026, 12, 1)
DEC_END = dt.date(2026, 12, 31)


def _sold(client_id, milk, day, manager_id, net: str, state="confirmed"):
    """An order of milk, then dated, assigned and priced as the case needs (written directly: a test's history)."""
    order = factories.order(client_id, dt.date.today(), (milk, "1", "0"), confirm=True)
    Order.update(order_date=day, manager=manager_id, net_total=D(net), state=state).where(
        Order.id == order.id).execute()
    return order


@pytest.fixture
def history(shop, peter):
    """Anna's client bought in October and in December; Péter's new client first bought on 3 December, and a
    lapsed client last bought in August; a cancelled December order counts nowhere."""
    anna = company_service.current_manager().id
    milk = shop["milk"]
    old = shop["client"].id
    fresh = factories.client("Friss Bt.").id
    lapsed = factories.client("Régi Zrt.").id
    _sold(old, milk, dt.date(2026, 10, 20), anna, "500.00")
    _sold(old, milk, dt.date(2026, 12, 2), anna, "1000.50")
    _sold(fresh, milk, dt.date(2026, 12, 3), peter.id, "2000.00")
    _sold(lapsed, milk, dt.date(2026, 8, 1), peter.id, "300.00")
    _sold(lapsed, milk, dt.date(2026, 12, 5), peter.id, "999.00", state="cancelled")
    return {"anna": anna, "peter": peter.id, "old": old, "fresh": fresh}


def _row(rows, manager_id):
    return next(row for row in rows if row.manager_id == manager_id)


def test_actuals_follow_the_definitions(history):
    rows = kpi.kpis(DEC, DEC_END, as_of=DEC_END)
    anna, peter = _row(rows, history["anna"]), _row(rows, history["peter"])
    assert (anna.sales.actual, peter.sales.actual) == (D("1000.50"), D("2000.00"))
    assert (anna.active_clients.actual, peter.active_clients.actual) == (1, 1)  # the August client lapsed
    assert (anna.new_clients.actual, peter.new_clients.actual) == (0, 1)  # Anna's client bought in October


def test_an_order_in_another_currency_makes_a_client_active_but_adds_no_money(history, shop):
    order = _sold(history["fresh"], shop["milk"], dt.date(2026, 12, 4), history["anna"], "70.00")
    Order.update(currency="EUR").where(Order.id == order.id).execute()
    anna = _row(kpi.kpis(DEC, DEC_END, as_of=DEC_END), history["anna"])
    assert anna.sales.actual == D("1000.50")  # 70 EUR is not 70 forints
    assert anna.active_clients.actual == 2


def test_the_active_window_is_a_setting(history):
    company_service.set_setting(kpi.ACTIVE_WINDOW_KEY, "6")  # August is inside six months back from December
    peter = _row(kpi.kpis(DEC, DEC_END, as_of=DEC_END), history["peter"])
    assert peter.active_clients.actual == 2


def test_plans_give_percent_and_a_quarter_rolls_up(history):
    for month, amount in ((10, "1000"), (11, "1000"), (12, "2001")):
        plans.set_plan(PlanKey(dt.date(2026, month, 1), "sales", history["anna"]), amount)
    plans.set_plan(PlanKey(DEC, "new_clients", history["peter"]), 2)
    december = kpi.kpis(DEC, DEC_END, as_of=DEC_END)
    assert _row(december, history["anna"]).sales.percent == D("50.0")
    assert _row(december, history["peter"]).new_clients.percent == D("50.0")
    quarter = _row(kpi.kpis(dt.date(2026, 10, 1), DEC_END, as_of=DEC_END), history["anna"]).sales
    assert (quarter.plan, quarter.actual, quarter.percent) == (D("4001.00"), D("1500.50"), D("37.5"))


def test_forecast_adds_run_rate_later_orders_and_weighted_offers(history, shop):
    anna = history["anna"]
    _sold(history["old"], shop["milk"], dt.date(2026, 12, 20), anna, "100.00")  # confirmed, dated later
    sales = _row(kpi.kpis(DEC, DEC_END, as_of=dt.date(2026, 12, 10)), anna).sales
    # 1000.50 in 10 days, 21 days left: + 2101.05; + the later order 100; no offers
    assert sales.actual == D("1000.50")
    assert sales.forecast == D("3201.55")


def test_a_plan_replaces_the_one_of_the_same_key_and_only_heads_set_them(history, monkeypatch):
    key = PlanKey(dt.date(2026, 12, 17), "active_clients")
    plans.set_plan(key, 5)
    plans.set_plan(key, 7)
    assert Plan.select().where(Plan.manager.is_null()).count() == 1
    assert plans.plan_value(key) == 7
    with pytest.raises(ValidationError):
        plans.set_plan(key, "2.5")
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)
    with pytest.raises(PermissionDenied):
        plans.set_plan(key, 1)


def test_split_by_last_year_share_and_evenly(history, shop):
    _sold(history["old"], shop["milk"], dt.date(2025, 12, 5), history["anna"], "300.00")
    _sold(history["fresh"], shop["milk"], dt.date(2025, 12, 6), history["peter"], "100.00")
    plans.set_plan(PlanKey(DEC, "sales"), "1000")
    parts = plans.split_plan(DEC, "sales", "last_year")
    assert parts[history["anna"]] == D("750.00") and parts[history["peter"]] == D("250.00")
    assert set(parts) == {history["anna"], history["peter"]}  # the head of department carries no plan
    plans.set_plan(PlanKey(DEC, "new_clients"), 7)
    even = plans.split_plan(DEC, "new_clients", "even")
    assert sorted(even.values()) == [3, 4]
    assert plans.plan_value(PlanKey(DEC, "new_clients", history["peter"])) == even[history["peter"]]


def test_export_then_import_round_trips(history, tmp_path):
    plans.set_plan(PlanKey(DEC, "sales", history["anna"]), "1234.56")
    plans.set_plan(PlanKey(DEC, "new_clients", history["peter"]), 3)
    path = tmp_path / "plans.xlsx"
    assert plans.export_plans(path, DEC, DEC_END) == 2
    Plan.delete().execute()
    check = plans.check_plans(path)
    assert check.rejected == [] and plans.import_plans(check) == 2
    assert plans.plan_value(PlanKey(DEC, "sales", history["anna"])) == D("1234.56")


def test_a_category_plan_comes_back_on_its_own_category_when_two_share_a_name(history, tmp_path):
    from kamdesk.core.models import Category

    food, chemicals = Category.create(name="Élelmiszer"), Category.create(name="Vegyi áru")
    other_food = Category.create(name="Egyéb", parent=food)
    Category.create(name="Egyéb", parent=chemicals)
    plans.set_plan(PlanKey(DEC, "sales", history["anna"], category_id=other_food.id), "700")
    path = tmp_path / "plans.xlsx"
    plans.export_plans(path, DEC, DEC_END)
    Plan.delete().execute()
    check = plans.check_plans(path)
    assert check.rejected == [] and plans.import_plans(check) == 1
    assert [(p.category_id, p.amount) for p in Plan.select()] == [(other_food.id, D("700.00"))]


def test_import_rejects_bad_rows_with_reasons(history, tmp_path):
    path = tmp_path / "plans.csv"
    path.write_text("Period,Manager,KPI,Value\n2026-12,Nagy Péter,sales,100\n2026-13,,sales,1\n"
                    "2026-12,Nobody,sales,1\n2026-12,,profit,1\n", encoding="utf-8")
    check = plans.check_plans(path)
    assert len(check.valid) == 1
    assert [problem.row_number for problem in check.rejected] == [3, 4, 5]


def test_open_offers_count_at_the_managers_win_rate(history, shop):
    from kamdesk.core.models import Offer

    anna, milk = history["anna"], shop["milk"]
    prospect = factories.client("Új Kft.").id

    def offer(client_id, state, net, day=dt.date(2026, 11, 2)):
        saved = factories.offer(client_id, dt.date.today(), (milk, "1", "0"))
        Offer.update(state=state, net_total=D(net), manager=anna, offer_date=day,
                     valid_until=dt.date(2026, 12, 31)).where(Offer.id == saved.id).execute()

    offer(history["old"], "accepted", "1")
    offer(history["old"], "rejected", "1")  # won one of two: 50 %
    offer(prospect, "sent", "1000.00", dt.date(2026, 12, 8))
    row = _row(kpi.kpis(DEC, DEC_END, as_of=dt.date(2026, 12, 10)), anna)
    assert row.sales.forecast == D("1000.50") + D("2101.05") + D("500.00")
    assert (row.new_clients.actual, row.new_clients.forecast) == (0, 1)  # half a prospect rounds up to one
    assert row.active_clients.forecast == 2


def test_a_period_still_to_come_forecasts_only_its_own_days(history, shop):
    _sold(history["fresh"], shop["milk"], dt.date(2026, 12, 20), history["anna"], "5100.00")
    january = _row(kpi.kpis(dt.date(2027, 1, 1), dt.date(2027, 1, 31), as_of=dt.date(2026, 12, 5)), history["anna"])
    assert january.sales.forecast == D("0.00")  # the order of 20 December is December's
    assert january.active_clients.forecast == 2  # but it keeps its client active into January
