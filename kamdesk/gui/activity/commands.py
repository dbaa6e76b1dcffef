"""The activity area's commands: `export week` (PDF) and `export calendar` (iCalendar), no Qt."""

from __future__ import annotations

from pathlib import Path

from kamdesk.core import db
from kamdesk.core.errors import KamdeskError


def add_commands(verbs: dict) -> None:
    exp_week = verbs["export"].add_parser("week", help="a week of the calendar as an A4 landscape PDF")
    exp_week.add_argument("file", type=Path, metavar="FILE.pdf")
    exp_week.add_argument("--week", help="ISO week such as 2026-W49 (default: this week)")
    week_managers = exp_week.add_mutually_exclusive_group()
    week_managers.add_argument("--manager", metavar="NAME", action="append",
                               help="this manager's week; give it again for more, each from a new page "
                                    "(default: the current manager's)")
    week_managers.add_argument("--all-managers", action="store_true",
                               help="every manager's week, one after another, each from a new page")
    exp_week.set_defaults(run=export_week)
    exp_calendar = verbs["export"].add_parser("calendar", help="activities to an iCalendar file (.ics)")
    exp_calendar.add_argument("file", type=Path, metavar="FILE.ics")
    exp_calendar.add_argument("--from", dest="first", metavar="DATE",
                              help="first day, YYYY-MM-DD (default: today)")
    exp_calendar.add_argument("--to", dest="last", metavar="DATE",
                              help="last day, YYYY-MM-DD (default: 8 weeks from the first day)")
    exp_calendar.add_argument("--manager", metavar="NAME", help="only this manager's activities (default: everyone's)")
    exp_calendar.set_defaults(run=export_calendar)


def export_week(args) -> int:
    import datetime as dt

    from kamdesk.core.documents.week_pdf import english_week, write_week_pdf
    from kamdesk.core.services import activity

    db.connect(args.database)
    now = dt.datetime.now(activity.local_zone())
    monday = activity.parse_iso_week(args.week) if args.week else activity.week_start(now.date())
    managers = _week_managers(args, monday)
    weeks = [english_week(monday, activity.week_activities(monday, activity.ActivityFilter(owner_ids=(manager.id,))),
                          manager_name=manager.name, working_hours=activity.working_hours(), printed_at=now,
                          today=now.date())
             for manager in managers]
    write_week_pdf(args.file, *weeks)
    count = sum(len(week.activities) for week in weeks)
    print(f"wrote {weeks[0].week_label} ({count} {'activity' if count == 1 else 'activities'}) "
          f"for {', '.join(m.name for m in managers)} to {args.file}")
    return 0


def _week_managers(args, monday) -> list:
    """Whose weeks `export week` prints: those named, everyone's (with any former manager who has activities
    that week), or the current manager's; everyone's when no one sits at the desk."""
    from kamdesk.core.services import activity
    from kamdesk.core.services.company import current_manager, list_managers

    if args.manager:
        named = [_manager_named(name) for name in args.manager]
        return list({manager.id: manager for manager in named}.values())
    me = None if args.all_managers else current_manager()
    if me is not None:
        return [me]
    owners = {view.owner_id for view in activity.week_activities(monday)}
    managers = [m for m in list_managers(active_only=False) if m.active or m.id in owners]
    if not managers:
        raise KamdeskError("There is no manager yet: set up the company first (start kamdesk or run kamdesk demo)")
    return managers


def export_calendar(args) -> int:
    import datetime as dt

    from kamdesk.core.services import activity
    from kamdesk.core.services.calendar_export import export_calendar

    db.connect(args.database)
    first = _date_argument(args.first, "--from") if args.first else dt.datetime.now(activity.local_zone()).date()
    last = _date_argument(args.last, "--to") if args.last else first + dt.timedelta(weeks=8, days=-1)
    manager = _manager_named(args.manager) if args.manager else None
    flt = activity.ActivityFilter(owner_ids=(manager.id,) if manager else ())
    count = export_calendar(args.file, first, last, flt)
    print(f"exported {count} events ({first} to {last}) to {args.file}")
    return 0


def _date_argument(text: str, option: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise KamdeskError(f"{option} “{text}” is not a date such as 2026-12-07") from None


def _manager_named(name: str):
    """The manager called `name` (case and accents ignored), or an error that lists who there is."""
    from kamdesk.core.services.company import list_managers
    from kamdesk.core.text_fold import fold

    managers = list_managers(active_only=False)
    found = [m for m in managers if fold(m.name) == fold(name.strip())]
    if not found:
        known = ", ".join(m.name for m in managers) or "none"
        raise KamdeskError(f"There is no manager called “{name}”; managers: {known}")
    return found[0]
