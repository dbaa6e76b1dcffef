"""Reminders: what is due around the boundaries, for whom, and the setting."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.services import activity as act
from kamdesk.core.services import party
from kamdesk.core.services import reminders

BUD = ZoneInfo("Europe/Budapest")
NOW = dt.datetime(2026, 12, 7, 9, 15, tzinfo=BUD)


@pytest.fixture
def client(company):
    return party.save_client({"name": "Kovács Kft.", "status": "active"})


def plan(client, start, kind="call", **values) -> int:
    return act.create_activity({"kind": kind, "client_id": client.id, "start": start, **values}).id


def due(minutes=15, owner_id=None, already=frozenset(), now=NOW) -> list[int]:
    return [view.id for view in reminders.due_reminders(now, minutes, owner_id, set(already))]


def test_the_window_includes_now_and_its_end(client):
    at_now = plan(client, NOW)
    at_end = plan(client, NOW + dt.timedelta(minutes=15))
    plan(client, NOW + dt.timedelta(minutes=15, seconds=1))  # just too late to remind yet
    plan(client, NOW - dt.timedelta(minutes=1))  # started already
    assert due() == [at_now, at_end]
    assert due(now=NOW + dt.timedelta(seconds=1)) == [at_end, at_end + 1]  # the window moved a second on
    assert due(minutes=14) == [at_now]


def test_any_zone_for_now_and_views_are_local(client):
    soon = plan(client, NOW + dt.timedelta(minutes=10), subject="Order")
    [view] = reminders.due_reminders(NOW.astimezone(dt.UTC), 15, None, set())
    assert view.id == soon and view.start == NOW + dt.timedelta(minutes=10) and view.start.tzinfo is not None
    assert (view.kind, view.client_name, view.subject) == ("call", "Kovács Kft.", "Order")


def test_calls_visits_and_meetings_yes_tasks_and_e_mails_no(client):
    start = NOW + dt.timedelta(minutes=5)
    wanted = [plan(client, start, kind) for kind in ("call", "visit", "meeting", "negotiation", "presentation")]
    plan(client, start, "task")
    plan(client, start, "email")
    plan(client, NOW.date(), "call", all_day=True)
    assert sorted(due()) == sorted(wanted)


def test_only_planned_ones(client):
    done = plan(client, NOW + dt.timedelta(minutes=5))
    act.complete_activity(done, "reached", record_now=True)
    cancelled = plan(client, NOW + dt.timedelta(minutes=6))
    act.cancel_activity(cancelled)
    assert due() == []


def test_the_owner_and_the_ones_shown_already(client, company, peter):
    anna = company[1]
    mine = plan(client, NOW + dt.timedelta(minutes=5))
    theirs = plan(client, NOW + dt.timedelta(minutes=6), owner_id=peter.id)
    assert due(owner_id=anna.id) == [mine]
    assert due(owner_id=peter.id) == [theirs]
    assert due() == [mine, theirs]
    assert due(already={mine}) == [theirs]


def test_zero_minutes_means_off(client):
    plan(client, NOW)
    assert due(minutes=0) == []


def test_across_midnight(client):
    late = dt.datetime(2026, 12, 7, 23, 55, tzinfo=BUD)
    after_midnight = plan(client, late + dt.timedelta(minutes=10))
    assert due(now=late) == [after_midnight]


def test_the_hour_the_clocks_go_back_counts_real_minutes(client):
    """2026-10-25 03:00 CEST becomes 02:00 CET: 02:50 CEST + 15 minutes is 02:05 CET."""
    before = dt.datetime(2026, 10, 25, 0, 50, tzinfo=dt.UTC)  # 02:50 CEST
    in_ten = plan(client, before + dt.timedelta(minutes=10))  # 02:00 CET, the second time
    plan(client, before + dt.timedelta(minutes=70))  # an hour later in real time
    assert due(now=before) == [in_ten]


def test_the_setting(company):
    assert reminders.reminder_minutes() == 15
    reminders.set_reminder_minutes(30)
    assert reminders.reminder_minutes() == 30
    reminders.set_reminder_minutes(0)
    assert reminders.reminder_minutes() == 0
    for bad in (-1, 24 * 60 + 1, "10", True):
        with pytest.raises(ValidationError) as error:
            reminders.set_reminder_minutes(bad)
        assert "reminder_minutes" in error.value.errors
    assert reminders.reminder_minutes() == 0
    act.set_setting("reminder_minutes", "soon")  # a hand-edited value: the default, not a crash
    assert reminders.reminder_minutes() == 15
