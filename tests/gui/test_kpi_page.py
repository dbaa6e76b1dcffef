"""The first Plans & KPIs page: one row per manager with the month's plan, actual, % and forecast."""

import datetime as dt

from kamdesk.core.models import Order
from kamdesk.core.services import company as company_service
from kamdesk.core.services import plans
from kamdesk.core.services.kpi import month_start
from kamdesk.core.services.plans import PlanKey
from kamdesk.gui.kpi.kpi_page import KpiPage
from tests import factories


def test_the_page_shows_each_managers_kpis_of_the_chosen_month(company, qtbot):
    shop = factories.shop()
    past = month_start(dt.date.today(), 1)
    order = factories.order(shop["client"].id, dt.date.today(), (shop["milk"], "10", "0"), confirm=True)
    Order.update(order_date=past, net_total=500).where(Order.id == order.id).execute()
    anna = company_service.current_manager()
    plans.set_plan(PlanKey(past, "sales", anna.id), "1000")
    page = KpiPage()
    qtbot.addWidget(page)
    page.month.setDate(past)
    table = page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == anna.name)
    digits = [table.item(row, c).text() for c in (1, 2, 3)]
    assert ["".join(ch for ch in text if ch.isdigit()) for text in digits] == ["100000", "50000", "5000"]
    assert table.item(row, 6).text() == "1"  # one active client
