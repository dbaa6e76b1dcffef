"""OptionalDate: a check box for whether there is a date, the date edit beside it."""

import datetime

from PySide6.QtWidgets import QCheckBox, QDateEdit

from kamdesk.gui.widgets.optional_date import NO_DATE, OptionalDate


def test_unchecked_means_no_date_and_checking_brings_the_last_date_back(qtbot):
    switch, edit = QCheckBox(), QDateEdit()
    edit.setCalendarPopup(True)  # as in the forms: the edit has a calendar
    qtbot.addWidget(switch)
    qtbot.addWidget(edit)
    optional = OptionalDate(switch, edit, "no date")
    optional.set_value(datetime.date(2026, 3, 14))
    assert optional.value() == datetime.date(2026, 3, 14) and edit.isEnabled()
    switch.setChecked(False)
    assert optional.value() is None and edit.date() == NO_DATE and not edit.isEnabled()
    assert edit.specialValueText() == "no date"
    switch.setChecked(True)
    assert optional.value() == datetime.date(2026, 3, 14)
    optional.set_value(None)
    assert optional.value() is None and not switch.isChecked()
