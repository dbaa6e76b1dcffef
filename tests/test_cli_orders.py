"""The command line for the catalogue and orders: export order/catalogue, import prices, list orders/products."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal as D

import openpyxl
import pytest

from kamdesk.cli import main
from kamdesk.core.documents.order_sheet import HEADERS
from kamdesk.core.models import Client, PriceColumn, Product
from kamdesk.core.services import catalogue, sale
from tests import factories

DAY = dt.date(2026, 11, 30)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(company, tmp_path):
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


@pytest.fixture
def trade(url):
    """Milk and water at list price (wholesale 8 % below), a confirmed order of Kovács, a draft of Alfa."""
    listing, _ = factories.price_columns(percent="-8")
    milk = factories.product("TEJ-001", "Friss tej 2,8% 1 l", "329", listing, unit="db", vat_rate=5,
                             category="Élelmiszer / Tejtermék")
    water = factories.product("VIZ-001", "Ásványvíz 1,5 l", "1490", listing, unit="karton", vat_rate=27)
    kovacs = factories.client("Kovács és Társa Kft.", legal_city="Győr")
    alfa = factories.client("Alfa Bt.", legal_city="Pécs")
    confirmed = factories.order(kovacs.id, DAY, (milk, "24", "0"), (water, "3", "2.5"), confirm=True)
    draft = factories.order(alfa.id, DAY + dt.timedelta(1), (water, "1", "0"))
    return {"milk": milk, "water": water, "kovacs": kovacs, "alfa": alfa, "confirmed": confirmed, "draft": draft}


# ---------------------------------------------------------------- export order

def test_export_order_to_xlsx_and_csv(capsys, url, trade, tmp_path):
    number = trade["confirmed"].number
    code, out, _ = run(capsys, "--database", url, "export", "order", number, str(tmp_path / "o.xlsx"))
    assert code == 0 and f"exported order {number} (2 lines)" in out
    rows = list(openpyxl.load_workbook(tmp_path / "o.xlsx").active.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADERS) and len(rows) == 3
    assert rows[1][HEADERS.index("sku")] == "TEJ-001" and rows[1][HEADERS.index("net_amount")] == 7896
    code, _, _ = run(capsys, "--database", url, "export", "order", number, str(tmp_path / "o.csv"))
    assert code == 0
    with open(tmp_path / "o.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["sku"], r["quantity"], r["net_amount"]) for r in lines] == [
        ("TEJ-001", "24", "7896.00"), ("VIZ-001", "3", "4358.00")]  # 3 × 1490 × 0.975 = 4358.25


def test_export_order_refuses_drafts_and_unknown_numbers(capsys, url, trade, tmp_path):
    code, out, err = run(capsys, "--database", url, "export", "order", trade["draft"].number, str(tmp_path / "d.csv"))
    assert code == 1 and out == ""
    assert f"kamdesk: Order {trade['draft'].number} is a draft" in err
    code, _, err = run(capsys, "--database", url, "export", "order", "ORD-1999-00001", str(tmp_path / "x.csv"))
    assert code == 1 and "There is no order numbered ORD-1999-00001" in err
    assert not list(tmp_path.glob("*.csv"))


# ---------------------------------------------------------------- prices

def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)


def test_import_prices_dry_run_then_for_real_with_new_columns(capsys, url, trade, tmp_path):
    path = tmp_path / "arlista.csv"
    write_csv(path, [["Cikkszám", "Megnevezés", "ÁFA", "Listaár", "Akciós ár", "Megjegyzés"],
                     ["TEJ-001", "Friss tej 2,8% 1 l", "5", "339", "319", "új ár"],
                     ["KAK-1", "Kakaó 250 g", "27", "899", "", ""]])
    code, out, err = run(capsys, "--database", url, "import", "prices", str(path), "--dry-run")
    assert code == 0
    assert out.strip() == "2 valid (1 new products), 0 rejected; nothing imported"
    assert "columns not imported: Megjegyzés" in err and "not created (--create-columns creates them): Akciós ár" in err
    assert not Product.select().where(Product.sku == "KAK-1").exists()
    code, out, _ = run(capsys, "--database", url, "import", "prices", str(path), "--create-columns")
    assert code == 0 and "created 1 and updated 1 products" in out
    column = PriceColumn.get(PriceColumn.name == "Akciós ár")
    assert catalogue.column_prices([trade["milk"].id], column.id) == {trade["milk"].id: D("319.00")}
    assert catalogue.column_prices([trade["milk"].id], catalogue.default_column().id) == {trade["milk"].id: D("339.00")}


def test_import_prices_with_a_bad_row_imports_nothing(capsys, url, trade, tmp_path):
    path = tmp_path / "arlista.csv"
    write_csv(path, [["SKU", "Name", "Listaár", "Nagyker"], ["TEJ-001", "", "349", ""], ["KAK-1", "Kakaó", "-5", ""],
                     ["VIZ-001", "", "1490", "1400"]])
    code, out, err = run(capsys, "--database", url, "import", "prices", str(path))
    assert code == 1
    assert out.strip() == "2 valid (0 new products), 1 rejected; nothing imported"
    assert "row 3: “Listaár”: a price cannot be negative (-5)." in err
    assert "columns not imported: Nagyker" in err  # derived: its prices are computed
    assert catalogue.column_prices([trade["milk"].id], catalogue.default_column().id) == {trade["milk"].id: D("329.00")}


def test_import_prices_needs_an_sku_column(capsys, url, trade, tmp_path):
    path = tmp_path / "arlista.csv"
    write_csv(path, [["Termék", "Ár"], ["Tej", "300"]])
    code, _, err = run(capsys, "--database", url, "import", "prices", str(path))
    assert code == 1 and "looks like the SKU" in err and "Termék, Ár" in err


def test_export_catalogue_imports_back_unchanged(capsys, url, trade, tmp_path):
    path = tmp_path / "katalogus.xlsx"
    code, out, _ = run(capsys, "--database", url, "export", "catalogue", str(path))
    assert code == 0 and out.strip() == f"exported 2 products to {path}"
    header = next(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert header[-2:] == ("Listaár", "Nagyker (Listaár −8 %)")
    code, out, _ = run(capsys, "--database", url, "import", "prices", str(path))
    assert code == 0 and out.strip() == "2 valid (0 new products), 0 rejected; created 0 and updated 0 products"
    code, _, err = run(capsys, "--database", url, "export", "catalogue", str(tmp_path / "k.ods"))
    assert code == 1 and "xlsx or .csv" in err


# ---------------------------------------------------------------- lists

def test_list_orders_json_with_exact_amounts(capsys, url, trade):
    code, out, _ = run(capsys, "--database", url, "list", "orders", "--json")
    assert code == 0
    orders = json.loads(out)
    assert [o["number"] for o in orders] == [trade["draft"].number, trade["confirmed"].number]
    first = orders[1]
    assert set(first) >= {"number", "client", "state", "net_total", "vat_total", "gross_total", "order_date"}
    stored = sale.get_order(trade["confirmed"].id)
    assert (first["client"], first["state"], first["order_date"]) == ("Kovács és Társa Kft.", "confirmed",
                                                                      "2026-11-30")
    assert (first["net_total"], first["vat_total"], first["gross_total"]) == (
        str(stored.net_total), str(stored.vat_total), str(stored.gross_total))
    assert first["net_total"] == "12254.00" and D(first["gross_total"]) == D(first["net_total"]) + D(first["vat_total"])


def test_list_orders_filters(capsys, url, trade):
    code, out, _ = run(capsys, "--database", url, "list", "orders", "--state", "draft", "--json")
    assert [o["number"] for o in json.loads(out)] == [trade["draft"].number]
    code, out, _ = run(capsys, "--database", url, "list", "orders", "--client", str(trade["kovacs"].id), "--json")
    assert [o["number"] for o in json.loads(out)] == [trade["confirmed"].number]
    code, out, err = run(capsys, "--database", url, "list", "orders")
    assert code == 0 and trade["confirmed"].number in out and "Alfa Bt." in out and "2 orders" in err
    code, _, err = run(capsys, "--database", url, "list", "orders", "--state", "sent")
    assert code == 1 and "no order state “sent”" in err
    code, _, err = run(capsys, "--database", url, "list", "orders", "--client", "999")
    assert code == 1 and "no client with id 999" in err


def test_list_products(capsys, url, trade):
    code, out, _ = run(capsys, "--database", url, "list", "products", "--search", "ASVANY", "--json")
    assert code == 0
    assert json.loads(out) == [{"id": trade["water"].id, "sku": "VIZ-001", "name": "Ásványvíz 1,5 l",
                                "unit": "karton", "vat_rate": "27.00"}]
    catalogue.save_product({"sku": "OLD-1", "name": "Régi", "active": False})
    code, out, err = run(capsys, "--database", url, "list", "products")
    assert code == 0 and "TEJ-001" in out and "OLD-1" not in out and "2 products" in err
    code, out, _ = run(capsys, "--database", url, "list", "products", "--all", "--json")
    assert [p["sku"] for p in json.loads(out)] == ["OLD-1", "TEJ-001", "VIZ-001"]


def test_new_clients_get_the_default_price_column(url, trade):
    from kamdesk.core.services.catalogue import default_column

    assert Client.get_by_id(trade["kovacs"].id).price_column_id == default_column().id


def test_demo_orders_can_be_listed_and_handed_over(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    code, _, _ = run(capsys, "--database", url, "demo", "--clients", "120", "--seed", "5", "--lang", "hu")
    assert code == 0
    code, out, _ = run(capsys, "--database", url, "list", "orders", "--state", "delivered", "--limit", "3", "--json")
    delivered = json.loads(out)
    assert code == 0 and len(delivered) == 3 and {o["state"] for o in delivered} == {"delivered"}
    assert all(D(o["gross_total"]) == D(o["net_total"]) + D(o["vat_total"]) for o in delivered)
    number = delivered[0]["number"]
    code, out, _ = run(capsys, "--database", url, "export", "order", number, str(tmp_path / "order.csv"))
    assert code == 0
    with open(tmp_path / "order.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle, delimiter=";"))
    assert {line["order_number"] for line in lines} == {number}
    assert sum(D(line["net_amount"]) for line in lines) == D(delivered[0]["net_total"])
    code, out, _ = run(capsys, "--database", url, "list", "orders", "--state", "draft", "--json")
    assert json.loads(out)
    code, out, err = run(capsys, "--database", url, "export", "order", json.loads(out)[0]["number"],
                         str(tmp_path / "draft.xlsx"))
    assert code == 1 and "is a draft" in err
    code, out, _ = run(capsys, "--database", url, "list", "products", "--search", "tej", "--json")
    assert code == 0 and json.loads(out)[0]["sku"].startswith("TEJ-")


@pytest.mark.parametrize("what, declared", [("offers", "draft, sent, accepted, rejected, expired"),
                                            ("contracts", "draft, sent, active, expiring, expired, terminated")])
def test_an_unknown_state_is_refused_with_the_declared_ones(tmp_path, capsys, what, declared):
    """The states a list accepts are the workflow's, named once in the core."""
    code = main(["--database", f"sqlite:///{tmp_path / 'k.db'}", "list", what, "--state", "lost"])
    assert code == 1
    assert f"Unknown state “lost”: use {declared}." in capsys.readouterr().err


def test_a_huge_unknown_state_is_quoted_short(tmp_path, capsys):
    code = main(["--database", f"sqlite:///{tmp_path / 'k.db'}", "list", "offers", "--state", "x" * 100_000])
    err = capsys.readouterr().err
    assert code == 1 and "Unknown state “" + "x" * 40 + "…”" in err and len(err) < 300
