"""A CSV (or .txt/.tsv) file to import as lines of text cells: its encoding found, its quotes checked.

Encoding, per file and strictly (a byte that does not fit refuses the file,
so U+FFFD never comes out): a byte-order mark decides UTF-8 or UTF-16; NUL
bytes without one mean UTF-16 (the zero high bytes of ASCII tell the byte
order); else UTF-8 when it decodes. A file that is partly UTF-8 and partly
not (a cp1250 line pasted into a UTF-8 file) is refused naming the first
line that is not UTF-8. Otherwise charset-normalizer chooses among the
single-byte code pages people's Excel saves in (`CODE_PAGES`): Hungarian
all-caps words stay cp1250 ("ÚJ ÉLET KFT", never cp1251 "УЙБ").

Quotes: a quoted field is allowed `MAX_QUOTED_LINES` lines; one running
further, or still open at the end of the file, is an unclosed quote, and the
error names the line where its record began.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from kamdesk.core.documents.sheet_limits import MAX_CELL_CHARS, trimmed
from kamdesk.core.errors import ImportFileError
from kamdesk.core.messages import Count, Message

MAX_CSV_BYTES = 100 * (1 << 20)  # a 100,000-client export is ~30 MB; the decoded text takes up to 4 times that
MAX_QUOTED_LINES = 50  # no address or note spans more lines; beyond it, a closing quote is missing
CODE_PAGES = ("cp1250", "cp1252", "cp1251", "iso8859_2")  # in this order on a tie: Hungarian first
CSV_DELIMITERS = ";,\t|"
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_NAMES = {"utf-8": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "cp1250": "Windows-1250 (Central European)",
          "cp1252": "Windows-1252 (Western)", "cp1251": "Windows-1251 (Cyrillic)", "iso8859_2": "ISO-8859-2"}


def csv_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(record number, cells) of every record with a value; cells stripped, trailing empty ones left out.

    Raises ImportFileError for a file that cannot be read as text or has an
    unclosed quote, CellRefused for a cell beyond the sheet limits.
    """
    data = _read(path)
    text = decode_text(data, path.name)
    if "\x00" in text:
        raise ImportFileError(Message("{file} does not look like a text (CSV) file.", file=path.name))
    if not text.endswith(("\n", "\r")):
        text += "\n"  # so that a record ends before the input does, unless a quote is open
    source = _Lines(text, path.name)
    reader = csv.reader(source, delimiter=sniff_delimiter(text))
    number = 0
    try:
        for cells in reader:
            if source.done:
                raise source.unclosed()
            number += 1
            cells = trimmed([_cell(cell) for cell in cells], number)
            if cells:
                yield number, cells
            source.record_start = source.number + 1
    except csv.Error as error:
        if source.number > source.record_start:
            raise source.unclosed() from None
        if "field limit" in str(error):
            raise ImportFileError(Message("{file}: line {line} holds a cell longer than {limit} characters.",
                                          file=path.name, line=source.number,
                                          limit=Count(MAX_CELL_CHARS))) from None
        raise ImportFileError(Message("{file} is not a CSV file kamdesk can read: line {line}: {reason}.",
                                      file=path.name, line=source.number, reason=str(error))) from None


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ImportFileError(Message("{file} is too large to import at once ({size} MB; at most {limit} MB): "
                                          "split it into smaller files.", file=path.name,
                                          size=f"{size / (1 << 20):,.0f}", limit=MAX_CSV_BYTES >> 20))
        with open(path, "rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)  # the file may have grown since
    except OSError as error:
        raise ImportFileError(Message("{file} cannot be read: {reason}.", file=path.name,
                                      reason=error.strerror or str(error))) from error
    if len(data) > MAX_CSV_BYTES:
        raise ImportFileError(Message("{file} is too large to import at once (more than {limit} MB): "
                                      "split it into smaller files.", file=path.name, limit=MAX_CSV_BYTES >> 20))
    if not data.strip():
        raise ImportFileError(Message("{file} is empty.", file=path.name))
    return data


class _Lines:
    """The lines of a text for csv.reader, counted; one record running over too many lines is an open quote."""

    def __init__(self, text: str, file_name: str):
        self.lines = iter(io.StringIO(text, newline=""))
        self.file_name = file_name
        self.number = 0
        self.record_start = 1
        self.done = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.number - self.record_start >= MAX_QUOTED_LINES:
            raise self.unclosed()
        try:
            line = next(self.lines)
        except StopIteration:
            self.done = True
            raise
        self.number += 1
        return line

    def unclosed(self) -> ImportFileError:
        if self.done:
            return ImportFileError(Message(
                "{file}: the quote (\") opened in line {line} is never closed, so the rest of the file would be "
                "one cell. Close it, or remove it.", file=self.file_name, line=self.record_start))
        return ImportFileError(Message(
            "{file}: the quote (\") opened in line {line} is not closed within {limit} lines. "
            "Close it, or remove it.", file=self.file_name, line=self.record_start, limit=MAX_QUOTED_LINES))


def _cell(cell: str) -> str:
    cell = cell.strip()
    # kamdesk's export (and other careful tools) put an apostrophe before "=", "+", "-", "@"
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


# ---------------------------------------------------------------- encoding

def decode_text(data: bytes, file_name: str) -> str:
    """`data` as text in the one encoding it is in (see the module's docstring); refused when there is none."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, file_name, bom)
    byte_order = _utf16_without_bom(data[:4096])
    if byte_order:
        return _strict(data, byte_order, file_name)
    if b"\x00" in data:
        raise ImportFileError(Message("{file} does not look like a text (CSV) file: line {line} holds a NUL byte.",
                                      file=file_name, line=_line_of(data, data.index(b"\x00"))))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _has_utf8_letters(data):
            raise ImportFileError(Message(
                "{file} mixes encodings: line {line} is not UTF-8 like the lines with accents before or after it. "
                "Save the whole file again in one encoding (UTF-8).",
                file=file_name, line=_line_of(data, error.start))) from None
    return _strict(data, _code_page(data), file_name)


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"-be" when the zero bytes of `sample` are the high bytes of ASCII letters, one in two."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    zeros, others = max(even, odd), min(even, odd)
    if zeros < max(4, len(sample) // 2 * 0.05) or others > zeros // 10:
        return None
    return "utf-16-le" if odd > even else "utf-16-be"


def _strict(data: bytes, encoding: str, file_name: str, bom: bytes = b"") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if bom:
            reason = Message("it starts with a {encoding} mark, but line {line} is not {encoding}",
                             encoding=_NAMES[encoding], line=_line_of(data, error.start, encoding))
        else:
            reason = Message("line {line} is not {encoding} text", encoding=_NAMES[encoding],
                             line=_line_of(data, error.start, encoding))
        raise ImportFileError(Message("{file} cannot be read: {reason}. Save it again as UTF-8.",
                                      file=file_name, reason=reason)) from None


def _line_of(data: bytes, offset: int, encoding: str = "utf-8") -> int:
    """The line (from 1) of byte `offset`; the bytes before it decode in `encoding`."""
    if encoding.startswith("utf-16"):
        return data[:offset - offset % 2].decode(encoding, errors="ignore").count("\n") + 1
    return data.count(b"\n", 0, offset) + 1


def _has_utf8_letters(data: bytes) -> bool:
    """True when some line with bytes beyond ASCII is valid UTF-8 (so the file is UTF-8 with a foreign line)."""
    for line in data.splitlines():
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
    return False


# The bytes of the Hungarian accented letters in cp1250 (áéíóöőúüű, capitals too), and punctuation that reads
# the same in cp1250 and cp1252 („ ” – — € NBSP § °): a file with no other high byte is Hungarian cp1250.
# Ő and Ű (0xD5, 0xDB, 0xF5, 0xFB) read Õ and Û in cp1252, a guess the detector makes too often on short files.
_HUNGARIAN_CP1250 = frozenset(b"\xe1\xe9\xed\xf3\xf6\xf5\xfa\xfc\xfb\xc1\xc9\xcd\xd3\xd6\xd5\xda\xdc\xdb"
                              b"\x84\x94\x93\x96\x97\x80\xa0\xa7\xb0\x92\x91\x85\xab\xbb")


def _code_page(data: bytes) -> str:
    """The single-byte code page of `data`: Hungarian cp1250 when every byte beyond ASCII is one of its letters,
    else charset-normalizer's best among CODE_PAGES, ties in their order."""
    if _HUNGARIAN_CP1250.issuperset(byte for byte in set(data) if byte >= 0x80):
        return "cp1250"
    matches = [match for match in from_bytes(data, cp_isolation=list(CODE_PAGES)) if match.encoding in CODE_PAGES]
    if not matches:
        return CODE_PAGES[0]  # strict decoding then names the line that fits no code page
    best = min(matches, key=lambda match: (match.chaos, -match.coherence, CODE_PAGES.index(match.encoding)))
    return best.encoding


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

