"""Reading a spreadsheet to import, the shared part: the table, the column mapping, the row check.

Every import (clients, price lists; invoices, payments and plans next) is
the same four steps, and this module does what they share; an area declares
its fields and cleans one row:

1. `read_table`: the first sheet of an .xlsx (`xlsx_reading`), or a
   .csv/.txt/.tsv (`csv_reading`: UTF-8, UTF-16 or a Windows code page, any
   delimiter), as a header row and rows of text cells, within the bounds of
   `sheet_limits` (a cell past them refused naming its row, column and
   header; a table past them: "split it"). The header row is the one of the first
   lines with most headers the area knows (`find_header_row`), so a title or
   a blank line above it is passed over; the user can choose another.
2. `HeaderAliases.auto_mapping`: column → field, from headers written in
   English, Hungarian or Russian (case, accents, spaces and a remark in
   brackets aside); `check_mapping` refuses a field taken from two columns
   and a mapping without the field the area needs.
3. `check_rows`: every row through the area's `clean` callback; a row the
   callback refuses (a ValidationError) is rejected with its reason, as is a
   header row read as data. Nothing is written.
4. `import_all`: the valid rows written in batches in one transaction, all
   or nothing. `write_rejected` saves the refused rows with their reasons to
   .xlsx or .csv (by the extension), so that they can be corrected and
   imported again; `check_rejected_path` refuses the imported file itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from kamdesk.core.db import database
from kamdesk.core.documents.client_sheet import write_csv, write_xlsx
from kamdesk.core.documents.csv_reading import csv_lines
from kamdesk.core.documents.sheet_limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    CellRefused,
    TableBound,
    column_letters,
    too_large,
)
from kamdesk.core.documents.xlsx_reading import sheet_lines
from kamdesk.core.errors import ImportFileError, ValidationError
from kamdesk.core.messages import Count, Message, joined
from kamdesk.core.text_fold import fold

Progress = Callable[[int, int], None]
REPLACEMENT = "\ufffd"  # what a decoder leaves for a byte it could not read: never imported

HEADER_SEARCH_LINES = 20  # the headers are looked for in the first lines of a sheet
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Table:
    """A sheet as text: the header row and the data rows, every cell a stripped string.

    `row_numbers` holds each row's line in the file (the first line is 1);
    empty lines are skipped, so it need not run 2, 3, 4 ... When it is empty,
    rows are numbered from 2. `header_row` is the line of the headers; lines
    above it (a title, a date) are not data. `lines` keeps every line read,
    so that another header row can be chosen without reading the file again.
    """

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int] = field(default_factory=list)
    header_row: int = 1
    lines: list[tuple[int, list[str]]] = field(default_factory=list, repr=False)
    file_name: str = ""

    def row_number(self, index: int) -> int:
        return self.row_numbers[index] if self.row_numbers else index + 2

    def header_candidates(self) -> list[tuple[int, list[str]]]:
        """(line, cells) of the lines the headers may be in: the first non-empty ones."""
        return _header_candidates(self.lines)

    def with_header_row(self, number: int) -> Table:
        """The same sheet with its headers in line `number`."""
        return _table(self.file_name, self.lines, number)


KnownHeader = Callable[[str], bool]


def read_table(path: str | Path, header_row: int | None = None, known_header: KnownHeader | None = None) -> Table:
    """The first sheet of an .xlsx file, or a .csv/.txt/.tsv file, as a `Table`.

    `header_row`: the line of the headers (1 is the first line of the file);
    when None, `find_header_row` finds it with `known_header` (without one:
    the first line that is not empty).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError(Message("The file {file} does not exist or is not a file.", file=path.name))
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt", ".tsv", ".xls"):
        raise ImportFileError(Message("{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).",
                                      file=path.name))
    try:
        with open(path, "rb") as handle:
            start = handle.read(8)
    except OSError as error:
        raise ImportFileError(Message("{file} cannot be read: {reason}.", file=path.name,
                                      reason=error.strerror or str(error))) from error
    if suffix == ".xls" or start.startswith(_OLE_MAGIC):
        raise ImportFileError(Message("{file} is an old Excel 97–2003 workbook. "
                                      "Open it in Excel or LibreOffice and save it as .xlsx or .csv first.",
                                      file=path.name))
    known_header = known_header or (lambda _text: False)
    workbook = suffix in (".xlsx", ".xlsm") or start.startswith(_ZIP_MAGIC)  # also a workbook saved as "x.csv"
    try:
        lines = _collect(sheet_lines(path) if workbook else csv_lines(path), path.name, header_row, known_header)
        if header_row is None:
            header_row = find_header_row(lines, known_header)
        return _table(path.name, lines, header_row)
    except MemoryError:  # within the bounds, on a machine short of memory: still a sentence, not a traceback
        raise too_large(path.name) from None


def _collect(reader: Iterator[tuple[int, list[str]]], file_name: str, header_row: int | None,
             known_header: KnownHeader) -> list[tuple[int, list[str]]]:
    """Every line of `reader`, within the table's bounds; a refused cell named by its row, column and header."""
    lines: list[tuple[int, list[str]]] = []
    bound = TableBound(file_name)
    try:
        for number, cells in reader:
            bound.add(cells)
            if any(REPLACEMENT in cell for cell in cells):
                raise CellRefused(number, next(i for i, c in enumerate(cells, 1) if REPLACEMENT in c), damaged=True)
            lines.append((number, cells))
    except CellRefused as refused:
        column = _column_name(refused, lines, header_row, known_header)
        if refused.damaged:
            raise ImportFileError(Message(
                "{file}: row {row}, column {column} holds “\ufffd” where a letter was lost when the file was "
                "converted before. Correct the letter in the file, then import it again.",
                file=file_name, row=refused.row, column=column)) from None
        if refused.length is None:
            raise ImportFileError(Message(
                "{file}: row {row} has a value in column {column}, beyond the {limit} columns kamdesk reads. "
                "Delete it, or move it to a column on the left.", file=file_name, row=refused.row,
                column=column, limit=MAX_COLUMNS)) from None
        raise ImportFileError(Message(
            "{file}: row {row}, column {column} holds {length} characters; a cell may hold at most {limit}.",
            file=file_name, row=refused.row, column=column, length=Count(refused.length),
            limit=Count(MAX_CELL_CHARS))) from None
    return lines


def _column_name(refused: CellRefused, lines: list[tuple[int, list[str]]], header_row: int | None,
                 known_header: KnownHeader) -> str:
    """The refused cell's column as "C (Név)": its letters, and its header when the headers were read before it."""
    letters = column_letters(refused.column)
    if header_row is None and lines:
        header_row = find_header_row(lines, known_header)
    headers = next((cells for number, cells in lines if number == header_row and number < refused.row), [])
    header = headers[refused.column - 1] if refused.column <= len(headers) else ""
    return f"{letters} ({header})" if header else letters


def find_header_row(lines: list[tuple[int, list[str]]], known_header: KnownHeader) -> int:
    """The line of the column headers: of the first non-empty lines, the one with most known headers.

    A title ("Ügyféllista — exportálva 2026.11.20") or a blank line above the
    headers is passed over. On a tie the earlier line wins; when no line has a
    known header, the first non-empty line is the header row.
    """
    candidates = _header_candidates(lines)
    if not candidates:
        return 1
    return max(candidates, key=lambda line: sum(1 for cell in line[1] if cell and known_header(cell)))[0]


def _header_candidates(lines: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    return [(number, cells) for number, cells in lines if number <= HEADER_SEARCH_LINES and any(cells)]


def looks_like_headers(cells: list[str], known_header: KnownHeader) -> bool:
    """True when every non-empty cell is a known header: the header row read as data, never imported."""
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(known_header(cell) for cell in filled)


def _table(file_name: str, lines: list[tuple[int, list[str]]], header_row: int) -> Table:
    if not any(any(cells) for _, cells in lines):
        raise ImportFileError(Message("{file} is empty.", file=file_name))
    headers = next((cells for number, cells in lines if number == header_row), None)
    if headers is None or not any(headers):
        raise ImportFileError(Message("Row {row} of {file} is empty: the column headers are not there.",
                                      row=header_row, file=file_name))
    data = [(number, cells) for number, cells in lines if number > header_row and any(cells)]
    if not data:
        raise ImportFileError(Message("{file} has a header row but no rows of data.", file=file_name))
    rows = [cells for _, cells in data]
    width = max(len(headers), max(len(r) for r in rows))
    while width > 1 and _column_empty(headers, rows, width - 1):
        width -= 1  # trailing delimiters or formatted but empty columns
    headers = (headers + [""] * width)[:width]
    rows = [(r + [""] * (width - len(r)))[:width] for r in rows]
    return Table(headers, rows, [number for number, _ in data], header_row, lines, file_name)


def headers_not_data(cells: list[str]) -> Message:
    """Why a row of column headers below the header row is not imported."""
    return Message("This row holds column headers ({headers}), not data; it is not imported.",
                   headers=", ".join(cell for cell in cells if cell))


def _column_empty(headers: list[str], rows: list[list[str]], column: int) -> bool:
    """True when nothing in the sheet has a value in `column` (trailing columns get dropped)."""
    if column < len(headers) and headers[column]:
        return False
    return all(column >= len(r) or not r[column] for r in rows)


# ---------------------------------------------------------------- mapping

def header_key(text: str) -> str:
    """A header as it is compared: folded (case and accents aside), without spaces or punctuation."""
    return re.sub(r"[\W_]+", "", fold(text or ""))


def bare_header(header: str) -> str:
    """A header without remarks in brackets: "Listaár (HUF)" → "Listaár"."""
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", "", header or "").strip()


class HeaderAliases:
    """The headers that name an area's fields: each field's own name, its label and its aliases."""

    def __init__(self, fields: Sequence[str], labels: dict[str, str], aliases: dict[str, tuple[str, ...]]):
        self.index: dict[str, str] = {}
        for name in fields:
            for alias in (name, labels.get(name, name), *aliases.get(name, ())):
                self.index.setdefault(header_key(alias), name)

    def fields_of(self, header: str) -> list[str]:
        """The fields a header names: as written, then without a remark in brackets ("Név (cég)")."""
        keys = dict.fromkeys(header_key(text) for text in (header, bare_header(header)))
        return [self.index[key] for key in keys if key and key in self.index]

    def field_of(self, header: str) -> str | None:
        return next(iter(self.fields_of(header)), None)

    def knows(self, header: str) -> bool:
        """True when `header` names a field."""
        return bool(self.fields_of(header))

    def auto_mapping(self, headers: list[str]) -> dict[int, str]:
        """Column index → field for the headers recognised; each field at most once."""
        mapping: dict[int, str] = {}
        for column, header in enumerate(headers):
            name = next((name for name in self.fields_of(header) if name not in mapping.values()), None)
            if name:
                mapping[column] = name
        return mapping


def check_mapping(mapping: dict[int, str], label: Callable[[str], str], required: str, missing: Message,
                  order: Callable[[str], object] | None = None) -> None:
    """Refuse a field taken from two columns, and a mapping without the `required` field (`missing` says so)."""
    targets = list(mapping.values())
    twice = sorted({t for t in targets if targets.count(t) > 1}, key=order)
    if twice:
        raise ValidationError(Message("Each field can come from one column only: {fields}.",
                                      fields=joined([label(t) for t in twice], ", ")), field="mapping")
    if required not in targets:
        raise ValidationError(missing, field="mapping")


# ---------------------------------------------------------------- checking

@dataclass
class RowProblem:
    row_number: int  # line in the sheet, the header being line 1
    values: list[str]
    reason: str


Row = TypeVar("Row")  # a valid row of a sheet: has `is_new`


@dataclass
class RowCheck(Generic[Row]):
    """What the check of a sheet of new records found: its valid rows (each saying whether it is new), the
    rejected ones and how many rows the sheet had; the import takes it as it is."""

    valid: list[Row] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    total: int = 0

    @property
    def new(self) -> int:
        return sum(1 for row in self.valid if row.is_new)


def mapped_cells(row: list[str], mapping: dict[int, str]) -> list[str]:
    """The cells of `row` in the mapped columns."""
    return [row[column] for column in mapping if column < len(row)]


def is_header_row(table: Table, index: int, mapping: dict[int, str], known_header: KnownHeader) -> bool:
    """A header row read as data (every mapped cell a known header): never imported."""
    return (table.row_number(index) <= HEADER_SEARCH_LINES  # only there can it be; a fold per row costs
            and looks_like_headers(mapped_cells(table.rows[index], mapping), known_header))


def check_rows(table: Table, mapping: dict[int, str], clean: Callable[[int, list[str]], object],
               known_header: KnownHeader, *, reason: Callable[[ValidationError], str] | None = None,
               progress: Progress | None = None, every: int = 250) -> tuple[list[tuple[int, list[str], object]],
                                                                          list[RowProblem]]:
    """Every row of `table` through `clean(line, row)`: (valid (line, row, cleaned), rejected).

    `clean` raises a ValidationError for a bad row; `reason` turns it into
    the row's reason (by default its messages joined). A header row read as
    data is rejected without calling `clean`.
    """
    reason = reason or _reason
    valid: list[tuple[int, list[str], object]] = []
    rejected: list[RowProblem] = []
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        number = table.row_number(index)
        try:
            if is_header_row(table, index, mapping, known_header):
                raise ValidationError(headers_not_data(mapped_cells(row, mapping)))
            valid.append((number, row, clean(number, row)))
        except ValidationError as error:
            rejected.append(RowProblem(number, list(row), reason(error)))
        if progress and (index + 1) % every == 0:
            progress(index + 1, total)
    if progress:
        progress(total, total)
    return valid, rejected


def _reason(error: ValidationError) -> str:
    messages = error.messages()
    return messages[0] if len(messages) == 1 else joined(messages)


# ---------------------------------------------------------------- importing

def import_all(rows: Sequence, write: Callable[[Sequence], None], batch: int, progress: Progress | None = None) -> int:
    """Hand `rows` to `write`, `batch` at a time, in one transaction: every row or, on any error, none; how many."""
    with database.atomic():
        for start in range(0, len(rows), batch):
            write(rows[start:start + batch])
            if progress:
                progress(min(start + batch, len(rows)), len(rows))
    return len(rows)


# ---------------------------------------------------------------- rejected rows

REJECTED_FORMATS = (".xlsx", ".csv")


def check_rejected_path(path: str | Path, source: str | Path) -> None:
    """Refuse to save rejected rows over `source`, the file being imported (also through a link), or in a format
    the extension does not name (.xlsx or .csv)."""
    path = Path(path)
    if path.suffix.lower() not in REJECTED_FORMATS:
        raise ImportFileError(Message("Rejected rows are saved to .xlsx or .csv, not to “{file}”.", file=path.name))
    same = path.resolve() == Path(source).resolve()
    try:
        same = same or os.path.samefile(path, source)  # a hard link, or a symbolic one to the same file
    except OSError:
        pass  # one of them does not exist (yet): not the same file
    if same:
        raise ImportFileError(Message("The rejected rows cannot be saved to {file}: that is the file being "
                                      "imported. Choose another name.", file=path.name))


def write_rejected(problems: Iterable[RowProblem], headers: list[str], path: str | Path) -> None:
    """Refused rows to .xlsx or .csv (by the extension): the original columns, then "Row" and "Reason".

    In the order of the file. After fixing, the file can be imported again:
    "Row" and "Reason" match no field. A CSV is UTF-8 with a BOM, ";" between fields.
    """
    path = Path(path)
    if path.suffix.lower() not in REJECTED_FORMATS:
        raise ImportFileError(Message("Rejected rows are saved to .xlsx or .csv, not to “{file}”.", file=path.name))
    problems = sorted(problems, key=lambda p: p.row_number)
    width = len(headers)
    rows = (([*p.values, *[""] * width][:width] + [p.row_number, p.reason]) for p in problems)
    if path.suffix.lower() == ".csv":
        write_csv(path, [*headers, "Row", "Reason"], rows)
        return
    write_xlsx(path, [*headers, "Row", "Reason"], rows, ["text"] * width + ["integer", "text"],
               title="Rejected rows")
