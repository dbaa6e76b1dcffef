"""Orders: price, save, number, approve discounts, check credit, confirm, ship, deliver, cancel.

Every line is priced by kamdesk.core.services.pricing at the client's
price-list column with the promotions of the order date; the totals stored
are the totals shown. The states and verbs are declared in
`kamdesk.core.services.sale_workflow`; confirm, ship, deliver and cancel are its
transitions (checked, moved, stamped and logged in one transaction), and an
illegal move raises a WorkflowError that says what the order is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import CreditLimitExceeded, ValidationError, WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models import (
    Client,
    Contact,
    DiscountApproval,
    Manager,
    Order,
    OrderLine,
    Shipment,
)
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
from kamdesk.core.models.sale import CANCEL_REASONS, OVERDUE_BLOCK_KEY
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.models.base import utc_now
from kamdesk.core.services import catalogue, document_lines, numbering, receivables
from kamdesk.core.services.activity import delivery_address
from kamdesk.core.services.company import (
    acting_manager,
    current_manager,
    require_role,
    set_setting,
    setting,
    whole_number,
)
from kamdesk.core.services.document_lines import LineRequest
from kamdesk.core.services.document_lines import decimal_or_none as _decimal  # shipped quantities are typed alike
from kamdesk.core.services.pricing import PricedLine, Totals
from kamdesk.core.services.sale_workflow import (
    DISCOUNT_APPROVAL,
    ORDER,
    SOLD_STATES,
    is_editable,
    load_order,
    load_request,
)
from kamdesk.core.transactions import retried

ZERO = Decimal(0)
EXPOSURE_STATES = SOLD_STATES  # confirmed: on credit until an invoice bills it, then until the invoice is paid
ORDER_SERIES = "order"
DEFAULT_PREFIX = "ORD-{year}-"
DEFAULT_OVERDUE_BLOCK_DAYS = 30
MAX_OVERDUE_BLOCK_DAYS = 3650


# ---------------------------------------------------------------- pricing an order

@dataclass
class CreditStatus:
    """What a client owes and has ordered on credit, in the order's currency, against its limit and rating."""

    limit: Decimal | None  # None: no limit set
    open_receivables: Decimal  # open invoices less unapplied credit notes and unallocated payments
    uninvoiced: Decimal  # confirmed orders no invoice bills yet (this order left out)
    this_order: Decimal
    rating: str
    overdue: Decimal = ZERO  # the part of the open receivables past its due date
    oldest_overdue_days: int = 0  # 0: nothing overdue
    block_overdue_days: int = 0  # overdue debt older than this blocks confirmation; 0: it never does
    suggested_rating: str = ""  # from the payment behaviour: shown beside the rating, never written
    currency: str = ""
    overdue_elsewhere: tuple[tuple[str, Decimal], ...] = ()  # (currency, amount) overdue in other currencies

    @property
    def exposure(self) -> Decimal:
        """Receivables and orders not invoiced yet (this order left out)."""
        return self.open_receivables + self.uninvoiced

    @property
    def headroom(self) -> Decimal | None:
        return None if self.limit is None else self.limit - self.exposure

    @property
    def excess(self) -> Decimal:
        if self.limit is None:
            return ZERO
        return max(ZERO, self.exposure + self.this_order - self.limit)

    @property
    def overdue_blocks(self) -> bool:
        """Debt overdue longer than the setting allows (and still owed)."""
        return 0 < self.block_overdue_days < self.oldest_overdue_days and (self.overdue > ZERO
                                                                            or bool(self.overdue_elsewhere))

    @property
    def overdue_text(self) -> str:
        """Every overdue debt with its currency: "120000.00 HUF, 500.00 EUR"."""
        parts = [(self.currency, self.overdue)] if self.overdue > ZERO else []
        return ", ".join(f"{amount} {currency}" for currency, amount in (*parts, *self.overdue_elsewhere))

    @property
    def ok(self) -> bool:
        return self.rating != "D" and self.excess == ZERO and not self.overdue_blocks


@dataclass
class OrderPreview:
    """A priced order before (or without) saving it: what the entry view shows while typing."""

    lines: list[PricedLine]
    totals: Totals
    currency: str
    column_name: str
    needs_approval: bool  # a discount above the manager's limit
    discount_limit: Decimal
    credit: CreditStatus
    promotions: dict = field(default_factory=dict)  # product id -> the promotion of the day, taken off or not


def price_order(client_id: int, requests: list[LineRequest], order_date: dt.date | None = None,
                manager_id: int | None = None, exclude_order_id: int | None = None) -> OrderPreview:
    """Price every line at the client's column, promotions of the day and the typed discounts."""
    client = _client(client_id)
    order_date = order_date or dt.date.today()
    manager = Manager.get_or_none(Manager.id == manager_id) if manager_id else current_manager()
    priced = document_lines.price_requests(client, requests, order_date)
    limit = manager.max_discount if manager else ZERO
    needs_approval = any(line.input.discount_percent > limit for line in priced.lines)
    credit = credit_status(client, priced.totals.gross_total, exclude_order_id, priced.currency)
    return OrderPreview(lines=priced.lines, totals=priced.totals, currency=priced.currency,
                        column_name=priced.column.name if priced.column else "", needs_approval=needs_approval,
                        discount_limit=limit, credit=credit, promotions=priced.promotions)


# ---------------------------------------------------------------- credit

def credit_status(client: Client | int, this_order: Decimal, exclude_order_id: int | None = None,
                  currency: str | None = None) -> CreditStatus:
    """The client's exposure in `currency` (the catalogue's by default): open receivables, confirmed orders
    not invoiced yet (`exclude_order_id` left out) and `this_order`; its overdue debt and suggested rating.

    When an invoice bills the order `exclude_order_id` already, the order is in the receivables: `this_order`
    counts as nothing, so that a stored order's figures do not count it twice."""
    client = _client(client) if isinstance(client, int) else client
    currency = currency or catalogue.currency()
    today = dt.date.today()
    every = receivables.aging(today, client_id=client.id)
    owed = next((b for b in every if b.currency == currency), None)
    elsewhere = tuple((b.currency, b.overdue) for b in every if b.currency != currency and b.overdue_minor > 0)
    behaviour = receivables.payment_behaviour(client.id, today, balances=every)
    if exclude_order_id and _billed().where(Invoice.order == exclude_order_id).exists():
        this_order = ZERO
    return CreditStatus(limit=client.credit_limit, open_receivables=owed.open if owed else ZERO,
                        uninvoiced=uninvoiced_orders(client.id, currency, exclude_order_id), this_order=this_order,
                        rating=client.reliability or "", overdue=owed.overdue if owed else ZERO,
                        oldest_overdue_days=max((b.oldest_overdue_days for b in every), default=0),
                        overdue_elsewhere=elsewhere,
                        block_overdue_days=overdue_block_days(), suggested_rating=behaviour.suggested_rating,
                        currency=currency)


def uninvoiced_orders(client_id: int, currency: str, exclude_order_id: int | None = None) -> Decimal:
    """The gross of the client's confirmed (shipped, delivered) orders in `currency` that no invoice bills yet.

    An invoice bills an order when it names it (`Invoice.order`). Not every accounting export names the order:
    an invoice naming none, in the order's currency, of the order's gross and issued on or after its date bills
    it too. A desk has orders from before its first invoice import: a delivered order dated before the client's
    earliest invoice counts as billed, so years of old orders never count against the limit."""
    named, same, later, earlier = Invoice.alias(), Invoice.alias(), Invoice.alias(), Invoice.alias()

    def client_invoices(alias):
        return alias.select(alias.id).where((alias.client == client_id) & (alias.kind == "invoice"))

    query = Order.select(fn.SUM(Order.gross_total)).where(
        (Order.client == client_id) & Order.state.in_(EXPOSURE_STATES) & (Order.currency == currency)
        & ~fn.EXISTS(named.select(named.id).where((named.kind == "invoice") & (named.order == Order.id)))
        & ~fn.EXISTS(client_invoices(same).where(same.order.is_null() & (same.currency == Order.currency)
                                                 & (same.gross_amount == Order.gross_total)
                                                 & (same.issue_date >= Order.order_date)))
        & ~((Order.state == "delivered")
            & fn.EXISTS(client_invoices(later).where(later.issue_date > Order.order_date))
            & ~fn.EXISTS(client_invoices(earlier).where(earlier.issue_date <= Order.order_date))))
    if exclude_order_id:
        query = query.where(Order.id != exclude_order_id)
    raw = query.scalar()
    return Order.gross_total.python_value(raw) if raw is not None else ZERO


def _billed():
    """Invoices (not credit notes) that bill an order."""
    return Invoice.select(Invoice.id).where(Invoice.kind == "invoice")


def overdue_block_days() -> int:
    """Overdue debt older than this many days blocks confirming an order like the credit limit (0: never)."""
    return overdue_block_from(setting(OVERDUE_BLOCK_KEY))


def overdue_block_from(text: str | None) -> int:
    """The setting's stored text (this desk's or the team server's) as days; the default when unset or wrong."""
    return whole_number(text, DEFAULT_OVERDUE_BLOCK_DAYS, 0, MAX_OVERDUE_BLOCK_DAYS)


def set_overdue_block_days(days: int) -> None:
    """Heads and administrators decide it (as they decide overrides)."""
    require_role((ROLE_HEAD, ROLE_ADMIN), Message("Only a head of department or an administrator can change "
                                                  "when overdue debt blocks orders."))
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_OVERDUE_BLOCK_DAYS:
        raise ValidationError({OVERDUE_BLOCK_KEY: Message(
            "Overdue debt blocks orders after 0 to {limit} days; 0 means it never does.",
            limit=MAX_OVERDUE_BLOCK_DAYS)})
    set_setting(OVERDUE_BLOCK_KEY, str(days))


# ---------------------------------------------------------------- saving

def next_number(code: str = ORDER_SERIES, year: int | None = None, prefix: str = DEFAULT_PREFIX) -> str:
    """The next order number (or of another series, see `numbering.next_number`); call inside the transaction."""
    return numbering.next_number(code, year or dt.date.today().year, prefix)


@retried
def save_order(values: dict, requests: list[LineRequest], order_id: int | None = None) -> Order:
    """Save a draft order with its lines (priced now) in one transaction; a new one gets its number.

    `values["row_version"]`: the version the entry loaded (ChangedMeanwhile when the order was saved since).
    """
    order = _order(order_id).expect_version(values.get("row_version")) if order_id else None
    if order is not None and not is_editable(order.state):
        raise WorkflowError(Message("Only a draft order can be changed; this one is {state}.",
                                    state=ORDER.state(order.state).word))
    client_id = values.get("client_id") or (order.client_id if order else None)
    document_lines.check_client_and_lines(client_id, requests)
    client = _client(client_id)
    manager_id = values.get("manager_id") or (order.manager_id if order else None)
    manager = Manager.get_or_none(Manager.id == manager_id) if manager_id else current_manager()
    order_date = values.get("order_date") or (order.order_date if order else dt.date.today())
    preview = price_order(client.id, requests, order_date, manager.id if manager else None, order_id)
    header = _clean_header(values, client, order)
    with database.atomic():
        if order is None:
            order = Order(number=next_number(year=order_date.year), state=ORDER.initial)
        for name, value in header.items():
            setattr(order, name, value)
        order.client, order.manager, order.order_date = client, manager, order_date
        document_lines.set_totals(order, client, preview.currency, preview.totals)
        order.save()
        document_lines.replace_lines(OrderLine.order, order, preview.lines, requests, delivered_quantity=ZERO)
        _update_approval(order, preview)
    return order


def _clean_header(values: dict, client: Client, order: Order | None) -> dict:
    errors = {}
    contact_id = values.get("contact_id", order.contact_id if order else None)
    if contact_id and not Contact.select().where((Contact.id == contact_id) & (Contact.client == client.id)).exists():
        errors["contact"] = Message("The contact must be one of the client's contacts.")
    delivery_date = values.get("delivery_date", order.delivery_date if order else None)
    order_date = values.get("order_date") or (order.order_date if order else dt.date.today())
    if delivery_date and delivery_date < order_date:
        errors["delivery_date"] = Message("The requested delivery date is before the order date.")
    errors.update(text_limits.problems(Order, {name: values[name] for name in ("delivery_address", "notes")
                                               if isinstance(values.get(name), str)}))
    if errors:
        raise ValidationError(errors)
    address = values.get("delivery_address")
    if address is None:
        address = order.delivery_address if order else delivery_address(client)
    terms = values.get("payment_terms_days")
    return {"contact": contact_id or None, "delivery_date": delivery_date, "delivery_address": address or "",
            "payment_terms_days": int(terms) if terms is not None else (
                order.payment_terms_days if order else client.payment_terms_days),
            "notes": values.get("notes", order.notes if order else "") or ""}


def _update_approval(order: Order, preview: OrderPreview) -> None:
    """A discount above the limit needs a head's approval; a lower one needs none."""
    largest = max((line.input.discount_percent for line in preview.lines), default=ZERO)
    open_requests = DiscountApproval.select().where((DiscountApproval.order == order)
                                                    & (DiscountApproval.state == "pending"))
    if not preview.needs_approval:
        DiscountApproval.delete().where(DiscountApproval.id.in_([a.id for a in open_requests])).execute()
        return
    if _approved_up_to(order) >= largest:
        return
    request = open_requests.first()
    if request is None:
        request = DiscountApproval(order=order, requested_by=order.manager, limit=preview.discount_limit)
    request.max_discount, request.requested_at = largest, utc_now()
    request.save()


def _approved_up_to(order: Order) -> Decimal:
    approved = (DiscountApproval.select(fn.MAX(DiscountApproval.max_discount))
                .where((DiscountApproval.order == order) & (DiscountApproval.state == "approved")).scalar())
    return DiscountApproval.max_discount.python_value(approved) if approved is not None else Decimal(-1)


# ---------------------------------------------------------------- approvals

def pending_approvals() -> list[DiscountApproval]:
    return list(DiscountApproval.select(DiscountApproval, Order, Client)
                .join(Order).join(Client)
                .where(DiscountApproval.state == "pending").order_by(DiscountApproval.requested_at))


def decide_approval(approval_id: int, approve: bool, reason: str, head_id: int | None = None) -> DiscountApproval:
    """A head approves or rejects a discount request, saying why; recorded with who and when."""
    head = acting_manager(head_id)
    with database.atomic():
        approval = load_request(approval_id)
        verb = DISCOUNT_APPROVAL.check(approval, "approve" if approve else "reject", head)
        if not (reason or "").strip():
            raise ValidationError({"reason": Message("Say why: the decision is recorded.")})
        before = approval.state
        approval.decided_by, approval.reason = head, reason.strip()
        DISCOUNT_APPROVAL.move(approval, verb, before, None, head)
    return approval


def approval_state(order: Order) -> str:
    """"none", "pending", "approved" or "rejected" (the latest request of the order decides)."""
    latest = (DiscountApproval.select().where(DiscountApproval.order == order)
              .order_by(DiscountApproval.requested_at.desc(), DiscountApproval.id.desc()).first())
    return latest.state if latest else "none"


# ---------------------------------------------------------------- states

@ORDER.transition("confirm")
def confirm_order(order: Order, override_reason: str = "", by_manager_id: int | None = None) -> None:
    """Confirm a draft: discounts approved and the client's credit enough, or a head's recorded override."""
    state = approval_state(order)
    if state in ("pending", "rejected"):
        raise WorkflowError(Message("The discount on this order needs the head of department's approval "
                                    "(request {state}).", state=DISCOUNT_APPROVAL.state(state).word))
    credit = credit_status(order.client, order.gross_total, exclude_order_id=order.id, currency=order.currency)
    if not credit.ok:
        order.credit_override_by = _override(credit, override_reason, by_manager_id)
        order.credit_override_at = utc_now()
        order.credit_override_reason = override_reason.strip()


def _override(credit: CreditStatus, reason: str, by_manager_id: int | None) -> Manager:
    person = acting_manager(by_manager_id)
    if person is not None and person.role == ROLE_HEAD and (reason or "").strip():
        return person
    raise CreditLimitExceeded(refusal(credit), status=credit)


def refusal(credit: CreditStatus) -> Message:
    """Why the order cannot be confirmed without a head's override, with the figures."""
    if credit.rating == "D":
        return Message("The client's reliability rating is D: orders need the head of department's "
                       "override with a reason.")
    if credit.overdue_blocks:
        return Message("The client has overdue debt of {overdue}, the oldest {days} days past due (orders are "
                       "blocked after {block} days): confirming needs the head of department's override with a "
                       "reason.", overdue=credit.overdue_text, days=credit.oldest_overdue_days,
                       block=credit.block_overdue_days)
    return Message("The order exceeds the client's credit limit: limit {limit}, open receivables {receivables}, "
                   "orders not yet invoiced {uninvoiced}, this order {order}, over by {excess}.",
                   limit=str(credit.limit), receivables=str(credit.open_receivables),
                   uninvoiced=str(credit.uninvoiced), order=str(credit.this_order), excess=str(credit.excess))


@ORDER.transition("ship")
def ship_order(order: Order, quantities: dict[int, Decimal], shipped_on: dt.date | None = None) -> str | None:
    """Record a (partial) delivery per line; everything shipped makes the order delivered."""
    lines = {line.id: line for line in order.lines}
    errors = {}
    for line_id, quantity in quantities.items():
        line = lines.get(line_id)
        amount = _decimal(quantity)
        if line is None or amount is None or amount <= 0:
            errors[f"lines.{line_id}"] = Message("Choose a line of this order and a quantity above zero.")
        elif line.delivered_quantity + amount > line.quantity + line.free_quantity:
            errors[f"lines.{line_id}"] = Message("{sku}: only {left} {unit} are left to ship.", sku=line.sku,
                                                 left=str(line.quantity + line.free_quantity - line.delivered_quantity),
                                                 unit=line.unit)
    if errors or not quantities:
        raise ValidationError(errors or {"lines": Message("Enter the quantities shipped.")})
    for line_id, quantity in quantities.items():
        line = lines[line_id]
        line.delivered_quantity += _decimal(quantity)
        line.save()
        Shipment.create(line=line, quantity=_decimal(quantity), shipped_on=shipped_on or dt.date.today())
    complete = all(line.delivered_quantity >= line.quantity + line.free_quantity for line in lines.values())
    return "delivered" if complete else None


@ORDER.transition("deliver")
def deliver_order(order: Order) -> None:
    """Everything arrived at the client."""


@ORDER.transition("cancel")
def cancel_order(order: Order, reason: str, note: str = "") -> None:
    """Cancel with a reason from the list, so refusals can be analysed."""
    if reason not in CANCEL_REASONS:
        raise ValidationError({"reason": Message("Choose why the order is cancelled.")})
    if reason == "other" and not (note or "").strip():
        raise ValidationError({"note": Message("Say why the order is cancelled.")})
    order.cancel_reason, order.cancel_note = reason, (note or "").strip()


# ---------------------------------------------------------------- reading

def _order(order_id: int) -> Order:
    return load_order(order_id)


def get_order(order_id: int) -> Order:
    return _order(order_id)


def order_by_number(number: str) -> Order:
    return Order.get_or_not_found(Order.number == number,
                                  Message("There is no order numbered {number}.", number=number))


def order_lines(order_id: int) -> list[OrderLine]:
    return document_lines.stored_lines(OrderLine.order, order_id)


def _client(client_id: int) -> Client:
    return Client.get_or_not_found(Client.id == client_id, Message("There is no client with id {id}.", id=client_id))
