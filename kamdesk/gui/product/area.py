"""The product area as the application registers it: the catalogue page and the catalogue commands."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView

AREA = Area(
    key="catalogue",
    title=QT_TRANSLATE_NOOP("MainWindow", "Catalogue"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Catalo&gue"),
    shortcut="Ctrl+4",
    page="kamdesk.gui.product.catalogue_page:CataloguePage",
    new_text=QT_TRANSLATE_NOOP("MainWindow", "&New product…"),
    new_slot="new_product",
    screenshots=(ScreenshotView("catalogue"),),
    commands="kamdesk.gui.product.commands:add_commands",
)
