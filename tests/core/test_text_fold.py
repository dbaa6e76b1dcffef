"""Folding for search and duplicates: case, accents and legal forms do not matter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.core.text_fold import fold, name_key


@pytest.mark.parametrize("text, folded", [
    ("Kovács", "kovacs"),
    ("SZŰ", "szu"),
    ("Szűcs", "szucs"),
    ("ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP", "arvizturo tukorfurogep"),
    ("Иван", "иван"),
    ("ИВАНОВ Пётр", "иванов петр"),
    ("ＫＯＶＡＣＳ", "kovacs"),  # full-width, as pasted from some documents
    ("𝐊𝐨𝐯ℌ", "kovh"),  # mathematical letters decompose to capitals: folded all the same
    ("Łódź", "lodz"),
    ("ŁÓDŹ", "lodz"),
    ("Straße", "strasse"),
    ("Øresund", "oresund"),
    ("Žluťoučký kůň", "zlutoucky kun"),
    ("", ""),
    (None, ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_finds_what_people_type():
    assert "kovacs" in fold("Kovács és Társa Kft.")
    assert fold("szű") in fold("Szűcs Élelmiszer Bt.")
    assert fold("иван") in fold("ООО Иван и партнёры")
    assert fold("KOVÁCS") == fold("kovacs") == fold("Kovács")


def test_fold_keeps_cyrillic_short_i_distinct_only_in_case():
    # NFKD turns й into и + breve; a search for "и" must still find "й" and vice versa
    assert fold("Йошкар-Ола") == fold("йошкар-ола")
    assert fold("и") in fold("Йошкар")


def _fold_per_character(text):
    """fold as it was written first (a Python test per character), which the stored keys were made with."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae",
                                             "œ": "oe"}))


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40))
def test_fold_gives_what_the_stored_keys_were_made_with(text):
    assert fold(text) == _fold_per_character(text)


def test_fold_of_ascii_and_of_marks_alone():
    assert fold("ABC def-12 @\t") == "abc def-12 @\t"
    assert fold("\u0301\u0308") == ""  # nothing but combining marks
    assert fold("Æsir ﬃ İ") == _fold_per_character("Æsir ﬃ İ")


@given(st.text(max_size=40))
def test_fold_is_idempotent(text):
    """Stored text is folded once, typed text once: folding again must change nothing."""
    once = fold(text)
    assert fold(once) == once


# Latin (with all its accented forms) and Cyrillic letters: what client names are made of.
names = st.text(alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x52F, categories=["Lu", "Ll"]),
                max_size=30)


@given(names)
def test_fold_is_case_blind(text):
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


@pytest.mark.parametrize("a, b", [
    ("Kovács és Társa Kft.", "KOVÁCS ÉS TÁRSA KFT"),
    ("Kovács és Társa Kft.", "Kovacs es Tarsa Zrt."),
    ("Szűcs-Élelmiszer Bt.", "Szucs Elelmiszer"),
    ("Alfa s.r.o.", "ALFA"),
    ("Alfa Sp. z o.o.", "Alfa"),
    ("Alfa sp.z o.o.", "ALFA SP. Z O. O."),
    ("ООО «Ромашка»", "Ромашка"),
    ("Beta GmbH", "Beta"),
])
def test_name_key_ignores_case_accents_punctuation_and_legal_form(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    ("Kovács és Társa Kft.", "Kovács és Fia Kft."),
    ("Alfa Kft.", "Beta Kft."),
    ("Ромашка", "Василёк"),
])
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)


def test_name_key_of_only_a_legal_form_is_not_empty():
    # a client literally called "Kft." must not collide with every other empty key
    assert name_key("Kft.") == "kft"
    assert name_key("") == ""


def test_folding_every_code_point_keeps_its_table_small():
    from kamdesk.core import text_fold

    text = "".join(chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code < 0xE000)
    assert fold(text) == _fold_per_character(text)
    assert len(text_fold._UNMARKED) <= 0x3000
