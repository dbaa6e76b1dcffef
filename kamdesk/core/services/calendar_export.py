"""The calendar as an iCalendar file (RFC 5545) that any calendar program imports.

Every activity keeps its stable UID, so importing a newer export updates the
events instead of doubling them; SEQUENCE grows with each change (seconds
from the activity's creation to its last change) so the importer knows which
copy is newer. Times carry their zone (TZID, with a VTIMEZONE built from the
IANA zone); all-day activities are dates.

A recurring series is one event: the master with the series' UID, its first
start and its RRULE, EXDATEs for the occurrences that were cancelled (or that
the rule gives but the desk does not hold), and an override with the same UID
and a RECURRENCE-ID for each occurrence that was changed on its own or is
done. An occurrence kept from before the rule was changed, which the rule no
longer gives, is added back with an RDATE and an override. The whole series
is written when any of its occurrences falls in the chosen days.

STATUS is CONFIRMED or CANCELLED (COMPLETED belongs to to-dos); the desk's
own state is in X-KAMDESK-STATE and the kind in CATEGORIES.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

from kamdesk.core.documents.week_layout import KIND_LABELS
from kamdesk.core.errors import ValidationError
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, ActivitySeries, Client, Contact
from kamdesk.core.models.base import utc_now
from kamdesk.core.services.activity import (
    ActivityFilter,
    ActivityView,
    activities_between,
    occurrence_starts,
    to_utc,
)

PRODID = "-//kamdesk//kamdesk//EN"
MAX_DAYS = 5 * 366


def export_calendar(path: str | Path, first_day: dt.date, last_day: dt.date, flt: ActivityFilter | None = None,
                    kind_labels: Mapping[str, str] | None = None) -> int:
    """Write the activities of the local days `first_day` .. `last_day` to an .ics file; how many VEVENTs.

    Cancelled activities are written too (STATUS:CANCELLED, or an EXDATE of
    their series), so that an importer that holds them from an earlier
    export cancels them. `kind_labels` name the kinds in summaries of
    activities without a subject (English by default).
    """
    if first_day > last_day:
        raise ValidationError({"to": Message("The last day ({last}) is before the first day ({first}).",
                                             first=first_day.isoformat(), last=last_day.isoformat())})
    if (last_day - first_day).days > MAX_DAYS:
        raise ValidationError({"to": Message("Export at most five years at a time.")})
    calendar = build_calendar(first_day, last_day, flt, kind_labels)
    write_atomically(Path(path), calendar.to_ical())
    return len(calendar.walk("VEVENT"))


def build_calendar(first_day: dt.date, last_day: dt.date, flt: ActivityFilter | None = None,
                   kind_labels: Mapping[str, str] | None = None) -> Calendar:
    labels = {**KIND_LABELS, **(kind_labels or {})}
    stamp = utc_now().replace(tzinfo=dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    views = activities_between(first_day, last_day, flt, include_cancelled=True)
    singles = [view for view in views if view.series_id is None]
    times = _change_times([view.id for view in singles])
    for view in singles:
        calendar.add_component(_single_event(view, *times[view.id], labels, stamp))
    series_ids = list(dict.fromkeys(view.series_id for view in views if view.series_id is not None))
    years = [moment.year for view in views for moment in (view.start, view.end)]
    for series_id in series_ids:
        for event in _series_events(series_id, labels, stamp, years):
            calendar.add_component(event)
    if years:  # VTIMEZONEs that cover every instance, from a year before the first to a year after the last
        calendar.add_missing_timezones(first_date=dt.date(min(years) - 1, 1, 1),
                                       last_date=dt.date(max(years) + 2, 1, 1))
    return calendar


# ---------------------------------------------------------------- one activity

def _single_event(view: ActivityView, created: dt.datetime, updated: dt.datetime, labels: Mapping[str, str],
                  stamp: dt.datetime) -> Event:
    event = _event(view.uid, stamp, created, updated, _sequence(created, updated))
    _describe(event, view.kind, view.state, view.client_name, view.contact_name, view.subject, view.location,
              view.outcome, labels)
    _add_times(event, view.start, view.end, view.all_day)
    return event


def _change_times(ids: list[int]) -> dict[int, tuple[dt.datetime, dt.datetime]]:
    """id -> (created_at, updated_at) of the activities, a chunk of ids per query."""
    times = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = Activity.select(Activity.id, Activity.created_at, Activity.updated_at).where(Activity.id.in_(chunk))
        times.update({row_id: (created, updated) for row_id, created, updated in query.tuples()})
    return times


def _event(uid: str, stamp: dt.datetime, created: dt.datetime, modified: dt.datetime, sequence: int) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("created", created.replace(tzinfo=dt.UTC))
    event.add("last-modified", modified.replace(tzinfo=dt.UTC))
    event.add("sequence", sequence)
    return event


def _describe(event: Event, kind: str, state: str, client_name: str, contact_name: str, subject: str,
              location: str, outcome: str, labels: Mapping[str, str]) -> None:
    event.add("summary", summary(client_name, subject, labels.get(kind, kind)))
    if location:
        event.add("location", location)
    lines = []
    if contact_name:
        lines.append(Message("Contact: {name}", name=contact_name))
    if state == "done" and outcome:
        lines.append(outcome)
    if lines:
        event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if state == "cancelled" else "CONFIRMED")
    event.add("categories", [kind])
    event.add("x-kamdesk-state", state)


def summary(client_name: str, subject: str, kind_label: str) -> str:
    """ "Client — subject"; the kind stands in for a missing subject, and alone without a client."""
    what = subject or kind_label
    return f"{client_name} — {what}" if client_name else what


def _add_times(event: Event, start: dt.datetime, end: dt.datetime, all_day: bool) -> None:
    if all_day:
        event.add("dtstart", start.date())
        event.add("dtend", max(end.date(), start.date() + dt.timedelta(days=1)))
    else:
        event.add("dtstart", start)
        event.add("dtend", end)


def _sequence(created: dt.datetime, changed: dt.datetime) -> int:
    """Grows with every change: whole seconds from creation to the last change."""
    return max(0, int((changed - created).total_seconds()))


# ---------------------------------------------------------------- a series

def _series_events(series_id: int, labels: Mapping[str, str], stamp: dt.datetime, years: list[int]) -> list[Event]:
    """The master and its overrides; `years` gains the years the series' instances reach."""
    series = ActivitySeries.get_by_id(series_id)
    zone = ZoneInfo(series.time_zone)
    occurrences = list(Activity.select().where(Activity.series == series).order_by(Activity.starts_at))
    names = _names([series, *occurrences])
    # rule instance key: naive UTC for timed series, the local date at midnight for all-day ones (as stored)
    instances = {}
    for local in occurrence_starts(series.rule, series.dtstart, zone):
        instances[local.replace(tzinfo=None) if series.all_day else to_utc(local)] = local
    years.extend(moment.year for moment in (series.dtstart, *instances.values(),
                                            *(o.starts_at for o in occurrences)))
    held = {o.recurrence_id: o for o in occurrences if o.recurrence_id is not None}
    latest = max([series.created_at, *(o.updated_at for o in occurrences), *(o.created_at for o in occurrences)])

    master = _event(series.uid, stamp, series.created_at, latest, _sequence(series.created_at, latest))
    client_name, contact_name = names.get(("client", series.client_id), ""), names.get(("contact", series.contact_id), "")
    _describe(master, series.kind, "planned", client_name, contact_name, series.subject, series.location, "", labels)
    first = dt.datetime.combine(series.dtstart.date(), series.dtstart.time(), zone)
    _add_times(master, first, first + dt.timedelta(minutes=series.duration_minutes), series.all_day)
    master.add("rrule", vRecur.from_ical(export_rule(series.rule, zone, series.all_day)))

    exdates, rdates, overrides = [], [], []
    for key, local in instances.items():
        occurrence = held.get(key)
        if occurrence is None or occurrence.state == "cancelled":
            exdates.append(_instance_value(local, series.all_day))
    for occurrence in occurrences:
        key = occurrence.recurrence_id
        if key not in instances:
            if occurrence.state == "cancelled" or key is None:
                continue
            rdates.append(_instance_value(_instance_local(key, series.all_day, zone), series.all_day))
        elif occurrence.state == "cancelled" or not _changed(occurrence, key):
            continue
        overrides.append(_override(occurrence, series, zone, names, labels, stamp))
    if exdates:
        master.add("exdate", exdates)
    if rdates:
        master.add("rdate", rdates)
    return [master, *overrides]


def _changed(occurrence: Activity, key: dt.datetime) -> bool:
    """Whether the occurrence differs from what the series gives on its day."""
    return occurrence.detached or occurrence.state == "done" or occurrence.starts_at != key


def _override(occurrence: Activity, series: ActivitySeries, zone: ZoneInfo, names: dict,
              labels: Mapping[str, str], stamp: dt.datetime) -> Event:
    event = _event(series.uid, stamp, occurrence.created_at, occurrence.updated_at,
                   _sequence(series.created_at, occurrence.updated_at))
    event.add("recurrence-id", _instance_value(_instance_local(occurrence.recurrence_id, series.all_day, zone),
                                               series.all_day))
    _describe(event, occurrence.kind, occurrence.state, names.get(("client", occurrence.client_id), ""),
              names.get(("contact", occurrence.contact_id), ""), occurrence.subject, occurrence.location,
              occurrence.outcome, labels)
    if occurrence.all_day:
        start = dt.datetime.combine(occurrence.starts_at.date(), dt.time(), zone)
        end = start + dt.timedelta(days=1)
    else:
        start = occurrence.starts_at.replace(tzinfo=dt.UTC).astimezone(zone)
        end = start + dt.timedelta(minutes=occurrence.duration_minutes)
    _add_times(event, start, end, occurrence.all_day)
    return event


def _instance_local(key: dt.datetime, all_day: bool, zone: ZoneInfo) -> dt.datetime:
    return key.replace(tzinfo=zone) if all_day else key.replace(tzinfo=dt.UTC).astimezone(zone)


def _instance_value(local: dt.datetime, all_day: bool) -> dt.date | dt.datetime:
    """How an instance of the series is named (RECURRENCE-ID, EXDATE, RDATE): as the master's DTSTART is."""
    return local.date() if all_day else local


def export_rule(rule: str, zone: ZoneInfo, all_day: bool) -> str:
    """The stored rule as RFC 5545 wants it beside a zoned DTSTART: UNTIL in UTC (a date for all-day series).

    The desk keeps UNTIL as the local end of the last day (…T235959), which
    RFC 5545 allows only with a floating DTSTART.
    """
    parts = []
    for part in rule.split(";"):
        name, _, value = part.partition("=")
        if name.upper() == "UNTIL" and value:
            if all_day:
                value = value[:8]
            elif not value.endswith("Z"):
                local = dt.datetime.strptime(value[:15], "%Y%m%dT%H%M%S") if "T" in value else (
                    dt.datetime.strptime(value[:8], "%Y%m%d").replace(hour=23, minute=59, second=59))
                value = to_utc(local.replace(tzinfo=zone)).strftime("%Y%m%dT%H%M%SZ")
        parts.append(f"{name}={value}")
    return ";".join(parts)


def _names(rows) -> dict[tuple[str, int], str]:
    """The client and contact names the series and its occurrences point to, in two queries."""
    client_ids = {r.client_id for r in rows if r.client_id}
    contact_ids = {r.contact_id for r in rows if r.contact_id}
    names = {("client", c.id): c.name for c in Client.select(Client.id, Client.name).where(Client.id.in_(client_ids))}
    names.update({("contact", c.id): c.name
                  for c in Contact.select(Contact.id, Contact.name).where(Contact.id.in_(contact_ids))})
    return names

