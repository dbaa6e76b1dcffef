"""Letters in the window: one client's letter (fields typed, preview, empty fields named, saved as PDF), the mail
merge (the client list's filters, the first three letters, the skipped list, PDFs and drafts written, a cancel),
the letters' template editor, and where they are opened (client list, client card)."""

import email
import io
from email import policy

import pytest
from pypdf import PdfReader

from kamdesk.core.models import ContractTemplate
from kamdesk.core.services import contract as contract_service
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.core.services.company import segment_by_name
from tests import factories
from tests.gui.keyboard import activate
from tests.gui.waiting import TIMEOUT_MS, finish, settled
from tests.mail_fixtures import MAIL_PASSWORD


def template_id(key: str) -> int:
    contract_service.ensure_builtin_templates()
    return ContractTemplate.get(ContractTemplate.key == key).id


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def quiet(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=TIMEOUT_MS)
    settled(qtbot)


@pytest.fixture
def orseg(company):
    factories.company_details()
    return factories.contract_client()


@pytest.fixture
def letter_dialog(qtbot, orseg):
    from kamdesk.gui.letters.letter_dialog import LetterDialog

    dialog = LetterDialog(orseg.id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    dialog.choose_template(template_id("price_change_en"))
    quiet(qtbot, dialog)
    return dialog


def test_a_letter_names_its_empty_fields_then_previews_and_saves_what_was_typed(qtbot, letter_dialog, tmp_path):
    dialog = letter_dialog
    assert list(dialog.fields.editors) == ["effective_date", "reason"]
    assert dialog.missing_messages == ["The letter prints the field “effective_date” typed for the letter, "
                                       "which is empty."]
    assert "[effective_date]" in dialog.preview_text()
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    quiet(qtbot, dialog)
    assert dialog.missing_messages == [] and dialog.missing.isHidden()
    assert "our prices change from 1 February 2027." in dialog.preview_text()
    assert "Dear Čapek Jiří," in dialog.preview_text()
    finish(qtbot, dialog.save_pdf(tmp_path / "letter.pdf"))
    assert "prices change from 1 February 2027" in pdf_text((tmp_path / "letter.pdf").read_bytes())
    assert "Saved" in dialog.status.text()


def test_a_letter_saved_under_a_name_with_a_dot_keeps_the_whole_name(qtbot, letter_dialog, tmp_path):
    qtbot.keyClicks(letter_dialog.fields.editors["effective_date"], "1 February 2027")
    quiet(qtbot, letter_dialog)
    folder = tmp_path / "letters"
    folder.mkdir()
    finish(qtbot, letter_dialog.save_pdf(folder / "Delta v1.2 Bt"))
    finish(qtbot, letter_dialog.save_pdf(folder / "other.PDF"))
    assert sorted(p.name for p in folder.iterdir()) == ["Delta v1.2 Bt.pdf", "other.PDF"]


def test_another_template_asks_for_its_own_fields_and_keeps_a_shared_one(qtbot, letter_dialog):
    dialog = letter_dialog
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 March 2027")
    dialog.choose_template(template_id("general_hu"))
    quiet(qtbot, dialog)
    assert list(dialog.fields.editors) == ["subject", "text"]
    dialog.fields.editors["subject"].setText("Új szállítási napok")
    dialog.fields.edited.emit()
    dialog.fields.editors["text"].setPlainText("Januártól keddenként szállítunk.")
    quiet(qtbot, dialog)
    assert dialog.preview_text().startswith("Új szállítási napok")
    assert "Tisztelt Čapek Jiří!" in dialog.preview_text()
    dialog.choose_template(template_id("price_change_hu"))
    quiet(qtbot, dialog)
    assert dialog.fields.values()["effective_date"] == "1 March 2027"


# ---------------------------------------------------------------- the merge

@pytest.fixture
def mailing(company):
    factories.company_details()
    retail = segment_by_name("Retail")
    factories.client("Alfa Kft.", segment="Retail", status="active",
                     contacts=[{"name": "Szabó Éva", "email": "eva@alfa.example", "is_primary": True}])
    factories.client("Béta Bt.", segment="Retail", status="active", email="info@beta.example")
    factories.client("Gamma Zrt.", segment="Retail", status="active")
    factories.client("Delta Kft.", segment="Retail", status="active", email="delta@example.hu")
    factories.client("Omega Kft.", segment="HoReCa", status="active", email="omega@example.hu")
    return retail


@pytest.fixture
def merge_dialog(qtbot, mailing, tmp_path):
    from kamdesk.gui.letters.merge_dialog import MergeDialog

    dialog = MergeDialog(None, ClientFilter(segment_id=mailing.id))
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    dialog.choose_template(template_id("price_change_en"))
    quiet(qtbot, dialog)
    return dialog


def test_the_merge_starts_from_the_list_filter_and_previews_the_first_three(qtbot, merge_dialog):
    dialog = merge_dialog
    assert dialog.segment.currentText() == "Retail"
    assert dialog.count.text() == "4 client(s) found"
    assert [dialog.previews.tabText(i) for i in range(dialog.previews.count())] == ["Alfa Kft.", "Béta Bt.",
                                                                                     "Delta Kft."]
    assert all(text.startswith("Skipped: The letter prints the field “effective_date”")
               for text in dialog.preview_texts())
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    quiet(qtbot, dialog)
    assert "Dear Szabó Éva," in dialog.preview_texts()[0]


def test_checking_lists_the_clients_skipped_for_a_missing_e_mail(qtbot, merge_dialog):
    dialog = merge_dialog
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    dialog.mail.button(2).setChecked(True)  # send the e-mails: an address is needed
    quiet(qtbot, dialog)
    finish(qtbot, dialog.run(dry_run=True))
    assert dialog.skipped.rowCount() == 1
    assert (dialog.skipped.item(0, 0).text(), dialog.skipped.item(0, 1).text()) == (
        "Gamma Zrt.", "Not mailed: No e-mail address: neither the client nor its contacts have one.")
    assert dialog.status.text() == "4 of 4 client(s) get a letter."


def test_the_merge_writes_a_pdf_per_client_and_e_mail_drafts(qtbot, merge_dialog, tmp_path):
    dialog = merge_dialog
    pdfs, drafts = tmp_path / "pdf", tmp_path / "eml"
    pdfs.mkdir()
    drafts.mkdir()
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    dialog.pdf_folder.setText(str(pdfs))
    dialog.eml_folder.setText(str(drafts))
    dialog.mail.button(1).setChecked(True)
    quiet(qtbot, dialog)
    finish(qtbot, dialog.run())
    assert sorted(p.name for p in pdfs.iterdir()) == [f"Price change notice - {name}.pdf" for name in
                                                      ("Alfa Kft", "Béta Bt", "Delta Kft", "Gamma Zrt")]
    assert sorted(p.name for p in drafts.iterdir()) == [f"Price change notice - {name}.eml" for name in
                                                        ("Alfa Kft", "Béta Bt", "Delta Kft")]
    sent = email.message_from_bytes((drafts / "Price change notice - Béta Bt.eml").read_bytes(),
                                    policy=policy.default)
    assert sent["To"] == '"Béta Bt." <info@beta.example>' and sent["X-Unsent"] == "1"
    assert dialog.status.text() == "4 letter(s) made; 3 e-mail(s) sent or saved; 0 client(s) skipped."
    assert dialog.skipped.item(0, 0).text() == "Gamma Zrt."


def test_a_cancelled_merge_keeps_what_it_wrote_and_says_so(qtbot, merge_dialog, tmp_path, monkeypatch):
    from kamdesk.core.services import letters

    dialog = merge_dialog
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    dialog.pdf_folder.setText(str(tmp_path))
    quiet(qtbot, dialog)
    made = letters.letter_pdf_bytes
    holder = {}

    def cancel_after_the_second(*args, **kwargs):
        result = made(*args, **kwargs)
        holder["count"] = holder.get("count", 0) + 1
        if holder["count"] == 2:
            holder["op"].task.cancel()  # the user's Cancel, while the second letter is laid out
        return result

    monkeypatch.setattr(letters, "letter_pdf_bytes", cancel_after_the_second)
    holder["op"] = dialog.run()
    qtbot.waitUntil(lambda: holder["op"].done or holder["op"].was_cancelled, timeout=TIMEOUT_MS)
    settled(qtbot)
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert "Stopped after 2 of 4 client(s)" in dialog.status.text()


def test_a_merge_says_which_letters_could_not_be_written_and_goes_on(qtbot, merge_dialog, tmp_path, monkeypatch):
    import errno

    from kamdesk.core.documents import files

    dialog = merge_dialog
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    dialog.pdf_folder.setText(str(tmp_path))
    quiet(qtbot, dialog)
    written = files.write_atomically

    def disk_full_for_beta(path, data):
        if "Béta" in path.name:
            raise OSError(errno.ENOSPC, "No space left on device")
        written(path, data)

    monkeypatch.setattr(files, "write_atomically", disk_full_for_beta)
    finish(qtbot, dialog.run())
    assert dialog.status.text() == ("3 letter(s) made; 0 e-mail(s) sent or saved; 0 client(s) skipped; "
                                    "1 letter(s) could not be written.")
    assert "#c62828" in dialog.status.styleSheet()
    assert (dialog.skipped.item(0, 0).text(), dialog.skipped.item(0, 1).text()) == (
        "Béta Bt.", f"Not written, not mailed: The file {tmp_path / 'Price change notice - Béta Bt.pdf'} could "
                    "not be written: No space left on device.")
    assert len(list(tmp_path.glob("*.pdf"))) == 3


def test_a_merge_ended_by_a_fault_says_what_was_done_and_why(qtbot, merge_dialog, tmp_path, monkeypatch):
    from kamdesk.core.errors import DatabaseFault
    from kamdesk.core.services import letters

    dialog = merge_dialog
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    dialog.pdf_folder.setText(str(tmp_path))
    quiet(qtbot, dialog)
    made = letters.letter_pdf_bytes

    def gone_at_the_third(letter):
        if letter.addressee.name == "Delta Kft.":
            raise DatabaseFault("The database cannot be reached.")
        return made(letter)

    monkeypatch.setattr(letters, "letter_pdf_bytes", gone_at_the_third)
    finish(qtbot, dialog.run())
    assert dialog.status.text() == ("2 letter(s) made; 0 e-mail(s) sent or saved; 0 client(s) skipped. "
                                    "Stopped after 2 of 4 client(s): what was done until then stays. "
                                    "It stopped because: The database cannot be reached.")
    assert len(list(tmp_path.glob("*.pdf"))) == 2


# ---------------------------------------------------------------- where they open

def test_the_client_list_opens_a_letter_and_a_merge_with_its_filters(qtbot, mailing):
    from kamdesk.gui.party.client_list import ClientListView

    view = ClientListView()
    qtbot.addWidget(view)
    view.segment.setCurrentIndex(view.segment.findData(mailing.id))
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=TIMEOUT_MS)
    assert view.letter_action in view.table.actions() and view.merge_action in view.table.actions()
    merge = view.merge_filtered()
    qtbot.addWidget(merge)
    assert merge.client_filter().segment_id == mailing.id
    letter = view.letter_to_current()
    qtbot.addWidget(letter)
    assert letter.windowTitle() == "Letter to Alfa Kft."
    quiet(qtbot, merge)
    quiet(qtbot, letter)


def test_the_client_card_has_a_letter_button(qtbot, orseg):
    from kamdesk.gui.party.client_card import ClientCard

    card = ClientCard(orseg.id)
    qtbot.addWidget(card)
    assert card.letter_button.isEnabled()
    dialog = card.write_letter()
    qtbot.addWidget(dialog)
    assert dialog.client_id == orseg.id
    quiet(qtbot, dialog)
    assert not ClientCard().letter_button.isEnabled()  # a new client, not saved yet


def test_the_letters_template_editor_shows_letters_only_and_saves_a_russian_one(qtbot, company):
    from kamdesk.gui.contract.template_editor import TemplateEditor

    editor = TemplateEditor(None, letters=True)
    qtbot.addWidget(editor, before_close_func=lambda d: setattr(d, "_saved_values", d.values()))
    editor.show()
    qtbot.waitUntil(lambda: not editor.checking, timeout=TIMEOUT_MS)
    kinds = {editor.templates.topLevelItem(i).text(1) for i in range(editor.templates.topLevelItemCount())}
    assert kinds == {"Letter"}
    assert [editor.kind.itemData(i) for i in range(editor.kind.count())] == ["letter"]
    assert editor.language.findData("ru") >= 0
    assert editor.placeholder_action("contract.number") is None and editor.placeholder_action("client.name")
    editor.new_template()
    editor.language.setCurrentIndex(editor.language.findData("ru"))
    editor.language.activated.emit(editor.language.currentIndex())
    editor.editor.setPlainText(editor.editor.toPlainText().replace("Dear", "Уважаемый").replace(
        "fields.effective_date", "fields.visit_date"))
    qtbot.waitUntil(lambda: not editor.checking, timeout=TIMEOUT_MS)
    assert editor.problem_texts() == []
    assert "[visit_date]" in editor.preview_text()  # the sample client's letter, the field still to type
    assert editor.save()
    saved = contract_service.get_template(editor.template_id)
    assert (saved.kind, saved.language) == ("letter", "ru")
    contract_kinds = {t.kind for t in contract_service.list_templates()}
    assert "letter" not in contract_kinds


# ---------------------------------------------------------------- e-mails

@pytest.fixture
def account(mail_account, mail_keyring):
    """The desk's account, reaching the test servers, its password in the (in-memory) keyring."""
    from kamdesk.core.services import mail
    from kamdesk.gui.mail import passwords

    passwords._typed.clear()
    saved = mail.save_account({**mail_account, "imap_host": ""})
    mail.remember_password(saved, MAIL_PASSWORD)
    yield saved
    passwords._typed.clear()


def test_a_letter_is_e_mailed_from_the_send_dialog(qtbot, letter_dialog, account, smtp_server):
    from kamdesk.core.services import mail
    from kamdesk.gui.mail.send_dialog import SendDialog

    dialog = letter_dialog
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    quiet(qtbot, dialog)
    finish(qtbot, dialog.email())
    [send] = [widget for widget in dialog.findChildren(SendDialog)]
    assert send.subject.text() == "Price change notice"
    assert "capek@orseg.hu" in send.to.text()
    finish(qtbot, send.send())
    [received] = smtp_server.messages
    assert "prices change from 1 February 2027" in pdf_text(
        received.attachments()["Price change notice - Őrség Fűszer Kft.pdf"])
    assert [record.via for record in mail.history(dialog.client_id)] == ["smtp"]
    assert dialog.status.text() == "The letter's e-mail is in the client's history."


def test_the_merge_sends_with_the_desks_account(qtbot, mailing, account, smtp_server):
    from kamdesk.gui.letters.merge_dialog import SEND, MergeDialog

    dialog = MergeDialog(None, ClientFilter(segment_id=mailing.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_template(template_id("price_change_en"))
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    dialog.pdf.setChecked(False)
    assert dialog.send.isEnabled() and dialog.no_account.isHidden()
    dialog.mail.button(SEND).setChecked(True)
    quiet(qtbot, dialog)
    finish(qtbot, dialog.run())
    assert sorted(message.recipients[0] for message in smtp_server.messages) == [
        "delta@example.hu", "eva@alfa.example", "info@beta.example"]
    assert dialog.status.text() == "4 letter(s) made; 3 e-mail(s) sent or saved; 0 client(s) skipped."
    assert dialog.skipped.item(0, 0).text() == "Gamma Zrt."


def test_without_an_account_sending_is_off_with_a_link_to_set_it_up(qtbot, merge_dialog, mail_ca):
    assert not merge_dialog.send.isEnabled()
    assert merge_dialog.no_account.isVisible()


def test_a_merged_e_mail_sent_but_not_recorded_is_counted_sent_with_its_warning(qtbot, mailing, account,
                                                                                 smtp_server, monkeypatch):
    from peewee import OperationalError

    from kamdesk.core.services.mail import records
    from kamdesk.gui.letters.merge_dialog import SEND, MergeDialog

    def locked(*_args, **_kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(records, "record_sent", locked)
    dialog = MergeDialog(None, ClientFilter(segment_id=mailing.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_template(template_id("price_change_en"))
    qtbot.keyClicks(dialog.fields.editors["effective_date"], "1 February 2027")
    dialog.pdf.setChecked(False)
    dialog.mail.button(SEND).setChecked(True)
    quiet(qtbot, dialog)
    finish(qtbot, dialog.run())
    assert len(smtp_server.messages) == 3
    assert dialog.status.text() == "4 letter(s) made; 3 e-mail(s) sent or saved; 0 client(s) skipped."
    reasons = {dialog.skipped.item(row, 0).text(): dialog.skipped.item(row, 1).text()
               for row in range(dialog.skipped.rowCount())}
    assert reasons["Alfa Kft."].startswith("Sent, but: The message was sent to Szabó Éva <eva@alfa.example>, but "
                                           "it could not be recorded")
    assert dialog.skipped_heading.text() == "4 client(s) to look at:"
