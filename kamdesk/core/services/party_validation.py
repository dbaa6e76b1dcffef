"""Checks on client and contact fields: each returns a message naming what is wrong.

Tax numbers are checked with python-stdnum (Hungarian adószám, EU VAT
numbers, Russian INN), phone numbers with phonenumbers, e-mail addresses with
email-validator. Messages are English source strings; the GUI translates the
field labels around them. The checking libraries are imported on first use:
together they cost ~40 ms, which start-up does not need to pay.
"""

from __future__ import annotations

import functools
import re

from kamdesk.core.messages import Message


EU_COUNTRIES = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
}
_HU_TAX = re.compile(r"^(\d{8})-?([1-5])-?(\d{2})$")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")


def tax_key(tax_number: str, country: str = "") -> str:
    """The tax number reduced to what identifies the company: duplicates are compared on it.

    Letters and digits only, upper case, with the EU country prefix; a
    Hungarian adószám (12345678-2-42) and the company's EU VAT number
    (HU12345678) give the same key.
    """
    compact = _NOT_ALNUM.sub("", tax_number or "").upper()
    if not compact or compact[:2].isalpha():
        return compact
    country = (country or "").upper()
    if country in ("HU", "") and _HU_TAX.match(compact):
        return "HU" + compact[:8]
    if country in EU_COUNTRIES:
        return country + compact
    return compact


def check_tax_number(value: str, country: str) -> str | None:
    """None when `value` is a valid tax number for `country` (or empty), else what is wrong."""
    value = (value or "").strip()
    if not value:
        return None
    compact = _NOT_ALNUM.sub("", value).upper()
    if compact[:2] in EU_COUNTRIES:  # an EU VAT number, whatever the client's country
        return _check_eu_vat(compact)
    if country == "HU":
        return _check_hungarian(value)
    if country == "RU":
        from stdnum.ru import inn

        return None if inn.is_valid(compact) else Message("is not a valid Russian INN (10 or 12 digits with check digits)")
    if country in EU_COUNTRIES:
        return _check_eu_vat(country + compact)
    return None


def _check_eu_vat(compact: str) -> str | None:
    from stdnum.eu import vat as eu_vat
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        eu_vat.validate(compact)
    except StdnumError:
        return Message("is not a valid EU VAT number for {country} (check the digits)", country=compact[:2])
    return None


def _check_hungarian(value: str) -> str | None:
    match = _HU_TAX.match(value.replace(" ", ""))
    digits = match.group(1) if match else re.sub(r"\D", "", value)
    if not match and len(digits) != 8:
        return Message("must look like 12345678-1-23 (Hungarian tax number)")
    if digits.isascii():  # as stdnum.hu.anum checks it (weights 9, 7, 3, 1), without its call overhead per row
        valid = hu_check_digit(digits[:7]) == digits[7]
    else:
        from stdnum.hu import anum

        valid = anum.is_valid(digits)
    if not valid:
        return Message("has a wrong check digit (Hungarian tax number)")
    return None


def hu_check_digit(first_seven: str) -> str:
    """The eighth digit of a Hungarian tax number (weights 9, 7, 3, 1)."""
    weights = (9, 7, 3, 1, 9, 7, 3)
    total = sum(int(d) * w for d, w in zip(first_seven, weights, strict=True))
    return str((10 - total % 10) % 10)


def check_email(value: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    local, _, domain = value.partition("@")
    plain = (value.isascii() and len(value) <= _EMAIL_MOST and _PLAIN_LOCAL.match(local) is not None
             and "xn--" not in domain.lower())
    if not (_valid_domain(domain) if plain else _valid_email(value)):
        return Message("is not a valid e-mail address")
    return None


# email-validator's "dot-atom" local part (RFC 5322): valid whatever follows, with no "@", quote or "<" in it
_PLAIN_LOCAL = re.compile(r"[a-zA-Z0-9_!#$%&'*+\-/=?^`{|}~]+(?:\.[a-zA-Z0-9_!#$%&'*+\-/=?^`{|}~]+)*\Z")
_EMAIL_MOST = 254  # its limit of a whole address; an ASCII domain without "xn--" keeps its length normalized


@functools.lru_cache(maxsize=4096)
def _valid_domain(domain: str) -> bool:
    """Whether addresses at `domain` are valid when their local part is plain: checked once per domain.

    The domain check is two thirds of email-validator's time, and an import
    meets the same domains again and again (a company's contacts, mail
    providers).
    """
    return _valid_email("a@" + domain)


def _valid_email(value: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def check_phone(value: str, region: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return Message("is not a phone number")
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        return Message("is not a valid phone number")
    return None


def format_phone(value: str, region: str) -> str:
    """International format for a valid number; anything else unchanged."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return value.strip()
    if not phonenumbers.is_valid_number(number):
        return value.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_website(value: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if " " in value or "." not in value:
        return Message("is not a web address")
    return None
