"""The dashboard's two charts, painted with QPainter (benchmarks/bench_dashboard.py measured the choice:
QtCharts starts about as cheaply but comes only in the 438 MB PySide6-Addons wheel; pyqtgraph, with numpy,
costs thirty times more to import and first paint).

`KpiBars`: per KPI (sales, active clients, new clients; each on its own scale) a bar for the plan, the actual
figure and the forecast; a double-click on a KPI's bars asks for its list (`kpi_chosen`).
`YearChart`: the sales of each month of the year as a line, the plan as a dashed line, the period shown
shaded; a double-click on a month asks for its sales list (`month_chosen`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.core.services.kpi_dashboard import Month

KPIS = ("sales", "active_clients", "new_clients")
PLAN_COLOUR, ACTUAL_COLOUR, FORECAST_COLOUR = QColor("#9e9e9e"), QColor("#3f51b5"), QColor("#9fa8da")
PERIOD_SHADE = QColor(63, 81, 181, 28)
MARGIN = 8
HEADROOM = 1.1  # the highest value stays clear of the title above it
SMALLEST_LABEL = 0.75  # a bar's name shrinks to three quarters of the type at most, then is elided


def short_number(value: Decimal | int, locale: QLocale | None = None) -> str:
    """A figure short enough for a bar's label: 12 345 678 as "12.3M", 45 600 as "45.6k", 12 as "12"."""
    locale = locale or QLocale()
    number = float(value)
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(number) >= limit:
            return locale.toString(number / limit, "f", 1) + suffix
    return locale.toString(int(round(number)))


class KpiBars(QWidget):
    """Plan, actual and forecast of the three KPIs of one manager (or the department)."""

    kpi_chosen = Signal(str)  # "sales", "active_clients" or "new_clients"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpi_bars")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.row = None  # a kpi.KpiRow
        self.titles = {"sales": self.tr("Sales"), "active_clients": self.tr("Active clients"),
                       "new_clients": self.tr("New clients")}
        self.legend = (self.tr("plan"), self.tr("actual"), self.tr("forecast"))

    def set_row(self, row) -> None:
        self.row = row
        self.setToolTip(self.tr("Double-click a KPI to see its clients") if row is not None else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def group_rect(self, index: int) -> QRectF:
        """Where the KPI at `index` is drawn."""
        width = (self.width() - 2 * MARGIN) / len(KPIS)
        return QRectF(MARGIN + index * width, MARGIN, width, self.height() - 2 * MARGIN)

    def kpi_at(self, x: float) -> str | None:
        for index, kpi in enumerate(KPIS):
            rect = self.group_rect(index)
            if rect.left() <= x < rect.right():
                return kpi
        return None

    def mouseDoubleClickEvent(self, event) -> None:
        kpi = self.kpi_at(event.position().x())
        if kpi is not None and self.row is not None:
            self.kpi_chosen.emit(kpi)
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.row is not None:
            for index, kpi in enumerate(KPIS):
                self._paint_group(painter, self.group_rect(index).adjusted(6, 0, -6, 0), kpi)
        painter.end()

    def _paint_group(self, painter: QPainter, rect: QRectF, kpi: str) -> None:
        figure = getattr(self.row, kpi)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(self.palette().windowText().color())
        percent = f" — {QLocale().toString(float(figure.percent), 'f', 1)} %" if figure.percent is not None else ""
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignHCenter,
                         self.titles[kpi] + percent)
        chart = rect.adjusted(0, line + 4, 0, -2 * line)
        values = (figure.plan, figure.actual, figure.forecast)
        top = max((float(v) for v in values if v is not None), default=0.0) * HEADROOM or 1.0
        width = chart.width() / 3
        for slot, (value, colour, label) in enumerate(zip(values, (PLAN_COLOUR, ACTUAL_COLOUR, FORECAST_COLOUR),
                                                          self.legend, strict=True)):
            left = chart.left() + slot * width + width * 0.15
            height = chart.height() * float(value) / top if value is not None else 0.0
            if value is not None:
                painter.fillRect(QRectF(left, chart.bottom() - height, width * 0.7, height), colour)
            painter.setPen(self.palette().windowText().color())
            text = short_number(value) if value is not None else "—"
            painter.drawText(QRectF(left - width * 0.15, chart.bottom() - height - line, width, line),
                             Qt.AlignmentFlag.AlignHCenter, text)
            self._paint_label(painter, QRectF(left - width * 0.15, chart.bottom() + 2, width, line), label)

    def _paint_label(self, painter: QPainter, rect: QRectF, label: str) -> None:
        """A bar's name under it, in a smaller type when it is wider than its slot ("előrejelzés"), elided last."""
        font = QFont(self.font())
        needed = QFontMetrics(font).horizontalAdvance(label)
        if needed > rect.width():
            scale = max(SMALLEST_LABEL, rect.width() / needed)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * scale)
            else:  # a font sized in pixels
                font.setPixelSize(max(1, int(font.pixelSize() * scale)))
        painter.save()
        painter.setFont(font)
        text = QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, text)
        painter.restore()


class YearChart(QWidget):
    """The sales of each month of a year against plan, the chosen period shaded."""

    month_chosen = Signal(object)  # the month's first day (a date)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("year_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.months: list[Month] = []
        self.period: tuple[dt.date, dt.date] | None = None

    def set_months(self, months: list[Month], period: tuple[dt.date, dt.date] | None) -> None:
        self.months, self.period = list(months), period
        self.setToolTip(self.tr("Sales month by month (line) against plan (dashed); double-click a month to see "
                                "its clients") if months else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def plot_rect(self) -> QRectF:
        line = QFontMetrics(self.font()).height()
        return QRectF(MARGIN, MARGIN + line, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN - 2 * line)

    def month_at(self, x: float) -> dt.date | None:
        if not self.months:
            return None
        plot = self.plot_rect()
        index = int((x - plot.left()) / (plot.width() / len(self.months)))
        return self.months[index].month if 0 <= index < len(self.months) else None

    def mouseDoubleClickEvent(self, event) -> None:
        month = self.month_at(event.position().x())
        if month is not None:
            self.month_chosen.emit(month)
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.months:
            self._paint(painter)
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        plot = self.plot_rect()
        step = plot.width() / len(self.months)
        highest = max([float(m.actual) for m in self.months] + [float(m.plan) for m in self.months if m.plan])
        top = highest * HEADROOM or 1.0
        text_colour = self.palette().windowText().color()
        line = QFontMetrics(self.font()).height()
        painter.setPen(text_colour)
        painter.drawText(QRectF(plot.left(), MARGIN, plot.width(), line), Qt.AlignmentFlag.AlignLeft,
                         self.tr("Sales %1 (highest month %2)").replace("%1", str(self.months[0].month.year))
                         .replace("%2", short_number(Decimal(str(highest)))))
        for index, month in enumerate(self.months):
            if self.period and self.period[0] <= month.month <= self.period[1]:
                painter.fillRect(QRectF(plot.left() + index * step, plot.top(), step, plot.height()), PERIOD_SHADE)
            name = QLocale().standaloneMonthName(month.month.month, QLocale.FormatType.NarrowFormat)
            painter.drawText(QRectF(plot.left() + index * step, plot.bottom() + 2, step, line),
                             Qt.AlignmentFlag.AlignHCenter, name)
        painter.setPen(QPen(text_colour.lighter(300), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

        def point(index: int, value) -> QPointF:
            return QPointF(plot.left() + (index + 0.5) * step, plot.bottom() - plot.height() * float(value) / top)

        plan = [(i, m.plan) for i, m in enumerate(self.months) if m.plan is not None]
        self._polyline(painter, [point(i, v) for i, v in plan], QPen(PLAN_COLOUR, 2, Qt.PenStyle.DashLine))
        actual = [point(i, m.actual) for i, m in enumerate(self.months)]
        self._polyline(painter, actual, QPen(ACTUAL_COLOUR, 2))
        painter.setBrush(ACTUAL_COLOUR)
        for spot in actual:
            painter.drawEllipse(spot, 3, 3)

    @staticmethod
    def _polyline(painter: QPainter, points: list[QPointF], pen: QPen) -> None:
        if len(points) < 2:
            return
        path = QPainterPath(points[0])
        for spot in points[1:]:
            path.lineTo(spot)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

