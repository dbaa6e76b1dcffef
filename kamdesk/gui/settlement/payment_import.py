"""Importing a bank statement or payment list: payment fields for `ImportMappingDialog`.

Rows are checked by `settlement_io.check_payments`: a partner that is no client of kamdesk (by tax number,
else by name) is a refused row, as is an amount or date that is not one. Lines imported before (the same
date, partner, amount, currency, reference and remark) are not imported again; the new ones are allocated
to invoices (by the number in the remark, else oldest first) when the import ends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.core.services import settlement_io
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.settlement.settlement_import import SettlementImportDialog, import_interactively


class PaymentImportDialog(SettlementImportDialog):
    """A statement's columns mapped to payment fields, every row checked, the new valid ones imported."""

    def __init__(self, path: str, table, parent: QWidget | None = None):
        super().__init__(path, table, parent)
        self.setObjectName("payment_import")
        self.setWindowTitle(self.tr("Import payments"))

    def auto_mapping(self, headers: list[str]) -> dict[int, str]:
        return settlement_io.payment_mapping(headers)

    def targets(self, mapping: dict[int, str]) -> list[tuple[str, str]]:
        return [(name, translated(settlement_io.PAYMENT_LABELS[name])) for name in settlement_io.PAYMENT_FIELDS]

    def check_rows(self, mapping: dict[int, str]):
        table = self.table
        return lambda task: settlement_io.check_payments(table, mapping, progress=task.progress)

    def summary_text(self, check: settlement_io.PaymentCheck) -> str:
        return (self.tr("%1 of %2 rows can be imported: %3 new payments, %4 imported before. %5 rows have errors "
                        "and will not be imported.")
                .replace("%1", str(len(check.valid))).replace("%2", str(check.total))
                .replace("%3", str(check.new)).replace("%4", str(len(check.valid) - check.new))
                .replace("%5", str(len(check.rejected))))

    def can_import(self, check: settlement_io.PaymentCheck) -> bool:
        return bool(check.new)

    def run_import(self) -> Operation:
        check = self.check
        return self.importing(lambda task: settlement_io.import_payments(check, progress=task.progress),
                              self.tr("Importing payments…"))


def import_payments_interactively(parent: QWidget) -> Operation | None:
    """Choose a bank statement and import it through `PaymentImportDialog` (what the pages' action calls)."""
    title = QCoreApplication.translate("SettlementImport", "Import payments")
    return import_interactively(parent, title, settlement_io.read_payments, PaymentImportDialog)
