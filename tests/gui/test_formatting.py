"""Dates as the user's locale writes them, and ISO 8601 where the locale has no real date format (C/POSIX)."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from kamdesk.gui.formatting import date_format, format_date, format_moment


@pytest.fixture
def locale_of():
    previous = QLocale()

    def use(locale: QLocale) -> None:
        QLocale.setDefault(locale)

    yield use
    QLocale.setDefault(previous)


def test_the_c_locale_writes_iso_dates(locale_of):
    locale_of(QLocale.c())
    assert format_date(dt.date(2026, 12, 4)) == "2026-12-04"
    assert date_format() == "yyyy-MM-dd"
    moment = dt.datetime(2026, 12, 4, 9, 5)
    assert format_moment(moment, all_day=True) == "2026-12-04"
    assert format_moment(moment).startswith("2026-12-04 ")


def test_the_posix_locale_is_the_c_locale(locale_of):
    locale_of(QLocale("POSIX"))
    assert format_date(dt.date(2026, 12, 4)) == "2026-12-04"


@pytest.mark.parametrize(("language", "country", "expected"), [
    (QLocale.Language.Hungarian, QLocale.Country.Hungary, "2026. 12. 04."),
    (QLocale.Language.German, QLocale.Country.Germany, "04.12.2026"),
])
def test_a_real_locale_keeps_its_own_format(locale_of, language, country, expected):
    locale_of(QLocale(language, country))
    assert format_date(dt.date(2026, 12, 4)) == expected


def test_the_printed_week_dates_its_printing_in_iso_in_the_c_locale(locale_of, qapp, db):
    from kamdesk.gui.activity.week_pdf_export import week_document

    locale_of(QLocale.c())
    document = week_document(dt.date(2026, 11, 30), None, "Kiss Anna", dt.date(2026, 12, 4))
    today = dt.date.today().isoformat()
    assert today in document.printed_on
