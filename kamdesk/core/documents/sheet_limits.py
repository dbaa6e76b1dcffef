"""What a sheet to import may hold, shared by the .xlsx and the CSV reader, and how a cell past it is told.

A reader streams (line, cells) and raises `CellRefused` for a cell beyond
`MAX_COLUMNS` or longer than `MAX_CELL_CHARS`; the caller, which knows the
header row, names the column in the user's message. `TableBound` counts what
has been read and stops a file whose table would not fit in memory.
"""

from __future__ import annotations

from kamdesk.core.errors import ImportFileError
from kamdesk.core.messages import Count, Message

MAX_COLUMNS = 200  # no import has a tenth of that many fields; a wider sheet is a mistake or an attack
MAX_CELL_CHARS = 10_000  # longer than any note a person types into a cell; a 20 MB cell is not data
MAX_TABLE_CELLS = 5_000_000  # rows × columns once padded: 100,000 clients by 30 columns fit, and ~40 MB of pointers
MAX_TABLE_CHARS = 50_000_000  # all the text: a 100,000-client export is ~30 million characters


class CellRefused(Exception):
    """A cell the readers do not take: beyond `MAX_COLUMNS` (`length` None), `length` characters long, or
    `damaged` (holding U+FFFD, the mark an earlier wrong conversion left where a letter was)."""

    def __init__(self, row: int, column: int, length: int | None = None, damaged: bool = False):
        super().__init__(row, column, length)
        self.row, self.column, self.length, self.damaged = row, column, length, damaged


class TableBound:
    """Counts the cells and characters of the lines read; refuses the file once they are beyond the limits."""

    def __init__(self, file_name: str):
        self.file_name = file_name
        self.lines = 0
        self.width = 0
        self.chars = 0

    def add(self, cells: list[str]) -> None:
        self.lines += 1
        self.width = max(self.width, len(cells))
        self.chars += sum(map(len, cells))
        if self.lines * self.width > MAX_TABLE_CELLS or self.chars > MAX_TABLE_CHARS:
            raise too_large(self.file_name)


def too_large(file_name: str) -> ImportFileError:
    """The refusal of a table beyond MAX_TABLE_CELLS or MAX_TABLE_CHARS."""
    return ImportFileError(Message(
        "{file} is too large to import at once (more than {cells} cells or {chars} characters): "
        "split it into smaller files.", file=file_name, cells=Count(MAX_TABLE_CELLS), chars=Count(MAX_TABLE_CHARS)))


def column_letters(column: int) -> str:
    """The spreadsheet letters of a column counted from 1: 1 → A, 27 → AA, 16384 → XFD."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def trimmed(cells: list[str], row: int) -> list[str]:
    """`cells` without trailing empty ones; a cell with a value beyond `MAX_COLUMNS` or too long is refused."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    if end > MAX_COLUMNS:
        raise CellRefused(row, end)
    for column, cell in enumerate(cells[:end], start=1):
        if len(cell) > MAX_CELL_CHARS:
            raise CellRefused(row, column, len(cell))
    return cells[:end] if end < len(cells) else cells
