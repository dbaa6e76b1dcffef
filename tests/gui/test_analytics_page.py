"""The Analytics page, driven as a user would: figures by segment and category, the gaps list opening a client's
card, filters read again on a worker thread, and the price-change worksheet of the chosen category."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from kamdesk.core.models import Order
from kamdesk.core.services import catalogue
from kamdesk.core.services import company as company_service
from kamdesk.gui.analytics import area
from kamdesk.gui.analytics.analytics_page import AnalyticsPage
from kamdesk.gui.changes import ORDERS, notify
from tests import factories
from tests.gui.waiting import finish, settled

DAY = dt.date.today() - dt.timedelta(days=10)


def _sold(client, *items):
    """A confirmed order of (product, quantity) items, dated ten days ago (written directly: no service
    back-dates an order)."""
    order = factories.order(client.id, dt.date.today(), *((p, q, "0") for p, q in items), confirm=True)
    Order.update(order_date=DAY).where(Order.id == order.id).execute()


@pytest.fixture
def market(company):
    """Retail: Alfa and Béta buy milk and water, Cirmos only milk; Étterem (HoReCa) buys milk."""
    listing = catalogue.save_price_column("Lista", is_default=True)
    milk = factories.product("TEJ", "Tej", "400", listing, category="Food / Dairy")
    water = factories.product("VIZ", "Víz", "100", listing, category="Drinks / Water")
    clients = {name: factories.client(name, segment="Retail") for name in ("Alfa", "Béta", "Cirmos")}
    _sold(clients["Alfa"], (milk, "10"), (water, "5"))
    _sold(clients["Béta"], (milk, "2"), (water, "1"))
    _sold(clients["Cirmos"], (milk, "1"))
    _sold(factories.client("Étterem", segment="HoReCa"), (milk, "3"))
    return {"clients": clients, "milk": milk, "water": water}


def open_page(qtbot) -> AnalyticsPage:
    page = AnalyticsPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    settled(qtbot)
    return page


def texts(model) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_three_tabs_show_the_figures(qtbot, qtmodeltester, market):
    page = open_page(qtbot)
    revenue = texts(page.revenue_model)
    assert [row[:3] for row in revenue] == [["HoReCa", "All categories", "1,200\xa0HUF"], ["", "Food", "1,200\xa0HUF"],
                                            ["Retail", "All categories", "5,800\xa0HUF"], ["", "Drinks", "600\xa0HUF"],
                                            ["", "Food", "5,200\xa0HUF"]]
    assert revenue[2][4] == "–"  # nothing the year before: no growth to show
    penetration = texts(page.penetration_model)
    assert [row[:6] for row in penetration if row[0] == "Retail"] == [
        ["Retail", "Drinks", "2", "3", "66.7 %", "–"], ["Retail", "Food", "3", "3", "100.0 %", "–"]]
    assert texts(page.gaps_model) == [["Cirmos", "Retail", "Drinks", "66.7 %", "300\xa0HUF", "", ""]]
    for model in (page.revenue_model, page.penetration_model, page.gaps_model):
        qtmodeltester.check(model)


def test_double_clicking_a_gap_opens_the_client(qtbot, market):
    page = open_page(qtbot)
    page.tabs.setCurrentIndex(2)
    table = page.tables["gaps"]
    qtbot.waitExposed(table)
    rect = table.visualRect(page.gaps_model.index(0, 0))
    with qtbot.waitSignal(page.open_client) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [market["clients"]["Cirmos"].id]

    class Window:
        def __init__(self):
            self.opened = []

        def open_client(self, client_id):
            self.opened.append(client_id)

    window = Window()
    area.attach(window, page)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.opened == [market["clients"]["Cirmos"].id]


def test_the_segment_filter_reads_again(qtbot, market):
    page = open_page(qtbot)
    horeca = company_service.segment_by_name("HoReCa", create=False).id
    page.segment.setCurrentIndex(page.segment.findData(horeca))
    settled(qtbot)
    assert [row[0] for row in texts(page.revenue_model)] == ["HoReCa", ""]
    assert page.current_filter().segment_id == horeca and page.gaps_model.rowCount() == 0


def test_a_new_order_is_read_at_once_when_shown_else_when_shown_next(qtbot, market):
    page = open_page(qtbot)
    _sold(market["clients"]["Cirmos"], (market["water"], "1"))
    notify(ORDERS)
    settled(qtbot)
    assert page.gaps_model.rowCount() == 0
    page.hide()
    Order.update(state="cancelled").where(Order.client == market["clients"]["Cirmos"].id).execute()
    notify(ORDERS)
    settled(qtbot)
    assert texts(page.revenue_model)[2][5] == "3"  # hidden: not read yet
    page.show()
    settled(qtbot)
    assert texts(page.revenue_model)[2][5] == "2"  # Retail's buying clients without Cirmos


def test_the_worksheet_of_the_chosen_category(qtbot, market, tmp_path):
    page = open_page(qtbot)
    page.tables["revenue"].setCurrentIndex(page.revenue_model.index(3, 1))  # Retail / Drinks
    assert page.chosen_category()[1] == "Drinks"
    path = tmp_path / "prices.xlsx"
    finish(qtbot, page.export_worksheet(str(path)))
    sheet = load_workbook(path, data_only=True).active
    assert [sheet.cell(row=row, column=1).value for row in (6, 7)] == ["VIZ", "Total"]
    assert "Drinks" in sheet["A2"].value


def test_a_manager_who_is_not_head_gets_no_manager_filter(qtbot, market, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: "manager" in roles)
    page = open_page(qtbot)
    assert page.manager.isHidden() and page.current_filter().manager_id is None
    assert not page.segment.isHidden()


def test_the_analytics_page_loads_without_the_refusals_area():
    """It shares only the named periods with the Refusals page; importing that page loaded its whole area."""
    import subprocess
    import sys

    code = ("import sys\nimport kamdesk.gui.analytics.analytics_page\n"
            "print('kamdesk.gui.returns.refusals_page' in sys.modules, 'kamdesk.core.services.returns' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_a_hidden_tab_fits_its_columns_when_it_is_shown(qtbot, market):
    page = open_page(qtbot)
    gaps = page.tables["gaps"]
    header = gaps.horizontalHeader()
    stretch = QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) != stretch  # not measured while the Revenue tab is shown
    assert page.tables["revenue"].horizontalHeader().sectionResizeMode(1) == stretch
    page.tabs.setCurrentIndex(2)
    assert header.sectionResizeMode(0) == stretch
    potential = page.gaps_model.columns.index(next(c for c in page.gaps_model.columns if c.header == "Potential"))
    assert header.sectionSize(potential) >= gaps.fontMetrics().horizontalAdvance("300\xa0HUF")
