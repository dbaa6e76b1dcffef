"""Dunning letters: the step's template in the client's language, the overdue invoices, PDF and DOCX, the
step taken when the letter is written."""

import datetime as dt
import io
from decimal import Decimal as D

import pytest
from docx import Document
from pypdf import PdfReader

from kamdesk.core.db import database
from kamdesk.core.documents.contract_template import check_template
from kamdesk.core.documents.dunning_letter import FIELDS, LANGUAGES, builtin_source
from kamdesk.core.errors import ValidationError
from kamdesk.core.models.dunning import STEPS, DunningStep
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.services import dunning, dunning_letters, receivables
from kamdesk.core.services.company import get_company, save_company
from tests import factories

TODAY = dt.date(2026, 12, 9)


def invoice(client, number, due, gross, currency="HUF"):
    """An invoice as the accounting import stores it (the import is another module's; this is its result)."""
    Invoice.create(number=number, client=client, issue_date=due - dt.timedelta(days=8), due_date=due,
                   gross_amount=D(gross), net_amount=D(gross), open_amount=D(gross), currency=currency)
    with database.atomic():
        receivables.reallocate([client.id])


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def own(company):
    save_company({"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "postcode": "1051",
                  "street": "Váci út 1.", "bank_account": "11700000-12345678-00000000",
                  "row_version": get_company().row_version})
    return company


def client_in(country: str, name: str, contact: str | None = None):
    contacts = [{"name": contact, "is_primary": True}] if contact else None
    return factories.client(name, legal_country=country, legal_postcode="9021", legal_city="Győr",
                            legal_street="Fő tér 1.", contacts=contacts)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_built_in_letter_checks_clean(step, language, db):
    assert check_template(builtin_source(step, language), FIELDS) == []


@pytest.mark.parametrize(("country", "title", "subtitle", "greeting"), [
    ("HU", "Fizetési felszólítás", "Első felszólítás", "Tisztelt Szűcs Ödönné!"),
    ("RU", "Напоминание об оплате", "Первое уведомление", "Уважаемый(ая) Щукина Ёлена!"),
    ("AT", "Payment reminder", "First notice", "Dear Szűcs Ödönné,"),
])
def test_the_letter_speaks_the_clients_language_and_lists_the_overdue_invoices(own, country, title, subtitle,
                                                                                greeting):
    contact = "Щукина Ёлена" if country == "RU" else "Szűcs Ödönné"
    client = client_in(country, "Győri Ősz Kft.", contact)
    invoice(client, "SZ-2026/0107", days_ago(20), "125000")
    invoice(client, "SZ-2026/0188", days_ago(3), "4990")
    invoice(client, "SZ-2026/0200", days_ago(-10), "777")  # not due: not in the letter
    made = dunning_letters.letter(client.id, today=TODAY)
    assert made.step == "first_notice"
    for text in (pdf_text(dunning_letters.letter_bytes(made)["pdf"]),
                 docx_text(dunning_letters.letter_bytes(made)["docx"])):
        assert title in text and subtitle in text and greeting in text
        assert "SZ-2026/0107" in text and "SZ-2026/0188" in text and "SZ-2026/0200" not in text
        assert "11700000-12345678-00000000" in text
        assert "Győri Ősz Kft." in text and "Kiss Anna" in text
    hu = pdf_text(dunning_letters.letter_bytes(made)["pdf"])
    expected_total = {"HU": "129 990 Ft", "RU": "129 990 Ft", "AT": "HUF 129,990"}[country]
    assert hu.count(expected_total) >= 2  # in the text and as the table's total


def test_a_letter_that_would_print_an_empty_field_is_refused(company):
    client = client_in("HU", "Győri Ősz Kft.")
    invoice(client, "INV-1", days_ago(5), "100")
    with pytest.raises(ValidationError) as refused:
        dunning_letters.letter(client.id, today=TODAY)
    assert refused.value.errors == {"missing.company.bank_account":
                                    "The letter prints our company's bank account, which is empty."}


def test_writing_the_letter_takes_the_step_in_its_language(own, tmp_path):
    client = client_in("HU", "Győri Ősz Kft.")
    invoice(client, "INV-1", days_ago(31), "1000")
    taken = dunning_letters.write_letter(client.id, pdf=tmp_path / "a.pdf", docx=tmp_path / "a.docx", today=TODAY)
    stored = DunningStep.get_by_id(taken.id)
    assert (stored.step, stored.letter_language, stored.invoice_numbers) == ("second_notice", "hu", ("INV-1",))
    assert "Második felszólítás" in pdf_text((tmp_path / "a.pdf").read_bytes())
    assert "Második felszólítás" in docx_text((tmp_path / "a.docx").read_bytes())


def test_a_file_that_cannot_be_written_leaves_no_step_taken(own, tmp_path):
    client = client_in("HU", "Győri Ősz Kft.")
    invoice(client, "INV-1", days_ago(31), "1000")
    with pytest.raises(OSError):
        dunning_letters.write_letter(client.id, pdf=tmp_path / "missing" / "a.pdf", today=TODAY)
    assert DunningStep.select().count() == 0


def test_the_next_letter_names_the_previous_step(own):
    client = client_in("GB", "Győri Ősz Kft.")
    invoice(client, "INV-1", days_ago(16), "1000")
    dunning.take_step(client.id, "first_notice", today=days_ago(1))
    made = dunning_letters.letter(client.id, "second_notice", today=TODAY)
    assert f"notice of {days_ago(1).day} Dec 2026" in " ".join(p for p in made.paragraphs() if p)


@pytest.mark.parametrize("country, never_reminded", [("HU", "Többszöri"), ("GB", "several times"),
                                                     ("RU", "неоднократные")])
def test_a_final_notice_as_the_first_step_claims_no_earlier_reminders(own, country, never_reminded):
    """Debt found 93 days late at the first import goes straight to the final notice: no "repeated reminders"."""
    client = client_in(country, "Váradi és Társa Zrt.")
    invoice(client, "INV-1", days_ago(93), "1000")
    first = " ".join(p for p in dunning_letters.letter(client.id, "final", today=TODAY).paragraphs() if p)
    assert never_reminded not in first
    dunning.take_step(client.id, "second_notice", today=days_ago(3))
    later = " ".join(p for p in dunning_letters.letter(client.id, "final", today=TODAY).paragraphs() if p)
    assert never_reminded in later
