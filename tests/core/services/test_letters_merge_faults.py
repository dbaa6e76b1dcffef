"""A mail merge that meets trouble part-way keeps and says what it did (review of issue 19, defects 3, 4, 8, 10):
a file that cannot be written, a message the writer refuses, a message sent but not recorded, a fault that ends
the merge, the Sent folder's server out of reach, an address only on a second contact, a name long in bytes."""

import datetime as dt
import email
import errno
from email import policy

import pytest
from peewee import OperationalError

from kamdesk.core.documents import files as document_files
from kamdesk.core.errors import DatabaseFault, MailError
from kamdesk.core.models import ContractTemplate
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import letters, mail
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.core.services.contract import files as contract_files
from kamdesk.core.services.mail import records
from tests import factories
from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
from tests.mail_servers import HOST, free_port

DAY = dt.date(2026, 12, 7)
PRICE_CHANGE = {"effective_date": "1 February 2027"}
GEORGIAN = ("შეზღუდული პასუხისმგებლობის საზოგადოება თბილისის სავაჭრო სახლი და პარტნიორები "
            "ქართული სურსათის იმპორტი")


def template_id(key: str) -> int:
    contracts.ensure_builtin_templates()
    return ContractTemplate.get(ContractTemplate.key == key).id


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


@pytest.fixture
def two_clients(company):
    factories.company_details()
    return factories.client("Alfa Kft.", email="info@alfa.example"), \
        factories.client("Béta Kft.", email="info@beta.example")


def save_account(smtp_server):
    return mail.save_account({"from_name": "Kiss Anna", "from_address": "anna@example.hu", "smtp_host": HOST,
                              "smtp_port": smtp_server.port, "smtp_user": MAIL_USER})


# ---------------------------------------------------------------- defect 3: a client's failure is its entry's

def test_a_name_long_in_bytes_is_written_and_mailed(company, smtp_server, out):
    factories.company_details()
    factories.client("Alfa Kft.", email="info@alfa.example")
    factories.client(GEORGIAN, email="info@tbilisi.example", legal_country="GE")
    save_account(smtp_server)
    result = letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, pdf_dir=out, send=True,
                           password=MAIL_PASSWORD, today=DAY)
    assert [entry.mailed for entry in result.made] == ["sent", "sent"] and result.failed == []
    assert len(smtp_server.messages) == 2
    [georgian] = [path for path in out.iterdir() if path.name.startswith("Price change notice - შ")]
    assert len(georgian.name.encode()) <= contract_files.NAME_BYTES and georgian.suffix == ".pdf"


def test_safe_names_are_capped_in_utf8_bytes_without_cutting_a_letter():
    name = contracts.safe_file_name(GEORGIAN * 2 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode()) <= contract_files.NAME_BYTES
    assert GEORGIAN.startswith(name[:-4].rstrip())
    assert contracts.safe_file_name("Kovács Kft.pdf") == "Kovács Kft.pdf"


def test_a_file_that_cannot_be_written_is_that_clients_failure_and_the_merge_goes_on(two_clients, smtp_server,
                                                                                      out, monkeypatch):
    written = document_files.write_atomically

    def disk_full_for_alfa(path, data):
        if "Alfa" in path.name:
            raise OSError(errno.ENOSPC, "No space left on device")
        written(path, data)

    monkeypatch.setattr(document_files, "write_atomically", disk_full_for_alfa)
    save_account(smtp_server)
    result = letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, pdf_dir=out, send=True,
                           password=MAIL_PASSWORD, today=DAY)
    alfa, beta = result.entries
    assert alfa.failed == (f"The file {out / 'Price change notice - Alfa Kft.pdf'} could not be written: "
                           "No space left on device.")
    assert (alfa.mailed, alfa.not_mailed) == ("", "")  # nothing done for it: do it again later, whole
    assert (beta.failed, beta.mailed) == ("", "sent") and beta.file.exists()
    assert [m.recipients for m in smtp_server.messages] == [["info@beta.example"]]
    assert [entry.client_name for entry in result.made] == ["Béta Kft."]
    assert [entry.client_name for entry in result.failed] == ["Alfa Kft."]


def test_a_message_the_writer_refuses_is_that_clients_not_mailed(two_clients, out, monkeypatch):
    saved = mail.save_draft

    def refuse_alfa(draft, path, sender=""):
        if "alfa" in draft.to[0]:
            raise ValueError("Header values may not contain linefeed or carriage return characters")
        return saved(draft, path, sender)

    monkeypatch.setattr(mail, "save_draft", refuse_alfa)
    result = letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, pdf_dir=out, eml_dir=out,
                           today=DAY)
    alfa, beta = result.entries
    assert alfa.not_mailed.startswith("The e-mail could not be made: Header values") and alfa.file.exists()
    assert beta.mailed == "draft"


def test_a_subject_with_a_unicode_line_separator_is_one_line(two_clients, out):
    result = letters.merge(template_id("general_en"), ClientFilter(),
                           {"subject": "Price list 2027\u2028new\x0bterms", "text": "Hello"},
                           pdf_dir=out, eml_dir=out, today=DAY)
    assert [entry.mailed for entry in result.entries] == ["draft", "draft"]
    sent = email.message_from_bytes((out / "Price list 2027 new terms - Alfa Kft.eml").read_bytes(),
                                    policy=policy.default)
    assert sent["Subject"] == "Price list 2027 new terms"


def test_a_fault_that_ends_the_merge_keeps_what_was_done(two_clients, out, monkeypatch):
    made = letters.letter_pdf_bytes

    def database_gone(letter):
        if letter.addressee.name == "Béta Kft.":
            raise DatabaseFault("The database cannot be reached.")
        return made(letter)

    monkeypatch.setattr(letters, "letter_pdf_bytes", database_gone)
    result = letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, pdf_dir=out, today=DAY)
    assert result.stopped and result.error == "The database cannot be reached."
    assert [entry.client_name for entry in result.entries] == ["Alfa Kft."] and result.entries[0].file.exists()


# ---------------------------------------------------------------- defect 4: sent, not recorded, is sent

def test_sent_but_not_recorded_is_mailed_with_a_warning(two_clients, smtp_server, monkeypatch):
    def locked(*_args, **_kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(records, "record_sent", locked)
    save_account(smtp_server)
    result = letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, send=True,
                           password=MAIL_PASSWORD, today=DAY)
    assert len(smtp_server.messages) == 2  # they left
    assert [entry.mailed for entry in result.entries] == ["sent", "sent"] and result.not_mailed == []
    assert "could not be recorded" in result.entries[0].warning


# ---------------------------------------------------------------- defect 8: the Sent folder's server is not asked

def test_the_merge_sends_while_the_sent_folders_server_is_down(two_clients, smtp_server, mail_account):
    mail.save_account({**mail_account, "imap_port": free_port()})  # nobody listens there
    try:
        result = letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, send=True,
                               password=MAIL_PASSWORD, today=DAY)
    except MailError as error:
        raise AssertionError(f"merge refused although SMTP works: {error}") from error
    assert [entry.mailed for entry in result.entries] == ["sent", "sent"]
    assert all(record.sent_copy not in ("", "saved") for record in mail.history(two_clients[0].id))


def test_a_refused_smtp_password_still_stops_the_merge_first(two_clients, smtp_server, out):
    save_account(smtp_server)
    with pytest.raises(MailError):
        letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, pdf_dir=out, send=True,
                      password="wrong", today=DAY)
    assert list(out.iterdir()) == [] and smtp_server.messages == []


# ---------------------------------------------------------------- defect 10 and the drafts' From

def test_an_address_on_a_second_contact_is_used(company, tmp_path):
    factories.company_details()
    factories.client("Delta Kft.", contacts=[{"name": "Kiss Béla", "is_primary": True},
                                             {"name": "Nagy Éva", "email": "eva@delta.example"}])
    result = letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, eml_dir=tmp_path)
    [entry] = result.entries
    assert (entry.mailed, entry.email) == ("draft", "Nagy Éva <eva@delta.example>")
    assert "Dear Kiss Béla," in entry.letter.text()  # the letter still speaks to the primary contact


def test_merge_drafts_carry_the_accounts_sender(two_clients, smtp_server, out):
    save_account(smtp_server)
    letters.merge(template_id("price_change_en"), ClientFilter(), PRICE_CHANGE, eml_dir=out, today=DAY)
    sent = email.message_from_bytes((out / "Price change notice - Alfa Kft.eml").read_bytes(), policy=policy.default)
    assert sent["From"] == "Kiss Anna <anna@example.hu>"
