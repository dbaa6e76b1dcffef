"""One read-only table model for the lists: rows fetched page by page, known by their ids.

A `LazyTableModel` asks its subclass's `query()` for a source of rows — an
object with `count` and `rows(start, size)`, and, when it knows them, the
`ids` of every matching row in order. `Pages(ids, read)` is such a source
for a service that lists ids and reads display rows for some of them;
`Loaded(rows)` is one for a service that returns every row at once;
`Counted(count, read, position)` one for a list too long to read every id
of (a count, pages read by their place, a row's place asked of the service). The
model holds the first page; Qt's view pulls further pages through
`canFetchMore`/`fetchMore` as the user scrolls, so `keep_fitted` measures
only the rows the view shows. `row_of(id)` fetches pages until the row is
there, so a refresh keeps the selection of a row scrolled far down.

Subclasses name their `COLUMNS`, set `headers` and answer `cell(row, column, role)`; a
`StyledTableModel` answers it from a cell's text, colour and boldness.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Pages:
    """The rows of `ids` (in this order), read `size` at a time by `read(ids)`."""

    def __init__(self, ids: Sequence[int], read: Callable[[list[int]], list]):
        self.ids = list(ids)
        self._read = read

    @property
    def count(self) -> int:
        return len(self.ids)

    def rows(self, start: int, size: int) -> list:
        return self._read(self.ids[start:start + size])


class Loaded(Pages):
    """Rows a service returned all at once (each with an `id`), handed to the view page by page."""

    def __init__(self, rows: Sequence):
        self.all = list(rows)
        super().__init__([row.id for row in self.all], lambda ids: [])

    def rows(self, start: int, size: int) -> list:
        return self.all[start:start + size]


class Counted:
    """`count` rows read `size` at a time from their place, `read(start, size)`; `position(id)` says where a row
    stands (None: not among them), so a refresh keeps a row selected far down."""

    def __init__(self, count: int, read: Callable[[int, int], list], position: Callable[[int], int | None]):
        self.count = count
        self._read, self.position = read, position

    def rows(self, start: int, size: int) -> list:
        return self._read(start, size)


class LazyTableModel(QAbstractTableModel):
    """Rows of `query()` fetched `page_size` at a time; `set_filter` or `reload` query again."""

    result_changed = Signal(int)  # how many rows match, fetched or not

    COLUMNS: tuple[str, ...] = ()
    RIGHT_ALIGNED: tuple[str, ...] = ()  # columns whose cells and header are aligned right
    page_size = 100

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = None
        self.headers: tuple[str, ...] = ()
        self._source = Pages((), lambda ids: [])
        self._rows: list = []

    def query(self):
        """The source of the rows matching `self.filter`: `count`, `rows(start, size)`, optionally `ids`."""
        raise NotImplementedError

    # -- querying
    def set_filter(self, flt) -> None:
        """Show the first page of the rows matching `flt`."""
        self.filter = flt
        self._query_again()

    def reload(self) -> None:
        """The data changed: query again with the same filter and show the first page."""
        self._query_again()

    def _query_again(self) -> None:
        self.beginResetModel()
        self._source = self.query()
        self._rows = self._source.rows(0, self.page_size)
        self.endResetModel()
        self.result_changed.emit(self._source.count)

    @property
    def source(self):
        return self._source

    @property
    def match_count(self) -> int:
        return self._source.count

    def row(self, row: int):
        """The row object shown at `row`, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        """The rows fetched so far."""
        return list(self._rows)

    def id_of(self, row: int) -> int | None:
        found = self.row(row)
        return found.id if found is not None else None

    def row_of(self, row_id: int | None) -> int | None:
        """Where the row of `row_id` is, fetching the pages up to it when the source knows it."""
        if row_id is None:
            return None
        found = next((i for i, r in enumerate(self._rows) if r.id == row_id), None)
        if found is not None:
            return found
        position = self._position(row_id)
        if position is None:
            return None
        while len(self._rows) <= position and self.canFetchMore():
            self.fetchMore()
        return position if position < len(self._rows) else None

    def _position(self, row_id: int) -> int | None:
        """Where the source has the row `row_id` (None: not there, or the source cannot say)."""
        if isinstance(self._source, Counted):
            return self._source.position(row_id)
        ids = getattr(self._source, "ids", None)
        return ids.index(row_id) if ids is not None and row_id in ids else None

    def replace_row(self, row: int, fresh) -> None:
        """Show `fresh` (the same record read again) at `row`."""
        self._rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._source.count

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._source.rows(start, self.page_size)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        return None if row is None else self.cell(row, self.COLUMNS[index.column()], role)

    def cell(self, row, column: str, role: int):
        """What `row` shows in `column` for `role` (None: nothing)."""
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] in self.RIGHT_ALIGNED:
            return RIGHT
        return None


class StyledTableModel(LazyTableModel):
    """A `LazyTableModel` whose cells are a text (`display`), a colour (`colour`, None: the view's) and bold
    (`bold`), the `RIGHT_ALIGNED` columns aligned right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bold = QFont()  # built once: data() is asked for every visible cell on every paint
        self._bold.setBold(True)

    def cell(self, row, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and self.bold(row, column):
            return self._bold
        return None

    def display(self, row, column: str) -> str:
        raise NotImplementedError

    def colour(self, row, column: str) -> QColor | None:
        return None

    def bold(self, row, column: str) -> bool:
        return False
