"""Export the client list as shown (same filter and order) to .xlsx or .csv."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import party_io
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.gui.errors import show_error


def export_client_list(parent: QWidget, flt: ClientFilter) -> int | None:
    """Ask where to, export with progress; the number of clients written, or None if nothing was."""
    translate = QCoreApplication.translate
    path, chosen = QFileDialog.getSaveFileName(parent, translate("ClientExport", "Export clients"), "clients.xlsx",
                                               translate("ClientExport", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not path:
        return None
    if not path.lower().endswith((".xlsx", ".csv")):
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    progress = QProgressDialog(translate("ClientExport", "Exporting clients…"), "", 0, 100, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)
        QApplication.processEvents()

    try:
        count = party_io.export_clients(flt, path, progress=step)
    except (KamdeskError, OSError) as error:
        show_error(parent, error if isinstance(error, KamdeskError) else KamdeskError(str(error)))
        return None
    finally:
        progress.close()
    return count
