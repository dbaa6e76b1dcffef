"""Importing observed competitor prices from a spreadsheet: price fields for `ImportMappingDialog`.

Rows are checked by `competitor_io.check_prices`: the competitor named in the row, else the one chosen here
for the whole file (a competitor's own price list has no such column); the day observed, else the day chosen
here. Prices recorded before are not imported again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QFormLayout, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import competitor_io
from kamdesk.core.services import competitors as competitor_service
from kamdesk.gui.competitor.labels import COMPETITORS
from kamdesk.gui.errors import show_error
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.widgets.import_mapping import ImportMappingDialog


class PriceImportDialog(ImportMappingDialog):
    """A sheet's columns mapped to price fields, the file's competitor and day, every row checked, the new imported."""

    def __init__(self, path: str, table, parent: QWidget | None = None):
        super().__init__(path, table, parent)
        self.setObjectName("competitor_price_import")
        self.setWindowTitle(self.tr("Import competitor prices"))
        self.imported: int | None = None
        self.import_button.setText(self.tr("&Import the new prices"))

    def mapping_extras(self, page: QWidget) -> QWidget:
        extras = QWidget(page)
        self.competitor = QComboBox(extras)
        self.competitor.setObjectName("file_competitor")
        self.competitor.addItem(self.tr("None: each row names it"), None)
        for row in competitor_service.competitor_rows():
            self.competitor.addItem(row.name, row.id)
        self.observed_on = QDateEdit(QDate.currentDate(), extras)
        self.observed_on.setObjectName("file_observed_on")
        self.observed_on.setCalendarPopup(True)
        self.observed_on.setMaximumDate(QDate.currentDate())  # a price is seen, not foreseen
        form = QFormLayout(extras)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Com&petitor of rows that name none:"), self.competitor)
        form.addRow(self.tr("&Observed on, for rows without a date:"), self.observed_on)
        return extras

    def auto_mapping(self, headers: list[str]) -> dict[int, str]:
        return competitor_io.auto_mapping(headers)

    def targets(self, mapping: dict[int, str]) -> list[tuple[str, str]]:
        return [(name, translated(competitor_io.LABELS[name])) for name in competitor_io.FIELDS]

    def intro_text(self) -> str:
        return (self.tr("%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not "
                        "imported. A row is for our product with its SKU, else for the category it names.")
                .replace("%1", str(len(self.table.rows))).replace("%2", self.path))

    def check_rows(self, mapping: dict[int, str]):
        table, competitor, day = self.table, self.competitor.currentData(), self.observed_on.date().toPython()
        return lambda task: competitor_io.check_prices(table, mapping, competitor, day, progress=task.progress)

    def summary_text(self, check: competitor_io.PriceCheck) -> str:
        return (self.tr("%1 of %2 rows can be imported: %3 new prices, %4 recorded before. %5 rows have errors "
                        "and will not be imported.")
                .replace("%1", str(len(check.valid))).replace("%2", str(check.total))
                .replace("%3", str(check.new)).replace("%4", str(len(check.valid) - check.new))
                .replace("%5", str(len(check.rejected))))

    def can_import(self, check: competitor_io.PriceCheck) -> bool:
        return bool(check.new)

    def run_import(self) -> Operation:
        check = self.check
        return Operation(self, lambda task: competitor_io.import_prices(check, progress=task.progress)) \
            .with_progress(self.tr("Importing competitor prices…"), cancellable=True).notifies(COMPETITORS) \
            .success(self._imported).run()

    def _imported(self, count: int) -> None:
        self.imported = count
        self.accept()


def import_prices_interactively(parent: QWidget) -> Operation | None:
    """Choose a spreadsheet of observed prices, read it on a worker thread, then map, check and import it."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CompetitorPriceImport", "Import competitor prices"), "",
        QCoreApplication.translate("CompetitorPriceImport", "Spreadsheets (*.xlsx *.csv *.txt)"))
    if not path:
        return None

    def show(table) -> None:
        try:
            dialog = PriceImportDialog(path, table, parent)
        except KamdeskError as error:
            show_error(parent, error)
            return
        dialog.exec()
        dialog.deleteLater()

    return Operation(parent, lambda _task: competitor_io.read_table(path)).with_progress(
        QCoreApplication.translate("CompetitorPriceImport", "Reading %1…").replace("%1", path)).success(show).run()
