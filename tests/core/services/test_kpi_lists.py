"""The lists behind the KPI figures (sales, active, lapsed, new, about to lapse), the department's KPIs, the
dashboard's read (who sees what, the year month by month) and the "No order for N days" rule of Plan my week."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.models import Order
from kamdesk.core.models.company import Manager
from kamdesk.core.services import company as company_service
from kamdesk.core.services import kpi, kpi_dashboard, kpi_lists, plans
from kamdesk.core.services import suggestions as sug
from kamdesk.core.services.plans import PlanKey
from tests import factories

DEC, DEC_END = dt.date(2026, 12, 1), dt.date(2026, 12, 31)


def _sold(client_id, milk, day, manager_id, net: str, state="confirmed"):
    """An order of milk, then dated, assigned and priced as the case needs (written directly: a test's history)."""
    order = factories.order(client_id, dt.date.today(), (milk, "1", "0"), confirm=True)
    Order.update(order_date=day, manager=manager_id, net_total=D(net), state=state).where(
        Order.id == order.id).execute()
    return order


@pytest.fixture
def history(shop, peter):
    """Anna: a client bought in October and December, a quiet one last in early October, and one Péter sold to
    in September that she took over in November. Péter: a new client on 3 December, one that bought only in
    September (lapsed in December), and one in August only (out of both windows)."""
    anna = company_service.current_manager().id
    milk = shop["milk"]
    ids = {"anna": anna, "peter": peter.id, "old": shop["client"].id}
    for name in ("fresh", "quiet", "moved", "september", "august"):
        ids[name] = factories.client(f"{name.title()} Kft.").id
    _sold(ids["old"], milk, dt.date(2026, 10, 20), anna, "500.00")
    _sold(ids["old"], milk, dt.date(2026, 12, 2), anna, "1000.50")
    _sold(ids["quiet"], milk, dt.date(2026, 10, 5), anna, "70.00")
    _sold(ids["moved"], milk, dt.date(2026, 9, 15), peter.id, "10.00")
    _sold(ids["moved"], milk, dt.date(2026, 11, 15), anna, "20.00")
    _sold(ids["fresh"], milk, dt.date(2026, 12, 3), peter.id, "2000.00")
    _sold(ids["september"], milk, dt.date(2026, 9, 10), peter.id, "300.00")
    _sold(ids["august"], milk, dt.date(2026, 8, 1), peter.id, "40.00")
    _sold(ids["august"], milk, dt.date(2026, 12, 5), peter.id, "999.00", state="cancelled")
    return ids


def listed(kind, manager_id=None, as_of=DEC_END) -> list[int]:
    return [c.client_id for c in kpi_lists.clients(kind, DEC, DEC_END, manager_id, as_of)]


def test_each_list_follows_its_definition(history):
    h = history
    assert listed("sales", h["anna"]) == [h["old"]]
    assert listed("active", h["anna"]) == [h["old"], h["moved"], h["quiet"]]  # most sales in December first
    assert listed("new", h["peter"]) == [h["fresh"]] and listed("new", h["anna"]) == []
    assert listed("lapsed", h["peter"]) == [h["september"], h["moved"]]  # "moved" now buys from Anna
    assert listed("lapsed") == [h["september"]]  # the department did not lose "moved"
    assert listed("lapsing", h["anna"]) == [h["quiet"]]  # 60 days (the default) since 5 October
    assert h["august"] not in listed("lapsed") + listed("active")  # a cancelled order is no sale


def test_a_listed_client_carries_its_sales_last_sale_and_days(history):
    [quiet] = kpi_lists.clients("lapsing", DEC, DEC_END, history["anna"], DEC_END)
    assert (quiet.name, quiet.sales, quiet.last_sale, quiet.days) == ("Quiet Kft.", D("0.00"), dt.date(2026, 10, 5), 87)
    [old] = kpi_lists.clients("sales", DEC, DEC_END, history["anna"], DEC_END)
    assert (old.sales, old.last_sale, old.days) == (D("1000.50"), dt.date(2026, 12, 2), 29)


def test_an_order_in_another_currency_lists_its_client_but_adds_no_money(history, shop):
    euros = _sold(history["quiet"], shop["milk"], dt.date(2026, 12, 4), history["anna"], "70.00")
    Order.update(currency="EUR").where(Order.id == euros.id).execute()
    sales = {c.client_id: c.sales for c in kpi_lists.clients("sales", DEC, DEC_END, history["anna"], DEC_END)}
    assert sales == {history["old"]: D("1000.50"), history["quiet"]: D("0.00")}
    december = kpi_dashboard.read(DEC, DEC_END, DEC_END, team=True).year[history["anna"]][11]
    assert december.actual == D("1000.50")  # 70 EUR is not 70 forints


def test_lapse_days_and_the_day_asked_decide_who_is_about_to_lapse(history):
    assert listed("lapsing", history["anna"], as_of=dt.date(2026, 12, 3)) == []  # 59 days after 5 October
    company_service.set_setting(kpi.LAPSE_DAYS_KEY, "28")
    assert listed("lapsing", history["anna"]) == [history["quiet"], history["moved"], history["old"]]


def test_counts_per_manager_and_for_the_department(history):
    counts = kpi_lists.counts(DEC, DEC_END, DEC_END)
    assert counts[history["peter"]] == kpi_lists.Counts(lapsed=2, lapsing=0)
    assert counts[history["anna"]] == kpi_lists.Counts(lapsed=0, lapsing=1)
    assert counts[None] == kpi_lists.Counts(lapsed=1, lapsing=1)


def test_the_department_counts_a_client_once_and_plans_from_its_own_or_the_managers(history):
    plans.set_plan(PlanKey(DEC, "sales", history["anna"]), "1000")
    plans.set_plan(PlanKey(DEC, "sales", history["peter"]), "3000")
    plans.set_plan(PlanKey(DEC, "active_clients", None), 10)
    rows, department = kpi.team_kpis(DEC, DEC_END, DEC_END)
    assert department.manager_id is None and len(rows) == 3  # Anna, Péter and the shop's head
    assert department.sales.actual == D("3000.50") == sum(row.sales.actual for row in rows)
    assert department.sales.plan == D("4000.00") and department.sales.percent == D("75.0")
    assert department.active_clients.actual == 4  # old, quiet, moved (Anna's and Péter's once), fresh
    assert (department.active_clients.plan, department.active_clients.percent) == (10, D("40.0"))
    assert department.new_clients.actual == 1 and department.new_clients.plan is None


def test_a_manager_sees_their_own_card_a_head_the_team(history):
    Manager.update(role="manager").where(Manager.id == history["anna"]).execute()  # no service demotes the desk's
    mine = kpi_dashboard.read(DEC, DEC_END, DEC_END)
    assert [card.row.manager_id for card in mine.cards] == [history["anna"]]
    assert (mine.cards[0].lapsed, mine.cards[0].lapsing) == (0, 1)
    Manager.update(role="head").where(Manager.id == history["anna"]).execute()
    team = kpi_dashboard.read(DEC, DEC_END, DEC_END)
    ids = [card.row.manager_id for card in team.cards]
    assert ids[0] is None and {history["anna"], history["peter"]} < set(ids[1:])


def test_the_year_month_by_month_with_its_plans(history):
    plans.set_plan(PlanKey(dt.date(2026, 10, 1), "sales", history["anna"]), "400")
    plans.set_plan(PlanKey(dt.date(2026, 10, 1), "sales", history["peter"]), "100")
    board = kpi_dashboard.read(DEC, DEC_END, DEC_END, team=True)
    anna, department = board.year[history["anna"]], board.year[None]
    assert [m.month.month for m in anna] == list(range(1, 13))
    assert (anna[9].actual, anna[9].plan, anna[10].actual, anna[11].actual) == (
        D("570.00"), D("400.00"), D("20.00"), D("1000.50"))
    assert (department[8].actual, department[9].plan, department[0].plan) == (D("310.00"), D("500.00"), None)


def test_plan_my_week_suggests_clients_about_to_lapse(shop, peter):
    today = dt.date.today()
    anna = company_service.current_manager()
    quiet = factories.client("Csendes Bt.", manager=anna.name).id
    busy = factories.client("Serény Kft.", manager=anna.name).id
    later = factories.client("Később Kft.", manager=anna.name).id
    for client in (quiet, busy, later):
        _sold(client, shop["milk"], today - dt.timedelta(days=61), anna.id, "10.00")
    _sold(busy, shop["milk"], today - dt.timedelta(days=3), anna.id, "10.00")
    _sold(later, shop["milk"], today + dt.timedelta(days=5), anna.id, "10.00")  # an order dated ahead
    lapsing = [s for s in sug.suggestions_for_week(today, owner_id=anna.id)
               if s.reason.template == "No order for {days} days."]
    assert [(s.client_id, str(s.reason), s.kind) for s in lapsing] == [(quiet, "No order for 61 days.", "call")]
    assert quiet not in {s.client_id for s in sug.suggestions_for_week(today, owner_id=peter.id)}
