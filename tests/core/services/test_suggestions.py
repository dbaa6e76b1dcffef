"""Plan my week: the rules, one suggestion per client, filters, new rules, and scheduling into free time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, Client
from kamdesk.core.services import activity as act
from kamdesk.core.services import party
from kamdesk.core.services import suggestions as sug

BUD = ZoneInfo("Europe/Budapest")
MONDAY = dt.date(2026, 12, 7)
NOW = dt.datetime(2026, 12, 9, 10, 0, tzinfo=BUD)  # Wednesday of that week


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BUD)


@pytest.fixture
def anna(company):
    return company[1]


def client(name, *, key=False, status="active", manager="Kiss Anna", last=None, every=None, next_at=None):
    """A client whose last (and next) contact are as given (local aware times, or None)."""
    saved = party.save_client({"name": name, "status": status, "key_account": key, "manager": manager})
    # the dates activities would leave, without the activities; no service sets the contact rhythm yet
    (Client.update(last_contact_at=act.to_utc(last) if last else None,
                   next_contact_at=act.to_utc(next_at) if next_at else None, contact_every_days=every)
     .where(Client.id == saved.id).execute())
    return saved


def suggested(**kwargs) -> dict[str, str]:
    """{client name: reason} of the week's suggestions, in their order."""
    return {s.client_name: str(s.reason) for s in sug.suggestions_for_week(MONDAY, now=NOW, **kwargs)}


LATER = at(2027, 1, 11, 9)  # a next contact planned after the week


# ---------------------------------------------------------------- the rules

def test_overdue_key_accounts_and_other_clients(anna):
    client("Key Due Kft.", key=True, last=at(2026, 11, 30, 10), next_at=LATER)  # 9 days ago, due Dec 7
    client("Key Fresh Kft.", key=True, last=at(2026, 12, 8, 10), next_at=LATER)  # due Dec 15: next week
    client("Other Due Kft.", last=at(2026, 10, 30, 10))  # 40 days ago
    client("Other Fresh Kft.", last=at(2026, 11, 19, 10))  # 20 days ago, rhythm 30
    assert suggested() == {"Key Due Kft.": "Key account, last contact 9 days ago.",
                           "Other Due Kft.": "Last contact 40 days ago."}


def test_due_during_the_week_counts_not_only_overdue_today(anna):
    """Planning the week: a key account that falls due on Friday is suggested on Wednesday already."""
    client("Friday Kft.", key=True, last=at(2026, 12, 4, 10), next_at=LATER)  # due Dec 11
    assert suggested() == {"Friday Kft.": "Key account, last contact 5 days ago."}
    assert sug.suggestions_for_week(MONDAY - dt.timedelta(days=7), now=NOW - dt.timedelta(days=7)) == []


def test_never_contacted_clients(anna):
    client("Prospect Kft.", status="prospect")
    client("Key New Kft.", key=True, next_at=LATER)
    client("Inactive Kft.", status="inactive")
    client("Lost Kft.", status="lost")
    assert suggested() == {"Key New Kft.": "Key account, never contacted.", "Prospect Kft.": "Never contacted."}


def test_a_clients_own_rhythm_overrides_the_default(anna):
    client("Every Three Days Kft.", last=at(2026, 12, 3, 10), every=3)  # other clients: 30 days by default
    client("Every Sixty Days Kft.", key=True, last=at(2026, 11, 1, 10), every=60, next_at=LATER)
    client("Every Sixty Too Kft.", last=at(2026, 9, 1, 10), every=60)
    assert suggested() == {"Every Sixty Too Kft.": "Last contact 99 days ago.",
                           "Every Three Days Kft.": "Last contact 6 days ago."}


def test_clients_with_a_long_own_rhythm_do_not_crowd_out_the_due_ones(anna):
    """SQL lets clients with their own rhythm through; those not due must not use up the limit."""
    for i in range(5):
        client(f"Patient {i} Kft.", last=at(2026, 9, 1, 10), every=365)  # contacted long ago, sorts first
    client("Due A Kft.", last=at(2026, 10, 1, 10))
    client("Due B Kft.", last=at(2026, 10, 2, 10))
    assert list(suggested(limit=2)) == ["Due A Kft.", "Due B Kft."]
    assert list(suggested(limit=1)) == ["Due A Kft."]


def test_key_accounts_without_a_next_contact(anna):
    client("No Next Kft.", key=True, last=at(2026, 12, 8, 10))
    client("Has Next Kft.", key=True, last=at(2026, 12, 8, 10), next_at=LATER)
    client("Not Key Kft.", last=at(2026, 12, 8, 10))
    client("Prospect Key Kft.", key=True, status="prospect", last=at(2026, 12, 8, 10))
    assert suggested() == {"No Next Kft.": "Key account with no next contact planned."}
    [only] = sug.suggestions_for_week(MONDAY, now=NOW)
    assert only.reason.template == "Key account with no next contact planned." and only.kind == "call"


def test_reasons_are_translatable_messages(anna):
    client("Key Due Kft.", key=True, last=at(2026, 11, 30, 10))
    [suggestion] = sug.suggestions_for_week(MONDAY, now=NOW)
    assert isinstance(suggestion.reason, Message)
    assert (suggestion.reason.template, suggestion.reason.params) == (
        "Key account, last contact {days} days ago.", {"days": 9})


def test_one_suggestion_per_client_the_highest_priority_wins(anna):
    client("Key Both Kft.", key=True)  # never contacted and nothing planned: two rules name it
    suggestions = sug.suggestions_for_week(MONDAY, now=NOW)
    assert [(s.client_name, str(s.reason)) for s in suggestions] == [("Key Both Kft.", "Key account, never contacted.")]


def test_order_key_accounts_first_then_longer_overdue_then_name(anna):
    client("B Other Kft.", last=at(2026, 10, 1, 10))
    client("A Other Kft.", last=at(2026, 10, 1, 10))
    client("C Other Kft.", last=at(2026, 11, 1, 10))  # less overdue
    client("Z Key Kft.", key=True, last=at(2026, 11, 30, 10), next_at=LATER)
    client("Y Key No Next Kft.", key=True, last=at(2026, 12, 8, 10))
    names = list(suggested())
    assert names == ["Z Key Kft.", "Y Key No Next Kft.", "A Other Kft.", "B Other Kft.", "C Other Kft."]
    priorities = [s.priority for s in sug.suggestions_for_week(MONDAY, now=NOW)]
    assert priorities == sorted(priorities, reverse=True)
    assert list(suggested(limit=2)) == names[:2]


def test_only_the_owners_clients_when_asked(anna, peter):
    client("Anna Kft.", status="prospect")
    client("Peter Kft.", status="prospect", manager="Nagy Péter")
    client("Nobody Kft.", status="prospect", manager="")
    assert list(suggested(owner_id=anna.id)) == ["Anna Kft."]
    assert list(suggested(owner_id=peter.id)) == ["Peter Kft."]
    assert list(suggested()) == ["Anna Kft.", "Nobody Kft.", "Peter Kft."]


def test_archived_clients_are_never_suggested(anna):
    gone = client("Archived Kft.", status="prospect")
    party.archive_client(gone.id)
    assert suggested() == {}


def test_clients_with_something_planned_that_week_are_left_out(anna, monkeypatch):
    monkeypatch.setattr(act, "utc_now", lambda: dt.datetime(2026, 12, 7, 12))  # Monday of the week, after the visit
    called = client("Planned Call Kft.", key=True)
    tasked = client("Planned Task Kft.", key=True)
    next_week = client("Next Week Kft.", key=True)
    done = client("Done This Week Kft.", key=True)
    act.create_activity({"kind": "call", "client_id": called.id, "start": at(2026, 12, 11, 15)})
    act.create_activity({"kind": "task", "client_id": tasked.id, "start": dt.date(2026, 12, 13), "all_day": True})
    act.create_activity({"kind": "call", "client_id": next_week.id, "start": at(2026, 12, 14, 9)})
    visit = act.create_activity({"kind": "visit", "client_id": done.id, "start": at(2026, 12, 7, 9)})
    act.complete_activity(visit.id, "reached")
    # done this week is contacted, not planned: only its missing next contact is worth a word
    assert suggested() == {"Next Week Kft.": "Key account, never contacted.",
                           "Done This Week Kft.": "Key account with no next contact planned."}


def test_a_new_rule_is_one_decorated_function(anna):
    late = client("Late Payer Kft.", last=at(2026, 12, 8, 10))
    archived = client("Archived Payer Kft.", last=at(2026, 12, 8, 10))
    party.archive_client(archived.id)
    rules_before = list(sug.SUGGESTION_RULES)

    def late_payers(context):
        for row in (late, archived):  # a careless rule: the archived one must still be left out
            yield sug.Suggestion(row.id, row.name, Message("Invoice overdue."), kind="visit", priority=300)

    try:
        assert sug.suggestion_rule(late_payers) is late_payers
        sug.suggestion_rule(late_payers)  # registering twice runs it once
        assert sug.SUGGESTION_RULES == [*rules_before, late_payers]
        [suggestion] = sug.suggestions_for_week(MONDAY, now=NOW)
        assert (suggestion.client_name, str(suggestion.reason), suggestion.kind) == (
            "Late Payer Kft.", "Invoice overdue.", "visit")
    finally:
        sug.SUGGESTION_RULES.remove(late_payers)
    assert sug.SUGGESTION_RULES == rules_before
    assert suggested() == {}


def test_the_rules_see_the_week_and_now(anna):
    seen = []

    def spy(context):
        seen.append(context)
        return []

    sug.suggestion_rule(spy)
    try:
        sug.suggestions_for_week(dt.date(2026, 12, 10), owner_id=anna.id, now=NOW)  # a Thursday: its Monday
    finally:
        sug.SUGGESTION_RULES.remove(spy)
    [context] = seen
    assert (context.monday, context.owner_id, context.now) == (MONDAY, anna.id, NOW)
    assert context.now.tzinfo is not None


# ---------------------------------------------------------------- scheduling

def local_starts(activities) -> list[str]:
    return [act.to_local(a.starts_at, BUD).strftime("%a %H:%M") for a in activities]


@pytest.fixture
def three(anna):
    return [client(f"Client {i} Kft.", status="prospect") for i in range(3)]


def test_scheduling_fills_the_first_free_half_hours(anna, three):
    before_week = at(2026, 12, 4, 9)
    created = sug.schedule_suggestions(MONDAY, anna.id, [c.id for c in three], now=before_week)
    assert local_starts(created) == ["Mon 08:00", "Mon 08:30", "Mon 09:00"]
    assert [(a.kind, a.owner_id, a.duration_minutes, a.state) for a in created] == [("call", anna.id, 30, "planned")] * 3
    assert [a.client_id for a in created] == [c.id for c in three]
    assert Client.get_by_id(three[0].id).next_contact_at == created[0].starts_at  # the contact dates follow
    assert suggested() == {}  # planned now: no longer suggested


def test_scheduling_skips_the_past_and_busy_time(anna, three):
    act.create_activity({"kind": "visit", "client_id": three[0].id, "start": at(2026, 12, 9, 10, 30),
                         "duration_minutes": 90})  # Wednesday 10:30-12:00
    act.create_activity({"kind": "call", "client_id": three[0].id, "start": at(2026, 12, 9, 12, 15),
                         "duration_minutes": 10})  # 12:15-12:25 blocks the 12:00 and nothing after 12:30
    act.create_activity({"kind": "task", "client_id": three[0].id, "start": dt.date(2026, 12, 9), "all_day": True})
    cancelled = act.create_activity({"kind": "call", "client_id": three[0].id, "start": at(2026, 12, 9, 12, 30)})
    act.cancel_activity(cancelled.id)
    now = at(2026, 12, 9, 9, 40)  # Wednesday morning: 10:00 is the first slot not in the past
    created = sug.schedule_suggestions(MONDAY, anna.id, [c.id for c in three], duration_minutes=30, now=now)
    assert local_starts(created) == ["Wed 10:00", "Wed 12:30", "Wed 13:00"]


def test_other_managers_activities_do_not_block(anna, peter, three):
    for hour in range(8, 18):
        act.create_activity({"kind": "call", "client_id": three[0].id, "owner_id": peter.id,
                             "start": at(2026, 12, 7, hour), "duration_minutes": 60})
    created = sug.schedule_suggestions(MONDAY, anna.id, [three[1].id], now=at(2026, 12, 1, 9))
    assert local_starts(created) == ["Mon 08:00"]


def test_scheduling_respects_the_working_hours_setting_and_the_length(anna, three):
    act.set_working_hours(9, 11)
    created = sug.schedule_suggestions(MONDAY, anna.id, [c.id for c in three], kind="visit", duration_minutes=60,
                                       now=at(2026, 12, 1, 9))
    assert local_starts(created) == ["Mon 09:00", "Mon 10:00", "Tue 09:00"]
    assert {a.kind for a in created} == {"visit"}
    for activity in created:
        start = act.to_local(activity.starts_at, BUD)
        assert start.minute in (0, 30) and start.weekday() < 5
        assert 9 <= start.hour and start + dt.timedelta(minutes=60) <= start.replace(hour=11, minute=0)


def test_only_monday_to_friday(anna, three):
    act.set_working_hours(8, 9)  # two half-hour slots a day, ten in the week
    clients = three + [client(f"More {i} Kft.", status="prospect") for i in range(7)]
    created = sug.schedule_suggestions(MONDAY, anna.id, [c.id for c in clients], now=at(2026, 12, 1, 9))
    days = [a.split()[0] for a in local_starts(created)]
    assert days == ["Mon", "Mon", "Tue", "Tue", "Wed", "Wed", "Thu", "Thu", "Fri", "Fri"]


def test_all_or_nothing_when_the_week_is_too_full(anna, three):
    act.set_working_hours(16, 18)
    now = at(2026, 12, 11, 16, 50)  # Friday: only 17:00 and 17:30 are left
    with pytest.raises(ValidationError) as error:
        sug.schedule_suggestions(MONDAY, anna.id, [c.id for c in three], now=now)
    message = error.value.errors["schedule"]
    assert (message.template, message.params) == ("No free time left this week for {count} of the clients.",
                                                  {"count": 1})
    assert Activity.select().count() == 0
    created = sug.schedule_suggestions(MONDAY, anna.id, [c.id for c in three[:2]], now=now)
    assert local_starts(created) == ["Fri 17:00", "Fri 17:30"]


def test_a_past_week_has_no_free_time(anna, three):
    with pytest.raises(ValidationError):
        sug.schedule_suggestions(MONDAY, anna.id, [three[0].id], now=at(2026, 12, 14, 8))
    assert Activity.select().count() == 0


def test_a_bad_client_saves_nothing(anna, three):
    with pytest.raises(ValidationError):
        sug.schedule_suggestions(MONDAY, anna.id, [three[0].id, 999_999], now=at(2026, 12, 1, 9))
    assert Activity.select().count() == 0


def test_summer_time_week_keeps_local_hours(anna, three):
    """The week after the clocks change (2026-03-29): slots are still at 8:00 local."""
    created = sug.schedule_suggestions(dt.date(2026, 3, 30), anna.id, [three[0].id], now=at(2026, 3, 1, 9))
    assert local_starts(created) == ["Mon 08:00"]
    assert created[0].starts_at == dt.datetime(2026, 3, 30, 6, 0)  # UTC+2
