"""Exact money: Decimal in Python, integer hundredths in the database.

SQLite stores DECIMAL as a float, so money never goes there as a decimal.
Every amount is kept in hundredths of the currency unit, which is exact for
the currencies kamdesk serves (HUF, EUR, RUB, CZK, PLN ...) and sums exactly
in SQL on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from peewee import BigIntegerField, fn

SCALE = 2
QUANTUM = Decimal(1).scaleb(-SCALE)  # Decimal("0.01")
_FACTOR = 10**SCALE


def round_money(value: Decimal) -> Decimal:
    """Round to the stored minor unit, half up, as commercial documents do."""
    return Decimal(value).quantize(QUANTUM, rounding=ROUND_HALF_UP)


def to_minor(value: Decimal | int | str) -> int:
    """Exact conversion to hundredths; refuses amounts finer than a hundredth."""
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    minor = amount * _FACTOR
    if minor != minor.to_integral_value():
        raise ValueError(f"{value} has more than {SCALE} decimal places")
    return int(minor)


def from_minor(minor: int) -> Decimal:
    return Decimal(int(minor)).scaleb(-SCALE)


MAX_WHOLE_DIGITS = 15  # hundredths of 10^15 still fit a 64-bit column, and no order is larger
MAX_DECIMALS = 20  # a float written by a spreadsheet (12.100000000000001) is refused for its decimals, later
_AMOUNT = re.compile(r"[+-]?([0-9]*)(?:\.([0-9]*))?")  # no exponent, no "_": people type neither


def parse_money(text: str) -> Decimal:
    """Read an amount typed by a person: spaces, NBSP and a decimal comma allowed."""
    cleaned = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
    if "," in cleaned and "." in cleaned:
        # "1.234,50" or "1,234.50": the last separator is the decimal one
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None or not (match.group(1) or match.group(2)):
        raise ValueError(f"{(text or '')[:40]!r} is not an amount")
    if len(match.group(1).lstrip("0")) > MAX_WHOLE_DIGITS:
        raise ValueError(f"{text[:40]!r} is too large an amount")
    if len(match.group(2) or "") > MAX_DECIMALS:
        raise ValueError(f"{text[:40]!r} has more than {MAX_DECIMALS} decimal places")
    return Decimal(cleaned)


class MoneyField(BigIntegerField):
    """A Decimal amount stored as integer hundredths.

    Peewee does not convert aggregates: `fn.SUM(money_field)` returns the raw
    hundredths (an int 100 times the amount). Sum money with `money_sum`.
    """

    def db_value(self, value):
        if value is None:
            return None
        return to_minor(value)

    def python_value(self, value):
        if value is None:
            return None
        return from_minor(value)


class PercentField(MoneyField):
    """A percentage such as a VAT rate (27, 5.5), exact to a hundredth of a percent."""


def money_sum(column):
    """SQL SUM of a MoneyField as an exact Decimal (0.00 over no rows), e.g.
    `Client.select(money_sum(Client.credit_limit)).scalar()`."""
    return fn.COALESCE(fn.SUM(column), 0).python_value(from_minor)


QUANTITY_SCALE = 3


class QuantityField(BigIntegerField):
    """A quantity (pieces, kilograms, metres) exact to a thousandth, stored as an integer."""

    def db_value(self, value):
        if value is None:
            return None
        amount = Decimal(value) * 10**QUANTITY_SCALE
        if amount != amount.to_integral_value():
            raise ValueError(f"{value} has more than {QUANTITY_SCALE} decimal places")
        return int(amount)

    def python_value(self, value):
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-QUANTITY_SCALE)


# Currencies whose amounts are written in whole units on invoices (no minor unit in use).
WHOLE_UNIT_CURRENCIES = {"HUF", "JPY", "KRW", "ISK", "CLP"}


def minor_digits(currency: str) -> int:
    return 0 if (currency or "").upper() in WHOLE_UNIT_CURRENCIES else SCALE


def round_to_currency(value: Decimal, currency: str) -> Decimal:
    """Round half up to the currency's minor unit (a whole forint, a cent), kept at two places."""
    exponent = Decimal(1).scaleb(-minor_digits(currency))
    return Decimal(value).quantize(exponent, rounding=ROUND_HALF_UP).quantize(QUANTUM)


def carried_places(amount: Decimal, currency: str) -> int:
    """The decimals a unit price is shown with, as it carries them: the currency's minor digits
    ("125 001 Ft", "12.50 EUR"), or hundredths and finer when the price holds a fraction of that
    unit ("125 000,50 Ft"), so that quantity × price adds up as printed. Screens, PDF and Excel use it."""
    digits = minor_digits(currency)
    amount = Decimal(amount)
    if amount == amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP):
        return digits
    return max(SCALE, -amount.normalize().as_tuple().exponent)
