"""Reading invoices, payments and their allocations for the settlement pages and the client card.

The lists are filtered like the other pages' (typed text, client, period, open only or
unallocated only) and read page by page in SQL: `invoice_pages` / `payment_pages` count the
matches once and read a page when the view needs it (a million invoices: no list of a million
ids), `invoice_rows` / `payment_rows` are the display rows of some ids. What a
payment settles and what settles an invoice are `payment_allocations` / `invoice_allocations`;
`allocatable_invoices` are the invoices a payment may still settle by hand. No writes here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from kamdesk.core.messages import Message
from kamdesk.core.models import Client
from kamdesk.core.models.query import holds, narrowed
from kamdesk.core.models.sale import Order
from kamdesk.core.models.settlement import Allocation, Invoice, Payment
from kamdesk.core.text_fold import fold

CLIENT_PAYMENTS = 200  # the client card lists the latest payments, not a lifetime of them
FEW_CLIENTS = 500  # up to this many are read by id; more, by reading every client once


@dataclass(frozen=True)
class InvoiceFilter:
    text: str = ""  # client name or tax number, or invoice number
    client_id: int | None = None
    kind: str | None = None  # "invoice", "credit_note", or None for both
    issued_from: dt.date | None = None
    issued_to: dt.date | None = None
    open_only: bool = False


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    kind: str
    client_id: int
    client: str
    issue_date: dt.date
    due_date: dt.date
    gross: Decimal
    open: Decimal
    currency: str
    refers_to: str  # the number of the invoice a credit note refers to
    order: str  # the number of the order invoiced
    source: str


@dataclass(frozen=True)
class PaymentFilter:
    text: str = ""  # client name or tax number, the payer's name, the remark or the bank reference
    client_id: int | None = None
    paid_from: dt.date | None = None
    paid_to: dt.date | None = None
    unallocated_only: bool = False


@dataclass(frozen=True)
class PaymentRow:
    id: int
    paid_on: dt.date
    client_id: int
    client: str
    partner_name: str
    amount: Decimal
    unallocated: Decimal
    currency: str
    remark: str
    reference: str
    source: str


@dataclass(frozen=True)
class AllocationRow:
    id: int
    invoice_id: int
    invoice: str  # the invoice's number
    settled_by: str  # "payment" or "credit_note"
    payment_id: int | None
    credit_note: str  # the credit note's number, when one settles
    paid_on: dt.date | None  # the payment's date
    amount: Decimal
    settled_on: dt.date
    rule: str  # "remark", "oldest", "manual", "credit_note"


# ---------------------------------------------------------------- invoices

class Paged:
    """The rows an id query finds, counted once and read `size` at a time in its order (LIMIT … OFFSET …)."""

    def __init__(self, query, read: Callable[[list[int]], list]):
        self._query, self._read = query, read
        self._count: int | None = None

    @property
    def count(self) -> int:
        if self._count is None:
            self._count = self._query.order_by().count()
        return self._count

    def rows(self, start: int, size: int) -> list:
        return self._read([row[0] for row in self._query.limit(size).offset(start).tuples()])


def invoice_pages(flt: InvoiceFilter) -> Paged:
    """The invoices and credit notes matching `flt`, newest issue first, read a page at a time."""
    query = Invoice.select(Invoice.id).join(Client, on=(Invoice.client == Client.id))
    query = narrowed(query, (Invoice.client, flt.client_id), (Invoice.kind, flt.kind))
    if flt.issued_from is not None:
        query = query.where(Invoice.issue_date >= flt.issued_from)
    if flt.issued_to is not None:
        query = query.where(Invoice.issue_date <= flt.issued_to)
    if flt.open_only:
        query = query.where(Invoice.open_amount != 0)
    for term in fold(flt.text).split():
        query = query.where(holds(Client.search_text, term) | Invoice.number.contains(term))
    return Paged(query.order_by(Invoice.issue_date.desc(), Invoice.id.desc()), invoice_rows)


def invoice_rows(ids: list[int]) -> list[InvoiceRow]:
    """Display rows for `ids`, in the same order."""
    if not ids:
        return []
    referred = Invoice.alias()
    query = (Invoice.select(Invoice, Client.name.alias("client_name"), referred.number.alias("refers_number"),
                            Order.number.alias("order_number"))
             .join(Client, on=(Invoice.client == Client.id)).switch(Invoice)
             .join(referred, JOIN.LEFT_OUTER, on=(Invoice.refers_to == referred.id)).switch(Invoice)
             .join(Order, JOIN.LEFT_OUTER, on=(Invoice.order == Order.id))
             .where(Invoice.id.in_(ids)).objects())
    by_id = {invoice.id: invoice for invoice in query}
    return [_invoice_row(by_id[i]) for i in ids if i in by_id]


def _invoice_row(invoice) -> InvoiceRow:
    return InvoiceRow(id=invoice.id, number=invoice.number, kind=invoice.kind, client_id=invoice.client_id,
                      client=invoice.client_name, issue_date=invoice.issue_date, due_date=invoice.due_date,
                      gross=invoice.gross_amount, open=invoice.open_amount, currency=invoice.currency,
                      refers_to=invoice.refers_number or "", order=invoice.order_number or "",
                      source=invoice.source)


def get_invoice(invoice_id: int) -> Invoice:
    """The invoice or credit note to show or correct."""
    return Invoice.get_or_not_found(Invoice.id == invoice_id, Message("That invoice does not exist any more."))


def referable_invoices(client_id: int, currency: str, exclude_id: int | None = None) -> list[InvoiceRow]:
    """The client's invoices in `currency` a credit note may refer to, newest first."""
    query = (Invoice.select(Invoice.id)
             .where((Invoice.client == client_id) & (Invoice.kind == "invoice") & (Invoice.currency == currency)))
    if exclude_id is not None:
        query = query.where(Invoice.id != exclude_id)
    return invoice_rows([row[0] for row in query.order_by(Invoice.issue_date.desc(), Invoice.id.desc()).tuples()])


def client_orders(client_id: int) -> list[tuple[int, str, dt.date]]:
    """(id, number, date) of the client's orders, newest first: what an invoice may be linked to by hand."""
    query = (Order.select(Order.id, Order.number, Order.order_date).where(Order.client == client_id)
             .order_by(Order.order_date.desc(), Order.id.desc()))
    return list(query.tuples())


def client_search_texts(client_ids: Iterable[int]) -> dict[int, str]:
    """The folded text the client search looks into (name first, then tax number, city, contacts …) by client id:
    what typed text is matched against in a list of clients read from elsewhere (the aging)."""
    wanted = set(client_ids)
    if not wanted:
        return {}
    query = Client.select(Client.id, Client.search_text)
    if len(wanted) <= FEW_CLIENTS:
        query = query.where(Client.id.in_(sorted(wanted)))
    return {client_id: text for client_id, text in query.tuples() if client_id in wanted}


# ---------------------------------------------------------------- payments

def payment_pages(flt: PaymentFilter) -> Paged:
    """The payments matching `flt`, newest first, read a page at a time."""
    query = Payment.select(Payment.id).join(Client, on=(Payment.client == Client.id))
    query = narrowed(query, (Payment.client, flt.client_id))
    if flt.paid_from is not None:
        query = query.where(Payment.paid_on >= flt.paid_from)
    if flt.paid_to is not None:
        query = query.where(Payment.paid_on <= flt.paid_to)
    if flt.unallocated_only:
        query = query.where(Payment.unallocated != 0)
    for term in flt.text.split():
        folded = fold(term)
        query = query.where(holds(Client.search_text, folded) | Payment.partner_name.contains(term)
                            | Payment.remark.contains(term) | Payment.reference.contains(term))
    return Paged(query.order_by(Payment.paid_on.desc(), Payment.id.desc()), payment_rows)


def payment_rows(ids: list[int]) -> list[PaymentRow]:
    """Display rows for `ids`, in the same order."""
    if not ids:
        return []
    query = (Payment.select(Payment, Client.name.alias("client_name"))
             .join(Client, on=(Payment.client == Client.id)).where(Payment.id.in_(ids)).objects())
    by_id = {payment.id: payment for payment in query}
    return [_payment_row(by_id[i]) for i in ids if i in by_id]


def _payment_row(payment) -> PaymentRow:
    return PaymentRow(id=payment.id, paid_on=payment.paid_on, client_id=payment.client_id,
                      client=payment.client_name, partner_name=payment.partner_name, amount=payment.amount,
                      unallocated=payment.unallocated, currency=payment.currency, remark=payment.remark,
                      reference=payment.reference, source=payment.source)


def get_payment(payment_id: int) -> Payment:
    """The payment to show or correct."""
    return Payment.get_or_not_found(Payment.id == payment_id, Message("That payment does not exist any more."))


def client_payments(client_id: int, limit: int = CLIENT_PAYMENTS) -> list[PaymentRow]:
    """The client's latest payments, newest first."""
    query = (Payment.select(Payment.id).where(Payment.client == client_id)
             .order_by(Payment.paid_on.desc(), Payment.id.desc()).limit(limit))
    return payment_rows([row[0] for row in query.tuples()])


# ---------------------------------------------------------------- allocations

def payment_allocations(payment_id: int) -> list[AllocationRow]:
    """What the payment settles, oldest first."""
    return _allocations(Allocation.payment == payment_id)


def invoice_allocations(invoice_id: int) -> list[AllocationRow]:
    """What settles the invoice (payments and credit notes), oldest first; for a credit note, what it settles."""
    return _allocations(Allocation.invoice == invoice_id, Allocation.credit_note == invoice_id)


def _allocations(*conditions) -> list[AllocationRow]:
    """The allocations meeting any of `conditions`, each condition a query of its own (an OR of two indexed
    columns is a scan of every allocation on SQLite)."""
    settled, credit = Invoice.alias(), Invoice.alias()
    found = {}
    for condition in conditions:
        query = (Allocation.select(Allocation, settled.number.alias("invoice_number"),
                                   credit.number.alias("credit_number"), Payment.paid_on.alias("paid_on"))
                 .join(settled, on=(Allocation.invoice == settled.id)).switch(Allocation)
                 .join(credit, JOIN.LEFT_OUTER, on=(Allocation.credit_note == credit.id)).switch(Allocation)
                 .join(Payment, JOIN.LEFT_OUTER, on=(Allocation.payment == Payment.id))
                 .where(condition).objects())
        found.update((a.id, a) for a in query)
    ordered = sorted(found.values(), key=lambda a: (a.settled_on, a.id))
    return [AllocationRow(id=a.id, invoice_id=a.invoice_id, invoice=a.invoice_number,
                          settled_by="payment" if a.payment_id is not None else "credit_note",
                          payment_id=a.payment_id, credit_note=a.credit_number or "", paid_on=a.paid_on,
                          amount=a.amount, settled_on=a.settled_on, rule=a.rule) for a in ordered]


def allocatable_invoices(payment_id: int) -> list[InvoiceRow]:
    """The open invoices of the payment's client in its currency, oldest due first: what it may settle by hand."""
    payment = get_payment(payment_id)
    query = (Invoice.select(Invoice.id)
             .where((Invoice.client == payment.client_id) & (Invoice.currency == payment.currency)
                    & (Invoice.kind == "invoice") & (Invoice.open_amount > 0))
             .order_by(Invoice.due_date, Invoice.issue_date, Invoice.id))
    return invoice_rows([row[0] for row in query.tuples()])
