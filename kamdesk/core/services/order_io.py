"""Orders out of kamdesk: the hand-over file for sales support, and order lists for scripts.

`export_order` writes a confirmed (shipped, delivered) order in the flat
layout of `kamdesk.core.documents.order_sheet` (documented there), which a
back office or an ERP imports. A draft is not an order yet and a cancelled
order is nothing to deliver: both are refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kamdesk.core.documents.order_sheet import OrderSheet, OrderSheetLine, write_order
from kamdesk.core.errors import KamdeskError, ValidationError, WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Manager, Order
from kamdesk.core.services import sale
from kamdesk.core.services.sale_workflow import ORDER, is_sold


def order_sheet(order: Order) -> OrderSheet:
    """What the hand-over file holds of `order` (any state)."""
    client = order.client
    lines = [OrderSheetLine(line_no=line.position, sku=line.sku, product_name=line.name, quantity=line.quantity,
                            free_quantity=line.free_quantity, unit=line.unit, list_price=line.list_price,
                            unit_price=line.unit_price, discount_percent=line.discount_percent,
                            net_amount=line.net_amount, vat_rate=line.vat_rate)
             for line in sale.order_lines(order.id)]
    return OrderSheet(order_number=order.number, order_date=order.order_date, client_name=client.name,
                      client_tax_number=client.tax_number, delivery_address=order.delivery_address,
                      delivery_date=order.delivery_date, payment_terms_days=order.payment_terms_days,
                      currency=order.currency, net_total=order.net_total, vat_total=order.vat_total,
                      gross_total=order.gross_total, notes=order.notes, lines=tuple(lines))


def export_order(number: str, path: str | Path) -> int:
    """The order numbered `number` to .xlsx or .csv (by the extension); how many lines were written."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise KamdeskError(Message("An order can be exported to .xlsx or .csv, not to “{file}”.", file=path.name))
    order = sale.order_by_number(number.strip())
    if order.state == "draft":
        raise WorkflowError(Message("Order {number} is a draft: confirm it before handing it over.",
                                    number=order.number))
    if not is_sold(order.state):
        raise WorkflowError(Message("Order {number} is cancelled: there is nothing to hand over.",
                                    number=order.number))
    return write_order(path, order_sheet(order))


# ---------------------------------------------------------------- lists

@dataclass(frozen=True)
class OrderSummary:
    id: int
    number: str
    client_id: int
    client: str
    manager: str
    state: str
    order_date: dt.date
    delivery_date: dt.date | None
    currency: str
    net_total: Decimal
    vat_total: Decimal
    gross_total: Decimal


def list_orders(client_id: int | None = None, state: str | None = None,
                limit: int | None = None) -> list[OrderSummary]:
    """Orders, newest first, of one client and/or in one state."""
    if state is not None and state not in ORDER.names():
        raise ValidationError({"state": Message("There is no order state “{state}”; the states are {states}.",
                                                state=state, states=", ".join(ORDER.names()))})
    query = (Order.select(Order.id, Order.number, Order.client, Client.name, Manager.name, Order.state,
                          Order.order_date, Order.delivery_date, Order.currency, Order.net_total, Order.vat_total,
                          Order.gross_total)
             .join(Client, on=(Order.client == Client.id))
             .switch(Order).join(Manager, on=(Order.manager == Manager.id))
             .order_by(Order.order_date.desc(), Order.id.desc()))
    if client_id is not None:
        query = query.where(Order.client == client_id)
    if state is not None:
        query = query.where(Order.state == state)
    if limit is not None:
        query = query.limit(limit)
    return [OrderSummary(*row) for row in query.tuples()]
