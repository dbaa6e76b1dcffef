"""The letters area as the application registers it: no page of its own (a letter is written from a client),
the client card's Letter… button, the client list's Letter… and Mail merge… and `kamdesk letters …` with
`kamdesk mail letter`. It extends the party (and the mail area, which sends its e-mails), never the other way
round."""

from __future__ import annotations

from kamdesk.area import Area, CardButton

ACTIONS = "kamdesk.gui.letters.client_actions"

AREA = Area(
    key="letters",
    title="",  # no page: the main window shows no navigation entry for it
    menu_text="",
    shortcut="",
    page="",
    card_buttons=(CardButton("activities", f"{ACTIONS}:letter_button"),),
    client_actions=(f"{ACTIONS}:letter_action", f"{ACTIONS}:merge_action"),
    commands="kamdesk.gui.letters.commands:add_commands",
)
