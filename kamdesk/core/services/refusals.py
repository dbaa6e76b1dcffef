"""Refusals & returns analysis: returns, cancelled orders and lost offers, side by side.

Three kinds of refusal, each counted once and valued in its own currency:
- a return (`ProductReturn`): on the day the goods came back, worth the credit it expects;
- a cancelled order: on its order date, worth its gross total, with its cancellation reason;
- a lost offer: rejected (on the day it was decided, with its reason) or expired unanswered (on its
  last valid day, reason "no_answer"), worth its gross total.
They are grouped by reason (orders and offers share theirs: a price refusal is one row whichever
document it was), product, client, manager or month; a product's value in a cancelled order or lost
offer is its lines' net amount with VAT. The trend compares the period with the one as long before it.
Nothing here writes; the figures are what the Refusals page, its workbook and the CLI show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kamdesk.core.db import database
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Manager, Offer, OfferLine, Order, OrderLine, Product
from kamdesk.core.models.query import narrowed
from kamdesk.core.models.returns import ProductReturn
from kamdesk.core.money import round_to_currency
from kamdesk.core.services.offer_workflow import EXPIRED, REJECTED
from kamdesk.core.services.returns import REASON_TITLES as RETURN_REASON_TITLES
from kamdesk.core.services.sale_workflow import CANCELLED

RETURN, CANCELLED_ORDER, LOST_OFFER = "return", "cancelled_order", "lost_offer"
KINDS = (RETURN, CANCELLED_ORDER, LOST_OFFER)
KIND_TITLES = {RETURN: Message("Returns"), CANCELLED_ORDER: Message("Cancelled orders"),
               LOST_OFFER: Message("Lost offers")}
DIMENSIONS = ("reason", "product", "client", "manager", "month")
DIMENSION_TITLES = {"reason": Message("Reason"), "product": Message("Product"), "client": Message("Client"),
                    "manager": Message("Manager"), "month": Message("Month")}
NO_ANSWER = "no_answer"
REASON_TITLES = {
    **RETURN_REASON_TITLES,
    "price": Message("Price"), "delivery_time": Message("Delivery time"),
    "competitor": Message("Went to a competitor"), "no_budget": Message("No budget"),
    NO_ANSWER: Message("No answer (offer expired)"),
}
HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class RefusalFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    manager_id: int | None = None
    client_id: int | None = None
    kinds: tuple[str, ...] = KINDS


@dataclass(frozen=True)
class Refusal:
    """One return, cancelled order or lost offer."""

    kind: str
    record_id: int  # the return's, order's or offer's id
    day: dt.date
    document: str  # the order's or offer's number
    client_id: int
    client: str
    manager_id: int
    manager: str
    reason: str
    note: str
    amount: Decimal
    currency: str
    product: str = ""  # a return's "SKU name"
    quantity: Decimal | None = None  # a return's


@dataclass
class Group:
    """One row of a breakdown: how many refusals of each kind, and what they were worth in each currency."""

    key: object
    title: str
    counts: dict[str, int] = field(default_factory=dict)
    amounts: dict[str, Decimal] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, kind: str, currency: str, amount: Decimal, count: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + count
        self.amounts[currency] = self.amounts.get(currency, ZERO) + amount


@dataclass(frozen=True)
class Trend:
    """The period's counts beside those of the period as long before it."""

    current: dict[str, int]
    previous: dict[str, int]

    def direction(self, kind: str | None = None) -> str:
        """"more", "fewer" or "same" refusals (of `kind`, else of all kinds) than before."""
        now, before = (self.current.get(kind, 0), self.previous.get(kind, 0)) if kind else (
            sum(self.current.values()), sum(self.previous.values()))
        return "more" if now > before else "fewer" if now < before else "same"


@dataclass(frozen=True)
class Analysis:
    filter: RefusalFilter
    records: list[Refusal]
    groups: dict[str, list[Group]]  # dimension -> rows, the most refusals first (months in their order)
    trend: Trend | None  # None when the period is open at either end

    def currencies(self) -> list[str]:
        return sorted({record.currency for record in self.records})


# ---------------------------------------------------------------- the records

def refusals(flt: RefusalFilter | None = None) -> list[Refusal]:
    """Every refusal matching `flt`, newest first."""
    flt = flt or RefusalFilter()
    found: list[Refusal] = []
    if RETURN in flt.kinds:
        found += _returns(flt)
    if CANCELLED_ORDER in flt.kinds:
        found += _cancelled_orders(flt)
    if LOST_OFFER in flt.kinds:
        found += _lost_offers(flt)
    return sorted(found, key=lambda r: (r.day, r.kind, r.record_id), reverse=True)


def _returns(flt: RefusalFilter) -> list[Refusal]:
    query = (ProductReturn.select(ProductReturn, Order.number.alias("document"), Client.name.alias("client_name"),
                                  Manager.name.alias("manager_name"), OrderLine.sku, OrderLine.name.alias("line_name"))
             .join(OrderLine, on=(ProductReturn.order_line == OrderLine.id))
             .join(Order, on=(OrderLine.order == Order.id)).switch(ProductReturn)
             .join(Client, on=(ProductReturn.client == Client.id)).switch(ProductReturn)
             .join(Manager, on=(ProductReturn.manager == Manager.id)))
    query = _within(narrowed(query, (ProductReturn.client, flt.client_id), (ProductReturn.manager, flt.manager_id)),
                    ProductReturn.returned_on, flt)
    return [Refusal(RETURN, r.id, r.returned_on, r.document, r.client_id, r.client_name, r.manager_id,
                    r.manager_name, r.reason, r.note, r.expected_credit, r.currency, f"{r.sku} {r.line_name}",
                    r.quantity) for r in query.objects()]


def _cancelled_orders(flt: RefusalFilter) -> list[Refusal]:
    query = (Order.select(Order.id, Order.order_date, Order.number, Order.client, Order.manager, Order.cancel_reason,
                          Order.cancel_note, Order.gross_total, Order.currency, Client.name.alias("client_name"),
                          Manager.name.alias("manager_name"))
             .join(Client, on=(Order.client == Client.id)).switch(Order)
             .join(Manager, on=(Order.manager == Manager.id))
             .where(Order.state == CANCELLED))
    query = _within(narrowed(query, (Order.client, flt.client_id), (Order.manager, flt.manager_id)),
                    Order.order_date, flt)
    return [Refusal(CANCELLED_ORDER, o.id, o.order_date, o.number, o.client_id, o.client_name, o.manager_id,
                    o.manager_name, o.cancel_reason, o.cancel_note, o.gross_total, o.currency)
            for o in query.objects()]


def _lost_offers(flt: RefusalFilter) -> list[Refusal]:
    query = (Offer.select(Offer.id, Offer.state, Offer.decided_at, Offer.valid_until, Offer.number, Offer.client,
                          Offer.manager, Offer.reject_reason, Offer.reject_note, Offer.gross_total, Offer.currency,
                          Client.name.alias("client_name"), Manager.name.alias("manager_name"))
             .join(Client, on=(Offer.client == Client.id)).switch(Offer)
             .join(Manager, on=(Offer.manager == Manager.id)))
    query = narrowed(query, (Offer.client, flt.client_id), (Offer.manager, flt.manager_id)).where(_lost_within(flt))
    return [Refusal(LOST_OFFER, o.id, _offer_day(o), o.number, o.client_id, o.client_name, o.manager_id,
                    o.manager_name, o.reject_reason if o.state == REJECTED else NO_ANSWER, o.reject_note,
                    o.gross_total, o.currency) for o in query.objects()]


def _offer_day(offer: Offer) -> dt.date:
    """A rejected offer is lost the day it was decided; an expired one after its last valid day."""
    if offer.state == REJECTED and offer.decided_at is not None:
        return offer.decided_at.date()
    return offer.valid_until


def _lost_within(flt: RefusalFilter):
    """Rejected offers decided in the period (by their date when no decision was stamped), expired ones
    whose validity ended in it."""
    rejected = (Offer.state == REJECTED)
    stamped = Offer.decided_at.is_null(False)
    expired = (Offer.state == EXPIRED)
    if flt.date_from:
        start = dt.datetime.combine(flt.date_from, dt.time.min)
        rejected &= (stamped & (Offer.decided_at >= start)) | (~stamped & (Offer.valid_until >= flt.date_from))
        expired &= Offer.valid_until >= flt.date_from
    if flt.date_to:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min)
        rejected &= (stamped & (Offer.decided_at < end)) | (~stamped & (Offer.valid_until <= flt.date_to))
        expired &= Offer.valid_until <= flt.date_to
    return rejected | expired


def _within(query, day_field, flt: RefusalFilter):
    if flt.date_from:
        query = query.where(day_field >= flt.date_from)
    if flt.date_to:
        query = query.where(day_field <= flt.date_to)
    return query


# ---------------------------------------------------------------- the breakdowns

def analyse(flt: RefusalFilter | None = None) -> Analysis:
    """The refusals of `flt` with every breakdown and, for a closed period, the trend."""
    flt = flt or RefusalFilter()
    with database.atomic():  # one reading (a snapshot on SQLite) while others record returns meanwhile
        records = refusals(flt)
        groups = {dimension: grouped(records, dimension) for dimension in DIMENSIONS if dimension != "product"}
        groups["product"] = _by_product(flt, [r for r in records if r.kind == RETURN])
        return Analysis(flt, records, {d: groups[d] for d in DIMENSIONS}, trend(flt, records))


def grouped(records: Iterable[Refusal], dimension: str) -> list[Group]:
    """The records grouped by reason, client, manager or month."""
    keyed = {"reason": lambda r: (r.reason, REASON_TITLES.get(r.reason, r.reason)),
             "client": lambda r: (r.client_id, r.client), "manager": lambda r: (r.manager_id, r.manager),
             "month": lambda r: (f"{r.day:%Y-%m}", f"{r.day:%Y-%m}")}[dimension]
    groups: dict[object, Group] = {}
    for record in records:
        key, title = keyed(record)
        groups.setdefault(key, Group(key, title)).add(record.kind, record.currency, record.amount)
    return _ordered(list(groups.values()), dimension)


def _ordered(groups: list[Group], dimension: str) -> list[Group]:
    if dimension == "month":
        return sorted(groups, key=lambda g: g.key)
    return sorted(groups, key=lambda g: (-g.total, -sum(g.amounts.values()), str(g.title)))


def _by_product(flt: RefusalFilter, returned: list[Refusal]) -> list[Group]:
    """Per product: its returns, and the cancelled orders and lost offers that held it, valued by its lines."""
    groups: dict[int, Group] = {}
    if returned:
        products = dict(ProductReturn.select(ProductReturn.id, OrderLine.product)
                        .join(OrderLine, on=(ProductReturn.order_line == OrderLine.id))
                        .where(ProductReturn.id.in_([r.record_id for r in returned])).tuples())
        for record in returned:
            if record.record_id in products:  # on the team server a return deleted meanwhile is left out
                _group(groups, products[record.record_id]).add(RETURN, record.currency, record.amount)
    if CANCELLED_ORDER in flt.kinds:
        order_lines = (OrderLine.select(OrderLine.product, OrderLine.order, OrderLine.vat_rate, OrderLine.net_amount,
                                        Order.currency)
                       .join(Order, on=(OrderLine.order == Order.id)).where(Order.state == CANCELLED))
        order_lines = _within(narrowed(order_lines, (Order.client, flt.client_id), (Order.manager, flt.manager_id)),
                              Order.order_date, flt)
        _add_lines(groups, CANCELLED_ORDER, order_lines.tuples())
    if LOST_OFFER in flt.kinds:
        offer_lines = (OfferLine.select(OfferLine.product, OfferLine.offer, OfferLine.vat_rate, OfferLine.net_amount,
                                        Offer.currency)
                       .join(Offer, on=(OfferLine.offer == Offer.id)).where(_lost_within(flt)))
        offer_lines = narrowed(offer_lines, (Offer.client, flt.client_id), (Offer.manager, flt.manager_id))
        _add_lines(groups, LOST_OFFER, offer_lines.tuples())
    names = {p: f"{sku} {name}" for p, sku, name in Product.select(Product.id, Product.sku, Product.name)
             .where(Product.id.in_(list(groups))).tuples()} if groups else {}
    for product_id, group in groups.items():
        group.title = names.get(product_id, "")
    return _ordered(list(groups.values()), "product")


def _group(groups: dict[int, Group], product_id: int) -> Group:
    return groups.setdefault(product_id, Group(product_id, ""))


def _add_lines(groups: dict[int, Group], kind: str, rows) -> None:
    """Lines (product, document, VAT rate, net, currency): each document counted once per product; the
    value is the net of each rate with its VAT, as the document's totals reckon it."""
    documents: dict[int, set[int]] = {}
    nets: dict[tuple[int, str, Decimal], Decimal] = {}
    for product_id, document_id, vat_rate, net, currency in rows:
        documents.setdefault(product_id, set()).add(document_id)
        key = (product_id, currency, vat_rate)
        nets[key] = nets.get(key, ZERO) + net
    for product_id, found in documents.items():
        _group(groups, product_id).counts[kind] = _group(groups, product_id).counts.get(kind, 0) + len(found)
    for (product_id, currency, vat_rate), net in nets.items():
        gross = net + round_to_currency(net * vat_rate / HUNDRED, currency)
        _group(groups, product_id).add(kind, currency, gross, count=0)


def trend(flt: RefusalFilter, records: list[Refusal] | None = None) -> Trend | None:
    """The counts by kind of the period and of the period as long just before it (None: no closed period)."""
    if not (flt.date_from and flt.date_to) or flt.date_to < flt.date_from:
        return None
    length = flt.date_to - flt.date_from + dt.timedelta(days=1)
    before = replace(flt, date_from=flt.date_from - length, date_to=flt.date_from - dt.timedelta(days=1))
    return Trend(_counts(records if records is not None else refusals(flt)), _counts(refusals(before)))


def _counts(records: list[Refusal]) -> dict[str, int]:
    counts = {kind: 0 for kind in KINDS}
    for record in records:
        counts[record.kind] += 1
    return counts

