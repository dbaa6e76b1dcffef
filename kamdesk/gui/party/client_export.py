"""Export the client list as shown (same filter and order) to .xlsx or .csv."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import party_io
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.gui.errors import show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("ClientExport", text)


def export_client_list(parent: QWidget, flt: ClientFilter) -> int | None:
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Export clients"), "clients.xlsx",
                                               tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not path:
        return None
    if not path.lower().endswith((".xlsx", ".csv")):
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    progress = QProgressDialog(tr("Exporting clients…"), "", 0, 100, parent)
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
    if hasattr(parent, "statusBar"):
        message = QCoreApplication.translate("ClientExport", "Exported %n client(s)", None, count)
        parent.statusBar().showMessage(message, 5000)
    return count
