"""Random mutations of valid files: what the named cases did not think of.

`mutated(kind, rng)` takes a valid sample of the import, as a CSV in one of
the encodings people's exports use or as a workbook, and breaks it one to
three times: bytes flipped, cut, doubled or inserted (quotes, delimiters,
NULs, BOMs, half UTF-8 sequences); in a workbook also the XML inside a part
(a cell reference or type changed, a number made extreme, a tag dropped, an
entity or a DOCTYPE added) or a part dropped. Every file must still end in
an import or a clear error.
"""

from __future__ import annotations

import random
import re

from tests.fuzz import sheets
from tests.fuzz.hostile import Context, HostileFile, csv_bytes
from tests.fuzz.imports import ImportKind

ENCODINGS = ("utf-8", "utf-8-sig", "cp1250", "utf-16", "utf-16-le")
DELIMITERS = ";,\t|"
TOKENS = (b'"', b'""', b"\x00", b"\r", b"\n", b"\r\n", b";", b",", b"\t", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3",
          b"\xe2\x80\xae", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"'=cmd|' /C calc'!A0", b"\x1a")
XML_VALUES = ("99999999999999999999", "-1", "0", "1048577", "1E+309", "NaN", "", "A0", "XFD1048576", "ZZZZ1",
              "1:16385", "A1:XFD1048576", "&amp;", "\u202e", "x" * 5000)
CELL_TYPES = ("s", "n", "b", "e", "str", "inlineStr", "d", "x")
XML_INSERTS = ("&xxe;", "&#0;", "&#xD800;", "&#x1F600;", "<!-- -->", "<![CDATA[x]]>", "<c/>", "<row/>",
               '<row r="0"/>', "<v>1</v>", '<c r="B2" t="s"><v>7</v></c>', "\x00", "]]>", "<?pi x?>")
MAX_OPERATIONS = 3


def mutated(kind: ImportKind, context: Context) -> HostileFile:
    """A valid sample of `kind` as .csv or .xlsx, broken one to three times at random."""
    rng = context.rng
    rows = kind.sample(rng, rng.randint(1, 12))
    if rng.random() < 0.5:
        data = csv_bytes(rows, rng.choice(ENCODINGS), rng.choice(DELIMITERS))
        return HostileFile(".csv", _mutate_bytes(data, rng, rng.randint(1, MAX_OPERATIONS)))
    parts = sheets.base_parts(sheets.sheet_xml(rows))
    for _ in range(rng.randint(1, MAX_OPERATIONS)):
        _mutate_parts(parts, rng)
    data = sheets.zip_bytes(parts)
    if rng.random() < 0.25:
        data = _mutate_bytes(data, rng, 1)
    return HostileFile(".xlsx", data)


def _mutate_bytes(data: bytes, rng: random.Random, times: int) -> bytes:
    for _ in range(times):
        data = rng.choice(_BYTE_OPERATIONS)(bytearray(data), rng)
    return bytes(data)


def _spot(data: bytearray, rng: random.Random) -> int:
    return rng.randrange(len(data) + 1)


def _flip(data: bytearray, rng: random.Random) -> bytearray:
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return data


def _cut(data: bytearray, rng: random.Random) -> bytearray:
    start = _spot(data, rng)
    return data[:start] + data[start + rng.randint(1, 64):]


def _truncate(data: bytearray, rng: random.Random) -> bytearray:
    return data[:_spot(data, rng)]


def _double(data: bytearray, rng: random.Random) -> bytearray:
    start = _spot(data, rng)
    piece = data[start:start + rng.randint(1, 400)]
    return data[:start] + piece * rng.randint(2, 50) + data[start:]


def _insert_token(data: bytearray, rng: random.Random) -> bytearray:
    start = _spot(data, rng)
    return data[:start] + rng.choice(TOKENS) * rng.randint(1, 3) + data[start:]


def _insert_random(data: bytearray, rng: random.Random) -> bytearray:
    start = _spot(data, rng)
    return data[:start] + rng.randbytes(rng.randint(1, 32)) + data[start:]


_BYTE_OPERATIONS = (_flip, _cut, _truncate, _double, _insert_token, _insert_token, _insert_random)


def _mutate_parts(parts: dict[str, bytes], rng: random.Random) -> None:
    if rng.random() < 0.08:
        del parts[rng.choice(sorted(parts))]
        return
    if not parts:
        return
    name = sheets.SHEET_PART if sheets.SHEET_PART in parts and rng.random() < 0.6 else rng.choice(sorted(parts))
    text = parts[name].decode("utf-8", errors="surrogateescape")
    parts[name] = rng.choice(_XML_OPERATIONS)(text, rng).encode("utf-8", errors="surrogateescape")


def _attribute_value(text: str, rng: random.Random) -> str:
    spots = list(re.finditer(r'="([^"]*)"', text))
    if not spots:
        return text
    spot = rng.choice(spots)
    return text[:spot.start(1)] + rng.choice(XML_VALUES) + text[spot.end(1):]


def _cell_type(text: str, rng: random.Random) -> str:
    spots = list(re.finditer(r'\bt="([^"]*)"', text))
    if not spots:
        return text
    spot = rng.choice(spots)
    return text[:spot.start(1)] + rng.choice(CELL_TYPES) + text[spot.end(1):]


def _drop_tag(text: str, rng: random.Random) -> str:
    spots = list(re.finditer(r"<[^>]*>", text))
    if not spots:
        return text
    spot = rng.choice(spots)
    return text[:spot.start()] + text[spot.end():]


def _insert_xml(text: str, rng: random.Random) -> str:
    spots = [match.end() for match in re.finditer(r">", text)] or [len(text)]
    spot = rng.choice(spots)
    return text[:spot] + rng.choice(XML_INSERTS) + text[spot:]


def _doctype(text: str, rng: random.Random) -> str:
    declaration = rng.choice(('<!DOCTYPE x [<!ENTITY xxe "expanded">]>', '<!DOCTYPE x SYSTEM "file:///etc/passwd">',
                              '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'))
    end = text.find("?>")
    return text[:end + 2] + declaration + text[end + 2:] if end >= 0 else declaration + text


def _double_element(text: str, rng: random.Random) -> str:
    spots = list(re.finditer(r"<(row|c|si)\b.*?</\1>", text))
    if not spots:
        return text
    spot = rng.choice(spots)
    return text[:spot.end()] + spot.group() * rng.randint(1, 200) + text[spot.end():]


_XML_OPERATIONS = (_attribute_value, _attribute_value, _cell_type, _drop_tag, _insert_xml, _insert_xml, _doctype,
                   _double_element)

