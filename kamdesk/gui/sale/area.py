"""The sale area as the application registers it: two areas, orders and offers, with their views,
commands and demo data."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def order_view(argument: str):
    """`screenshot order:<number>`: the order entry with that order."""
    from kamdesk.core.services.sale import order_by_number
    from kamdesk.gui.screenshot import window_on

    window = window_on("orders")
    window.orders.open_order(order_by_number(argument).id)
    return window


def offer_view(argument: str):
    """`screenshot offer:<number>`: the offer entry with that offer."""
    from kamdesk.core.services.offer import offer_by_number
    from kamdesk.gui.screenshot import window_on

    window = window_on("offers")
    window.offers.open_offer(offer_by_number(argument).id)
    return window


def attach_offers(window, page) -> None:
    """An offer accepted into an order opens that order in the orders area."""
    page.open_order.connect(window.open_order)


ORDERS = Area(
    key="orders",
    title=QT_TRANSLATE_NOOP("MainWindow", "Orders"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "&Orders"),
    shortcut="Ctrl+3",
    page="kamdesk.gui.sale.orders_page:OrdersPage",
    new_text=QT_TRANSLATE_NOOP("MainWindow", "&New order…"),
    new_slot="new_order",
    screenshots=(ScreenshotView("orders"), ScreenshotView("order", "kamdesk.gui.sale.area:order_view", "number")),
    commands="kamdesk.gui.sale.commands:add_order_commands",
    demo="kamdesk.core.services.demo:orders_step",
)

OFFERS = Area(
    key="offers",
    title=QT_TRANSLATE_NOOP("MainWindow", "Offers"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "O&ffers"),
    shortcut="Ctrl+6",
    page="kamdesk.gui.sale.offers_page:OffersPage",
    new_text=QT_TRANSLATE_NOOP("MainWindow", "&New offer…"),
    new_slot="new_offer",
    attach="kamdesk.gui.sale.area:attach_offers",
    screenshots=(ScreenshotView("offers"), ScreenshotView("offer", "kamdesk.gui.sale.area:offer_view", "number")),
    commands="kamdesk.gui.sale.commands:add_offer_commands",
    demo="kamdesk.core.services.demo:offers_step",
)
