"""The Analytics page: revenue and growth, penetration and assortment gaps by segment and category.

The bar chooses the period (the last 12 months by default, compared with the same days a year before), the
manager (heads and admins: the orders a manager took; a manager's own desk shows what they see), the segment
and the level of categories, and exports the price-change proposal worksheet. Three tabs: Revenue & growth
(each segment's total, then its categories), Penetration (the share of the segment's active clients buying
each category, with a bar) and Gaps (the clients not buying a category most of their segment buys, the
largest potential first; double-click opens the client's card). Everything is read through
`services.analytics` on a worker thread: "Reading…" shows meanwhile, the figures shown stay until the new ones
come, and only the reading asked for last is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import analytics
from kamdesk.core.services import company as company_service
from kamdesk.gui.changes import CATALOGUE, CLIENTS, ORDERS, Change, changes
from kamdesk.gui.lists import fill_choices, fit_columns
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.widgets.lazy_model import RIGHT
from kamdesk.gui.widgets.list_page import list_table
from kamdesk.gui.widgets.periods import period

PERIODS = ("last_12_months", "last_3_months", "this_year", "last_year")
GROWTH_COLOURS = {"up": "#2e7d32", "down": "#c62828"}
BAR, BAR_COLOUR = "█", "#5c6bc0"
BAR_WIDTH = 25
TABS = ("revenue", "penetration", "gaps")  # the tabs in order, each a table
STRETCHED = {"revenue": 1, "penetration": 6, "gaps": 0}  # the column that takes the table's spare width


@dataclass(frozen=True)
class Column:
    """A column of a figures table: its header, how a row shows in it, and whether it is a number."""

    header: str
    text: Callable[[object], str]
    number: bool = True


class FiguresModel(QAbstractTableModel):
    """Rows of the analysis (segment totals, segment × category rows or gaps) in the columns given; `bold(row)`
    marks the rows shown in bold, `colour(row, column)` a text colour."""

    def __init__(self, columns: list[Column], parent=None, bold=None, colour=None):
        super().__init__(parent)
        self.columns, self.rows = columns, []
        self._bold_row, self._colour = bold or (lambda row: False), colour or (lambda row, column: None)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row(self, number: int):
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and self._bold_row(row):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(row, index.column())
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].number:
            return RIGHT
        return None


def percent_text(value) -> str:
    return f"{value} %" if value is not None else "–"


def growth_text(value) -> str:
    if value is None:
        return "–"
    return f"+{value} %" if value > 0 else f"{value} %"


def growth_colour(value) -> str | None:
    if not value:
        return None
    return GROWTH_COLOURS["up" if value > 0 else "down"]


class AnalyticsPage(QWidget):
    """Revenue, penetration and gaps by segment and category.

    Public: `refresh()` (the reading's Operation), `current_filter()`, `analysis` (what is shown),
    `export_worksheet(path=None)`, `open_current_gap()`; signal `open_client(client_id)` (the window opens the card).
    """

    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("analytics_page")
        self.analysis: analytics.Analysis | None = None
        self._readings = 0  # readings asked for so far: only the latest one's result is shown
        self._stale = False  # something changed while the page was hidden
        self._unfitted: set[str] = set()  # tabs whose columns wait for the tab to be shown to fit the rows read
        self._build_bar()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self.bar)
        layout.addWidget(self.tabs, 1)
        changes().changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------ building
    def _build_bar(self) -> None:
        self.bar = QHBoxLayout()
        self.period = self._combo("period", zip((self.tr("Last 12 months"), self.tr("Last 3 months"),
                                                 self.tr("This year"), self.tr("Last year")), PERIODS, strict=True))
        self.manager = self._combo("manager_filter", ())
        fill_choices(self.manager, self.tr("All managers"),
                     ((manager.name, manager.id) for manager in company_service.list_managers()))
        self.manager.setVisible(company_service.has_role("head", "admin"))
        self.segment = self._combo("segment_filter", ())
        fill_choices(self.segment, self.tr("All segments"),
                     [*((segment.name, segment.id) for segment in company_service.list_segments()),
                      (self.tr("Without segment"), analytics.NO_SEGMENT)])
        self.depth = self._combo("category_level", ((self.tr("Main categories"), 1), (self.tr("Subcategories"), 2)))
        self.bar.addWidget(QLabel(self.tr("Period:"), self))
        for combo in (self.period, self.manager, self.segment, self.depth):
            self.bar.addWidget(combo)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.bar.addStretch(1)
        self.reading = QLabel(self.tr("Reading…"), self)
        self.reading.setObjectName("analytics_reading")
        self.reading.setStyleSheet("QLabel { color: #777777; }")
        self.reading.hide()
        self.bar.addWidget(self.reading)
        self.export_button = QPushButton(self.tr("Price &worksheet…"), self)
        self.export_button.setObjectName("export_price_worksheet")
        self.export_button.setToolTip(self.tr("A price-change proposal in Excel for the category of the row "
                                              "chosen (every product sold when none is) and the segment chosen"))
        self.export_button.clicked.connect(self._export_clicked)
        self.bar.addWidget(self.export_button)

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("analytics_tabs")
        self.revenue_model = FiguresModel(self._revenue_columns(), self, bold=lambda row: row[1] is None,
                                          colour=self._revenue_colour)
        self.penetration_model = FiguresModel(self._penetration_columns(), self,
                                              colour=lambda row, column: BAR_COLOUR if column == 6 else None)
        self.gaps_model = FiguresModel(self._gap_columns(), self)
        self.tables: dict[str, QTableView] = {}
        for key, model, title in (("revenue", self.revenue_model, self.tr("&Revenue && growth")),
                                  ("penetration", self.penetration_model, self.tr("&Penetration")),
                                  ("gaps", self.gaps_model, self.tr("&Gaps"))):
            table = list_table(self, f"{key}_table", model)  # type: ignore[arg-type] (a plain table model)
            table.setAlternatingRowColors(True)
            self.tables[key] = table
            self.tabs.addTab(table, title)
        self.tables["gaps"].activated.connect(self._gap_activated)  # a double-click or Enter
        self.tabs.currentChanged.connect(self._fit_shown)
        self.tables["gaps"].setToolTip(self.tr("Double-click a client, or press Enter, to open its card"))

    # rows of the revenue tab are (segment row, category row or None for the segment's total)
    def _revenue_columns(self) -> list[Column]:
        money = self._money
        return [Column(self.tr("Segment"), lambda r: (r[0].segment or self.tr("(no segment)")) if r[1] is None else "",
                       number=False),
                Column(self.tr("Category"), lambda r: self.tr("All categories") if r[1] is None
                       else r[1].category or self.tr("(no category)"), number=False),
                Column(self.tr("Revenue"), lambda r: money((r[1] or r[0]).revenue)),
                Column(self.tr("The year before"), lambda r: money((r[1] or r[0]).previous)),
                Column(self.tr("Growth"), lambda r: growth_text((r[1] or r[0]).growth)),
                Column(self.tr("Buying clients"), lambda r: str(r[0].active) if r[1] is None else str(r[1].buyers)),
                Column(self.tr("Other currencies"), lambda r: " · ".join(
                    format_money(amount, currency) for currency, amount in sorted((r[1] or r[0]).other.items())),
                    number=False)]

    def _revenue_colour(self, row, column: int) -> str | None:
        return growth_colour((row[1] or row[0]).growth) if column == 4 else None

    def _penetration_columns(self) -> list[Column]:
        return [Column(self.tr("Segment"), lambda r: r.segment or self.tr("(no segment)"), number=False),
                Column(self.tr("Category"), lambda r: r.category or self.tr("(no category)"), number=False),
                Column(self.tr("Buying clients"), lambda r: str(r.buyers)),
                Column(self.tr("Active clients"), lambda r: str(self._active(r.segment_id))),
                Column(self.tr("Penetration"), lambda r: percent_text(r.penetration)),
                Column(self.tr("The year before"), lambda r: percent_text(r.previous_penetration)),
                Column("", lambda r: BAR * round(float(r.penetration or 0) * BAR_WIDTH / 100), number=False)]

    def _gap_columns(self) -> list[Column]:
        return [Column(self.tr("Client"), lambda g: g.client, number=False),
                Column(self.tr("Segment"), lambda g: g.segment, number=False),
                Column(self.tr("Category not bought"), lambda g: g.category or self.tr("(no category)"), number=False),
                Column(self.tr("Bought by"), lambda g: percent_text(g.penetration)),
                Column(self.tr("Potential"), lambda g: self._money(g.potential)),
                Column(self.tr("The year before"), lambda g: self.tr("bought it") if g.bought_before else "",
                       number=False),
                Column(self.tr("Manager"), lambda g: g.manager, number=False)]

    def _money(self, amount) -> str:
        return format_money(amount, self.analysis.currency) if self.analysis else ""

    def _active(self, segment_id) -> int:
        found = next((s for s in self.analysis.segments if s.segment_id == segment_id), None) if self.analysis else None
        return found.active if found else 0

    # ------------------------------------------------------------ filters and figures
    def current_filter(self) -> analytics.AnalyticsFilter:
        start, end = period(self.period.currentData())
        return analytics.AnalyticsFilter(start, end, manager_id=self.manager.currentData(),
                                         segment_id=self.segment.currentData(), depth=self.depth.currentData())

    def _filters_changed(self, *_args) -> None:
        self.refresh()

    def refresh(self) -> Operation:
        """Read the analysis of the filters set on a worker thread (returned)."""
        flt = self.current_filter()
        self._readings += 1
        number = self._readings
        self.reading.show()
        return Operation(self, lambda _task: analytics.analyse(flt)).success(
            lambda found: self._received(number, found)).failure(
            lambda error: self._failed(number, error)).run()

    def _received(self, number: int, found: analytics.Analysis) -> None:
        if number != self._readings:  # the filters changed meanwhile: a newer reading is on its way
            return
        self.reading.hide()
        self.analysis = found
        self.revenue_model.set_rows(self._revenue_rows(found))
        self.penetration_model.set_rows(found.rows)
        self.gaps_model.set_rows(found.gaps)
        self._unfitted = set(TABS)
        self._fit_shown()

    def _fit_shown(self, *_args) -> None:
        """Size the columns of the tab shown to its rows; a hidden tab's wait until it is shown (measuring the
        rows of all three was half the GUI's time of a first visit to the page)."""
        key = TABS[self.tabs.currentIndex()]
        if key in self._unfitted:
            self._unfitted.discard(key)
            fit_columns(self.tables[key], stretch=STRETCHED[key])

    @staticmethod
    def _revenue_rows(found: analytics.Analysis) -> list[tuple]:
        rows = []
        for total in found.segments:
            rows.append((total, None))
            rows += [(total, row) for row in found.rows if row.segment_id == total.segment_id]
        return rows

    def _failed(self, number: int, error: BaseException) -> None:
        if number == self._readings:
            self.reading.hide()
            report_failure(self, error)

    # ------------------------------------------------------------ gaps
    def _gap_activated(self, index) -> None:
        self.tables["gaps"].setCurrentIndex(index)
        self.open_current_gap()

    def open_current_gap(self) -> None:
        gap = self.gaps_model.row(self.tables["gaps"].currentIndex().row())
        if gap is not None:
            self.open_client.emit(gap.client_id)

    # ------------------------------------------------------------ the worksheet
    def chosen_category(self) -> tuple[int | None, str]:
        """The category of the row chosen on the tab shown (its id and path), or (None, "")."""
        key = TABS[self.tabs.currentIndex()]
        row = self.tables[key].model().row(self.tables[key].currentIndex().row())
        if key == "revenue" and row is not None:
            row = row[1]
        return (row.category_id, row.category) if row is not None and row.category_id else (None, "")

    def _export_clicked(self, *_args) -> None:
        self.export_worksheet()

    def export_worksheet(self, path: str | None = None) -> Operation | None:
        """Ask where to (unless `path`) and write the worksheet of the chosen category and segment on a worker."""
        category_id, category = self.chosen_category()
        if path is None:
            name = f"{self.tr('prices')} {category.replace('/', '-')}".strip() if category else self.tr("prices")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the price-change worksheet"), f"{name}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        from kamdesk.core.documents.price_worksheet_xlsx import write_price_worksheet
        from kamdesk.core.reports.model import document_language

        segment_id = self.segment.currentData() or None  # "without segment" is no segment to price for
        language = document_language(company_service.language())

        def write(_task) -> None:
            write_price_worksheet(path, analytics.price_worksheet(category_id, segment_id), language)

        def failed(error: BaseException) -> None:
            report_failure(self, KamdeskError(str(error)) if isinstance(error, OSError) else error)

        return Operation(self, write).with_progress(self.tr("Writing the price-change worksheet…")) \
            .failure(failed).run()

    # ------------------------------------------------------------ others' changes
    def _changed(self, change: Change) -> None:
        """Orders, clients (their segment) and the catalogue (categories) change the figures: read them again
        now if the page is shown, else when it is shown next (a reading at 100,000 clients takes a second)."""
        if change.touches(ORDERS, CLIENTS, CATALOGUE):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
