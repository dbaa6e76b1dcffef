"""Returns against delivered order lines: record, correct, delete, list, and link their credit notes.

A return takes back part of what was delivered of one order line (never more than was delivered
less what came back before), with a reason (damaged, wrong item, quality, expired, not ordered, or
other with a note) and the day. Its expected credit is what the line charged for those units with
the line's VAT: free units of a "buy N get M" promotion share the price the line was paid, so
returning the whole delivery expects the line's whole amount back. The credit note itself comes
from the accounting system; a return is linked to it by hand (one of the client's credit notes,
those referring to the order's invoice first) or by `match_credit_notes`: the one credit note that
refers to the order's invoice, or among several the one worth exactly the expected credit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from kamdesk.core import text_limits
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Manager, Order, OrderLine
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.query import narrowed
from kamdesk.core.models.returns import RETURN_REASONS, ProductReturn
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.money import round_to_currency
from kamdesk.core.services.document_lines import decimal_or_none
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried, serialized

ZERO = Decimal(0)
HUNDRED = Decimal(100)
CREDIT_NOTE = "credit_note"

REASON_TITLES = {
    "damaged": Message("Damaged"), "wrong_item": Message("Wrong item"), "quality": Message("Quality"),
    "expired": Message("Expired goods"), "not_ordered": Message("Not ordered"),
    "other": Message("Other", disambiguation="reason"),
}


@dataclass(frozen=True)
class Returnable:
    """A delivered order line as the Return dialog shows it: what may still come back, and at what credit."""

    line_id: int
    order_id: int
    order_number: str
    order_date: dt.date
    client_id: int
    client: str
    sku: str
    name: str
    unit: str
    delivered: Decimal
    returned: Decimal  # by the other returns of the line
    currency: str

    @property
    def left(self) -> Decimal:
        return self.delivered - self.returned


@dataclass(frozen=True)
class ReturnRow:
    """One return as lists and the command line show it."""

    id: int
    returned_on: dt.date
    order_id: int
    order_number: str
    client_id: int
    client: str
    manager: str
    product_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    reason: str
    note: str
    expected_credit: Decimal
    currency: str
    credit_note: str  # its number, "" while none is linked
    credit_note_amount: Decimal | None


@dataclass(frozen=True)
class ReturnFilter:
    text: str = ""  # client name, order number, SKU or product name
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    client_id: int | None = None
    manager_id: int | None = None
    without_credit_note: bool = False


# ---------------------------------------------------------------- what can come back

def returnable(line_id: int, return_id: int | None = None) -> Returnable:
    """The order line `line_id` with what was delivered and what came back before (`return_id` left out)."""
    line = OrderLine.get_or_not_found(OrderLine.id == line_id,
                                      Message("There is no order line with id {id}.", id=line_id))
    order = line.order
    query = ProductReturn.select(fn.SUM(ProductReturn.quantity)).where(ProductReturn.order_line == line.id)
    if return_id:
        query = query.where(ProductReturn.id != return_id)
    raw = query.scalar()
    returned = ProductReturn.quantity.python_value(raw) if raw is not None else ZERO
    return Returnable(line_id=line.id, order_id=order.id, order_number=order.number, order_date=order.order_date,
                      client_id=order.client_id, client=order.client.name, sku=line.sku, name=line.name,
                      unit=line.unit, delivered=line.delivered_quantity, returned=returned, currency=order.currency)


def returnable_line_ids(order_id: int) -> set[int]:
    """The lines of the order that had something delivered: those a return may name."""
    return {line_id for (line_id,) in OrderLine.select(OrderLine.id).where(
        (OrderLine.order == order_id) & (OrderLine.delivered_quantity > 0)).tuples()}


def expected_credit(line: OrderLine, quantity: Decimal, currency: str) -> Decimal:
    """What `quantity` returned units of `line` should be credited: their share of the line's net amount
    (free units included in the share), with the line's VAT, each rounded to the currency."""
    units = line.quantity + line.free_quantity
    if units <= 0:
        return ZERO
    net = round_to_currency(line.net_amount * quantity / units, currency)
    return net + round_to_currency(net * line.vat_rate / HUNDRED, currency)


def credit_preview(line_id: int, quantity) -> Decimal | None:
    """The expected credit of `quantity` (as typed) returned units of the line; None for no usable quantity."""
    amount = decimal_or_none(quantity)
    if amount is None or amount <= 0:
        return None
    line = OrderLine.get_or_none(OrderLine.id == line_id)
    return expected_credit(line, amount, line.order.currency) if line is not None else None


# ---------------------------------------------------------------- recording

@retried
def save_return(values: dict, return_id: int | None = None) -> ProductReturn:
    """Record a return (or correct one): `order_line_id`, `quantity`, `reason`, `note`, `returned_on`,
    optionally `credit_note_id` and `row_version` (the version an editor loaded). Without `credit_note_id`
    a return not yet linked is matched to its order's credit note where it is clear which one."""
    record = _return(return_id).expect_version(values.get("row_version")) if return_id else None
    line_id = record.order_line_id if record else values.get("order_line_id")
    errors = text_limits.problems(ProductReturn, {"note": values.get("note")} if isinstance(values.get("note"), str)
                                  else {})
    if errors:
        raise ValidationError(errors)
    if not line_id:
        raise ValidationError({"order_line": Message("Choose the delivered line that came back.")})
    serialized(f"product return of line {line_id}")  # two returns of one line at once must not exceed it
    item = returnable(line_id, return_id)
    line = OrderLine.get_by_id(line_id)
    cleaned = _checked(values, item, line)
    record = record or ProductReturn(order_line=line_id, client=item.client_id, manager=line.order.manager_id,
                                     currency=item.currency)
    for name, value in cleaned.items():
        setattr(record, name, value)
    record.expected_credit = expected_credit(line, cleaned["quantity"], item.currency)
    record.updated_at = utc_now()
    record.save()
    if record.credit_note_id is None and "credit_note_id" not in values and _match(ProductReturn.id == record.id):
        return ProductReturn.get_by_id(record.id)
    return record


def _checked(values: dict, item: Returnable, line: OrderLine) -> dict:
    """The return's own fields from `values`, or a ValidationError naming every wrong one."""
    errors: dict[str, Message] = {}
    quantity = decimal_or_none(values.get("quantity"))
    if item.delivered <= 0:
        errors["quantity"] = Message("Nothing of {sku} has been delivered: nothing can come back.", sku=item.sku)
    elif quantity is None or quantity <= 0:
        errors["quantity"] = Message("Enter how much came back: a quantity above zero.")
    elif quantity != quantity.quantize(Decimal("0.001")):
        errors["quantity"] = Message("A quantity has at most three decimals.")
    elif quantity > item.left:
        errors["quantity"] = Message("Only {left} {unit} of {sku} can come back: {delivered} delivered, {returned} "
                                     "returned before.", left=_plain(item.left), unit=item.unit, sku=item.sku,
                                     delivered=_plain(item.delivered), returned=_plain(item.returned))
    reason = values.get("reason") or ""
    note = (values.get("note") or "").strip()
    if reason not in RETURN_REASONS:
        errors["reason"] = Message("Choose why the goods came back.")
    elif reason == "other" and not note:
        errors["note"] = Message("Say why the goods came back.")
    returned_on = values.get("returned_on") or dt.date.today()
    if returned_on < item.order_date:
        errors["returned_on"] = Message("The goods cannot come back before the order's date, {day}.",
                                        day=item.order_date.isoformat())
    elif returned_on > dt.date.today():
        errors["returned_on"] = Message("The day of the return is in the future.")
    cleaned = {"quantity": quantity, "reason": reason, "note": note, "returned_on": returned_on}
    if "credit_note_id" in values:
        cleaned["credit_note"] = _credit_note(values["credit_note_id"], item.client_id, errors)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _credit_note(credit_note_id: int | None, client_id: int, errors: dict) -> int | None:
    if not credit_note_id:
        return None
    found = Invoice.get_or_none((Invoice.id == credit_note_id) & (Invoice.kind == CREDIT_NOTE)
                                & (Invoice.client == client_id))
    if found is None:
        errors["credit_note"] = Message("Choose one of the client's credit notes.")
        return None
    return found.id


def _plain(quantity: Decimal) -> str:
    """A quantity as typed: no trailing zeros ("2.5", "12")."""
    return format(quantity.normalize(), "f")


@retried
def delete_return(return_id: int) -> None:
    """Remove a return recorded by mistake."""
    _return(return_id).delete_instance()


@retried
def link_credit_note(return_id: int, credit_note_id: int | None) -> ProductReturn:
    """Link the credit note that settled the return (None: unlink it)."""
    record = _return(return_id)
    errors: dict[str, Message] = {}
    record.credit_note = _credit_note(credit_note_id, record.client_id, errors)
    if errors:
        raise ValidationError(errors)
    record.updated_at = utc_now()
    record.save()
    return record


def credit_note_choices(return_id: int | None = None, line_id: int | None = None) -> list[Invoice]:
    """The client's credit notes a return may be linked to: those referring to an invoice of the return's
    order first, then the others, newest first within each."""
    line = OrderLine.get_by_id(_return(return_id).order_line_id if return_id else line_id)
    order = line.order
    referred = Invoice.alias()
    notes = (Invoice.select(Invoice, (referred.order == order.id).alias("of_order"))
             .join(referred, JOIN.LEFT_OUTER, on=(Invoice.refers_to == referred.id))
             .where((Invoice.kind == CREDIT_NOTE) & (Invoice.client == order.client_id))
             .order_by(Invoice.issue_date.desc(), Invoice.id.desc()))
    found = list(notes)
    return [n for n in found if n.of_order] + [n for n in found if not n.of_order]


@retried
def match_credit_notes(client_ids: Iterable[int] | None = None) -> int:
    """Link returns without a credit note to the credit note of their order's invoice, where it is clear
    which one: the only one, or the only one worth the expected credit. Returns how many were linked."""
    condition = ProductReturn.credit_note.is_null()
    if client_ids is not None:
        condition &= ProductReturn.client.in_(list(client_ids))
    return _match(condition)


def _match(condition) -> int:
    """Match the returns meeting `condition` (see `match_credit_notes`); joins, not lists of ids, so that
    thousands of returns make two statements."""
    joined = (ProductReturn.select(ProductReturn, OrderLine.order.alias("of_order"))
              .join(OrderLine, on=(ProductReturn.order_line == OrderLine.id)).where(condition))
    orders = (OrderLine.select(OrderLine.order).join(ProductReturn, on=(ProductReturn.order_line == OrderLine.id))
              .where(condition))
    referred = Invoice.alias()
    by_order: dict[int, list[tuple[int, Decimal]]] = {}
    for note_id, gross, order_id in (Invoice.select(Invoice.id, Invoice.gross_amount, referred.order)
                                     .join(referred, on=(Invoice.refers_to == referred.id))
                                     .where((Invoice.kind == CREDIT_NOTE) & referred.order.in_(orders))
                                     .order_by(Invoice.id).tuples()):
        by_order.setdefault(order_id, []).append((note_id, gross))
    if not by_order:
        return 0
    linked = 0
    for record in joined.objects():
        notes = by_order.get(record.of_order, [])
        exact = [note_id for note_id, gross in notes if -gross == record.expected_credit]
        chosen = notes[0][0] if len(notes) == 1 else exact[0] if len(exact) == 1 else None
        if chosen is not None:
            record.credit_note = chosen
            record.save()
            linked += 1
    return linked


# ---------------------------------------------------------------- reading

def get_return(return_id: int) -> ProductReturn:
    return _return(return_id)


def _return(return_id: int) -> ProductReturn:
    return ProductReturn.get_or_not_found(ProductReturn.id == return_id,
                                          Message("There is no return with id {id}.", id=return_id))


def return_ids(flt: ReturnFilter) -> list[int]:
    """Ids of the returns matching `flt`, newest first (the line, order and client joined only to search them:
    at a million order lines the joins were most of the list's reading)."""
    query = ProductReturn.select(ProductReturn.id)
    terms = fold(flt.text).split()
    if terms:
        query = (query.join(OrderLine, on=(ProductReturn.order_line == OrderLine.id))
                 .join(Order, on=(OrderLine.order == Order.id))
                 .join(Client, on=(ProductReturn.client == Client.id)))
    query = narrowed(query, (ProductReturn.client, flt.client_id), (ProductReturn.manager, flt.manager_id))
    if flt.date_from:
        query = query.where(ProductReturn.returned_on >= flt.date_from)
    if flt.date_to:
        query = query.where(ProductReturn.returned_on <= flt.date_to)
    if flt.without_credit_note:
        query = query.where(ProductReturn.credit_note.is_null())
    for term in terms:
        query = query.where(Client.search_text.contains(term) | Order.number.contains(term)
                            | OrderLine.sku.contains(term) | OrderLine.name.contains(term))
    return [i for (i,) in query.order_by(ProductReturn.returned_on.desc(), ProductReturn.id.desc()).tuples()]


def return_rows(ids: list[int]) -> list[ReturnRow]:
    """Display rows for `ids`, in the same order."""
    if not ids:
        return []
    query = (ProductReturn.select(ProductReturn, OrderLine.product, OrderLine.sku, OrderLine.name, OrderLine.unit,
                                  Order.id.alias("order_id"), Order.number.alias("order_number"),
                                  Client.name.alias("client_name"), Manager.name.alias("manager_name"),
                                  Invoice.number.alias("note_number"), Invoice.gross_amount.alias("note_amount"))
             .join(OrderLine, on=(ProductReturn.order_line == OrderLine.id))
             .join(Order, on=(OrderLine.order == Order.id)).switch(ProductReturn)
             .join(Client, on=(ProductReturn.client == Client.id)).switch(ProductReturn)
             .join(Manager, on=(ProductReturn.manager == Manager.id)).switch(ProductReturn)
             .join(Invoice, JOIN.LEFT_OUTER, on=(ProductReturn.credit_note == Invoice.id))
             .where(ProductReturn.id.in_(ids)).objects())
    by_id = {r.id: r for r in query}
    return [_row(by_id[i]) for i in ids if i in by_id]


def _row(r) -> ReturnRow:
    return ReturnRow(id=r.id, returned_on=r.returned_on, order_id=r.order_id, order_number=r.order_number,
                     client_id=r.client_id, client=r.client_name, manager=r.manager_name, product_id=r.product,
                     sku=r.sku, name=r.name, unit=r.unit, quantity=r.quantity, reason=r.reason, note=r.note,
                     expected_credit=r.expected_credit, currency=r.currency, credit_note=r.note_number or "",
                     credit_note_amount=r.note_amount)


def list_returns(flt: ReturnFilter | None = None) -> list[ReturnRow]:
    return return_rows(return_ids(flt or ReturnFilter()))


def returns_of_order(order_id: int) -> list[ReturnRow]:
    """The order's returns, newest first (the order entry shows them)."""
    ids = [i for (i,) in ProductReturn.select(ProductReturn.id)
           .join(OrderLine, on=(ProductReturn.order_line == OrderLine.id))
           .where(OrderLine.order == order_id)
           .order_by(ProductReturn.returned_on.desc(), ProductReturn.id.desc()).tuples()]
    return return_rows(ids)
