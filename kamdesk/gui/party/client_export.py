"""Export the client list as shown (same filter and order) to .xlsx or .csv."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import party_io
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.gui.operations import Operation, report_failure


def export_client_list(parent: QWidget, flt: ClientFilter, done: Callable[[int], None],
                       path: str | None = None) -> Operation | None:
    """Ask where to (unless `path`), export on a worker thread with progress; `done(count)` once written.

    The file is written beside its name and renamed at the end, so a cancel leaves no file.
    """
    translate = QCoreApplication.translate
    if path is None:
        path, chosen = QFileDialog.getSaveFileName(parent, translate("ClientExport", "Export clients"), "clients.xlsx",
                                                   translate("ClientExport", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not path:
            return None
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"

    def failed(error: BaseException) -> None:
        report_failure(parent, KamdeskError(str(error)) if isinstance(error, OSError) else error)

    return Operation(parent, lambda task: party_io.export_clients(flt, path, progress=task.progress)) \
        .with_progress(translate("ClientExport", "Exporting clients…"), cancellable=True) \
        .success(done).failure(failed).run()
