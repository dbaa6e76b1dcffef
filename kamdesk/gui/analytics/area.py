"""The analytics area as the application registers it: the Analytics page (revenue and growth, penetration and
assortment gaps by segment and category, the price-change worksheet) and its commands. No shortcut: an
analysis looked at now and then. No Qt here."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def attach(window, page) -> None:
    """A gap's client opens in the client card."""
    page.open_client.connect(window.open_client)


AREA = Area(
    key="analytics",
    title=QT_TRANSLATE_NOOP("MainWindow", "Analytics"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Anal&ytics"),
    shortcut="",
    page="kamdesk.gui.analytics.analytics_page:AnalyticsPage",
    attach="kamdesk.gui.analytics.area:attach",
    screenshots=(ScreenshotView("analytics"),),
    commands="kamdesk.gui.analytics.commands:add_commands",
)
