"""An order handed over to sales support: a flat file a back office or an ERP imports.

Pure data in, file out (no database, no Qt). One row per order line; the
order's own fields are repeated on each row, so every row stands alone.

Layout (the same columns, in this order, in .xlsx and .csv; the header row
holds the names in the first column below):

    column               type      what
    order_number         text      ORD-2026-00042
    order_date           date      the order's date
    client_name          text      as on the client card
    client_tax_number    text      as typed (e.g. 12345678-2-42); may be empty
    delivery_address     text      postcode, city, street; may hold line breaks
    delivery_date        date      requested delivery date; empty when none
    payment_terms_days   integer   days to pay
    line_no              integer   1, 2, 3 ... in the order's line order
    sku                  text      the product's SKU when ordered
    product_name         text      the product's name when ordered
    quantity             number    ordered (charged) quantity, up to 3 decimals
    free_quantity        number    free units of a "buy N get M" promotion, delivered on top
    unit                 text      db, kg, l, karton ...
    list_price           amount    unit price of the client's price column
    unit_price           amount    after the line's promotion (equal to list_price without one)
    discount_percent     number    the manager's extra discount on unit_price, in percent
    net_amount           amount    quantity × unit_price × (100 − discount_percent) / 100, rounded
                                   half up to the currency's minor unit (what the order stores)
    vat_rate             number    VAT rate in percent (27 for 27 %)
    currency             text      ISO 4217 code (HUF, EUR ...)
    order_net_total      amount    sum of the lines' net_amount
    order_vat_total      amount    VAT computed per rate on each rate's net sum, rounded, summed
    order_gross_total    amount    order_net_total + order_vat_total
    order_notes          text      the order's notes; may hold line breaks

.xlsx
    One sheet, "Order"; the header row is bold and frozen. Numbers and amounts
    are number cells, dates are date cells, text is text (never a formula).

.csv
    UTF-8 with a byte order mark, fields separated by ";" (semicolon), lines
    ending in CRLF, fields quoted with '"' when they hold ";", '"' or a line
    break (RFC 4180 quoting). Numbers are written exactly as stored, with a
    "." decimal point and no thousands separator: amounts with two decimals
    ("1234.50", also for currencies without a minor unit: "1235.00"),
    quantities and percentages without trailing zeros ("12", "2.5", "27").
    Dates are ISO 8601 (YYYY-MM-DD); an empty field is an empty string. A
    text field starting with "=", "+", "-" or "@" gets a leading apostrophe
    so that a spreadsheet does not run it as a formula (as every kamdesk CSV).
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kamdesk.core.documents.client_sheet import csv_text, write_xlsx
from kamdesk.core.documents.files import replacing
from kamdesk.core.documents.formatting import plain_number

# (name, kind): kind picks the cell type in xlsx and the writing in csv
COLUMNS: tuple[tuple[str, str], ...] = (
    ("order_number", "text"), ("order_date", "date"), ("client_name", "text"), ("client_tax_number", "text"),
    ("delivery_address", "text"), ("delivery_date", "date"), ("payment_terms_days", "integer"),
    ("line_no", "integer"), ("sku", "text"), ("product_name", "text"), ("quantity", "number"),
    ("free_quantity", "number"), ("unit", "text"), ("list_price", "money"), ("unit_price", "money"),
    ("discount_percent", "number"), ("net_amount", "money"), ("vat_rate", "number"), ("currency", "text"),
    ("order_net_total", "money"), ("order_vat_total", "money"), ("order_gross_total", "money"),
    ("order_notes", "text"),
)
HEADERS = tuple(name for name, _ in COLUMNS)
CSV_DELIMITER = ";"


@dataclass(frozen=True)
class OrderSheetLine:
    line_no: int
    sku: str
    product_name: str
    quantity: Decimal
    free_quantity: Decimal
    unit: str
    list_price: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    net_amount: Decimal
    vat_rate: Decimal


@dataclass(frozen=True)
class OrderSheet:
    order_number: str
    order_date: datetime.date
    client_name: str
    client_tax_number: str
    delivery_address: str
    delivery_date: datetime.date | None
    payment_terms_days: int
    currency: str
    net_total: Decimal
    vat_total: Decimal
    gross_total: Decimal
    notes: str = ""
    lines: Sequence[OrderSheetLine] = field(default_factory=tuple)


def sheet_rows(order: OrderSheet) -> list[list]:
    """The rows of `order` in the layout's column order, as Python values."""
    head = [order.order_number, order.order_date, order.client_name, order.client_tax_number,
            order.delivery_address, order.delivery_date, order.payment_terms_days]
    tail = [order.currency, order.net_total, order.vat_total, order.gross_total, order.notes]
    return [[*head, line.line_no, line.sku, line.product_name, line.quantity, line.free_quantity, line.unit,
             line.list_price, line.unit_price, line.discount_percent, line.net_amount, line.vat_rate, *tail]
            for line in order.lines]


def write_order(path: str | Path, order: OrderSheet) -> int:
    """Write `order` to .xlsx or .csv, chosen by the extension; returns the number of lines."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_order_xlsx(path, order)
    if suffix == ".csv":
        return write_order_csv(path, order)
    raise ValueError(f"an order sheet is .xlsx or .csv, not {suffix or 'without extension'}")


def write_order_xlsx(path: str | Path, order: OrderSheet) -> int:
    types = [kind for _, kind in COLUMNS]  # the layout's kinds are client_sheet column types
    rows = [[_xlsx_value(value, kind) for value, (_, kind) in zip(row, COLUMNS, strict=True)]
            for row in sheet_rows(order)]
    return write_xlsx(path, HEADERS, rows, types, title="Order")


def _xlsx_value(value, kind: str):
    if value is None or value == "":
        return None
    if kind == "number":
        return plain_number(value)
    return value


def write_order_csv(path: str | Path, order: OrderSheet) -> int:
    rows = sheet_rows(order)
    with replacing(Path(path)) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([csv_field(value, kind) for value, (_, kind) in zip(row, COLUMNS, strict=True)])
    return len(rows)


def csv_field(value, kind: str) -> str:
    """One field as the layout writes it in CSV."""
    if value is None:
        return ""
    if kind == "money":
        return format(Decimal(value).quantize(Decimal("0.01")), "f")
    if kind == "number":
        number = plain_number(Decimal(value))
        return str(number) if isinstance(number, int) else format(number, "f")
    if kind == "integer":
        return str(int(value))
    if kind == "date":
        return value.isoformat()
    return csv_text(str(value))
