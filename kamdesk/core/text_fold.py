"""Folding text for search and duplicate detection.

"kovacs" must find "Kovács", "SZŰ" must find "Szűcs", "иван" must find
"Иван". SQLite's LIKE folds ASCII only, so kamdesk folds in Python, the same
way for stored text and for what the user types.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not split into base + mark.
_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})


class _Unmarked(dict):
    """A `str.translate` table that drops combining marks and maps `_EXTRA`'s letters, filled as characters come.

    One C-level pass instead of a Python test per character: folding is most of
    the per-row work of an import (the search text and four keys per client).
    Only the alphabets below U+3000 are kept (at most 12,288 entries), so text
    of every code point there is cannot grow it without bound.
    """

    def __missing__(self, code: int) -> str | int | None:
        value = None if unicodedata.combining(chr(code)) else _EXTRA.get(code, code)
        if code < 0x3000:
            self[code] = value
        return value


_UNMARKED = _Unmarked()


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form of `text`."""
    if not text:
        return ""
    if text.isascii():  # NFKD leaves ASCII alone, and casefold is lower there
        return text.lower()
    # NFKD before casefold as well: compatibility letters (full-width, mathematical,
    # "ℌ") decompose into capitals that casefold must still see.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return decomposed.translate(_UNMARKED)


_LEGAL_FORMS = {
    "kft", "zrt", "nyrt", "bt", "kkt", "rt", "ev", "kht", "nonprofit",
    "ooo", "oao", "zao", "pao", "ao", "ип", "ооо", "оао", "зао", "пао", "ао",
    "sro", "as", "spzoo", "sa", "sp", "zoo", "gmbh", "ag", "kg", "ltd", "llc", "inc", "co",
    "plc", "srl", "doo", "ad", "eood", "ood",
}
# A legal form written as several words once the dots are gone: "Sp. z o.o." -> "sp z o o".
_POLISH_LLC = re.compile(r"\bsp\s*z\s*o\s*o\b")
_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str | None) -> str:
    """Company name reduced for duplicate detection: folded, no legal form, no punctuation."""
    folded = fold(name).replace(".", "")
    words = [w for w in _NON_WORD.split(folded) if w]
    kept = [w for w in _NON_WORD.split(_POLISH_LLC.sub(" ", folded)) if w and w not in _LEGAL_FORMS]
    return "".join(kept or words)
