"""The Reports page: choose a report of the registry, its period (a month, an ISO week or two days) and, for
heads and administrators, a manager; Show reads it on a worker thread and shows each of its tables on a tab,
with the totals row in bold and its note below; Save PDF…, Save Excel… and Print… draw the same report.

The page knows reports only through `kamdesk.core.reports` (`available`, `builder`): a report added to the
registry appears here by itself. A report is written in the desk's language (`document_language`), as the
command line writes it; a key account manager gets their own clients' figures (`reports.access`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
from kamdesk.core.reports import access, available, builder
from kamdesk.core.reports.cells import cell_text, has_totals, texts, totals_row
from kamdesk.core.reports.model import (
    FIRST_YEAR,
    LAST_YEAR,
    ReportDocument,
    ReportRequest,
    Table,
    document_language,
    resolve_period,
)
from kamdesk.core.services import company as company_service
from kamdesk.gui.lists import fill_choices, fit_columns
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.widgets.tables import read_only_rows

FIGURES = ("money", "count", "percent", "number")
KINDS = ("month", "week", "range")

AUTO_SHOW_MS = 300  # after the last change of the report, period or manager


class TableModel(QAbstractTableModel):
    """One report table as printed text: its rows, then the totals row in bold."""

    def __init__(self, table: Table, document: ReportDocument, parent=None):
        super().__init__(parent)
        self.table = table
        self.rows = [[cell_text(column, value, document) for column, value in zip(table.columns, row, strict=True)]
                     for row in table.rows]
        self.totalled = has_totals(table) and bool(table.rows)
        if self.totalled:
            self.rows.append([value or "" if column.kind == "text" else cell_text(column, value, document)
                              for column, value in zip(table.columns, totals_row(table, document.language),
                                                       strict=True)])
        self.bold = QFont()
        self.bold.setBold(True)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 (Qt's names and default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.table.columns[index.column()].kind in FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.totalled and index.row() == len(self.rows) - 1:
            return self.bold
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].title
        return None


class ReportsPage(QWidget):
    """Public: `request()` (what the choices ask for), `show_report()`, `save_pdf(path=None)`,
    `save_xlsx(path=None)`, `print_report()` (each returns its Operation), `document` (the report shown)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.document: ReportDocument | None = None
        self._shown_request: ReportRequest | None = None
        self._readings = 0  # only the reading asked for last is shown
        self._build_bar()
        self.heading = QLabel(self.tr("Choose a report and its period, then Show."), self)
        self.heading.setObjectName("report_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("report_tables")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self.bar)
        layout.addLayout(self.actions)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self._kind_changed()
        self._auto = QTimer(self)  # a changed choice is read again once the user pauses
        self._auto.setSingleShot(True)
        self._auto.setInterval(AUTO_SHOW_MS)
        self._auto.timeout.connect(self._auto_show)
        for signal in (self.report.currentIndexChanged, self.kind.currentIndexChanged, self.first.dateChanged,
                       self.last.dateChanged, self.manager.currentIndexChanged):
            signal.connect(self._choice_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.document is None and not self._readings:
            self._auto.start()  # the chosen report appears when the page is first shown

    def _choice_changed(self, *_args) -> None:
        if self.isVisible():
            self._auto.start()

    def _auto_show(self) -> None:
        """Show the chosen report by itself; a period that cannot be is said in the heading, not in a dialog."""
        if not self.isVisible():
            return
        try:
            self.request()
        except KamdeskError as error:
            self.heading.setText(translated(error.messages()[0]) if isinstance(error, ValidationError)
                                 else str(error))
            return
        self.show_report()

    # ------------------------------------------------------------ building
    def _build_bar(self) -> None:
        self.bar, self.actions = QHBoxLayout(), QHBoxLayout()
        self.report = self._combo("report_choice", [(self._title(name), name) for name in available()])
        self.kind = self._combo("period_kind", list(zip((self.tr("Month"), self.tr("Week"), self.tr("Days")), KINDS,
                                                         strict=True)))
        today = QDate.currentDate()
        self.first, self.last = self._date("period_first", today), self._date("period_last", today)
        self.until = QLabel(self.tr("to"), self)
        self.manager = QComboBox(self)
        self.manager.setObjectName("report_manager")
        fill_choices(self.manager, self.tr("All managers"),
                     ((manager.name, manager.id) for manager in company_service.list_managers()))
        self.may_choose_manager = company_service.has_role(ROLE_HEAD, ROLE_ADMIN)  # others get their own figures
        self.manager.setVisible(self.may_choose_manager)
        for widget in (QLabel(self.tr("Report:"), self), self.report, QLabel(self.tr("Period:"), self), self.kind,
                       self.first, self.until, self.last, self.manager):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reading = QLabel(self.tr("Reading…"), self)
        self.reading.setObjectName("report_reading")
        self.reading.setStyleSheet("QLabel { color: #777777; }")
        self.reading.hide()
        self.show_button = self._button("show_report", self.tr("&Show"), self.show_report)
        self.pdf_button = self._button("save_report_pdf", self.tr("Save &PDF…"), self.save_pdf)
        self.xlsx_button = self._button("save_report_xlsx", self.tr("Save &Excel…"), self.save_xlsx)
        self.print_button = self._button("print_report", self.tr("P&rint…"), self.print_report)
        self.actions.addStretch(1)
        self.actions.addWidget(self.reading)
        for button in (self.show_button, self.pdf_button, self.xlsx_button, self.print_button):
            self.actions.addWidget(button)
        self.show_button.setDefault(True)

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _date(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setObjectName(name)
        edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda *_: slot())
        return button

    def _title(self, name: str) -> str:
        titles = {"sales": self.tr("Sales"), "activity": self.tr("Calls and visits"),
                  "receivables": self.tr("Receivables"), "refusals": self.tr("Refusals and returns"),
                  "kpi": self.tr("KPIs and variable pay")}
        return titles.get(name, name)

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.first.setDisplayFormat("yyyy-MM" if kind == "month" else "yyyy-MM-dd")
        self.first.setToolTip(self.tr("Any day of the week") if kind == "week" else "")
        self.until.setVisible(kind == "range")
        self.last.setVisible(kind == "range")

    # ------------------------------------------------------------ what is asked
    def request(self) -> ReportRequest:
        """The report, period and manager chosen; a period or manager that cannot be raises KamdeskError."""
        first, last = self.first.date().toPython(), self.last.date().toPython()
        kind = self.kind.currentData()
        if kind == "month":
            period = resolve_period(f"{first:%Y-%m}")
        elif kind == "week":
            year, week, _ = first.isocalendar()
            period = resolve_period(week=f"{year}-W{week:02d}")
        else:
            period = resolve_period(first=first.isoformat(), last=last.isoformat())
        manager_id = access.report_manager(self.manager.currentData() if self.may_choose_manager else None)
        return ReportRequest(self.report.currentData(), period, manager_id,
                             document_language(company_service.language()), dt.date.today())

    def _asked(self) -> ReportRequest | None:
        try:
            return self.request()
        except KamdeskError as error:
            report_failure(self, error)
            return None

    # ------------------------------------------------------------ showing
    def show_report(self) -> Operation | None:
        """Read the chosen report on a worker thread and show its tables."""
        self._auto.stop()
        request = self._asked()
        if request is None:
            return None
        self._readings += 1
        number = self._readings
        self.reading.show()
        return Operation(self, lambda _task: builder(request.name)(request)).success(
            lambda document: self._received(number, request, document)).failure(
            lambda error: self._failed(number, error)).run()

    def _received(self, number: int, request: ReportRequest, document: ReportDocument) -> None:
        if number != self._readings:
            return
        self.reading.hide()
        self.document, self._shown_request = document, request
        self.heading.setText(f"{document.title} — {document.subtitle}")
        self.tabs.clear()
        for table in document.tables:
            self.tabs.addTab(self._page(table, document), table.title)

    def _page(self, table: Table, document: ReportDocument) -> QWidget:
        page = QWidget(self.tabs)
        view = QTableView(page)
        view.setObjectName("report_table")
        view.setModel(TableModel(table, document, view))
        read_only_rows(view)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # as the lists' rows
        fit_columns(view)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(view, 1)
        notes = [texts(document.language)["empty"]] if not table.rows else []
        for text in (*notes, table.note):
            if text:
                label = QLabel(text, page)
                label.setWordWrap(True)
                label.setStyleSheet("QLabel { color: #555555; }")
                layout.addWidget(label)
        return page

    def _failed(self, number: int, error: BaseException) -> None:
        if number == self._readings:
            self.reading.hide()
            report_failure(self, error)

    # ------------------------------------------------------------ saving and printing
    def _drawn(self, request: ReportRequest, draw) -> object:
        """`draw(document)` of the report shown when it is the one asked for, else of one read now."""
        shown = self.document if request == self._shown_request else None
        return draw(shown or builder(request.name)(request))

    def save_pdf(self, path: str | None = None) -> Operation | None:
        from kamdesk.core.reports.pdf import write_report_pdf

        return self._save(path, ".pdf", self.tr("PDF document (*.pdf)"), write_report_pdf)

    def save_xlsx(self, path: str | None = None) -> Operation | None:
        from kamdesk.core.reports.xlsx import write_report_xlsx

        return self._save(path, ".xlsx", self.tr("Excel workbook (*.xlsx)"), write_report_xlsx)

    def _save(self, path: str | None, suffix: str, kinds: str, write) -> Operation | None:
        request = self._asked()
        if request is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"{request.name}{suffix}", kinds)
            if not path:
                return None
            if not path.lower().endswith(suffix):
                path += suffix
        return Operation(self, lambda _task: self._drawn(request, lambda document: write(path, document))) \
            .with_progress(self.tr("Writing the report…")).failure(self._cannot_write).run()

    def print_report(self) -> Operation | None:
        from kamdesk.core.reports.pdf import report_pdf_bytes

        request = self._asked()
        if request is None:
            return None
        return Operation(self, lambda _task: self._drawn(request, report_pdf_bytes)) \
            .with_progress(self.tr("Preparing the report for printing…")) \
            .success(self._preview).failure(self._cannot_write).run()

    def _preview(self, pdf: bytes) -> None:
        from kamdesk.gui.pdf_print import print_preview

        self.preview = print_preview(self, pdf, self.tr("Print report"))

    def _cannot_write(self, error: BaseException) -> None:
        report_failure(self, KamdeskError(str(error)) if isinstance(error, OSError) else error)
