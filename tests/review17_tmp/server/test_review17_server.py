"""Team server: a manager's own KPI figures as their login reads them vs as the head reads them."""
import datetime as dt
from decimal import Decimal as D

from kamdesk.core import db as kdb
from kamdesk.core.models import Client, Order
from kamdesk.core.services import kpi
from kamdesk.core.services.kpi import month_start
from tests.core.server.conftest import team  # noqa: F401 (fixture)


def test_a_managers_sales_are_the_same_for_them_and_their_head(team):  # noqa: F811
    kdb.connect(team.url)  # the owner
    Order.update(state="confirmed", net_total=D("100.00")).execute()
    # the client m2 sold to this month is given to m1 afterwards (the order stays m2's: the order's manager)
    Client.update(manager=team.managers["m1"]).where(Client.id == team.clients["m2"]).execute()
    kdb.close()
    start = month_start(dt.date.today())
    end = month_start(start, -1) - dt.timedelta(days=1)
    kdb.connect(team.url_of("h1"))
    by_head = {r.manager_id: r.sales.actual for r in kpi.kpis(start, end)}
    kdb.close()
    kdb.connect(team.url_of("m2"))
    own = kpi.kpis(start, end, team.managers["m2"])[0].sales.actual
    everyone = {r.manager: (r.sales.actual, r.active_clients.actual) for r in kpi.kpis(start, end)}
    kdb.close()
    kdb.connect(team.url_of("m1"))
    seen_by_m1 = {r.manager: (r.sales.actual, r.active_clients.actual) for r in kpi.kpis(start, end)}
    kdb.close()
    print("head sees m2:", by_head[team.managers["m2"]], "m2 sees own:", own)
    print("m2's `list kpis` (kpi.kpis for all):", everyone)
    print("m1's `list kpis`:", seen_by_m1)
    assert own == by_head[team.managers["m2"]]
