"""TypedMatch: every typed word must occur; typing on re-tests only the previous matches."""

from __future__ import annotations

from kamdesk.core.services.typed_search import TypedMatch, refines

TEXTS = ["kovacs kft\nbudapest", "szucs bt\ndebrecen", "ivan ooo\nmoszkva", "kovago zrt\nszeged"]


def test_every_word_must_occur_in_any_order():
    match = TypedMatch(TEXTS)
    assert match.hits(["kov"]) == [0, 3]
    assert match.hits(["budapest", "kov"]) == [0]
    assert match.hits(["kov", "ooo"]) == []
    assert match.hits(["e"]) == [0, 1, 3]  # in the order of the texts


def test_typing_on_tests_only_the_previous_hits_and_deleting_widens_again():
    match = TypedMatch(TEXTS)
    tested = []
    original = match.match
    match.match = lambda terms, candidates: tested.append(list(candidates)) or original(terms, candidates)
    assert match.hits(["ko"]) == [0, 3]
    assert match.hits(["kova"]) == [0, 3] and tested[-1] == [0, 3]
    assert match.hits(["kovac"]) == [0] and tested[-1] == [0, 3]
    assert match.hits(["ko"]) == [0, 3] and tested[-1] == [0, 1, 2, 3]  # deleted: everything again
    assert match.hits(["ko", "sz"]) == [3] and tested[-1] == [0, 3]  # a further word narrows too


def test_refines():
    assert refines(["kova"], ["kov"])
    assert refines(["kov", "bp"], ["kov"])
    assert not refines(["ko"], ["kov"])
    assert not refines(["szu"], ["kov"])
