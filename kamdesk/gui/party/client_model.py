"""The client list's item model: rows fetched on demand, page by page.

The model never holds all 100,000 clients: it asks the core search for a
ClientResult (count + pages) and Qt's view pulls further pages through
canFetchMore/fetchMore (of `LazyTableModel`) as the user scrolls. Counting
thousands of matches reads them all, so a result that has not counted them
is counted on a worker thread once typing pauses (`counting` meanwhile, then
`result_changed`): a count per keystroke would take the processor from the
keystrokes. The view fetches pages until one comes back short.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import replace

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor

from kamdesk.core.services.client_search import ClientFilter, ClientResult, ClientRow, ClientSearch
from kamdesk.gui.operations import Operation
from kamdesk.gui.formatting import date_format
from kamdesk.gui.party.labels import status_labels
from kamdesk.gui.widgets.lazy_model import LazyTableModel

PAGE_SIZE = 100  # a screenful and more; scrolling fetches the next page
COLUMNS = ("name", "city", "segment", "status", "manager", "key_account", "phone", "last_contact", "next_contact")
DATE_COLUMNS = ("last_contact", "next_contact")
OVERDUE_COLOR = QColor("#c62828")  # a next contact that is already past
ClientIdRole = Qt.ItemDataRole.UserRole + 1
COUNT_DELAY_MS = 250  # typing paused this long: count the matches
ANSWERED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                            ClientIdRole})

log = logging.getLogger(__name__)


class ClientTableModel(LazyTableModel):
    """Clients matching the current filter; `set_filter` re-queries, `reload` after changes."""

    COLUMNS = COLUMNS
    page_size = PAGE_SIZE
    counting = Signal()  # the rows are shown, their count follows in result_changed

    def __init__(self, search: ClientSearch | None = None, parent=None):
        super().__init__(parent)
        self.search = search or ClientSearch()
        self._ticket = 0  # counts queries: a count finished after the next query is not shown
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_elsewhere)
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

    def _query_again(self) -> None:
        self._ticket += 1
        self.beginResetModel()
        self._source = self.query()
        self._rows = self._source.rows(0, self.page_size)
        self.endResetModel()
        if len(self._rows) < self.page_size:
            self._source.know_count(len(self._rows))
        if self._source.counted:
            self._count_timer.stop()
            self.result_changed.emit(self._source.count)
        else:
            self.counting.emit()
            self._count_timer.start()

    def _count_elsewhere(self) -> None:
        ticket, source = self._ticket, self._source
        stale = lambda: ticket != self._ticket  # noqa: E731 (asked by SQLite on the worker thread)
        Operation(None, lambda _task: source.count_unless(stale)).success(
            lambda count: self._counted(ticket, count)).failure(
            lambda error: log.warning("counting the clients failed", exc_info=(type(error), error,
                                                                               error.__traceback__))).run()

    def _counted(self, ticket: int, count: int | None) -> None:
        if ticket == self._ticket and count is not None:
            self.result_changed.emit(count)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        if parent.isValid():
            return False
        return len(self._rows) < self._source.count if self._source.counted else True

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        before = len(self._rows)
        super().fetchMore(parent)
        if not parent.isValid() and not self._source.counted and len(self._rows) - before < self.page_size:
            self._source.know_count(len(self._rows))  # a short page: the matches end here

    def client_id(self, row: int) -> int | None:
        return self.id_of(row)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # a painted cell is asked for a dozen roles; the others answer nothing, without looking at the row
        return super().data(index, role) if role in ANSWERED_ROLES else None

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
