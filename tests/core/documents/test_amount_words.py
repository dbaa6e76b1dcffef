from decimal import Decimal

import pytest

from kamdesk.core.documents.amount_words import amount_in_words, hungarian_cardinal


@pytest.mark.parametrize(("amount", "currency", "language", "expected"), [
    ("123456", "HUF", "hu", "százhuszonháromezer-négyszázötvenhat forint"),
    ("123456.40", "HUF", "hu", "százhuszonháromezer-négyszázötvenhat forint"),  # whole forints
    ("123456.50", "HUF", "hu", "százhuszonháromezer-négyszázötvenhét forint"),  # half up
    ("12.50", "EUR", "hu", "tizenkét euró ötven cent"),
    ("2002", "HUF", "hu", "kétezer-két forint"),
    ("1000000", "HUF", "hu", "egymillió forint"),
    ("1234.56", "RUB", "ru", "одна тысяча двести тридцать четыре рубля, пятьдесят шесть копеек"),
    ("21.02", "RUB", "ru", "двадцать один рубль, две копейки"),
    ("112", "RUB", "ru", "сто двенадцать рублей"),
    ("5.01", "RUB", "ru", "пять рублей, одна копейка"),
    ("123456", "HUF", "ru", "сто двадцать три тысячи четыреста пятьдесят шесть форинтов"),
    ("1234.56", "EUR", "en", "one thousand, two hundred and thirty-four euro, fifty-six cent"),
    ("1.01", "USD", "en", "one dollar, one cent"),
    ("2", "USD", "en", "two dollars"),
])
def test_exact_words(amount, currency, language, expected):
    assert amount_in_words(Decimal(amount), currency, language) == expected


def test_unknown_language_falls_back_to_english():
    assert amount_in_words(Decimal(3), "USD", "xx") == "three dollars"


# spelled by hand: "két" inside a compound and before a noun, "kettő" only at the end of a number alone;
# a hyphen between the groups of three only above 2000
HUNGARIAN = [
    (2, "kettő", "két"),
    (12, "tizenkettő", "tizenkét"),
    (22, "huszonkettő", "huszonkét"),
    (200, "kétszáz", "kétszáz"),
    (1002, "ezerkettő", "ezerkét"),
    (1012, "ezertizenkettő", "ezertizenkét"),
    (2000, "kétezer", "kétezer"),
    (2002, "kétezer-kettő", "kétezer-két"),
    (12000, "tizenkétezer", "tizenkétezer"),
    (22222, "huszonkétezer-kétszázhuszonkettő", "huszonkétezer-kétszázhuszonkét"),
    (282119, "kétszáznyolcvankétezer-száztizenkilenc", "kétszáznyolcvankétezer-száztizenkilenc"),
    (2000000, "kétmillió", "kétmillió"),
    (1002002, "egymillió-kétezer-kettő", "egymillió-kétezer-két"),
    (22000000, "huszonkétmillió", "huszonkétmillió"),
    (2012, "kétezer-tizenkettő", "kétezer-tizenkét"),
]


@pytest.mark.parametrize(("number", "alone", "before_noun"), HUNGARIAN)
def test_hungarian_twos(number, alone, before_noun):
    assert hungarian_cardinal(number) == alone
    assert hungarian_cardinal(number, before_noun=True) == before_noun
    assert amount_in_words(Decimal(number), "HUF", "hu") == f"{before_noun} forint"
