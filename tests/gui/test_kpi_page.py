"""The KPI dashboard: a manager's own row, a head's team with the department's total, the charts of the chosen
row, the clients behind a figure or a bar (and a client's card from there), Plan my week, the start page."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from kamdesk.core.models import Order
from kamdesk.core.models.company import Manager
from kamdesk.core.services import company as company_service
from kamdesk.core.services import kpi, plans
from kamdesk.core.services.kpi import month_start
from kamdesk.core.services.plans import PlanKey
from kamdesk.gui.kpi.client_list import KpiClientList
from kamdesk.gui.kpi.kpi_page import LAPSING_COLUMN, KpiPage, periods
from kamdesk.gui.main_window import MainWindow
from tests import factories
from tests.gui.keyboard import activate
from tests.gui.waiting import settled

PAST = month_start(dt.date.today(), 1)


def sold(client_id, milk, day, net, manager_id=None):
    """A confirmed order dated and priced as the case needs (written directly: a test's history)."""
    order = factories.order(client_id, dt.date.today(), (milk, "10", "0"), confirm=True)
    values = {"order_date": day, "net_total": net, **({"manager": manager_id} if manager_id else {})}
    Order.update(**values).where(Order.id == order.id).execute()


@pytest.fixture
def sales(company, peter):
    """Last month Anna sold 500 to the shop's client (plan 1000); Péter 300 to a new client."""
    shop = factories.shop()
    anna = company_service.current_manager()
    sold(shop["client"].id, shop["milk"], PAST, 500)
    newcomer = factories.client("Újonc Bt.")
    sold(newcomer.id, shop["milk"], PAST, 300, manager_id=peter.id)
    plans.set_plan(PlanKey(PAST, "sales", anna.id), "1000")
    return {"anna": anna, "peter": peter, "client": shop["client"], "newcomer": newcomer, "milk": shop["milk"]}


def page_at(qtbot, day=PAST) -> KpiPage:
    page = KpiPage()
    qtbot.addWidget(page)
    page.set_period("month", day)
    settled(qtbot)
    return page


def texts(page, row) -> list[str]:
    return [page.table.item(row, column).text() for column in range(page.table.columnCount())]


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_a_manager_sees_their_own_row_with_plan_actual_percent_and_pay(qtbot, sales):
    page = page_at(qtbot)
    assert page.table.rowCount() == 1
    row = texts(page, 0)
    assert row[0] == sales["anna"].name
    assert [digits(text) for text in row[1:4]] == ["100000", "50000", "500"]  # 1,000.00 / 500.00 / 50.0 %
    assert row[5:7] == ["—", "1"]  # no active-clients plan; one active client
    assert digits(row[15]) == "00"  # 50 % of the sales plan earns nothing on the default scale
    assert page.bars.row.sales.actual == 500 and page.chart_title.text().startswith(sales["anna"].name)
    assert [m.actual for m in page.year.months if m.month == PAST] == [500]


def test_a_head_sees_the_department_first_then_each_manager(qtbot, sales):
    Manager.update(role="head").where(Manager.id == sales["anna"].id).execute()  # no service promotes the desk's
    page = page_at(qtbot)
    names = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert names[0] == "Department" and {sales["anna"].name, sales["peter"].name} <= set(names[1:])
    assert page.table.item(0, 0).font().bold()
    assert digits(texts(page, 0)[2]) == "80000" and texts(page, 0)[10] == "2"  # 800.00 sold; two new clients
    peter = names.index(sales["peter"].name)
    page.table.setCurrentCell(peter, 0)
    assert page.bars.row.manager_id == sales["peter"].id and page.chart_title.text().startswith("Nagy Péter")


def test_a_figure_opens_its_clients_and_a_client_its_card(qtbot, sales):
    page = page_at(qtbot)
    page.table.itemActivated.emit(page.table.item(0, 6))  # active clients: actual (double-click or Enter)
    settled(qtbot)
    [listing] = page.findChildren(KpiClientList)
    assert listing.kind == "active" and listing.table.rowCount() == 1
    assert listing.table.item(0, 0).text() == sales["client"].name
    with qtbot.waitSignal(page.open_client) as opened:
        listing.table.itemActivated.emit(listing.table.item(0, 0))
    assert opened.args == [sales["client"].id]


def test_a_bar_and_a_month_of_the_year_open_their_lists(qtbot, sales):
    page = page_at(qtbot)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    third = page.bars.group_rect(2).center().toPoint()
    qtbot.mouseDClick(page.bars, Qt.MouseButton.LeftButton, pos=third)
    plot = page.year.plot_rect()
    month = QPoint(int(plot.left() + (PAST.month - 0.5) * plot.width() / 12), int(plot.center().y()))
    qtbot.mouseDClick(page.year, Qt.MouseButton.LeftButton, pos=month)
    settled(qtbot)
    new, by_month = page.findChildren(KpiClientList)
    assert new.kind == "new" and new.table.item(0, 0).text() == sales["client"].name  # its first order
    assert by_month.kind == "sales" and (by_month.start, by_month.table.rowCount()) == (PAST, 1)


def test_the_lapsing_button_lists_clients_without_an_order_for_the_lapse_days(qtbot, sales):
    company_service.set_setting(kpi.LAPSE_DAYS_KEY, "45")
    end = month_start(dt.date.today()) - dt.timedelta(days=1)  # last month's last day: the day counted to
    quiet = factories.client("Csendes Bt.")
    sold(quiet.id, sales["milk"], end - dt.timedelta(days=50), 90)
    page = page_at(qtbot)
    assert page.table.item(0, LAPSING_COLUMN).text() == "1" and "(1)" in page.lapsing_button.text()
    page.lapsing_button.click()
    settled(qtbot)
    [listing] = page.findChildren(KpiClientList)
    assert listing.kind == "lapsing" and listing.table.item(0, 0).text() == "Csendes Bt."
    assert listing.table.item(0, 3).text() == "50"


def test_periods_offer_months_quarters_and_years_and_the_choice_reads_them(qtbot, sales):
    assert periods("quarter", dt.date(2026, 11, 5))[1] == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert periods("year", dt.date(2026, 11, 5))[1] == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    page = page_at(qtbot)
    page.set_period("year", PAST)
    settled(qtbot)
    assert page.board.start == dt.date(PAST.year, 1, 1) and page.board.end == dt.date(PAST.year, 12, 31)
    assert page.period.currentText() == str(PAST.year)


def window(qtbot) -> MainWindow:
    shown = MainWindow()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    activate(shown)  # focus reaches only the active window
    settled(qtbot)
    return shown


def test_a_first_start_with_sales_lands_on_the_dashboard_and_plan_my_week_opens_the_calendar(qtbot, sales):
    company_service.set_setting(kpi.LAPSE_DAYS_KEY, "45")
    quiet = factories.client("Csendes Bt.", manager=sales["anna"].name)
    sold(quiet.id, sales["milk"], dt.date.today() - dt.timedelta(days=50), 90)
    first = window(qtbot)
    assert first.stack.currentWidget() is first.kpis
    first.kpis.plan_week_button.click()
    settled(qtbot)  # the suggestions are read on a worker
    panel = first.calendar.suggestions
    assert first.stack.currentWidget() is first.calendar and panel.tree.hasFocus()
    reasons = {s.client_id: str(s.reason) for s in panel.suggestions}
    assert reasons[quiet.id] == "No order for 50 days."
    first.close()
    assert QSettings().value("main_window/area") == "calendar"
    again = window(qtbot)
    assert again.stack.currentWidget() is again.calendar  # the area saved at the close wins


def test_an_empty_desk_starts_on_the_client_list(qtbot, company):
    first = window(qtbot)
    assert first.stack.currentWidget() is first.clients


def test_a_shown_page_reads_by_itself_and_again_when_an_order_changes(qtbot, sales):
    from kamdesk.gui.changes import ORDERS, notify

    page = KpiPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None)
    assert page.board.start == month_start(dt.date.today())  # this month, until another is chosen
    page.set_period("month", PAST)
    settled(qtbot)
    sold(sales["client"].id, sales["milk"], PAST, 250)
    notify(ORDERS, client_id=sales["client"].id)
    settled(qtbot)
    assert digits(texts(page, 0)[2]) == "75000"  # 500.00 + 250.00


def test_plans_opens_the_editor_and_a_saved_plan_shows_on_the_dashboard(qtbot, sales):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    Manager.update(role="head").where(Manager.id == sales["anna"].id).execute()  # no service promotes the desk's
    Manager.update(head=sales["anna"].id).where(Manager.id == sales["peter"].id).execute()  # Péter in Anna's team
    page = page_at(qtbot)
    seen = []

    def edit_and_close():
        dialog = QApplication.activeModalWidget()
        try:
            dialog.year.setValue(PAST.year)
            dialog.set_cell(sales["peter"].id, PAST.month, "600")
            seen.append((dialog.objectName(), dialog.save()))
        finally:
            dialog.done(0)

    QTimer.singleShot(0, edit_and_close)
    page.plans_button.click()
    settled(qtbot)
    assert seen == [("plans_dialog", True)]
    peter_row = next(row for row in range(page.table.rowCount())
                     if page.table.item(row, 0).text() == sales["peter"].name)
    assert [digits(text) for text in texts(page, peter_row)[1:4]] == ["60000", "30000", "500"]  # 300 of 600


def test_a_manager_s_single_row_leaves_the_room_to_the_charts(qtbot, sales):
    page = page_at(qtbot)
    page.resize(1200, 800)
    page.show()
    settled(qtbot)
    page._fitted = False
    page.show_dashboard(page.board)
    table, charts = page.splitter.sizes()
    assert page.table.rowCount() == 1 and table < charts / 3


def test_the_client_list_is_built_once_the_start_page_has_painted(qtbot, sales):
    """Start-up waits for the dashboard only; the client list, which the Edit menu acts on, follows its paint."""
    start = MainWindow()
    qtbot.addWidget(start)
    assert start.stack.currentWidget() is start.kpis and "clients" not in start._pages
    start.show()
    qtbot.waitUntil(lambda: "clients" in start._pages)
    archive = start.clients.archive_action
    assert archive in start.edit_menu.actions()
    assert start.stack.currentWidget() is start.kpis  # built, not shown
