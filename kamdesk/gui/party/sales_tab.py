"""The Sales tab of the client card (duty 2.15): orders, revenue per month, top products, rhythm.

Everything comes from one call, `sales_history.client_history` (≈10 ms for a
client with 20,000 order lines in a million, see
benchmarks/bench_sales_history.py), made when the tab is first shown for a
client rather than when the card opens: a card opened for the address does
not pay for the history. The chart is painted by hand: 24 monthly bars with
a readable axis, months without sales shown as a flat mark, the current
(unfinished) month lighter, and the exact amount of a month as its tooltip.

`open_order(order_id)` is emitted when the user activates an order (double
click or Enter); the card decides what opens it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import sales_history
from kamdesk.core.services.sale_workflow import is_sold
from kamdesk.core.services.sales_history import MonthRevenue, SalesHistory
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import EmptyState
from kamdesk.gui.sale.labels import format_decimal, format_money, format_quantity, state_colour, state_labels
from kamdesk.gui.widgets.tables import read_only_rows

OrderIdRole = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

BAR = QColor("#1f6fb8")
BAR_HOVER = QColor("#16568f")
BAR_CURRENT = QColor("#8db7e0")  # this month: not over yet
ZERO_MARK = QColor("#b0b0b0")
GRID = QColor("#e3e3e3")
AXIS = QColor("#9a9a9a")
INK = QColor("#333333")
MUTED = QColor("#707070")
MAX_GRID_STEPS = 5
NICE_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))


def nice_scale(largest: Decimal) -> tuple[Decimal, int]:
    """(step, steps): the axis of the bars, at most 5 round steps (1, 2, 2.5 or 5 × 10^k) up to `largest`."""
    if largest <= 0:
        return Decimal(1), 1
    magnitude = Decimal(1).scaleb((largest / MAX_GRID_STEPS).adjusted())
    for scale in (magnitude, magnitude * 10):
        for nice in NICE_STEPS:
            step = scale * nice
            steps = int((largest / step).to_integral_value(rounding=ROUND_CEILING))
            if steps <= MAX_GRID_STEPS:
                return step, max(steps, 2)
    raise AssertionError("unreachable: 10 × magnitude always fits")


def fill(template: str, *values: object) -> str:
    """Qt's %1, %2 … replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


class RevenueChart(QWidget):
    """Net revenue per month as bars, painted by hand."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revenue_chart")
        self.setMouseTracking(True)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._months: list[MonthRevenue] = []
        self._currency = ""
        self._current: tuple[int, int] | None = None
        self._hover: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def set_months(self, months: list[MonthRevenue], currency: str, current: tuple[int, int] | None = None) -> None:
        """The bars to show; `current` (year, month) is drawn lighter: that month is not over."""
        self._months, self._currency, self._current = list(months), currency, current
        self._hover = None
        self.setAccessibleDescription("; ".join(self.month_text(i) for i in range(len(self._months))))
        self.update()

    def months(self) -> list[MonthRevenue]:
        return list(self._months)

    def month_text(self, index: int) -> str:
        """"March 2026: 1 234 567 HUF" (with "so far" for this month): the tooltip of a bar."""
        month = self._months[index]
        name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
        amount = format_money(month.net, self._currency)
        if (month.year, month.month) == self._current:
            return fill(self.tr("%1 %2: %3 so far"), name, month.year, amount)
        return fill(self.tr("%1 %2: %3"), name, month.year, amount)

    # -- geometry
    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def scale(self) -> tuple[Decimal, int]:
        """(grid step, number of steps up to the top of the axis)."""
        return nice_scale(max((m.net for m in self._months), default=Decimal(0)))

    def axis_label(self, value: Decimal) -> str:
        """A short amount for the axis: 250 k, 1.5 M (the locale's decimal sign)."""
        for size, text in ((Decimal(10) ** 9, self.tr("%1 bn", "billions on the chart axis")),
                           (Decimal(10) ** 6, self.tr("%1 M", "millions on the chart axis")),
                           (Decimal(10) ** 3, self.tr("%1 k", "thousands on the chart axis"))):
            if value >= size:
                return fill(text, format_decimal(value / size, None))
        return format_decimal(value, None)

    def plot_rect(self) -> QRectF:
        metrics = self._metrics()
        step, steps = self.scale()
        label_width = max(metrics.horizontalAdvance(self.axis_label(step * i)) for i in range(steps + 1))
        left = label_width + 10
        top = metrics.height() * 1.5 + 4  # room for the legend
        return QRectF(left, top, max(10.0, self.width() - left - 8),
                      max(10.0, self.height() - top - 2 * metrics.height() - 8))

    def bar_rect(self, index: int) -> QRectF:
        """Where the bar of month `index` is painted (zero height for a month without sales)."""
        plot = self.plot_rect()
        slot = plot.width() / max(1, len(self._months))
        width = max(2.0, slot * 0.68)
        step, steps = self.scale()
        share = float(self._months[index].net / (step * steps))  # pixels only: the amount stays exact
        height = plot.height() * max(0.0, min(1.0, share))
        return QRectF(plot.left() + slot * index + (slot - width) / 2, plot.bottom() - height, width, height)

    def index_at(self, point: QPointF) -> int | None:
        plot = self.plot_rect()
        if not self._months or not (plot.left() <= point.x() < plot.right()) or point.y() > self.height():
            return None
        return min(len(self._months) - 1, int((point.x() - plot.left()) / (plot.width() / len(self._months))))

    # -- events
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.index_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.month_text(index), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event) -> None:
        index = self.index_at(event.position())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._months:
            painter.end()
            return
        metrics = self._metrics()
        plot = self.plot_rect()
        step, steps = self.scale()
        # grid and axis labels
        for i in range(steps + 1):
            y = round(plot.bottom() - plot.height() * i / steps) + 0.5
            painter.setPen(QPen(AXIS if i == 0 else GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            label = QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height())
            painter.drawText(label, RIGHT, self.axis_label(step * i))
        # bars
        slot = plot.width() / len(self._months)
        for index, month in enumerate(self._months):
            rect = self.bar_rect(index)
            if month.net <= 0:
                painter.fillRect(QRectF(rect.left(), plot.bottom() - 2, rect.width(), 2), ZERO_MARK)
                continue
            colour = BAR_CURRENT if (month.year, month.month) == self._current else BAR
            painter.fillRect(rect, BAR_HOVER if index == self._hover else colour)
        self._paint_legend(painter, metrics, plot)
        # month names (every month, or every 2nd or 3rd when narrow, January always), the year under January
        names, every = self._month_labels(slot, metrics)
        month_top = plot.bottom() + 4
        painter.setPen(MUTED)
        for index, month in enumerate(self._months):
            if (month.month - 1) % every == 0:
                left = plot.left() + slot * index
                painter.drawText(QRectF(left - slot, month_top, slot * 3, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, names[index])
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        for index in self.year_marks():
            left = plot.left() + slot * index
            if index:  # a thin line where a year begins
                painter.setPen(QPen(GRID, 1))
                painter.drawLine(QPointF(round(left) + 0.5, plot.top()),
                                 QPointF(round(left) + 0.5, plot.bottom() + 2 * metrics.height() + 4))
                painter.setPen(INK)
            painter.drawText(QRectF(left + 3, month_top + metrics.height(), slot * 6, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(self._months[index].year))
        painter.end()

    def year_marks(self) -> list[int]:
        """The bars under which the year is written: every January, and the first bar when the next
        January leaves room for its year (not under a December)."""
        if not self._months:
            return []
        bold = QFont(self.font())
        bold.setBold(True)
        room = QFontMetricsF(bold).horizontalAdvance("8888") + 8
        slot = self.plot_rect().width() / len(self._months)
        first = [0] if (13 - self._months[0].month) * slot >= room else []
        return first + [index for index, month in enumerate(self._months) if index and month.month == 1]

    def _paint_legend(self, painter: QPainter, metrics: QFontMetricsF, plot: QRectF) -> None:
        """"■ this month so far" above the plot's right end, when this month is on the chart."""
        if not any((m.year, m.month) == self._current and m.net > 0 for m in self._months):
            return
        text = self.tr("this month so far")
        width = metrics.horizontalAdvance(text)
        box = metrics.height() * 0.6
        y = (plot.top() - metrics.height()) / 2
        painter.fillRect(QRectF(plot.right() - width - box - 6, y + (metrics.height() - box) / 2, box, box),
                         BAR_CURRENT)
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.right() - width, y, width + 1, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _month_labels(self, slot: float, metrics: QFontMetricsF) -> tuple[list[str], int]:
        """(names, every): the locale's short month names, on every month, every 2nd or every 3rd
        (January, April, July, October) as the room allows; one-letter names on every 3rd at the last."""
        locale = QLocale()
        for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
            names = [locale.standaloneMonthName(m.month, kind) for m in self._months]
            widest = max(metrics.horizontalAdvance(name) for name in names)
            for every in (1, 2, 3):
                if widest <= slot * every - 6:
                    return names, every
        return names, 3


class SalesTab(QWidget):
    """The client's orders, revenue per month, top products and buying rhythm."""

    open_order = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("sales_tab")
        self._today = today
        self._client_id: int | None = None
        self._stale = False
        self.history: SalesHistory | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("sales_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_title = self._heading()
        self.chart = RevenueChart(self)
        self.orders_title = self._heading(self.tr("Orders"))
        self.orders = self._table("orders_table", [self.tr("Number"), self.tr("Date"), self.tr("State"),
                                                   self.tr("Gross total")], stretch=3, right=(3,))
        self.products_title = self._heading(self.tr("Top products, last 24 months"))
        self.products = self._table("top_products_table", [self.tr("SKU"), self.tr("Product"), self.tr("Quantity"),
                                                           self.tr("Net")], stretch=1, right=(2, 3))
        self.orders.activated.connect(self._activated)
        self.orders_empty = EmptyState(self.orders)
        self.products_empty = EmptyState(self.products)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for title, table in ((self.orders_title, self.orders), (self.products_title, self.products)):
            box = QWidget(splitter)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(table, 1)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 2)
        layout.addSpacing(4)
        layout.addWidget(splitter, 3)
        self._show(None)

    # -- public
    def set_client(self, client_id: int | None) -> None:
        """Show this client's sales; read when the tab is visible (now, or when it is next shown)."""
        self._client_id = client_id
        self._stale = True
        if client_id is None or self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the history again (after an order was saved, say)."""
        self._stale = False
        if self._client_id is None:
            self.history = None
        else:
            self.history = sales_history.client_history(self._client_id, self._today)
        self._show(self.history)

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # -- filling
    def _show(self, history: SalesHistory | None) -> None:
        currency = history.currency if history else ""
        self.chart_title.setText(fill(self.tr("Net revenue per month, last 24 months (%1)"), currency)
                                 if currency else self.tr("Net revenue per month, last 24 months"))
        self.summary.setText(self.summary_text(history))
        today = self._today or dt.date.today()
        self.chart.set_months(history.months if history else [], currency, (today.year, today.month))
        self._fill_orders(history)
        self._fill_products(history)
        self._show_empty(history)
        if history is not None and len(history.orders) >= sales_history.RECENT_ORDERS:
            self.orders_title.setText(fill(self.tr("Last %1 orders"), len(history.orders)))
        else:
            self.orders_title.setText(self.tr("Orders"))

    def _show_empty(self, history: SalesHistory | None) -> None:
        """A saved client without orders: what the two lists are for (an unsaved one has the summary's word)."""
        self.orders_empty.hide_hint()
        self.products_empty.hide_hint()
        if history is not None and not history.orders:
            self.orders_empty.show_hint(self.tr("No orders yet: New order, beside, takes one; New offer "
                                                "writes an offer first."))
        if history is not None and not history.top_products:
            self.products_empty.show_hint(self.tr("The products this client buys most show here."))

    def summary_text(self, history: SalesHistory | None) -> str:
        if history is None:
            return self.tr("The sales history appears once the client is saved.")
        if history.last_order_date is None:
            return self.tr("No orders yet.")
        parts = [fill(self.tr("Last order: %1"), format_date(history.last_order_date))]
        if history.average_interval_days is not None:
            days = max(1, int(history.average_interval_days.to_integral_value(rounding=ROUND_HALF_UP)))
            parts.append(self.tr("on average every day") if days == 1
                         else fill(self.tr("on average every %1 days"), days))
        count = history.order_count
        parts.append(self.tr("1 order in 24 months") if count == 1 else fill(self.tr("%1 orders in 24 months"), count))
        parts.append(fill(self.tr("total %1 net"), format_money(history.net_total, history.currency)))
        return " · ".join(parts)

    def _fill_orders(self, history: SalesHistory | None) -> None:
        table = self.orders
        rows = history.orders if history else []
        table.setRowCount(len(rows))
        labels = state_labels()
        for row, order in enumerate(rows):
            number = QTableWidgetItem(order.number)
            number.setData(OrderIdRole, order.id)
            state = QTableWidgetItem(labels.get(order.state, order.state))
            state.setForeground(state_colour(order.state))
            total = QTableWidgetItem(format_money(order.gross_total, order.currency))
            total.setTextAlignment(RIGHT)
            if not is_sold(order.state):  # not sales: greyed
                for item in (number, total):
                    item.setForeground(MUTED)
            for column, item in enumerate((number, QTableWidgetItem(format_date(order.order_date)), state, total)):
                table.setItem(row, column, item)
        # the orders keep the width their columns need; the top products take the rest
        header = table.horizontalHeader()
        needed = sum(max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
                     for column in range(table.columnCount()))
        width = needed + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 8
        self.orders.parentWidget().setMinimumWidth(min(width, 480))

    def _fill_products(self, history: SalesHistory | None) -> None:
        table = self.products
        rows = history.top_products if history else []
        table.setRowCount(len(rows))
        for row, product in enumerate(rows):
            quantity = QTableWidgetItem(f"{format_quantity(product.quantity)}\u00a0{product.unit}".strip())
            quantity.setTextAlignment(RIGHT)
            net = QTableWidgetItem(format_money(product.net, history.currency))
            net.setTextAlignment(RIGHT)
            name = QTableWidgetItem(product.name)
            name.setToolTip(product.name)
            for column, item in enumerate((QTableWidgetItem(product.sku), name, quantity, net)):
                table.setItem(row, column, item)

    # -- helpers
    def _activated(self, index) -> None:
        order_id = self.orders.item(index.row(), 0).data(OrderIdRole)
        if order_id is not None:
            self.open_order.emit(int(order_id))

    def _heading(self, text: str = "") -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _table(self, name: str, headers: list[str], stretch: int, right: tuple[int, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        read_only_rows(table, word_wrap=False, tab_keys=False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        for column in right:
            table.horizontalHeaderItem(column).setTextAlignment(RIGHT)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(QFontMetricsF(table.font()).height() * 1.6))
        return table
