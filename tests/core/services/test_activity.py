"""Activities: validation, states, recurrence across summer time, series edits, contact dates."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.errors import ValidationError, WorkflowError
from kamdesk.core.models import Activity, Client
from kamdesk.core.services import activity as act
from kamdesk.core.services import party

BUD = ZoneInfo("Europe/Budapest")


@pytest.fixture
def client(company):
    return party.save_client({"name": "Kovács Kft.", "legal_postcode": "9021", "legal_city": "Győr",
                              "legal_street": "Fő utca 1."}, [{"name": "Kovács János"}])


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BUD)


def starts(views) -> list[str]:
    return [v.start.strftime("%Y-%m-%d %H:%M %z") for v in views]


def test_a_visit_is_planned_at_the_clients_address_and_stored_in_utc(client):
    visit = act.create_activity({"kind": "visit", "client_id": client.id, "start": at(2026, 12, 7, 9, 30),
                                 "duration_minutes": 90})
    assert visit.starts_at == dt.datetime(2026, 12, 7, 8, 30)  # UTC
    view = act.get_view(visit.id)
    assert view.location == "9021 Győr Fő utca 1."
    assert (view.start, view.end) == (at(2026, 12, 7, 9, 30), at(2026, 12, 7, 11, 0))
    assert view.client_name == "Kovács Kft." and view.owner_name == "Kiss Anna"


@pytest.mark.parametrize("values, field", [
    ({"kind": "visit", "start": at(2026, 12, 7, 9)}, "client"),
    ({"kind": "call", "client_id": "CLIENT", "start": at(2026, 12, 7, 9), "end": at(2026, 12, 7, 8)}, "end"),
    ({"kind": "call", "client_id": "CLIENT"}, "start"),
    ({"kind": "party", "client_id": "CLIENT", "start": at(2026, 12, 7, 9)}, "kind"),
])
def test_bad_input_names_the_field_and_saves_nothing(client, values, field):
    values = {k: client.id if v == "CLIENT" else v for k, v in values.items()}
    with pytest.raises(ValidationError) as error:
        act.create_activity(values)
    assert field in error.value.errors
    assert Activity.select().count() == 0


def test_an_internal_task_needs_no_client(company):
    task = act.create_activity({"kind": "task", "subject": "Prepare offers", "start": dt.date(2026, 12, 8),
                                "all_day": True})
    view = act.get_view(task.id)
    assert view.all_day and view.start == at(2026, 12, 8, 0, 0) and view.client_id is None


def test_weekly_series_keeps_local_time_across_summer_time(client):
    first = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 3, 16, 9)},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=4))
    views = act.activities_between(dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    assert starts(views) == ["2026-03-16 09:00 +0100", "2026-03-23 09:00 +0100",
                             "2026-03-30 09:00 +0200", "2026-04-06 09:00 +0200"]
    assert {v.series_id for v in views} == {first.series_id}
    autumn = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 10, 19, 9)},
                                 recurrence=act.Recurrence("weekly", weekdays=(0,), count=2))
    stored = [a.starts_at.hour for a in Activity.select().where(Activity.series == autumn.series_id)
              .order_by(Activity.starts_at)]
    assert stored == [7, 8]  # 09:00 CEST, then 09:00 CET, in UTC


def test_every_second_week_and_first_tuesday_of_the_month(client):
    act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)},
                        recurrence=act.Recurrence("weekly", interval=2, weekdays=(0,), until=dt.date(2027, 1, 18)))
    act.create_activity({"kind": "visit", "client_id": client.id, "start": at(2026, 12, 1, 10)},
                        recurrence=act.Recurrence("monthly", weekdays=(1,), month_week=1, count=3))
    views = act.activities_between(dt.date(2026, 12, 1), dt.date(2027, 3, 31))
    assert [v.start.date().isoformat() for v in views if v.kind == "call"] == [
        "2026-12-07", "2026-12-21", "2027-01-04", "2027-01-18"]
    assert [v.start.date().isoformat() for v in views if v.kind == "visit"] == [
        "2026-12-01", "2027-01-05", "2027-02-02"]


def test_a_series_without_an_end_is_refused(client):
    with pytest.raises(ValidationError) as error:
        act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)},
                            recurrence=act.Recurrence("weekly", weekdays=(0,)))
    assert "needs an end" in error.value.errors["recurrence"]
    assert Activity.select().count() == 0


def test_rule_text_round_trips():
    rule = act.Recurrence("monthly", interval=2, weekdays=(1,), month_week=-1, until=dt.date(2027, 6, 30))
    assert rule.rule() == "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1TU;UNTIL=20270630T235959"
    assert act.Recurrence.from_rule(rule.rule()) == rule


def test_one_occurrence_or_the_whole_series(client):
    first = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=3))
    second = Activity.get((Activity.series == first.series_id) & (Activity.id != first.id))
    act.move_activity(second.id, at(2026, 12, 15, 11))  # only this one, to Tuesday
    assert starts(act.activities_between(dt.date(2026, 12, 1), dt.date(2026, 12, 31))) == [
        "2026-12-07 09:00 +0100", "2026-12-15 11:00 +0100", "2026-12-21 09:00 +0100"]
    act.move_activity(first.id, at(2026, 12, 7, 14), scope="series")  # all at 14:00
    assert starts(act.activities_between(dt.date(2026, 12, 1), dt.date(2026, 12, 31))) == [
        "2026-12-07 14:00 +0100", "2026-12-15 11:00 +0100", "2026-12-21 14:00 +0100"]


def test_complete_with_next_step_creates_the_follow_up(client):
    call = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 11, 2, 9)})
    done, follow_up = act.complete_activity(call.id, "reached", "Wants an offer",
                                            {"kind": "visit", "start": at(2099, 12, 10, 10), "subject": "Offer"})
    assert (done.state, done.result, done.outcome) == ("done", "reached", "Wants an offer")
    assert follow_up.follow_up_of_id == call.id and follow_up.client_id == client.id
    assert follow_up.location == "9021 Győr Fő utca 1."
    saved = Client.get_by_id(client.id)
    assert saved.last_contact_at == dt.datetime(2026, 11, 2, 8, 0)
    assert saved.next_contact_at == dt.datetime(2099, 12, 10, 9, 0)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def test_an_activity_still_to_come_is_completed_only_when_recorded_now(client):
    later = dt.datetime.now(BUD).replace(second=0, microsecond=0) + dt.timedelta(days=3)
    visit = act.create_activity({"kind": "visit", "client_id": client.id, "start": later, "duration_minutes": 90})
    with pytest.raises(WorkflowError) as refused:
        act.complete_activity(visit.id, "reached")
    assert f"planned for {later:%Y-%m-%d %H:%M}" in str(refused.value)
    assert Activity.get_by_id(visit.id).state == "planned"
    assert Client.get_by_id(client.id).last_contact_at is None
    before = utc_now().replace(second=0, microsecond=0)
    done, _ = act.complete_activity(visit.id, "reached", "Came early", record_now=True)
    after = utc_now()
    saved = Activity.get_by_id(visit.id)
    assert saved.state == "done" and before <= saved.starts_at <= after  # moved to now
    assert saved.duration_minutes == 90
    assert before <= Client.get_by_id(client.id).last_contact_at <= after


def test_an_all_day_activity_still_to_come_is_recorded_today(client):
    today = dt.datetime.now(act.local_zone()).date()
    task = act.create_activity({"kind": "task", "client_id": client.id, "start": today + dt.timedelta(days=5),
                                "all_day": True})
    with pytest.raises(WorkflowError):
        act.complete_activity(task.id, "reached")
    act.complete_activity(task.id, "reached", record_now=True)
    assert act.get_view(task.id).start.date() == today


def test_the_last_contact_never_lies_ahead(client):
    """A done activity dated later (recorded so before this was checked) counts as a contact now."""
    call = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 11, 2, 9)})
    act.complete_activity(call.id, "reached")
    # backdated the other way: the services refuse to record a done call ahead of now
    Activity.update(starts_at=utc_now() + dt.timedelta(days=30)).where(Activity.id == call.id).execute()
    act.refresh_contact_dates([client.id])
    assert Client.get_by_id(client.id).last_contact_at <= utc_now()


def test_a_bad_next_step_saves_nothing(client):
    call = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 11, 2, 9)})
    with pytest.raises(ValidationError):
        act.complete_activity(call.id, "reached", "", {"kind": "visit", "start": None})
    assert Activity.get_by_id(call.id).state == "planned"
    assert Activity.select().count() == 1


def test_illegal_moves_are_refused(client):
    call = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)})
    act.cancel_activity(call.id)
    with pytest.raises(WorkflowError):
        act.complete_activity(call.id, "reached")
    with pytest.raises(WorkflowError):
        act.cancel_activity(call.id)
    with pytest.raises(WorkflowError):
        act.move_activity(call.id, at(2026, 12, 8, 9))


def test_cancel_the_rest_of_a_series(client):
    first = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=4))
    second = Activity.select().where(Activity.series == first.series_id).order_by(Activity.starts_at)[1]
    assert act.cancel_activity(second.id, scope="series") == 3
    assert [v.start.day for v in act.activities_between(dt.date(2026, 12, 1), dt.date(2027, 1, 31))] == [7]


def test_agenda_lists_today_and_the_overdue(client):
    act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 11, 20, 9)})  # overdue
    done = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 11, 21, 9)})
    act.complete_activity(done.id, "reached")
    act.create_activity({"kind": "visit", "client_id": client.id, "start": at(2026, 11, 29, 15)})
    today, overdue = act.agenda(dt.date(2026, 11, 29))
    assert [v.kind for v in today] == ["visit"]
    assert [v.start.day for v in overdue] == [20] and overdue[0].overdue


def test_client_with_activities_cannot_be_deleted(client):
    from kamdesk.core.errors import IntegrityError

    act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)})
    with pytest.raises(IntegrityError):
        party.delete_client(client.id)


def test_iso_weeks():
    assert act.parse_iso_week("2026-W49") == dt.date(2026, 11, 30)
    assert act.week_start(dt.date(2026, 12, 6)) == dt.date(2026, 11, 30)
    with pytest.raises(ValidationError):
        act.parse_iso_week("week 49")


def test_time_zone_and_working_hours_settings(company):
    act.set_time_zone("Europe/Moscow")
    assert act.local_zone().key == "Europe/Moscow"
    with pytest.raises(ValidationError):
        act.set_time_zone("Mars/Olympus")
    assert act.local_zone().key == "Europe/Moscow"
    act.set_working_hours(7, 16)
    assert act.working_hours() == (7, 16)
    with pytest.raises(ValidationError):
        act.set_working_hours(18, 8)
    assert act.working_hours() == (7, 16)


def test_moving_the_series_keeps_done_occurrences_in_their_place(client):
    first = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=3))
    # done in its place, whatever the clock: complete_activity would refuse or move a call ahead of now
    Activity.update(state="done", detached=True).where(Activity.id == first.id).execute()
    second = Activity.select().where(Activity.series == first.series_id).order_by(Activity.starts_at)[1]
    moved = act.move_activity(second.id, at(2026, 12, 15, 10), scope="series")  # Mondays -> Tuesdays at 10
    views = act.activities_between(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert [(v.start.strftime("%a %d %H:%M"), v.state) for v in views] == [
        ("Mon 07 09:00", "done"), ("Tue 15 10:00", "planned"), ("Tue 22 10:00", "planned")]
    assert act.get_view(moved.id).start == at(2026, 12, 15, 10)
    done = Activity.get_by_id(first.id)
    assert done.recurrence_id == act.to_utc(at(2026, 12, 8, 10))  # its place in the moved rule


def test_timeline_shows_the_next_planned_and_the_history_however_long_the_series(client):
    past = act.create_activity({"kind": "visit", "client_id": client.id, "start": at(2026, 11, 2, 10)})
    act.complete_activity(past.id, "reached", "Ordered")
    act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)},
                        recurrence=act.Recurrence("weekly", weekdays=(0,), count=30))
    timeline = act.client_timeline(client.id, limit=10)
    assert timeline[0].start == at(2026, 12, 7, 9)  # the next contact first
    assert [v.state for v in timeline].count("planned") == 10
    assert timeline[-1].id == past.id and timeline[-1].outcome == "Ordered"


def test_the_hour_the_clocks_go_back_sorts_by_real_time(client):
    first = act.create_activity({"kind": "call", "client_id": client.id, "start": dt.datetime(
        2026, 10, 25, 2, 50, tzinfo=BUD)})  # 02:50 CEST = 00:50 UTC
    second = act.create_activity({"kind": "call", "client_id": client.id, "start": dt.datetime(
        2026, 10, 25, 2, 10, fold=1, tzinfo=BUD)})  # 02:10 CET = 01:10 UTC, later although it reads earlier
    assert [v.id for v in act.activities_between(dt.date(2026, 10, 25), dt.date(2026, 10, 25))] == [
        first.id, second.id]


def test_a_single_activity_can_start_repeating(client):
    call = act.create_activity({"kind": "call", "client_id": client.id, "start": at(2026, 12, 7, 9)})
    updated = act.update_activity(call.id, {"subject": "Weekly check"},
                                  recurrence=act.Recurrence("weekly", weekdays=(0,), count=3))
    assert updated.id == call.id and updated.series_id is not None
    views = act.activities_between(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert [(v.start.day, v.subject, v.series_id) for v in views] == [
        (7, "Weekly check", updated.series_id), (14, "Weekly check", updated.series_id),
        (21, "Weekly check", updated.series_id)]
    assert views[0].id == call.id  # the same activity (its uid, its history) leads the series
