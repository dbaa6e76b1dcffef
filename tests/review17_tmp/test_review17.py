"""Review of issue 17, second wave: failing tests prove defects."""
import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.models import Order
from kamdesk.core.services import company as company_service
from kamdesk.core.services import kpi, plans, variable_pay
from kamdesk.core.services.plans import PlanKey
from tests import factories

pytestmark = pytest.mark.sqlite_only("review")


def _sold(client_id, milk, day, manager_id, net, state="confirmed"):
    order = factories.order(client_id, dt.date.today(), (milk, "1", "0"), confirm=True)
    Order.update(order_date=day, manager=manager_id, net_total=D(net), state=state).where(
        Order.id == order.id).execute()
    return order


def _row(rows, manager_id):
    return next(row for row in rows if row.manager_id == manager_id)


def test_future_period_forecast_counts_only_its_own_days(shop, peter):
    """Next month's forecast, asked on 5 Dec, counts an order dated 20 Dec (before next month began)."""
    anna = company_service.current_manager().id
    other = factories.client("Más Bt.").id
    _sold(shop["client"].id, shop["milk"], dt.date(2026, 12, 20), anna, "5000.00")
    _sold(other, shop["milk"], dt.date(2026, 12, 21), anna, "100.00")
    jan = kpi.kpis(dt.date(2027, 1, 1), dt.date(2027, 1, 31), anna, as_of=dt.date(2026, 12, 5))[0]
    print("JAN forecast:", jan.sales, jan.new_clients)
    assert jan.sales.actual == 0
    assert jan.sales.forecast == 0, f"January forecast includes December orders: {jan.sales.forecast}"


def test_pay_step_is_not_reached_by_rounding(shop):
    """79.95 % fulfilment is below the 80 % step, yet earns its pay after rounding to 80.0."""
    anna = company_service.current_manager().id
    plans.set_plan(PlanKey(dt.date(2026, 12, 1), "sales", anna), "10000")
    _sold(shop["client"].id, shop["milk"], dt.date(2026, 12, 2), anna, "7995.00")
    row = kpi.kpis(dt.date(2026, 12, 1), dt.date(2026, 12, 31), anna, as_of=dt.date(2026, 12, 31))[0]
    pay = variable_pay.fulfilment(row)
    print("percent", row.sales.percent, "pay", pay)
    assert pay.parts["sales"] == 0, f"79.95 % earned the 80 % step: {pay.parts['sales']}"


def test_kpi_report_total_of_active_clients_is_the_departments(shop, peter):
    """A client both managers sold to is one active client of the department; the KPI report's total says 2."""
    from kamdesk.core.reports import builder
    from kamdesk.core.reports.cells import totals_row
    from kamdesk.core.reports.model import ReportRequest, resolve_period

    anna = company_service.current_manager().id
    _sold(shop["client"].id, shop["milk"], dt.date(2026, 12, 2), anna, "100.00")
    _sold(shop["client"].id, shop["milk"], dt.date(2026, 12, 3), peter.id, "100.00")
    first, last = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
    _, department = kpi.team_kpis(first, last, as_of=last)
    doc = builder("kpi")(ReportRequest("kpi", resolve_period("2026-12"), None, "en", as_of=last))
    table = doc.tables[0]
    totals = totals_row(table, "en")
    active = totals[table.index("active_clients_actual")]
    new = totals[table.index("new_clients_actual")]
    print("department active/new", department.active_clients.actual, department.new_clients.actual,
          "report total", active, new)
    assert active == department.active_clients.actual


def test_plans_export_import_keeps_the_category(shop, tmp_path):
    """Two categories called "Egyéb" (Food / Other, Chemicals / Other): a plan exported and imported again
    lands on the other category."""
    from kamdesk.core.models import Category
    from kamdesk.core.models.plan import Plan
    factories.product("A-1", "Alma", category="Élelmiszer / Egyéb")
    factories.product("V-1", "Vegyi", category="Vegyi áru / Egyéb")
    food_other, chem_other = [c.id for c in Category.select().where(Category.name == "Egyéb").order_by(Category.id)]
    anna = company_service.current_manager().id
    plans.set_plan(PlanKey(dt.date(2026, 12, 1), "sales", anna, None, food_other), "700")
    path = tmp_path / "plans.xlsx"
    plans.export_plans(path, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    Plan.delete().execute()
    check = plans.check_plans(path)
    print("valid", check.valid, "rejected", [(r.row_number, r.reason) for r in check.rejected])
    plans.import_plans(check)
    stored = [(p.category_id, p.amount) for p in Plan.select()]
    print("food_other", food_other, "chem_other", chem_other, "stored", stored)
    assert stored == [(food_other, D("700.00"))]


def test_sales_report_rows_add_up_to_the_total_in_forints(shop, peter):
    """Net totals with fillér (1000.50, 2000.50 HUF): the rows print 1 001 and 2 001, the total 3 001."""
    from kamdesk.core.reports import builder
    from kamdesk.core.reports.cells import cell_text, totals_row
    from kamdesk.core.reports.model import ReportRequest, resolve_period
    from kamdesk.core.reports.xlsx import report_xlsx_bytes
    import io, openpyxl

    anna = company_service.current_manager().id
    _sold(shop["client"].id, shop["milk"], dt.date(2026, 12, 2), anna, "1000.50")
    _sold(factories.client("Más Bt.").id, shop["milk"], dt.date(2026, 12, 3), anna, "2000.50")
    doc = builder("sales")(ReportRequest("sales", resolve_period("2026-12"), None, "hu"))
    table = doc.tables[1]  # by client
    net = table.columns[table.index("net")]
    shown = [cell_text(net, row[1], doc) for row in table.rows]
    total = cell_text(net, totals_row(table, "hu")[1], doc)
    print("rows", shown, "total", total)
    wb = openpyxl.load_workbook(io.BytesIO(report_xlsx_bytes(doc)))
    sheet = wb.worksheets[1]
    print([[c.value for c in r] for r in sheet.iter_rows(min_row=7, max_row=9, max_col=2)])
    assert total == cell_text(net, D("3002"), doc), f"rows {shown} but total {total}"
