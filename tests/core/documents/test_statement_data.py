"""What the reconciliation statement prints, read from invoices and payments: opening balance, movements in
date order with running balances, turnover and closing balance per currency, the parties and the language."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.db import database
from kamdesk.core.documents.statement_data import statement_data
from kamdesk.core.errors import NotFound, ValidationError
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.services import receivables
from tests import factories

pytestmark = pytest.mark.both_backends

START, END = dt.date(2026, 1, 1), dt.date(2026, 6, 30)


def invoice(client, number, issued, gross, due=None, **values):
    """An invoice as the accounting import stores it: the import and the manual entry are another part's
    services (settlement_io), so the rows are written here as they would leave them."""
    return Invoice.create(number=number, client=client, issue_date=issued, due_date=due or issued + dt.timedelta(15),
                          gross_amount=D(gross), net_amount=D(gross), open_amount=D(gross), **values)


def payment(client, paid_on, amount, reference="", remark="", **values):
    """A payment as the bank statement import stores it (see `invoice`)."""
    return Payment.create(client=client, paid_on=paid_on, amount=D(amount), reference=reference, remark=remark,
                          unallocated=D(amount), fingerprint=f"{client.id}{paid_on}{amount}{reference}{remark}",
                          **values)


@pytest.fixture
def client(company):
    return factories.client("Győri Ősz Kft.", tax_number="12892312-2-42", legal_street="Fő út 12.",
                            legal_postcode="9021", legal_city="Győr")


@pytest.fixture
def history(client):
    """40,000 Ft owed before the period; in it an invoice, its credit note, a payment, an invoice and a refund on
    one day, and a euro invoice; an invoice after it."""
    invoice(client, "SZ-2025-0100", dt.date(2025, 11, 10), "100000")
    payment(client, dt.date(2025, 12, 1), "60000", "K-1")
    second = invoice(client, "SZ-2026-0001", dt.date(2026, 1, 15), "250000", dt.date(2026, 1, 30))
    invoice(client, "HS-2026-0001", dt.date(2026, 2, 1), "-50000", kind="credit_note", refers_to=second)
    payment(client, dt.date(2026, 2, 10), "150000", "K-123", "SZ-2026-0001  kiegyenlítés")
    payment(client, dt.date(2026, 3, 1), "-10000", "K-124", "visszautalás")
    invoice(client, "SZ-2026-0002", dt.date(2026, 3, 1), "30000")
    invoice(client, "EU-2026-0001", dt.date(2026, 4, 1), "1200.50", currency="EUR")
    invoice(client, "SZ-2026-0003", dt.date(2026, 7, 5), "99999")
    with database.atomic():
        receivables.reallocate([client.id])
    return client


def test_opening_movements_in_date_order_with_running_balance_and_closing(history):
    data = statement_data(history.id, START, END)
    forint = next(account for account in data.accounts if account.currency == "HUF")
    assert data.opening_day == dt.date(2025, 12, 31) and forint.opening == D("40000.00")
    assert [(m.day, m.kind, m.number, m.debit, m.credit, m.balance) for m in forint.movements] == [
        (dt.date(2026, 1, 15), "invoice", "SZ-2026-0001", D("250000.00"), 0, D("290000.00")),
        (dt.date(2026, 2, 1), "credit_note", "HS-2026-0001", 0, D("50000.00"), D("240000.00")),
        (dt.date(2026, 2, 10), "payment", "K-123", 0, D("150000.00"), D("90000.00")),
        (dt.date(2026, 3, 1), "invoice", "SZ-2026-0002", D("30000.00"), 0, D("120000.00")),  # a document first
        (dt.date(2026, 3, 1), "refund", "K-124", D("10000.00"), 0, D("130000.00")),
    ]
    assert (forint.debit, forint.credit, forint.closing) == (D("290000.00"), D("200000.00"), D("130000.00"))
    notes = {m.number: (m.detail, m.due_date) for m in forint.movements}
    assert notes["HS-2026-0001"][0] == "SZ-2026-0001"  # the invoice a credit note corrects
    assert notes["K-123"] == ("SZ-2026-0001 kiegyenlítés", None)  # the remark, its spaces tidied; no due date
    assert notes["SZ-2026-0001"][1] == dt.date(2026, 1, 30)


def test_each_currency_is_an_account_of_its_own(history):
    euro = next(account for account in statement_data(history.id, START, END).accounts if account.currency == "EUR")
    assert (euro.opening, [m.number for m in euro.movements], euro.closing) == (0, ["EU-2026-0001"], D("1200.50"))


def test_the_closing_balance_is_what_receivables_says_is_open_that_day(history):
    for end in (dt.date(2026, 1, 20), dt.date(2026, 2, 5), dt.date(2026, 2, 28), dt.date(2026, 3, 1), END):
        closing = {a.currency: a.closing for a in statement_data(history.id, START, end).accounts}
        assert closing["HUF"] == receivables.balance(history.id, end, "HUF").open


def test_the_parties_and_the_client_language(history):
    data = statement_data(history.id, START, END)
    assert data.language == "hu"
    assert (data.client.name, data.client.tax_number) == ("Győri Ősz Kft.", "12892312-2-42")
    assert data.client.address_lines == ("Fő út 12.", "9021 Győr")
    assert (data.company.name, data.company.signatory) == ("Teszt Kereskedelmi Kft.", "Kiss Anna")
    russian = factories.client("ООО «Ёлочка»", legal_country="RU", tax_number="7707083893")
    assert statement_data(russian.id, START, END).language == "ru"
    assert statement_data(russian.id, START, END, language="en").language == "en"


def test_a_client_without_any_invoice_gets_a_zero_statement_in_the_company_currency(client):
    (account,) = statement_data(client.id, START, END).accounts
    assert (account.currency, account.opening, account.movements, account.closing) == ("HUF", 0, (), 0)


def test_a_backwards_period_and_an_unknown_client_are_refused(client):
    with pytest.raises(ValidationError, match="ends before it starts"):
        statement_data(client.id, END, START)
    with pytest.raises(NotFound):
        statement_data(client.id + 1000, START, END)
