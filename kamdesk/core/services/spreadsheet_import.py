"""Reading a spreadsheet to import, the shared part: the table, the column mapping, the row check.

Every import (clients, price lists; invoices, payments and plans next) is
the same four steps, and this module does what they share; an area declares
its fields and cleans one row:

1. `read_table`: the first sheet of an .xlsx, or a .csv/.txt/.tsv in
   whatever encoding (UTF-8, UTF-16, cp1250 or cp1251) and delimiter, as a
   header row and rows of text cells. The header row is the one of the first
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
   .xlsx, so that they can be corrected and imported again.
"""

from __future__ import annotations

import csv
import datetime
import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kamdesk.core.db import database
from kamdesk.core.documents.client_sheet import write_xlsx
from kamdesk.core.errors import ImportFileError, ValidationError
from kamdesk.core.messages import Message, joined
from kamdesk.core.text_fold import fold

Progress = Callable[[int, int], None]

CSV_DELIMITERS = ";,\t|"
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
    if suffix in (".xlsx", ".xlsm") or start.startswith(_ZIP_MAGIC):  # also a workbook saved as "x.csv"
        lines = _xlsx_lines(path)
    else:
        lines = _csv_lines(path)
    if header_row is None:
        header_row = find_header_row(lines, known_header or (lambda _text: False))
    return _table(path.name, lines, header_row)


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
    return [(number, cells) for number, cells in lines[:HEADER_SEARCH_LINES] if any(cells)]


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


def _xlsx_lines(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    # openpyxl is given the open file, not the name: it would refuse a workbook named "x.csv"
    with open(path, "rb") as handle:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:  # zipfile, XML and openpyxl errors alike: not a readable workbook
            raise ImportFileError(Message("{file} cannot be read as an Excel workbook ({reason}).",
                                          file=path.name, reason=str(error))) from error
        try:
            sheet = workbook.active if hasattr(workbook.active, "iter_rows") else workbook.worksheets[0]
            sheet.reset_dimensions()  # some programs write a wrong size; read every row there is
            lines = [(number, [_cell_text(v) for v in values])
                     for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
        except Exception as error:
            raise ImportFileError(Message("{file} cannot be read as an Excel workbook ({reason}).",
                                          file=path.name, reason=str(error))) from error
        finally:
            workbook.close()
    return lines


def _cell_text(value) -> str:
    """A cell as the text a person sees: ISO dates, 8 rather than 8.0."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    return str(value).strip()


def _csv_lines(path: Path) -> list[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(Message("{file} cannot be read: {reason}.", file=path.name,
                                      reason=error.strerror or str(error))) from error
    if not data.strip():
        raise ImportFileError(Message("{file} is empty.", file=path.name))
    text = decode_text(data)
    if "\x00" in text:
        raise ImportFileError(Message("{file} does not look like a text (CSV) file.", file=path.name))
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = [(number, [_csv_cell(cell) for cell in cells]) for number, cells in enumerate(reader, start=1)]
    except csv.Error as error:
        raise ImportFileError(Message("{file} is not a CSV file kamdesk can read ({reason}).",
                                      file=path.name, reason=str(error))) from error
    return lines


def _csv_cell(cell: str) -> str:
    cell = cell.strip()
    # kamdesk's export (and other careful tools) put an apostrophe before "=", "+", "-", "@"
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def decode_text(data: bytes) -> str:
    """Bytes of a text file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1250 or cp1251.

    Between the two Windows code pages (Hungarian and Russian Excel save CSV
    in them) the one whose letters make more believable words wins.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: zero high bytes of ASCII letters tell the byte order
        even = data[0:4096:2].count(0)
        odd = data[1:4096:2].count(0)
        return data.decode("utf-16-le" if odd > even else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    latin = data.decode("cp1250", errors="replace")
    cyrillic = data.decode("cp1251", errors="replace")
    return cyrillic if _cyrillic_score(cyrillic) > _latin_score(latin) else latin


_WORD = re.compile(r"[^\W\d_]+")


def _cyrillic_score(text: str) -> int:
    """Cyrillic letters in all-Cyrillic words, minus those in words mixed with Latin letters."""
    score = 0
    for word in _WORD.findall(text):
        cyr = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        if cyr:
            score += cyr if cyr == len(word) else -cyr
    return score


def _latin_score(text: str) -> int:
    """Accented Latin letters in words that also have plain ones (as in "Kovács"), minus accent-only words."""
    score = 0
    for word in _WORD.findall(text):
        accented = sum(1 for ch in word if "\u00c0" <= ch <= "\u024f")
        if accented:
            plain = sum(1 for ch in word if ch.isascii())
            score += accented if plain else (-accented if accented > 1 else 0)
    return score


def sniff_delimiter(text: str) -> str:
    """The separator of a CSV text: the one of ; , tab | that splits its first lines most evenly."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rfind("\n")]
    best, best_score = ";", (0.0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            counts = [len(cells) for cells in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                      if any(c.strip() for c in cells)][:100]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common) / len(counts), common) if common > 1 else (0.0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


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

def write_rejected(problems: Iterable[RowProblem], headers: list[str], path: str | Path) -> None:
    """Refused rows to .xlsx: the original columns, then "Row" and "Reason", in the order of the file.

    After fixing, the file can be imported again: "Row" and "Reason" match no field.
    """
    problems = sorted(problems, key=lambda p: p.row_number)
    width = len(headers)
    rows = (([*p.values, *[""] * width][:width] + [p.row_number, p.reason]) for p in problems)
    write_xlsx(path, [*headers, "Row", "Reason"], rows, ["text"] * width + ["integer", "text"],
               title="Rejected rows")
