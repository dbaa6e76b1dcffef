"""The settlement area as the application registers it: one tab per page of `PAGES` (receivables, invoices,
payments, collection), the client card's Receivables tab, its views, commands and demo data.

A page is one line of `PAGES` (its key, title and widget class, built when its tab is first shown). No Qt is
imported here (the CLI reads the registry).
"""

from __future__ import annotations

from collections import namedtuple

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView

SCREENSHOT_WAIT_S = 60  # at most, for the lines of 100,000 clients on a slow machine


class SettlementPage(namedtuple("SettlementPage", "key title page")):
    """A tab of the settlement area: `title` (translated in the "SettlementArea" context), `page` the dotted path
    of its widget class (built with the area's page as parent, with a `refresh()`)."""

    __slots__ = ()


PAGES: tuple[SettlementPage, ...] = (
    SettlementPage("receivables", QT_TRANSLATE_NOOP("SettlementArea", "Receivables"),
                   "kamdesk.gui.settlement.receivables_page:ReceivablesPage"),
    SettlementPage("invoices", QT_TRANSLATE_NOOP("SettlementArea", "Invoices"),
                   "kamdesk.gui.settlement.invoices_page:InvoicesPage"),
    SettlementPage("payments", QT_TRANSLATE_NOOP("SettlementArea", "Payments"),
                   "kamdesk.gui.settlement.payments_page:PaymentsPage"),
    SettlementPage("collection", QT_TRANSLATE_NOOP("SettlementArea", "Collection"),
                   "kamdesk.gui.settlement.collection_page:CollectionPage"),
)


def page_view(key: str):
    """A screenshot view: the main window on the settlement area, showing its page `key` with its lines read."""
    import time

    from PySide6.QtCore import QCoreApplication

    from kamdesk.gui import operations
    from kamdesk.gui.screenshot import window_on

    window = window_on("receivables")
    window.receivables.show_page(key)
    deadline = time.monotonic() + SCREENSHOT_WAIT_S
    while operations.running() and time.monotonic() < deadline:  # the aging is read on a worker thread
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return window


def receivables_view(_argument: str = ""):
    """`screenshot receivables`: the Receivables page."""
    return page_view("receivables")


def invoices_view(_argument: str = ""):
    """`screenshot invoices`: the Invoices page."""
    return page_view("invoices")


def payments_view(_argument: str = ""):
    """`screenshot payments`: the Payments page."""
    return page_view("payments")


def collection_view(_argument: str = ""):
    """`screenshot collection`: the Collection page."""
    return page_view("collection")


def attach(window, page) -> None:
    """The pages' Open client opens the client card in the window."""
    page.open_client.connect(window.open_client)


AREA = Area(
    key="receivables",
    title=QT_TRANSLATE_NOOP("MainWindow", "Receivables"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Rec&eivables"),
    shortcut="Ctrl+9",
    page="kamdesk.gui.settlement.settlement_page:SettlementArea",
    attach="kamdesk.gui.settlement.area:attach",
    card_tabs=("kamdesk.gui.settlement.client_tab:ReceivablesTab",),
    screenshots=(ScreenshotView("receivables", "kamdesk.gui.settlement.area:receivables_view"),
                 ScreenshotView("invoices", "kamdesk.gui.settlement.area:invoices_view"),
                 ScreenshotView("payments", "kamdesk.gui.settlement.area:payments_view"),
                 ScreenshotView("collection", "kamdesk.gui.settlement.area:collection_view")),
    commands="kamdesk.gui.settlement.commands:add_commands",
    demo="kamdesk.core.services.settlement_demo:step",
)
