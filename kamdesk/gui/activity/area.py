"""The activity area as the application registers it: the calendar page, its views and commands."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def calendar_view(argument: str):
    """`screenshot calendar[:2026-W49]`: the calendar, on the week asked for."""
    from kamdesk.core.services.activity import parse_iso_week
    from kamdesk.gui.screenshot import window_on

    monday = parse_iso_week(argument) if argument else None  # a wrong week refused before any window is built
    window = window_on("calendar")
    if monday is not None:
        window.calendar.show_week(monday)
    return window


AREA = Area(
    key="calendar",
    title=QT_TRANSLATE_NOOP("MainWindow", "Calendar"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "C&alendar"),
    shortcut="Ctrl+2",
    page="kamdesk.gui.activity.calendar_page:CalendarPage",
    new_text=QT_TRANSLATE_NOOP("MainWindow", "&New activity…"),
    new_slot="open_new_activity",
    screenshots=(ScreenshotView("calendar", "kamdesk.gui.activity.area:calendar_view", "2026-W49", optional=True),),
    commands="kamdesk.gui.activity.commands:add_commands",
)
