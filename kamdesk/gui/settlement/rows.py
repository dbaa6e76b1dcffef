"""The read-only tables of the settlement area: rows of dataclasses, amounts right-aligned in the row's currency.

`RowsModel` shows each column of a row as a text: a code through its `labels`, an amount of `MONEY` with the
currency's decimals (the currency has a column of its own), a whole number of `COUNTS` in the locale, a date
as the locale writes it. Subclasses read their rows (`query`) and may colour (`colour`) or embolden (`bold`)
a cell. `fill_table` puts such rows into a small QTableWidget (the detail lists under a page, the card tab).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kamdesk.gui.formatting import format_date
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.widgets.lazy_model import StyledTableModel
from kamdesk.gui.widgets.tables import read_only_rows

IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ShownAllocation:
    """An allocation as a detail table shows it: when, by what (or what it settles), how much, by which rule."""

    id: int
    settled_on: dt.date
    settled_by: str
    amount: Decimal
    currency: str
    rule: str


def amount_text(value: Decimal | None, currency: str, blank_zero: bool = False) -> str:
    """An amount with the currency's decimals and the locale's separators, without the currency's code."""
    if value is None or (blank_zero and value == 0):
        return ""
    return format_money(value, currency, with_currency=False)


def cell_text(row, column: str, money: Sequence[str] = (), counts: Sequence[str] = (),
              labels: dict[str, dict[str, str]] | None = None, blank_zero: Sequence[str] = ()) -> str:
    """How `row`'s `column` is shown (see the module's description)."""
    value = getattr(row, column)
    if labels and column in labels:
        return labels[column].get(value, value)
    if column in money:
        return amount_text(value, row.currency, column in blank_zero)
    if column in counts:
        return QLocale().toString(value) if value or column not in blank_zero else ""
    if isinstance(value, dt.date):
        return format_date(value)
    return "" if value is None else str(value)


class RowsModel(StyledTableModel):
    """A read-only table of dataclass rows with amounts, counts, dates and coded columns."""

    MONEY: tuple[str, ...] = ()
    COUNTS: tuple[str, ...] = ()
    BLANK_ZERO: tuple[str, ...] = ()  # columns where a zero stays empty (aging buckets)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: dict[str, dict[str, str]] = {}
        self.RIGHT_ALIGNED = self.MONEY + self.COUNTS

    def display(self, row, column: str) -> str:
        return cell_text(row, column, self.MONEY, self.COUNTS, self.labels, self.BLANK_ZERO)


def detail_table(parent, name: str, headers: Sequence[str]) -> QTableWidget:
    """A small read-only table of whole rows with `headers`, its columns fitted to their contents."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    read_only_rows(table, word_wrap=False, tab_keys=False)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence, columns: Sequence[str], *, money: Sequence[str] = (),
               counts: Sequence[str] = (), labels: dict[str, dict[str, str]] | None = None,
               colour: Callable[[object, str], QColor | None] = lambda row, column: None,
               blank_zero: Sequence[str] = ()) -> None:
    """Put `rows` into `table`, one column per name of `columns` (a zero in `blank_zero` stays empty); each item
    keeps its row's id (`IdRole`)."""
    table.setRowCount(len(rows))
    for index, row in enumerate(rows):
        for column, name in enumerate(columns):
            item = QTableWidgetItem(cell_text(row, name, money, counts, labels, blank_zero))
            item.setData(IdRole, row.id)
            if name in money or name in counts:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            shade = colour(row, name)
            if shade is not None:
                item.setForeground(QBrush(shade))
            table.setItem(index, column, item)


def current_row_id(table: QTableWidget) -> int | None:
    """The id kept by the current row of a `fill_table` table, or None."""
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return item.data(IdRole) if item is not None else None
