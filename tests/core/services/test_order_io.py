"""Orders out: the hand-over export of a confirmed order (read back), drafts refused, order lists."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal as D

import openpyxl
import pytest

from kamdesk.core.documents.order_sheet import HEADERS
from kamdesk.core.errors import KamdeskError, NotFound, ValidationError, WorkflowError
from kamdesk.core.services import catalogue, sale
from kamdesk.core.services.order_io import export_order, list_orders
from tests import factories

DAY = dt.date(2026, 11, 30)


@pytest.fixture
def store(company):
    """Water (10+1 on DAY) and bread at list price; Kovács buys 10 % below it, Alfa at list price."""
    listing, wholesale = factories.price_columns()
    water = factories.product("VIZ-1", "Ásványvíz 1,5 l", "1490", listing, unit="karton", vat_rate=27)
    bread = factories.product("KEN-2", "Kenyér", "1249.50", listing, unit="db", vat_rate=5)
    catalogue.save_promotion({"name": "10+1 víz", "starts_on": DAY, "ends_on": DAY, "kind": "bundle",
                              "buy_quantity": 10, "free_quantity": 1}, product_ids=[water.id])
    client = factories.client("Kovács és Társa Kft.", tax_number="12345676-2-13", legal_postcode="9021",
                              legal_city="Győr", legal_street="Baross út 1.", payment_terms_days=15,
                              price_column=wholesale.id)
    return {"water": water, "bread": bread, "client": client, "other": factories.client("Alfa Bt.")}


def place(store, client, *lines, day=DAY, confirm=True):
    return factories.order(client.id, day, *lines, confirm=confirm, delivery_date=day + dt.timedelta(2),
                           notes="Reggel 6 és 10 között")


def test_a_confirmed_order_exports_to_xlsx_with_its_stored_figures(store, tmp_path):
    order = place(store, store["client"], (store["water"], "12", "0"), (store["bread"], "3.5", "2.5"))
    path = tmp_path / "order.xlsx"
    assert export_order(order.number, path) == 2
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADERS)
    first, second = (dict(zip(HEADERS, r, strict=True)) for r in rows[1:])
    assert first["order_number"] == order.number == "ORD-2026-00001"
    assert first["order_date"].date() == DAY and first["delivery_date"].date() == DAY + dt.timedelta(2)
    assert (first["client_name"], first["client_tax_number"]) == ("Kovács és Társa Kft.", "12345676-2-13")
    assert first["delivery_address"] == "9021 Győr Baross út 1."
    assert (first["payment_terms_days"], first["currency"]) == (15, "HUF")
    assert (first["line_no"], first["sku"], first["product_name"], first["unit"]) == (
        1, "VIZ-1", "Ásványvíz 1,5 l", "karton")
    assert (first["quantity"], first["free_quantity"]) == (12, 1)  # buy 10 get 1
    assert (first["list_price"], first["unit_price"], first["net_amount"], first["vat_rate"]) == (
        1341, 1341, 16092, 27)  # 1490 × 0.9
    assert (second["quantity"], second["discount_percent"], second["list_price"]) == (3.5, 2.5, 1125)
    assert second["net_amount"] == 3839  # 3.5 × 1125 × 0.975 = 3839.06
    stored = sale.get_order(order.id)
    assert (first["order_net_total"], first["order_vat_total"], first["order_gross_total"]) == (
        stored.net_total, stored.vat_total, stored.gross_total)
    assert first["order_notes"] == "Reggel 6 és 10 között"


def test_the_csv_holds_exact_decimal_strings(store, tmp_path):
    order = place(store, store["client"], (store["water"], "12", "0"), (store["bread"], "3.5", "2.5"))
    path = tmp_path / "order.csv"
    assert export_order(f" {order.number} ", path) == 2
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["line_no"], r["sku"], r["quantity"], r["free_quantity"], r["unit_price"], r["discount_percent"],
             r["net_amount"], r["vat_rate"]) for r in rows] == [
        ("1", "VIZ-1", "12", "1", "1341.00", "0", "16092.00", "27"),
        ("2", "KEN-2", "3.5", "0", "1125.00", "2.5", "3839.00", "5")]
    assert sum(D(r["net_amount"]) for r in rows) == D(rows[0]["order_net_total"]) == order.net_total
    assert D(rows[0]["order_gross_total"]) == order.gross_total


def test_shipped_and_delivered_orders_export_too(store, tmp_path):
    order = place(store, store["client"], (store["bread"], "2", "0"))
    line = sale.order_lines(order.id)[0]
    sale.ship_order(order.id, {line.id: D(1)}, shipped_on=DAY)
    assert export_order(order.number, tmp_path / "shipped.csv") == 1
    sale.ship_order(order.id, {line.id: D(1)}, shipped_on=DAY)
    assert sale.get_order(order.id).state == "delivered"
    assert export_order(order.number, tmp_path / "delivered.xlsx") == 1


def test_drafts_and_cancelled_orders_are_refused(store, tmp_path):
    draft = place(store, store["client"], (store["bread"], "1", "0"), confirm=False)
    with pytest.raises(WorkflowError, match="is a draft: confirm it") as error:
        export_order(draft.number, tmp_path / "draft.xlsx")
    assert error.value.message.params == {"number": draft.number}
    sale.cancel_order(draft.id, "price")
    with pytest.raises(WorkflowError, match="cancelled"):
        export_order(draft.number, tmp_path / "draft.xlsx")
    assert not (tmp_path / "draft.xlsx").exists()


def test_unknown_numbers_and_formats(store, tmp_path):
    with pytest.raises(NotFound, match="ORD-1999-00001"):
        export_order("ORD-1999-00001", tmp_path / "x.csv")
    order = place(store, store["client"], (store["bread"], "1", "0"))
    with pytest.raises(KamdeskError, match="xlsx or .csv"):
        export_order(order.number, tmp_path / "x.pdf")


def test_list_orders_newest_first_by_client_and_state(store):
    first = place(store, store["client"], (store["bread"], "1", "0"), day=DAY - dt.timedelta(3))
    second = place(store, store["other"], (store["water"], "1", "0"), day=DAY - dt.timedelta(1), confirm=False)
    third = place(store, store["client"], (store["water"], "2", "0"))
    assert [o.number for o in list_orders()] == [third.number, second.number, first.number]
    assert [o.number for o in list_orders(client_id=store["client"].id)] == [third.number, first.number]
    assert [o.number for o in list_orders(state="draft")] == [second.number]
    assert [o.number for o in list_orders(limit=1)] == [third.number]
    summary = list_orders(state="draft")[0]
    assert (summary.client, summary.client_id, summary.manager, summary.order_date) == (
        "Alfa Bt.", store["other"].id, "Kiss Anna", DAY - dt.timedelta(1))
    assert (summary.net_total, summary.vat_total, summary.gross_total) == (
        second.net_total, second.vat_total, second.gross_total)
    assert isinstance(summary.gross_total, D)
    with pytest.raises(ValidationError, match="no order state “sent”"):
        list_orders(state="sent")
