"""Spreadsheet bytes written by hand, so that a test can break any part of them.

`workbook` makes a small .xlsx that openpyxl and calamine read: a
content-types part, the package and workbook relations, a workbook, one
sheet (cells as inline strings) and a shared strings part.
`zip_bytes` packs parts, optionally lying about a part's uncompressed size;
`repeated_deflate` makes a huge part cheaply (a zip bomb) without holding
it in memory.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_END = "</sheetData></worksheet>"
SHARED_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
SHARED_END = "</sst>"
SHEET_PART = "xl/worksheets/sheet1.xml"
SHARED_PART = "xl/sharedStrings.xml"


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 16383 → XFD."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def inline_cell(row: int, column: int, text: str) -> str:
    return (f'<c r="{column_letters(column)}{row}" t="inlineStr"><is><t xml:space="preserve">'
            f'{escape(text)}</t></is></c>')


def sheet_rows(rows: Iterable[Sequence[str]], first_row: int = 1) -> str:
    """`<row>` elements of inline-string cells; empty cells left out, as Excel does."""
    parts = []
    for number, cells in enumerate(rows, start=first_row):
        body = "".join(inline_cell(number, column, text) for column, text in enumerate(cells) if text)
        parts.append(f'<row r="{number}">{body}</row>')
    return "".join(parts)


def sheet_xml(rows: Iterable[Sequence[str]]) -> str:
    return SHEET_START + sheet_rows(rows) + SHEET_END


def base_parts(sheet: str, shared: str = SHARED_START + SHARED_END) -> dict[str, bytes]:
    """The parts of a one-sheet workbook (the shared strings part empty unless given)."""
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS, "xl/workbook.xml": WORKBOOK,
             "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, SHEET_PART: sheet, SHARED_PART: shared}
    return {name: text.encode("utf-8") if isinstance(text, str) else text for name, text in parts.items()}


def workbook(rows: Iterable[Sequence[str]]) -> bytes:
    """An .xlsx whose first sheet holds `rows` (the first is the header row)."""
    return zip_bytes(base_parts(sheet_xml(rows)))


def zip_bytes(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@dataclass(frozen=True)
class RawPart:
    """A part already deflated: its compressed bytes, CRC-32 and the uncompressed size to claim."""

    name: str
    deflated: bytes
    crc: int
    claimed_size: int


def deflated(data: bytes, claimed_size: int | None = None, name: str = "") -> RawPart:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = compressor.compress(data) + compressor.flush()
    return RawPart(name, body, zlib.crc32(data), len(data) if claimed_size is None else claimed_size)


def repeated_deflate(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """The raw deflate stream of head + chunk × times + tail, its CRC-32 and size, made in O(len(chunk)).

    After a full flush the compressor forgets what came before, so the same
    chunk compresses to the same bytes each time: they are repeated as bytes.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    piece = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return start + piece * times + end, crc, len(head) + len(chunk) * times + len(tail)


def raw_zip(parts: dict[str, bytes], raw: Sequence[RawPart]) -> bytes:
    """A zip of `parts` (deflated honestly) and `raw` parts written as they claim to be, sizes and all."""
    entries = [deflated(data, name=name) for name, data in parts.items()] + list(raw)
    out = io.BytesIO()
    central = []
    for entry in entries:
        name = entry.name.encode()
        offset = out.tell()
        fields = (20, 0, 8, 0, 0x21, entry.crc, len(entry.deflated), entry.claimed_size, len(name), 0)
        out.write(b"PK\x03\x04" + struct.pack("<HHHHHIIIHH", *fields) + name + entry.deflated)
        central.append(b"PK\x01\x02" + struct.pack("<HHHHHHIIIHHHHHII", 20, 20, 0, 8, 0, 0x21, entry.crc,
                                                   len(entry.deflated), entry.claimed_size, len(name), 0, 0, 0,
                                                   0, 0, offset) + name)
    directory = b"".join(central)
    start = out.tell()
    out.write(directory)
    out.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(entries), len(entries), len(directory), start, 0))
    return out.getvalue()
