"""Dates, times and amounts as the user's locale writes them: one place for every view."""

from __future__ import annotations

import datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kamdesk.core.money import QUANTUM

# Group separators that parse_money reads back; any other (e.g. the Swiss ') is replaced by NBSP.
READABLE_GROUP_SEPARATORS = (",", ".", " ", "\u00a0", "\u202f")


def format_amount(amount: Decimal | None, locale: QLocale | None = None) -> str:
    """An amount with two decimals and the locale's separators, exactly (no float on the way)."""
    if amount is None:
        return ""
    locale = locale or QLocale()
    point = locale.decimalPoint() if locale.decimalPoint() in (",", ".") else "."
    group = locale.groupSeparator()
    if group not in READABLE_GROUP_SEPARATORS or group == point:
        group = "\u00a0"
    text = format(Decimal(amount).quantize(QUANTUM), ",.2f")  # "1,234,567.89"
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


ISO_DATE = "yyyy-MM-dd"


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year; ISO 8601 in the C/POSIX locale.

    (The C locale's own "d MM yyyy" reads "4 12 2026", which no reader takes for a date.)
    """
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return ISO_DATE
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value: datetime.date | None) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format()) if value else ""


def format_timestamp(value: datetime.datetime | None) -> str:
    """A stored (naive UTC) timestamp in local time, as the locale writes it."""
    if value is None:
        return ""
    local = value.replace(tzinfo=datetime.UTC).astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    locale = QLocale()
    return locale.toString(moment, f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def format_moment(moment: datetime.datetime, all_day: bool = False) -> str:
    """An aware local time as the locale writes it (a date alone for an all-day activity)."""
    date = format_date(moment.date())
    if all_day:
        return date
    return f"{date} {QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)}"
