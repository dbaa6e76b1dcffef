"""Importing clients from a spreadsheet: map columns, preview, check, then import or not.

Page 1 maps each column of the file to a client field (auto-matched from the
headers in English, Hungarian or Russian) above a preview of the first rows;
the row of the headers (found below a title) can be changed there, and
managers the database does not have are named once, with the choice to
create them or to import their clients without a manager.
Page 2 shows what the check found; the user imports the valid rows or
nothing, and can save the rejected rows with their reasons to .xlsx.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import party_io
from kamdesk.gui.errors import show_error
from kamdesk.gui.changes import CLIENTS
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.screen_fit import fit_to_screen

PREVIEW_ROWS = 20


class HeaderRowPicker(QWidget):
    """“Headers in row: 3: Cégnév | Adószám | …”: which of a sheet's first rows holds the column headers.

    Shared by the client and the price list import. Choosing a row reads the
    sheet again from it and emits `changed` with the new table; a row that
    cannot hold them is refused with the reason, and the choice goes back.
    """

    changed = Signal(object)  # party_io.Table

    def __init__(self, table: party_io.Table, parent: QWidget | None = None):
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
        self.problem.setStyleSheet("color: #b00020;")
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


class ClientImportDialog(QDialog):
    def __init__(self, path: str, parent=None, table: party_io.Table | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import clients"))
        fit_to_screen(self, 980, 620)
        self.path = path
        self.table = table if table is not None else party_io.read_table(path)
        self.check: party_io.ImportCheck | None = None
        self.imported = 0
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)

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
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mapping_error = QLabel(page)
        self.mapping_error.setStyleSheet("color: #b00020;")
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
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addWidget(self.header_picker)
        layout.addWidget(self._managers_box(page))
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self._fill_preview()
        return page

    def _managers_box(self, page: QWidget) -> QWidget:
        """Managers the file names and the database has not: create them, or import without a manager."""
        box = QWidget(page)
        box.setObjectName("unknown_managers")
        self.unknown_managers_label = QLabel(box)
        self.unknown_managers_label.setWordWrap(True)
        self.create_managers = QRadioButton(self.tr("C&reate these managers"), box)
        self.without_manager = QRadioButton(self.tr("Import their clients &without a manager"), box)
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.unknown_managers_label, 1)
        line.addWidget(self.create_managers)
        line.addWidget(self.without_manager)
        self.managers_box = box
        return box

    def _fill_preview(self) -> None:
        """The mapping boxes and the first rows of the table, headers from the chosen row."""
        headers = self.table.headers
        mapping = party_io.auto_mapping(headers)
        shown = min(PREVIEW_ROWS, len(self.table.rows))
        self.intro.setText(self.tr("%1 rows in %2. Check which field each column goes to; "
                                   "columns set to “Ignore” are not imported.")
                           .replace("%1", str(len(self.table.rows))).replace("%2", self.path))
        self.preview.setRowCount(0)  # the mapping boxes of other headers go with their row
        self.preview.setColumnCount(0)
        self.preview.setRowCount(shown + 1)
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([self.tr("Field")] + [str(self.table.row_number(i)) for i in range(shown)])
        self.mapping_boxes: list[QComboBox] = []
        for column in range(len(headers)):
            box = QComboBox(self.preview)
            box.addItem(self.tr("Ignore"), None)
            for field in party_io.IMPORT_FIELDS:
                box.addItem(translated(party_io.FIELD_LABELS.get(field, field)), field)
            box.setCurrentIndex(max(0, box.findData(mapping.get(column))))
            box.currentIndexChanged.connect(self._show_unknown_managers)
            self.preview.setCellWidget(0, column, box)
            self.mapping_boxes.append(box)
        for row, values in enumerate(self.table.rows[:PREVIEW_ROWS], start=1):
            for column, value in enumerate(values[:len(headers)]):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self._show_unknown_managers()

    def _choose_header_row(self, table: party_io.Table) -> None:
        self.table = table
        self.mapping_error.clear()
        self._fill_preview()

    def _show_unknown_managers(self) -> None:
        self.unknown = party_io.unknown_managers(self.table, self.mapping())
        self.unknown_managers_label.setText(self.tr("Unknown managers: %1").replace("%1", ", ".join(self.unknown)))
        self.managers_box.setVisible(bool(self.unknown))

    def _managers_choice(self) -> str | None:
        if self.create_managers.isChecked():
            return party_io.CREATE_MANAGERS
        if self.without_manager.isChecked():
            return party_io.WITHOUT_MANAGER
        return None

    def mapping(self) -> dict[int, str]:
        return {column: box.currentData() for column, box in enumerate(self.mapping_boxes) if box.currentData()}

    def run_check(self) -> Operation | None:
        """Check every row on a worker thread (nothing is written); the result page shows what it found."""
        mapping = self.mapping()
        fields = list(mapping.values())
        if "name" not in fields:
            self.mapping_error.setText(self.tr("Choose the column that holds the client name."))
            return
        twice = sorted({f for f in fields if fields.count(f) > 1})
        if twice:
            self.mapping_error.setText(self.tr("Each field can come from one column only: %1.")
                                       .replace("%1", ", ".join(translated(party_io.FIELD_LABELS.get(f, f)) for f in twice)))
            return
        if self.unknown and self._managers_choice() is None:
            self.mapping_error.setText(self.tr("Choose whether to create the unknown managers or to import "
                                               "their clients without a manager."))
            return
        table, unknown = self.table, self._managers_choice()
        return Operation(self, lambda task: party_io.check_rows(table, mapping, progress=task.progress, unknown=unknown)) \
            .with_progress(self.tr("Checking the rows…"), cancellable=True).success(self._checked).run()

    def _checked(self, check: party_io.ImportCheck) -> None:
        self.check = check
        self._show_result()

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
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_rejected_button = QPushButton(self.tr("&Save rejected rows…"), page)
        self.save_rejected_button.clicked.connect(self.save_rejected)
        back = QPushButton(self.tr("&Back to columns"), page)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.nothing_button = QPushButton(self.tr("Import &nothing"), page)
        self.nothing_button.setObjectName("import_nothing")
        self.nothing_button.clicked.connect(self.reject)
        self.import_button = QPushButton(self.tr("&Import the valid rows"), page)
        self.import_button.setObjectName("import_valid")
        self.import_button.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rejected_button)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.nothing_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        return page

    def _show_result(self) -> None:
        check = self.check
        self.summary.setText(
            self.tr("%1 of %2 rows can be imported. %3 rows have errors, %4 rows are clients that exist "
                    "already (same tax number, or same name where no tax number is given) and will not be imported.")
            .replace("%1", str(len(check.valid))).replace("%2", str(check.total))
            .replace("%3", str(len(check.rejected))).replace("%4", str(len(check.duplicates)))
            + (" " + self.tr("New managers: %1.").replace("%1", ", ".join(check.new_managers))
               if check.new_managers else ""))
        problems = sorted(check.rejected + check.duplicates, key=lambda p: p.row_number)
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            self.problems.setItem(row, 0, QTableWidgetItem(str(problem.row_number)))
            self.problems.setItem(row, 1, QTableWidgetItem(translated(problem.reason)))
        self.save_rejected_button.setEnabled(bool(problems))
        self.import_button.setEnabled(bool(check.valid))
        self.import_button.setDefault(True)
        self.pages.setCurrentIndex(1)

    def save_rejected(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), "rejected.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.write_rejected(path)

    def write_rejected(self, path: str) -> None:
        try:
            party_io.write_rejected(self.check, self.table.headers, path)
        except OSError as error:
            show_error(self, KamdeskError(self.tr("Cannot write %1: %2").replace("%1", path)
                                          .replace("%2", error.strerror or str(error))))

    def run_import(self) -> Operation:
        """Import the valid rows on a worker thread, all or none (a cancel writes nothing); accepted when done."""
        check = self.check
        return Operation(self, lambda task: party_io.import_rows(check, progress=task.progress)) \
            .with_progress(self.tr("Importing clients…"), cancellable=True).notifies(CLIENTS) \
            .success(self._imported).run()

    def _imported(self, count: int) -> None:
        self.imported = count
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            self.reject()
            return
        super().keyPressEvent(event)
