"""`kamdesk mail offer|contract|order NUMBER`, `mail statement CLIENT --from --to`, `mail dunning CLIENT`: each
document's message end to end, sent to a real SMTP server on loopback (the PDF's text and the workbook's totals
read back from what it received) or saved as a draft; refusals in one sentence, nothing recorded."""

from __future__ import annotations

import datetime as dt
import email
import io
from decimal import Decimal as D
from email import policy

import openpyxl
import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.core.db import database
from kamdesk.core.documents.formatting import format_money
from kamdesk.core.models import ContractTemplate, Offer
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import dunning, mail, party, receivables
from tests import factories
from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
from tests.mail_servers import HOST, SmtpServer

TODAY = dt.date.today()


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def url(company, tmp_path):
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


@pytest.fixture
def dairy(url):
    factories.company_details()
    made = factories.dairy_shop()
    party.save_client({"email": "info@kovacs.example", "tax_number": "10537914-2-44",
                       "row_version": made["client"].row_version},
                      [{"name": "Nagy Ilona", "email": "ilona@kovacs.example", "is_primary": True}], made["client"].id)
    return made


@pytest.fixture
def smtp(mail_ca, monkeypatch):
    """An SMTP server over SSL and the account of the environment that reaches it."""
    with SmtpServer(mail_ca, security="ssl", users={MAIL_USER: MAIL_PASSWORD}) as server:
        monkeypatch.setenv("KAMDESK_SMTP_URL", f"smtps://{MAIL_USER}@{HOST}:{server.port}?from=anna@example.hu")
        monkeypatch.setenv("KAMDESK_SMTP_PASSWORD", MAIL_PASSWORD)
        yield server


def test_an_offer_sent_arrives_with_its_pdf_and_workbook_and_becomes_sent(capsys, url, dairy, smtp):
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["SAJT-010"], 3, 0),
                            (dairy["products"]["TEJ-001"], 24, 5))
    code, out, err = run(capsys, "--database", url, "mail", "offer", offer.number, "--send")
    assert code == 0, err
    assert out == "Sent to Nagy Ilona <ilona@kovacs.example>.\n"
    [received] = smtp.messages
    assert received.recipients == ["ilona@kovacs.example"]
    assert received.message["Subject"] == f"{offer.number} számú árajánlat – Teszt Kereskedelmi Kft."
    assert "Tisztelt Nagy Ilona!" in received.message.get_body().get_content()
    files = received.attachments()
    assert sorted(files) == [f"{offer.number}.pdf", f"{offer.number}.xlsx"]
    assert format_money(offer.gross_total, "HUF", "hu") in pdf_text(files[f"{offer.number}.pdf"])
    sheet = openpyxl.load_workbook(io.BytesIO(files[f"{offer.number}.xlsx"]), data_only=True).active
    assert offer.gross_total in {cell.value for row in sheet.iter_rows() for cell in row}
    assert Offer.get_by_id(offer.id).state == "sent"
    [row] = mail.history(dairy["client"].id)
    assert row.via == "smtp" and row.attachments.splitlines() == [f"{offer.number}.pdf", f"{offer.number}.xlsx"]


def test_an_offer_saved_as_a_draft_goes_to_whom_it_is_told_and_stays_a_draft(capsys, url, dairy, tmp_path):
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 5, 0), language="en")
    eml = tmp_path / "offer.eml"
    code, out, err = run(capsys, "--database", url, "mail", "offer", offer.number, "--eml", str(eml),
                         "--to", "beszerzes@kovacs.example")
    assert code == 0, err
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1" and parsed["To"] == "beszerzes@kovacs.example"
    assert parsed["Subject"] == f"Offer {offer.number} from Teszt Kereskedelmi Kft."
    assert Offer.get_by_id(offer.id).state == "draft"
    assert [row.via for row in mail.history(dairy["client"].id)] == ["draft"]


def test_a_contract_and_an_order_confirmation(capsys, url, dairy, smtp):
    contracts.ensure_builtin_templates()
    contract = contracts.save_contract({
        "client_id": dairy["client"].id, "start_date": TODAY,
        "template_id": ContractTemplate.get(ContractTemplate.key == "supply_hu").id})
    order = factories.order(dairy["client"].id, TODAY, (dairy["products"]["VAJ-250"], 10, 0), confirm=True)
    for kind, number in (("contract", contract.number), ("order", order.number)):
        code, out, err = run(capsys, "--database", url, "mail", kind, number, "--send")
        assert code == 0, err
    contract_mail, order_mail = smtp.messages
    assert sorted(contract_mail.attachments()) == [f"{contract.number}.docx", f"{contract.number}.pdf"]
    assert contract.number in pdf_text(contract_mail.attachments()[f"{contract.number}.pdf"])
    [(name, data)] = order_mail.attachments().items()
    assert name == f"Rendelés-visszaigazolás {order.number}.pdf"
    assert "+ 1 db ingyenes" in pdf_text(data)


def test_a_statement_and_a_dunning_letter(capsys, url, dairy, smtp):
    client = party.get_client(dairy["client"].id)
    Invoice.create(number="SZ-2026/0107", client=client, issue_date=TODAY - dt.timedelta(days=28),
                   due_date=TODAY - dt.timedelta(days=20), gross_amount=D("125000"), net_amount=D("125000"),
                   open_amount=D("125000"), currency="HUF")  # as the accounting import leaves it (another module's)
    with database.atomic():
        receivables.reallocate([client.id])
    start = (TODAY - dt.timedelta(days=90)).isoformat()
    code, out, err = run(capsys, "--database", url, "mail", "statement", "10537914-2-44", "--from", start,
                         "--to", TODAY.isoformat(), "--recipient", "konyveles@kovacs.example", "--send")
    assert code == 0, err
    code, out, err = run(capsys, "--database", url, "mail", "dunning", "10537914-2-44", "--send")
    assert (code, err) == (1, "kamdesk: No dunning step has been taken with the client yet: there is no letter "
                              "to send.\n")
    dunning.take_step(client.id, "first_notice", letter_language="hu")
    code, out, err = run(capsys, "--database", url, "mail", "dunning", "10537914-2-44", "--send")
    assert code == 0, err
    statement, letter = smtp.messages
    assert statement.recipients == ["konyveles@kovacs.example"]
    pdf, workbook = sorted(statement.attachments().items())
    assert "SZ-2026/0107" in pdf_text(pdf[1])
    sheet = openpyxl.load_workbook(io.BytesIO(workbook[1]), data_only=True).active
    assert D("125000") in {cell.value for row in sheet.iter_rows() for cell in row}
    assert letter.message["Subject"] == "Első felszólítás: Kovács és Társa Kft. lejárt számlái"
    [(name, data)] = letter.attachments().items()
    assert name.endswith(".pdf") and "SZ-2026/0107" in pdf_text(data)
    assert [row.documents.split(":")[0] for row in mail.history(client.id)] == ["dunning", "statement"]


def test_refusals_are_one_sentence_and_nothing_is_recorded(capsys, url, dairy, smtp):
    draft_order = factories.order(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 1, 0))
    code, out, err = run(capsys, "--database", url, "mail", "order", draft_order.number, "--send")
    assert (code, out) == (1, "")
    assert err == f"kamdesk: Order {draft_order.number} is draft: only a confirmed order has a confirmation.\n"
    code, out, err = run(capsys, "--database", url, "mail", "offer", "OF-2026-9999", "--send")
    assert (code, err) == (1, "kamdesk: There is no offer numbered OF-2026-9999.\n")
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 1, 0))
    code, out, err = run(capsys, "--database", url, "mail", "offer", offer.number, "--send", "--to", "not an address")
    assert (code, err) == (1, "kamdesk: “not an address” is not an e-mail address.\n")
    assert smtp.messages == [] and mail.history(dairy["client"].id) == []
    assert Offer.get_by_id(offer.id).state == "draft"
