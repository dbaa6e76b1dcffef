"""Input widgets the settlement area's pages and dialogs share: a date edit, an amount edit, a currency choice,
a field with its message under it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QVBoxLayout, QWidget

from kamdesk.core.money import parse_money
from kamdesk.gui.formatting import date_format
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.widgets.field_errors import ERROR_STYLE

COMMON_CURRENCIES = ("HUF", "EUR", "USD", "RUB")


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(parent: QWidget, name: str, value: dt.date | None = None) -> QDateEdit:
    """A date edit with a calendar, written as the locale writes dates; `value` (today) shown."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.calendarWidget().setFirstDayOfWeek(QLocale().firstDayOfWeek())
    edit.setDate(qdate(value or dt.date.today()))
    return edit


def amount_edit(parent: QWidget, name: str) -> QLineEdit:
    """A line edit for an amount: typed as people write them (spaces, a decimal comma), read by the service."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(24)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0") * 16)
    return edit


def show_amount(edit: QLineEdit, amount, currency: str) -> None:
    """Write `amount` into `edit` the way the locale writes it, with the currency's decimals."""
    edit.setText("" if amount is None else format_money(amount, currency, with_currency=False))


def typed_amount(edit: QLineEdit):
    """The amount typed into `edit` (a Decimal), or None when it is empty or no amount."""
    try:
        return parse_money(edit.text()) if edit.text().strip() else None
    except ValueError:
        return None


def currency_choice(parent: QWidget, name: str, first: str) -> QComboBox:
    """An editable choice of the usual currencies, `first` (the company's) on top."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.lineEdit().setMaxLength(3)
    for code in dict.fromkeys((first, *COMMON_CURRENCIES)):
        combo.addItem(code)
    return combo


def error_label(parent: QWidget, name: str) -> QLabel:
    """A red label for a field's messages, hidden until one comes."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def with_error(parent: QWidget, field: QWidget, label: QLabel) -> QWidget:
    """`field` with its message `label` under it."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(field)
    column.addWidget(label)
    return box
