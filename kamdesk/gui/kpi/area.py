"""The plans & KPIs area as the application registers it: the KPI dashboard (the manager's start page) and its
command-line commands (`list kpis`, `import plans`). No Qt here."""

from __future__ import annotations

from functools import partial

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def attach(window, page) -> None:
    """A client of the dashboard's lists opens its card; "Plan my week" the calendar's suggestions."""
    page.open_client.connect(window.open_client)
    page.plan_week.connect(partial(plan_my_week, window))


def plan_my_week(window) -> None:
    """The calendar, this week, with the focus on its Plan my week suggestions."""
    if window.show_area("calendar"):
        window.calendar.show_today()
        window.calendar.suggestions.tree.setFocus()


AREA = Area(
    key="kpis",
    title=QT_TRANSLATE_NOOP("MainWindow", "Plans & KPIs"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Plans && &KPIs"),
    shortcut="",  # none: Ctrl+1 … Ctrl+0 are the daily areas'
    page="kamdesk.gui.kpi.kpi_page:KpiPage",
    attach="kamdesk.gui.kpi.area:attach",
    screenshots=(ScreenshotView("kpis"),),
    commands="kamdesk.gui.kpi.commands:add_commands",
    demo="kamdesk.core.services.plans_demo:step",
)
