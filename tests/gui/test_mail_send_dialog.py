"""The Send dialog against real servers on loopback: an offer's e-mail as drafted, edited (contacts added,
an attachment removed), sent by SMTP with the desk's account (the server reads it back, the history records
it, the offer moves to sent), or handed to the mail program as an unsent .eml; refusals said in the dialog,
with nothing recorded and nothing moved."""

import email
import email.policy
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pypdf import PdfReader

from kamdesk.core.services import mail
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services.mail import documents
from kamdesk.gui.mail import passwords, send_dialog
from kamdesk.gui.mail.send_dialog import SendDialog, addresses
from tests import factories
from tests.core.services.mail.test_documents import TODAY, dairy  # noqa: F401 (the fixture)
from tests.gui.keyboard import activate
from tests.gui.waiting import finish
from tests.mail_fixtures import MAIL_PASSWORD


@pytest.fixture(autouse=True)
def no_session_passwords():
    """Each test starts with no password typed earlier in the session."""
    passwords._typed.clear()
    yield
    passwords._typed.clear()


@pytest.fixture
def offer(dairy):  # noqa: F811 (the imported fixture)
    return factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 24, 5))


@pytest.fixture
def account(mail_account, mail_keyring):
    """The desk's account, reaching the test servers, its password in the (in-memory) keyring."""
    saved = mail.save_account(mail_account)
    mail.remember_password(saved, MAIL_PASSWORD)
    return saved


def send_dialog_of(qtbot, offer):
    draft = documents.offer_draft(offer.id)
    dialog = SendDialog(draft, documents.contacts_for(draft.client_id))
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))  # closed at the end without asking
    dialog.show()
    return dialog


def test_addresses_are_split_at_commas_and_semicolons_but_not_inside_a_quoted_name():
    assert addresses('a@b.hu; "Szabó, Ferenc" <ferenc@x.hu>,\n Kiss Béla <bela@x.hu>,, ') == [
        "a@b.hu", '"Szabó, Ferenc" <ferenc@x.hu>', "Kiss Béla <bela@x.hu>"]


def test_the_offers_message_is_shown_to_edit_with_the_contacts_offered_and_the_files_sized(qtbot, offer, account):
    dialog = send_dialog_of(qtbot, offer)
    assert dialog.to.text() == "Nagy Ilona <ilona@kovacs.example>"
    assert dialog.subject.text().startswith(offer.number) and "Tisztelt Nagy Ilona!" in dialog.body.toPlainText()
    assert dialog.sender.text() == "Kiss Anna <anna.kiss@example.hu>" and not dialog.no_account.isVisible()
    names = [dialog.attachments.item(row, 0).text() for row in range(dialog.attachments.rowCount())]
    assert names == [f"{offer.number}.pdf", f"{offer.number}.xlsx"]
    assert all(dialog.attachments.item(row, 1).text().endswith(" kB") for row in range(2))
    contacts = [action.text() for action in dialog.cc_contacts.menu().actions()]
    assert contacts == ["Nagy Ilona <ilona@kovacs.example>", "Szabó, Ferenc <ferenc@kovacs.example>",
                        "Kovács és Társa Kft. <info@kovacs.example>"]
    dialog.cc_contacts.menu().actions()[1].trigger()
    dialog.to_contacts.menu().actions()[0].trigger()  # already there: not twice
    assert dialog.cc.text() == '"Szabó, Ferenc" <ferenc@kovacs.example>'
    assert dialog.to.text() == "Nagy Ilona <ilona@kovacs.example>"
    dialog.attachments.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in dialog.draft().attachments] == [f"{offer.number}.pdf"]
    assert dialog.draft().cc == ['"Szabó, Ferenc" <ferenc@kovacs.example>']


def test_sent_by_smtp_the_server_gets_it_the_history_records_it_and_the_offer_is_sent(
        qtbot, offer, account, smtp_server, imap_server):
    dialog = send_dialog_of(qtbot, offer)
    dialog.cc_contacts.menu().actions()[1].trigger()
    dialog.subject.setText("Árajánlat – javított")
    with qtbot.waitSignal(dialog.sent) as sent:
        finish(qtbot, dialog.send())
    received = smtp_server.messages[-1]
    message = received.message
    assert message["Subject"] == "Árajánlat – javított"
    assert sorted(received.recipients) == ["ferenc@kovacs.example", "ilona@kovacs.example"]
    pdf = received.attachments()[f"{offer.number}.pdf"]
    assert offer.number in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert not dialog.isVisible()
    record = sent.args[0]
    assert [(r.id, r.via, r.sent_copy) for r in mail.history(offer.client_id)] == [(record.id, "smtp", "saved")]
    assert offer_service.get_offer(offer.id).state == "sent"
    assert len(imap_server.folders["Sent"]) == 1


def test_a_wrong_password_is_said_in_the_dialog_nothing_is_recorded_or_moved_and_the_next_send_asks(
        qtbot, offer, mail_account, mail_keyring, smtp_server, imap_server, monkeypatch):
    saved = mail.save_account(mail_account)
    mail.remember_password(saved, "not-the-password")
    dialog = send_dialog_of(qtbot, offer)
    finish(qtbot, dialog.send())
    assert dialog.isVisible() and dialog.errors["form"].isVisible()
    assert "password" in dialog.errors["form"].text().lower()
    assert MAIL_PASSWORD not in dialog.errors["form"].text() and "not-the-password" not in dialog.errors["form"].text()
    assert smtp_server.messages == [] and mail.history(offer.client_id) == []
    assert offer_service.get_offer(offer.id).state == "draft"
    monkeypatch.setattr(passwords, "ask", lambda parent, account: MAIL_PASSWORD)  # typed again, right this time
    finish(qtbot, dialog.send())
    assert len(smtp_server.messages) == 1 and offer_service.get_offer(offer.id).state == "sent"


def test_a_bad_address_is_shown_beside_to_and_nothing_leaves(qtbot, offer, account, smtp_server):
    dialog = send_dialog_of(qtbot, offer)
    dialog.to.setText("ilona at kovacs")
    assert dialog.send() is None
    assert dialog.errors["to"].isVisible() and "ilona at kovacs" in dialog.errors["to"].text()
    assert dialog.focusWidget() is dialog.to
    qtbot.keyClick(dialog.to, Qt.Key.Key_Backspace)  # typing takes the message away
    assert not dialog.errors["to"].isVisible()
    assert smtp_server.messages == [] and mail.history(offer.client_id) == []


def test_ctrl_enter_sends_and_escape_closes(qtbot, offer, account, smtp_server, imap_server):
    dialog = send_dialog_of(qtbot, offer)
    activate(dialog)
    dialog.body.setFocus()
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.operation is not None
    finish(qtbot, dialog.operation)
    assert len(smtp_server.messages) == 1
    other = send_dialog_of(qtbot, offer)
    activate(other)
    qtbot.keyClick(other.subject, Qt.Key.Key_Escape)
    assert not other.isVisible() and len(mail.history(offer.client_id)) == 1


def test_the_password_is_asked_when_the_keyring_has_none_and_kept_for_the_session(
        qtbot, offer, mail_account, mail_keyring, smtp_server, imap_server, monkeypatch):
    mail.save_account(mail_account)
    asked = []

    def typed(parent, account):
        asked.append(account.smtp_user)
        passwords.keep(account, MAIL_PASSWORD)
        return MAIL_PASSWORD

    monkeypatch.setattr(passwords, "ask", typed)
    finish(qtbot, send_dialog_of(qtbot, offer).send())
    finish(qtbot, send_dialog_of(qtbot, offer).send())
    assert asked == ["anna"] and len(smtp_server.messages) == 2
    assert mail_keyring.passwords == {}  # not asked to remember it


def test_without_an_account_send_is_off_and_the_link_leads_to_the_settings(
        qtbot, offer, mail_account, mail_keyring, monkeypatch):
    dialog = send_dialog_of(qtbot, offer)
    assert not dialog.send_button.isEnabled() and dialog.no_account.isVisible()
    assert dialog.mail_program_button.isEnabled()
    monkeypatch.setattr(send_dialog, "edit_account", lambda parent: mail.save_account(mail_account))
    dialog.no_account.linkActivated.emit("settings")
    assert dialog.send_button.isEnabled() and not dialog.no_account.isVisible()
    assert dialog.sender.text() == "Kiss Anna <anna.kiss@example.hu>"


def test_opened_in_the_mail_program_as_an_unsent_draft_then_the_offer_marked_sent_when_the_user_says(
        qtbot, offer, monkeypatch):
    opened = []
    monkeypatch.setattr(send_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: questions.append(text)
                        or QMessageBox.StandardButton.Yes)
    dialog = send_dialog_of(qtbot, offer)
    record = dialog.open_in_mail_program()
    message = email.message_from_bytes(Path(opened[0]).read_bytes(), policy=email.policy.default)
    assert opened[0].endswith(".eml") and message["X-Unsent"] == "1"
    assert [part.get_filename() for part in message.iter_attachments()] == [f"{offer.number}.pdf",
                                                                           f"{offer.number}.xlsx"]
    assert record.via == "draft" and [r.id for r in mail.history(offer.client_id)] == [record.id]
    assert offer.number in questions[0]
    assert offer_service.get_offer(offer.id).state == "sent" and not dialog.isVisible()


def test_a_draft_handed_to_the_mail_program_leaves_the_offer_a_draft_when_the_user_says_no(
        qtbot, offer, monkeypatch):
    monkeypatch.setattr(send_dialog.QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    send_dialog_of(qtbot, offer).open_in_mail_program()
    assert offer_service.get_offer(offer.id).state == "draft"
    assert [r.via for r in mail.history(offer.client_id)] == ["draft"]


def test_an_attachment_opens_from_a_temporary_copy(qtbot, offer, monkeypatch):
    opened = []
    monkeypatch.setattr(send_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = send_dialog_of(qtbot, offer)
    dialog.attachments.selectRow(0)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[0]).name == f"{offer.number}.pdf"
    assert Path(opened[0]).read_bytes() == dialog.draft().attachments[0].data


def test_a_sent_folder_that_takes_no_copy_is_said_but_the_mail_is_sent(
        qtbot, offer, mail_account, mail_keyring, mail_ca, smtp_server, monkeypatch):
    from tests.mail_fixtures import MAIL_USER
    from tests.mail_servers import ImapServer

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    with ImapServer(mail_ca, users={MAIL_USER: MAIL_PASSWORD}, refuse_append=True) as refusing:
        saved = mail.save_account({**mail_account, "imap_port": refusing.port})
        mail.remember_password(saved, MAIL_PASSWORD)
        finish(qtbot, send_dialog_of(qtbot, offer).send())
    assert len(smtp_server.messages) == 1 and offer_service.get_offer(offer.id).state == "sent"
    assert len(told) == 1 and told[0].startswith("The e-mail is sent, but no copy was put in the Sent folder: ")
    assert mail.history(offer.client_id)[0].sent_copy not in ("", "saved")


def test_a_message_sent_but_not_recorded_is_said_and_the_dialog_closes_so_it_is_not_sent_twice(
        qtbot, offer, account, smtp_server, imap_server, monkeypatch):
    from kamdesk.core.errors import KamdeskError
    from kamdesk.core.messages import Message
    from kamdesk.core.services.mail import records

    def broken(*args):
        raise KamdeskError(Message("The database is locked."))

    monkeypatch.setattr(records, "record_sent", broken)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    dialog = send_dialog_of(qtbot, offer)
    finish(qtbot, dialog.send())
    assert len(smtp_server.messages) == 1 and not dialog.isVisible()
    assert warned and warned[0].startswith("The message was sent to Nagy Ilona <ilona@kovacs.example>, but it could "
                                           "not be recorded")


def test_escape_on_an_edited_message_asks_before_it_is_lost(qtbot, offer, monkeypatch):
    asked, answers = [], [None, True]  # Cancel, then Discard
    monkeypatch.setattr(send_dialog, "choose", lambda box, buttons: asked.append(box.text()) or answers.pop(0))
    dialog = send_dialog_of(qtbot, offer)
    activate(dialog)
    dialog.body.setPlainText("Kedves Ilona, a módosított ajánlat…")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["What you changed in this e-mail is lost."]
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and mail.history(offer.client_id) == []
    untouched = send_dialog_of(qtbot, offer)
    untouched.reject()
    assert not untouched.isVisible() and len(asked) == 2  # nothing changed: nothing asked


def test_an_offer_whose_files_were_removed_is_not_sent_nor_named(qtbot, offer, account, smtp_server, imap_server):
    """Review 19: the bare text sent without the offer's files leaves the offer a draft."""
    dialog = send_dialog_of(qtbot, offer)
    for _ in range(2):
        dialog.attachments.selectRow(0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.draft().attachments == [] and dialog.draft().documents == []
    finish(qtbot, dialog.send())
    [received] = smtp_server.messages
    assert list(received.message.iter_attachments()) == []
    [record] = mail.history(offer.client_id)
    assert record.documents == "" and offer_service.get_offer(offer.id).state == "draft"


def test_one_of_the_offers_files_kept_still_carries_it(qtbot, offer, account):
    dialog = send_dialog_of(qtbot, offer)
    dialog.attachments.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [ref.record_id for ref in dialog.draft().documents] == [offer.id]


def test_a_password_the_server_refused_is_taken_out_of_the_keyring(
        qtbot, offer, mail_account, mail_keyring, smtp_server, imap_server):
    """Review 19: a refused password stayed in the keyring and was tried again in every session."""
    saved = mail.save_account(mail_account)
    mail.remember_password(saved, "not-the-password")
    dialog = send_dialog_of(qtbot, offer)
    finish(qtbot, dialog.send())
    assert smtp_server.messages == [] and mail.password(saved) is None


def test_a_contact_whose_name_has_an_ampersand_shows_it_in_the_menu(qtbot, offer, account):
    draft = documents.offer_draft(offer.id)
    dialog = SendDialog(draft, [("Kovács & Fia", "info@kovacs.hu")])
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    [action] = dialog.to_contacts.menu().actions()
    assert action.text() == "Kovács && Fia <info@kovacs.hu>"
    action.trigger()
    assert dialog.to.text().endswith("Kovács & Fia <info@kovacs.hu>")
