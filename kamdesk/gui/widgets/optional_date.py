"""An optional date: a check box saying whether there is a date, and the date edit beside it."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit

from kamdesk.gui.formatting import date_format

NO_DATE = QDate(1900, 1, 1)  # the "no date" value of an optional date edit, shown as a word


class OptionalDate:
    """A check box saying whether there is a date, and the date edit beside it.

    Unchecked, the date edit is disabled and shows `empty_text`; checking it
    brings back the last date (or today).
    """

    def __init__(self, switch: QCheckBox, edit: QDateEdit, empty_text: str):
        self.switch, self.edit = switch, edit
        self._last = QDate.currentDate()
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(empty_text)
        edit.setDisplayFormat(date_format())
        edit.calendarWidget().setFirstDayOfWeek(QLocale().firstDayOfWeek())
        switch.toggled.connect(self._switched)
        self._switched(switch.isChecked())

    def _switched(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            if self.edit.date() == NO_DATE:
                self.edit.setDate(self._last)
        else:
            if self.edit.date() != NO_DATE:
                self._last = self.edit.date()
            self.edit.setDate(NO_DATE)

    def value(self) -> datetime.date | None:
        return self.edit.date().toPython() if self.switch.isChecked() else None

    def set_value(self, value: datetime.date | None) -> None:
        if value is not None:
            self._last = QDate(value.year, value.month, value.day)
        self.switch.setChecked(value is not None)
        self._switched(value is not None)
        if value is not None:
            self.edit.setDate(self._last)
