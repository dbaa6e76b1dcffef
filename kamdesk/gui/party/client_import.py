"""Importing clients from a spreadsheet: the client fields, the check and the import of `ImportMappingDialog`.

The columns are auto-matched from the headers in English, Hungarian or
Russian; managers the database does not have are named once on the mapping
page, with the choice to create them or to import their clients without a
manager. The check sorts rows into valid, rejected and duplicates (clients
that exist already); the user imports the valid rows or nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QRadioButton, QWidget

from kamdesk.core.errors import ValidationError
from kamdesk.core.services import party_io
from kamdesk.core.services.spreadsheet_import import RowProblem
from kamdesk.gui.changes import CLIENTS
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.widgets.import_mapping import ImportMappingDialog


class ClientImportDialog(ImportMappingDialog):
    """Clients from a spreadsheet: every row cleaned as the client card cleans it, duplicates never imported."""

    def __init__(self, path: str, parent=None, table: party_io.Table | None = None):
        super().__init__(path, table if table is not None else party_io.read_table(path), parent)
        self.setWindowTitle(self.tr("Import clients"))
        self.imported = 0
        self.import_button.setText(self.tr("&Import the valid rows"))

    def auto_mapping(self, headers: list[str]) -> dict[int, str]:
        return party_io.auto_mapping(headers)

    def targets(self, mapping: dict[int, str]) -> list[tuple[str, str]]:
        return [(field, translated(party_io.FIELD_LABELS.get(field, field))) for field in party_io.IMPORT_FIELDS]

    def intro_text(self) -> str:
        return (self.tr("%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not "
                        "imported.").replace("%1", str(len(self.table.rows))).replace("%2", self.path))

    def mapping_extras(self, page: QWidget) -> QWidget:
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

    def mapping_changed(self) -> None:
        self.unknown = party_io.unknown_managers(self.table, self.mapping())
        self.unknown_managers_label.setText(self.tr("Unknown managers: %1").replace("%1", ", ".join(self.unknown)))
        self.managers_box.setVisible(bool(self.unknown))

    def _managers_choice(self) -> str | None:
        if self.create_managers.isChecked():
            return party_io.CREATE_MANAGERS
        if self.without_manager.isChecked():
            return party_io.WITHOUT_MANAGER
        return None

    def check_rows(self, mapping: dict[int, str]):
        if self.unknown and self._managers_choice() is None:
            raise ValidationError(self.tr("Choose whether to create the unknown managers or to import "
                                          "their clients without a manager."))
        table, unknown = self.table, self._managers_choice()
        return lambda task: party_io.check_rows(table, mapping, progress=task.progress, unknown=unknown)

    def summary_text(self, check: party_io.ImportCheck) -> str:
        return (self.tr("%1 of %2 rows can be imported. %3 rows have errors, %4 rows are clients that exist "
                        "already (same tax number, or same name where no tax number is given) and will not be "
                        "imported.")
                .replace("%1", str(len(check.valid))).replace("%2", str(check.total))
                .replace("%3", str(len(check.rejected))).replace("%4", str(len(check.duplicates)))
                + (" " + self.tr("New managers: %1.").replace("%1", ", ".join(check.new_managers))
                   if check.new_managers else ""))

    def problems_of(self, check: party_io.ImportCheck) -> list[RowProblem]:
        return sorted(check.rejected + check.duplicates, key=lambda p: p.row_number)

    def run_import(self) -> Operation:
        """Import the valid rows on a worker thread, all or none (a cancel writes nothing); accepted when done."""
        check = self.check
        return Operation(self, lambda task: party_io.import_rows(check, progress=task.progress)) \
            .with_progress(self.tr("Importing clients…"), cancellable=True).notifies(CLIENTS) \
            .success(self._imported).run()

    def _imported(self, count: int) -> None:
        self.imported = count
        self.accept()
