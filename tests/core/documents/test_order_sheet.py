"""The order hand-over file: the documented columns, numbers as numbers (xlsx) and exact strings (csv)."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from kamdesk.core.documents import order_sheet
from kamdesk.core.documents.order_sheet import HEADERS, OrderSheet, OrderSheetLine, write_order

ORDER = OrderSheet(
    order_number="ORD-2026-00042", order_date=dt.date(2026, 12, 7), client_name="Kovács és Társa Kft.",
    client_tax_number="12345676-2-13", delivery_address="9021 Győr, Baross út 1.\nHátsó bejárat",
    delivery_date=dt.date(2026, 12, 10), payment_terms_days=15, currency="HUF",
    net_total=Decimal("27085.00"), vat_total=Decimal("4047.00"), gross_total=Decimal("31132.00"),
    notes="=SUM(A1) is not a formula; Szállítás reggel",
    lines=(
        OrderSheetLine(1, "TEJ-001", "Friss tej 2,8% 1 l", Decimal("24.000"), Decimal("0.000"), "db",
                       Decimal("329.00"), Decimal("329.00"), Decimal("2.50"), Decimal("7699.00"), Decimal("5.00")),
        OrderSheetLine(2, "VIZ-001", "Ásványvíz; szénsavas", Decimal("12.500"), Decimal("1.000"), "karton",
                       Decimal("1490.00"), Decimal("1341.00"), Decimal("0.00"), Decimal("16763.00"),
                       Decimal("27.00")),
        OrderSheetLine(3, "-X1", "Minta", Decimal("1"), Decimal("0"), "db", Decimal("2623.00"), Decimal("2623.00"),
                       Decimal("0"), Decimal("2623.00"), Decimal("27")),
    ),
)


def read_csv(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_the_layout_documented_is_the_layout_written():
    layout = order_sheet.__doc__.split("Layout")[1].split("\n.xlsx")[0]
    kinds = {"text": "text", "date": "date", "integer": "integer", "number": "number", "amount": "money"}
    documented = [(words[0], kinds[words[1]]) for line in layout.splitlines()
                  if len(words := line.split()) > 1 and words[1] in kinds]
    assert documented == list(order_sheet.COLUMNS)


def test_xlsx_has_the_header_and_one_row_per_line_with_numbers_and_dates(tmp_path):
    path = tmp_path / "order.xlsx"
    assert write_order(path, ORDER) == 3
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Order"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == list(HEADERS)
    assert len(rows) == 4
    first = dict(zip(HEADERS, rows[1], strict=True))
    assert first["order_number"] == "ORD-2026-00042"
    assert first["order_date"] == dt.datetime(2026, 12, 7)
    assert first["delivery_date"] == dt.datetime(2026, 12, 10)
    assert first["client_tax_number"] == "12345676-2-13"
    assert first["delivery_address"] == "9021 Győr, Baross út 1.\nHátsó bejárat"
    assert (first["payment_terms_days"], first["line_no"]) == (15, 1)
    assert (first["quantity"], first["free_quantity"], first["unit"]) == (24, 0, "db")
    assert (first["list_price"], first["unit_price"], first["discount_percent"]) == (329, 329, 2.5)
    assert (first["net_amount"], first["vat_rate"], first["currency"]) == (7699, 5, "HUF")
    assert (first["order_net_total"], first["order_vat_total"], first["order_gross_total"]) == (27085, 4047, 31132)
    assert first["order_notes"] == ORDER.notes  # text, never a formula
    second = dict(zip(HEADERS, rows[2], strict=True))
    assert (second["quantity"], second["free_quantity"], second["unit_price"]) == (12.5, 1, 1341)
    for row in rows[1:]:
        for name in ("quantity", "list_price", "net_amount", "vat_rate", "order_gross_total"):
            assert isinstance(row[HEADERS.index(name)], (int, float)), name
    assert sum(Decimal(str(r[HEADERS.index("net_amount")])) for r in rows[1:]) == ORDER.net_total


def test_csv_is_utf8_with_bom_semicolons_and_exact_dot_decimals(tmp_path):
    path = tmp_path / "order.csv"
    assert write_order(path, ORDER) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\r\n")[0].decode("utf-8-sig") == ";".join(HEADERS)
    rows = read_csv(path)
    assert len(rows) == 3
    first, second, third = rows
    assert first["order_date"] == "2026-12-07" and first["delivery_date"] == "2026-12-10"
    assert first["delivery_address"] == "9021 Győr, Baross út 1.\nHátsó bejárat"
    assert (first["quantity"], first["free_quantity"], first["discount_percent"]) == ("24", "0", "2.5")
    assert (first["list_price"], first["unit_price"], first["net_amount"]) == ("329.00", "329.00", "7699.00")
    assert (first["vat_rate"], first["currency"], first["payment_terms_days"]) == ("5", "HUF", "15")
    assert (first["order_net_total"], first["order_vat_total"], first["order_gross_total"]) == (
        "27085.00", "4047.00", "31132.00")
    assert (second["quantity"], second["free_quantity"], second["product_name"]) == (
        "12.5", "1", "Ásványvíz; szénsavas")
    assert second["vat_rate"] == "27"
    assert third["sku"] == "'-X1"  # would start a formula in a spreadsheet
    assert first["order_notes"] == "'" + ORDER.notes
    assert sum(Decimal(r["net_amount"]) for r in rows) == ORDER.net_total


def test_an_order_without_delivery_date_has_an_empty_field(tmp_path):
    from dataclasses import replace

    path = tmp_path / "order.csv"
    write_order(path, replace(ORDER, delivery_date=None, client_tax_number=""))
    row = read_csv(path)[0]
    assert row["delivery_date"] == "" and row["client_tax_number"] == ""
    path = tmp_path / "order.xlsx"
    write_order(path, replace(ORDER, delivery_date=None))
    values = list(openpyxl.load_workbook(path).active.iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert values[HEADERS.index("delivery_date")] is None


def test_other_extensions_are_refused(tmp_path):
    with pytest.raises(ValueError):
        write_order(tmp_path / "order.pdf", ORDER)
