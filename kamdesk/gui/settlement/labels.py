"""Translated labels of the settlement area's stored codes, the periods of its filters and its colours.

Each label is marked with a literal `QT_TRANSLATE_NOOP("SettlementLabels", ...)` so that pyside6-lupdate
finds it, and translated when asked (`code_labels.translated_labels`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from kamdesk.gui.sale.labels import format_decimal
from kamdesk.gui.widgets.code_labels import translated_labels

CONTEXT = "SettlementLabels"
SETTLEMENT = "settlement"  # the kind of change (`gui.changes.notify`) of invoices, payments and allocations
OVERDUE = QColor("#c62828")
LATE = QColor("#ef6c00")  # overdue up to 30 days
SETTLED = QColor("#8a8a8a")
UNALLOCATED = QColor("#1f6fb8")
MANUAL_RULE = "manual"

KINDS = {
    "invoice": QT_TRANSLATE_NOOP("SettlementLabels", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("SettlementLabels", "Credit note"),
}

RULES = {
    "remark": QT_TRANSLATE_NOOP("SettlementLabels", "By the remark"),
    "oldest": QT_TRANSLATE_NOOP("SettlementLabels", "Oldest first"),
    "manual": QT_TRANSLATE_NOOP("SettlementLabels", "By hand"),
    "credit_note": QT_TRANSLATE_NOOP("SettlementLabels", "Credit note"),
}

SOURCES = {
    "import": QT_TRANSLATE_NOOP("SettlementLabels", "Imported"),
    "manual": QT_TRANSLATE_NOOP("SettlementLabels", "Typed in"),
}

TRENDS = {
    "better": QT_TRANSLATE_NOOP("SettlementLabels", "pays sooner than a year before"),
    "worse": QT_TRANSLATE_NOOP("SettlementLabels", "pays later than a year before"),
    "same": QT_TRANSLATE_NOOP("SettlementLabels", "as a year before"),
}

PERIODS = {
    "this_month": QT_TRANSLATE_NOOP("SettlementLabels", "This month"),
    "last_month": QT_TRANSLATE_NOOP("SettlementLabels", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("SettlementLabels", "This quarter"),
    "this_year": QT_TRANSLATE_NOOP("SettlementLabels", "This year"),
    "last_year": QT_TRANSLATE_NOOP("SettlementLabels", "Last year"),
    "last_12_months": QT_TRANSLATE_NOOP("SettlementLabels", "Last 12 months"),
}


def kind_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, KINDS)


def rule_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, RULES)


def source_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, SOURCES)


def trend_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, TRENDS)


def recorders_only() -> str:
    """Why the entry actions are off (`settlement_entry.can_record`: a manager on the team server, a laptop)."""
    return QCoreApplication.translate("SettlementLabels", "Invoices and payments are recorded at the office, by a "
                                      "head of department or an administrator; here they can be read.")


def period_choices() -> list[tuple[str, str]]:
    """(label, key) of the period filter, in the order offered."""
    return [(QCoreApplication.translate(CONTEXT, text), key) for key, text in PERIODS.items()]


def period_dates(key: str | None, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of the period `key` around `today`; (None, None) for any time."""
    if key == "this_month":
        return today.replace(day=1), today
    if key == "last_month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if key == "this_quarter":
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if key == "this_year":
        return dt.date(today.year, 1, 1), today
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if key == "last_12_months":
        year_before = today.replace(year=today.year - 1, day=min(today.day, 28 if today.month == 2 else 31))
        return year_before + dt.timedelta(days=1), today
    return None, None


def overdue_colour(days_overdue: int) -> QColor | None:
    """Orange up to 30 days past due, red beyond; None when not due."""
    if days_overdue <= 0:
        return None
    return LATE if days_overdue <= 30 else OVERDUE


def behaviour_text(behaviour) -> str:
    """"Pays 12,3 days late on average (a year before: 8,1): pays later than a year before. Suggested rating: C."
    from a `receivables.Behaviour`; the rating is a suggestion, never written."""
    if behaviour.average_days_late is None:
        text = QCoreApplication.translate("SettlementLabels", "No invoice was settled in the last 365 days.")
    else:
        text = QCoreApplication.translate("SettlementLabels", "Pays %1 days late on average in the last 365 days")
        text = text.replace("%1", format_decimal(behaviour.average_days_late, 1))
        if behaviour.previous_average_days_late is not None:
            text += QCoreApplication.translate("SettlementLabels", " (the year before: %1)").replace(
                "%1", format_decimal(behaviour.previous_average_days_late, 1))
        if behaviour.trend:
            text += ": " + trend_labels().get(behaviour.trend, behaviour.trend)
        text += "."
    if behaviour.suggested_rating:
        text += " " + QCoreApplication.translate("SettlementLabels", "Suggested rating: %1.").replace(
            "%1", behaviour.suggested_rating)
    return text
