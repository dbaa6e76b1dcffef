"""Reading invoices, payments and allocations for the settlement pages: filters, display rows, what settles what
(on SQLite and PostgreSQL, as every service test)."""

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.core.errors import NotFound
from kamdesk.core.services import receivables
from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services import settlement_lists as lists
from kamdesk.core.services.settlement_lists import InvoiceFilter, PaymentFilter
from tests import factories

JAN, FEB, MAR = dt.date(2026, 1, 10), dt.date(2026, 2, 10), dt.date(2026, 3, 10)


@pytest.fixture
def books(company):
    """Two clients: Kovács with two invoices (one paid by a transfer naming it), a credit note and an unnamed
    transfer; Szűcs with one invoice in EUR."""
    kovacs = factories.client("Kovács Kft.", tax_number="12345676-2-42")
    szucs = factories.client("Szűcs Bt.")
    first = entry.save_invoice({"number": "SZ-2026-001", "client": kovacs.id, "issue_date": JAN,
                                "due_date": JAN + dt.timedelta(days=15), "gross_amount": "127 000"})
    second = entry.save_invoice({"number": "SZ-2026-002", "client": kovacs.id, "issue_date": FEB,
                                 "due_date": FEB + dt.timedelta(days=15), "gross_amount": "254 000"})
    credit = entry.save_invoice({"number": "JSZ-2026-001", "kind": "credit_note", "client": kovacs.id,
                                 "issue_date": MAR, "due_date": MAR, "gross_amount": "4 000",
                                 "refers_to": second.id})
    euro = entry.save_invoice({"number": "E-2026-001", "client": szucs.id, "issue_date": MAR, "due_date": MAR,
                               "gross_amount": "1000", "currency": "EUR"})
    named = entry.save_payment({"client": kovacs.id, "paid_on": FEB, "amount": "127000",
                                "remark": "SZ 2026/001 számla", "partner_name": "KOVÁCS KFT"})
    unnamed = entry.save_payment({"client": kovacs.id, "paid_on": MAR, "amount": "50000", "remark": "átutalás"})
    return {"kovacs": kovacs, "szucs": szucs, "first": first, "second": second, "credit": credit, "euro": euro,
            "named": named, "unnamed": unnamed}


def numbers(flt: InvoiceFilter) -> list[str]:
    pages = lists.invoice_pages(flt)
    found = pages.rows(0, 2) + pages.rows(2, 100)  # read a page at a time
    assert len(found) == pages.count
    return [row.number for row in found]


def test_invoices_are_listed_newest_first_and_narrowed_by_text_kind_period_and_open(books):
    assert numbers(InvoiceFilter()) == ["E-2026-001", "JSZ-2026-001", "SZ-2026-002", "SZ-2026-001"]
    assert numbers(InvoiceFilter(text="kovacs")) == ["JSZ-2026-001", "SZ-2026-002", "SZ-2026-001"]
    assert numbers(InvoiceFilter(text="12345676")) == ["JSZ-2026-001", "SZ-2026-002", "SZ-2026-001"]
    assert numbers(InvoiceFilter(text="sz-2026-002")) == ["SZ-2026-002"]
    assert numbers(InvoiceFilter(kind="credit_note")) == ["JSZ-2026-001"]
    assert numbers(InvoiceFilter(issued_from=FEB, issued_to=FEB)) == ["SZ-2026-002"]
    assert numbers(InvoiceFilter(client_id=books["szucs"].id)) == ["E-2026-001"]
    # the first is paid by the transfer naming it; the credit note settles part of the second
    assert numbers(InvoiceFilter(open_only=True)) == ["E-2026-001", "SZ-2026-002"]


def test_an_invoice_row_names_the_client_the_referred_invoice_and_the_amounts(books):
    row, = lists.invoice_rows([books["credit"].id])
    assert (row.client, row.kind, row.refers_to, row.gross, row.open, row.source) == (
        "Kovács Kft.", "credit_note", "SZ-2026-002", Decimal(-4000), Decimal(0), "manual")
    second, = lists.invoice_rows([books["second"].id])
    assert second.open == Decimal(254000 - 4000 - 50000)


def test_payments_are_narrowed_by_text_period_and_unallocated(company):
    kovacs = factories.client("Kovács Kft.")
    entry.save_invoice({"number": "SZ-1", "client": kovacs.id, "issue_date": JAN, "gross_amount": "100"})
    whole = entry.save_payment({"client": kovacs.id, "paid_on": FEB, "amount": "100", "reference": "K-778"})
    more = entry.save_payment({"client": kovacs.id, "paid_on": MAR, "amount": "30", "partner_name": "Kovács"})

    def dates(flt: PaymentFilter) -> list[dt.date]:
        pages = lists.payment_pages(flt)
        return [row.paid_on for row in pages.rows(0, 100)]

    assert dates(PaymentFilter()) == [MAR, FEB]
    assert dates(PaymentFilter(unallocated_only=True)) == [MAR]
    assert dates(PaymentFilter(text="K-778")) == [FEB]
    assert dates(PaymentFilter(paid_from=MAR)) == [MAR]
    assert [row.id for row in lists.client_payments(kovacs.id)] == [more.id, whole.id]
    assert lists.payment_rows([more.id])[0].unallocated == Decimal(30)


def test_what_a_payment_settles_and_what_settles_an_invoice(books):
    settled, = lists.payment_allocations(books["named"].id)
    assert (settled.invoice, settled.amount, settled.rule, settled.settled_by) == (
        "SZ-2026-001", Decimal(127000), "remark", "payment")
    by = {(a.settled_by, a.rule): a for a in lists.invoice_allocations(books["second"].id)}
    assert by["credit_note", "credit_note"].credit_note == "JSZ-2026-001"
    assert by["payment", "oldest"].amount == Decimal(50000) and by["payment", "oldest"].paid_on == MAR
    # a credit note lists what it settles
    assert [a.invoice for a in lists.invoice_allocations(books["credit"].id)] == ["SZ-2026-002"]


def test_a_payment_may_be_allocated_by_hand_to_an_open_invoice_of_its_client_in_its_currency(books):
    assert [row.number for row in lists.allocatable_invoices(books["unnamed"].id)] == ["SZ-2026-002"]
    receivables.allocate_by_hand(books["unnamed"].id, books["second"].id, Decimal(20000))
    rules = sorted(a.rule for a in lists.payment_allocations(books["unnamed"].id))
    assert rules == ["manual", "oldest"]


def test_references_and_orders_a_form_offers(books):
    offered = lists.referable_invoices(books["kovacs"].id, "HUF", exclude_id=books["first"].id)
    assert [row.number for row in offered] == ["SZ-2026-002"]
    assert lists.referable_invoices(books["kovacs"].id, "EUR") == []
    assert lists.client_orders(books["kovacs"].id) == []


def test_a_deleted_record_is_named_when_read(books):
    with pytest.raises(NotFound):
        lists.get_invoice(10 ** 9)
    with pytest.raises(NotFound):
        lists.get_payment(10 ** 9)


def test_the_search_text_of_clients_read_from_elsewhere(books):
    texts = lists.client_search_texts([books["kovacs"].id, books["szucs"].id])
    assert texts[books["kovacs"].id].startswith("kovacs kft.") and "12345676" in texts[books["kovacs"].id]
    assert texts[books["szucs"].id].startswith("szucs bt.")
    many = range(books["kovacs"].id, books["kovacs"].id + lists.FEW_CLIENTS + 1)  # more than a few: read them all
    assert set(lists.client_search_texts(many)) == {books["kovacs"].id, books["szucs"].id}
    assert lists.client_search_texts([]) == {}
