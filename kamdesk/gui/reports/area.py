"""The reports area as the application registers it: the Reports page (choose a report, its period and, for
heads, a manager; show, save as PDF or Excel, print) and `kamdesk report NAME`. No Qt here; no shortcut: a
report is made now and then."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView

AREA = Area(
    key="reports",
    title=QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Report&s"),
    shortcut="",
    page="kamdesk.gui.reports.reports_page:ReportsPage",
    screenshots=(ScreenshotView("reports"),),
    commands="kamdesk.gui.reports.commands:add_commands",
)
