"""Demo settlements: a year of invoices for the delivered orders, the payments that settled them, a few
credit notes and a little money paid in advance.

Each delivered order of the last year is invoiced on its delivery day, due after its payment terms,
linked to the order. Each client pays in its own way (seeded): most on time, some a few weeks late,
some slowly, some in two parts (the second part not always paid yet); invoices not yet due, and some
overdue ones, stay open. About one invoice in thirty gets a credit note a few days later, which the
payment then leaves out. A few punctual clients have paid an advance that no invoice has taken yet.

Everything is built in memory: the allocations are planned per client by `receivables.plan_allocations`
(the same rule as `reallocate`), with the ids the rows will get, and invoices, payments and allocations
are inserted in bulk, so `kamdesk demo --clients 100000` stays a matter of seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from kamdesk.core.models import Client, Order
from kamdesk.core.models.settlement import Allocation, Invoice, Payment
from kamdesk.core.money import round_to_currency
from kamdesk.core.services.demo import Demo, _insert_records, _next_id, bulk_load
from kamdesk.core.services.receivables import Item, Money, plan_allocations
from kamdesk.core.services.settlement_entry import payment_fingerprint
from kamdesk.core.services.party_validation import tax_key
from kamdesk.core.text_fold import fold

INVOICE_DAYS = 365  # the delivered orders of the last year are invoiced
# How a client pays: (weight, days after the due date: lowest, highest)
PROFILES = {"punctual": (55, -5, 3), "late": (25, 4, 35), "slow": (12, 30, 100), "partial": (8, 0, 20)}
CREDIT_NOTE_SHARE = 1 / 30
ADVANCE_SHARE = 0.03  # of the punctual clients
NAMED_IN_REMARK = 0.8  # the share of payments whose remark names the invoice (else it is blank)


def step(demo: Demo) -> None:
    """The settlement area's demo data (see the module's docstring)."""
    DemoSettlements(random.Random(f"settlements {demo.seed}"), demo.now.date(), demo.report).create()


@dataclass
class _Invoice:
    number: str
    client_id: int
    order_id: int | None
    issue_date: dt.date
    due_date: dt.date
    net: Decimal
    vat: Decimal
    gross: Decimal
    currency: str
    refers_to: _Invoice | None = None
    id: int = 0


@dataclass
class _Payment:
    client_id: int
    paid_on: dt.date
    amount: Decimal
    currency: str
    remark: str
    id: int = 0


@dataclass
class _Client:
    invoices: list[_Invoice] = field(default_factory=list)
    credit_notes: list[_Invoice] = field(default_factory=list)
    payments: list[_Payment] = field(default_factory=list)


class DemoSettlements:
    """Invoices, credit notes, payments and allocations of the demo, built in memory and inserted in bulk."""

    def __init__(self, rnd: random.Random, today: dt.date, report=lambda done, total: None):
        self.rnd, self.today = rnd, today
        self.report = report  # done of total: invoiced, paid, planned, inserted
        self.clients: dict[int, _Client] = defaultdict(_Client)
        self.numbers: dict[tuple[str, int], int] = defaultdict(int)

    def create(self) -> None:
        self.report(0, 4)
        for order in self._delivered_orders():
            self._invoice(*order)
        self.report(1, 4)
        for client_id, client in self.clients.items():
            self._payments(client_id, client)
        self.report(2, 4)
        self._insert()
        self.report(4, 4)

    def _delivered_orders(self) -> list[tuple]:
        first = self.today - dt.timedelta(days=INVOICE_DAYS)
        return list(Order.select(Order.id, Order.client, Order.delivery_date, Order.payment_terms_days,
                                 Order.net_total, Order.vat_total, Order.gross_total, Order.currency)
                    .where((Order.state == "delivered") & (Order.delivery_date >= first)
                           & (Order.delivery_date < self.today))
                    .order_by(Order.delivery_date, Order.id).tuples())

    def _number(self, prefix: str, day: dt.date) -> str:
        self.numbers[prefix, day.year] += 1
        return f"{prefix}-{day.year}/{self.numbers[prefix, day.year]:06d}"

    def _invoice(self, order_id, client_id, delivered, terms, net, vat, gross, currency) -> None:
        invoice = _Invoice(self._number("SZ", delivered), client_id, order_id, delivered,
                           delivered + dt.timedelta(days=terms or 0), net, vat, gross, currency)
        self.clients[client_id].invoices.append(invoice)
        if self.rnd.random() < CREDIT_NOTE_SHARE:  # a return or a price correction
            part = round_to_currency(gross * Decimal(str(round(self.rnd.uniform(0.05, 0.3), 2))), currency)
            part_net = round_to_currency(part * net / gross, currency) if gross else part
            day = delivered + dt.timedelta(days=self.rnd.randint(3, 20))
            if day < self.today:
                self.clients[client_id].credit_notes.append(_Invoice(
                    self._number("JV", day), client_id, None, day, day, -part_net, -(part - part_net), -part,
                    currency, refers_to=invoice))

    def _payments(self, client_id: int, client: _Client) -> None:
        rnd = self.rnd
        profile = rnd.choices(list(PROFILES), [weight for weight, _, _ in PROFILES.values()])[0]
        _, early, late = PROFILES[profile]
        credited = {note.refers_to.number: note for note in client.credit_notes}
        for invoice in client.invoices:
            paid_on = invoice.due_date + dt.timedelta(days=rnd.randint(early, late))
            if paid_on >= self.today:
                continue  # not paid yet: open, overdue when its due date has passed
            note = credited.get(invoice.number)
            owed = invoice.gross + (note.gross if note and note.issue_date <= paid_on else 0)
            remark = _as_banks_write(invoice.number, rnd) if rnd.random() < NAMED_IN_REMARK else ""
            if profile == "partial" and rnd.random() < 0.5:
                first = round_to_currency(owed * Decimal(str(round(rnd.uniform(0.4, 0.9), 2))), invoice.currency)
                client.payments.append(_Payment(client_id, paid_on, first, invoice.currency, remark))
                paid_on += dt.timedelta(days=rnd.randint(15, 60))
                owed -= first
                if paid_on >= self.today:
                    continue  # the rest is still owed
            client.payments.append(_Payment(client_id, paid_on, owed, invoice.currency, remark))
        if profile == "punctual" and client.invoices and rnd.random() < ADVANCE_SHARE:
            latest = client.invoices[-1]
            advance = max(Decimal(10000), (latest.gross * 2 / 10000).to_integral_value() * 10000)
            day = self.today - dt.timedelta(days=rnd.randint(1, 10))
            client.payments.append(_Payment(client_id, day, advance, latest.currency, ""))

    # ------------------------------------------------------------ rows
    def _insert(self) -> None:
        invoices = [i for c in self.clients.values() for i in c.invoices]
        notes = [n for c in self.clients.values() for n in c.credit_notes]
        payments = [p for c in self.clients.values() for p in c.payments]
        for offset, item in enumerate([*invoices, *notes], start=_next_id(Invoice)):
            item.id = offset  # the ids the rows get: inserted in this order, invoices before their credit notes
        for offset, money in enumerate(payments, start=_next_id(Payment)):
            money.id = offset
        plans = {client_id: self._plan(client) for client_id, client in self.clients.items()}
        self.report(3, 4)
        opened = {item: amount for plan in plans.values() for item, amount in plan.open.items()}
        left = {money: amount for plan in plans.values() for money, amount in plan.unallocated.items()}
        names = _client_names(list(self.clients))
        with bulk_load(Invoice, Payment, Allocation):
            _insert_records(Invoice, [_invoice_record(item, opened.get(item.id, item.gross)) for item in
                                      [*invoices, *notes]])
            _insert_records(Payment, [_payment_record(money, left.get(money.id, money.amount),
                                                      names[money.client_id], index)
                                      for index, money in enumerate(payments)])
            _insert_records(Allocation, [{"invoice": s.invoice, "payment": s.payment, "credit_note": s.credit_note,
                                          "amount": s.amount, "settled_on": s.settled_on, "rule": s.rule}
                                         for plan in plans.values() for s in plan.allocations])

    @staticmethod
    def _plan(client: _Client):
        items = [Item(i.id, i.number, i.currency, i.issue_date, i.due_date, i.gross,
                      i.refers_to.id if i.refers_to else None) for i in [*client.invoices, *client.credit_notes]]
        money = [Money(p.id, p.currency, p.paid_on, p.amount, p.remark) for p in client.payments]
        return plan_allocations(items, money)


def _as_banks_write(number: str, rnd: random.Random) -> str:
    """An invoice number as a payer types it in the remark: as printed, or in lower case with spaces."""
    return number if rnd.random() < 0.7 else number.lower().replace("-", " ").replace("/", " ")


def _client_names(client_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Client id → (name, tax number): what the bank statement calls the payer."""
    found = {}
    for start in range(0, len(client_ids), 500):
        query = Client.select(Client.id, Client.name, Client.tax_number).where(
            Client.id.in_(client_ids[start:start + 500])).tuples()
        found.update({client_id: (name, tax) for client_id, name, tax in query})
    return found


def _invoice_record(item: _Invoice, open_amount: Decimal) -> dict:
    return {"number": item.number, "kind": "credit_note" if item.gross < 0 else "invoice", "client": item.client_id,
            "issue_date": item.issue_date, "due_date": item.due_date, "net_amount": item.net,
            "vat_amount": item.vat, "gross_amount": item.gross, "currency": item.currency,
            "refers_to": item.refers_to.id if item.refers_to else None, "order": item.order_id,
            "open_amount": open_amount, "source": "import", "note": ""}


def _payment_record(money: _Payment, unallocated: Decimal, payer: tuple[str, str], index: int) -> dict:
    name, tax = payer
    reference = f"TRX{money.paid_on:%Y%m%d}{index:07d}"
    party = tax_key(tax) or "name:" + fold(name)
    return {"client": money.client_id, "paid_on": money.paid_on, "amount": money.amount, "currency": money.currency,
            "partner_name": name, "tax_number": tax, "remark": money.remark, "reference": reference,
            "fingerprint": payment_fingerprint(money.paid_on, party, money.amount, money.currency, reference,
                                               money.remark, 1),
            "unallocated": unallocated, "source": "import", "note": ""}
