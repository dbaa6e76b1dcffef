"""The plans dialog: a year of one KPI as a grid, months as columns with each quarter's and the year's sum beside
them, the department's plan on top, what the managers' plans come to below it, then a row per manager.

Heads and admins type plans, split the department's plan among the managers (by last year's share or
evenly), import and export them (Excel, `services.plans`) and save every change in one transaction; a
manager reads their own row. A key client and a category narrow the plans shown to those set for them.
Reads and writes go through `services.plans`; no query here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.models.plan import KPI_NAMES, PLAN_WRITERS
from kamdesk.core.money import parse_money
from kamdesk.core.services import catalogue_read, plans
from kamdesk.core.services import company as company_service
from kamdesk.gui.changes import notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_amount
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.unsaved import UnsavedChanges, settle
from kamdesk.gui.widgets.dialogs import ask
from kamdesk.gui.widgets.field_errors import ERROR_STYLE

PLANS = "plans"  # the kind of change saving plans notifies
YEAR = 16  # the year's column; each quarter's sum follows its three months
TOGETHER = "together"  # the row of the managers' plans summed
ERROR_BACKGROUND = QColor("#ffcdd2")


def month_column(month: int) -> int:
    """The grid column of a month (1…12)."""
    return (month - 1) // 3 * 4 + (month - 1) % 3


def quarter_column(quarter: int) -> int:
    """The grid column of a quarter's sum (1…4)."""
    return quarter * 4 - 1


class PlansDialog(UnsavedChanges, QDialog):
    """A year's plans of one KPI per manager and for the department, edited by heads and admins."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plans_dialog")
        self.setWindowTitle(self.tr("Plans"))
        self.writer = company_service.has_role(*PLAN_WRITERS)
        self._edited: dict[tuple[int | None, int], str] = {}
        self._row_keys: list[int | None | str] = []
        self._filling = False
        self._build_filters()
        self.table = QTableWidget(0, YEAR + 1, self)
        self.table.setObjectName("plans_table")
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.itemChanged.connect(self._cell_edited)
        self.message = QLabel(self)
        self.message.setObjectName("plans_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.button_row)
        self._shown = self.scope()
        self.load()
        self.resize(1100, 520)

    # ---------------------------------------------------------------- building
    def _build_filters(self) -> None:
        self.year = QSpinBox(self)
        self.year.setObjectName("plans_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.kpi = QComboBox(self)
        self.kpi.setObjectName("plans_kpi")
        titles = {"sales": self.tr("Sales"), "active_clients": self.tr("Active clients"),
                  "new_clients": self.tr("New clients")}
        for name in KPI_NAMES:
            self.kpi.addItem(titles[name], name)
        self.client = QComboBox(self)
        self.client.setObjectName("plans_client")
        self.client.addItem(self.tr("All clients"), None)
        for client_id, name in plans.key_clients():
            self.client.addItem(name, client_id)
        self.category = QComboBox(self)
        self.category.setObjectName("plans_category")
        self.category.addItem(self.tr("All categories"), None)
        for category_id, path in sorted(catalogue_read.category_paths().items(), key=lambda item: item[1].casefold()):
            self.category.addItem(path, category_id)
        self.filters = QHBoxLayout()
        for label, widget in ((self.tr("Year:"), self.year), (self.tr("KPI:"), self.kpi),
                              (self.tr("Key client:"), self.client), (self.tr("Category:"), self.category)):
            self.filters.addWidget(QLabel(label, self))
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        self.year.valueChanged.connect(self._scope_changed)
        for combo in (self.kpi, self.client, self.category):
            combo.currentIndexChanged.connect(self._scope_changed)

    def _build_buttons(self) -> None:
        self.split_button = QPushButton(self.tr("Split the department's plan"), self)
        self.split_button.setObjectName("plans_split")
        menu = QMenu(self.split_button)
        menu.addAction(self.tr("By last year's share"), self.split_by_last_year)
        menu.addAction(self.tr("Evenly"), self.split_evenly)
        self.split_button.setMenu(menu)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.clicked.connect(self.import_plans)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.export_plans)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("plans_save")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.split_button, self.import_button, self.save_button):
            button.setVisible(self.writer)
        self.button_row = QHBoxLayout()
        for button in (self.split_button, self.import_button, self.export_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.save_button)
        self.button_row.addWidget(close)

    def _headers(self) -> list[str]:
        locale = QLocale()
        headers = [""] * (YEAR + 1)
        for month in range(1, 13):
            headers[month_column(month)] = locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        for quarter in range(1, 5):
            headers[quarter_column(quarter)] = self.tr("Q%1").replace("%1", str(quarter))
        headers[YEAR] = self.tr("Year")
        return headers

    # ---------------------------------------------------------------- what is shown
    def scope(self) -> tuple:
        """(year, KPI, key client, category) of the plans shown."""
        return self.year.value(), self.kpi.currentData(), self.client.currentData(), self.category.currentData()

    def _scope_changed(self, *_) -> None:
        if self.scope() == self._shown:
            return
        if not settle(self):
            self._restore_scope()
            return
        self._shown = self.scope()
        self.load()

    def _restore_scope(self) -> None:
        year, kpi, client, category = self._shown
        widgets = (self.year, self.kpi, self.client, self.category)
        for widget in widgets:
            widget.blockSignals(True)
        self.year.setValue(year)
        for combo, value in ((self.kpi, kpi), (self.client, client), (self.category, category)):
            combo.setCurrentIndex(combo.findData(value))
        for widget in widgets:
            widget.blockSignals(False)

    def load(self) -> None:
        """Read the plans of the year, KPI, client and category chosen; forget what was typed."""
        year, kpi, client, category = self.scope()
        rows = plans.year_plans(year, kpi, client, category)
        self._edited.clear()
        self.message.hide()
        self._row_keys = []
        labels = []
        self._filling = True
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._row_keys.append(row.manager_id)
                labels.append(row.name or self.tr("Department"))
                self._add_row(row.months, editable=self.writer)
                if row.manager_id is None:
                    self._row_keys.append(TOGETHER)
                    labels.append(self.tr("Managers together"))
                    self._add_row([None] * 12, editable=False)
            self.table.setVerticalHeaderLabels(labels)
            for index in range(self.table.rowCount()):
                self._sum_row(index)
        finally:
            self._filling = False
        self.table.resizeColumnsToContents()

    def _add_row(self, months, editable: bool) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        shaded = QBrush(self.palette().alternateBase())
        for column in range(YEAR + 1):
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not editable or column == YEAR or column % 4 == 3:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setBackground(shaded)
            self.table.setItem(index, column, item)
        for month, value in enumerate(months, start=1):
            self.table.item(index, month_column(month)).setText(self._text(value))

    def _text(self, value) -> str:
        if value is None:
            return ""
        return format_amount(value) if self.kpi.currentData() == "sales" else str(value)

    def _number(self, text: str) -> Decimal | None:
        """A cell's value for the sums; None when empty or not a number."""
        try:
            return parse_money(text) if text.strip() else None
        except ValueError:
            return None

    def _sum_row(self, index: int) -> None:
        """The quarter and year sums of one row (the managers' row: of every manager's cells)."""
        key = self._row_keys[index]
        if key == TOGETHER:
            managers = [i for i, k in enumerate(self._row_keys) if k not in (None, TOGETHER)]
            for month in range(1, 13):
                values = [self._number(self.table.item(i, month_column(month)).text()) for i in managers]
                self.table.item(index, month_column(month)).setText(self._sum_text(values))
        months = [self._number(self.table.item(index, month_column(m)).text()) for m in range(1, 13)]
        for quarter in range(1, 5):
            self.table.item(index, quarter_column(quarter)).setText(self._sum_text(months[quarter * 3 - 3:quarter * 3]))
        self.table.item(index, YEAR).setText(self._sum_text(months))

    def _sum_text(self, values: list) -> str:
        present = [value for value in values if value is not None]
        return self._text(sum(present, Decimal(0)) if self.kpi.currentData() == "sales"
                          else int(sum(present, Decimal(0)))) if present else ""

    # ---------------------------------------------------------------- editing
    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        month = self._month_of(item.column())
        key = self._row_keys[item.row()]
        if month is None or key == TOGETHER:
            return
        self._edited[(key, month)] = item.text()
        self._filling = True  # the marks and sums below change items too
        try:
            item.setBackground(QBrush())
            item.setToolTip("")
            self._sum_row(item.row())
            if TOGETHER in self._row_keys and key is not None:
                self._sum_row(self._row_keys.index(TOGETHER))
        finally:
            self._filling = False

    @staticmethod
    def _month_of(column: int) -> int | None:
        if column == YEAR or column % 4 == 3:
            return None
        return column // 4 * 3 + column % 4 + 1

    def cell(self, manager_id: int | None, month: int) -> QTableWidgetItem:
        """The cell of a manager's (None: the department's) month."""
        return self.table.item(self._row_keys.index(manager_id), month_column(month))

    def set_cell(self, manager_id: int | None, month: int, value) -> None:
        """Type a value into a cell, as the user would (money in the locale's way)."""
        self.cell(manager_id, month).setText(value if isinstance(value, str) else self._text(value))

    # ---------------------------------------------------------------- split
    def split_by_last_year(self) -> Operation | None:
        return self.split("last_year")

    def split_evenly(self) -> Operation | None:
        return self.split("even")

    def split(self, method: str) -> Operation | None:
        """Fill the managers' months from the department's plan of each month that has one (not saved yet);
        last year's shares are read on a worker thread (a second at a million order lines)."""
        totals = {month: self.cell(None, month).text() for month in range(1, 13) if self.cell(None, month).text()}
        if not totals:
            self._say(self.tr("Type the department's plan of a month first, then split it."))
            return None
        year, kpi = self.year.value(), self.kpi.currentData()
        return (Operation(self, lambda task: plans.split_year(year, kpi, totals, method))
                .with_progress(self.tr("Splitting the department's plan…"))
                .success(self._show_split).failure(self._split_failed).run())

    def _split_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._say(translated(error.messages()[0]))
        else:
            show_error(self, error)

    def _show_split(self, split: dict[int, dict[int, object]]) -> None:
        for month, parts in split.items():
            for manager_id, value in parts.items():
                if manager_id in self._row_keys:
                    self.set_cell(manager_id, month, value)
        self.message.hide()

    # ---------------------------------------------------------------- saving
    def save(self) -> bool:
        """Save every changed cell in one transaction; a bad value is marked in its cell and nothing is saved."""
        year, kpi, client, category = self._shown
        try:
            plans.save_year(year, kpi, dict(self._edited), client, category)
        except ValidationError as error:
            self._mark(error)
            return False
        except KamdeskError as error:
            show_error(self, error)
            return False
        return self._stored()

    def _stored(self) -> bool:
        """After the plans were written: tell the other views, and show the plans as now stored."""
        notify(PLANS, source=self)
        self.load()
        return True

    def _mark(self, error: ValidationError) -> None:
        first = None
        self._filling = True  # marking a cell is no edit
        try:
            for manager_id, month in self._edited:
                message = error.errors.get(plans.cell_key(manager_id, month))
                if message is not None:
                    item = self.cell(manager_id, month)
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                    item.setToolTip(translated(message))
                    first = first or item
        finally:
            self._filling = False
        self._say(translated(error.messages()[0]))
        if first is not None:
            self.table.setCurrentItem(first)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # ---------------------------------------------------------------- Excel
    def export_plans(self, path: str | None = None) -> bool:
        """Write the plans of the year shown (every KPI and manager, as stored) to an Excel workbook."""
        if not settle(self):
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plans"), f"plans-{self.year.value()}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return False
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        year = self.year.value()
        try:
            plans.export_plans(path, dt.date(year, 1, 1), dt.date(year, 12, 31))
        except OSError as error:
            show_error(self, KamdeskError(str(error)))
            return False
        return True

    def import_plans(self, path: str | None = None) -> bool:
        """Check a sheet of plans, show what would be imported and what is refused, then import the valid rows."""
        if not settle(self):
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import plans"), "",
                                                  self.tr("Spreadsheets (*.xlsx *.csv)"))
            if not path:
                return False
        try:
            check = plans.check_plans(path)
            if not ask(ImportPreview(check, self)):
                return False
            plans.import_plans(check)
        except KamdeskError as error:
            show_error(self, error)
            return False
        return self._stored()

    # ---------------------------------------------------------------- UnsavedChanges
    def has_unsaved_changes(self) -> bool:
        return bool(self._edited)

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self.load()

    def unsaved_question(self) -> str:
        return self.tr("The plans have unsaved changes. Save them?")

    def reject(self) -> None:
        """Escape, Close and the close button: ask before unsaved plans are lost."""
        if settle(self):
            super().reject()


class ImportPreview(QDialog):
    """What an import of plans would do: how many rows are valid, and each refused row with its reason."""

    def __init__(self, check: plans.PlanCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plans_import_preview")
        self.setWindowTitle(self.tr("Import plans"))
        summary = QLabel(self.tr("%1 rows can be imported; %2 rows have errors and will not be imported.")
                         .replace("%1", str(len(check.valid))).replace("%2", str(len(check.rejected))), self)
        summary.setWordWrap(True)
        self.rejected = QTableWidget(len(check.rejected), 2, self)
        self.rejected.setObjectName("plans_rejected")
        self.rejected.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why not")])
        self.rejected.verticalHeader().hide()
        self.rejected.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for index, problem in enumerate(check.rejected):
            self.rejected.setItem(index, 0, QTableWidgetItem(str(problem.row_number)))
            self.rejected.setItem(index, 1, QTableWidgetItem(translated(problem.reason)))
        self.rejected.resizeColumnsToContents()
        self.rejected.setVisible(bool(check.rejected))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Import %1 plans").replace("%1", str(len(check.valid))),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(check.valid))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(buttons)
