from decimal import Decimal

import pytest

from kamdesk.core.documents.amount_words import amount_in_words


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
