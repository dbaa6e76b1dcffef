"""Reminders: which planned calls and visits start soon enough to tell the manager now.

The GUI asks every half minute (`due_reminders`) and remembers what it has
shown; the setting `reminder_minutes` says how long before the start (0: no
reminders). Tasks, e-mails and all-day activities have no hour to be late for.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services.activity import ActivityFilter, ActivityView
from kamdesk.core.services.company import set_setting, setting_int

REMINDER_MINUTES_KEY = "reminder_minutes"
DEFAULT_REMINDER_MINUTES = 15
MAX_REMINDER_MINUTES = 24 * 60
REMINDED_KINDS = ("call", "visit", "meeting", "negotiation", "presentation")


def reminder_minutes() -> int:
    """How many minutes before a call or visit the reminder comes (0: reminders are off)."""
    return setting_int(REMINDER_MINUTES_KEY, DEFAULT_REMINDER_MINUTES, 0, MAX_REMINDER_MINUTES)


def set_reminder_minutes(minutes: int) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_REMINDER_MINUTES:
        raise ValidationError({REMINDER_MINUTES_KEY: Message(
            "A reminder comes 0 to {limit} minutes before the start; 0 turns reminders off.",
            limit=MAX_REMINDER_MINUTES)})
    set_setting(REMINDER_MINUTES_KEY, str(minutes))


def due_reminders(now: dt.datetime, minutes_before: int, owner_id: int | None,
                  already: set[int]) -> list[ActivityView]:
    """Planned calls, visits, meetings, negotiations and presentations of `owner_id` (None: everyone)
    that start from `now` to `minutes_before` minutes later (both ends included), except the ids
    in `already`; in time order. `now` is aware."""
    if minutes_before <= 0:
        return []
    zone = activity_service.local_zone()
    # compared in UTC: two local times of one zone compare by the wall clock, wrong in the hour the clocks go back
    begin = now.astimezone(dt.UTC)
    until = begin + dt.timedelta(minutes=minutes_before)
    flt = ActivityFilter(owner_ids=(owner_id,) if owner_id is not None else (), kinds=REMINDED_KINDS,
                         states=("planned",))
    views = activity_service.activities_between(begin.astimezone(zone).date(), until.astimezone(zone).date(), flt)
    return [view for view in views
            if not view.all_day and begin <= view.start.astimezone(dt.UTC) <= until and view.id not in already]
