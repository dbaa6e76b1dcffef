"""Broken and hostile files for an import: the issue's cases by name, and random mutations of valid files.

Every generator takes the import (`ImportKind`: its headers and valid rows)
and a `Context` (a seeded random generator and a folder for side files) and
returns a `HostileFile`: its suffix, bytes and what must come of it beyond
what every file must (`Expect`). Nothing is random but through the seed.
"""

from __future__ import annotations

import random
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.fuzz import sheets
from tests.fuzz.imports import ImportKind

BOMB_BYTES = 300 * 2**20  # what a bomb inflates to: beyond any sheet or shared strings part worth reading
HUGE_CELL = 20 * 2**20  # the 20 MB client name
LONG_KEY = 10 * 1024  # the 10 kB SKU
FIELD_BEYOND_LIMIT = 5000  # within a cell's limit, beyond any name's or SKU's
CELL_LIMIT = 10_000  # the longest cell an import takes (spreadsheet reading's MAX_CELL_CHARS)
SAMPLE_ROWS = 8


@dataclass(frozen=True)
class Expect:
    """What must come of a file, beside ending in an import or a clear error with nothing half-written.

    refused: nothing of the file reaches the database (a file-level error,
             or every row rejected); `mentions` are regexes the error or the
             rows' reasons must match (the line an unclosed quote opened on).
    stored: texts that must be stored exactly as written (decoded right).
    never_stored: texts no stored value may contain (a secret, a huge cell).
    """

    refused: bool = False
    mentions: tuple[str, ...] = ()
    stored: tuple[str, ...] = ()
    never_stored: tuple[str, ...] = ()


@dataclass(frozen=True)
class HostileFile:
    suffix: str
    data: bytes = field(repr=False)
    expect: Expect = Expect()


@dataclass
class Context:
    rng: random.Random
    folder: Path  # for what a file points at (the XXE's secret)


Generator = Callable[[ImportKind, Context], HostileFile]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ";") -> bytes:
    return "".join(delimiter.join(row) + "\r\n" for row in rows).encode(encoding)


def plain(text: str) -> str:
    """Without accents ("Név" → "Nev"): a header the imports still know, in bytes every encoding agrees on."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def sample(kind: ImportKind, context: Context, rows: int = SAMPLE_ROWS) -> list[list[str]]:
    return kind.sample(context.rng, rows)


def with_key(kind: ImportKind, rows: list[list[str]], line: int, value: str) -> list[list[str]]:
    """`rows` with `value` in the key column of row `line` (the header row is line 1)."""
    rows = [list(row) for row in rows]
    rows[line - 1][kind.key_column] = value
    return rows


# ---------------------------------------------------------------- spreadsheets

def xfd_per_row(kind, context):
    """As the issue's 112 kB file: every row has a cell in column XFD (16,384); a reader that pads takes GBs."""
    rows = sample(kind, context, 3000)
    xml = sheets.sheet_rows(rows[:1]) + "".join(
        f'<row r="{number}">' + "".join(sheets.inline_cell(number, column, text) for column, text in enumerate(row))
        + sheets.inline_cell(number, 16383, "x") + "</row>" for number, row in enumerate(rows[1:], start=2))
    data = sheets.zip_bytes(sheets.base_parts(sheets.SHEET_START + xml + sheets.SHEET_END))
    return HostileFile(".xlsx", data, Expect(refused=True, mentions=("XFD",)))


def shared_string_bomb(kind, context):
    """A few hundred kB whose shared strings part inflates to one 300 MB string, used by every row."""
    rows = sample(kind, context, 3)
    body = "".join(f'<row r="{number}"><c r="A{number}" t="s"><v>0</v></c></row>' for number in range(2, 5))
    sheet = sheets.SHEET_START + sheets.sheet_rows(rows[:1]) + body + sheets.SHEET_END
    chunk = b"A" * 2**20
    stream, crc, size = sheets.repeated_deflate(sheets.SHARED_START.encode() + b"<si><t>", chunk,
                                                BOMB_BYTES // len(chunk), b"</t></si>" + sheets.SHARED_END.encode())
    parts = sheets.base_parts(sheet)
    del parts[sheets.SHARED_PART]
    data = sheets.raw_zip(parts, [sheets.RawPart(sheets.SHARED_PART, stream, crc, size)])
    return HostileFile(".xlsx", data,
                       Expect(refused=True, never_stored=("A" * (CELL_LIMIT + 1),)))


def zip_bomb_lying_sizes(kind, context):
    """The sheet claims 4 kB in both zip headers and inflates to 300 MB of rows."""
    header = sheets.sheet_rows(sample(kind, context, 0))
    row = '<row><c t="inlineStr"><is><t>Bomba</t></is></c></row>'
    chunk = (row * (2**20 // len(row))).encode()
    stream, crc, _size = sheets.repeated_deflate((sheets.SHEET_START + header).encode(), chunk,
                                                 BOMB_BYTES // len(chunk), sheets.SHEET_END.encode())
    parts = sheets.base_parts("")
    del parts[sheets.SHEET_PART]
    data = sheets.raw_zip(parts, [sheets.RawPart(sheets.SHEET_PART, stream, crc, 4096)])
    return HostileFile(".xlsx", data, Expect(refused=True))


def billion_laughs(kind, context):
    """Entities ten deep, each ten of the one below: 10⁹ "lol"s if expanded."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{("&lol" + str(level - 1) + ";") * 10}">' for level in range(1, 10))
    rows = sample(kind, context, 2)
    cell = '<c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c>'
    sheet = (sheets.SHEET_START.replace("<worksheet", f"<!DOCTYPE worksheet [{entities}]><worksheet", 1)
             + sheets.sheet_rows(rows[:2]) + f'<row r="3">{cell}</row>' + sheets.SHEET_END)
    data = sheets.zip_bytes(sheets.base_parts(sheet))
    return HostileFile(".xlsx", data, Expect(refused=True, never_stored=("lollollol",)))


def xxe(kind, context):
    """An external entity naming a local file: its content must never be read into a cell."""
    secret = f"FUZZ-SECRET-{context.rng.randrange(10**9)}"
    path = context.folder / "secret.txt"
    path.write_text(secret)
    rows = sample(kind, context, 2)
    cell = '<c r="A3" t="inlineStr"><is><t>&secret;</t></is></c>'
    doctype = f'<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "{path.as_uri()}">]>'
    sheet = (sheets.SHEET_START.replace("<worksheet", doctype + "<worksheet", 1)
             + sheets.sheet_rows(rows[:2]) + f'<row r="3">{cell}</row>' + sheets.SHEET_END)
    data = sheets.zip_bytes(sheets.base_parts(sheet))
    return HostileFile(".xlsx", data, Expect(refused=True, never_stored=(secret,)))


def truncated_zip(kind, context):
    data = sheets.workbook(sample(kind, context, 50))
    return HostileFile(".xlsx", data[:len(data) * 3 // 5], Expect(refused=True))


def wrong_magic(kind, context):
    """Called .xlsx, begins as a PDF."""
    data = b"%PDF-1.7\n" + context.rng.randbytes(2000)
    return HostileFile(".xlsx", data, Expect(refused=True))


def zip_magic_csv(kind, context):
    """Called .csv, begins as a zip and is none."""
    data = b"PK\x03\x04" + context.rng.randbytes(2000)
    return HostileFile(".csv", data, Expect(refused=True))


def old_excel(kind, context):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + context.rng.randbytes(1024)
    return HostileFile(".xlsx", data, Expect(refused=True))


def workbook_as_csv(kind, context):
    """A good workbook saved under a .csv name: imports as the workbook it is."""
    rows = sample(kind, context)
    return HostileFile(".csv", sheets.workbook(rows),
                       Expect(stored=(rows[1][kind.text_column],)))


def corrupt_deflate(kind, context):
    """A part whose compressed bytes are damaged at their start (the block's code tables), so that inflating it
    fails at once with zlib's error, not the zip's."""
    rows = sample(kind, context)
    good = sheets.deflated(sheets.sheet_xml(rows).encode(), name=sheets.SHEET_PART)
    while True:
        damaged = bytearray(good.deflated)
        for _ in range(3):
            damaged[context.rng.randrange(1, 24)] = context.rng.randrange(256)
        try:
            zlib.decompressobj(-15).decompress(bytes(damaged[:64]))
        except zlib.error:
            break
    parts = sheets.base_parts("")
    del parts[sheets.SHEET_PART]
    data = sheets.raw_zip(parts, [sheets.RawPart(sheets.SHEET_PART, bytes(damaged), good.crc, good.claimed_size)])
    return HostileFile(".xlsx", data, Expect(refused=True))


def references_not_numbers(kind, context):
    """A row number, a cell reference and a shared string index that are no numbers."""
    rows = sample(kind, context, 2)
    body = ('<row r="NaN"><c r="A4" t="inlineStr"><is><t>x</t></is></c></row>'
            '<row r="5"><c r="Név5" t="inlineStr"><is><t>y</t></is></c><c r="B5" t="s"><v>első</v></c></row>')
    sheet = sheets.SHEET_START + sheets.sheet_rows(rows) + body + sheets.SHEET_END
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def rows_out_of_place(kind, context):
    """A row numbered 0 inside the last cell of row 2, and a cell outside any row (found by the mutations)."""
    rows = sample(kind, context)
    rows[1][-1] = rows[1][-1] or "x"
    last = f'r="{sheets.column_letters(len(rows[1]) - 1)}2" t="inlineStr"><is>'
    sheet = (sheets.sheet_xml(rows).replace(last, last + '<row r="0"/>', 1)
             .replace("</sheetData>", '<c r="A1"><v>1</v></c></sheetData>'))
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def unknown_encoding_sheet(kind, context, part=sheets.SHEET_PART):
    """An XML declaration naming an encoding Python does not know (in the sheet)."""
    parts = sheets.base_parts(sheets.sheet_xml(sample(kind, context)))
    parts[part] = parts[part].replace(b'encoding="UTF-8"', b'encoding="x-klingon-1"', 1)
    return HostileFile(".xlsx", sheets.zip_bytes(parts), Expect(refused=True))


def unknown_encoding_workbook(kind, context):
    """The same in the workbook part, which is read before any sheet."""
    return unknown_encoding_sheet(kind, context, "xl/workbook.xml")


def dimension_lie(kind, context):
    """The sheet claims A1:XFD1048576 and holds a few cells."""
    rows = sample(kind, context)
    sheet = sheets.sheet_xml(rows).replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>', 1)
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)),
                       Expect(stored=(rows[1][kind.text_column],)))


def last_row_far(kind, context):
    """Two rows, then one in row 1,048,576: a reader that pads the gap makes a million empty rows."""
    rows = sample(kind, context, 1)
    far = sheets.sheet_rows([kind.row(context.rng, 99)], first_row=1048576)
    sheet = sheets.SHEET_START + sheets.sheet_rows(rows) + far + sheets.SHEET_END
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def shared_string_out_of_range(kind, context):
    rows = sample(kind, context, 2)
    body = '<row r="4"><c r="A4" t="s"><v>99999999</v></c><c r="B4" t="s"><v>-1</v></c></row>'
    sheet = sheets.SHEET_START + sheets.sheet_rows(rows) + body + sheets.SHEET_END
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def odd_cell_values(kind, context):
    """Numbers beyond a float, NaN, errors, bad booleans and dates, in every column."""
    rows = sample(kind, context, 1)
    odd = [("n", "1E+309"), ("n", "NaN"), ("e", "#DIV/0!"), ("b", "2"), ("d", "not a date"), ("n", "-0"),
           ("n", "1e-400"), ("str", "")]
    body = "".join(
        f'<row r="{number}">' + "".join(f'<c r="{sheets.column_letters(column)}{number}" t="{kind_}"><v>{value}</v></c>'
                                        for column, (kind_, value) in enumerate(odd[shift:] + odd[:shift]))
        + "</row>" for number, shift in zip(range(3, 3 + len(odd)), range(len(odd)), strict=True))
    sheet = sheets.SHEET_START + sheets.sheet_rows(rows) + body + sheets.SHEET_END
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def deep_nesting(kind, context):
    """A cell of 100,000 nested elements: a recursive parser or reader runs out of stack."""
    rows = sample(kind, context, 1)
    depth = 100_000
    cell = '<c r="A3" t="inlineStr"><is>' + "<r>" * depth + "</r>" * depth + "</is></c>"
    sheet = sheets.SHEET_START + sheets.sheet_rows(rows) + f'<row r="3">{cell}</row>' + sheets.SHEET_END
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def formula_cells(kind, context):
    """Formulas stored as formulas (with the cached value a reader may take)."""
    rows = sample(kind, context, 2)
    cells = [("cmd|' /C calc'!A0", "0"), ("HYPERLINK(\"http://example.com\",\"x\")", "x"), ("1/0", "#DIV/0!")]
    body = "".join(f'<row r="{number}"><c r="A{number}" t="str"><f>{formula}</f><v>{value}</v></c></row>'
                   for number, (formula, value) in enumerate(cells, start=4))
    sheet = sheets.SHEET_START + sheets.sheet_rows(rows) + body.replace("&", "&amp;") + sheets.SHEET_END
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def nul_in_xlsx(kind, context):
    """A cell escaping NUL and other control characters the way OOXML does (_x0000_)."""
    rows = sample(kind, context, 2)
    rows[2][kind.text_column] = "Kov_x0000_ács _x0007__x001B_"
    return HostileFile(".xlsx", sheets.workbook(rows), Expect(never_stored=("\x00",)))


def huge_cell_xlsx(kind, context):
    rows = with_key(kind, sample(kind, context, 3), 3, "Óriás " + "A" * HUGE_CELL)
    return HostileFile(".xlsx", sheets.workbook(rows),
                       Expect(never_stored=("A" * (CELL_LIMIT + 1),)))


def empty_xlsx(kind, context):
    return HostileFile(".xlsx", b"", Expect(refused=True))


def empty_sheet(kind, context):
    return HostileFile(".xlsx", sheets.workbook([]), Expect(refused=True))


def only_headers_xlsx(kind, context):
    return HostileFile(".xlsx", sheets.workbook([list(kind.headers)]), Expect(refused=True))


def many_columns_xlsx(kind, context):
    """A value in each of the 16,384 columns of a few rows."""
    rows = sample(kind, context, 3)
    rows = [row + [f"x{column}" for column in range(len(row), 16384)] for row in rows]
    return HostileFile(".xlsx", sheets.workbook(rows))


# ---------------------------------------------------------------- CSV

def unclosed_quote(kind, context):
    """Line 4 opens a quote that is never closed: the rest of the file must not become one cell."""
    rows = sample(kind, context, 60)
    text = csv_bytes(rows[:3]) + b'"' + csv_bytes(rows[3:])
    return HostileFile(".csv", text, Expect(refused=True, mentions=(r"\b4\b",)))


def quote_over_many_lines(kind, context):
    """A quoted field on line 3 closed 200 lines later: one cell of 200 lines is no client."""
    rows = sample(kind, context, 400)
    text = csv_bytes(rows[:2]) + b'"' + csv_bytes(rows[2:202]) + b'"' + csv_bytes(rows[202:])
    return HostileFile(".csv", text, Expect(refused=True, mentions=(r"\b3\b",)))


def bom_then_cp1250(kind, context):
    """A UTF-8 BOM, then cp1250: accents from line 4 on (the lines above are plain ASCII)."""
    rows = sample(kind, context)
    head = [[plain(cell) for cell in row] for row in rows[:3]]
    data = b"\xef\xbb\xbf" + csv_bytes(head) + csv_bytes(rows[3:], "cp1250")
    return HostileFile(".csv", data, Expect(refused=True, mentions=(r"\b4\b",)))


def mixed_utf8_cp1250(kind, context):
    """UTF-8 with accents, and line 6 in cp1250 ("Szűcs"): an editor pasted into the file."""
    rows = sample(kind, context)
    rows[5][kind.text_column] = "Szűcs és Fiai Bt."
    data = csv_bytes(rows[:5]) + csv_bytes(rows[5:6], "cp1250") + csv_bytes(rows[6:])
    return HostileFile(".csv", data,
                       Expect(refused=True, mentions=(r"\b6\b",), never_stored=("SzĹ±cs", "Sz\ufffdcs")))


def cp1250_all_caps(kind, context):
    """A short file in capitals and cp1250: Hungarian, not the Cyrillic cp1251 makes of it ("УЙБ").

    Only the key and text columns (and those a row needs): the less text, the harder for a detector.
    """
    columns = sorted({kind.key_column, kind.text_column, *kind.needed})
    names = ("ÚJ ÉLET KFT", "ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP BT", "ŐSZI ÉS TÉLI ÁRU ZRT")
    rows = sample(kind, context, 3)
    for row, name in zip(rows[1:], names, strict=True):
        row[kind.text_column] = name
    rows = [[row[column].upper() for column in columns] for row in rows]
    return HostileFile(".csv", csv_bytes(rows, "cp1250"), Expect(stored=names))


def cp1251_russian(kind, context):
    """A Russian export in cp1251: Cyrillic, not the Hungarian accents cp1250 makes of it."""
    rows = [[plain(cell) for cell in row] for row in sample(kind, context, 3)]
    names = ("ООО Иванов и партнёры", "Торговый дом Северный", "ЗАО Уральские самоцветы")
    for row, name in zip(rows[1:], names, strict=True):
        row[kind.text_column] = name
    return HostileFile(".csv", csv_bytes(rows, "cp1251"), Expect(stored=names))


def utf16_without_bom(kind, context, encoding="utf-16-le"):
    """Tab-separated UTF-16 as some exports write it, with no byte order mark to say so."""
    rows = sample(kind, context)
    return HostileFile(".csv", csv_bytes(rows, encoding, "\t"),
                       Expect(stored=(rows[1][kind.text_column], rows[-1][kind.text_column])))


def utf16be_without_bom(kind, context):
    return utf16_without_bom(kind, context, "utf-16-be")


def nul_bytes(kind, context):
    rows = sample(kind, context)
    data = csv_bytes(rows).replace("és Társa 2".encode(), "és\x00Társa 2".encode())
    data = data.replace(b"FZ-00003", b"FZ-\x0000003")
    return HostileFile(".csv", data, Expect(never_stored=("\x00",)))


def huge_cell_csv(kind, context):
    rows = with_key(kind, sample(kind, context, 3), 3, "Óriás " + "A" * HUGE_CELL)
    return HostileFile(".csv", csv_bytes(rows), Expect(never_stored=("A" * (CELL_LIMIT + 1),)))


def long_key(kind, context):
    """The issue's 10 kB SKU (10 kB client name): no field of kamdesk holds that."""
    key = "K" * LONG_KEY
    rows = with_key(kind, sample(kind, context, 3), 2, key)
    return HostileFile(".csv", csv_bytes(rows), Expect(never_stored=(key,)))


def long_key_xlsx(kind, context):
    """The 10 kB key in a workbook, as letters that do not compress away (a ratio check cannot be what stops it)."""
    key = "".join(context.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") for _ in range(LONG_KEY))
    rows = with_key(kind, sample(kind, context, 3), 2, key)
    return HostileFile(".xlsx", sheets.workbook(rows), Expect(never_stored=(key,)))


def long_field(kind, context):
    """5,000 characters in the key column: a cell may hold that, no field of kamdesk does (a name, a SKU)."""
    key = "".join(context.rng.choice("abcdefghijklmnopqrstuvwxyzáéőű ") for _ in range(FIELD_BEYOND_LIMIT))
    key = "X" + key.strip() + "X"
    rows = with_key(kind, sample(kind, context, 3), 2, key)
    return HostileFile(".csv", csv_bytes(rows), Expect(never_stored=(key,)))


def control_characters_rejected(kind, context):
    """Control characters in a row that is rejected (its key repeats): the rejected rows' file must take them."""
    rows = sample(kind, context, 3)
    text = "Vezérlő\x01\x07\x1b[31m karakterek\x0b\x0c\x7f\x85"
    rows[1][kind.text_column] = rows[2][kind.text_column] = text
    rows[2][kind.key_column] = rows[1][kind.key_column]
    return HostileFile(".csv", csv_bytes(rows))


def formulas_csv(kind, context):
    """Cells a spreadsheet would run: stored, if at all, as the text they are."""
    rows = sample(kind, context, 5)
    formulas = ("=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1)",
                '=HYPERLINK("http://example.com";"x")')
    for row, formula in zip(rows[1:], formulas, strict=True):
        row[kind.text_column] = formula
    text = "".join(";".join('"' + cell.replace('"', '""') + '"' for cell in row) + "\r\n" for row in rows)
    return HostileFile(".csv", text.encode())


def bidi_override(kind, context):
    """Right-to-left overrides and isolates, zero-width and control characters in names."""
    rows = sample(kind, context, 4)
    marks = ("\u202eexe.kcatta\u202c Kft.", "Kft\u2066.\u2069 \u200b\u200d", "Bt\u0007\u001b[31m", "\u061cZrt\ufeff")
    for row, name in zip(rows[1:], marks, strict=True):
        row[kind.text_column] = name
    return HostileFile(".csv", csv_bytes(rows))


def many_columns_csv(kind, context):
    rows = sample(kind, context, 3)
    rows = [row + [f"x{column}" for column in range(len(row), 5000)] for row in rows]
    return HostileFile(".csv", csv_bytes(rows))


def million_delimiters(kind, context):
    """A line of a million delimiters: a million empty cells, which cost nothing to skip and much to pad."""
    rows = sample(kind, context, 2)
    data = csv_bytes(rows[:2]) + b";" * 1_000_000 + b"\r\n" + csv_bytes(rows[2:])
    return HostileFile(".csv", data, Expect(stored=(rows[-1][kind.text_column],)))


def million_empty_cells(kind, context):
    """A workbook row of a million empty <c/> elements (beyond column XFD as they count)."""
    rows = sample(kind, context, 1)
    sheet = (sheets.SHEET_START + sheets.sheet_rows(rows) + '<row r="3">' + "<c/>" * 1_000_000 + "</row>"
             + sheets.SHEET_END)
    return HostileFile(".xlsx", sheets.zip_bytes(sheets.base_parts(sheet)))


def many_empty_rows(kind, context):
    """One row of data, then 50,000 empty lines of delimiters."""
    rows = sample(kind, context, 1)
    data = csv_bytes(rows) + b";;;;\r\n" * 50_000
    return HostileFile(".csv", data, Expect(stored=(rows[1][kind.text_column],)))


def many_rows(kind, context):
    """700 valid rows: the whole file imports (nothing lost between the batches of 300 or 500 rows it is written in)."""
    rows = sample(kind, context, 700)
    return HostileFile(".csv", csv_bytes(rows),
                       Expect(stored=(rows[1][kind.text_column], rows[-1][kind.text_column])))


def empty_csv(kind, context):
    return HostileFile(".csv", b"", Expect(refused=True))


def blank_csv(kind, context):
    return HostileFile(".csv", b"\xef\xbb\xbf \r\n\t\r\n;;;\r\n", Expect(refused=True))


def only_headers_csv(kind, context):
    return HostileFile(".csv", csv_bytes([list(kind.headers)]), Expect(refused=True))


def binary_as_csv(kind, context):
    return HostileFile(".csv", context.rng.randbytes(5000), Expect(refused=True))


GENERATORS: dict[str, Generator] = {generator.__name__: generator for generator in (
    xfd_per_row, shared_string_bomb, zip_bomb_lying_sizes, billion_laughs, xxe, truncated_zip, wrong_magic,
    zip_magic_csv, old_excel, workbook_as_csv, corrupt_deflate, references_not_numbers, rows_out_of_place,
    unknown_encoding_sheet, unknown_encoding_workbook, dimension_lie, last_row_far, shared_string_out_of_range,
    odd_cell_values, deep_nesting, formula_cells, nul_in_xlsx, huge_cell_xlsx, empty_xlsx, empty_sheet,
    only_headers_xlsx, many_columns_xlsx, unclosed_quote, quote_over_many_lines, bom_then_cp1250, mixed_utf8_cp1250,
    cp1250_all_caps, cp1251_russian, utf16_without_bom, utf16be_without_bom, nul_bytes, huge_cell_csv, long_key,
    long_key_xlsx, long_field, control_characters_rejected, formulas_csv, bidi_override, many_columns_csv,
    million_delimiters, million_empty_cells, many_empty_rows, many_rows, empty_csv, blank_csv, only_headers_csv,
    binary_as_csv,
)}
