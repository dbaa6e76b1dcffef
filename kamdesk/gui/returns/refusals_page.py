"""The Refusals & returns page: what came back and what was refused, why, of what, by whom, and when.

The bar chooses the period (last 3 or 12 months, this or last year, everything), a manager and the
kinds (returns, cancelled orders, lost offers) and exports the analysis to Excel. Under it, one figure
per kind with its change against the period as long before it, and tabs: the breakdowns by reason,
product, client, manager and month (counts by kind, total, share, value in each currency; months with
a bar), and the returns themselves, with their credit notes, to open, correct or delete. Everything
shown is read through `services.refusals` and `services.returns`; no query is built here. The analysis
is read on a worker thread (2,000 clients: a third of a second; 100,000: far longer): the page stays usable,
"Reading…" shows beside the filters meanwhile, the figures shown stay until the new ones come, and only
the reading asked for last is shown.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import company as company_service
from kamdesk.core.services import refusals, returns
from kamdesk.gui.changes import OFFERS, ORDERS, Change, changes, notify
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import fill_choices, fit_columns
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.returns.return_dialog import RETURNS, correct_return_interactively
from kamdesk.gui.sale.labels import format_money, format_quantity
from kamdesk.gui.widgets.dialogs import choose
from kamdesk.gui.widgets.lazy_model import RIGHT, LazyTableModel, Pages
from kamdesk.gui.widgets.list_page import Hint, ListPage, list_table
from kamdesk.gui.widgets.periods import period

PERIODS = ("last_3_months", "last_12_months", "this_year", "last_year", "all")
MORE_COLOUR, FEWER_COLOUR, SAME_COLOUR = "#c62828", "#2e7d32", "#555555"
BAR = "█"
BAR_WIDTH = 30


def money_text(amounts: dict[str, Decimal]) -> str:
    """Amounts in several currencies on one line, "12 345 Ft · 120,50 EUR"."""
    return " · ".join(format_money(amounts[c], c) for c in sorted(amounts) if amounts[c]) or "–"


class GroupsModel(QAbstractTableModel):
    """One breakdown of the analysis: a row per group (counts by kind, total, share, value, a bar of its share),
    then the totals row."""

    def __init__(self, dimension: str, parent=None):
        super().__init__(parent)
        self.dimension = dimension
        self.groups: list[refusals.Group] = []
        self.kinds: tuple[str, ...] = refusals.KINDS
        self.columns: tuple[str, ...] = ()
        self.totals = refusals.Group(None, "")
        self._most = 0
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: list[refusals.Group], kinds: tuple[str, ...]) -> None:
        self.beginResetModel()
        self.groups, self.kinds = groups, kinds
        self.columns = ("name", *kinds, "total", "share", "value", "bar")
        self.totals = refusals.Group(None, "")
        for group in groups:
            for kind, count in group.counts.items():
                self.totals.counts[kind] = self.totals.counts.get(kind, 0) + count
            for currency, amount in group.amounts.items():
                self.totals.add(kinds[0] if kinds else "", currency, amount, count=0)
        self._most = max((group.total for group in groups), default=0)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() or not self.groups else len(self.groups) + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def group(self, row: int) -> refusals.Group | None:
        """The group at `row`; the totals on the last row."""
        if 0 <= row < len(self.groups):
            return self.groups[row]
        return self.totals if row == len(self.groups) and self.groups else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        group = self.group(index.row()) if index.isValid() else None
        if group is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(group, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name", "bar"):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and (column == "total" or group is self.totals):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == "bar":
            return QBrush(QColor("#5c6bc0"))
        return None

    def _text(self, group: refusals.Group, column: str) -> str:
        if column == "name":
            return self.name(group)
        if column in self.kinds:
            return str(group.counts.get(column, 0))
        if column == "total":
            return str(group.total)
        if column == "share":
            return f"{group.total * 100 / self.totals.total:.0f} %" if self.totals.total else ""
        if column == "value":
            return money_text(group.amounts)
        if group is self.totals or not (self._most and group.total):
            return ""
        return BAR * max(1, round(group.total * BAR_WIDTH / self._most))

    def name(self, group: refusals.Group) -> str:
        if group is self.totals:
            return QCoreApplication.translate("RefusalsPage", "Total")
        if self.dimension == "reason":
            title = refusals.REASON_TITLES.get(group.key)
            return translated(title) if title else str(group.key)
        if self.dimension == "month":
            year, month = str(group.key).split("-")
            return QLocale().toString(QDate(int(year), int(month), 1),
                                      QCoreApplication.translate("RefusalsPage", "MMMM yyyy"))
        return str(group.title)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return translated(refusals.DIMENSION_TITLES[self.dimension])
            if column in refusals.KIND_TITLES:
                return translated(refusals.KIND_TITLES[column])
            return {"total": QCoreApplication.translate("RefusalsPage", "Total"),
                    "share": QCoreApplication.translate("RefusalsPage", "Share"),
                    "value": QCoreApplication.translate("RefusalsPage", "Value"),
                    "bar": ""}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name", "bar"):
            return RIGHT
        return None


class ReturnsModel(LazyTableModel):
    """The returns of the page's period, newest first, fetched page by page."""

    COLUMNS = ("returned_on", "order_number", "client", "product", "quantity", "reason", "expected_credit",
               "credit_note")
    RIGHT_ALIGNED = ("quantity", "expected_credit")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = returns.ReturnFilter()
        self.headers = (self.tr("Returned"), self.tr("Order"), self.tr("Client"), self.tr("Product"),
                        self.tr("Quantity"), self.tr("Reason"), self.tr("Expected credit"), self.tr("Credit note"))

    def query(self) -> Pages:
        return Pages(returns.return_ids(self.filter), returns.return_rows)

    def cell(self, row: returns.ReturnRow, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == "credit_note" and not row.credit_note:
            return QBrush(QColor("#9a9a9a"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "reason" and row.note:
            return row.note
        return None

    def _text(self, row: returns.ReturnRow, column: str) -> str:
        if column == "returned_on":
            return format_date(row.returned_on)
        if column == "product":
            return f"{row.sku} {row.name}"
        if column == "quantity":
            return f"{format_quantity(row.quantity)} {row.unit}"
        if column == "reason":
            reason = translated(returns.REASON_TITLES.get(row.reason, row.reason))
            return f"{reason} — {row.note}" if row.note else reason
        if column == "expected_credit":
            return format_money(row.expected_credit, row.currency)
        if column == "credit_note":
            return row.credit_note or self.tr("not issued yet")
        return getattr(row, column)


class RefusalsPage(QWidget):
    """The analysis of refusals and returns, and the list of returns.

    Public: `refresh()`, `current_filter()`, `analysis` (what is shown), `export(path=None)`;
    `open_order(order_id)` asks the window to open an order (the area's attach connects it).
    """

    open_order = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("refusals_page")
        self.analysis: refusals.Analysis | None = None
        self._readings = 0  # readings asked for so far: only the latest one's result is shown
        self._build_bar()
        self._build_summary()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self.bar)
        layout.addLayout(self.summary)
        layout.addWidget(self.tabs, 1)
        changes().changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------ building
    def _build_bar(self) -> None:
        self.bar = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        texts = (self.tr("Last 3 months"), self.tr("Last 12 months"), self.tr("This year"), self.tr("Last year"),
                 self.tr("Everything"))
        for name, text in zip(PERIODS, texts, strict=True):
            self.period.addItem(text, name)
        self.period.setCurrentIndex(PERIODS.index("last_12_months"))
        self.manager = QComboBox(self)
        self.manager.setObjectName("manager_filter")
        self.kinds: dict[str, QCheckBox] = {}
        self.bar.addWidget(QLabel(self.tr("Period:"), self))
        self.bar.addWidget(self.period)
        self.bar.addWidget(self.manager)
        for kind in refusals.KINDS:
            box = QCheckBox(translated(refusals.KIND_TITLES[kind]), self)
            box.setObjectName(f"kind_{kind}")
            box.setChecked(True)
            box.toggled.connect(lambda *_: self.refresh())
            self.kinds[kind] = box
            self.bar.addWidget(box)
        self.bar.addStretch(1)
        self.reading = QLabel(self.tr("Reading…"), self)
        self.reading.setObjectName("refusals_reading")
        self.reading.setStyleSheet("QLabel { color: #777777; }")
        self.reading.hide()
        self.bar.addWidget(self.reading)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.setObjectName("export_refusals")
        self.export_button.clicked.connect(lambda *_: self.export())
        self.bar.addWidget(self.export_button)
        self._fill_managers()
        self.period.currentIndexChanged.connect(lambda *_: self.refresh())
        self.manager.currentIndexChanged.connect(lambda *_: self.refresh())

    def _fill_managers(self) -> None:
        fill_choices(self.manager, self.tr("All managers"),
                     ((manager.name, manager.id) for manager in company_service.list_managers()))

    def _build_summary(self) -> None:
        self.summary = QHBoxLayout()
        self.figures: dict[str, QLabel] = {}
        for kind in refusals.KINDS:
            card = QLabel(self)
            card.setObjectName(f"summary_{kind}")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setStyleSheet("QLabel { background: #fafafa; padding: 6px 10px; }")
            self.figures[kind] = card
            self.summary.addWidget(card, 1)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("refusal_tabs")
        self.group_models: dict[str, GroupsModel] = {}
        self.group_tables: dict[str, QTableView] = {}
        titles = {"reason": self.tr("By &reason"), "product": self.tr("By &product"), "client": self.tr("By &client"),
                  "manager": self.tr("By &manager"), "month": self.tr("By mon&th")}
        for dimension in refusals.DIMENSIONS:
            model = GroupsModel(dimension, self)
            table = list_table(self, f"by_{dimension}", model)  # type: ignore[arg-type] (a plain table model)
            table.setAlternatingRowColors(True)
            self.group_models[dimension], self.group_tables[dimension] = model, table
            self.tabs.addTab(table, titles[dimension])
        self._build_returns()
        self.tabs.addTab(self.returns_list, self.tr("R&eturns"))

    def _build_returns(self) -> None:
        self.returns_model = ReturnsModel(self)
        self.returns_list = ListPage(
            self.returns_model, self, search_name="return_search", placeholder=self.tr("Search client, order or SKU…"),
            table_name="returns_table", count_name="return_count", filter_of=self.returns_filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 return"), self.tr("%1 returns")),
            no_match=lambda text: self.tr("No return matches “%1”.").replace("%1", text) if text
            else self.tr("No return in this period."),
            empty_hint=self._returns_hint, activate=self.correct_current)
        self.without_note = self.returns_list.add_check(self.tr("Without credit note"))
        self.returns_list.add_action(self.tr("&Open order"), self.open_current_order, "open_return_order")
        self.returns_list.add_action(self.tr("C&orrect…"), self.correct_current, "correct_return")
        self.returns_list.add_action(self.tr("&Delete…"), self.delete_current, "delete_return")
        self.returns_list.add_action(self.tr("&Match credit notes"), self.match_credit_notes, "match_credit_notes",
                                     self.tr("Link returns to the credit note of their order's invoice"))
        columns = ReturnsModel.COLUMNS
        self.returns_list.fit(stretch=(columns.index("client"), columns.index("product")), text=[columns.index("reason")])

    # ------------------------------------------------------------ filters and figures
    def current_filter(self) -> refusals.RefusalFilter:
        date_from, date_to = period(self.period.currentData())
        kinds = tuple(kind for kind in refusals.KINDS if self.kinds[kind].isChecked())
        return refusals.RefusalFilter(date_from=date_from, date_to=date_to, manager_id=self.manager.currentData(),
                                      kinds=kinds)

    def returns_filter(self) -> returns.ReturnFilter:
        flt = self.current_filter()
        return returns.ReturnFilter(text=self.returns_list.search.text(), date_from=flt.date_from,
                                    date_to=flt.date_to, manager_id=flt.manager_id,
                                    without_credit_note=self.without_note.isChecked())

    def refresh(self) -> Operation:
        """Read the returns again for the filters set, and the analysis on a worker thread (returned)."""
        flt = self.current_filter()
        self._readings += 1
        number = self._readings
        self.reading.show()
        self.returns_list.apply_filters(keep=True)
        return Operation(self, lambda _task: refusals.analyse(flt)).success(
            lambda analysis: self._received(number, analysis)).failure(
            lambda error: self._failed(number, error)).run()

    def _received(self, number: int, analysis: refusals.Analysis) -> None:
        if number != self._readings:  # the filters changed meanwhile: a newer reading is on its way
            return
        self.reading.hide()
        self.analysis = analysis
        for dimension, model in self.group_models.items():
            model.set_groups(analysis.groups[dimension], analysis.filter.kinds)
            fit_columns(self.group_tables[dimension], stretch=len(model.columns) - 1)  # the bar takes the rest
        self._show_figures()

    def _failed(self, number: int, error: BaseException) -> None:
        if number == self._readings:
            self.reading.hide()
            report_failure(self, error)

    def _show_figures(self) -> None:
        analysis = self.analysis
        for kind, card in self.figures.items():
            shown = kind in analysis.filter.kinds
            card.setVisible(shown)
            if not shown:
                continue
            records = [r for r in analysis.records if r.kind == kind]
            amounts: dict[str, Decimal] = {}
            for record in records:
                amounts[record.currency] = amounts.get(record.currency, Decimal(0)) + record.amount
            lines = [f"<b>{translated(refusals.KIND_TITLES[kind])}</b>",
                     f"<span style='font-size:15pt; font-weight:bold'>{len(records)}</span> &nbsp; "
                     f"{money_text(amounts)}"]
            if analysis.trend is not None:
                lines.append(self._trend_text(analysis.trend, kind))
            card.setText("<br>".join(lines))

    def _trend_text(self, trend: refusals.Trend, kind: str) -> str:
        before, direction = trend.previous.get(kind, 0), trend.direction(kind)
        colour = {"more": MORE_COLOUR, "fewer": FEWER_COLOUR}.get(direction, SAME_COLOUR)
        arrow = {"more": "▲", "fewer": "▼"}.get(direction, "▶")
        text = {"more": self.tr("more than the period as long before (%1)"),
                "fewer": self.tr("fewer than the period as long before (%1)")}.get(
            direction, self.tr("as many as the period as long before (%1)")).replace("%1", str(before))
        return f"<span style='color:{colour}'>{arrow} {text}</span>"

    def _returns_hint(self) -> Hint:
        return (self.tr("No returns yet. Open a delivered order and choose Return… to record goods a client "
                        "sent back."), [])

    # ------------------------------------------------------------ actions on returns
    def current_return(self) -> returns.ReturnRow | None:
        return self.returns_list.current_row()

    def open_current_order(self) -> None:
        row = self.current_return()
        if row is not None:
            self.open_order.emit(row.order_id)

    def correct_current(self) -> None:
        row = self.current_return()
        if row is not None and correct_return_interactively(self, row.id):
            self.refresh()

    def delete_current(self) -> None:
        row = self.current_return()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete return"),
                          self.tr("Delete the return of %1 %2 of %3 from order %4?").replace(
                              "%1", format_quantity(row.quantity)).replace("%2", row.unit).replace(
                              "%3", row.sku).replace("%4", row.order_number), parent=self)
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        if choose(box, {delete: True}) and self._attempt(lambda: returns.delete_return(row.id)):
            notify(RETURNS, client_id=row.client_id, source=self)
            self.refresh()

    def match_credit_notes(self) -> None:
        linked: list[int] = []
        if self._attempt(lambda: linked.append(returns.match_credit_notes())):
            QMessageBox.information(self, self.tr("Credit notes"), self.tr("%1 returns linked to their credit note.")
                                    .replace("%1", str(linked[0])))
            if linked[0]:
                notify(RETURNS, source=self)
                self.refresh()

    def _attempt(self, action) -> bool:
        try:
            action()
        except KamdeskError as error:
            report_failure(self, error)
            return False
        return True

    # ------------------------------------------------------------ export
    def export(self, path: str | None = None) -> Operation | None:
        """Ask where to (unless `path`) and write the analysis of the filters set to an Excel workbook on a worker
        thread (the one shown, else read there: a reading still under way is not waited for)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export refusals & returns"), "refusals.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        from kamdesk.core.documents.refusals_xlsx import write_refusals_xlsx

        flt = self.current_filter()
        shown = self.analysis if self.analysis is not None and self.analysis.filter == flt else None

        def failed(error: BaseException) -> None:
            report_failure(self, KamdeskError(str(error)) if isinstance(error, OSError) else error)

        return Operation(self, lambda task: write_refusals_xlsx(path, shown or refusals.analyse(flt), translated)) \
            .with_progress(self.tr("Exporting refusals & returns…")).failure(failed).run()

    # ------------------------------------------------------------ others' changes
    def _changed(self, change: Change) -> None:
        if change.source is not self and change.touches(RETURNS, ORDERS, OFFERS):
            self.refresh()
