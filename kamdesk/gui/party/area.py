"""The party area as the application registers it: the client list, client cards, client commands."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def client_view(argument: str):
    """`screenshot client:<id>`: the client card."""
    from kamdesk.core.services.party import get_client
    from kamdesk.gui.party.client_card import ClientCard

    get_client(int(argument))  # a clear error for an unknown id
    return ClientCard(int(argument))


AREA = Area(
    key="clients",
    title=QT_TRANSLATE_NOOP("MainWindow", "Clients"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "&Clients"),
    shortcut="Ctrl+1",
    page="kamdesk.gui.party.client_list:ClientListView",
    screenshots=(ScreenshotView("clients"), ScreenshotView("main"),
                 ScreenshotView("client", "kamdesk.gui.party.area:client_view", "id")),
    card_tabs=("kamdesk.gui.audit.client_tab:AuditTab",),
    commands="kamdesk.gui.party.commands:add_commands",
)
