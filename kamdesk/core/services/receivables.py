"""Receivables: what each client owes, since when, and how payments and credit notes settle invoices.

Allocation (`reallocate`) is recomputed per client from its invoices, credit notes, payments and the
allocations made by hand, in one pass (`plan_allocations`, pure, also used by the demo):

1. allocations made by hand stay as they are;
2. a credit note that refers to an invoice settles that invoice first;
3. then, in date order, each payment goes to the open invoices whose number its remark names, then to the
   oldest open invoices (due date, issue date, id); what is left of a credit note goes oldest first too;
4. what is left of a payment or credit note stays unallocated and is shown. Money only settles invoices
   of its own currency. An allocation dates from the later of the money's date and the invoice's issue
   date, so an invoice issued after a prepayment is settled on its issue date.

The invoice's `open_amount` and the payment's `unallocated` hold the result for today. Aging as of a past
day adds back what settled after it (`Allocation.settled_on`), so no history is stored twice.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple
from decimal import Decimal

from kamdesk.core.collection import without_automatic_collection
from kamdesk.core.db import database
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.settlement import RECORDERS, Allocation, Invoice, Payment
from kamdesk.core.money import from_minor, to_minor
from kamdesk.core.services import numbering
from kamdesk.core.services.company import require_role
from kamdesk.core.transactions import retried, serialized

ZERO = Decimal(0)
BUCKETS = ("not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90")
BUCKET_STARTS = (1, 31, 61, 91)  # the first day overdue of each overdue bucket
CHUNK = 500  # client ids per statement (SQLite's parameter limit is far above; PostgreSQL plans stay small)
TREND_DAYS = Decimal(3)  # a change of average lateness smaller than this is "same"


# ---------------------------------------------------------------- what the lists show

class Balance(NamedTuple):
    """One client's receivables in one currency as of a date.

    The aging of 100,000 clients is a list of these made straight from the database's rows, so the sums stay
    integer hundredths (`*_minor`) and each amount becomes a Decimal when it is read."""

    client_id: int
    client: str
    tax_number: str
    manager_id: int | None
    currency: str
    not_due_minor: int
    days_1_30_minor: int
    days_31_60_minor: int
    days_61_90_minor: int
    days_over_90_minor: int
    unallocated_minor: int  # money left over: payments not settling anything, credit notes not applied
    oldest_overdue_days: int  # 0 when nothing is overdue

    @classmethod
    def of(cls, client_id: int, client: str, tax_number: str, manager_id: int | None, currency: str,
           oldest_overdue_days: int = 0, **amounts: Decimal) -> Balance:
        """A Balance from Decimal amounts (not_due, days_1_30 … days_over_90, unallocated; others ignored)."""
        minor = [to_minor(amounts.get(name, ZERO)) for name in (*BUCKETS, "unallocated")]
        return cls(client_id, client, tax_number, manager_id, currency, *minor, oldest_overdue_days)

    @property
    def overdue_minor(self) -> int:
        return self.days_1_30_minor + self.days_31_60_minor + self.days_61_90_minor + self.days_over_90_minor

    @property
    def open(self) -> Decimal:
        """What the client owes: every open item less the money left over."""
        return _money(self.not_due_minor + self.overdue_minor - self.unallocated_minor)

    @property
    def overdue(self) -> Decimal:
        return _money(self.overdue_minor)

    @property
    def not_due(self) -> Decimal:
        return _money(self.not_due_minor)

    @property
    def days_1_30(self) -> Decimal:
        return _money(self.days_1_30_minor)

    @property
    def days_31_60(self) -> Decimal:
        return _money(self.days_31_60_minor)

    @property
    def days_61_90(self) -> Decimal:
        return _money(self.days_61_90_minor)

    @property
    def days_over_90(self) -> Decimal:
        return _money(self.days_over_90_minor)

    @property
    def unallocated(self) -> Decimal:
        return _money(self.unallocated_minor)


@dataclass(frozen=True)
class OpenItem:
    """An invoice (or credit note) not fully settled as of a date."""

    invoice_id: int
    number: str
    kind: str
    issue_date: dt.date
    due_date: dt.date
    currency: str
    gross: Decimal
    open: Decimal
    days_overdue: int  # ≤ 0: not due yet


@dataclass(frozen=True)
class Behaviour:
    """How a client pays: average days late over the last year and the year before, and a rating it suggests."""

    average_days_late: Decimal | None
    previous_average_days_late: Decimal | None
    trend: str  # "better", "worse", "same", or "" without both years' figures
    suggested_rating: str  # "A".."D", "" without any settled invoice or overdue item; never written by kamdesk


# ---------------------------------------------------------------- aging

def aging(as_of: dt.date, *, client_id: int | None = None, manager_id: int | None = None,
          overdue_only: bool = False) -> list[Balance]:
    """Every client (and currency) with something open or unallocated as of `as_of`, in client id order."""
    later = _settled_after_day(as_of)
    with without_automatic_collection():  # a Balance (and a row) per client: 100,000 tuples, no cycle
        balances = _with_money_left(_item_rows(as_of, client_id, manager_id, later),
                                    _money_rows(as_of, client_id, manager_id, later))
    return [b for b in balances if b.overdue_minor > 0] if overdue_only else balances


def balance(client_id: int, as_of: dt.date | None = None, currency: str | None = None) -> Balance | None:
    """The client's receivables as of `as_of` (today) in `currency` (its largest open one); None: nothing open."""
    found = aging(as_of or dt.date.today(), client_id=client_id)
    if currency is not None:
        found = [b for b in found if b.currency == currency]
    return max(found, key=lambda b: abs(b.open), default=None)


def _item_rows(as_of: dt.date, client_id: int | None, manager_id: int | None, later: bool) -> list[Balance]:
    """The open invoices and credit notes summed per client and currency, one statement, rows as Balances.

    `later`: something settled after the day, to be added back."""
    scope, scope_params = _scope(client_id, manager_id)
    sql = f"""
        WITH {_adjustments(scope) + "," if later else ""}
        items AS ({(_ITEMS if later else _ITEMS_NOW).format(scope=scope.format(column="i.client_id"))})
        SELECT t.client_id, c.name, c.tax_number, c.manager_id, t.currency, t.owed - t.late_1, t.late_1 - t.late_31,
               t.late_31 - t.late_61, t.late_61 - t.late_91, t.late_91, t.credit,
               CASE WHEN t.oldest_due < ? THEN {_days_since("t.oldest_due")} ELSE 0 END
        FROM ({_SUMS}) t JOIN client c ON c.id = t.client_id"""  # sorted below: cheaper than an ORDER BY here
    starts = [as_of - dt.timedelta(days=days) for days in BUCKET_STARTS]  # due on or before: that many days late
    branch = [as_of, *scope_params]  # each branch of items: the day, then the scope
    params = (branch * 3 + branch * 2 if later else branch) + [as_of, as_of] + starts
    rows = list(map(Balance._make, database.execute_sql(sql.replace("?", database.param), params)))
    rows.sort(key=_client_and_currency)
    return rows


# Each open item is read once and summed into what each client owes, what is at least 1, 31, 61 and 91 days
# late (each bucket is the difference of two of these: one comparison per sum, not two) and the credit; the
# items arrive in client and currency order (the partial index), so the grouping needs no sort today.
_SUMS = """
    SELECT client_id, currency,
           CAST(SUM(CASE WHEN open > 0 THEN open ELSE 0 END) AS BIGINT) AS owed,
           CAST(SUM(CASE WHEN due_date <= ? AND open > 0 THEN open ELSE 0 END) AS BIGINT) AS late_1,
           CAST(SUM(CASE WHEN due_date <= ? AND open > 0 THEN open ELSE 0 END) AS BIGINT) AS late_31,
           CAST(SUM(CASE WHEN due_date <= ? AND open > 0 THEN open ELSE 0 END) AS BIGINT) AS late_61,
           CAST(SUM(CASE WHEN due_date <= ? AND open > 0 THEN open ELSE 0 END) AS BIGINT) AS late_91,
           CAST(SUM(CASE WHEN open < 0 THEN -open ELSE 0 END) AS BIGINT) AS credit,
           MIN(CASE WHEN open > 0 THEN due_date END) AS oldest_due
    FROM items WHERE open <> 0
    GROUP BY client_id, currency"""


_client_and_currency = operator.itemgetter(0, 4)


def _money_rows(as_of: dt.date, client_id: int | None, manager_id: int | None, later: bool) -> list[tuple]:
    """Money left over as of the day per client and currency (signed: a refund takes from it); a few rows."""
    scope, scope_params = _scope(client_id, manager_id)
    sql = f"""
        WITH {_adjustments(scope) + "," if later else ""}
        money AS ({(_MONEY if later else _MONEY_NOW).format(scope=scope.format(column="p.client_id"))})
        SELECT m.client_id, c.name, c.tax_number, c.manager_id, m.currency, CAST(SUM(m.unallocated) AS BIGINT)
        FROM money m JOIN client c ON c.id = m.client_id WHERE m.unallocated <> 0
        GROUP BY m.client_id, c.name, c.tax_number, c.manager_id, m.currency"""
    branch = [as_of, *scope_params]
    params = branch * 3 + branch * 2 if later else branch
    return database.execute_sql(sql.replace("?", database.param), params).fetchall()


def _with_money_left(balances: list[Balance], money: list[tuple]) -> list[Balance]:
    """`balances` (in client and currency order) with the money left over added, and the clients that only
    have money left over, in the same order."""
    extra = []  # (where it goes, the balance)
    for client_id, name, tax_number, manager_id, currency, amount in money:
        at = bisect.bisect_left(balances, (client_id, currency), key=_client_and_currency)
        if at < len(balances) and _client_and_currency(balances[at]) == (client_id, currency):
            found = balances[at]
            balances[at] = found._replace(unallocated_minor=found.unallocated_minor + int(amount))
        else:
            extra.append((at, Balance(client_id, name, tax_number, manager_id, currency, 0, 0, 0, 0, 0, int(amount),
                                      0)))
    if not extra:
        return balances
    merged, taken = [], 0  # slices between the places found, not a sort of every balance again
    for at, found in sorted(extra, key=lambda pair: (pair[0], _client_and_currency(pair[1]))):
        merged += balances[taken:at]
        merged.append(found)
        taken = at
    merged += balances[taken:]
    return merged


def _days_since(column: str) -> str:
    """SQL: whole days from `column` (a date) to the day asked for (a parameter)."""
    if database.param == "?":
        return f"CAST(julianday(?) - julianday({column}) AS INTEGER)"
    return f"(CAST(? AS date) - {column})"


def _adjustments(scope: str) -> str:
    # For one client (or manager), SQLite should find its allocations through the client's invoices and
    # payments, not by walking every allocation after the day: "+settled_on" keeps it off that index.
    # For everyone, nothing is narrowed: looking each allocation up in a list of every invoice id cost seconds.
    settled = "+settled_on" if scope and database.param == "?" else "settled_on"
    # "+": else SQLite walks every allocation in payment order for the grouping, not the few settled after the day
    by_payment = "+payment_id" if database.param == "?" else "payment_id"
    invoice_scope, payment_scope = scope.format(column="i.client_id"), scope.format(column="p.client_id")
    return _ADJUSTMENTS.format(
        settled_on=settled, by_payment=by_payment,
        invoices=f" AND invoice_id IN (SELECT i.id FROM invoice i WHERE 1 = 1{invoice_scope})" if scope else "",
        notes=f" AND credit_note_id IN (SELECT i.id FROM invoice i WHERE 1 = 1{invoice_scope})" if scope
        else " AND credit_note_id IS NOT NULL",
        payments=f" AND payment_id IN (SELECT p.id FROM payment p WHERE 1 = 1{payment_scope})" if scope
        else " AND payment_id IS NOT NULL")


# What settled after the day is added back: to the invoice it settled, to the credit note (negative) or
# payment it came from. With the day today, these are empty and only the open rows are read (through
# the partial indexes `invoice_open_items` and `payment_unallocated`).
_ADJUSTMENTS = """
    later AS (
        SELECT invoice_id AS invoice, amount FROM allocation WHERE {settled_on} > ?{invoices}
        UNION ALL
        SELECT credit_note_id, -amount FROM allocation WHERE {settled_on} > ?{notes}),
    adjust AS (SELECT invoice, SUM(amount) AS amount FROM later GROUP BY invoice),
    paid_later AS (
        SELECT payment_id AS payment, SUM(amount) AS amount FROM allocation WHERE {settled_on} > ?{payments}
        GROUP BY {by_payment})"""
_ITEMS = """
    SELECT i.client_id, i.currency, i.due_date, i.open_amount + COALESCE(a.amount, 0) AS open
    FROM invoice i LEFT JOIN adjust a ON a.invoice = i.id
    WHERE i.open_amount <> 0 AND i.issue_date <= ?{scope}
    UNION ALL
    SELECT i.client_id, i.currency, i.due_date,
           CASE WHEN i.open_amount = 0 AND i.issue_date <= ? THEN a.amount ELSE 0 END
    FROM adjust a JOIN invoice i ON i.id = a.invoice WHERE 1 = 1{scope}"""
_MONEY = """
    SELECT p.client_id, p.currency, p.unallocated + COALESCE(l.amount, 0) AS unallocated
    FROM payment p LEFT JOIN paid_later l ON l.payment = p.id
    WHERE p.unallocated <> 0 AND p.paid_on <= ?{scope}
    UNION ALL
    SELECT p.client_id, p.currency, CASE WHEN p.unallocated = 0 AND p.paid_on <= ? THEN l.amount ELSE 0 END
    FROM paid_later l JOIN payment p ON p.id = l.payment WHERE 1 = 1{scope}"""
# The second branch of each: what was settled only after the day (the rest came in the first). Its conditions
# are a CASE (the zeros are left out after) rather than a WHERE: with them in the WHERE, SQLite builds a Bloom
# filter over every payment (or invoice) first, 0.2 s for what takes 20 ms.


# As of today (nothing settled later), what is open is what is stored.
_ITEMS_NOW = """
    SELECT i.client_id, i.currency, i.due_date, i.open_amount AS open
    FROM invoice i WHERE i.open_amount <> 0 AND i.issue_date <= ?{scope}"""
_MONEY_NOW = """
    SELECT p.client_id, p.currency, p.unallocated
    FROM payment p WHERE p.unallocated <> 0 AND p.paid_on <= ?{scope}"""


def _settled_after_day(as_of: dt.date) -> bool:
    """Whether anything settled after `as_of` (an index lookup): aging must then add it back."""
    return Allocation.select(Allocation.id).where(Allocation.settled_on > as_of).exists()


def _scope(client_id: int | None, manager_id: int | None) -> tuple[str, list]:
    """The condition narrowing the rows read to one client or one manager's clients ({column} is the client id)."""
    if client_id is not None:
        return " AND {column} = ?", [client_id]
    if manager_id is not None:
        return " AND {column} IN (SELECT id FROM client WHERE manager_id = ?)", [manager_id]
    return "", []


def _money(minor: int) -> Decimal:
    return from_minor(minor) if minor else ZERO


# ---------------------------------------------------------------- open items

def open_items(client_id: int, as_of: dt.date | None = None) -> list[OpenItem]:
    """The client's invoices and credit notes open as of `as_of` (today), oldest due first."""
    as_of = as_of or dt.date.today()
    later = _settled_after(client_id, as_of)
    query = (Invoice.select().where((Invoice.client == client_id) & (Invoice.issue_date <= as_of))
             .order_by(Invoice.due_date, Invoice.issue_date, Invoice.id))
    items = []
    for invoice in query:
        amount = invoice.open_amount + later.get(invoice.id, ZERO)
        if amount:
            items.append(OpenItem(invoice_id=invoice.id, number=invoice.number, kind=invoice.kind,
                                  issue_date=invoice.issue_date, due_date=invoice.due_date,
                                  currency=invoice.currency, gross=invoice.gross_amount, open=amount,
                                  days_overdue=(as_of - invoice.due_date).days))
    return items


def _settled_after(client_id: int, as_of: dt.date) -> dict[int, Decimal]:
    """Per invoice of the client, what settled it after `as_of` (credit notes: what they settled, negated)."""
    later: dict[int, Decimal] = defaultdict(Decimal)
    query = (Allocation.select(Allocation.invoice, Allocation.credit_note, Allocation.amount)
             .join(Invoice, on=Allocation.invoice == Invoice.id)
             .where((Invoice.client == client_id) & (Allocation.settled_on > as_of)))
    for allocation in query:
        later[allocation.invoice_id] += allocation.amount
        if allocation.credit_note_id:
            later[allocation.credit_note_id] -= allocation.amount
    return later


# ---------------------------------------------------------------- allocation

@dataclass
class Item:
    """An invoice or credit note as the allocation sees it."""

    id: int
    number: str
    currency: str
    issue_date: dt.date
    due_date: dt.date
    gross: Decimal
    refers_to: int | None = None


@dataclass
class Money:
    """A payment as the allocation sees it."""

    id: int
    currency: str
    paid_on: dt.date
    amount: Decimal
    remark: str = ""


@dataclass
class Settling:
    """One allocation the plan makes (or keeps: the hand-made ones)."""

    invoice: int
    amount: Decimal
    settled_on: dt.date
    rule: str
    payment: int | None = None
    credit_note: int | None = None
    id: int | None = None  # a hand allocation's row


@dataclass
class Plan:
    """What the allocation of one client comes to: new allocations, each item's open amount, money left."""

    allocations: list[Settling] = field(default_factory=list)
    open: dict[int, Decimal] = field(default_factory=dict)  # invoice id → open (credit note: negative remainder)
    unallocated: dict[int, Decimal] = field(default_factory=dict)  # payment id → left
    kept: dict[int, Decimal] = field(default_factory=dict)  # hand allocation id → what still fits (0: no longer)


def plan_allocations(items: list[Item], payments: list[Money], manual: Iterable[Settling] = ()) -> Plan:
    """Allocate one client's payments and credit notes to its invoices (module docstring); pure.

    A hand allocation counts as far as it still fits after a correction: its invoice and its money of this
    client in one currency, no more than either has left; `Plan.kept` says what remains of each."""
    plan = Plan()
    ledger = _Ledger(items, payments)
    for kept in manual:
        plan.kept[kept.id] = ledger.keep(kept)
    for note in sorted((i for i in items if i.gross < 0), key=lambda i: (i.issue_date, i.id)):
        target = ledger.items.get(note.refers_to) if note.refers_to else None
        if target is not None and target.currency == note.currency and target.gross > 0:
            ledger.credit[note.id] -= ledger.settle(plan, target, ledger.credit[note.id], note.issue_date,
                                                    "credit_note", credit_note=note.id)
    for _, _, source in sorted(_sources(items, payments), key=lambda s: (s[0], s[1], s[2].id)):
        ledger.allocate(plan, source)
    plan.open = {item.id: ledger.owed[item.id] if item.gross > 0 else -ledger.credit[item.id] for item in items}
    plan.unallocated = dict(ledger.left)
    return plan


def _sources(items: list[Item], payments: list[Money]) -> Iterator[tuple[dt.date, int, Item | Money]]:
    """The money that settles invoices, in date order: payments, then credit notes of the same day."""
    yield from ((money.paid_on, 0, money) for money in payments)
    yield from ((item.issue_date, 1, item) for item in items if item.gross < 0)


class _Ledger:
    """What each invoice still owes and each payment or credit note still has, while one client is allocated.

    The open invoices of a currency are a queue, oldest due first; a pointer skips what is settled, so
    allocating a client's thousands of payments stays linear. Remarks are read as words looked up in an
    index of the invoice numbers."""

    def __init__(self, items: list[Item], payments: list[Money]):
        self.items = {item.id: item for item in items}
        self.money = {money.id: money for money in payments}
        self.owed = {item.id: item.gross for item in items if item.gross > 0}
        self.credit = {item.id: -item.gross for item in items if item.gross < 0}
        self.left = {money.id: money.amount for money in payments}
        self.queues: dict[str, list[Item]] = defaultdict(list)
        for item in sorted((i for i in items if i.gross > 0), key=lambda i: (i.due_date, i.issue_date, i.id)):
            self.queues[item.currency].append(item)
        self.first = dict.fromkeys(self.queues, 0)
        self.numbers = {normalised_number(item.number): item for item in items if item.gross > 0}

    def keep(self, kept: Settling) -> Decimal:
        """Count a hand allocation as far as it still fits; what fits (0: it no longer does)."""
        debt = self.items.get(kept.invoice)
        source = self.money.get(kept.payment) if kept.payment is not None else self.items.get(kept.credit_note)
        if debt is None or source is None or debt.gross <= 0 or debt.currency != source.currency:
            return ZERO
        pool = self.left if kept.payment is not None else self.credit
        amount = max(ZERO, min(kept.amount, self.owed[debt.id], pool.get(source.id, ZERO)))
        self.owed[debt.id] -= amount
        pool[source.id] -= amount
        return amount

    def allocate(self, plan: Plan, source: Item | Money) -> None:
        is_payment = isinstance(source, Money)
        pool = self.left if is_payment else self.credit
        if pool[source.id] <= 0:
            return
        when = source.paid_on if is_payment else source.issue_date
        kind = {"payment": source.id} if is_payment else {"credit_note": source.id}
        named = self.named_in(source.remark, source.currency) if is_payment else []
        for debt in named:
            pool[source.id] -= self.settle(plan, debt, pool[source.id], when, "remark", **kind)
        queue, at = self.queues.get(source.currency, []), self.first.get(source.currency, 0)
        while at < len(queue) and self.owed[queue[at].id] <= 0:
            at += 1
        self.first[source.currency] = at
        rule = "oldest" if is_payment else "credit_note"
        while pool[source.id] > 0 and at < len(queue):
            pool[source.id] -= self.settle(plan, queue[at], pool[source.id], when, rule, **kind)
            at += 1

    def settle(self, plan: Plan, debt: Item, available: Decimal, when: dt.date, rule: str, **source) -> Decimal:
        amount = min(available, self.owed.get(debt.id, ZERO))
        if amount <= 0:
            return ZERO
        self.owed[debt.id] -= amount
        plan.allocations.append(Settling(invoice=debt.id, amount=amount, settled_on=max(when, debt.issue_date),
                                         rule=rule, **source))
        return amount

    def named_in(self, remark: str, currency: str) -> list[Item]:
        """The open invoices of `currency` the remark names, in the order it names them (INV-12 is not INV-123)."""
        words = _WORD_BREAKS.split(remark or "")
        found: list[Item] = []
        for start in range(len(words)):
            for end in range(start + 1, min(start + MAX_NUMBER_WORDS, len(words)) + 1):
                debt = self.numbers.get(normalised_number("".join(words[start:end])))
                if debt is not None and debt.currency == currency and debt not in found and self.owed[debt.id] > 0:
                    found.append(debt)
        return found


_SEPARATORS = re.compile(r"[\s\-/._\\]+")
_WORD_BREAKS = re.compile(r"[\s,;:()\[\]/+&#]+")  # what a remark writes between words (and inside numbers: /)
MAX_NUMBER_WORDS = 4  # "SZ 2026 / 005211": a number written as up to four words


def normalised_number(text: str) -> str:
    """An invoice number as remarks write it: case, spaces, dashes, slashes and dots ignored."""
    return _SEPARATORS.sub("", text).upper()


def reallocate(client_ids: Iterable[int]) -> None:
    """Recompute the allocations of these clients (hand-made ones kept); call inside the caller's transaction.

    Only where the office's data is kept: a laptop's replica receives invoices, payments and their allocations
    from the server, so two databases never allocate the same money twice."""
    refuse_on_replica()
    serialized("receivables")  # on the team server: one writer allocates at a time, reading what others committed
    ids = sorted(set(client_ids))
    for start in range(0, len(ids), CHUNK):
        _reallocate_chunk(ids[start:start + CHUNK])


def require_recorder() -> None:
    """Refuse, before anything is written, whoever may not record invoices and payments here: a laptop, and on
    the team server anyone but heads and admins (the server's policies say the same)."""
    refuse_on_replica()
    require_role(RECORDERS, Message("Only a head of department or an administrator can import or change "
                                    "invoices and payments."))


def refuse_on_replica() -> None:
    """Invoices, payments and allocations are written at the office (or on the team server), never on a laptop."""
    if numbering.is_replica():
        raise KamdeskError(Message("Invoices and payments are recorded at the office; on this laptop they can be "
                                   "read but not changed. They arrive with the next sync."))


def _reallocate_chunk(client_ids: list[int]) -> None:
    invoices = list(Invoice.select(Invoice.id, Invoice.number, Invoice.client, Invoice.currency, Invoice.issue_date,
                                   Invoice.due_date, Invoice.gross_amount, Invoice.refers_to, Invoice.open_amount)
                    .where(Invoice.client.in_(client_ids)).objects(_Row))
    payments = list(Payment.select(Payment.id, Payment.client, Payment.currency, Payment.paid_on, Payment.amount,
                                   Payment.remark, Payment.unallocated)
                    .where(Payment.client.in_(client_ids)).objects(_Row))
    groups: dict[int, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
    client_of = {}
    for invoice in invoices:
        client_of["invoice", invoice.id] = invoice.client_id
        groups[invoice.client_id][0].append(Item(invoice.id, invoice.number, invoice.currency, invoice.issue_date,
                                                 invoice.due_date, invoice.gross_amount, invoice.refers_to_id))
    for payment in payments:
        client_of["payment", payment.id] = payment.client_id
        groups[payment.client_id][1].append(Money(payment.id, payment.currency, payment.paid_on, payment.amount,
                                                  payment.remark))
    stored = _stored_allocations([i.id for i in invoices], [p.id for p in payments])
    for row in (row for row in stored if row.rule == "manual"):
        owner = client_of.get(("invoice", row.invoice_id))
        source = ("payment", row.payment_id) if row.payment_id else ("invoice", row.credit_note_id)
        if owner is not None and owner == client_of.get(source):  # else a correction moved one side away
            groups[owner][2].append(Settling(row.invoice_id, row.amount, row.settled_on, "manual", row.payment_id,
                                             row.credit_note_id, id=row.id))
    plan = Plan()
    for items, money, manual in groups.values():
        part = plan_allocations(items, money, manual)
        plan.allocations.extend(part.allocations)
        plan.open.update(part.open)
        plan.unallocated.update(part.unallocated)
        plan.kept.update(part.kept)
    _write(plan, stored, invoices, payments)


class _Row:
    """A row read for allocating, without a model instance's bookkeeping (a client may have 10,000)."""

    def __init__(self, **values):
        self.__dict__.update(values)
        if "client" in values:
            self.client_id = values["client"]
        if "refers_to" in values:
            self.refers_to_id = values["refers_to"]


def _stored_allocations(invoice_ids: list[int], payment_ids: list[int]) -> list[_Row]:
    """Every allocation settling one of these invoices or spending one of these payments or credit notes."""
    found: dict[int, Allocation] = {}
    for column, ids in ((Allocation.invoice, invoice_ids), (Allocation.payment, payment_ids),
                        (Allocation.credit_note, invoice_ids)):
        for start in range(0, len(ids), CHUNK * 4):
            query = (Allocation.select(Allocation.id, Allocation.invoice.alias("invoice_id"),
                                       Allocation.payment.alias("payment_id"),
                                       Allocation.credit_note.alias("credit_note_id"), Allocation.amount,
                                       Allocation.settled_on, Allocation.rule)
                     .where(column.in_(ids[start:start + CHUNK * 4])).objects(_Row))
            for row in query:
                found[row.id] = row
    return list(found.values())


def _write(plan: Plan, stored: list[_Row], invoices: list[_Row], payments: list[_Row]) -> None:
    """Only what changed: an allocation the rules make again stays as it is (its row, its id, no change to
    send to the laptops); hand allocations that no longer fit shrink or go; open amounts follow."""
    waiting: dict[tuple, list[int]] = defaultdict(list)
    for row in stored:
        if row.rule != "manual":
            waiting[_key(row.invoice_id, row.payment_id, row.credit_note_id, row.amount, row.settled_on,
                         row.rule)].append(row.id)
    new = []
    for made in plan.allocations:
        ids = waiting.get(_key(made.invoice, made.payment, made.credit_note, made.amount, made.settled_on, made.rule))
        if ids:
            ids.pop()
        else:
            new.append(made)
    gone = [row_id for ids in waiting.values() for row_id in ids]
    gone += [row.id for row in stored if row.rule == "manual" and not plan.kept.get(row.id)]
    for start in range(0, len(gone), CHUNK * 4):
        Allocation.delete().where(Allocation.id.in_(gone[start:start + CHUNK * 4])).execute()
    _set_changed(Allocation.amount, {row.id: plan.kept[row.id] for row in stored
                                     if row.rule == "manual" and plan.kept.get(row.id)
                                     and plan.kept[row.id] != row.amount})
    if new:
        Allocation.insert_many([{"invoice": r.invoice, "payment": r.payment, "credit_note": r.credit_note,
                                 "amount": r.amount, "settled_on": r.settled_on, "rule": r.rule}
                                for r in new]).execute()
    _set_changed(Invoice.open_amount, {i.id: plan.open.get(i.id, ZERO) for i in invoices
                                       if i.open_amount != plan.open.get(i.id, ZERO)})
    _set_changed(Payment.unallocated, {p.id: plan.unallocated.get(p.id, ZERO) for p in payments
                                       if p.unallocated != plan.unallocated.get(p.id, ZERO)})


def _set_changed(field, values: dict[int, Decimal]) -> None:
    """Write derived figures, one statement per distinct value (most become 0 together), versions untouched."""
    by_value: dict[Decimal, list[int]] = defaultdict(list)
    for record_id, value in values.items():
        by_value[value].append(record_id)
    model = field.model
    for value, ids in by_value.items():
        for start in range(0, len(ids), CHUNK * 4):
            model.update({field: value}).where(model.id.in_(ids[start:start + CHUNK * 4])).execute()


def _key(invoice, payment, credit_note, amount, settled_on, rule) -> tuple:
    return invoice, payment, credit_note, amount, _date(settled_on), rule


# ---------------------------------------------------------------- by hand

@retried
def allocate_by_hand(payment_id: int, invoice_id: int, amount: Decimal) -> Allocation:
    """Settle `amount` of the invoice from the payment, kept through later reallocations."""
    require_recorder()
    with database.atomic():
        payment = Payment.get_or_not_found(Payment.id == payment_id, Message("The payment is no longer there."))
        invoice = Invoice.get_or_not_found(Invoice.id == invoice_id, Message("The invoice is no longer there."))
        _check_by_hand(payment, invoice, amount)
        allocation = Allocation.create(invoice=invoice, payment=payment, amount=amount,
                                       settled_on=max(payment.paid_on, invoice.issue_date), rule="manual")
        reallocate([payment.client_id])
    return allocation


def _check_by_hand(payment: Payment, invoice: Invoice, amount: Decimal) -> None:
    if invoice.client_id != payment.client_id or invoice.currency != payment.currency:
        raise ValidationError({"invoice": Message("Choose an invoice of the same client in the payment's currency.")})
    manual = Allocation.select().where(Allocation.rule == "manual")
    by_payment = sum((a.amount for a in manual.where(Allocation.payment == payment.id)), ZERO)
    on_invoice = sum((a.amount for a in manual.where(Allocation.invoice == invoice.id)), ZERO)
    if amount is None or amount <= 0:
        raise ValidationError({"amount": Message("Enter an amount above zero.")})
    if amount > payment.amount - by_payment:
        raise ValidationError({"amount": Message("The payment has only {left} left to allocate by hand.",
                                                 left=str(payment.amount - by_payment))})
    if amount > invoice.gross_amount - on_invoice:
        raise ValidationError({"amount": Message("The invoice has only {left} left to settle.",
                                                 left=str(invoice.gross_amount - on_invoice))})


@retried
def remove_allocation(allocation_id: int) -> None:
    """Take back an allocation made by hand; the payment is allocated by the rules again."""
    require_recorder()
    with database.atomic():
        allocation = Allocation.get_or_not_found(Allocation.id == allocation_id,
                                                 Message("The allocation is no longer there."))
        if allocation.rule != "manual":
            raise ValidationError({"allocation": Message("Only an allocation made by hand can be removed; "
                                                         "the others follow the rules.")})
        client_id = allocation.invoice.client_id
        allocation.delete_instance()
        reallocate([client_id])


# ---------------------------------------------------------------- payment behaviour

def payment_behaviour(client_id: int, as_of: dt.date | None = None, balances: list[Balance] | None = None
                      ) -> Behaviour:
    """Average days late of what settled the client's invoices in the last 365 days and the 365 before.

    `balances`: the client's aging as of the day, when the caller has read it already (the credit panel)."""
    as_of = as_of or dt.date.today()
    year = dt.timedelta(days=365)
    recent = _average_days_late(client_id, as_of - year, as_of)
    previous = _average_days_late(client_id, as_of - 2 * year, as_of - year)
    if balances is None:
        balances = aging(as_of, client_id=client_id)
    oldest = max((b.oldest_overdue_days for b in balances), default=0)
    return Behaviour(average_days_late=recent, previous_average_days_late=previous,
                     trend=_trend(recent, previous), suggested_rating=_rating(recent, oldest))


def _average_days_late(client_id: int, after: dt.date, until: dt.date) -> Decimal | None:
    query = (Allocation.select(Allocation.amount, Allocation.settled_on, Invoice.due_date)
             .join(Invoice, on=Allocation.invoice == Invoice.id)
             .where((Invoice.client == client_id) & (Allocation.settled_on > after)
                    & (Allocation.settled_on <= until) & (Allocation.rule != "credit_note")
                    & Allocation.credit_note.is_null()).tuples())
    weighted, total = ZERO, ZERO
    for amount_minor, settled_on, due_date in query:
        amount = from_minor(int(amount_minor))
        weighted += amount * max(0, (_date(settled_on) - _date(due_date)).days)
        total += amount
    return (weighted / total).quantize(Decimal("0.1")) if total else None


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _trend(recent: Decimal | None, previous: Decimal | None) -> str:
    if recent is None or previous is None:
        return ""
    if recent - previous >= TREND_DAYS:
        return "worse"
    if previous - recent >= TREND_DAYS:
        return "better"
    return "same"


def _rating(average: Decimal | None, oldest_overdue: int) -> str:
    """A: pays on time; B: a little late; C: a month late or debt over 60 days; D: debt over 90 days."""
    if average is None and not oldest_overdue:
        return ""
    average = average or ZERO
    if oldest_overdue > 90 or average > 60:
        return "D"
    if oldest_overdue > 60 or average > 30:
        return "C"
    if oldest_overdue > 30 or average > 7:
        return "B"
    return "A"
