"""The activity report: calls and visits per manager and ISO week (planned, done, cancelled, still open, done %),
their outcomes and follow-ups, counted by the day in the desk's time zone."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.models import Activity
from kamdesk.core.reports import builder
from kamdesk.core.reports.model import ReportRequest, resolve_period
from kamdesk.core.services import company as company_service
from tests import factories

pytestmark = pytest.mark.both_backends


def _activity(owner, kind, starts_at, state="planned", result="", **values):
    """An activity as the calendar stores it (naive UTC), written directly: a test's history."""
    return Activity.create(owner=owner, kind=kind, starts_at=starts_at, state=state, result=result, **values)


@pytest.fixture
def history(company, peter):
    """December 2026 in Budapest: weeks 49 (30 Nov - 6 Dec), 50 and 53 (the 31st is a Thursday)."""
    anna = company_service.current_manager().id
    client = factories.client("Kovács Kft.").id
    first = _activity(anna, "call", dt.datetime(2026, 12, 1, 9), "done", "reached", client=client)
    _activity(anna, "task", dt.datetime(2026, 12, 8, 9), follow_up_of=first)  # the call's next step
    _activity(anna, "call", dt.datetime(2026, 11, 30, 23, 30), "done", "reached")  # 1 December, 00:30 local
    _activity(anna, "call", dt.datetime(2026, 12, 2, 9), "done", "not_reached")
    _activity(anna, "call", dt.datetime(2026, 12, 3, 9), "cancelled")
    _activity(anna, "visit", dt.datetime(2026, 12, 8, 10))
    _activity(anna, "visit", dt.datetime(2026, 12, 9, 10), "done", "moved")
    _activity(anna, "meeting", dt.datetime(2026, 12, 9, 12), "done", "reached")  # not a call or a visit
    _activity(anna, "call", dt.datetime(2026, 12, 31, 23, 30), "done", "reached")  # 1 January local
    _activity(anna, "visit", dt.datetime(2026, 12, 31), all_day=True)  # its own date, whatever the zone
    _activity(peter.id, "call", dt.datetime(2026, 12, 10, 8), "done", "reached")
    _activity(peter.id, "call", dt.datetime(2026, 11, 20, 8), "done", "reached")  # November
    return {"anna": anna, "peter": peter.id}


def _report(manager_id=None, language="en"):
    return builder("activity")(ReportRequest("activity", resolve_period(period="2026-12"), manager_id, language))


def test_calls_and_visits_by_manager_and_week(history):
    table = _report().tables[0]
    assert [column.key for column in table.columns] == [
        "manager", "week", "kind", "planned", "done", "cancelled", "open", "done_pct", "follow_ups"]
    assert table.rows == (
        ("Kiss Anna", "2026-W49", "Call", 4, 3, 1, 0, D("75.0"), 1),
        ("Kiss Anna", "2026-W50", "Visit", 2, 1, 0, 1, D("50.0"), 0),
        ("Kiss Anna", "2026-W53", "Visit", 1, 0, 0, 1, D("0.0"), 0),
        ("Nagy Péter", "2026-W50", "Call", 1, 1, 0, 0, D("100.0"), 0),
    )
    assert {type(value) for row in table.rows for value in row[3:7] + row[8:]} == {int}


def test_by_manager_and_the_outcomes_by_kind(history):
    document = _report()
    assert document.tables[1].rows == (
        ("Kiss Anna", "Call", 4, 3, 1, 0, D("75.0"), 1),
        ("Kiss Anna", "Visit", 3, 1, 0, 2, D("33.3"), 0),
        ("Nagy Péter", "Call", 1, 1, 0, 0, D("100.0"), 0),
    )
    assert document.tables[2].rows == (
        ("Kiss Anna", "Call", 3, 2, 1, 0, D("66.7")),
        ("Kiss Anna", "Visit", 1, 0, 0, 1, D("0.0")),
        ("Nagy Péter", "Call", 1, 1, 0, 0, D("100.0")),
    )


def test_a_week_and_one_manager(history):
    request = ReportRequest("activity", resolve_period(week="2026-W50"), history["anna"], "en")
    document = builder("activity")(request)
    assert document.subtitle == "2026-W50 · Kiss Anna"
    assert document.tables[0].rows == (("Kiss Anna", "2026-W50", "Visit", 2, 1, 0, 1, D("50.0"), 0),)


def test_nothing_in_the_period_gives_empty_tables(history):
    request = ReportRequest("activity", resolve_period(period="2025-06"), None, "en")
    assert [table.rows for table in builder("activity")(request).tables] == [(), (), ()]


@pytest.mark.parametrize("language, title, kind, column", [
    ("hu", "Aktivitásjelentés", "Hívás", "Teljesítés, %"),
    ("ru", "Отчёт об активности", "Звонок", "Проведено, %"),
])
def test_texts_are_in_the_document_language(history, language, title, kind, column):
    document = _report(language=language)
    assert (document.title, document.tables[0].rows[0][2], document.tables[0].columns[7].title) == (
        title, kind, column)
