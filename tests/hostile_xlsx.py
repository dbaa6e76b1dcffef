"""Workbooks made byte by byte for the reading tests and benchmarks: valid, huge, lying, hostile.

Each maker writes a minimal .xlsx (content types, relationships, a workbook
with one sheet, the sheet, optionally shared strings and styles) so that a
test controls every byte a hostile file would: a cell in column XFD on
every row, a shared string of hundreds of megabytes, a part whose zip header
claims a size it does not have, an XML entity bomb.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
SHARED_STRINGS_TYPE = ('<Override PartName="/xl/sharedStrings.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
SHEET_TAIL = "</sheetData></worksheet>"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline_row(number: int, cells: Iterable[tuple[str, str]]) -> str:
    """`<row>` of inline-string cells, each given as (column letters, text)."""
    inner = "".join(f'<c r="{col}{number}" t="inlineStr"><is><t>{escape(text)}</t></is></c>' for col, text in cells)
    return f'<row r="{number}">{inner}</row>'


def write_workbook(path: Path, sheet_rows: Iterable[str | bytes], shared_strings: Iterable[str | bytes] | None = None,
                   prolog: str = "") -> Path:
    """An .xlsx whose sheet is `sheet_rows` (XML of `<row>` elements, streamed) and optional shared strings.

    `prolog` goes before the sheet's root element (a DOCTYPE for entity tests).
    """
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        types = CONTENT_TYPES if shared_strings is None else \
            CONTENT_TYPES.replace("</Types>", SHARED_STRINGS_TYPE + "</Types>")
        book.writestr("[Content_Types].xml", types)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        _stream(book, "xl/worksheets/sheet1.xml",
                [SHEET_HEAD.replace("<worksheet", prolog + "<worksheet", 1), *sheet_rows, SHEET_TAIL])
        if shared_strings is not None:
            _stream(book, "xl/sharedStrings.xml",
                    [f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">', *shared_strings, "</sst>"])
    return path


def _stream(book: zipfile.ZipFile, name: str, chunks: Iterable[str | bytes]) -> None:
    with book.open(name, "w") as out:
        for chunk in chunks:
            out.write(chunk.encode() if isinstance(chunk, str) else chunk)


def xfd_per_row(path: Path, rows: int = 20_000) -> Path:
    """A header and one cell in the last column (XFD) on every row: small, but 16,384 columns wide."""
    return write_workbook(path, (inline_row(n, [("A", "Név")] if n == 1 else [("XFD", "x")])
                                 for n in range(1, rows + 1)))


def shared_string_bomb(path: Path, megabytes: int = 200) -> Path:
    """One shared string of `megabytes` MB of "A", referred to by one cell: a few hundred kB of zip."""
    block = b"A" * (1 << 20)
    strings = ["<si><t>", *(block for _ in range(megabytes)), "</t></si>"]
    return write_workbook(path, [inline_row(1, [("A", "Név")]), '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'],
                          strings)


def lie_about_size(path: Path, part: str, claimed: int) -> Path:
    """Rewrite `part`'s uncompressed size in both zip headers to `claimed` (the data stays as it is)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as book:
        info = book.getinfo(part)
    name = part.encode()
    struct.pack_into("<I", data, info.header_offset + 22, claimed)
    central = data.find(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, claimed)
    path.write_bytes(bytes(data))
    return path


def billion_laughs_prolog(depth: int = 9) -> str:
    """A DOCTYPE whose entity `lol9` expands to 10**depth "lol"s: refused, never expanded."""
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                                           for i in range(1, depth + 1)]
    return f"<!DOCTYPE worksheet [{''.join(entities)}]>"
