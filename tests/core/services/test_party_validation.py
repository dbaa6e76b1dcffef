"""Field checks: tax numbers (HU, EU VAT, RU INN), e-mail, phone, website."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.core.services.party_validation import (
    check_email,
    check_phone,
    check_tax_number,
    check_website,
    format_phone,
    hu_check_digit,
    tax_key,
)

seven_digits = st.integers(min_value=1_000_000, max_value=9_999_999).map(str)


def hu_tax_number(first_seven: str, vat_code: int = 2, county: int = 43, check: str | None = None) -> str:
    check = hu_check_digit(first_seven) if check is None else check
    return f"{first_seven}{check}-{vat_code}-{county:02d}"


# ---------------------------------------------------------------- Hungarian tax numbers

@given(first=seven_digits, vat_code=st.integers(1, 5), county=st.integers(2, 44))
def test_hungarian_tax_numbers_with_the_right_check_digit_pass(first, vat_code, county):
    number = hu_tax_number(first, vat_code, county)
    assert check_tax_number(number, "HU") is None
    assert check_tax_number(number.replace("-", ""), "HU") is None
    assert check_tax_number(f"{first}{hu_check_digit(first)}", "HU") is None  # the 8-digit core alone
    assert check_tax_number("HU" + number[:8], "HU") is None  # EU VAT form


@given(first=seven_digits, wrong=st.integers(0, 9).map(str))
def test_hungarian_tax_numbers_with_a_wrong_check_digit_fail(first, wrong):
    if wrong == hu_check_digit(first):
        wrong = str((int(wrong) + 1) % 10)
    problem = check_tax_number(hu_tax_number(first, check=wrong), "HU")
    assert problem is not None and "check digit" in problem
    assert check_tax_number("HU" + first + wrong, "HU") is not None


def test_hu_check_digit_known_value():
    # 10000001-2-43 is a published example; weights 9, 7, 3, 1, 9, 7, 3
    assert hu_check_digit("1000000") == "1"
    assert hu_check_digit("1234567") == "6"  # 9+14+9+4+45+42+21 = 144 -> 6


@pytest.mark.parametrize("value", ["1234", "12345678-9-43", "12345676-2-4", "abcdefgh", "12345676-2-431"])
def test_malformed_hungarian_tax_numbers_fail(value):
    assert check_tax_number(value, "HU") is not None


def test_empty_tax_number_is_allowed():
    assert check_tax_number("", "HU") is None
    assert check_tax_number("   ", "RU") is None


# ---------------------------------------------------------------- EU VAT, Russian INN

@pytest.mark.parametrize("value, country", [
    ("CZ25123891", "CZ"), ("CZ 251 23 891", "CZ"), ("25123891", "CZ"),
    ("PL8567346215", "PL"), ("PL 856-734-62-15", "PL"), ("8567346215", "PL"),
    ("DE136695976", "DE"),
    ("DE136695976", "HU"),  # a German client of a Hungarian seller: the prefix decides
])
def test_valid_eu_vat_numbers(value, country):
    assert check_tax_number(value, country) is None


@pytest.mark.parametrize("value, country", [
    ("CZ25123890", "CZ"), ("PL8567346216", "PL"), ("8567346216", "PL"), ("DE136695977", "DE"),
])
def test_invalid_eu_vat_numbers(value, country):
    problem = check_tax_number(value, country)
    assert problem is not None and "VAT" in problem


@pytest.mark.parametrize("value", ["7707083893", "500100732259"])
def test_valid_russian_inn(value):
    assert check_tax_number(value, "RU") is None


@pytest.mark.parametrize("value", ["7707083894", "500100732250", "12345", "77070838931"])
def test_invalid_russian_inn(value):
    problem = check_tax_number(value, "RU")
    assert problem is not None and "INN" in problem


@pytest.mark.parametrize("value, country", [
    ("12-3456789", "US"),  # an EIN: no checksum known, accepted
    ("CHE-116.281.710", "CH"),  # Swiss UID: letters, but not an EU VAT number
    ("GB980780684", "GB"),  # UK VAT since Brexit: not EU either
])
def test_tax_numbers_of_other_countries_are_not_judged_as_eu_vat(value, country):
    assert check_tax_number(value, country) is None


def test_tax_key_compacts():
    assert tax_key("12345676-2-13") == "HU12345676"  # the adószám's company part, as in its EU VAT number
    assert tax_key(" cz 251 23 891 ") == "CZ25123891"
    assert tax_key("") == ""


# ---------------------------------------------------------------- e-mail, phone, website

@pytest.mark.parametrize("value", ["anna.kiss@example.hu", "a+b@sub.example.com", "árvíztűrő@példa.hu", ""])
def test_valid_email(value):
    assert check_email(value) is None


@pytest.mark.parametrize("value", ["not-an-email", "a@b", "a@@b.hu", "anna kiss@example.hu", "@example.hu"])
def test_invalid_email(value):
    assert check_email(value) is not None


def _email_validator_says(value: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


_LOCALS = st.sampled_from(["anna", "anna.kiss", "a+b", "a..b", ".a", "a.", "x" * 64, "x" * 65, "o'neil", "a b",
                           '"a b"', "árvíz", "a<b", "a@b", "", "Anna_Kiss-1", "{}~|"])
_DOMAINS = st.sampled_from(["example.hu", "EXAMPLE.HU", "sub.example.com", "b", "-a.hu", "a-.hu", "a..hu", ".hu",
                            "hu.", "localhost", "x.test", "x.invalid", "x.local", "123.45", "1.2.3.4", "[1.2.3.4]",
                            "xn--mnchen-3ya.de", "XN--MNCHEN-3YA.DE", "münchen.de", "ex ample.hu", "a_b.hu",
                            "b@c.hu", "", "x" * 63 + ".hu", "x" * 64 + ".hu", ("y" * 60 + ".") * 4 + "hu",
                            "example.hu>", "example.com.", "ёж.рф"])


@given(local=_LOCALS, domain=_DOMAINS, spaced=st.booleans())
def test_email_check_agrees_with_email_validator(local, domain, spaced):
    # the domain is checked once per import and kept: an address must still be judged as a whole
    value = f" {local}@{domain} " if spaced else f"{local}@{domain}"
    assert (check_email(value) is None) == _email_validator_says(value.strip())
    assert (check_email(value) is None) == _email_validator_says(value.strip())  # the remembered domain too


@pytest.mark.parametrize("value", ["+36 30 123 4567", "06 30 123 4567", "06301234567", "30 123 4567",
                                   "+36 1 234 5678", "+7 495 123-45-67", ""])
def test_valid_phone_with_hungarian_default(value):
    assert check_phone(value, "HU") is None


@pytest.mark.parametrize("value", ["123", "abc", "+36 30 123", "06 99 123 4567"])
def test_invalid_phone(value):
    assert check_phone(value, "HU") is not None


def test_phone_is_formatted_internationally():
    assert format_phone("06 30 123 4567", "HU") == "+36 30 123 4567"
    assert format_phone("06301234567", "HU") == "+36 30 123 4567"
    assert format_phone("+7 495 123-45-67", "HU") == "+7 495 123-45-67"
    assert format_phone("8 495 123-45-67", "RU") == "+7 495 123-45-67"
    assert format_phone("nonsense", "HU") == "nonsense"


@pytest.mark.parametrize("value, ok", [
    ("www.example.hu", True), ("https://example.hu/path", True), ("", True),
    ("example", False), ("www.example .hu", False),
])
def test_website(value, ok):
    assert (check_website(value) is None) is ok


def test_hungarian_tax_number_and_eu_vat_number_of_one_company_share_a_key():
    from kamdesk.core.services.party_validation import tax_key

    assert tax_key("12892312-2-42", "HU") == tax_key("HU 12892312", "HU") == "HU12892312"
    assert tax_key("12892312242") == "HU12892312"
    assert tax_key("25123891", "CZ") == tax_key("CZ25123891", "") == "CZ25123891"
    assert tax_key("7707083893", "RU") == "7707083893"
    assert tax_key("", "HU") == ""
