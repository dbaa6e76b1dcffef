"""What a reconciliation statement (folyószámla-egyeztetés, акт сверки взаимных расчётов, statement of
account) prints, and reading it from the settlement tables.

For a client and a period, per currency: the balance as of the day before the period (what the
client owed then), every invoice, credit note and payment of the period with its date and
references, the running balance after each, the period's debit and credit turnover and the
closing balance. Debit is what raises the client's debt (an invoice, a refund paid back to the
client), credit what lowers it (a payment, a credit note, whose amounts are negative in the
table). The balance is the documents' gross less the payments, so it is the receivables' open
figure whatever the allocations are. Both parties' names, addresses and tax numbers, and the
language of `offer.language_for(client)` (or the one asked for).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN

from kamdesk.core.errors import NotFound, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.party import Client
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.money import money_sum
from kamdesk.core.services.company import current_manager, get_company
from kamdesk.core.services.offer import address_lines, language_for
from kamdesk.core.services.party import get_client

KIND_ORDER = {"invoice": 0, "credit_note": 1, "payment": 2, "refund": 3}  # on one day: documents, then money


@dataclass(frozen=True)
class StatementParty:
    """Our company or the client as the statement names it."""

    name: str
    address_lines: tuple[str, ...] = ()
    tax_number: str = ""
    signatory: str = ""  # who signs for the company: the manager printing it; empty for the client


@dataclass(frozen=True)
class Movement:
    """One invoice, credit note or payment of the period, with the balance after it."""

    day: dt.date  # issue date or payment date
    kind: str  # "invoice", "credit_note", "payment" or "refund" (a negative payment)
    number: str  # the invoice's number; the bank's reference of a payment
    detail: str  # a credit note's invoice number; a payment's remark
    due_date: dt.date | None
    debit: Decimal  # raises the debt (0 when it does not)
    credit: Decimal  # lowers it, as a positive figure (0 when it does not)
    balance: Decimal


@dataclass(frozen=True)
class Account:
    """The statement in one currency."""

    currency: str
    opening: Decimal  # as of the day before the period
    movements: tuple[Movement, ...]
    debit: Decimal  # the period's turnover
    credit: Decimal
    closing: Decimal  # as of the period's last day


@dataclass(frozen=True)
class StatementData:
    company: StatementParty
    client: StatementParty
    start: dt.date
    end: dt.date
    language: str  # "en", "hu" or "ru"
    accounts: tuple[Account, ...]
    issued_on: dt.date = field(default_factory=dt.date.today)
    logo: bytes | None = None  # the company's logo (PNG/JPEG bytes)

    @property
    def opening_day(self) -> dt.date:
        return self.start - dt.timedelta(days=1)


def statement_data(client_id: int, start: dt.date, end: dt.date, language: str | None = None,
                   today: dt.date | None = None) -> StatementData:
    """The statement of `client_id` for `start`..`end` (both included), one account per currency the
    client has any document or payment in by `end`; the company's currency alone when there is none."""
    if end < start:
        raise ValidationError(Message("The period ends before it starts."), field="end")
    client, company = get_client(client_id), get_company()
    home = company.country if company else ""
    theirs = StatementParty(client.name, tuple(address_lines(client.legal_street, client.legal_postcode,
                                                             client.legal_city, client.legal_country, home)),
                            client.tax_number or "")
    nothing = Account(company.currency if company else "HUF", Decimal(0), (), Decimal(0), Decimal(0), Decimal(0))
    return StatementData(_company_party(company), theirs, start, end, language or language_for(client),
                         tuple(_accounts(client_id, start, end) or [nothing]), today or dt.date.today(),
                         bytes(company.logo) if company and company.logo else None)


def _company_party(company) -> StatementParty:
    """Our company, signed for by the manager at the desk."""
    if company is None:
        return StatementParty("")
    signer = current_manager()
    return StatementParty(company.name, tuple(address_lines(company.street, company.postcode, company.city, "",
                                                            company.country)),
                          company.tax_number, signer.name if signer else "")


def _accounts(client_id: int, start: dt.date, end: dt.date) -> list[Account]:
    opening = _opening(client_id, start)
    by_currency: dict[str, list[tuple]] = {}
    for entry in _entries(client_id, start, end):
        by_currency.setdefault(entry[-1], []).append(entry)
    currencies = sorted(set(opening) | set(by_currency))
    return [_account(currency, opening.get(currency, Decimal(0)), by_currency.get(currency, []))
            for currency in currencies]


def _opening(client_id: int, start: dt.date) -> dict[str, Decimal]:
    """Per currency: documents issued before `start` less payments received before it."""
    totals: dict[str, Decimal] = {}
    invoiced = (Invoice.select(Invoice.currency, money_sum(Invoice.gross_amount).alias("total"))
                .where((Invoice.client == client_id) & (Invoice.issue_date < start)).group_by(Invoice.currency))
    paid = (Payment.select(Payment.currency, money_sum(Payment.amount).alias("total"))
            .where((Payment.client == client_id) & (Payment.paid_on < start)).group_by(Payment.currency))
    for row in invoiced.namedtuples():
        totals[row.currency] = totals.get(row.currency, Decimal(0)) + row.total
    for row in paid.namedtuples():
        totals[row.currency] = totals.get(row.currency, Decimal(0)) - row.total
    return totals


def _entries(client_id: int, start: dt.date, end: dt.date) -> list[tuple]:
    """(day, kind order, number, id, kind, detail, due date, change of the debt, currency), in print order."""
    referred = Invoice.alias()
    documents = (Invoice.select(Invoice.id, Invoice.issue_date, Invoice.kind, Invoice.number, Invoice.due_date,
                                Invoice.gross_amount, Invoice.currency, referred.number.alias("refers_to_number"))
                 .join(referred, on=(Invoice.refers_to == referred.id), join_type=JOIN.LEFT_OUTER)
                 .where((Invoice.client == client_id) & Invoice.issue_date.between(start, end)))
    entries = []
    for row in documents.namedtuples():
        kind = "credit_note" if row.kind == "credit_note" else "invoice"
        entries.append((row.issue_date, KIND_ORDER[kind], row.number, row.id, kind,
                        row.refers_to_number or "", row.due_date, row.gross_amount, row.currency))
    payments = (Payment.select(Payment.id, Payment.paid_on, Payment.amount, Payment.currency, Payment.reference,
                               Payment.remark)
                .where((Payment.client == client_id) & Payment.paid_on.between(start, end)))
    for row in payments.namedtuples():
        kind = "refund" if row.amount < 0 else "payment"
        entries.append((row.paid_on, KIND_ORDER[kind], row.reference, row.id, kind, " ".join(row.remark.split()),
                        None, -row.amount, row.currency))
    entries.sort(key=lambda entry: entry[:4])
    return entries


def _account(currency: str, opening: Decimal, entries: list[tuple]) -> Account:
    balance, debit, credit = opening, Decimal(0), Decimal(0)
    movements = []
    for day, _, number, _, kind, detail, due_date, change, _ in entries:
        balance += change
        up, down = (change, Decimal(0)) if change >= 0 else (Decimal(0), -change)
        debit, credit = debit + up, credit + down
        movements.append(Movement(day, kind, number, detail, due_date, up, down, balance))
    return Account(currency, opening, tuple(movements), debit, credit, balance)


def client_named(text: str) -> int:
    """The id of the client a command line names: by tax number (any spelling: 12892312-2-42, HU12892312),
    a live client before an archived one; else by id."""
    from kamdesk.core.services.party_validation import tax_key

    key = tax_key(text.strip())
    if key:
        found = (Client.select(Client.id).where(Client.tax_key == key)
                 .order_by(Client.archived_at.is_null(False), Client.id).first())
        if found is not None:
            return found.id
    if text.strip().isdigit() and Client.get_or_none(Client.id == int(text.strip())) is not None:
        return int(text.strip())
    shown = text if len(text) <= 40 else text[:40] + "…"
    raise NotFound(Message("There is no client with the tax number or id “{text}”.", text=shown))
