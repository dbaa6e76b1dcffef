"""The mail area as the application registers it: no page of its own (mail is sent from the documents, whose
windows carry "E-mail…"), the client card's E-mail tab and Document package… button, the views `kamdesk
screenshot` renders, and `kamdesk mail files|check`, `kamdesk list mail` and `kamdesk package`."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, CardButton, ScreenshotView


def send_view(argument: str):
    """`screenshot mail:<offer number>`: the Send dialog of an offer's e-mail."""
    from kamdesk.core.services import offer as offer_service
    from kamdesk.core.services.mail import documents
    from kamdesk.gui.mail.send_dialog import SendDialog

    draft = documents.offer_draft(offer_service.offer_by_number(argument).id)
    return SendDialog(draft, documents.contacts_for(draft.client_id))


def account_view(_argument: str):
    """`screenshot mail-account`: the e-mail account settings."""
    from kamdesk.gui.mail.account_dialog import AccountDialog

    return AccountDialog()


def add_commands(verbs: dict) -> None:
    """The mail commands (`kamdesk.mail_commands`) and the document package's (`kamdesk.package_commands`)."""
    from kamdesk import mail_commands, package_commands

    mail_commands.add_commands(verbs["kamdesk"], verbs)
    package_commands.add_commands(verbs["kamdesk"], verbs)


AREA = Area(
    key="mail",
    title=QT_TRANSLATE_NOOP("MainWindow", "E-mail"),
    menu_text="",
    shortcut="",
    page="",  # none: the main window shows no navigation entry for it
    card_tabs=("kamdesk.gui.mail.client_tab:SentMailTab",),
    card_buttons=(CardButton("sales", "kamdesk.gui.mail.client_actions:package_button"),),
    screenshots=(ScreenshotView("mail", "kamdesk.gui.mail.area:send_view", "offer number"),
                 ScreenshotView("mail-account", "kamdesk.gui.mail.area:account_view")),
    commands="kamdesk.gui.mail.area:add_commands",
)
