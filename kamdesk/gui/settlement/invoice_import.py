"""Importing the accounting system's invoice list: invoice fields for `ImportMappingDialog`.

Rows are checked by `settlement_io.check_invoices`: a row that names no client, holds an amount or date
that is not one, or refers to an invoice kamdesk does not have is refused with its reason; the valid
rows are imported in one transaction (new invoices added, changed ones updated, the same ones untouched)
and the clients' receivables are settled again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.core.services import settlement_io
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.settlement.settlement_import import SettlementImportDialog, import_interactively


class InvoiceImportDialog(SettlementImportDialog):
    """An invoice list's columns mapped to invoice fields, every row checked, the valid ones imported."""

    def __init__(self, path: str, table, parent: QWidget | None = None):
        super().__init__(path, table, parent)
        self.setObjectName("invoice_import")
        self.setWindowTitle(self.tr("Import invoices"))

    def auto_mapping(self, headers: list[str]) -> dict[int, str]:
        return settlement_io.invoice_mapping(headers)

    def targets(self, mapping: dict[int, str]) -> list[tuple[str, str]]:
        return [(name, translated(settlement_io.INVOICE_LABELS[name])) for name in settlement_io.INVOICE_FIELDS]

    def check_rows(self, mapping: dict[int, str]):
        table = self.table
        return lambda task: settlement_io.check_invoices(table, mapping, progress=task.progress)

    def summary_text(self, check: settlement_io.InvoiceCheck) -> str:
        return (self.tr("%1 of %2 rows can be imported: %3 new invoices, %4 changed, %5 imported before and "
                        "unchanged. %6 rows have errors and will not be imported.")
                .replace("%1", str(len(check.valid))).replace("%2", str(check.total))
                .replace("%3", str(check.count("new"))).replace("%4", str(check.count("changed")))
                .replace("%5", str(check.count("unchanged"))).replace("%6", str(len(check.rejected))))

    def can_import(self, check: settlement_io.InvoiceCheck) -> bool:
        return bool(check.count("new") or check.count("changed"))

    def run_import(self) -> Operation:
        check = self.check
        return self.importing(lambda task: settlement_io.import_invoices(check, progress=task.progress),
                              self.tr("Importing invoices…"))


def import_invoices_interactively(parent: QWidget) -> Operation | None:
    """Choose an invoice list and import it through `InvoiceImportDialog` (what the pages' action calls)."""
    title = QCoreApplication.translate("SettlementImport", "Import invoices")
    return import_interactively(parent, title, settlement_io.read_invoices, InvoiceImportDialog)
