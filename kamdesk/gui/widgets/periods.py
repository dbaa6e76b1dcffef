"""Named periods of a list's period filter ("last 3 months", "this year" …) as the days they stand for.

Here in the widget kit, not in one area's page: the Refusals and Analytics pages both filter by them, and
Analytics importing the Refusals page for this loaded that whole area (its dialogs and services) on its
first switch.
"""

from __future__ import annotations

import datetime as dt


def period(name: str, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The days of a named period, up to today: whole months back, a calendar year, or everything."""
    today = today or dt.date.today()
    if name in ("last_3_months", "last_12_months"):
        back = 2 if name == "last_3_months" else 11
        month = today.year * 12 + today.month - 1 - back
        return dt.date(month // 12, month % 12 + 1, 1), today
    if name == "this_year":
        return dt.date(today.year, 1, 1), today
    if name == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None
