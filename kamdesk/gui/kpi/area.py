"""The plans & KPIs area as the application registers it: a first page of the KPIs per manager and its
command-line commands (`list kpis`, `import plans`). No Qt here."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area

AREA = Area(
    key="kpis",
    title=QT_TRANSLATE_NOOP("MainWindow", "Plans & KPIs"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Plans && &KPIs"),
    shortcut="",  # none: Ctrl+1 … Ctrl+0 are the daily areas'
    page="kamdesk.gui.kpi.kpi_page:KpiPage",
    commands="kamdesk.gui.kpi.commands:add_commands",
    demo="kamdesk.core.services.plans_demo:step",
)
