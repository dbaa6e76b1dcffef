"""Matching what the user types against a list of folded texts kept in memory (the client and product searches).

Every typed word must occur in a text (the words are folded as the texts
are); typing on re-tests only the previous matches, which is what keeps a
keystroke fast over 100,000 texts.
"""

from __future__ import annotations

from collections.abc import Iterable


class TypedMatch:
    """The indexes of the texts that hold every typed term, remembering the last answer for the next keystroke.

    Not locked: a search that is used from several threads holds its own lock around `hits`.
    """

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._last_terms: list[str] = []
        self._last_hits: list[int] = []

    def hits(self, terms: list[str]) -> list[int]:
        """Indexes of the texts containing every term (folded), in the order of the texts."""
        if self._last_terms and refines(terms, self._last_terms):
            hits = self.match(terms, self._last_hits)
        else:
            hits = self.match(terms, range(len(self.texts)))
        self._last_terms, self._last_hits = terms, hits
        return hits

    def match(self, terms: list[str], candidates: Iterable[int]) -> list[int]:
        """Those of `candidates` whose text contains every term."""
        texts = self.texts
        if len(terms) == 1:
            term = terms[0]
            return [i for i in candidates if term in texts[i]]
        return [i for i in candidates if all(t in texts[i] for t in terms)]


def refines(terms: list[str], previous: list[str]) -> bool:
    """True when every match of `terms` is also a match of `previous` (the user typed on)."""
    return all(any(p in t for t in terms) for p in previous)
