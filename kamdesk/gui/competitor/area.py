"""The competitor area as the application registers it: the Competitors page (the register, observed prices
beside ours, actions), the client card's Competitors tab, its command and demo data. No shortcut: an
analysis looked at now and then. The party area knows nothing of competitors: this area extends the card."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView

AREA = Area(
    key="competitors",
    title=QT_TRANSLATE_NOOP("MainWindow", "Competitors"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Co&mpetitors"),
    shortcut="",
    page="kamdesk.gui.competitor.competitors_page:CompetitorsPage",
    card_tabs=("kamdesk.gui.competitor.client_tab:CompetitorsTab",),
    screenshots=(ScreenshotView("competitors"),),
    commands="kamdesk.gui.competitor.commands:add_commands",
    demo="kamdesk.core.services.competitor_demo:step",
)
