"""Importing a price list: product fields and price columns for `ImportMappingDialog`, all or nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kamdesk.core.services import catalogue_io
from kamdesk.gui.changes import CATALOGUE
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.widgets.import_mapping import ImportMappingDialog


class PriceListImportDialog(ImportMappingDialog):
    """A price list's columns mapped to product fields and price columns, every row checked, all or nothing.

    With a rejected row nothing can be imported (the file is corrected and
    checked again). Price headers that name no column can be created as new
    stored columns.
    """

    def __init__(self, path: str, table, parent: QWidget | None = None):
        super().__init__(path, table, parent)
        self.setObjectName("price_list_import")
        self.setWindowTitle(self.tr("Import a price list"))
        self.created = self.updated = 0

    def auto_mapping(self, headers: list[str]) -> dict[int, str]:
        return catalogue_io.auto_mapping(headers)

    def targets(self, mapping: dict[int, str]) -> list[tuple[str, str]]:
        targets = [(target, translated(label)) for target, label in catalogue_io.mapping_targets()]
        known = {target for target, _ in targets}
        for target in mapping.values():
            if target.startswith(catalogue_io.PRICE_PREFIX) and target not in known:
                targets.append((target, self.tr("New price column: %1").replace(
                    "%1", target[len(catalogue_io.PRICE_PREFIX):])))
                known.add(target)
        return targets

    def intro_text(self) -> str:
        return (self.tr("%1 rows in %2. Check what each column holds; columns set to “Ignore” are not "
                        "imported, and an empty cell leaves the product's value as it is.")
                .replace("%1", str(len(self.table.rows))).replace("%2", self.path))

    def mapping_row_label(self) -> str:
        return self.tr("Holds")

    def check_rows(self, mapping: dict[int, str]):
        table = self.table
        return lambda _task: catalogue_io.check_price_list(table, mapping)

    def can_import(self, check: catalogue_io.PriceListCheck) -> bool:
        return not check.rejected and bool(check.valid)

    def summary_text(self, check: catalogue_io.PriceListCheck) -> str:
        if check.rejected:
            return self.tr("%1 of %2 rows have errors: nothing can be imported until the file is corrected "
                           "(all or nothing).").replace("%1", str(len(check.rejected))).replace("%2", str(check.total))
        valid, new = len(check.valid), check.new_products
        return self.tr("All %1 rows are fine: %2 new products, %3 products updated.").replace(
            "%1", str(check.total)).replace("%2", str(new)).replace("%3", str(valid - new))

    def result_extras(self, page: QWidget) -> QWidget:
        """The price columns the file has and the catalogue has not: ticked ones are created."""
        box = QWidget(page)
        self.new_columns = QListWidget(box)
        self.new_columns.setObjectName("new_columns")
        self.new_columns.setMaximumHeight(90)
        self.new_columns_label = QLabel(self.tr("Price columns the file has and the catalogue has not (ticked: "
                                                "created as stored columns):"), box)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.new_columns_label)
        column.addWidget(self.new_columns)
        return box

    def result_shown(self, check: catalogue_io.PriceListCheck) -> None:
        self.new_columns.clear()
        for name in check.new_columns:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.new_columns.addItem(item)
        self.new_columns.setVisible(bool(check.new_columns))
        self.new_columns_label.setVisible(bool(check.new_columns))

    def create_columns(self) -> list[str]:
        items = [self.new_columns.item(i) for i in range(self.new_columns.count())]
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def run_import(self) -> Operation:
        """Import on a worker thread (one transaction: all or nothing); accepted when done."""
        check, create = self.check, self.create_columns()
        return Operation(self, lambda _task: catalogue_io.import_price_list(check, create)).with_progress(
            self.tr("Importing…")).notifies(CATALOGUE).success(self._imported).run()

    def _imported(self, counts: tuple[int, int]) -> None:
        self.created, self.updated = counts
        self.accept()
