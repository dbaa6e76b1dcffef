"""Letters from templates: the built-in letters in three languages, free fields, one client's PDF, the mail merge
with its skipped list, files named safely and never overwritten, and letters kept apart from contract kinds."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from kamdesk.core.documents import letter as letter_document
from kamdesk.core.errors import ValidationError
from kamdesk.core.models import ContractTemplate
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import letters
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.core.services.company import segment_by_name
from tests import factories

DAY = dt.date(2026, 12, 7)
PRICE_CHANGE = {"effective_date": "1 February 2027"}


def template_id(key: str) -> int:
    contracts.ensure_builtin_templates()
    return ContractTemplate.get(ContractTemplate.key == key).id


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def orseg(company):
    factories.company_details()
    return factories.contract_client()


def test_the_built_in_letters_come_in_three_languages_and_are_no_contract_templates(company):
    shipped = {(t.key, t.language) for t in letters.letter_templates()}
    assert {("price_change_en", "en"), ("price_change_hu", "hu"), ("price_change_ru", "ru"),
            ("general_en", "en"), ("general_hu", "hu"), ("general_ru", "ru")} <= shipped
    assert all(t.kind == "letter" for t in letters.letter_templates())
    assert not any(t.kind == "letter" for t in contracts.list_templates())  # the contract dialog's choice
    for template in letters.letter_templates():
        assert letter_document.check_letter(template.source) == [], template.key


def test_the_free_fields_are_read_from_the_text_in_order(company):
    assert letters.template_fields(template_id("price_change_en")) == ("effective_date", "reason")
    assert letters.template_fields(template_id("general_ru")) == ("subject", "text")
    source = "name: x\nkind: letter\n---\n{{ fields.b }} {% if fields['a'] %}{{ fields.a }}{% endif %} {{ fields.b }}"
    assert letter_document.free_fields(source) == ("b", "a")


def test_a_letter_prints_the_client_the_contact_and_the_free_fields_in_its_language(orseg):
    text = pdf_text(letters.letter_pdf(template_id("price_change_hu"), orseg.id, PRICE_CHANGE, today=DAY))
    assert "Értesítés árváltozásról" in text
    assert "Tisztelt Čapek Jiří!" in text
    assert "1 February 2027 napjától" in text
    assert orseg.name in text
    ru = letters.letter(template_id("price_change_ru"), orseg.id, PRICE_CHANGE, today=DAY)
    assert ru.title == "Уведомление об изменении цен" and "Уважаемый(ая) Čapek Jiří!" in ru.text()


def test_a_general_letter_takes_its_subject_from_the_first_paragraph(orseg):
    made = letters.letter(template_id("general_en"), orseg.id,
                          {"subject": "New delivery days", "text": "From January we deliver on Tuesdays.\n\n"
                                                                   "Orders close the day before at noon."},
                          today=DAY)
    assert made.title == "New delivery days"
    assert made.paragraphs()[:3] == ["Dear Čapek Jiří,", "From January we deliver on Tuesdays.",
                                     "Orders close the day before at noon."]
    assert "New delivery days" not in made.text()


def test_a_letter_printing_an_empty_field_is_refused_naming_it(orseg):
    with pytest.raises(ValidationError) as caught:
        letters.letter_pdf(template_id("price_change_en"), orseg.id, {}, today=DAY)
    assert caught.value.messages() == ["The letter prints the field “effective_date” typed for the letter, "
                                       "which is empty."]


def test_a_contract_template_is_not_a_letter(orseg):
    with pytest.raises(ValidationError, match="is a contract template, not a letter's"):
        letters.letter_pdf(template_id("supply_en"), orseg.id, {})


def test_a_letter_template_is_saved_with_its_free_fields_and_in_russian(company):
    source = "name: Visit\nkind: letter\nlanguage: ru\ntitle: Визит\n---\nМы приедем {{ fields.visit_date }}.\n"
    saved = contracts.save_template({"name": "Visit", "kind": "letter", "language": "ru", "source": source})
    assert (saved.kind, saved.language) == ("letter", "ru")
    assert saved.id in [t.id for t in letters.letter_templates()]
    assert saved.id not in [t.id for t in contracts.list_templates()]
    with pytest.raises(ValidationError) as caught:
        contracts.save_template({"name": "Typo", "kind": "letter", "source": source.replace("fields.", "feilds.")})
    assert "Unknown placeholder “feilds”" in caught.value.errors["source"]


# ---------------------------------------------------------------- the merge

@pytest.fixture
def out(tmp_path):
    """A folder for the merge's files (the test database lives in out)."""
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


@pytest.fixture
def mailing(company):
    """Four clients of segment Retail: two with an e-mail (one through its contact), one without; one elsewhere."""
    factories.company_details()
    retail = segment_by_name("Retail")
    other = segment_by_name("HoReCa")
    with_contact = factories.client("Alfa Kft.", segment=retail.name, contacts=[
        {"name": "Szabó Éva", "email": "eva@alfa.example", "is_primary": True}])
    with_email = factories.client("Béta/Bt: \"Győr\"", segment=retail.name, email="info@beta.example")
    without = factories.client("Gamma Zrt.", segment=retail.name)
    elsewhere = factories.client("Delta Kft.", segment=other.name, email="delta@example.hu")
    return {"segment": retail, "alfa": with_contact, "beta": with_email, "gamma": without, "delta": elsewhere}


def test_a_merge_writes_one_pdf_per_client_of_the_filter_with_safe_names(mailing, out, monkeypatch):
    monkeypatch.setattr(letters, "MERGE_BATCH", 2)  # two batches: the order of the list is kept across them
    result = letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                           PRICE_CHANGE, pdf_dir=out, today=DAY)
    assert [entry.client_name for entry in result.made] == ["Alfa Kft.", "Béta/Bt: \"Győr\"", "Gamma Zrt."]
    assert sorted(p.name for p in out.iterdir()) == [
        "Price change notice - Alfa Kft.pdf", "Price change notice - Béta-Bt- -Győr-.pdf",
        "Price change notice - Gamma Zrt.pdf"]
    assert "Dear Szabó Éva," in pdf_text((out / "Price change notice - Alfa Kft.pdf").read_bytes())
    again = letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                          PRICE_CHANGE, pdf_dir=out, today=DAY)
    assert again.made[0].file.name == "Price change notice - Alfa Kft (2).pdf"  # the first run's file is kept
    assert len(list(out.iterdir())) == 6


def test_a_merge_skips_clients_with_missing_data_and_says_why(mailing, out):
    source = ("name: Tax\nkind: letter\ntitle: Tax\n---\nYour tax number: {{ client.tax_number }}, "
              "from {{ fields.effective_date }}.\n")
    custom = contracts.save_template({"name": "Tax", "kind": "letter", "source": source})
    factories.client("Kappa Kft.", segment="Retail", tax_number="10537914-2-44")
    result = letters.merge(custom.id, ClientFilter(segment_id=mailing["segment"].id), PRICE_CHANGE,
                           pdf_dir=out, today=DAY)
    assert [entry.client_name for entry in result.made] == ["Kappa Kft."]
    assert {entry.client_name: entry.skipped for entry in result.skipped} == {
        name: "The letter prints the client's tax number, which is empty."
        for name in ("Alfa Kft.", "Béta/Bt: \"Győr\"", "Gamma Zrt.")}
    assert [p.name for p in out.iterdir()] == ["Tax - Kappa Kft.pdf"]


def test_a_dry_run_says_who_would_get_a_letter_and_writes_nothing(mailing, out):
    result = letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                           PRICE_CHANGE, pdf_dir=out, send=True, dry_run=True, today=DAY)
    assert [entry.client_name for entry in result.made] == ["Alfa Kft.", "Béta/Bt: \"Győr\"", "Gamma Zrt."]
    assert result.skipped == []
    assert [(entry.client_name, entry.not_mailed) for entry in result.not_mailed] == [
        ("Gamma Zrt.", "No e-mail address: neither the client nor its contacts have one.")]
    assert [entry.email for entry in result.made] == ["Szabó Éva <eva@alfa.example>",
                                                      '"Béta/Bt: \\"Győr\\"" <info@beta.example>', ""]
    assert list(out.iterdir()) == []


def test_a_merge_must_say_where_its_letters_go(mailing, out):
    with pytest.raises(ValidationError, match="Say where the letters go"):
        letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE)
    with pytest.raises(ValidationError, match="does not exist"):
        letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, pdf_dir=out / "nowhere")


def test_a_stopped_merge_keeps_what_it_wrote_and_says_it_stopped(mailing, out, monkeypatch):
    monkeypatch.setattr(letters, "MERGE_BATCH", 2)  # the letters are filled in two at a time: the stop is inside
    seen = []
    result = letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                           PRICE_CHANGE, pdf_dir=out, progress=lambda done, total: seen.append((done, total)),
                           stop=lambda: len(seen) == 2, today=DAY)
    assert result.stopped and result.total == 3 and len(result.entries) == 2
    assert seen == [(1, 3), (2, 3)]
    assert len(list(out.iterdir())) == 2


def test_archived_clients_get_no_letter(mailing, out):
    from kamdesk.core.services import party

    party.archive_client(mailing["alfa"].id)
    result = letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id,
                                                                        archived=True),
                           PRICE_CHANGE, dry_run=True, today=DAY)
    assert "Alfa Kft." not in [entry.client_name for entry in result.entries]


def test_a_merge_saves_an_e_mail_draft_per_client_with_the_letter_attached(mailing, out):
    import email
    from email import policy

    from kamdesk.core.services import mail

    result = letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                           PRICE_CHANGE, eml_dir=out, today=DAY)
    assert [(entry.client_name, entry.mailed) for entry in result.made] == [
        ("Alfa Kft.", "draft"), ("Béta/Bt: \"Győr\"", "draft"), ("Gamma Zrt.", "")]
    assert [entry.client_name for entry in result.not_mailed] == ["Gamma Zrt."]
    assert sorted(p.suffix for p in out.iterdir()) == [".eml", ".eml"]
    sent = email.message_from_bytes((out / "Price change notice - Alfa Kft.eml").read_bytes(), policy=policy.default)
    assert sent["X-Unsent"] == "1" and sent["To"] == "Szabó Éva <eva@alfa.example>"
    assert sent["Subject"] == "Price change notice"
    assert "Dear Szabó Éva," in sent.get_body(("plain",)).get_content()
    attached = next(sent.iter_attachments())
    assert attached.get_filename() == "Price change notice - Alfa Kft.pdf"
    assert "prices change from 1 February 2027" in pdf_text(attached.get_content())
    [record] = mail.history(mailing["alfa"].id)
    assert (record.via, record.subject, record.attachments) == ("draft", "Price change notice",
                                                                 "Price change notice - Alfa Kft.pdf")
    assert record.documents.startswith("letter:")


def test_one_letter_as_an_e_mail_draft_goes_to_the_contact(orseg):
    draft = letters.letter_draft(template_id("price_change_en"), orseg.id, PRICE_CHANGE, today=DAY)
    assert (draft.client_id, draft.to, draft.subject) == (orseg.id, ["Čapek Jiří <capek@orseg.hu>"],
                                                          "Price change notice")
    assert draft.body.startswith("Dear Čapek Jiří,\n\nWe are writing to let you know")
    [attached] = draft.attachments
    assert attached.name == "Price change notice - Őrség Fűszer Kft.pdf" and attached.mime == "application/pdf"
    assert "Čapek Jiří" in pdf_text(attached.data)


def test_a_merge_sends_each_letter_by_smtp_and_a_refused_address_is_said(mailing, out, mail_ca):
    from kamdesk.core.models import Activity
    from kamdesk.core.services import mail
    from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
    from tests.mail_servers import HOST, SmtpServer

    with SmtpServer(mail_ca, security="starttls", users={MAIL_USER: MAIL_PASSWORD},
                    refuse_rcpt=("info@beta.example",)) as server:
        mail.save_account({"from_name": "Kiss Anna", "from_address": "anna.kiss@example.hu", "smtp_host": HOST,
                           "smtp_port": server.port, "smtp_security": "starttls", "smtp_user": MAIL_USER})
        result = letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                               PRICE_CHANGE, pdf_dir=out, send=True, password=MAIL_PASSWORD, today=DAY)
    [received] = server.messages
    assert received.recipients == ["eva@alfa.example"]
    assert received.message["Subject"] == "Price change notice"
    assert "prices change from 1 February 2027" in pdf_text(
        received.attachments()["Price change notice - Alfa Kft.pdf"])
    assert [entry.client_name for entry in result.mailed] == ["Alfa Kft."]
    assert [entry.client_name for entry in result.not_mailed] == ["Béta/Bt: \"Győr\"", "Gamma Zrt."]
    assert "info@beta.example" in result.not_mailed[0].not_mailed
    assert len(list(out.iterdir())) == 3  # every letter's PDF, mailed or not
    assert [record.via for record in mail.history(mailing["alfa"].id)] == ["smtp"]
    assert mail.history(mailing["beta"].id) == []  # nothing recorded for a refused message
    assert Activity.select().where(Activity.kind == "email").count() == 1


def test_sending_without_an_account_is_refused_before_anything_is_written(mailing, out, mail_ca):
    with pytest.raises(ValidationError, match="Set up your e-mail account first"):
        letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                      PRICE_CHANGE, pdf_dir=out, send=True, today=DAY)
    assert list(out.iterdir()) == []


def test_a_refused_password_stops_the_merge_before_anything_is_written(mailing, out, smtp_server, mail_account):
    from kamdesk.core.errors import MailError
    from kamdesk.core.services import mail

    mail.save_account({**mail_account, "imap_host": ""})
    with pytest.raises(MailError):
        letters.merge(template_id("price_change_en"), ClientFilter(segment_id=mailing["segment"].id),
                      PRICE_CHANGE, pdf_dir=out, send=True, password="wrong", today=DAY)
    assert list(out.iterdir()) == [] and smtp_server.messages == []
