"""A document's message: recipient, subject and body from the built-in templates in the document's language,
and the documents' files attached (read back: the PDF's text, the workbook's totals)."""

import datetime as dt
import io
from decimal import Decimal as D

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from kamdesk.core.db import database
from kamdesk.core.documents.formatting import format_money
from kamdesk.core.errors import ValidationError
from kamdesk.core.models import ContractTemplate
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import dunning, party, receivables
from kamdesk.core.services.mail import PDF, XLSX, check_draft, documents
from tests import factories

TODAY = dt.date.today()
ILONA = {"name": "Nagy Ilona", "email": "ilona@kovacs.example", "is_primary": True}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def cached_values(data: bytes) -> set:
    sheet = openpyxl.load_workbook(io.BytesIO(data), data_only=True).active
    return {cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None}


def invoice(client, number, due, gross):
    """An invoice as the accounting import stores it (the import is another module's; this is its result)."""
    Invoice.create(number=number, client=client, issue_date=due - dt.timedelta(days=8), due_date=due,
                   gross_amount=D(gross), net_amount=D(gross), open_amount=D(gross), currency="HUF")
    with database.atomic():
        receivables.reallocate([client.id])


@pytest.fixture
def dairy(company):
    factories.company_details()
    made = factories.dairy_shop()
    party.save_client({"email": "info@kovacs.example", "tax_number": "10537914-2-44",
                       "row_version": made["client"].row_version},
                      [{"name": "Nagy Ilona", "position": "beszerző", "email": "ilona@kovacs.example",
                        "is_primary": True},
                       {"name": "Szabó, Ferenc", "email": "ferenc@kovacs.example"},
                       {"name": "Kiss Béla"}], made["client"].id)
    return made


def kovacs(dairy):
    return party.get_client(dairy["client"].id)


# ---------------------------------------------------------------- recipients

def test_the_document_goes_to_its_contact_else_the_primary_contact_else_the_client(dairy):
    client = kovacs(dairy)
    bela, ferenc = sorted((c for c in party.client_contacts(client.id) if not c.is_primary), key=lambda c: c.name)
    assert documents.recipients(client, bela) == ["Nagy Ilona <ilona@kovacs.example>"]  # Béla has no e-mail
    assert documents.recipients(client, ferenc) == ['"Szabó, Ferenc" <ferenc@kovacs.example>']
    assert documents.recipients(client, None) == ["Nagy Ilona <ilona@kovacs.example>"]
    lone = factories.client("Egyedül Bt.", email="iroda@egyedul.example")
    assert documents.recipients(lone, None) == ["Egyedül Bt. <iroda@egyedul.example>"]
    assert documents.recipients(factories.client("Néma Kft."), None) == []


def test_a_document_goes_to_another_contact_when_only_that_one_has_an_address(dairy):
    quiet = party.save_client({"name": "Csendes Kft."}, contacts=[
        {"name": "Fő Ember", "is_primary": True}, {"name": "Kis Titkár", "email": "titkar@csendes.example"}])
    assert documents.recipients(quiet, None) == ["Kis Titkár <titkar@csendes.example>"]


def test_the_choices_are_the_contacts_with_an_address_then_the_clients_own(dairy):
    assert documents.contacts_for(dairy["client"].id) == [
        ("Nagy Ilona", "ilona@kovacs.example"), ("Szabó, Ferenc", "ferenc@kovacs.example"),
        ("Kovács és Társa Kft.", "info@kovacs.example")]


def test_a_quoted_name_is_one_address_to_the_drafts_check(dairy):
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 5, 0))
    draft = documents.offer_draft(offer.id)
    draft.to = [documents.address_line('Szabó, "Feri" (beszerzés)', "ferenc@kovacs.example")]
    check_draft(draft)


# ---------------------------------------------------------------- the documents

def test_an_offer_goes_in_its_language_with_its_pdf_and_workbook(dairy):
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["SAJT-010"], 3, 0),
                            (dairy["products"]["TEJ-001"], 24, 5))
    draft = documents.offer_draft(offer.id)
    assert draft.client_id == offer.client_id and draft.language == "hu"
    assert draft.to == ["Nagy Ilona <ilona@kovacs.example>"]
    assert draft.subject == f"{offer.number} számú árajánlat – Teszt Kereskedelmi Kft."
    gross = format_money(offer.gross_total, "HUF", "hu")
    assert draft.body.startswith("Tisztelt Nagy Ilona!\n\n")
    assert gross in draft.body and "Kiss Anna" in draft.body and "anna.kiss@example.hu" in draft.body
    assert [(a.name, a.mime) for a in draft.attachments] == [(f"{offer.number}.pdf", PDF),
                                                             (f"{offer.number}.xlsx", XLSX)]
    assert offer.number in pdf_text(draft.attachments[0].data) and gross in pdf_text(draft.attachments[0].data)
    assert offer.gross_total in cached_values(draft.attachments[1].data)
    assert [(ref.kind, ref.record_id) for ref in draft.documents] == [("offer", offer.id)]
    check_draft(draft)


@pytest.mark.parametrize(("language", "subject", "greeting", "words"), [
    ("en", "Offer {number} from Teszt Kereskedelmi Kft.", "Dear Nagy Ilona,", "valid until"),
    ("hu", "{number} számú árajánlat – Teszt Kereskedelmi Kft.", "Tisztelt Nagy Ilona!", "napjáig érvényes"),
    ("ru", "Коммерческое предложение {number} от Teszt Kereskedelmi Kft.", "Уважаемый(ая) Nagy Ilona!",
     "действительно до"),
])
def test_the_offers_message_speaks_the_offers_language(dairy, language, subject, greeting, words):
    offer = factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 5, 0), language=language)
    draft = documents.offer_draft(offer.id)
    assert draft.subject == subject.format(number=offer.number)
    assert draft.body.splitlines()[0] == greeting and words in draft.body
    assert format_money(offer.gross_total, "HUF", language) in draft.body


def test_a_contract_goes_with_its_docx_until_it_is_signed(dairy):
    contracts.ensure_builtin_templates()
    template = ContractTemplate.get(ContractTemplate.key == "supply_en").id
    contract = contracts.save_contract({"client_id": dairy["client"].id, "template_id": template, "start_date": TODAY,
                                        "end_date": TODAY + dt.timedelta(days=364), "title": "Dairy 2027"})
    draft = documents.contract_draft(contract.id)
    assert draft.subject == f"Contract {contract.number}: Dairy 2027" and draft.language == "en"
    assert "sign it and send us a signed copy" in draft.body and "supply contract" in draft.body
    assert [a.name for a in draft.attachments] == [f"{contract.number}.pdf", f"{contract.number}.docx"]
    assert "Kovács és Társa Kft." in pdf_text(draft.attachments[0].data)
    assert any(contract.number in p.text for p in Document(io.BytesIO(draft.attachments[1].data)).paragraphs)
    contracts.send_contract(contract.id)
    contracts.sign_contract(contract.id, TODAY)
    signed = documents.contract_draft(contract.id)
    assert [a.name for a in signed.attachments] == [f"{contract.number}.pdf"]
    assert "for your records" in signed.body


def test_an_order_goes_with_its_confirmation_once_confirmed(dairy):
    products = dairy["products"]
    draft_order = factories.order(dairy["client"].id, TODAY, (products["VAJ-250"], 10, 0))
    with pytest.raises(ValidationError):
        documents.order_draft(draft_order.id)
    order = factories.order(dairy["client"].id, TODAY, (products["VAJ-250"], 10, 0), confirm=True,
                            delivery_date=TODAY + dt.timedelta(days=3))
    draft = documents.order_draft(order.id)
    assert draft.subject == f"{order.number} számú rendelés visszaigazolása"
    assert "a szállítás napja" in draft.body
    [pdf] = draft.attachments
    assert pdf.name == f"Rendelés-visszaigazolás {order.number}.pdf"
    text = pdf_text(pdf.data)
    assert order.number in text and format_money(order.gross_total, "HUF", "hu") in text and "+ 1 db ingyenes" in text


def test_a_statement_goes_in_the_clients_language_with_its_pdf_and_workbook(dairy):
    client = kovacs(dairy)
    invoice(client, "SZ-2026/0107", TODAY - dt.timedelta(days=20), "125000")
    invoice(client, "SZ-2026/0188", TODAY - dt.timedelta(days=3), "4990")
    start = TODAY - dt.timedelta(days=60)
    draft = documents.statement_draft(client.id, start, TODAY)
    assert draft.subject.startswith("Folyószámla-egyeztetés") and draft.subject.endswith("Kovács és Társa Kft.")
    assert "129 990 Ft" in draft.body  # the closing balance
    pdf, workbook = draft.attachments
    assert pdf.name.startswith("Folyószámla-egyeztetés Kovács és Társa Kft.") and workbook.mime == XLSX
    assert "SZ-2026/0107" in pdf_text(pdf.data)
    assert D("129990") in cached_values(workbook.data)
    assert [(ref.kind, ref.record_id) for ref in draft.documents] == [("statement", None)]


def test_a_dunning_step_goes_with_its_letter(dairy):
    client = kovacs(dairy)
    invoice(client, "SZ-2026/0107", TODAY - dt.timedelta(days=20), "125000")
    step = dunning.take_step(client.id, "first_notice", letter_language="hu")
    draft = documents.dunning_draft(step.id)
    assert draft.subject == "Első felszólítás: Kovács és Társa Kft. lejárt számlái"
    assert "125 000 Ft" in draft.body
    [letter] = draft.attachments
    assert letter.mime == PDF and "SZ-2026/0107" in pdf_text(letter.data)
    assert [(ref.kind, ref.record_id) for ref in draft.documents] == [("dunning", step.id)]


# ---------------------------------------------------------------- the templates

FIELDS = {"company": {"name": "Ő"}, "client": {"name": "Ő"}, "contact": {"name": "", "salutation": "Ő"},
          "manager": {"name": "Ő", "email": ""}}


@pytest.mark.parametrize("kind", documents.KINDS)
@pytest.mark.parametrize("language", documents.LANGUAGES)
def test_every_template_fills_with_its_fields_alone(kind, language):
    """Each template uses only its declared fields (a strict sandbox refuses any other), gives one subject
    line and a body signed by the manager; empty optional fields leave no gap."""
    context = {**FIELDS, kind: {name: ("" if name in ("end_date", "delivery_date", "title") else "X")
                                for name in documents.FIELDS[kind]}}
    context[kind]["signed"] = False
    subject, body = documents.render(documents.template_source(kind, language), context)
    assert subject and "\n" not in subject and "{{" not in subject
    assert "\n\n\n" not in body and body.rstrip().endswith("Ő")



@pytest.mark.parametrize("kind", documents.FIELDS)
def test_a_hungarian_date_ending_a_sentence_brings_its_own_full_stop(kind):
    """A Hungarian date ends in a dot ("2026. 12. 01."): a template that put another after it printed two."""
    dates = {"date", "valid_until", "start_date", "end_date", "signed_date", "delivery_date", "start", "end", "pay_by"}
    context = {**FIELDS, kind: {name: "2026. 12. 01." if name in dates else "X" for name in documents.FIELDS[kind]}}
    context[kind]["signed"] = False
    _subject, body = documents.render(documents.template_source(kind, "hu"), context)
    assert ".." not in body
