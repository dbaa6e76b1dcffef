"""The KPI dashboard, the manager's start page: for a month, a quarter or a year, the three KPIs of variable
pay (sales, active clients, new clients) with plan, actual, fulfilment % and forecast, how many clients lapsed
and are about to lapse, and the variable-pay fulfilment by the company's scale.

A manager sees their own row; a head or an administrator the department's total and a row per manager
(`services.kpi_dashboard.sees_team`). Under the table, the row chosen as charts: plan, actual and forecast
bars per KPI and the year's sales month by month (`charts.py`, painted by hand). A double-click (or Enter)
on a figure, a bar or a month opens the clients behind it (`client_list.py`), and a client there its card.
"Plan my week" opens the calendar's suggestions, where the clients about to lapse are among the rules.
Everything is read through `services.kpi_dashboard` on a worker thread; no query is built here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services.kpi import month_start
from kamdesk.gui.changes import COMPANY, OFFERS, ORDERS, Change, changes
from kamdesk.gui.formatting import format_amount
from kamdesk.gui.first_paint import after_first_paint
from kamdesk.gui.kpi.charts import KpiBars, YearChart
from kamdesk.gui.lists import fit_columns
from kamdesk.gui.widgets.roles import ID_ROLE
from kamdesk.gui.widgets.tables import read_only_rows

if TYPE_CHECKING:  # read on a worker once the page has painted, the lists on a double-click: not at start-up
    from kamdesk.core.services import kpi_dashboard
    from kamdesk.gui.kpi.client_list import KpiClientList
    from kamdesk.gui.operations import Operation

KPIS = ("sales", "active_clients", "new_clients")
KIND_OF_KPI = {"sales": "sales", "active_clients": "active", "new_clients": "new"}
PERIOD_KINDS = ("month", "quarter", "year")
PLANS = "plans"  # the change the plans' editor announces
LAPSED_COLUMN, LAPSING_COLUMN, PAY_COLUMN = 13, 14, 15
COLUMNS = 16
GOOD, SHORT = QColor("#2e7d32"), QColor("#c62828")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def periods(kind: str, today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The periods offered for `kind`, newest first: 3 months ahead to 24 back, a quarter ahead to 8 back,
    next year to 3 back."""
    if kind == "month":
        firsts, length = [month_start(today, back) for back in range(-3, 25)], 1
    elif kind == "quarter":
        quarter = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        firsts, length = [month_start(quarter, 3 * back) for back in range(-1, 9)], 3
    else:
        firsts, length = [dt.date(year, 1, 1) for year in range(today.year + 1, today.year - 4, -1)], 12
    return [(first, month_start(first, -length) - dt.timedelta(days=1)) for first in firsts]


def column_kind(column: int) -> str | None:
    """The list behind a table column: its KPI's, or the lapsed and about-to-lapse clients."""
    if 1 <= column <= 12:
        return KIND_OF_KPI[KPIS[(column - 1) // 4]]
    return {LAPSED_COLUMN: "lapsed", LAPSING_COLUMN: "lapsing"}.get(column)


class KpiPage(QWidget):
    """The KPI dashboard. Public: `refresh()` (returns the read), `show_dashboard(board)`, `open_list(kind)`;
    `open_client(id)` and `plan_week()` ask the window (the area's attach connects them)."""

    open_client = Signal(int)
    plan_week = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpi_page")
        self.board: kpi_dashboard.Dashboard | None = None
        self._readings = 0  # reads asked for: only the latest one's result is shown
        self._chosen: int | None = None  # the manager whose charts are shown (None: the department)
        self._build_bar()
        self._build_table()
        self._build_charts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self.bar)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.charts)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self._fitted = False  # the table is sized to its rows once; then the user's splitter stays
        changes().changed.connect(self._changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._readings:  # the first read once the page has painted: the worker holds the GIL at times
            after_first_paint(self, self._first_read)

    def _first_read(self) -> None:
        if not self._readings:
            self.refresh()

    # ------------------------------------------------------------ building
    def _build_bar(self) -> None:
        self.bar = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("kpi_period_kind")
        for name, text in zip(PERIOD_KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year")), strict=True):
            self.kind.addItem(text, name)
        self.period = QComboBox(self)
        self.period.setObjectName("kpi_period")
        self._fill_periods()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.reading = QLabel(self.tr("Reading…"), self)
        self.reading.setObjectName("kpi_reading")
        self.reading.setStyleSheet("QLabel { color: #777777; }")
        self.reading.hide()
        self.lapsing_button = QPushButton(self.tr("About to lapse…"), self)
        self.lapsing_button.setObjectName("kpi_lapsing")
        self.lapsing_button.setToolTip(self.tr("Active clients without an order for the company's lapse days"))
        self.lapsing_button.clicked.connect(self._open_lapsing)
        self.plan_week_button = QPushButton(self.tr("Plan my &week"), self)
        self.plan_week_button.setObjectName("kpi_plan_week")
        self.plan_week_button.setToolTip(self.tr("The calendar's suggestions for this week, clients about to "
                                                 "lapse among them"))
        self.plan_week_button.clicked.connect(self.plan_week.emit)
        self.bar.addWidget(QLabel(self.tr("Period:"), self))
        self.bar.addWidget(self.kind)
        self.bar.addWidget(self.period)
        self.bar.addWidget(self.reading)
        self.bar.addStretch(1)
        self.plans_button = QPushButton(self.tr("&Plans…"), self)
        self.plans_button.setObjectName("kpi_plans")
        self.plans_button.setToolTip(self.tr("The year's monthly plans: heads set and split them, managers see "
                                             "their own"))
        self.plans_button.clicked.connect(self.open_plans)
        self.bar.addWidget(self.lapsing_button)
        self.bar.addWidget(self.plan_week_button)
        self.bar.addWidget(self.plans_button)

    def open_plans(self) -> None:
        """The plans' editor, modal; saving there announces "plans", which reads the figures again."""
        from kamdesk.gui.kpi.plans_dialog import PlansDialog

        dialog = PlansDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def _build_table(self) -> None:
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("kpi_table")
        read_only_rows(self.table, word_wrap=False, tab_keys=False)
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.setToolTip(self.tr("Double-click a figure to see its clients"))
        self.table.itemActivated.connect(self._activated)
        self.table.currentCellChanged.connect(self._row_changed)

    def _headers(self) -> list[str]:
        names = (self.tr("Sales"), self.tr("Active clients"), self.tr("New clients"))
        parts = (self.tr("plan"), self.tr("actual"), "%", self.tr("forecast"))
        return ([self.tr("Manager")] + [f"{name}\n{part}" for name in names for part in parts]
                + [self.tr("Lapsed"), self.tr("About to\nlapse"), self.tr("Variable\npay %")])

    def _build_charts(self) -> None:
        self.charts = QWidget(self)
        self.chart_title = QLabel(self.charts)
        self.chart_title.setObjectName("kpi_chart_title")
        self.chart_title.setStyleSheet("QLabel { font-weight: bold; }")
        self.bars = KpiBars(self.charts)
        self.bars.kpi_chosen.connect(lambda kpi: self.open_list(KIND_OF_KPI[kpi]))
        self.year = YearChart(self.charts)
        self.year.month_chosen.connect(self._open_month)
        row = QHBoxLayout()
        row.addWidget(self.bars, 1)
        row.addWidget(self.year, 1)
        layout = QVBoxLayout(self.charts)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.chart_title)
        layout.addLayout(row, 1)

    # ------------------------------------------------------------ the period
    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        today = dt.date.today()
        for start, end in periods(kind, today):
            self.period.addItem(self.period_text(kind, start), (start, end))
            if start <= today <= end:
                self.period.setCurrentIndex(self.period.count() - 1)
        self.period.blockSignals(False)

    def period_text(self, kind: str, start: dt.date) -> str:
        if kind == "month":
            return QLocale().toString(QDate(start.year, start.month, 1), self.tr("MMMM yyyy"))
        if kind == "quarter":
            return self.tr("Q%1 %2").replace("%1", str((start.month - 1) // 3 + 1)).replace("%2", str(start.year))
        return str(start.year)

    def chosen_period(self) -> tuple[dt.date, dt.date]:
        return self.period.currentData()

    def set_period(self, kind: str, day: dt.date) -> None:
        """Show the month, quarter or year (`kind`) that holds `day`, when it is among those offered."""
        self.kind.setCurrentIndex(PERIOD_KINDS.index(kind))
        for index in range(self.period.count()):
            start, end = self.period.itemData(index)
            if start <= day <= end:
                self.period.setCurrentIndex(index)

    def _kind_changed(self, *_args) -> None:
        self._fill_periods()
        self.refresh()

    def _period_changed(self, *_args) -> None:
        self.refresh()

    # ------------------------------------------------------------ reading
    def refresh(self) -> Operation:
        """Read the dashboard of the chosen period on a worker thread (returned)."""
        start, end = self.chosen_period()
        self._readings += 1
        number = self._readings
        self.reading.show()
        from kamdesk.core.services import kpi_dashboard
        from kamdesk.gui.operations import Operation

        return Operation(self, lambda _task: kpi_dashboard.read(start, end)).success(
            lambda board: self._received(number, board)).failure(lambda error: self._failed(number, error)).run()

    def _received(self, number: int, board: kpi_dashboard.Dashboard) -> None:
        if number == self._readings:  # else the period changed meanwhile: a newer read is on its way
            self.reading.hide()
            self.show_dashboard(board)

    def _failed(self, number: int, error: BaseException) -> None:
        if number == self._readings:
            self.reading.hide()
            from kamdesk.gui.operations import report_failure

            report_failure(self, error)

    def _changed(self, change: Change) -> None:
        if change.touches(ORDERS, OFFERS, COMPANY, PLANS):
            self.refresh()

    # ------------------------------------------------------------ showing
    def show_dashboard(self, board: kpi_dashboard.Dashboard) -> None:
        """Fill the table and the charts with `board`, keeping the chosen row."""
        self.board = board
        chosen = self._chosen
        self.table.blockSignals(True)
        self.table.setRowCount(len(board.cards))
        for index, card in enumerate(board.cards):
            self._fill_row(index, card)
        self.table.blockSignals(False)
        fit_columns(self.table, text=[0])  # the names whole (up to a point); a wide table scrolls
        self.table.resizeRowsToContents()
        ids = [card.row.manager_id for card in board.cards]
        self.table.setCurrentCell(ids.index(chosen) if chosen in ids else 0, 0)
        self._fit_table_once()
        self._show_charts()
        first = board.cards[0] if board.cards else None
        lapsing = first.lapsing if first else 0
        self.lapsing_button.setText(self.tr("About to lapse (%1)…").replace("%1", str(lapsing)))
        self.lapsing_button.setEnabled(first is not None)

    def _fit_table_once(self) -> None:
        """A manager's one row (or a small team) gets a table just tall enough, the charts the rest; at most half."""
        if self._fitted or not self.table.rowCount():
            return
        self._fitted = True
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        wanted = (rows + self.table.horizontalHeader().height() + self.table.horizontalScrollBar().sizeHint().height()
                  + 2 * self.table.frameWidth())
        total = sum(self.splitter.sizes())
        table = min(wanted, total // 2) if total else wanted
        self.splitter.setSizes([table, max(total - table, 1)])

    def _fill_row(self, index: int, card: kpi_dashboard.Card) -> None:
        row = card.row
        cells = [self._manager_name(row)]
        for kpi in KPIS:
            figure = getattr(row, kpi)
            cells += [_text(figure.plan), _text(figure.actual), _percent(figure.percent), _text(figure.forecast)]
        cells += [str(card.lapsed), str(card.lapsing), _percent(card.pay.total)]
        bold = QFont()
        bold.setBold(row.manager_id is None)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, row.manager_id)
            item.setFont(bold)
            if column:
                item.setTextAlignment(RIGHT)
            self.table.setItem(index, column, item)
        for column in (3, 7, 11):
            percent = getattr(row, KPIS[(column - 1) // 4]).percent
            if percent is not None:
                self.table.item(index, column).setForeground(QBrush(GOOD if percent >= 100 else SHORT))

    def _manager_name(self, row) -> str:
        return row.manager if row.manager_id is not None else self.tr("Department")

    def current_card(self) -> kpi_dashboard.Card | None:
        row = self.table.currentRow()
        cards = self.board.cards if self.board else []
        return cards[row] if 0 <= row < len(cards) else None

    def _row_changed(self, *_args) -> None:
        card = self.current_card()
        if card is not None:
            self._chosen = card.row.manager_id
        self._show_charts()

    def _show_charts(self) -> None:
        card = self.current_card()
        if card is None or self.board is None:
            self.chart_title.clear()
            self.bars.set_row(None)
            self.year.set_months([], None)
            return
        self.chart_title.setText(f"{self._manager_name(card.row)} — {self.period.currentText()}")
        self.bars.set_row(card.row)
        self.year.set_months(self.board.year.get(card.row.manager_id, []), (self.board.start, self.board.end))

    # ------------------------------------------------------------ the lists
    def _activated(self, item: QTableWidgetItem) -> None:
        kind = column_kind(item.column())
        if kind is not None:
            self.open_list(kind)

    def _open_lapsing(self) -> None:
        if self.board and self.board.cards:
            self.table.setCurrentCell(0, LAPSING_COLUMN)
            self.open_list("lapsing")

    def _open_month(self, month: dt.date) -> None:
        end = month_start(month, -1) - dt.timedelta(days=1)
        self.open_list("sales", (month, end, self.period_text("month", month)))

    def open_list(self, kind: str, period: tuple[dt.date, dt.date, str] | None = None) -> KpiClientList | None:
        """The clients behind `kind` for the chosen row, in the period shown (or `period`), in a window of its
        own (kept while open, so two lists can be compared)."""
        card = self.current_card()
        if card is None:
            return None
        if period is None:
            start, end = self.chosen_period()
            period = (start, end, self.period.currentText())
        from kamdesk.gui.kpi.client_list import KpiClientList

        dialog = KpiClientList(kind, period, (card.row.manager_id, self._manager_name(card.row)), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_client.connect(self.open_client)
        dialog.show()
        dialog.read()
        return dialog


def _text(value) -> str:
    if value is None:
        return "—"
    return str(value) if isinstance(value, int) else format_amount(value)


def _percent(value) -> str:
    return "—" if value is None else f"{QLocale().toString(float(value), 'f', 1)} %"
