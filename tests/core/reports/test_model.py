"""The report periods of `kamdesk report`: a month, an ISO week or two days, and the errors in words."""

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.reports import REPORTS, builder
from kamdesk.core.reports.model import Column, document_language, percent, resolve_period


def test_a_month_runs_from_its_first_to_its_last_day():
    period = resolve_period(period="2024-02")
    assert (period.first, period.last, period.label("hu")) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "2024-02")
    assert resolve_period(period="2026-12").last == dt.date(2026, 12, 31)


def test_an_iso_week_runs_monday_to_sunday():
    period = resolve_period(week="2026-W01")
    assert (period.first, period.last, period.label("en")) == (dt.date(2025, 12, 29), dt.date(2026, 1, 4), "2026-W01")


def test_two_days_make_a_range_and_nothing_given_is_this_month():
    period = resolve_period(first="2026-11-03", last="2026-11-20")
    assert (period.first, period.last, period.kind) == (dt.date(2026, 11, 3), dt.date(2026, 11, 20), "range")
    assert resolve_period(today=dt.date(2026, 12, 5)).first == dt.date(2026, 12, 1)


@pytest.mark.parametrize("arguments, words", [
    ({"period": "2026-13"}, "not a month"), ({"period": "26-11"}, "not a month"),
    ({"week": "2026-W54"}, "not a week"), ({"week": "2026-49"}, "not a week"),
    ({"first": "2026-11-30", "last": "2026-11-01"}, "before the first"),
    ({"first": "2026-11-01"}, "both"), ({"first": "yesterday", "last": "2026-11-01"}, "not a day"),
    ({"period": "2026-11", "week": "2026-W49"}, "not more than one"),
])
def test_a_bad_period_is_refused_in_words(arguments, words):
    with pytest.raises(ValidationError, match=words):
        resolve_period(**arguments)


def test_the_period_before_and_the_year_before():
    march = resolve_period(period="2024-03")
    assert (march.before().first, march.before().last) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    leap = resolve_period(period="2024-02").year_before()
    assert (leap.first, leap.last) == (dt.date(2023, 2, 1), dt.date(2023, 2, 28))
    week = resolve_period(week="2026-W49").before()
    assert week.first == dt.date(2026, 11, 23)


def test_percent_is_empty_without_a_denominator():
    assert percent(Decimal("1045"), Decimal("1000")) == Decimal("104.5")
    assert percent(3, 0) is None and percent(None, 5) is None


def test_an_unknown_column_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        Column("x", "X", kind="colour")


def test_the_document_language_falls_back_to_english(monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setattr("locale.getlocale", lambda *a: (None, None))
    assert document_language("hu") == "hu"
    assert document_language("system") == "en"


def test_every_report_is_named_by_a_dotted_path():
    assert list(REPORTS) == ["sales", "activity", "receivables", "refusals", "kpi"]
    assert callable(builder) and all(":" in path for path in REPORTS.values())


@pytest.mark.parametrize("arguments", [
    {"first": "0001-01-01", "last": "0001-01-05"}, {"first": "9999-12-25", "last": "9999-12-31"},
    {"period": "9999-12"}, {"week": "9999-W52"},
])
def test_a_period_too_far_off_is_refused_in_words(arguments):
    with pytest.raises(ValidationError, match="outside the years|not a"):
        resolve_period(**arguments)
