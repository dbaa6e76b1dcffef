"""Every list page in English, Hungarian and Russian at 1366×768: no date, amount, number or header is cut.

A cell is cut ("125,000…", "2026. 12. …") when its text, measured with the
font it is drawn in, and the style's margins are wider than its column.
"""

import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from kamdesk.core.models.party import Client
from kamdesk.core.models.sale import Order
from kamdesk.gui.lists import header_of
from kamdesk.gui.main_window import MainWindow

NOW = datetime.datetime(2026, 12, 4, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def demo(company):
    from kamdesk.core.services.demo import create_demo

    create_demo(40, seed=1, now=NOW)


def first_screen(view) -> range:
    """The rows shown without scrolling."""
    model, bottom = view.model(), view.viewport().height()
    count = 0
    while count < model.rowCount() and view.visualRect(model.index(count, 0)).top() < bottom:
        count += 1
    return range(count)


def cut_texts(view, columns=None) -> list[str]:
    """Headers, and cells holding a digit outside the stretching column, that do not fit their column.

    `columns`: only these (all by default).
    """
    header, model, style = header_of(view), view.model(), view.style()
    cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []

    def check(text, font, room, where):
        if QFontMetrics(font).horizontalAdvance(text) > room:
            cut.append(f"{view.objectName()} {where}: {text!r} in {room + 0} px")

    for column in range(model.columnCount()) if columns is None else columns:
        if header.isSectionHidden(column):
            continue
        size = header.sectionSize(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if title and not header.isHidden():
            room = size - header_margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
                room -= style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + header_margin // 2
            font = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) or header.font()
            check(title, font, room, "header")
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        for row in first_screen(view):
            if not isinstance(view, QTableView) and view.isFirstColumnSpanned(row, QModelIndex()):
                continue
            index = model.index(row, column)
            text = index.data()
            if not text or not any(ch.isdigit() for ch in str(text)):
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            room = size - cell_margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                room -= view.iconSize().width() if view.iconSize().isValid() else 16
            check(str(text), QFont(font) if font is not None else view.font(), room, f"row {row}")
    return cut


def show(qtbot, widget, *tabs):
    for tab_widget, index in tabs:
        tab_widget.setCurrentIndex(index)
    qtbot.waitExposed(widget)


def list_views(qtbot, window):
    """(view) of every list page, each on screen when it is yielded."""
    window.show_area("clients")  # a desk with sales starts on the KPI dashboard
    yield window.clients.table
    window.show_area("orders")
    orders = window.orders
    yield orders.table
    orders.tabs.setCurrentIndex(1)
    yield orders.approvals.table
    window.show_area("offers")
    yield window.offers.table
    window.show_area("contracts")
    contracts = window.contracts
    for index, view in enumerate((contracts.table, contracts.renewals_table, contracts.overdue_table)):
        contracts.views.setCurrentIndex(index)
        yield view
    window.show_area("catalogue")
    catalogue = window.catalogue
    for index, view in enumerate((catalogue.table, catalogue.columns_table, catalogue.promotions_table)):
        catalogue.tabs.setCurrentIndex(index)
        yield view
    window.show_area("calendar")
    yield window.calendar.agenda


def card_views(qtbot, window):
    """The list tabs of the card of a client with orders (and, in the demo, contracts)."""
    client_id = Order.select(Order.client).order_by(Order.id).first().client_id
    window.open_client(client_id)
    card = window._cards[client_id]
    card.resize(1366, 768)
    qtbot.waitExposed(card)
    tabs = card.ui.tabs
    contracts = card.area_tabs["contracts"]
    for page, views in ((card.activity_table.parentWidget(), (card.activity_table,)),
                        (card.sales.parentWidget(), (card.sales.orders, card.sales.products)),
                        (contracts, (contracts.contract_table,))):
        tabs.setCurrentWidget(page)
        yield from views


@pytest.mark.parametrize("lang", ["en", "hu", "ru"])
def test_no_list_cuts_a_date_amount_or_header_at_1366(qtbot, demo, language, lang):
    language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert Client.select().count() > 0
    cut, seen = [], []
    for views in (list_views, card_views):
        for view in views(qtbot, window):
            qtbot.waitUntil(view.isVisible)
            seen.append(view.objectName())
            assert first_screen(view), f"{view.objectName()} shows no rows: the check would prove nothing"
            cut += cut_texts(view)
    assert len(seen) == 15, seen
    assert not cut, "\n".join(cut)


@pytest.mark.parametrize("lang", ["hu", "ru"])
def test_an_orders_amounts_stay_whole_when_the_shipped_column_shows(qtbot, demo, language, lang):
    from kamdesk.gui.sale.order_entry import COLUMNS
    from kamdesk.gui.sale.orders_page import OrdersPage

    language(lang)
    order = Order.select().where(Order.state.in_(("shipped", "delivered"))).order_by(Order.id).first()
    page = OrdersPage()
    qtbot.addWidget(page, before_close_func=lambda p: p.entry._set_dirty(False))
    page.resize(1366 - 150, 768)  # beside the navigation
    page.show()
    qtbot.waitExposed(page)
    page.open_order(order.id)
    lines = page.entry.lines_view
    assert not lines.isColumnHidden(COLUMNS.index("shipped_quantity"))
    numbers = [COLUMNS.index(c) for c in ("quantity", "list_price", "discount", "unit_price", "net", "shipped_quantity")]
    assert not cut_texts(lines, numbers), "\n".join(cut_texts(lines, numbers))
    assert lines.columnWidth(COLUMNS.index("name")) >= 150, "the product name stays readable"
