"""The refusals area as the application registers it: the Refusals & returns page (the analysis and the
list of returns), its command-line commands and its demo data. Returns are recorded from the order
entry (the sale area's), against a delivered line; this area adds the page that analyses them. No Qt here."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView

def attach(window, page) -> None:
    """A return's order opens in the orders area."""
    page.open_order.connect(window.open_order)


AREA = Area(
    key="refusals",
    title=QT_TRANSLATE_NOOP("MainWindow", "Refusals & returns"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Refusals && re&turns"),
    shortcut="",  # none: Ctrl+1 … Ctrl+0 are the daily areas'
    page="kamdesk.gui.returns.refusals_page:RefusalsPage",
    attach="kamdesk.gui.returns.area:attach",
    screenshots=(ScreenshotView("refusals"),),
    commands="kamdesk.gui.returns.commands:add_commands",
    demo="kamdesk.core.services.returns_demo:step",
)
