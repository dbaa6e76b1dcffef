"""Complaints and claims: recorded, investigated, resolved or rejected, each by its deadline.

`COMPLAINT` declares the workflow once: received → investigating → resolved (with a
resolution and perhaps a compensation) or rejected (with the reason), from received or
investigating. `save_complaint` records or changes an open complaint (client, the order line
and product it is about, kind, description, dates, responsible person); `start_investigation`,
`resolve_complaint` and `reject_complaint` move it (checked, stamped and logged in one
transaction).

The deadline is in the calendar: an open complaint keeps one planned all-day task of its
responsible person on its deadline (`Complaint.reminder`; its subject the number and the first
line of the description, in the words they were typed), moved with the deadline and handed over
with the complaint, cancelled once the complaint is closed. The calendar shows it on its
day and among the overdue once the day has passed; lists show an open complaint past or near
its deadline (`deadline_status`) in colour.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError, WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, Client, Manager, Order, OrderLine, Product
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.complaint import COMPLAINT_KINDS, Complaint
from kamdesk.core.models.query import narrowed
from kamdesk.core.money import parse_money, round_money
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import company as company_service
from kamdesk.core.services.numbering import next_number
from kamdesk.core.services.sale_workflow import SOLD_STATES
from kamdesk.core.transactions import retried
from kamdesk.core.workflow import State, Verb, Workflow

COMPLAINT_SERIES = "complaint"
COMPLAINT_PREFIX = "CMP-{year}-"
COMPLAINT_WIDTH = 4
DEFAULT_DEADLINE_DAYS = 15  # a new complaint's deadline, counted from its receipt
DUE_SOON_DAYS = 3  # an open complaint this close to its deadline is due soon
LINE_CHOICES = 200  # the most recent order lines offered for a complaint

def get_complaint(complaint_id: int) -> Complaint:
    return Complaint.get_or_not_found(Complaint.id == complaint_id,
                                      Message("There is no complaint with id {id}.", id=complaint_id))


def complaint_by_number(number: str) -> Complaint:
    return Complaint.get_or_not_found(Complaint.number == number.strip(),
                                      Message("There is no complaint numbered {number}.", number=number))


RECEIVED = State("received", Message("Received", disambiguation="complaint state"),
                 Message("received", disambiguation="complaint state"), colour="#1565c0")
INVESTIGATING = State("investigating", Message("Investigating"), Message("under investigation"), colour="#ef6c00")
RESOLVED = State("resolved", Message("Resolved"), Message("resolved"), final=True, colour="#2e7d32")
REJECTED = State("rejected", Message("Rejected", disambiguation="complaint state"),
                 Message("rejected", disambiguation="complaint state"), final=True, colour="#6b6b6b")
OPEN_STATES = frozenset({RECEIVED.name, INVESTIGATING.name})

COMPLAINT = Workflow(
    document="complaint", model=Complaint, load=get_complaint,
    states=[RECEIVED, INVESTIGATING, RESOLVED, REJECTED],
    verbs=[
        Verb("investigate", {"received"}, "investigating", Message("Start investigation"),
             Message("taken into investigation")),
        Verb("resolve", {"investigating"}, "resolved", Message("Resolve"), Message("resolved"), stamp="closed_at"),
        Verb("reject", {"received", "investigating"}, "rejected", Message("Reject", disambiguation="complaint"),
             Message("rejected", disambiguation="complaint state"), stamp="closed_at"),
    ],
    refused=lambda complaint, state, action: Message("Complaint {number} is {state}: it cannot be {verb} now.",
                                                     number=complaint.number, state=state, verb=action))


# ---------------------------------------------------------------- predicates

def is_open(complaint: Complaint | None) -> bool:
    """Received or under investigation (a complaint not saved yet too): it can still be changed."""
    return complaint is None or complaint.state in OPEN_STATES


def deadline_status(complaint, today: dt.date | None = None) -> str:
    """"overdue" (open past its deadline), "due_soon" (open, deadline within DUE_SOON_DAYS) or ""."""
    if complaint.state not in OPEN_STATES:
        return ""
    days = (complaint.deadline - (today or dt.date.today())).days
    if days < 0:
        return "overdue"
    return "due_soon" if days <= DUE_SOON_DAYS else ""


def actions(complaint: Complaint | None, user=None) -> frozenset[str]:
    """What a window may offer for `complaint` (None: not saved yet): its allowed verbs, and "edit" while open."""
    names = {verb.name for verb in COMPLAINT.allowed_verbs(complaint, user)} if complaint is not None else set()
    if is_open(complaint):
        names.add("edit")
    return frozenset(names)


# ---------------------------------------------------------------- recording and changing

@retried
def save_complaint(values: dict, complaint_id: int | None = None, today: dt.date | None = None) -> Complaint:
    """Record a complaint, or change an open one; its calendar task follows (one transaction).

    `values`: client_id, order_line_id, product_id, kind, description, received_on, deadline,
    responsible_id, resolution, compensation (Decimal or text), row_version. What is not given keeps
    its value; a new complaint is received today, due DEFAULT_DEADLINE_DAYS later, the current
    manager's (else the client's manager's) to handle, and gets its number. `today` (the real date by
    default) is the last day a complaint may have been received; the demo passes its own.
    """
    complaint = get_complaint(complaint_id) if complaint_id else Complaint(state=COMPLAINT.initial)
    if not is_open(complaint):
        raise WorkflowError(Message("Complaint {number} is {state}: it cannot be changed now.",
                                    number=complaint.number, state=COMPLAINT.state(complaint.state).word))
    _fill(complaint, values, today or dt.date.today())
    complaint.expect_version(values.get("row_version"))
    if complaint.id is None:
        complaint.number = next_number(COMPLAINT_SERIES, complaint.received_on.year, COMPLAINT_PREFIX,
                                       COMPLAINT_WIDTH)
    _keep_reminder(complaint)
    complaint.updated_at = utc_now()
    complaint.save()
    return complaint


def _fill(complaint: Complaint, values: dict, today: dt.date) -> None:
    texts = {name: (values[name] if name in values else getattr(complaint, name)) or ""
             for name in ("description", "resolution")}
    errors: dict[str, Message] = dict(text_limits.problems(Complaint, texts))
    if errors:
        raise ValidationError(errors)
    complaint.description, complaint.resolution = texts["description"].strip(), texts["resolution"].strip()
    client = _fill_client(complaint, values, errors)
    _fill_line(complaint, values, client, errors)
    kind = values.get("kind") or complaint.kind
    if kind not in COMPLAINT_KINDS:
        errors["kind"] = Message("A complaint is about a shortage, a defect, a delay, a price or the service.")
    complaint.kind = kind
    if not complaint.description:
        errors["description"] = Message("Say what the client complains about.")
    _fill_dates(complaint, values, today, errors)
    _fill_responsible(complaint, values, client, errors)
    if "compensation" in values:
        complaint.compensation = _compensation(values["compensation"], errors)
    if errors:
        raise ValidationError(errors)


def _fill_client(complaint: Complaint, values: dict, errors: dict) -> Client | None:
    client_id = values.get("client_id") or complaint.client_id
    client = Client.get_or_none(Client.id == client_id) if client_id else None
    if client is None and complaint.id is not None and client_id == complaint.client_id:
        return None  # kept: the responsible person may not see the client of another manager (team server)
    if client is None:
        errors["client"] = Message("Choose the client who complains.")
        return None
    complaint.client = client
    return client


def _fill_line(complaint: Complaint, values: dict, client: Client | None, errors: dict) -> None:
    """The order line (of the client's) and the product; a line's product is the complaint's product."""
    line_id = values["order_line_id"] if "order_line_id" in values else complaint.order_line_id
    product_id = values["product_id"] if "product_id" in values else complaint.product_id
    line = None
    if line_id and client is None and complaint.id is not None and line_id == complaint.order_line_id:
        return  # the client out of the responsible person's view: its line kept as it was chosen
    if line_id:
        line = (OrderLine.select(OrderLine, Order).join(Order).where(OrderLine.id == line_id).first())
        if line is None or client is None or line.order.client_id != client.id:
            errors["order_line"] = Message("The order line must be one of the client's orders.")
            line = None
        else:
            product_id = line.product_id
            complaint.currency = line.order.currency
    if product_id and not Product.select().where(Product.id == product_id).exists():
        errors["product"] = Message("There is no product with id {id}.", id=product_id)
        product_id = None
    complaint.order_line = line.id if line is not None else None
    complaint.product = product_id or None
    if line is None and complaint.id is None:
        company = company_service.get_company()
        complaint.currency = company.currency if company else "HUF"


def _fill_dates(complaint: Complaint, values: dict, today: dt.date, errors: dict) -> None:
    received = values.get("received_on") or complaint.received_on or today
    deadline = values.get("deadline") or complaint.deadline or received + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)
    if received > today:
        errors["received_on"] = Message("A complaint cannot be received on a day still to come.")
    if deadline < received:
        errors["deadline"] = Message("The deadline {deadline} is before the complaint was received on {received}.",
                                     deadline=deadline.isoformat(), received=received.isoformat())
    complaint.received_on, complaint.deadline = received, deadline


def _fill_responsible(complaint: Complaint, values: dict, client: Client | None, errors: dict) -> None:
    me = company_service.current_manager()
    responsible_id = (values.get("responsible_id") or complaint.responsible_id or getattr(me, "id", None)
                      or getattr(client, "manager_id", None))
    if not responsible_id or not Manager.select().where(Manager.id == responsible_id).exists():
        errors["responsible"] = Message("Choose who handles the complaint.")
        return
    complaint.responsible = responsible_id


def _compensation(value, errors: dict) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = value if isinstance(value, Decimal) else parse_money(str(value))
    except ValueError:
        errors["compensation"] = Message("“{value}” is not an amount.", value=str(value)[:40])
        return None
    if not amount.is_finite() or amount < 0:
        errors["compensation"] = Message("A compensation is an amount of zero or more.")
        return None
    return round_money(amount)


# ---------------------------------------------------------------- the workflow's moves

@COMPLAINT.transition("investigate")
def start_investigation(complaint: Complaint) -> None:
    """The responsible person takes the complaint up."""


@COMPLAINT.transition("resolve")
def resolve_complaint(complaint: Complaint, resolution: str, compensation=None) -> None:
    """Close the complaint with what was done (and the compensation given, if any)."""
    _close(complaint, resolution, Message("Say how the complaint was resolved."))
    errors: dict[str, Message] = {}
    amount = _compensation(compensation, errors)
    if errors:
        raise ValidationError(errors)
    complaint.compensation = amount


@COMPLAINT.transition("reject")
def reject_complaint(complaint: Complaint, reason: str) -> None:
    """Close the complaint as unfounded, saying why."""
    _close(complaint, reason, Message("Say why the complaint is rejected."))
    complaint.compensation = None


def save_and_move(values: dict, complaint_id: int | None, verb: str) -> Complaint:
    """Save what the form holds and take the step `verb` ("investigate", "resolve", "reject"), or neither.

    Resolving and rejecting take the form's resolution (and, resolving, its compensation).
    """
    with database.atomic():
        saved = save_complaint(values, complaint_id)
        resolution, compensation = values.get("resolution", saved.resolution), values.get("compensation")
        if verb == "investigate":
            return start_investigation(saved.id)
        if verb == "resolve":
            return resolve_complaint(saved.id, resolution, compensation)
        if verb == "reject":
            return reject_complaint(saved.id, resolution)
        raise ValueError(f"complaints have no verb {verb!r}")


def _close(complaint: Complaint, text: str, missing: Message) -> None:
    text = (text or "").strip()
    text_limits.refuse_too_long(Complaint, {"resolution": text})
    if not text:
        raise ValidationError({"resolution": missing})
    complaint.resolution = text
    _drop_reminder(complaint)


# ---------------------------------------------------------------- the deadline in the calendar

def reminder_subject(complaint: Complaint) -> str:
    """The calendar task's subject: the complaint's number and the first line of its description, as typed."""
    first_line = complaint.description.strip().splitlines()[0] if complaint.description.strip() else ""
    subject = f"{complaint.number} · {first_line}" if first_line else complaint.number
    return subject[:text_limits.limit(Activity, "subject")]


def _keep_reminder(complaint: Complaint) -> None:
    """The open complaint's task: on its deadline, the responsible person's.

    A task someone completed or cancelled stays so while its deadline and person stand; a new deadline
    or another person gets a new task.
    """
    task = Activity.get_or_none(Activity.id == complaint.reminder_id) if complaint.reminder_id else None
    values = {"kind": "task", "client_id": complaint.client_id, "owner_id": complaint.responsible_id,
              "all_day": True, "start": complaint.deadline, "subject": reminder_subject(complaint)}
    same_deadline = task is not None and (task.starts_at.date(), task.owner_id) == (
        complaint.deadline, complaint.responsible_id)
    if task is not None and activity_service.is_open(task):
        if not same_deadline or (task.client_id, task.subject) != (complaint.client_id, values["subject"]):
            activity_service.update_activity(task.id, values)
    elif not same_deadline:
        complaint.reminder = activity_service.create_activity(values)


def _drop_reminder(complaint: Complaint) -> None:
    """A closed complaint has no deadline left: its task, still planned, is cancelled."""
    task = Activity.get_or_none(Activity.id == complaint.reminder_id) if complaint.reminder_id else None
    if task is not None and activity_service.is_open(task):
        activity_service.cancel_activity(task.id)


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class ComplaintView:
    """One complaint as lists show it."""

    id: int
    number: str
    client_id: int
    client: str
    kind: str
    state: str
    received_on: dt.date
    deadline: dt.date
    responsible_id: int
    responsible: str
    product: str
    order_number: str
    description: str
    resolution: str
    compensation: Decimal | None
    currency: str
    closed_at: dt.datetime | None


def list_complaints(state: str | None = None, client_id: int | None = None, responsible_id: int | None = None,
                    kind: str | None = None, open_only: bool = False, overdue_only: bool = False,
                    today: dt.date | None = None) -> list[ComplaintView]:
    """Complaints, newest receipt first; `overdue_only`: open ones past their deadline, the oldest deadline first."""
    query = (Complaint.select(Complaint, Client.id, Client.name, Manager.id, Manager.name, Product.id, Product.name,
                              OrderLine.id, Order.id, Order.number)
             .join(Client, JOIN.LEFT_OUTER, on=(Complaint.client == Client.id), attr="seen_client")
             .switch(Complaint).join(Manager)
             .switch(Complaint).join(Product, join_type=JOIN.LEFT_OUTER)
             .switch(Complaint).join(OrderLine, join_type=JOIN.LEFT_OUTER).join(Order, join_type=JOIN.LEFT_OUTER))
    query = narrowed(query, (Complaint.state, state), (Complaint.client, client_id),
                     (Complaint.responsible, responsible_id), (Complaint.kind, kind))
    if open_only or overdue_only:
        query = query.where(Complaint.state.in_(sorted(OPEN_STATES)))
    if overdue_only:
        query = query.where(Complaint.deadline < (today or dt.date.today())).order_by(Complaint.deadline,
                                                                                      Complaint.id)
    else:
        query = query.order_by(Complaint.received_on.desc(), Complaint.id.desc())
    return [_view(row) for row in query]


def _view(row: Complaint) -> ComplaintView:
    line = row.order_line if row.order_line is not None and row.order_line.id else None
    return ComplaintView(
        id=row.id, number=row.number, client_id=row.client_id, kind=row.kind,
        client=row.seen_client.name if row.seen_client else "",  # "": out of the responsible person's view
        state=row.state, received_on=row.received_on, deadline=row.deadline, responsible_id=row.responsible_id,
        responsible=row.responsible.name,
        product=row.product.name if row.product is not None and row.product.id else "",
        order_number=line.order.number if line is not None else "", description=row.description,
        resolution=row.resolution, compensation=row.compensation, currency=row.currency, closed_at=row.closed_at)


def client_name(complaint: Complaint) -> str:
    """The complaint's client's name; "" for a client out of the user's view (on the team server the responsible
    person sees a complaint of another manager's client, not the client)."""
    client = Client.get_or_none(Client.id == complaint.client_id)
    return client.name if client is not None else ""


def client_complaints(client_id: int) -> list[ComplaintView]:
    """A client's complaints, newest first."""
    return list_complaints(client_id=client_id)


def moves(complaint_id: int) -> list:
    """The complaint's moves through its workflow, oldest first (who, when, from, to), with their managers."""
    from kamdesk.core.models.workflow import StateChange

    return list(StateChange.select(StateChange, Manager).join(Manager, JOIN.LEFT_OUTER)
                .where((StateChange.document == COMPLAINT.document) & (StateChange.record_id == complaint_id))
                .order_by(StateChange.at, StateChange.id))


@dataclass(frozen=True)
class LineChoice:
    """An order line a complaint may be about."""

    id: int
    order_number: str
    order_date: dt.date
    product_id: int
    sku: str
    name: str
    quantity: Decimal
    unit: str


def order_line_choices(client_id: int, keep_line_id: int | None = None) -> list[LineChoice]:
    """The client's most recent sold order lines (confirmed, shipped or delivered), newest first;
    `keep_line_id` (the complaint's own line) is among them however old it is."""
    base = OrderLine.select(OrderLine, Order).join(Order)
    lines = list(base.where((Order.client == client_id) & Order.state.in_(SOLD_STATES))
                 .order_by(Order.order_date.desc(), Order.id.desc(), OrderLine.position).limit(LINE_CHOICES))
    if keep_line_id and all(line.id != keep_line_id for line in lines):
        lines += list(base.where((OrderLine.id == keep_line_id) & (Order.client == client_id)))
    return [LineChoice(id=line.id, order_number=line.order.number, order_date=line.order.order_date,
                       product_id=line.product_id, sku=line.sku, name=line.name, quantity=line.quantity,
                       unit=line.unit) for line in lines]
