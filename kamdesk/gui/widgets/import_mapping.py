"""One import dialog over `spreadsheet_import`: map the columns, preview, check every row, import or not.

Page 1 shows the row of the headers (found below a title; it can be
changed) and, above a preview of the first rows, a box per column saying
which field it goes to (recognised from the headers). Page 2 shows what the
check found: a summary, the refused rows with their reasons (which can be
saved to .xlsx or .csv), and the choice to import or to import nothing.

An import subclasses `ImportMappingDialog` and declares what is its own:
`auto_mapping` and `targets` (the fields a column can go to), `intro_text`,
`check_rows` (the core check, run on a worker thread), `summary_text`,
`run_import`; and, where it needs them, `problems_of`, `can_import`, and
widgets of its own on each page (`mapping_extras`, `result_extras`, filled
in `mapping_changed` and `result_shown`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.services import spreadsheet_import
from kamdesk.core.services.spreadsheet_import import RowProblem, Table
from kamdesk.gui.errors import show_error
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation, Task, report_failure
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.widgets.field_errors import ERROR_STYLE

PREVIEW_ROWS = 20


class HeaderRowPicker(QWidget):
    """“Headers in row: 3: Cégnév | Adószám | …”: which of a sheet's first rows holds the column headers.

    Choosing a row reads the sheet again from it and emits `changed` with the
    new table; a row that cannot hold them is refused with the reason, and
    the choice goes back.
    """

    changed = Signal(object)  # spreadsheet_import.Table

    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.box = QComboBox(self)
        self.box.setObjectName("header_row")
        for number, cells in table.header_candidates():
            self.box.addItem(f"{number}: " + " | ".join(cell for cell in cells if cell)[:120], number)
        self.box.setCurrentIndex(max(0, self.box.findData(table.header_row)))
        self.box.currentIndexChanged.connect(self._choose)
        label = QLabel(self.tr("&Headers in row:"), self)
        label.setBuddy(self.box)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(label)
        line.addWidget(self.box, 1)
        line.addWidget(self.problem)
        self.setHidden(self.box.count() == 0)  # a table made in code, not read from a file

    def _choose(self) -> None:
        try:
            table = self.table.with_header_row(self.box.currentData())
        except KamdeskError as error:
            self.problem.setText(translated(error.message))
            with QSignalBlocker(self.box):
                self.box.setCurrentIndex(self.box.findData(self.table.header_row))
            return
        self.problem.clear()
        self.table = table
        self.changed.emit(table)


class ImportMappingDialog(QDialog):
    """The two pages of every import; a subclass declares its fields, its check and its import."""

    def __init__(self, path: str, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        fit_to_screen(self, 980, 620)
        self.path, self.table = path, table
        self.check = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)

    # ---------------------------------------------------------------- what an import declares
    def auto_mapping(self, headers: list[str]) -> dict[int, str]:
        """Column → target recognised from the headers."""
        raise NotImplementedError

    def targets(self, mapping: dict[int, str]) -> list[tuple[str, str]]:
        """(target, label) of what a column can go to; `mapping` may name targets to offer as new."""
        raise NotImplementedError

    def intro_text(self) -> str:
        raise NotImplementedError

    def check_rows(self, mapping: dict[int, str]) -> Callable[[Task], object]:
        """The core check of every row, as work for a worker thread that returns the check.

        Read what it needs from the widgets here, not in the work; a
        ValidationError, raised here or by the work, is a message about the mapping.
        """
        raise NotImplementedError

    def summary_text(self, check) -> str:
        raise NotImplementedError

    def run_import(self) -> Operation | None:
        """Import the valid rows (as an operation) and accept the dialog."""
        raise NotImplementedError

    def mapping_row_label(self) -> str:
        """The heading of the preview's row of mapping boxes."""
        return self.tr("Field")

    def problems_of(self, check) -> list[RowProblem]:
        """The rows that are not imported, with their reasons."""
        return check.rejected

    def can_import(self, check) -> bool:
        return bool(check.valid)

    def mapping_extras(self, page: QWidget) -> QWidget | None:
        """Widgets of the import's own between the header row and the preview."""
        return None

    def result_extras(self, page: QWidget) -> QWidget | None:
        """Widgets of the import's own between the summary and the problems."""
        return None

    def mapping_changed(self) -> None:
        """A column was mapped to another target (or the header row changed)."""

    def result_shown(self, check) -> None:
        """The check is shown: fill the widgets of `result_extras`."""

    # ---------------------------------------------------------------- page 1
    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.header_picker = HeaderRowPicker(self.table, page)
        self.header_picker.changed.connect(self._choose_header_row)
        self.header_row_box = self.header_picker.box
        self.preview = QTableWidget(page)
        self.preview.setObjectName("import_preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mapping_error = QLabel(page)
        self.mapping_error.setObjectName("mapping_error")
        self.mapping_error.setStyleSheet(ERROR_STYLE)
        check = QPushButton(self.tr("&Check rows"), page)
        check.setObjectName("check_rows")
        check.setDefault(True)
        check.clicked.connect(self.run_check)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mapping_error, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(check)
        _column(page, [self.intro, self.header_picker, self.mapping_extras(page)], self.preview, buttons)
        self._fill_preview()
        return page

    def _fill_preview(self) -> None:
        """The mapping boxes and the first rows of the table, headers from the chosen row."""
        table = self.table
        headers = table.headers
        mapping = self.auto_mapping(headers)
        targets = self.targets(mapping)
        shown = min(PREVIEW_ROWS, len(table.rows))
        self.intro.setText(self.intro_text())
        self.preview.setRowCount(0)  # the mapping boxes of other headers go with their row
        self.preview.setColumnCount(0)
        self.preview.setRowCount(shown + 1)
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([self.mapping_row_label()] + [str(table.row_number(i)) for i in range(shown)])
        self.mapping_boxes: list[QComboBox] = []
        for column in range(len(headers)):
            box = QComboBox(self.preview)
            box.addItem(self.tr("Ignore"), None)
            for target, label in targets:
                box.addItem(label, target)
            box.setCurrentIndex(max(0, box.findData(mapping.get(column))))
            box.currentIndexChanged.connect(self.mapping_changed)
            self.preview.setCellWidget(0, column, box)
            self.mapping_boxes.append(box)
        for row, values in enumerate(table.rows[:shown], start=1):
            for column, value in enumerate(values[:len(headers)]):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.mapping_changed()

    def _choose_header_row(self, table: Table) -> None:
        self.table = table
        self.mapping_error.clear()
        self._fill_preview()

    def mapping(self) -> dict[int, str]:
        return {column: box.currentData() for column, box in enumerate(self.mapping_boxes) if box.currentData()}

    def run_check(self) -> Operation | None:
        """Check every row through the mapping on a worker thread, then show what was found; None when refused."""
        self.mapping_error.clear()
        try:
            work = self.check_rows(self.mapping())
        except ValidationError as error:
            self._refuse_mapping(error)
            return None
        return Operation(self, work).with_progress(self.tr("Checking the rows…"), cancellable=True) \
            .success(self._checked).failure(self._check_failed).run()

    def _checked(self, check) -> None:
        self.check = check
        self._show_result()

    def _check_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._refuse_mapping(error)
        else:
            report_failure(self, error)

    def _refuse_mapping(self, error: ValidationError) -> None:
        self.mapping_error.setText("\n".join(translated(m) for m in error.messages()))

    # ---------------------------------------------------------------- page 2
    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 2, page)
        self.problems.setObjectName("import_problems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Problem")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.save_rejected_button = QPushButton(self.tr("&Save rejected rows…"), page)
        self.save_rejected_button.clicked.connect(self.save_rejected)
        back = QPushButton(self.tr("&Back to columns"), page)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.nothing_button = QPushButton(self.tr("Import &nothing"), page)
        self.nothing_button.setObjectName("import_nothing")
        self.nothing_button.clicked.connect(self.reject)
        self.import_button = QPushButton(self.tr("&Import"), page)
        self.import_button.setObjectName("import_rows")
        self.import_button.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rejected_button)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.nothing_button)
        buttons.addWidget(self.import_button)
        _column(page, [self.summary, self.result_extras(page)], self.problems, buttons)
        return page

    def _show_result(self) -> None:
        check = self.check
        self.summary.setText(self.summary_text(check))
        self.result_shown(check)
        problems = self.problems_of(check)
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            self.problems.setItem(row, 0, QTableWidgetItem(str(problem.row_number)))
            self.problems.setItem(row, 1, QTableWidgetItem(translated(problem.reason)))
        self.problems.setVisible(bool(problems))
        self.save_rejected_button.setEnabled(bool(problems))
        self.import_button.setEnabled(self.can_import(check))
        self.import_button.setDefault(True)
        self.pages.setCurrentIndex(1)

    def save_rejected(self) -> None:
        csv_files = self.tr("CSV file (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), "rejected.xlsx",
                                                   ";;".join([self.tr("Excel workbook (*.xlsx)"), csv_files]))
        if path:
            if not Path(path).suffix:
                path += ".csv" if chosen == csv_files else ".xlsx"
            self.write_rejected(path)

    def write_rejected(self, path: str) -> None:
        """The refused rows with their reasons to `path` (.xlsx or .csv, by its extension), never the imported file."""
        try:
            spreadsheet_import.check_rejected_path(path, self.path)
            spreadsheet_import.write_rejected(self.problems_of(self.check), self.table.headers, path)
        except KamdeskError as error:
            show_error(self, error)
        except OSError as error:
            show_error(self, KamdeskError(self.tr("Cannot write %1: %2").replace("%1", path)
                                          .replace("%2", error.strerror or str(error))))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            self.reject()
            return
        super().keyPressEvent(event)


def _column(page: QWidget, widgets: list[QWidget | None], stretched: QWidget, buttons: QHBoxLayout) -> None:
    """`widgets` (None left out) one under the other, then `stretched` taking the room, then the buttons."""
    layout = QVBoxLayout(page)
    for widget in widgets:
        if widget is not None:
            layout.addWidget(widget)
    layout.addWidget(stretched, 1)
    layout.addLayout(buttons)
