"""What the invoice and payment import dialogs share: the flow from choosing a file to the imported records.

`import_interactively(parent, title, read, dialog_class)` asks for a spreadsheet, reads it on a worker
thread, then shows the import's `ImportMappingDialog` (columns, check, rejected rows, import). On a team
server only heads of department and administrators import; others are told so before a file is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.core.errors import KamdeskError, PermissionDenied
from kamdesk.core.services import settlement_entry
from kamdesk.core.services.settlement_io import ImportResult
from kamdesk.gui.errors import show_error
from kamdesk.gui.operations import Operation
from kamdesk.gui.settlement.labels import SETTLEMENT
from kamdesk.gui.widgets.import_mapping import ImportMappingDialog


class SettlementImportDialog(ImportMappingDialog):
    """An import whose rows are all valid or refused (no duplicates kept apart); `result` once imported."""

    def __init__(self, path: str, table, parent: QWidget | None = None):
        super().__init__(path, table, parent)
        self.result_counts: ImportResult | None = None
        self.import_button.setText(self.tr("&Import the valid rows"))

    def intro_text(self) -> str:
        return (self.tr("%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not "
                        "imported. Rows are matched to clients by tax number, else by name.")
                .replace("%1", str(len(self.table.rows))).replace("%2", self.path))

    def importing(self, work: Callable, text: str) -> Operation:
        """Run the import `work(task)` with progress (a cancel writes nothing); accepted when done."""
        return Operation(self, work).with_progress(text, cancellable=True).notifies(SETTLEMENT) \
            .success(self._imported).run()

    def _imported(self, result: ImportResult) -> None:
        self.result_counts = result
        self.accept()


def import_interactively(parent: QWidget, title: str, read: Callable, dialog_class: type) -> Operation | None:
    """Choose a spreadsheet, read it on a worker thread, then map, check and import it in `dialog_class`."""
    if not settlement_entry.can_record():
        show_error(parent, PermissionDenied(QCoreApplication.translate(
            "SettlementImport", "Only a head of department or an administrator can import invoices and payments.")))
        return None
    path, _ = QFileDialog.getOpenFileName(parent, title, "", QCoreApplication.translate(
        "SettlementImport", "Spreadsheets (*.xlsx *.csv *.txt)"))
    if not path:
        return None

    def show(table) -> None:
        try:
            dialog = dialog_class(path, table, parent)
        except KamdeskError as error:
            show_error(parent, error)
            return
        dialog.exec()
        dialog.deleteLater()

    return Operation(parent, lambda _task: read(path)).with_progress(
        QCoreApplication.translate("SettlementImport", "Reading %1…").replace("%1", path)).success(show).run()
