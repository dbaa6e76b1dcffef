"""The company area as the application registers it: the Company page (own company, managers, settings)."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def attach(window, page) -> None:
    """The page's unsaved changes show as the window's "*"."""
    page.unsaved_changed.connect(window.setWindowModified)


AREA = Area(
    key="company",
    title=QT_TRANSLATE_NOOP("MainWindow", "Company"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Com&pany"),
    shortcut="Ctrl+5",
    page="kamdesk.gui.company:CompanyPage",
    attach="kamdesk.gui.company_area:attach",
    screenshots=(ScreenshotView("company"),),
)
