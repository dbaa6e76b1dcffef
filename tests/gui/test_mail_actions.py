""""E-mail…" where each document is shown (offer view, order view, contract dialog, statement dialog, Collection
page) opens the Send dialog with that document's message and files; the client card's E-mail tab lists what
was sent or drafted and shows one message's details; the mail area has no navigation entry."""

import datetime as dt

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from kamdesk.core.models import ContractTemplate
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import dunning, mail
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services.mail import documents
from kamdesk.gui.changes import notify
from kamdesk.gui.mail.client_tab import MessageDetails
from kamdesk.gui.mail.send_dialog import MAIL, SendDialog
from kamdesk.gui.main_window import MainWindow
from kamdesk.gui.party.client_card import ClientCard
from kamdesk.gui.settlement.collection_page import CollectionPage
from kamdesk.gui.settlement.labels import SETTLEMENT
from kamdesk.gui.settlement.statement_dialog import StatementDialog
from tests import factories
from tests.core.services.mail.test_documents import TODAY, dairy, invoice  # noqa: F401 (the fixture)
from tests.gui.keyboard import activate
from tests.gui.test_main_window import discard_unsaved
from tests.gui.test_offer_entry import open_entry as open_offer_entry
from tests.gui.test_order_entry import open_entry as open_order_entry
from tests.gui.waiting import finish
from tests.mail_fixtures import MAIL_PASSWORD

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def send_dialog_over(parent) -> SendDialog:
    dialogs = [d for d in parent.findChildren(SendDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def attachment_names(dialog: SendDialog) -> list[str]:
    return [attachment.name for attachment in dialog.draft().attachments]


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    activate(widget)
    return widget


def test_ctrl_shift_e_in_the_offer_view_mails_it_and_the_view_shows_it_sent(
        qtbot, dairy, mail_account, mail_keyring, smtp_server, imap_server):  # noqa: F811
    mail.remember_password(mail.save_account(mail_account), MAIL_PASSWORD)
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 24, 5))
    entry = open_offer_entry(qtbot)
    entry.open_offer(offer.id)
    assert entry.email_button.isVisible() and "Ctrl+Shift+E" in entry.email_button.toolTip()
    qtbot.keyClick(QApplication.focusWidget() or entry, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool([d for d in entry.findChildren(SendDialog) if d.isVisible()]))
    dialog = send_dialog_over(entry)
    assert attachment_names(dialog) == [f"{offer.number}.pdf", f"{offer.number}.xlsx"]
    finish(qtbot, dialog.send())
    assert offer_service.get_offer(offer.id).state == "sent"
    assert not entry.send_button.isVisible()  # the view shows the offer as sent: nothing left to send
    assert len(smtp_server.messages) == 1


def test_the_order_view_mails_a_confirmed_orders_confirmation_only(qtbot, dairy):  # noqa: F811
    products = dairy["products"]
    draft_order = factories.order(dairy["client"].id, TODAY, (products["VAJ-250"], 10, 0))
    entry = open_order_entry(qtbot)
    entry.open_order(draft_order.id)
    assert not entry.email_button.isVisible() and entry.email() is None
    confirmed = factories.order(dairy["client"].id, TODAY, (products["VAJ-250"], 10, 0), confirm=True)
    entry.open_order(confirmed.id)
    assert entry.email_button.isVisible()
    finish(qtbot, entry.email())
    dialog = send_dialog_over(entry)
    assert len(attachment_names(dialog)) == 1 and confirmed.number in attachment_names(dialog)[0]
    assert dialog.to.text() == "Nagy Ilona <ilona@kovacs.example>"


def test_the_contract_dialog_mails_the_contract_with_its_files(qtbot, dairy):  # noqa: F811
    from kamdesk.gui.contract.contract_dialog import ContractDialog

    contracts.ensure_builtin_templates()
    template = ContractTemplate.get(ContractTemplate.key == "supply_en").id
    contract = contracts.save_contract({"client_id": dairy["client"].id, "template_id": template, "start_date": TODAY,
                                        "end_date": TODAY + dt.timedelta(days=364), "title": "Dairy 2027"})
    dialog = ContractDialog(contract.id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d._set_dirty(False) if hasattr(d, "_set_dirty") else None)
    dialog.show()
    finish(qtbot, dialog.email())
    send = send_dialog_over(dialog)
    assert attachment_names(send) == [f"{contract.number}.pdf", f"{contract.number}.docx"]
    assert send.subject.text() == f"Contract {contract.number}: Dairy 2027"


def test_the_statement_dialog_mails_the_period_chosen(qtbot, dairy):  # noqa: F811
    client = dairy["client"]
    invoice(client, "SZ-1", TODAY - dt.timedelta(days=5), "12000")
    dialog = shown(qtbot, StatementDialog(None, client.id))
    finish(qtbot, dialog.email())
    send = send_dialog_over(dialog)
    assert [name.rsplit(".", 1)[1] for name in attachment_names(send)] == ["pdf", "xlsx"]
    assert send.draft().documents[0].kind == "statement"


def test_the_statement_is_mailed_in_the_language_chosen_in_its_dialog(qtbot, dairy):  # noqa: F811
    client = dairy["client"]
    invoice(client, "SZ-2", TODAY - dt.timedelta(days=5), "12000")
    dialog = shown(qtbot, StatementDialog(None, client.id))
    assert dialog.language.currentData() == "hu"  # the client's (a Hungarian company)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    finish(qtbot, dialog.email())
    send = send_dialog_over(dialog)
    assert send.draft().language == "ru"
    assert attachment_names(send)[0].startswith("Акт сверки")


def test_the_collection_page_mails_the_letter_of_a_step_taken(qtbot, dairy):  # noqa: F811
    client = dairy["client"]
    invoice(client, "SZ-7", TODAY - dt.timedelta(days=20), "30000")
    page = shown(qtbot, CollectionPage())
    page.listing.select(next(row.id for row in page.model.rows() if row.client_id == client.id))
    assert not page.email_button.isEnabled()  # no step taken yet: no letter to mail
    step = dunning.take_step(client.id, "reminder", letter_language="hu")
    notify(SETTLEMENT, client_id=client.id)
    qtbot.waitUntil(page.email_button.isEnabled)
    finish(qtbot, page.email())
    send = send_dialog_over(page)
    assert send.draft().documents[0].record_id == step.id
    assert attachment_names(send)[0].endswith(".pdf")


def test_the_client_cards_email_tab_lists_the_mail_and_shows_its_details(qtbot, dairy, tmp_path):  # noqa: F811
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 5, 0))
    card = ClientCard(dairy["client"].id)
    qtbot.addWidget(card)
    tab = card.area_tabs["mail"]
    assert tab.table.rowCount() == 0 and tab.empty.text()
    draft = documents.offer_draft(offer.id)
    mail.save_draft(draft, tmp_path / "a.eml")
    notify(MAIL, client_id=offer.client_id)
    assert tab.table.rowCount() == 1
    texts = [tab.table.item(0, column).text() for column in range(5)]
    assert texts[1:] == ["Draft", "Nagy Ilona <ilona@kovacs.example>", draft.subject,
                         f"{offer.number}.pdf, {offer.number}.xlsx"]
    details = tab.show_details()
    assert isinstance(details, MessageDetails) and draft.subject in details.windowTitle()
    assert f"Offer {offer.number}" in [label.text() for label in details.findChildren(type(tab.empty.label))]
    details.close()


def test_the_mail_area_has_no_navigation_entry(qtbot, company):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=discard_unsaved)
    from kamdesk import areas

    assert window.navigation.isRowHidden(areas.index("mail"))
    assert not window.show_area("mail")


def test_the_screenshot_views_are_the_send_dialog_of_an_offer_and_the_account_settings(qtbot, dairy):  # noqa: F811
    from kamdesk.gui.mail.account_dialog import AccountDialog
    from kamdesk.gui.screenshot import _build

    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 5, 0))
    send = _build(f"mail:{offer.number}")
    account = _build("mail-account")
    for widget in (send, account):
        qtbot.addWidget(widget)
    assert isinstance(send, SendDialog) and send.subject.text().startswith(offer.number)
    assert isinstance(account, AccountDialog)


def test_an_offer_handed_to_the_mail_program_and_marked_sent_shows_sent_in_its_view(
        qtbot, dairy, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from kamdesk.gui.mail import send_dialog

    monkeypatch.setattr(send_dialog.QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 24, 5))
    entry = open_offer_entry(qtbot)
    entry.open_offer(offer.id)
    finish(qtbot, entry.email())
    send_dialog_over(entry).open_in_mail_program()
    assert offer_service.get_offer(offer.id).state == "sent"
    assert not entry.send_button.isVisible() and entry.state == "sent"


class Hungarian(QTranslator):
    """Translates only a document's title and a Sent copy's failure: enough to see the details ask for them."""

    WORDS = {"Offer {number}": "Árajánlat {number}", "The IMAP server {server} refused: {reason}.":
             "A(z) {server} IMAP-kiszolgáló elutasította: {reason}."}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source) if context == "Messages" else None


def test_the_details_show_the_documents_and_the_sent_copys_failure_in_the_desks_language(
        qtbot, qapp, dairy, tmp_path):  # noqa: F811
    """Review 19: the history kept English text, shown in English on a Hungarian desk."""
    from kamdesk.core.messages import Message

    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 5, 0))
    record = mail.save_draft(documents.offer_draft(offer.id), tmp_path / "a.eml")
    record.sent_copy = mail.stored.keep(Message("The IMAP server {server} refused: {reason}.", server="imap.x:993",
                                                reason="Quota exceeded"))
    translator = Hungarian()
    qapp.installTranslator(translator)
    try:
        details = MessageDetails(record)
        qtbot.addWidget(details)
        texts = [label.text() for label in details.findChildren(QLabel)]
    finally:
        qapp.removeTranslator(translator)
    assert f"Árajánlat {offer.number}" in texts
    assert any("A(z) imap.x:993 IMAP-kiszolgáló elutasította: Quota exceeded." in text for text in texts)
