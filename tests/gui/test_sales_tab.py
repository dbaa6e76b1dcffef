"""The Sales tab of the client card: what it shows is what the sales history service says."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from kamdesk.core.services import sale, sales_history
from kamdesk.core.services.party import save_client
from kamdesk.gui.party import sales_tab as sales_tab_module
from kamdesk.gui.party.sales_tab import BAR, BAR_CURRENT, ZERO_MARK, SalesTab, format_date, nice_scale
from kamdesk.gui.sale.labels import format_money, format_quantity, state_labels
from tests import factories

TODAY = dt.date(2026, 3, 15)


@pytest.fixture(autouse=True)
def british_english():
    """Dates, months and separators as en_GB writes them, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def client_with_orders(company):
    ids = factories.priced_products((("A-1", "Alma", "pc", "1000"), ("B-2", "Búza", "kg", "250.50")))
    client = save_client({"name": "Vevő Kft.", "status": "active"})
    orders = []
    for day, lines, state in (
        (dt.date(2025, 4, 10), [("A-1", 3)], "confirmed"),
        (dt.date(2025, 6, 2), [("A-1", 1), ("B-2", "12.5")], "confirmed"),
        (dt.date(2026, 1, 20), [("B-2", 40)], "confirmed"),
        (dt.date(2026, 2, 5), [("A-1", 9)], "cancelled"),
        (dt.date(2026, 3, 3), [("A-1", 2)], "confirmed"),
        (dt.date(2026, 3, 12), [("B-2", 2)], "draft"),
    ):
        requests = [sale.LineRequest(product_id=ids[sku], quantity=Decimal(str(q))) for sku, q in lines]
        order = sale.save_order({"client_id": client.id, "order_date": day}, requests)
        if state == "confirmed":
            sale.confirm_order(order.id)
        elif state == "cancelled":
            sale.cancel_order(order.id, "price")
        orders.append(sale.get_order(order.id))
    return client, orders


@pytest.fixture
def tab(qtbot):
    widget = SalesTab(today=TODAY)
    widget.resize(900, 640)
    qtbot.addWidget(widget)
    return widget


def cell(table, row, column):
    return table.item(row, column).text()


def test_tables_and_summary_show_the_service_figures(tab, qtbot, client_with_orders):
    client, orders = client_with_orders
    tab.set_client(client.id)
    tab.show()
    qtbot.waitExposed(tab)
    history = sales_history.client_history(client.id, TODAY)

    table = tab.orders
    assert table.rowCount() == 6
    labels = state_labels()
    shown = [[cell(table, row, column) for column in range(4)] for row in range(table.rowCount())]
    assert shown == [[o.number, format_date(o.order_date), labels[o.state], format_money(o.gross_total, "HUF")]
                     for o in history.orders]
    assert shown[0][2] == "Draft" and shown[2][2] == "Cancelled"
    assert shown[1][3] == "2,540\u00a0HUF" and orders[4].gross_total == Decimal(2540)  # 2 × 1000 + 27 % VAT

    products = tab.products
    assert [[cell(products, row, column) for column in range(4)] for row in range(products.rowCount())] == [
        [p.sku, p.name, f"{format_quantity(p.quantity)}\u00a0{p.unit}", format_money(p.net, "HUF")]
        for p in history.top_products]
    assert [cell(products, row, 0) for row in range(products.rowCount())] == ["B-2", "A-1"]  # 52.5 kg, 6 pc

    assert tab.chart.months() == history.months
    days = int(history.average_interval_days.to_integral_value())
    assert tab.summary.text() == (f"Last order: {format_date(dt.date(2026, 3, 3))} · on average every {days} days"
                                  f" · 4 orders in 24 months · total {format_money(history.net_total, 'HUF')} net")


def test_months_without_sales_are_visible_and_this_month_is_lighter(tab, qtbot, client_with_orders):
    client, _ = client_with_orders
    tab.set_client(client.id)
    tab.show()
    qtbot.waitExposed(tab)
    chart = tab.chart
    months = chart.months()
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()

    def colour_at(x, y):
        return QColor(image.pixel(int(x * ratio), int(y * ratio)))

    plot = chart.plot_rect()
    february = next(i for i, m in enumerate(months) if (m.year, m.month) == (2026, 2))  # only a cancelled order
    assert months[february].net == 0
    rect = chart.bar_rect(february)
    assert rect.height() == 0
    assert colour_at(rect.center().x(), plot.bottom() - 1) == ZERO_MARK
    june = next(i for i, m in enumerate(months) if (m.year, m.month) == (2025, 6))
    assert colour_at(chart.bar_rect(june).center().x(), chart.bar_rect(june).center().y()) == BAR
    current = chart.bar_rect(len(months) - 1)  # March 2026: a sale, the month not over
    assert colour_at(current.center().x(), current.center().y()) == BAR_CURRENT


def test_a_bar_tells_its_exact_amount(tab, client_with_orders):
    client, _ = client_with_orders
    tab.set_client(client.id)
    tab.show()
    chart = tab.chart
    last = chart.months()[-1]
    assert chart.month_text(len(chart.months()) - 1) == f"March 2026: {format_money(last.net, 'HUF')} so far"
    assert chart.month_text(0) == f"April 2024: {format_money(Decimal(0), 'HUF')}"
    assert chart.index_at(chart.bar_rect(5).center()) == 5


def test_activating_an_order_asks_to_open_it(tab, qtbot, client_with_orders):
    client, _ = client_with_orders
    tab.set_client(client.id)
    tab.show()
    qtbot.waitExposed(tab)
    history = tab.history
    table = tab.orders
    rect = table.visualRect(table.model().index(1, 0))
    with qtbot.waitSignal(tab.open_order) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [history.orders[1].id]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(tab.open_order) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [history.orders[2].id]


def test_the_history_is_read_when_the_tab_is_shown(tab, qtbot, monkeypatch, client_with_orders):
    client, _ = client_with_orders
    calls = []
    real = sales_history.client_history

    def counting(client_id, today=None):
        calls.append(client_id)
        return real(client_id, today)

    monkeypatch.setattr(sales_tab_module.sales_history, "client_history", counting)
    tab.set_client(client.id)
    assert calls == []  # the card opened on another tab pays nothing
    tab.show()
    qtbot.waitExposed(tab)
    assert calls == [client.id]
    tab.set_client(client.id)  # visible: read at once
    assert calls == [client.id, client.id]
    tab.hide()
    tab.show()
    assert len(calls) == 2  # nothing changed, nothing read


def test_new_and_orderless_clients(tab, qtbot, company):
    tab.show()
    tab.set_client(None)
    assert tab.summary.text() == "The sales history appears once the client is saved."
    assert tab.orders.rowCount() == 0 and tab.chart.months() == []
    fresh = save_client({"name": "Új Kft."})
    tab.set_client(fresh.id)
    assert tab.summary.text() == "No orders yet."
    assert [m.net for m in tab.chart.months()] == [Decimal("0.00")] * 24
    assert tab.products.rowCount() == 0
    tab.chart.grab()  # paints an all-zero chart without dividing by zero


def test_years_under_january_and_under_the_first_bar_when_there_is_room(tab, qtbot):
    from kamdesk.core.services.sales_history import MonthRevenue

    tab.show()
    qtbot.waitExposed(tab)

    def months_from(year, month):
        first = year * 12 + month - 1
        return [MonthRevenue((first + i) // 12, (first + i) % 12 + 1, Decimal(0)) for i in range(24)]

    tab.chart.set_months(months_from(2024, 4), "HUF")
    assert tab.chart.year_marks() == [0, 9, 21]  # April 2024, January 2025, January 2026
    tab.chart.set_months(months_from(2024, 12), "HUF")
    assert tab.chart.year_marks() == [1, 13]  # no "2024" squeezed under December beside "2025"


def test_axis_steps_are_round():
    assert nice_scale(Decimal(24000000)) == (Decimal(5000000), 5)
    assert nice_scale(Decimal(3376)) == (Decimal(1000), 4)
    assert nice_scale(Decimal(1000000)) == (Decimal(200000), 5)
    assert nice_scale(Decimal(0)) == (Decimal(1), 1)
    assert nice_scale(Decimal("0.5")) == (Decimal("0.1"), 5)


def test_axis_labels_are_short(tab):
    label = tab.chart.axis_label
    assert [label(Decimal(v)) for v in (0, 500, 250000, 1500000, 2000000000)] == ["0", "500", "250 k", "1.5 M", "2 bn"]
