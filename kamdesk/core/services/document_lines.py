"""The lines of a priced document (order, offer): typed requests priced into lines, and lines stored.

One way for every document: each request is checked (product, quantity,
discount), priced by `kamdesk.core.services.pricing` at the client's price
column with the promotions of the document's date, and totalled; saving puts
the priced lines in place of the document's old ones, numbered from 1. A
field error names its line ("lines.2.quantity"), so the entry view can show it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from peewee import ForeignKeyField, chunked

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, PriceColumn, Product
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.document_line import DocumentLine
from kamdesk.core.services import catalogue
from kamdesk.core.services.pricing import LineInput, PricedLine, Totals, price_line, totals

ZERO = Decimal(0)
INSERT_BATCH = 200  # rows an INSERT carries: far below SQLite's limit of bound values


@dataclass
class LineRequest:
    """A line as the manager types it."""

    product_id: int
    quantity: Decimal
    discount_percent: Decimal = ZERO
    promotion_removed: bool = False


@dataclass
class PricedLines:
    """Requests priced for a client on a day: the lines, their totals and what they were priced with."""

    lines: list[PricedLine]
    totals: Totals
    currency: str
    column: PriceColumn | None
    promotions: dict = field(default_factory=dict)  # product id -> the promotion of the day, taken off or not


def check_client_and_lines(client_id: int | None, requests: list[LineRequest]) -> None:
    """What every document needs before it is priced: a client and at least one line."""
    if not client_id:
        raise ValidationError({"client": Message("Choose the client.")})
    if not requests:
        raise ValidationError({"lines": Message("Add at least one line.")})


def set_totals(document, client: Client, currency: str, priced: Totals) -> None:
    """Stamp the document with the client's price column, the currency and the totals as priced now."""
    document.price_column = catalogue.client_column(client)
    document.currency = currency
    document.net_total = priced.net_total
    document.vat_total = priced.vat_total
    document.gross_total = priced.gross_total
    document.updated_at = utc_now()


def price_requests(client: Client, requests: list[LineRequest], day: dt.date) -> PricedLines:
    """Price every request at the client's column, the promotions of `day` and the typed discounts.

    Raises ValidationError with every line's problems at once.
    """
    column = catalogue.client_column(client)
    money = catalogue.currency()
    products = {p.id: p for p in Product.select().where(Product.id.in_([r.product_id for r in requests]))}
    prices = catalogue.column_prices(list(products), column.id) if column else {}
    promotions = catalogue.promotions_for(list(products.values()), client, day)
    errors: dict[str, Message] = {}
    lines = []
    for row, request in enumerate(requests):
        line = _line_input(row, request, products, prices, promotions, errors)
        if line is not None:
            lines.append(price_line(line, money))
    if errors:
        raise ValidationError(errors)
    return PricedLines(lines=lines, totals=totals(lines, money), currency=money, column=column,
                       promotions=promotions)


def _line_input(row, request, products, prices, promotions, errors) -> LineInput | None:
    prefix = f"lines.{row}."
    product = products.get(request.product_id)
    if product is None:
        errors[prefix + "product"] = Message("Line {row}: choose a product.", row=row + 1)
        return None
    quantity = decimal_or_none(request.quantity)
    discount = decimal_or_none(request.discount_percent)
    if quantity is None or quantity <= 0:
        errors[prefix + "quantity"] = Message("Line {row}: the quantity must be more than zero.", row=row + 1)
    elif quantity != quantity.quantize(Decimal("0.001")):
        errors[prefix + "quantity"] = Message("Line {row}: a quantity has at most three decimal places.", row=row + 1)
    if discount is None or not ZERO <= discount < Decimal(100):
        errors[prefix + "discount_percent"] = Message("Line {row}: the discount must be between 0 and 100 %.",
                                                      row=row + 1)
    if product.id not in prices:
        errors[prefix + "product"] = Message("Line {row}: {sku} has no price in the client's price column.",
                                             row=row + 1, sku=product.sku)
    if prefix + "quantity" in errors or prefix + "discount_percent" in errors or prefix + "product" in errors:
        return None
    promotion = None if request.promotion_removed else promotions.get(product.id)
    return LineInput(product_id=product.id, sku=product.sku, name=product.name, unit=product.unit,
                     quantity=quantity, list_price=prices[product.id], vat_rate=product.vat_rate,
                     discount_percent=discount, promotion=promotion)


def decimal_or_none(value) -> Decimal | None:
    """A typed number ("2,5", " 3 ", 4, Decimal) as a finite Decimal; None when it is not one."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).replace(",", ".").strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def replace_lines(link: ForeignKeyField, document, lines: list[PricedLine], requests: list[LineRequest],
                  **extra) -> None:
    """Put `lines` (priced from `requests`, in the same order) in place of the document's lines.

    `link` is the line model's foreign key to its document (`OrderLine.order`); `extra` columns are
    set on every new line. Call inside the transaction that saves the document. A line keeps its row
    while its position exists, and only its changed fields are written: a laptop and the office
    editing one document then merge field by field instead of each replacing the other's lines.
    """
    model = link.model
    rows = [{link.name: document.id, **_stored(position, line, request), **extra}
            for position, (line, request) in enumerate(zip(lines, requests, strict=True), start=1)]
    existing = {line.position: line for line in model.select().where(link == document)}
    inserts = []
    for row in rows:
        old = existing.pop(row["position"], None)
        if old is None:
            inserts.append(row)
            continue
        changed = {name: value for name, value in row.items() if old.__data__.get(name) != value}
        if changed:
            changed[model.row_version.name] = model.row_version + 1
            model.update(changed).where(model.id == old.id).execute()
    if existing:
        model.delete().where(model.id.in_([line.id for line in existing.values()])).execute()
    for batch in chunked(inserts, INSERT_BATCH):
        model.insert_many(batch).execute()


def _stored(position: int, line: PricedLine, request: LineRequest) -> dict:
    item = line.input
    return {"position": position, "product": item.product_id, "sku": item.sku, "name": item.name,
            "unit": item.unit, "quantity": item.quantity, "free_quantity": line.free_quantity,
            "list_price": item.list_price, "unit_price": line.unit_price, "discount_percent": item.discount_percent,
            "promotion": item.promotion.id if item.promotion else None,
            "promotion_removed": request.promotion_removed, "vat_rate": item.vat_rate,
            "net_amount": line.net_amount}


def stored_lines(link: ForeignKeyField, document_id: int) -> list:
    """The document's lines in position order."""
    model = link.model
    return list(model.select().where(link == document_id).order_by(model.position))


def requests_of(lines: list[DocumentLine]) -> list[LineRequest]:
    """Stored lines as they were typed: to edit, copy or order them again."""
    return [LineRequest(line.product_id, line.quantity, line.discount_percent, line.promotion_removed)
            for line in lines]


def stored_totals(lines: list[DocumentLine], currency: str) -> Totals:
    """The pricing engine's totals of stored lines (VAT per rate as on the screen), never priced again."""
    priced = [PricedLine(input=LineInput(product_id=line.product_id, sku=line.sku, name=line.name, unit=line.unit,
                                         quantity=line.quantity, list_price=line.list_price, vat_rate=line.vat_rate,
                                         discount_percent=line.discount_percent),
                         unit_price=line.unit_price, free_quantity=line.free_quantity, net_amount=line.net_amount)
              for line in lines]
    return totals(priced, currency)
