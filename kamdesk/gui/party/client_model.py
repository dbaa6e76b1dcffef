"""The client list's item model: rows fetched on demand, page by page.

The model never holds all 100,000 clients: it asks the core search for a
ClientResult (count + pages) and Qt's view pulls further pages through
canFetchMore/fetchMore as the user scrolls.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QColor

from kamdesk.core.services.client_search import ClientFilter, ClientResult, ClientRow, ClientSearch
from kamdesk.gui.operations import start_quietly
from kamdesk.gui.formatting import date_format
from kamdesk.gui.party.labels import status_labels

PAGE_SIZE = 100  # a screenful and more; scrolling fetches the next page
COLUMNS = ("name", "city", "segment", "status", "manager", "key_account", "phone", "last_contact", "next_contact")
DATE_COLUMNS = ("last_contact", "next_contact")
OVERDUE_COLOR = QColor("#c62828")  # a next contact that is already past
ClientIdRole = Qt.ItemDataRole.UserRole + 1


class ClientTableModel(QAbstractTableModel):
    """Clients matching the current filter; `set_filter` re-queries, `reload` after changes."""

    result_changed = Signal(int)  # number of matching clients

    def __init__(self, search: ClientSearch | None = None, parent=None):
        super().__init__(parent)
        self.search = search or ClientSearch(start_load=start_quietly)
        self.filter = ClientFilter()
        self._result = ClientResult(0, lambda start, size: [])
        self._rows: list[ClientRow] = []
        self._statuses = status_labels()
        self._locale = QLocale()
        self._date_format = date_format(self._locale)  # data() asks for it per date cell
        self._headers = (self.tr("Name"), self.tr("City"), self.tr("Segment"), self.tr("Status"),
                         self.tr("Manager"), self.tr("Key account"), self.tr("Phone"), self.tr("Last contact"),
                         self.tr("Next contact"))

    # -- querying
    def set_filter(self, flt: ClientFilter) -> None:
        self.filter = flt
        result = self.search.find(flt)
        self.beginResetModel()
        self._result = result
        self._rows = result.rows(0, PAGE_SIZE)
        self.endResetModel()
        self.result_changed.emit(result.count)

    def reload(self) -> None:
        """Data changed elsewhere (saved, imported, archived): query again."""
        self.search.invalidate()
        self.set_filter(self.filter)

    @property
    def match_count(self) -> int:
        return self._result.count

    def client_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int | None:
        """Row of `client_id` among the rows fetched so far."""
        return next((i for i, r in enumerate(self._rows) if r.id == client_id), None)

    # -- Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._result.count

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._result.rows(start, PAGE_SIZE)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ClientIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return row.tax_number or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "next_contact" and self._overdue(row):
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column in DATE_COLUMNS:
            return self._date_tooltip(row, column)
        return None

    def _date_tooltip(self, row: ClientRow, column: str) -> str | None:
        """The date with its time; an overdue next contact says so (the colour alone is not enough)."""
        moment = getattr(row, column)
        if moment is None:
            return None
        time = self._locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        text = f"{self._date(moment)} {time}"
        if column == "next_contact" and self._overdue(row):
            return self.tr("%1 (overdue)").replace("%1", text)
        return text

    @staticmethod
    def _overdue(row: ClientRow) -> bool:
        return row.next_contact is not None and row.next_contact < datetime.datetime.now(datetime.UTC)

    def _date(self, moment: datetime.datetime) -> str:
        return self._locale.toString(QDate(moment.year, moment.month, moment.day), self._date_format)

    def _display(self, row: ClientRow, column: str) -> str:
        if column in DATE_COLUMNS:
            moment = getattr(row, column)
            return self._date(moment) if moment is not None else ""
        if column == "status":
            return self._statuses.get(row.status, row.status)
        if column == "key_account":
            return "★" if row.key_account else ""
        return getattr(row, column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        flt = self.filter
        if (flt.sort, flt.descending) == (COLUMNS[column], descending):
            return
        self.set_filter(replace(flt, sort=COLUMNS[column], descending=descending))
