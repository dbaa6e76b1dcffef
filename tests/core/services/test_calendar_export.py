"""The .ics export, read back by two independent parsers (icalendar and vobject)."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from dateutil.rrule import rruleset, rrulestr

from kamdesk.core.errors import ValidationError
from kamdesk.core.models import Activity
from kamdesk.core.services import activity as act
from kamdesk.core.services import party
from kamdesk.core.services.calendar_export import PRODID, export_calendar, export_rule

BUD = ZoneInfo("Europe/Budapest")
UTC = dt.UTC


@pytest.fixture
def clients(company):
    names = ["Őrségi Pékáru Kft.", "ООО Иван Трейд", "Čokoládovna Třebíč s.r.o.", "Łódzkie Młyny Sp. z o.o."]
    return [party.save_client({"name": name, "legal_postcode": "9021", "legal_city": "Győr",
                               "legal_street": "Fő utca 1."}) for name in names]


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BUD)


def plan(client, start, **values):
    return act.create_activity({"kind": "call", "client_id": client.id, "start": start, **values})


def read_icalendar(path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["PRODID"]) == PRODID and str(calendar["VERSION"]) == "2.0"
    return list(calendar.walk("VEVENT"))


def read_vobject(path) -> list:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return list(getattr(calendar, "vevent_list", []))


def by_summary(events, text):
    return next(e for e in events if text in str(e["SUMMARY"]))


def test_both_parsers_read_the_same_events_with_the_names_intact(clients, tmp_path, monkeypatch):
    monkeypatch.setattr(act, "utc_now", lambda: dt.datetime(2026, 12, 20))  # the week is over: done is done
    orseg, ivan, cokolada, lodz = clients
    plan(orseg, at(2026, 12, 7, 9), subject="Karácsonyi rendelés", duration_minutes=45)
    plan(ivan, at(2026, 12, 8, 10), subject="Звонок по контракту")
    act.create_activity({"kind": "visit", "client_id": cokolada.id, "start": dt.date(2026, 12, 9), "all_day": True,
                         "subject": "Veletrh Brno"})
    act.create_activity({"kind": "task", "start": at(2026, 12, 10, 14)})  # no client, no subject
    meeting = plan(lodz, at(2026, 12, 11, 11), kind="meeting", subject="Spotkanie")
    act.complete_activity(meeting.id, "reached", "Zamówienie w styczniu — ő ű č ł Ж")
    act.cancel_activity(plan(orseg, at(2026, 12, 11, 15), subject="Elmarad").id)
    plan(orseg, at(2027, 1, 20, 9), subject="Outside the range")
    path = tmp_path / "week.ics"

    count = export_calendar(path, dt.date(2026, 12, 7), dt.date(2026, 12, 13))

    ours, theirs = read_icalendar(path), read_vobject(path)
    assert count == len(ours) == len(theirs) == 6
    assert sorted(str(e["UID"]) for e in ours) == sorted(e.uid.value for e in theirs)
    summaries = {str(e["SUMMARY"]) for e in ours}
    assert summaries == {e.summary.value for e in theirs} == {
        "Őrségi Pékáru Kft. — Karácsonyi rendelés", "ООО Иван Трейд — Звонок по контракту",
        "Čokoládovna Třebíč s.r.o. — Veletrh Brno", "Task", "Łódzkie Młyny Sp. z o.o. — Spotkanie",
        "Őrségi Pékáru Kft. — Elmarad"}
    done = by_summary(ours, "Spotkanie")
    assert str(done["STATUS"]) == "CONFIRMED" and str(done["X-KAMDESK-STATE"]) == "done"
    assert str(done["DESCRIPTION"]) == "Zamówienie w styczniu — ő ű č ł Ж"
    assert next(e for e in theirs if "Spotkanie" in e.summary.value).description.value == str(done["DESCRIPTION"])
    assert done["CATEGORIES"].cats == ["meeting"]
    assert str(by_summary(ours, "Elmarad")["STATUS"]) == "CANCELLED"
    visit = by_summary(ours, "Veletrh")
    assert visit["DTSTART"].dt == dt.date(2026, 12, 9) and visit["DTEND"].dt == dt.date(2026, 12, 10)
    assert visit["DTSTART"].params["VALUE"] == "DATE"
    assert str(visit["LOCATION"]) == "9021 Győr Fő utca 1."
    assert b"BEGIN:VTIMEZONE" in path.read_bytes() and b"TZID:Europe/Budapest" in path.read_bytes()


@pytest.mark.parametrize("start, utc_hour", [(at(2026, 7, 15, 10), 8), (at(2026, 12, 15, 10), 9)])
def test_times_are_right_in_utc_in_summer_and_winter(clients, tmp_path, start, utc_hour):
    plan(clients[0], start, duration_minutes=90)
    path = tmp_path / "out.ics"
    export_calendar(path, start.date(), start.date())
    (ours,), (theirs,) = read_icalendar(path), read_vobject(path)
    expected = dt.datetime(start.year, start.month, start.day, utc_hour, tzinfo=UTC)
    assert ours["DTSTART"].params["TZID"] == "Europe/Budapest"
    assert ours["DTSTART"].dt.astimezone(UTC) == expected
    assert theirs.dtstart.value.astimezone(UTC) == expected  # vobject reads the VTIMEZONE, not the IANA name
    assert ours["DTEND"].dt.astimezone(UTC) == theirs.dtend.value.astimezone(UTC) == expected + dt.timedelta(minutes=90)


def test_uids_are_stable_and_a_move_raises_the_sequence(clients, tmp_path, monkeypatch):
    call = plan(clients[0], at(2026, 12, 7, 9))
    plan(clients[1], at(2026, 12, 8, 9))
    act.create_activity({"kind": "call", "client_id": clients[2].id, "start": at(2026, 12, 7, 11)},
                        recurrence=act.Recurrence("weekly", weekdays=(0,), count=3))
    first, second, third = tmp_path / "1.ics", tmp_path / "2.ics", tmp_path / "3.ics"
    export_calendar(first, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    export_calendar(second, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    uids = [str(e["UID"]) for e in read_icalendar(first)]
    assert uids == [str(e["UID"]) for e in read_icalendar(second)]
    assert len(set(uids)) == 3 and call.uid in uids

    later = act.utc_now() + dt.timedelta(hours=2)
    monkeypatch.setattr(act, "utc_now", lambda: later)
    act.move_activity(call.id, at(2026, 12, 9, 15))
    export_calendar(third, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    before = {str(e["UID"]): e for e in read_icalendar(first)}
    after = {str(e["UID"]): e for e in read_icalendar(third)}
    assert set(after) == set(before)
    assert after[call.uid]["DTSTART"].dt == at(2026, 12, 9, 15)
    assert int(after[call.uid]["SEQUENCE"]) > int(before[call.uid]["SEQUENCE"])
    assert {e.uid.value: int(e.sequence.value) for e in read_vobject(third)}[call.uid] == int(after[call.uid]["SEQUENCE"])


def expanded_with_icalendar(events) -> list[dt.datetime]:
    """The starts a calendar program shows: RRULE + RDATE - EXDATE, overrides moved by RECURRENCE-ID."""
    master = next(e for e in events if "RECURRENCE-ID" not in e)
    start = master["DTSTART"].dt
    rules = rruleset()
    rules.rrule(rrulestr(master["RRULE"].to_ical().decode(), dtstart=start))
    for name, add in (("EXDATE", rules.exdate), ("RDATE", rules.rdate)):
        values = master.get(name, [])
        for prop in values if isinstance(values, list) else [values]:
            for moment in prop.dts:
                add(moment.dt)
    overrides = {e["RECURRENCE-ID"].dt: e["DTSTART"].dt for e in events if "RECURRENCE-ID" in e}
    return sorted(overrides.get(moment, moment) for moment in rules)


def expanded_with_vobject(events) -> list[dt.datetime]:
    master = next(e for e in events if not hasattr(e, "recurrence_id"))
    overrides = {e.recurrence_id.value: e.dtstart.value for e in events if hasattr(e, "recurrence_id")}
    return sorted(overrides.get(moment, moment) for moment in master.getrruleset(addRDate=True))


def stored_starts(series_id) -> list[dt.datetime]:
    views = act.activities_between(dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    return sorted(v.start for v in views if v.series_id == series_id)


def wall(moments) -> list[str]:
    return [m.astimezone(BUD).strftime("%Y-%m-%d %H:%M %z") for m in moments]


def test_a_recurring_series_round_trips_across_summer_time(clients, tmp_path):
    first = act.create_activity({"kind": "call", "client_id": clients[0].id, "start": at(2026, 3, 9, 9),
                                 "subject": "Heti egyeztetés"},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=6))
    occurrences = list(Activity.select().where(Activity.series == first.series_id).order_by(Activity.starts_at))
    act.cancel_activity(occurrences[1].id)  # 16 March: EXDATE
    act.move_activity(occurrences[3].id, at(2026, 4, 1, 14))  # 30 March, the first summer Monday, to Wednesday 14:00
    act.complete_activity(occurrences[4].id, "reached", "Rendel")  # 6 April: done
    path = tmp_path / "series.ics"

    count = export_calendar(path, dt.date(2026, 3, 23), dt.date(2026, 3, 29))  # one occurrence in range

    ours, theirs = read_icalendar(path), read_vobject(path)
    assert count == len(ours) == len(theirs) == 3  # master + moved + done
    assert {str(e["UID"]) for e in ours} == {e.uid.value for e in theirs} == {first.series.uid}
    master = next(e for e in ours if "RECURRENCE-ID" not in e)
    assert master["DTSTART"].dt == at(2026, 3, 9, 9) and master["RRULE"]["COUNT"] == [6]
    expected = stored_starts(first.series_id)
    assert wall(expected) == ["2026-03-09 09:00 +0100", "2026-03-23 09:00 +0100", "2026-04-01 14:00 +0200",
                              "2026-04-06 09:00 +0200", "2026-04-13 09:00 +0200"]
    assert wall(expanded_with_icalendar(ours)) == wall(expected)
    assert wall(expanded_with_vobject(theirs)) == wall(expected)
    assert [m.astimezone(UTC).hour for m in expanded_with_vobject(theirs)] == [8, 8, 12, 7, 7]
    done = next(e for e in ours if str(e.get("X-KAMDESK-STATE")) == "done")
    assert done["RECURRENCE-ID"].dt == at(2026, 4, 6, 9) and str(done["DESCRIPTION"]) == "Rendel"


def test_a_series_until_a_date_and_an_all_day_series(clients, tmp_path):
    weekly = act.create_activity({"kind": "visit", "client_id": clients[1].id, "start": at(2026, 10, 12, 10)},
                                 recurrence=act.Recurrence("weekly", interval=2, weekdays=(0,),
                                                           until=dt.date(2026, 11, 23)))
    daily = act.create_activity({"kind": "task", "subject": "Készletellenőrzés", "start": dt.date(2026, 10, 24),
                                 "all_day": True}, recurrence=act.Recurrence("daily", count=4))
    path = tmp_path / "until.ics"
    export_calendar(path, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    ours, theirs = read_icalendar(path), read_vobject(path)
    assert len(ours) == len(theirs) == 2
    for series in (weekly, daily):
        mine = [e for e in ours if str(e["UID"]) == series.series.uid]
        other = [e for e in theirs if e.uid.value == series.series.uid]
        expected = stored_starts(series.series_id)
        if series is daily:
            assert mine[0]["DTSTART"].dt == dt.date(2026, 10, 24)
            assert [m.isoformat() for m in expanded_with_vobject(other)] == [
                "2026-10-24T00:00:00", "2026-10-25T00:00:00", "2026-10-26T00:00:00", "2026-10-27T00:00:00"]
            assert [v.date() for v in expected] == [m.date() for m in expanded_with_vobject(other)]
        else:
            assert wall(expanded_with_icalendar(mine)) == wall(expanded_with_vobject(other)) == wall(expected)
            assert wall(expected)[-1] == "2026-11-23 10:00 +0100"  # the UNTIL day itself, after summer time
    assert "UNTIL=20261123T225959Z" in path.read_text(encoding="utf-8")


def test_a_series_changed_after_a_done_occurrence_keeps_it(clients, tmp_path, monkeypatch):
    monkeypatch.setattr(act, "utc_now", lambda: dt.datetime(2026, 12, 7, 10))  # after the first call
    first = act.create_activity({"kind": "call", "client_id": clients[0].id, "start": at(2026, 12, 7, 9)},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=3))
    act.complete_activity(first.id, "reached")
    second = Activity.get((Activity.series == first.series_id) & (Activity.state == "planned"))
    act.move_activity(second.id, at(2026, 12, 15, 9), scope="series")  # the series moves to Tuesdays
    path = tmp_path / "changed.ics"
    export_calendar(path, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    expected = stored_starts(first.series_id)
    assert at(2026, 12, 7, 9) in expected  # the done Monday stays
    assert wall(expanded_with_icalendar(read_icalendar(path))) == wall(expected)
    assert wall(expanded_with_vobject(read_vobject(path))) == wall(expected)


def test_a_series_wholly_outside_the_range_is_left_out(clients, tmp_path):
    act.create_activity({"kind": "call", "client_id": clients[0].id, "start": at(2027, 1, 4, 9)},
                        recurrence=act.Recurrence("weekly", weekdays=(0,), count=3))
    assert export_calendar(tmp_path / "empty.ics", dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == 0
    assert read_vobject(tmp_path / "empty.ics") == []


def test_the_filter_chooses_kinds(clients, tmp_path):
    plan(clients[0], at(2026, 12, 7, 9))
    plan(clients[0], at(2026, 12, 7, 11), kind="visit")
    count = export_calendar(tmp_path / "visits.ics", dt.date(2026, 12, 7), dt.date(2026, 12, 7),
                            act.ActivityFilter(kinds=("visit",)))
    assert count == 1 and read_icalendar(tmp_path / "visits.ics")[0]["CATEGORIES"].cats == ["visit"]


def test_an_end_before_the_start_is_refused_and_writes_nothing(company, tmp_path):
    with pytest.raises(ValidationError) as error:
        export_calendar(tmp_path / "x.ics", dt.date(2026, 12, 8), dt.date(2026, 12, 7))
    assert "before the first day" in error.value.message
    assert not (tmp_path / "x.ics").exists()


def test_the_rule_gets_a_utc_until_beside_a_zoned_start():
    assert export_rule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260705T235959", BUD, False) == \
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260705T215959Z"
    assert export_rule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261220T235959", BUD, False) == \
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261220T225959Z"
    assert export_rule("FREQ=DAILY;UNTIL=20261220T235959", BUD, True) == "FREQ=DAILY;UNTIL=20261220"
    assert export_rule("FREQ=DAILY;COUNT=3", BUD, False) == "FREQ=DAILY;COUNT=3"


def test_another_desk_zone_is_written_with_its_own_vtimezone(clients, tmp_path):
    act.set_time_zone("America/New_York")
    plan(clients[0], dt.datetime(2026, 3, 10, 9, tzinfo=ZoneInfo("America/New_York")))  # after the US change
    act.create_activity({"kind": "call", "client_id": clients[1].id,
                         "start": dt.datetime(2026, 3, 10, 11, tzinfo=ZoneInfo("America/New_York"))},
                        recurrence=act.Recurrence("daily", count=2))
    path = tmp_path / "ny.ics"
    export_calendar(path, dt.date(2026, 3, 10), dt.date(2026, 3, 10))
    ours, theirs = read_icalendar(path), read_vobject(path)
    assert {e["DTSTART"].params["TZID"] for e in ours} == {"America/New_York"}
    assert sorted(e.dtstart.value.astimezone(UTC).hour for e in theirs) == [13, 15]  # EDT is UTC-4
