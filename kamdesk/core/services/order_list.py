"""Reading orders and discount requests for lists (the orders page, the approvals panel)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.core.models import Client, DiscountApproval, Manager, Order
from kamdesk.core.models.query import narrowed
from kamdesk.core.services.sale_workflow import open_states
from kamdesk.core.text_fold import fold

OWN_REQUESTS = 50


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""  # client name or order number
    state: str | None = None  # a state, "open", or None for all
    manager_id: int | None = None
    client_id: int | None = None


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    order_date: dt.date
    client_id: int
    client: str
    manager: str
    state: str
    gross_total: Decimal
    currency: str
    approval: str  # "none", "pending", "approved", "rejected"


def _matching(flt: OrderFilter):
    """The ids of the orders matching `flt`, as a query (the client joined only to search its name)."""
    query = Order.select(Order.id)
    if flt.state == "open":
        query = query.where(Order.state.in_(open_states()))
    elif flt.state:
        query = query.where(Order.state == flt.state)
    query = narrowed(query, (Order.manager, flt.manager_id), (Order.client, flt.client_id))
    terms = fold(flt.text).split()
    if terms:
        query = query.join(Client, on=(Order.client == Client.id))
    for term in terms:
        query = query.where(Client.search_text.contains(term) | Order.number.contains(term))
    return query


def order_count(flt: OrderFilter) -> int:
    """How many orders match `flt`."""
    return _matching(flt).count()


def order_page(flt: OrderFilter, start: int, size: int) -> list[OrderRow]:
    """Display rows of the orders matching `flt`, newest first, from the `start`th, at most `size`.

    A page at a time (the order-date index read backwards): at a million order lines, reading every
    matching id for the list took longer than the 100 ms a page switch may cost."""
    query = _matching(flt).order_by(Order.order_date.desc(), Order.id.desc()).limit(size).offset(start)
    return order_rows([r[0] for r in query.tuples()])


def order_position(flt: OrderFilter, order_id: int) -> int | None:
    """Where the order `order_id` stands among those matching `flt`, newest first (None: it does not match)."""
    found = _matching(flt).where(Order.id == order_id).select(Order.id, Order.order_date).tuples().first()
    if found is None:
        return None
    _, day = found
    newer = (Order.order_date > day) | ((Order.order_date == day) & (Order.id > order_id))
    return _matching(flt).where(newer).count()


def order_rows(ids: list[int]) -> list[OrderRow]:
    """Display rows for `ids`, in the same order."""

    if not ids:
        return []
    query = (Order.select(Order.id, Order.number, Order.order_date, Order.client, Order.state, Order.gross_total,
                          Order.currency, Client.name.alias("client_name"),
                          Manager.name.alias("manager_name"))
             .join(Client, on=(Order.client == Client.id)).switch(Order)
             .join(Manager, on=(Order.manager == Manager.id))
             .where(Order.id.in_(ids)).objects())
    approvals: dict[int, str] = {}
    for approval in (DiscountApproval.select(DiscountApproval.order, DiscountApproval.state)
                     .where(DiscountApproval.order.in_(ids))
                     .order_by(DiscountApproval.requested_at, DiscountApproval.id)):
        approvals[approval.order_id] = approval.state  # the latest request decides
    by_id = {o.id: o for o in query}
    return [OrderRow(id=o.id, number=o.number, order_date=o.order_date, client_id=o.client_id,
                     client=o.client_name, manager=o.manager_name, state=o.state, gross_total=o.gross_total,
                     currency=o.currency, approval=approvals.get(o.id, "none"))
            for o in (by_id[i] for i in ids if i in by_id)]


@dataclass(frozen=True)
class ApprovalRow:
    id: int
    order_id: int
    number: str
    client: str
    requested_by: str
    requested_at: dt.datetime
    max_discount: Decimal
    limit: Decimal
    state: str
    reason: str


def pending_row(approval) -> ApprovalRow:
    order = approval.order
    return ApprovalRow(id=approval.id, order_id=order.id, number=order.number, client=order.client.name,
                       requested_by=approval.requested_by.name, requested_at=approval.requested_at,
                       max_discount=approval.max_discount, limit=approval.limit, state=approval.state,
                       reason=approval.reason)


def own_requests(manager_id: int, limit: int = OWN_REQUESTS) -> list[ApprovalRow]:
    """The manager's latest discount requests, newest first."""

    query = (DiscountApproval.select(DiscountApproval, Order, Client).join(Order).join(Client)
             .where(DiscountApproval.requested_by == manager_id)
             .order_by(DiscountApproval.requested_at.desc(), DiscountApproval.id.desc()).limit(limit))
    return [ApprovalRow(id=a.id, order_id=a.order.id, number=a.order.number, client=a.order.client.name,
                        requested_by="", requested_at=a.requested_at, max_discount=a.max_discount, limit=a.limit,
                        state=a.state, reason=a.reason) for a in query]
