"""The client list's item model: rows fetched on demand, page by page.

The model never holds all 100,000 clients: it asks the core search for a
ClientResult (count + pages) and Qt's view pulls further pages through
canFetchMore/fetchMore (of `LazyTableModel`) as the user scrolls.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor

from kamdesk.core.services.client_search import ClientFilter, ClientResult, ClientRow, ClientSearch
from kamdesk.gui.operations import start_quietly
from kamdesk.gui.formatting import date_format
from kamdesk.gui.party.labels import status_labels
from kamdesk.gui.widgets.lazy_model import LazyTableModel

PAGE_SIZE = 100  # a screenful and more; scrolling fetches the next page
COLUMNS = ("name", "city", "segment", "status", "manager", "key_account", "phone", "last_contact", "next_contact")
DATE_COLUMNS = ("last_contact", "next_contact")
OVERDUE_COLOR = QColor("#c62828")  # a next contact that is already past
ClientIdRole = Qt.ItemDataRole.UserRole + 1


class ClientTableModel(LazyTableModel):
    """Clients matching the current filter; `set_filter` re-queries, `reload` after changes."""

    COLUMNS = COLUMNS
    page_size = PAGE_SIZE

    def __init__(self, search: ClientSearch | None = None, parent=None):
        super().__init__(parent)
        self.search = search or ClientSearch(start_load=start_quietly)
        self.filter = ClientFilter()
        self._source = ClientResult(0, lambda start, size: [])
        self._statuses = status_labels()
        self._locale = QLocale()
        self._date_format = date_format(self._locale)  # data() asks for it per date cell
        self.headers = (self.tr("Name"), self.tr("City"), self.tr("Segment"), self.tr("Status"),
                        self.tr("Manager"), self.tr("Key account"), self.tr("Phone"), self.tr("Last contact"),
                        self.tr("Next contact"))

    # -- querying
    def query(self) -> ClientResult:
        return self.search.find(self.filter)

    def reload(self) -> None:
        """Data changed elsewhere (saved, imported, archived): query again."""
        self.search.invalidate()
        super().reload()

    def client_id(self, row: int) -> int | None:
        return self.id_of(row)

    def cell(self, row, column: str, role: int):
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

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        flt = self.filter
        if (flt.sort, flt.descending) == (COLUMNS[column], descending):
            return
        self.set_filter(replace(flt, sort=COLUMNS[column], descending=descending))
