"""Calls, visits and other activities with clients, and recurring series of them.

Times are stored as naive UTC; all-day activities store their calendar date at
midnight (a floating date, the same in every zone). A series keeps its rule in
local time (`dtstart` + `time_zone`) so "every Monday at 9" stays at 9 across
summer time; its occurrences are stored as activities with `recurrence_id`.
"""

import uuid

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client, Contact

KINDS = ("call", "visit", "meeting", "email", "presentation", "negotiation", "task")
STATES = ("planned", "done", "cancelled")
RESULTS = ("reached", "not_reached", "moved")


def new_uid() -> str:
    return f"{uuid.uuid4()}@kamdesk"


class ActivitySeries(VersionedModel):
    """A recurring activity: the template of its occurrences and an RFC 5545 rule."""
    row_access = access.either(access.through("client"), access.owned_by("owner"))

    uid = CharField(unique=True, default=new_uid)
    kind = CharField()
    client = ForeignKeyField(Client, null=True, backref="activity_series")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    owner = ForeignKeyField(Manager)
    subject = CharField(max_length=200, default="")
    location = TextField(default="")
    rule = CharField()  # RRULE value, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10
    dtstart = DateTimeField()  # local wall time of the first occurrence
    time_zone = CharField()
    duration_minutes = IntegerField(default=30)
    all_day = BooleanField(default=False)
    created_at = DateTimeField(default=utc_now)


class Activity(VersionedModel):
    row_access = access.either(access.through("client"), access.owned_by("owner"))
    uid = CharField(unique=True, default=new_uid)
    kind = CharField()
    client = ForeignKeyField(Client, null=True, backref="activities")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    owner = ForeignKeyField(Manager)
    subject = CharField(max_length=200, default="")
    location = TextField(default="")
    starts_at = DateTimeField()  # UTC; for all-day activities the date at 00:00
    duration_minutes = IntegerField(default=30)
    all_day = BooleanField(default=False)
    state = CharField(default="planned")
    result = CharField(default="")
    outcome = TextField(default="")
    completed_at = DateTimeField(null=True)
    follow_up_of = ForeignKeyField("self", null=True, backref="follow_ups", on_delete="SET NULL")
    series = ForeignKeyField(ActivitySeries, null=True, backref="occurrences", on_delete="SET NULL")
    recurrence_id = DateTimeField(null=True)  # UTC start the series rule gave this occurrence
    detached = BooleanField(default=False)  # edited on its own: changes to the series leave it alone
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = (
            (("starts_at", "owner"), False),
            (("client", "state", "starts_at"), False),
            (("series", "recurrence_id"), False),
        )
