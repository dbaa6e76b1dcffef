"""How the documents print numbers, money, dates and percentages in their language (en, hu, ru).

Used by the offer (PDF and Excel), the contract's placeholders and the order
sheet: one spelling of "1 234 567 Ft", "EUR 1,234.56", "2026. 11. 29." and
"12,5 %" wherever a document prints them. Pure functions, no reportlab.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.core.money import carried_places, minor_digits

EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SYMBOLS = {"HUF": "Ft", "EUR": "€", "RUB": "₽", "USD": "$", "GBP": "£", "PLN": "zł", "CZK": "Kč"}


def group_digits(value: Decimal, digits: int, thousands: str, decimal: str) -> str:
    """`value` with `digits` decimals (half up) and grouped thousands: 1234567.5 → "1 234 567,50"."""
    value = Decimal(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{abs(value):,.{digits}f}"  # "1,234,567.50"
    whole, _, fraction = text.partition(".")
    result = whole.replace(",", thousands) + (decimal + fraction if fraction else "")
    return ("-" if value < 0 else "") + result


def format_money(value: Decimal, currency: str, language: str, digits: int | None = None) -> str:
    """hu "1 234 567 Ft", ru "1 234 567,00 ₽", en "EUR 1,234.56" (digits from the currency's minor unit)."""
    digits = minor_digits(currency) if digits is None else digits
    if language == "en":
        return f"{currency} {group_digits(value, digits, ',', '.')}"
    return f"{group_digits(value, digits, ' ', ',')} {SYMBOLS.get(currency, currency)}"


def format_unit_price(value: Decimal, currency: str, language: str) -> str:
    """A unit price as it carries (`money.carried_places`): "125 001 Ft", "125 000,50 Ft"."""
    return format_money(value, currency, language, carried_places(value, currency))


def format_number(value: Decimal, language: str) -> str:
    """A quantity or percentage without trailing zeros: "2,5" (hu, ru) / "2.5" (en); "1 000" grouped."""
    value = Decimal(value)
    normal = value.normalize()
    digits = 0 if normal == normal.to_integral_value() else -normal.as_tuple().exponent
    if language == "en":
        return group_digits(value, digits, ",", ".")
    return group_digits(value, digits, " ", ",")


def format_date(day: dt.date, language: str) -> str:
    """hu "2026. 11. 29.", ru "29.11.2026", en "29 Nov 2026"."""
    if language == "hu":
        return f"{day.year}. {day.month:02d}. {day.day:02d}."
    if language == "ru":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def format_percent(value: Decimal, language: str) -> str:
    """hu, ru "12,5 %", en "12.5%"."""
    return f"{format_number(value, language)} %" if language != "en" else f"{format_number(value, language)}%"


def plain_number(value: Decimal) -> Decimal | int:
    """12.000 → 12, 2.500 → 2.5: a quantity or percentage without trailing zeros, never in exponent form."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()
