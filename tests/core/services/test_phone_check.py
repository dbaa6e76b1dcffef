"""The quick phone check gives what phonenumbers gives: the same valid numbers, formatted the same, or it defers."""

from __future__ import annotations

import random
import re
from pathlib import Path

import phonenumbers
import pytest

from kamdesk.core.services import demo
from kamdesk.core.services.phone_check import quick_phone

FORMATS = (phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
           phonenumbers.PhoneNumberFormat.NATIONAL)
DEFAULT_REGIONS = ("HU", "RU", "KZ", "SK", "DE", "AT", "GB", "IT", "US", "CA", "FR", "")


def reference(value: str, region: str) -> str | None:
    """phonenumbers' answer as the client check asks it: the international format of a valid number, else None."""
    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def agrees(value: str, region: str) -> bool:
    quick = quick_phone(value, region)
    return quick is None or quick == reference(value, region)


def example_numbers() -> list[str]:
    """Every region's example number of every type, written in E.164, international and national form."""
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(12):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                found += [phonenumbers.format_number(number, style) for style in FORMATS]
    return found


def mutations(text: str, rnd: random.Random) -> list[str]:
    """The number with a digit changed, dropped, added, and its separators changed to hyphens or removed."""
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    i = rnd.choice(digits)
    return [text[:i] + str(rnd.randint(0, 9)) + text[i + 1:], text[:i] + text[i + 1:],
            text[:i] + str(rnd.randint(0, 9)) + text[i:], text.replace(" ", "-"), text.replace(" ", "")]


def test_the_demo_phones_are_found_valid_quickly_and_formatted_as_phonenumbers_does():
    rnd = random.Random(5)
    phones = [demo._phone(rnd) for _ in range(2000)]
    assert all(quick_phone(p, "HU") == reference(p, "HU") for p in phones)
    assert all(quick_phone(p, "HU") is not None for p in phones)


def test_the_test_datas_phones_agree_with_phonenumbers():
    texts = set()
    for path in Path(__file__).resolve().parents[2].rglob("*.py"):
        texts.update(re.findall(r"[\"'](\+?[0-9][0-9 ()/.-]{4,}[0-9])[\"']", path.read_text(encoding="utf-8")))
    assert len(texts) > 100
    for text in sorted(texts):
        for region in DEFAULT_REGIONS:
            assert agrees(text, region), (text, region)


def test_every_regions_examples_and_their_mutations_agree_with_phonenumbers():
    rnd = random.Random(7)
    quick = 0
    for text in example_numbers():
        for candidate in [text, *mutations(text, rnd)]:
            for region in rnd.sample(DEFAULT_REGIONS, 3):
                assert agrees(candidate, region), (candidate, region)
                quick += quick_phone(candidate, region) is not None
    assert quick > 5000  # most plain numbers are answered without phonenumbers


@pytest.mark.parametrize("region", DEFAULT_REGIONS)
def test_random_digits_agree_with_phonenumbers(region):
    rnd = random.Random(region)
    for _ in range(3000):
        size = rnd.randint(3, 19)
        digits = "".join(rnd.choice("0123456789") for _ in range(size))
        text = rnd.choice(("", "+", "0", "06", "8", "00")) + " ".join(re.findall(".{1,3}", digits))
        assert agrees(text, region), (text, region)


@pytest.mark.parametrize("text", ["+36 30 123 4567 ext. 12", "(06) 30 123 4567", "+36 (30) 123-4567",
                                  "tel:+36-30-123-4567", "+39 06 1234 5678", "00 36 30 123 4567", "+800 1234 5678",
                                  "36 30 123 4567", "+3", "+ 36 30 123 4567", "+36  30 123 4567"])
def test_what_is_not_plainly_written_is_left_to_phonenumbers(text):
    assert quick_phone(text, "HU") is None
