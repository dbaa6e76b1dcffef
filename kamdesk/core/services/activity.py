"""Activities: plan, move, complete (with the next step) and cancel calls and visits.

Times cross this module's boundary as aware datetimes (any zone) or, for
all-day activities, dates; they are stored as naive UTC. Recurring series
follow RFC 5545 rules (python-dateutil) in the local zone of the desk, so a
call "every Monday at 9" stays at 9 when summer time begins or ends; every
occurrence is stored as an activity, which can be changed on its own
(`scope="this"`) or together with the rest of the series (`scope="series"`).

An activity is planned, done or cancelled (`ACTIVITY`, declared on
`core.workflow`): completing and cancelling are checked, stamped and logged
there; windows ask `is_open`, `is_done` and `is_cancelled` rather than
comparing states.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peewee import JOIN, fn

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import NotFound, ValidationError, WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, ActivitySeries, Client, Contact, Manager
from kamdesk.core.models.activity import KINDS, RESULTS
from kamdesk.core.models.base import utc_now
from kamdesk.core.services.company import current_manager, set_setting, setting
from kamdesk.core.transactions import retried
from kamdesk.core.workflow import State, Verb, Workflow

ZONE_KEY = "time_zone"
DEFAULT_ZONE = "Europe/Budapest"
WORKING_HOURS_KEY = "working_hours"
DEFAULT_WORKING_HOURS = (8, 18)
MAX_OCCURRENCES = 500
MAX_DURATION_MINUTES = 24 * 60
UNTIMED_KINDS = ("task",)  # may have no client
SCOPES = ("this", "series")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

PLANNED = State("planned", Message("Planned"), Message("planned"))
DONE = State("done", Message("Done"), Message("done"), final=True)
CANCELLED = State("cancelled", Message("Cancelled", disambiguation="activity state"),
                  Message("cancelled", disambiguation="activity state"), final=True)
ACTIVITY = Workflow(
    document="activity", model=Activity, load=lambda activity_id: get_activity(activity_id),
    states=[PLANNED, DONE, CANCELLED],
    verbs=[Verb("complete", {"planned"}, "done", Message("Complete"), Message("completed"), stamp="completed_at"),
           Verb("cancel", {"planned"}, "cancelled", Message("Cancel"), Message("cancelled"))],
    refused=lambda activity, state, action: Message(
        "This activity is {state} already; only a planned one can be completed or cancelled.", state=state))


def is_open(activity: Activity | ActivityView) -> bool:
    """Planned: it can still be changed, moved, completed or cancelled."""
    return activity.state == PLANNED.name


def is_done(activity: Activity | ActivityView) -> bool:
    return activity.state == DONE.name


def is_cancelled(activity: Activity | ActivityView) -> bool:
    return activity.state == CANCELLED.name


# ---------------------------------------------------------------- time

def local_zone() -> ZoneInfo:
    """The zone the desk shows times in (setting `time_zone`, Europe/Budapest by default)."""
    name = setting(ZONE_KEY) or DEFAULT_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def set_time_zone(name: str) -> None:
    """The IANA zone the desk shows times in, e.g. Europe/Budapest."""
    name = (name or "").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError({"time_zone": Message("“{name}” is not a time zone such as Europe/Budapest.",
                                                    name=name)}) from None
    set_setting(ZONE_KEY, name)


def to_utc(moment: dt.datetime, zone: ZoneInfo | None = None) -> dt.datetime:
    """Naive UTC for storing; a naive `moment` is read as wall time in the desk's zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or local_zone())
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def to_local(stored: dt.datetime, zone: ZoneInfo | None = None) -> dt.datetime:
    return stored.replace(tzinfo=dt.UTC).astimezone(zone or local_zone())


def working_hours() -> tuple[int, int]:
    value = setting(WORKING_HOURS_KEY)
    try:
        start, end = (int(part) for part in value.split("-")) if value is not None else DEFAULT_WORKING_HOURS
    except ValueError:
        return DEFAULT_WORKING_HOURS
    return (start, end) if 0 <= start < end <= 24 else DEFAULT_WORKING_HOURS


def set_working_hours(start: int, end: int) -> None:
    if not 0 <= start < end <= 24:
        raise ValidationError({"working_hours": Message("Working hours must start before they end, within 0–24.")})
    set_setting(WORKING_HOURS_KEY, f"{start}-{end}")


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def parse_iso_week(text: str) -> dt.date:
    """ "2026-W49" -> the Monday of that week."""
    try:
        return dt.date.fromisocalendar(int(text[:4]), int(text.upper().split("W")[1]), 1)
    except (ValueError, IndexError):
        raise ValidationError({"week": Message("“{text}” is not a week such as 2026-W49.", text=text)}) from None


# ---------------------------------------------------------------- recurrence

@dataclass(frozen=True)
class Recurrence:
    """When a series repeats: RFC 5545 semantics, in the words of a calendar dialog.

    `weekdays` are 0 = Monday ... 6 = Sunday. A monthly rule with `month_week`
    (1..4, or -1 for the last) repeats on that weekday of the month, e.g. the
    first Tuesday; without it, on the start's day of the month. Every series
    ends: at `until` (a local date, inclusive) or after `count` occurrences.
    """

    freq: str  # "daily", "weekly" or "monthly"
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    month_week: int | None = None
    until: dt.date | None = None
    count: int | None = None

    def rule(self) -> str:
        parts = [f"FREQ={self.freq.upper()}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        days = [WEEKDAY_CODES[d] for d in sorted(self.weekdays)]
        if self.freq == "monthly" and self.month_week and days:
            parts.append(f"BYDAY={self.month_week}{days[0]}")
        elif days:
            parts.append("BYDAY=" + ",".join(days))
        if self.until:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        if self.count:
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)

    @classmethod
    def from_rule(cls, rule: str) -> Recurrence:
        items = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
        weekdays, month_week = [], None
        for code in filter(None, items.get("BYDAY", "").split(",")):
            if code[:-2]:
                month_week = int(code[:-2])
            weekdays.append(WEEKDAY_CODES.index(code[-2:]))
        until = dt.datetime.strptime(items["UNTIL"][:8], "%Y%m%d").date() if "UNTIL" in items else None
        return cls(freq=items["FREQ"].lower(), interval=int(items.get("INTERVAL", 1)), weekdays=tuple(weekdays),
                   month_week=month_week, until=until, count=int(items["COUNT"]) if "COUNT" in items else None)

    def shifted(self, days: int) -> Recurrence:
        """The same rule on weekdays `days` later (a series dragged to another day)."""
        from dataclasses import replace

        return replace(self, weekdays=tuple((d + days) % 7 for d in self.weekdays))

    def check(self) -> None:
        errors = {}
        if self.freq not in ("daily", "weekly", "monthly"):
            errors["recurrence"] = Message("A series repeats daily, weekly or monthly.")
        elif not (self.until or self.count):
            errors["recurrence"] = Message("A series needs an end: a last date or a number of times.")
        elif self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            errors["recurrence"] = Message("A series can have 1 to {limit} occurrences.", limit=MAX_OCCURRENCES)
        elif not 1 <= self.interval <= 99:
            errors["recurrence"] = Message("The interval must be between 1 and 99.")
        elif self.month_week is not None and (self.freq != "monthly" or len(self.weekdays) != 1
                                              or self.month_week not in (1, 2, 3, 4, -1)):
            errors["recurrence"] = Message("A monthly series on a weekday needs one weekday and its week (1st–4th or last).")
        if errors:
            raise ValidationError(errors)


def occurrence_starts(rule: str, dtstart: dt.datetime, zone: ZoneInfo) -> list[dt.datetime]:
    """The local (aware) starts a rule gives from a local wall-time `dtstart`."""
    from dateutil.rrule import rrulestr

    naive_start = dtstart.replace(tzinfo=None)
    starts = []
    for occurrence in rrulestr(rule, dtstart=naive_start):
        starts.append(occurrence.replace(tzinfo=zone))
        if len(starts) > MAX_OCCURRENCES:
            raise ValidationError({"recurrence": Message(
                "The series would have more than {limit} occurrences; end it sooner.", limit=MAX_OCCURRENCES)})
    return starts


# ---------------------------------------------------------------- views

@dataclass
class ActivityView:
    """One activity as the calendar, the agenda and documents show it (times in the local zone)."""

    id: int
    uid: str
    kind: str
    state: str
    subject: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    client_id: int | None
    client_name: str
    contact_name: str
    owner_id: int
    owner_name: str
    location: str
    result: str = ""
    outcome: str = ""
    series_id: int | None = None
    series_uid: str = ""
    recurrence_id: dt.datetime | None = None  # local
    detached: bool = False
    follow_up_of: int | None = None
    overdue: bool = False

    @property
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass
class ActivityFilter:
    owner_ids: tuple[int, ...] = ()  # empty: everyone
    kinds: tuple[str, ...] = ()  # empty: every kind
    client_id: int | None = None
    states: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


# the columns an ActivityView shows: a week of 300 is read again after every drop, and the others (three more
# date-times among them) were a third of turning each row into an object
VIEW_COLUMNS = (Activity.id, Activity.uid, Activity.kind, Activity.state, Activity.subject, Activity.starts_at,
                Activity.duration_minutes, Activity.all_day, Activity.client, Activity.owner, Activity.location,
                Activity.result, Activity.outcome, Activity.series, Activity.recurrence_id, Activity.detached,
                Activity.follow_up_of)


def _view_query():
    return (Activity.select(*VIEW_COLUMNS, Client.name.alias("client_name"), Contact.name.alias("contact_name"),
                            Manager.name.alias("owner_name"), ActivitySeries.uid.alias("series_uid"))
            .join(Client, JOIN.LEFT_OUTER, on=(Activity.client == Client.id)).switch(Activity)
            .join(Contact, JOIN.LEFT_OUTER, on=(Activity.contact == Contact.id)).switch(Activity)
            .join(Manager, on=(Activity.owner == Manager.id)).switch(Activity)
            .join(ActivitySeries, JOIN.LEFT_OUTER, on=(Activity.series == ActivitySeries.id)))


def _to_view(row: Activity, zone: ZoneInfo, now_utc: dt.datetime) -> ActivityView:
    if row.all_day:
        day = row.starts_at.date()
        start = dt.datetime.combine(day, dt.time(), zone)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), zone)
        overdue = row.state == "planned" and day < to_local(now_utc, zone).date()
    else:
        start = to_local(row.starts_at, zone)
        end = start + dt.timedelta(minutes=row.duration_minutes)
        overdue = row.state == "planned" and row.starts_at + dt.timedelta(minutes=row.duration_minutes) < now_utc
    return ActivityView(
        id=row.id, uid=row.uid, kind=row.kind, state=row.state, subject=row.subject, start=start, end=end,
        all_day=row.all_day, client_id=row.client_id, client_name=getattr(row, "client_name", None) or "",
        contact_name=getattr(row, "contact_name", None) or "", owner_id=row.owner_id,
        owner_name=getattr(row, "owner_name", None) or "", location=row.location, result=row.result,
        outcome=row.outcome, series_id=row.series_id, series_uid=getattr(row, "series_uid", None) or "",
        recurrence_id=to_local(row.recurrence_id, zone) if row.recurrence_id else None, detached=row.detached,
        follow_up_of=row.follow_up_of_id, overdue=overdue)


def _views(query) -> list[ActivityView]:
    zone, now = local_zone(), utc_now()
    return [_to_view(row, zone, now) for row in query.objects()]


def _filtered(query, flt: ActivityFilter):
    if flt.owner_ids:
        query = query.where(Activity.owner.in_(flt.owner_ids))
    if flt.kinds:
        query = query.where(Activity.kind.in_(flt.kinds))
    if flt.client_id:
        query = query.where(Activity.client == flt.client_id)
    if flt.states:
        query = query.where(Activity.state.in_(flt.states))
    return query


def activities_between(first_day: dt.date, last_day: dt.date, flt: ActivityFilter | None = None,
                       include_cancelled: bool = False) -> list[ActivityView]:
    """Activities that start on the local days `first_day` .. `last_day` (inclusive), in time order."""
    flt = flt or ActivityFilter()
    zone = local_zone()
    begin = to_utc(dt.datetime.combine(first_day, dt.time(), zone))
    end = to_utc(dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), zone))
    timed = (Activity.all_day == False) & (Activity.starts_at >= begin) & (Activity.starts_at < end)  # noqa: E712
    all_day = ((Activity.all_day == True) & (Activity.starts_at >= dt.datetime.combine(first_day, dt.time()))  # noqa: E712
               & (Activity.starts_at < dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())))
    query = _filtered(_view_query().where(timed | all_day), flt)
    if not include_cancelled:
        query = query.where(Activity.state != "cancelled")
    views = _views(query.order_by(Activity.starts_at, Activity.id))
    # by UTC: two times of one zone compare by the clock face, wrong in the hour the clocks go back
    return sorted(views, key=lambda v: (v.start.astimezone(dt.UTC), not v.all_day, v.id))


def week_activities(monday: dt.date, flt: ActivityFilter | None = None) -> list[ActivityView]:
    return activities_between(monday, monday + dt.timedelta(days=6), flt)


def agenda(day: dt.date, flt: ActivityFilter | None = None) -> tuple[list[ActivityView], list[ActivityView]]:
    """(today's activities that are not cancelled, planned activities of earlier days = overdue)."""
    flt = flt or ActivityFilter()
    today = activities_between(day, day, flt)
    zone = local_zone()
    begin = to_utc(dt.datetime.combine(day, dt.time(), zone))
    earlier = ((Activity.state == "planned")
               & (((Activity.all_day == False) & (Activity.starts_at < begin))  # noqa: E712
                  | ((Activity.all_day == True) & (Activity.starts_at < dt.datetime.combine(day, dt.time())))))  # noqa: E712
    overdue = _views(_filtered(_view_query().where(earlier), flt).order_by(Activity.starts_at).limit(500))
    return today, overdue


def client_timeline(client_id: int, limit: int = 200) -> list[ActivityView]:
    """The client's planned activities (soonest first), then its past ones (newest first).

    Each part has its own limit, so a long series ahead never hides the history.
    """
    query = _view_query().where(Activity.client == client_id)
    planned = _views(query.where(Activity.state == "planned").order_by(Activity.starts_at).limit(limit))
    past = _views(_view_query().where((Activity.client == client_id) & (Activity.state != "planned"))
                  .order_by(Activity.starts_at.desc()).limit(limit))
    return planned + past


def get_view(activity_id: int) -> ActivityView:
    rows = _views(_view_query().where(Activity.id == activity_id))
    if not rows:
        raise NotFound(Message("There is no activity with id {id}.", id=activity_id))
    return rows[0]


def get_activity(activity_id: int) -> Activity:
    return Activity.get_or_not_found(Activity.id == activity_id,
                                     Message("There is no activity with id {id}.", id=activity_id))


# ---------------------------------------------------------------- cleaning

def clean_activity(values: dict, kept_client_id: int | None = None) -> dict:
    """Model-ready values of an activity, or a ValidationError naming every bad field.

    `start` is an aware or local naive datetime (a date for all-day
    activities); either `duration_minutes` or `end` gives the length.
    `kept_client_id`: the stored activity's client, kept even when out of the user's view (on the team
    server the owner of an activity, or a complaint's task, of another manager's client does not see it).
    """
    errors: dict[str, Message] = {}
    kind = values.get("kind") or "call"
    if kind not in KINDS:
        errors["kind"] = Message("Unknown kind of activity “{kind}”.", kind=kind)
    client = _client_of(values, kind, errors, kept_client_id)
    contact = _contact_of(values, client, errors)
    owner = _owner_of(values, errors)
    all_day = bool(values.get("all_day"))
    starts_at, duration = _time_of(values, all_day, errors)
    location = (values.get("location") or "").strip()
    if not location and kind == "visit" and client is not None:
        location = delivery_address(client)
    errors.update(text_limits.problems(Activity, {"location": location,
                                                  "subject": (values.get("subject") or "").strip()}))
    if errors:
        raise ValidationError(errors)
    return {"kind": kind, "client": client, "contact": contact, "owner": owner, "all_day": all_day,
            "starts_at": starts_at, "duration_minutes": duration, "location": location,
            "subject": (values.get("subject") or "").strip()}


def _client_of(values, kind, errors, kept_client_id: int | None = None) -> Client | None:
    client_id = values.get("client_id")
    if not client_id:
        if kind not in UNTIMED_KINDS:
            errors["client"] = Message("Choose the client: only an internal task can be without one.")
        return None
    client = Client.get_or_none(Client.id == client_id)
    if client is None and client_id == kept_client_id:
        return Client(id=client_id)  # unchanged, out of view: the reference alone is kept
    if client is None:
        errors["client"] = Message("There is no client with id {id}.", id=client_id)
    return client


def _contact_of(values, client, errors) -> Contact | None:
    contact_id = values.get("contact_id")
    if not contact_id:
        return None
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None or client is None or contact.client_id != client.id:
        errors["contact"] = Message("The contact must be one of the client's contacts.")
        return None
    return contact


def _owner_of(values, errors) -> Manager | None:
    owner_id = values.get("owner_id")
    owner = Manager.get_or_none(Manager.id == owner_id) if owner_id else current_manager()
    if owner is None:
        errors["owner"] = Message("Choose whose activity this is.")
    return owner


def _time_of(values, all_day, errors) -> tuple[dt.datetime | None, int]:
    start = values.get("start")
    if start is None:
        errors["start"] = Message("Choose when the activity starts.")
        return None, 0
    if all_day:
        day = start.date() if isinstance(start, dt.datetime) else start
        return dt.datetime.combine(day, dt.time()), MAX_DURATION_MINUTES
    if not isinstance(start, dt.datetime):
        errors["start"] = Message("Choose the time the activity starts, or make it an all-day activity.")
        return None, 0
    duration = values.get("duration_minutes")
    if values.get("end") is not None:
        duration = int((to_utc(values["end"]) - to_utc(start)).total_seconds() // 60)
    duration = 30 if duration is None else int(duration)
    if duration <= 0:
        errors["end"] = Message("The activity ends before it starts.")
    elif duration > MAX_DURATION_MINUTES:
        errors["end"] = Message("An activity lasts at most a day; make it an all-day activity.")
    return to_utc(start), duration


def delivery_address(client: Client) -> str:
    """Where a visit goes: the delivery address, else the legal one."""
    if client.delivery_city or client.delivery_street:
        parts = (client.delivery_postcode, client.delivery_city, client.delivery_street)
    else:
        parts = (client.legal_postcode, client.legal_city, client.legal_street)
    return " ".join(p for p in parts if p).strip()


# ---------------------------------------------------------------- creating and changing

@retried
def create_activity(values: dict, recurrence: Recurrence | None = None,
                    follow_up_of: int | None = None) -> Activity:
    """Plan one activity, or a series (then the first occurrence is returned)."""
    cleaned = clean_activity(values)
    with database.atomic():
        if recurrence is None:
            activity = Activity.create(**cleaned, follow_up_of=follow_up_of)
        else:
            activity = _create_series(cleaned, recurrence)
        refresh_contact_dates([cleaned["client"].id] if cleaned["client"] else [])
    return activity


def _create_series(cleaned: dict, recurrence: Recurrence) -> Activity:
    recurrence.check()
    zone = local_zone()
    local_start = (dt.datetime.combine(cleaned["starts_at"].date(), dt.time()) if cleaned["all_day"]
                   else to_local(cleaned["starts_at"], zone).replace(tzinfo=None))
    series = ActivitySeries.create(
        kind=cleaned["kind"], client=cleaned["client"], contact=cleaned["contact"], owner=cleaned["owner"],
        subject=cleaned["subject"], location=cleaned["location"], rule=recurrence.rule(), dtstart=local_start,
        time_zone=zone.key, duration_minutes=cleaned["duration_minutes"], all_day=cleaned["all_day"])
    created = _generate_occurrences(series, skip=set())
    if not created:
        raise ValidationError({"recurrence": Message("The rule gives no occurrence after the start.")})
    return created[0]


def _stored_starts(series: ActivitySeries) -> list[dt.datetime]:
    """The starts the series' rule gives, in stored form (UTC, or the date for all-day series)."""
    zone = ZoneInfo(series.time_zone)
    return [local.replace(tzinfo=None) if series.all_day else to_utc(local)
            for local in occurrence_starts(series.rule, series.dtstart, zone)]


def _generate_occurrences(series: ActivitySeries, skip: set[int]) -> list[Activity]:
    """Store the series' occurrences, except the ones at the positions in `skip` (held by kept ones)."""
    created = []
    for position, starts_at in enumerate(_stored_starts(series)):
        if position in skip:
            continue
        created.append(Activity.create(
            kind=series.kind, client=series.client, contact=series.contact, owner=series.owner,
            subject=series.subject, location=series.location, starts_at=starts_at,
            duration_minutes=series.duration_minutes, all_day=series.all_day, series=series,
            recurrence_id=starts_at))
    return created


@retried
def update_activity(activity_id: int, values: dict, scope: str = "this",
                    recurrence: Recurrence | None = None) -> Activity:
    """Change an activity; with `scope="series"` every planned occurrence not changed on its own.

    The values are merged over the activity's current ones, so a caller may
    pass only what changed. A new `recurrence` applies to the series; given
    for a single activity, it makes the activity the first of a new series.
    """
    activity = get_activity(activity_id).expect_version(values.get("row_version"))
    _require_planned(activity, Message("Only a planned activity can be changed."))
    merged = {**current_values(activity), **values}
    cleaned = clean_activity(merged, kept_client_id=activity.client_id)
    with database.atomic():
        if scope == "series" and activity.series_id:
            result = _update_series(activity, cleaned, recurrence)
        elif recurrence is not None and activity.series_id is None:
            result = _start_series(activity, cleaned, recurrence)
        else:
            for name, value in cleaned.items():
                setattr(activity, name, value)
            activity.detached = activity.series_id is not None
            activity.updated_at = utc_now()
            activity.save()
            result = activity
        refresh_contact_dates({c for c in (activity.client_id, cleaned["client"] and cleaned["client"].id) if c})
    return result


def _start_series(activity: Activity, cleaned: dict, recurrence: Recurrence) -> Activity:
    """A single activity starts repeating: it takes the place of the series' first occurrence.

    When the rule does not give the activity's own start (a Tuesday call made
    "every Monday"), the activity stays where it is, as an occurrence changed
    on its own.
    """
    first = _create_series(cleaned, recurrence)
    for name, value in cleaned.items():
        setattr(activity, name, value)
    activity.series = first.series
    if first.starts_at == activity.starts_at:
        activity.recurrence_id, activity.detached = first.recurrence_id, False
        first.delete_instance()
    else:
        activity.recurrence_id, activity.detached = activity.starts_at, True
    activity.updated_at = utc_now()
    activity.save()
    return activity


def current_values(activity: Activity) -> dict:
    """The activity's values in the form `clean_activity` takes them."""
    zone = local_zone()
    start = activity.starts_at.date() if activity.all_day else to_local(activity.starts_at, zone)
    return {"kind": activity.kind, "client_id": activity.client_id, "contact_id": activity.contact_id,
            "owner_id": activity.owner_id, "subject": activity.subject, "location": activity.location,
            "start": start, "duration_minutes": activity.duration_minutes, "all_day": activity.all_day}


def _update_series(activity: Activity, cleaned: dict, recurrence: Recurrence | None) -> Activity:
    """Apply the change to the series: its template moves by as much as this occurrence moved."""
    series = activity.series
    zone = ZoneInfo(series.time_zone)
    old_starts = _stored_starts(series)
    old_local = _local_wall(activity.starts_at, activity.all_day, zone)
    new_local = _local_wall(cleaned["starts_at"], cleaned["all_day"], zone)
    series.dtstart = series.dtstart + (new_local - old_local)
    day_shift = (new_local.date() - old_local.date()).days
    if recurrence is None and day_shift:
        recurrence = Recurrence.from_rule(series.rule).shifted(day_shift)
    if cleaned["all_day"]:
        series.dtstart = dt.datetime.combine(series.dtstart.date(), dt.time())
    for name in ("kind", "client", "contact", "owner", "subject", "location", "duration_minutes", "all_day"):
        setattr(series, name, cleaned[name])
    if recurrence is not None:
        recurrence.check()
        series.rule = recurrence.rule()
    series.save()
    return _regenerate(series, old_starts, prefer=activity.recurrence_id)


def _local_wall(stored: dt.datetime, all_day: bool, zone: ZoneInfo) -> dt.datetime:
    return stored if all_day else to_local(stored, zone).replace(tzinfo=None)


def _regenerate(series: ActivitySeries, old_starts: list[dt.datetime], prefer: dt.datetime | None) -> Activity:
    """Replace the planned occurrences not changed on their own by what the changed rule gives.

    Done, cancelled and individually changed occurrences stay and keep their
    place in the series: the n-th occurrence of the old rule is the n-th of the
    new one, so it is not generated again and its recurrence id follows the rule.
    """
    Activity.delete().where((Activity.series == series) & (Activity.state == "planned")
                            & (Activity.detached == False)).execute()  # noqa: E712
    position_of = {start: position for position, start in enumerate(old_starts)}
    new_starts = _stored_starts(series)
    kept = {}
    for row in Activity.select().where(Activity.series == series):
        position = position_of.get(row.recurrence_id)
        if position is not None and position < len(new_starts):
            kept[position] = row
    for position, row in kept.items():
        row.recurrence_id = new_starts[position]
        row.save()
    created = _generate_occurrences(series, skip=set(kept))
    preferred = new_starts[position_of[prefer]] if prefer in position_of and position_of[prefer] < len(new_starts) \
        else None
    return next((a for a in created if a.recurrence_id == preferred), created[0] if created else
                Activity.select().where(Activity.series == series).order_by(Activity.starts_at.desc()).first())


def move_activity(activity_id: int, start: dt.datetime | dt.date, duration_minutes: int | None = None,
                  scope: str = "this") -> Activity:
    """Drag and drop: a new start (and length); the rest of the activity stays."""
    activity = get_activity(activity_id)
    values = {"start": start}
    if duration_minutes is not None:
        values["duration_minutes"] = duration_minutes
    return update_activity(activity.id, values, scope=scope)


def _require_planned(activity: Activity, message: Message) -> None:
    if not is_open(activity):
        raise WorkflowError(message)


def complete_activity(activity_id: int, result: str, outcome: str = "", next_step: dict | None = None,
                      record_now: bool = False) -> tuple[Activity, Activity | None]:
    """Log what the activity brought; `next_step` (activity values) plans the follow-up at once.

    What is done has happened: an activity planned for later is refused unless `record_now`, which
    moves it to now (today, for an all-day one) before it is recorded as done.
    """
    with database.atomic():
        activity = _complete(activity_id, result, outcome, next_step, record_now)
        follow_up = None
        if next_step:
            follow_up = create_activity(_follow_up_values(activity, next_step), follow_up_of=activity.id)
        refresh_contact_dates([activity.client_id] if activity.client_id else [])
    return activity, follow_up


def _follow_up_values(activity: Activity, next_step: dict) -> dict:
    defaults = {"kind": activity.kind, "client_id": activity.client_id, "contact_id": activity.contact_id,
                "owner_id": activity.owner_id}
    return {**defaults, **next_step}


@ACTIVITY.transition("complete")
def _complete(activity: Activity, result: str, outcome: str, next_step: dict | None, record_now: bool) -> None:
    if is_ahead(activity) and not record_now:
        raise WorkflowError(Message("This activity is planned for {when}, which is still to come: record it as "
                                    "done now, or complete it once it has happened.", when=_planned_for(activity)))
    if result not in RESULTS:
        raise ValidationError({"result": Message("Choose the result: reached, not reached or moved.")})
    if next_step:
        clean_activity(_follow_up_values(activity, next_step))  # every error before anything is saved
    if is_ahead(activity):
        activity.starts_at = _now_for(activity)
    activity.result, activity.outcome = result, (outcome or "").strip()
    activity.detached = activity.series_id is not None


def is_ahead(activity: Activity | ActivityView) -> bool:
    """Is the activity still to come (an all-day one: on a later day than today)? By the clock of `utc_now`."""
    now = to_local(utc_now())
    if isinstance(activity, ActivityView):
        start = activity.start
    else:
        start = activity.starts_at if activity.all_day else to_local(activity.starts_at)
    return start.date() > now.date() if activity.all_day else start > now


def _now_for(activity: Activity) -> dt.datetime:
    """Now as the activity stores its start: today's midnight for an all-day one, the minute in UTC otherwise."""
    now = utc_now().replace(second=0, microsecond=0)
    return dt.datetime.combine(to_local(now).date(), dt.time()) if activity.all_day else now


def _planned_for(activity: Activity) -> str:
    if activity.all_day:
        return f"{activity.starts_at:%Y-%m-%d}"
    return f"{to_local(activity.starts_at, local_zone()):%Y-%m-%d %H:%M}"


def cancel_activity(activity_id: int, scope: str = "this") -> int:
    """Cancel the activity (or every planned occurrence of its series from it on); how many."""
    activity = get_activity(activity_id)
    ACTIVITY.check(activity, "cancel", current_manager())
    with database.atomic():
        if scope == "series" and activity.series_id:
            count = _cancel_series(activity)
        else:
            _cancel(activity.id)
            count = 1
        refresh_contact_dates([activity.client_id] if activity.client_id else [])
    return count


@ACTIVITY.transition("cancel")
def _cancel(activity: Activity) -> None:
    activity.detached = activity.series_id is not None


def _cancel_series(activity: Activity) -> int:
    """Every planned occurrence of the series from `activity` on, in one update, each move logged."""
    planned = ((Activity.series == activity.series_id) & (Activity.state == PLANNED.name)
               & (Activity.starts_at >= activity.starts_at))
    ids = [row.id for row in Activity.select(Activity.id).where(planned)]
    count = Activity.update(state=CANCELLED.name, updated_at=utc_now()).where(planned).execute()
    ACTIVITY.log_bulk("cancel", ((i, PLANNED.name, CANCELLED.name) for i in ids), current_manager())
    return count


def series_recurrence(series_id: int) -> Recurrence:
    series = ActivitySeries.get_or_not_found(ActivitySeries.id == series_id,
                                             Message("There is no series with id {id}.", id=series_id))
    return Recurrence.from_rule(series.rule)


# ---------------------------------------------------------------- the client's contact dates

def refresh_contact_dates(client_ids: Iterable[int], now: dt.datetime | None = None) -> None:
    """Recompute each client's last done and next planned contact (kept on the client for the list).

    `now` (UTC) is the clock a last contact may not pass; the demo passes its own.
    """
    ids = sorted({i for i in client_ids if i})
    now = now or utc_now()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        last = dict(Activity.select(Activity.client, fn.MAX(Activity.starts_at))
                    .where(Activity.client.in_(chunk) & (Activity.state == "done"))
                    .group_by(Activity.client).tuples())
        upcoming = dict(Activity.select(Activity.client, fn.MIN(Activity.starts_at))
                        .where(Activity.client.in_(chunk) & (Activity.state == "planned"))
                        .group_by(Activity.client).tuples())
        for client_id in chunk:
            done = _as_datetime(last.get(client_id))
            # a contact never lies ahead, even when an activity was recorded as done before its time
            (Client.update(last_contact_at=min(done, now) if done else None,
                           next_contact_at=_as_datetime(upcoming.get(client_id)))
             .where(Client.id == client_id).execute())


def _as_datetime(value) -> dt.datetime | None:
    """MAX/MIN over a DateTimeField come back as text on SQLite."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
