"""The first sheet of an .xlsx workbook as lines of text cells, within bounded memory and time.

Before anything is parsed, the zip's central directory is read: a part to
be read (the sheet, the shared strings, the workbook, its relationships and
styles) that would unpack beyond its limit, all of them together beyond
`MAX_READ_BYTES`, or one compressed more than `MAX_RATIO` times (a zip
bomb) refuses the file. The header is not trusted either: every part is
read through a stream that counts what comes out and stops at the size the
header claims.

The sheet is then streamed: rows are yielded as they are parsed, empty cells
are never stored, a value beyond `MAX_COLUMNS` or longer than
`MAX_CELL_CHARS` raises `CellRefused` (shared strings longer than that are
kept as their length only). Every XML part goes through a parser that
defusedxml makes (`DefusedXMLParser`, DTDs forbidden, so no entity is ever
expanded); the sheet and the shared strings are read with its expat parser
and handlers of our own, three times faster than its element tree.

`benchmarks/bench_import_read.py` has the figures that chose this over
python-calamine (it allocates rows × columns up front: a 100 kB file with a
cell in column XFD on each row aborts the process) and openpyxl's read-only
mode (it pads every row to the widest one: 2.6 GB for the same file, and 10
times slower on ordinary rows).
"""

from __future__ import annotations

import datetime
import math
import posixpath
import struct
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, fromstring
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from kamdesk.core.documents import sheet_limits
from kamdesk.core.documents.sheet_limits import MAX_CELL_CHARS, MAX_COLUMNS, CellRefused, column_letters, too_large
from kamdesk.core.errors import ImportFileError
from kamdesk.core.messages import Count, Message

MB = 1 << 20
MAX_SHEET_BYTES = 200 * MB  # a 100,000-client export is ~150 MB of sheet XML
MAX_SHARED_STRINGS_BYTES = 50 * MB  # every distinct text of such a sheet is a few MB
MAX_OTHER_PART_BYTES = 4 * MB  # workbook, relationships, styles: kilobytes in real files, read whole (as a tree)
MAX_READ_BYTES = 250 * MB  # everything read, together
MAX_RATIO = 200  # real sheets compress 5-30 times; deflate's ceiling is ~1,000 (a zip bomb)
RATIO_FROM_BYTES = MB  # below this, a high ratio is harmless (a tiny part of repeated text)
MAX_PARTS = 10_000  # a workbook has tens; zipfile keeps ~300 bytes per part listed, before anything is read
CHUNK = 1 << 16

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"  # expat's "uri}name"; ElementTree's adds "{"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TAGS = _ROW, _C, _V, _IS, _T, _RPH, _SI = tuple(NS + name for name in ("row", "c", "v", "is", "t", "rPh", "si"))


def sheet_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of the workbook's active sheet, one row at a time; rows without a value are left out.

    Raises ImportFileError for a file that is not a readable workbook or
    is beyond the limits, CellRefused for a cell beyond them.
    """
    try:
        _check_directory(path)
        with zipfile.ZipFile(path) as book:
            parts = _Parts(book, path.name)
            sheet, strings, styles, epoch = _workbook(parts)
            shared = _shared_strings(parts, strings) if strings else []
            yield from _sheet_rows(parts.open(sheet, MAX_SHEET_BYTES), shared, styles, epoch, path.name)
    except (ImportFileError, CellRefused):
        raise
    except DefusedXmlException:
        raise ImportFileError(Message("{file} cannot be imported: it declares XML entities, "
                                      "which no Excel workbook does.", file=path.name)) from None
    except MemoryError:
        raise
    except Exception as error:  # zipfile, zlib, struct, expat, codecs: a damaged file, in whatever way
        raise ImportFileError(Message("{file} cannot be read as an Excel workbook ({reason}).",
                                      file=path.name, reason=_damage(error))) from None


class _Malformed(ValueError):
    """A value in the workbook's XML that no Excel writes (its text says where, in plain words)."""


def _damage(error: Exception) -> Message | str:
    """What is wrong with a workbook, in the user's words, never Python's."""
    if isinstance(error, _Malformed):
        return error.args[0]
    if isinstance(error, ExpatError):
        return Message("its XML is damaged at line {line}, column {column}",
                       line=getattr(error, "lineno", "?"), column=getattr(error, "offset", "?"))
    if isinstance(error, KeyError):
        return Message("a part every workbook has is missing")
    if isinstance(error, LookupError):
        return Message("its XML declares a character encoding no workbook uses")
    return Message("it is damaged, or it is not a workbook: its zip cannot be unpacked")


def _check_directory(path: Path) -> None:
    """Refuse a zip whose end record lists more than MAX_PARTS parts (zipfile would make an object of each)."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - (1 << 16) - 22))
        tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        return  # not a zip: zipfile says so
    entries, directory_size = struct.unpack_from("<HI", tail, end + 10)
    if entries > MAX_PARTS or directory_size > MAX_PARTS * 1024:  # 0xFFFF/0xFFFFFFFF: a zip64 of more still
        raise ImportFileError(Message("{file} cannot be imported: it is a zip of more than {limit} parts, "
                                      "which no workbook is.", file=path.name, limit=Count(MAX_PARTS)))


class _Parts:
    """The zip's parts, opened only after their declared sizes passed the limits, read through a counting cap."""

    def __init__(self, book: zipfile.ZipFile, file_name: str):
        self.book, self.file_name = book, file_name
        self.read_total = 0

    def info(self, name: str) -> zipfile.ZipInfo | None:
        try:
            return self.book.getinfo(name)
        except KeyError:
            return None

    def open(self, name: str, limit: int) -> _Capped:
        info = self.book.getinfo(name)
        self._check(info, limit)
        return _Capped(self.book.open(info), info.file_size, name, self.file_name)

    def read(self, name: str) -> bytes:
        with self.open(name, MAX_OTHER_PART_BYTES) as stream:
            return stream.read_all()

    def _check(self, info: zipfile.ZipInfo, limit: int) -> None:
        self.read_total += info.file_size
        if info.file_size > limit or self.read_total > MAX_READ_BYTES:
            raise ImportFileError(Message(
                "{file} cannot be imported: its part {part} would unpack to {size} MB, more than the {limit} MB "
                "kamdesk reads.", file=self.file_name, part=info.filename, size=_mb(info.file_size),
                limit=_mb(min(limit, MAX_READ_BYTES))))
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFileError(Message(
                "{file} cannot be imported: its part {part} is compressed {ratio} times, "
                "as only a damaged or hostile file is.", file=self.file_name, part=info.filename,
                ratio=info.file_size // max(info.compress_size, 1)))


def _mb(size: int) -> str:
    return f"{size / MB:,.0f}" if size >= 10 * MB else f"{size / MB:,.1f}"


class _Capped:
    """A part's stream that refuses to give more than the size its zip header claims."""

    def __init__(self, stream, size: int, part: str, file_name: str):
        self.stream, self.left, self.part, self.file_name = stream, size, part, file_name

    def read(self, size: int = CHUNK) -> bytes:
        try:
            data = self.stream.read(min(size, self.left + 1))
        except zipfile.BadZipFile:  # zipfile stops at the claimed size, then finds the checksum wrong
            data = b"\0" * (self.left + 1)
        self.left -= len(data)
        if self.left < 0:
            raise ImportFileError(Message("{file} is damaged: its part {part} does not unpack to what its zip "
                                          "header says (size or checksum).", file=self.file_name, part=self.part))
        return data

    def read_all(self) -> bytes:
        return b"".join(iter(self.read, b""))

    def __enter__(self) -> _Capped:
        return self

    def __exit__(self, *exc) -> None:
        self.stream.close()


# ---------------------------------------------------------------- workbook, relationships, styles

def _xml(parts: _Parts, name: str):
    return fromstring(parts.read(name), forbid_dtd=True)


def _relationships(parts: _Parts, owner: str) -> dict[str, tuple[str, str]]:
    """Id → (type, part name) of the relationships of part `owner` ("" for the package)."""
    folder, base = posixpath.split(owner)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    if parts.info(rels) is None:
        return {}
    found = {}
    for rel in _xml(parts, rels).iter(PKG_NS + "Relationship"):
        target = rel.get("Target", "")
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], name)
    return found


def _workbook(parts: _Parts) -> tuple[str, str | None, list[bool], datetime.datetime]:
    """(sheet part, shared strings part or None, per style: is a date, epoch) of the active worksheet."""
    package = _relationships(parts, "")
    workbook_part = next((name for kind, name in package.values() if kind == "officeDocument"), "xl/workbook.xml")
    rels = _relationships(parts, workbook_part)
    root = _xml(parts, workbook_part)
    sheets = [rels.get(sheet.get(REL_NS + "id", ""), ("", "")) for sheet in root.iter("{" + NS + "sheet")]
    view = root.find("{" + NS + "bookViews/{" + NS + "workbookView")
    active = _whole(view.get("activeTab"), 0) if view is not None else 0
    worksheets = [name for kind, name in sheets if kind == "worksheet" and parts.info(name) is not None]
    if not worksheets:
        raise KeyError("no worksheet")
    chosen = sheets[active] if 0 <= active < len(sheets) else ("", "")
    sheet = chosen[1] if chosen[1] in worksheets else worksheets[0]
    properties = root.find("{" + NS + "workbookPr")
    mac = properties is not None and properties.get("date1904", "").lower() in ("1", "true")
    strings = next((name for kind, name in rels.values() if kind == "sharedStrings" and parts.info(name)), None)
    styles = next((name for kind, name in rels.values() if kind == "styles" and parts.info(name)), None)
    return sheet, strings, _date_styles(parts, styles), CALENDAR_MAC_1904 if mac else CALENDAR_WINDOWS_1900


def _date_styles(parts: _Parts, name: str | None) -> list[bool]:
    """For each cell style (the `s` of a cell), whether its number format shows a date or a time."""
    if name is None:
        return []
    root = _xml(parts, name)
    formats = dict(BUILTIN_FORMATS)
    for number_format in root.iter("{" + NS + "numFmt"):
        formats[_whole(number_format.get("numFmtId"))] = number_format.get("formatCode", "")
    cell_xfs = root.find("{" + NS + "cellXfs")
    return [is_date_format(formats.get(_whole(xf.get("numFmtId"), 0), ""))
            for xf in (cell_xfs if cell_xfs is not None else [])]


# ---------------------------------------------------------------- streaming XML

def _expat(start, end, data):
    """An expat parser as defusedxml arms it (no DTD, no entities, no external references), with our handlers."""
    parser = DefusedXMLParser(forbid_dtd=True).parser
    parser.ordered_attributes = False
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
    parser.buffer_size = CHUNK
    parser.intern.update((tag, tag) for tag in _TAGS)  # the same objects: comparing them is cheap
    return parser


def _feed(parser, stream: _Capped) -> Iterator[None]:
    """Parse `stream` chunk by chunk, pausing after each (a generator: the caller takes the rows parsed so far)."""
    with stream:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            yield
    parser.Parse(b"", True)
    yield


class _Text:
    """Text of an element being read, kept only up to MAX_CELL_CHARS: `take` gives it, or its length when longer."""

    __slots__ = ("parts", "length")

    def __init__(self):
        self.parts: list[str] | None = None
        self.length = 0

    def begin(self) -> None:
        if self.parts is None:
            self.parts, self.length = [], 0

    def add(self, text: str) -> None:
        self.length += len(text)
        if self.length <= MAX_CELL_CHARS:
            self.parts.append(text)

    def take(self) -> str | int:
        parts, self.parts = self.parts, None
        if parts is None:
            return ""
        return "".join(parts) if self.length <= MAX_CELL_CHARS else self.length


def _shared_strings(parts: _Parts, name: str) -> list[str | int]:
    """Every shared string (the runs of one joined, phonetic runs left out); one too long as its length.

    No sheet within the table bound needs more strings than it has cells.
    """
    strings: list[str | int] = []
    most = sheet_limits.MAX_TABLE_CELLS
    text = _Text()
    state = {"t": False, "phonetic": 0}

    def start(tag, _attrs):
        if tag == _T and not state["phonetic"]:
            text.begin()
            state["t"] = True
        elif tag == _RPH:
            state["phonetic"] += 1

    def end(tag):
        if tag == _T:
            state["t"] = False
        elif tag == _SI:
            strings.append(text.take())
            if len(strings) > most:
                raise too_large(parts.file_name)
        elif tag == _RPH:
            state["phonetic"] -= 1

    def data(chunk):
        if state["t"]:
            text.add(chunk)

    for _ in _feed(_expat(start, end, data), parts.open(name, MAX_SHARED_STRINGS_BYTES)):
        pass
    return strings


def _sheet_rows(stream: _Capped, shared: list[str | int], date_styles: list[bool], epoch: datetime.datetime,
                file_name: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of a worksheet's XML, yielded after each chunk parsed.

    Rows and cells are counted, empty ones too: beyond MAX_TABLE_CELLS of
    them the file is too large, so that millions of empty elements cost
    seconds at most, however few values they hold.

    The handlers run once per element of a sheet of maybe millions, so they
    are closures over plain variables and test the commonest tags first; a
    <t> is always inside an <is> (or a phonetic <rPh>, which is left out).
    """
    ready: list[tuple[int, list[str]]] = []
    cells: dict[int, str] = {}
    columns: dict[str, int] = {}
    row_number = column = phonetic = length = elements = 0
    most = sheet_limits.MAX_TABLE_CELLS
    kind, style = "n", "0"
    parts: list[str] | None = None
    reading = False

    def start(tag, attrs):
        nonlocal column, kind, style, parts, length, reading, row_number, cells, phonetic, elements
        if tag == _C:
            elements += 1
            if elements > most:
                raise too_large(file_name)
            reference = attrs.get("r")
            if reference:
                letters = reference.rstrip("0123456789")
                column = columns.get(letters) or columns.setdefault(letters, _column(letters))
            else:
                column += 1
            kind, style = attrs.get("t", "n"), attrs.get("s", "0")
        elif tag == _T or tag == _V:
            if not phonetic:
                if parts is None:
                    parts, length = [], 0
                reading = True
        elif tag == _ROW:
            elements += 1
            if elements > most:
                raise too_large(file_name)
            number = attrs.get("r")
            row_number = _row(number) if number else row_number + 1
            cells, column = {}, 0
        elif tag == _RPH:
            phonetic += 1

    def end(tag):
        nonlocal parts, reading, phonetic
        if tag == _C:
            raw: str | int = "" if parts is None else "".join(parts) if length <= MAX_CELL_CHARS else length
            parts = None
            if kind == "inlineStr" and raw.__class__ is str:  # the commonest: text, as kamdesk exports it
                value = raw.strip()
            else:
                value = _cell_value(raw, kind, style, shared, date_styles, epoch, row_number, column)
            if value:
                if column > MAX_COLUMNS:
                    raise CellRefused(row_number, column)
                if column < 1 or row_number < 1:
                    raise _Malformed(Message("a cell outside any row, after row {row}", row=row_number))
                cells[column] = value
        elif tag == _T or tag == _V:
            reading = False
        elif tag == _ROW:
            if cells:
                line = [""] * max(cells)
                for index, value in cells.items():
                    line[index - 1] = value
                ready.append((row_number, line))
        elif tag == _RPH:
            phonetic -= 1

    def data(text):
        nonlocal length
        if reading:
            length += len(text)
            if length <= MAX_CELL_CHARS:
                parts.append(text)

    try:
        for _ in _feed(_expat(start, end, data), stream):
            yield from ready
            ready.clear()
    except CellRefused:
        yield from ready  # the rows above the refused cell: their headers name its column
        raise


def _cell_value(raw: str | int, kind: str, style: str, shared: list[str | int], date_styles: list[bool],
                epoch: datetime.datetime, row: int, column: int) -> str:
    """The text of a cell from its raw <v> or inline text; a text too long (its length) is refused."""
    if kind == "s" and raw.__class__ is str and raw:
        index = _whole(raw)
        if not 0 <= index < len(shared):
            raise _Malformed(Message("row {row}, column {column} refers to a shared text the workbook does not "
                                     "have ({index})", row=row, column=column_letters(column),
                                     index=raw.strip()[:20]))
        raw, kind = shared[index], "inlineStr"
    if raw.__class__ is int:
        raise CellRefused(row, column, raw)
    if kind == "inlineStr":
        return raw.strip()
    index = _whole(style)
    return _value(raw, kind, 0 <= index < len(date_styles) and date_styles[index], epoch)


MAX_ROWS = 1_048_576  # Excel's last row


def _whole(text: str | None, default: int = -1) -> int:
    """A whole number written in the XML, or `default` when it is not one (never Python's ValueError)."""
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 20 else default


def _row(reference: str) -> int:
    number = _whole(reference)
    if not 0 < number <= MAX_ROWS:
        raise _Malformed(Message("a row numbered “{number}”, not 1 to {most}", number=reference.strip()[:20],
                                 most=Count(MAX_ROWS)))
    return number


def _column(letters: str) -> int:
    """The column (from 1) of a cell reference's letters: "XFD" → 16384."""
    try:
        column = column_index_from_string(letters)
    except ValueError:
        column = 0
    if not 0 < column <= 16384:
        raise _Malformed(Message("a cell reference “{reference}” that is not a column", reference=letters[:20]))
    return column


def _value(raw: str, kind: str, is_date: bool, epoch: datetime.datetime = CALENDAR_WINDOWS_1900) -> str:
    """A cell as the text a person sees: ISO dates, 8 rather than 8.0, "yes"/"no" for booleans."""
    if kind in ("inlineStr", "str", "e"):
        return raw.strip()
    if not raw:
        return ""
    if kind == "b":
        return "yes" if raw.strip() in ("1", "true") else "no"
    if kind == "d":
        return _date_text(raw)
    text = raw.strip()
    if text.lstrip("-").isascii() and text.lstrip("-").isdigit() and not is_date:
        return str(int(text)) if len(text) < 4000 else text  # int() refuses longer ones
    try:
        number = float(text)
    except ValueError:
        return text
    if is_date and math.isfinite(number):
        try:
            return _date_text(from_excel(number, epoch))
        except (ValueError, OverflowError):
            pass
    if not math.isfinite(number):
        return str(number)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return format(Decimal(repr(number)), "f")


def _date_text(value) -> str:
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value.strip().rstrip("Z"))
        except ValueError:
            return value.strip()
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)
