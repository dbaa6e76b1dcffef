"""The command line of the analytics area: `list analytics` and `export price-worksheet`."""

from __future__ import annotations

import datetime as dt
import json

from openpyxl import load_workbook

from kamdesk.cli import main
from kamdesk.core.models import Order
from kamdesk.core.services import catalogue
from tests import factories

DAY = dt.date(2026, 5, 10)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _sold(client, *items, currency=None):
    """A confirmed order dated DAY (written directly: no service back-dates an order), in `currency` if given."""
    order = factories.order(client.id, dt.date.today(), *((p, q, "0") for p, q in items), confirm=True)
    Order.update(order_date=DAY, **({"currency": currency} if currency else {})).where(Order.id == order.id).execute()


def _market():
    listing = catalogue.save_price_column("Lista", is_default=True)
    milk = factories.product("TEJ", "Tej", "400.50", listing, category="Food / Dairy")
    water = factories.product("VIZ", "Víz", "100", listing, category="Drinks / Water")
    alfa, beta = (factories.client(name, segment="Retail") for name in ("Alfa", "Béta"))
    _sold(alfa, (milk, "2"), (water, "1"))
    _sold(beta, (milk, "1"))  # 400.50 rounds to 401 Ft on the line
    _sold(beta, (water, "3"), currency="EUR")
    return milk, water


def test_list_analytics_as_json_with_exact_money(company, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    _market()
    code, out, _ = run(capsys, "--database", url, "list", "analytics", "--from", "2026-01-01", "--to", "2026-12-31",
                       "--json")
    assert code == 0  # Béta bought water, in euros: a buyer all the same
    assert json.loads(out) == [
        {"segment": "Retail", "category": "Drinks", "revenue": "100.00", "previous": "0.00", "growth": None,
         "buyers": 2, "penetration": "100.0", "previous_penetration": None, "other_currencies": {"EUR": "300.00"}},
        {"segment": "Retail", "category": "Food", "revenue": "1202.00", "previous": "0.00", "growth": None,
         "buyers": 2, "penetration": "100.0", "previous_penetration": None, "other_currencies": {}}]
    code, out, err = run(capsys, "--database", url, "list", "analytics", "--from", "2026-01-01", "--to", "2026-12-31",
                         "--depth", "2", "--segment", "Retail")
    assert code == 0 and "Food / Dairy" in out and "+ 300.00 EUR" in out and "2 segment × category rows" in err


def test_an_unknown_segment_or_a_period_backwards_is_a_plain_error(company, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    code, out, err = run(capsys, "--database", url, "list", "analytics", "--segment", "Nincs ilyen")
    assert code != 0 and "There is no segment called Nincs ilyen." in err and "Traceback" not in err
    code, out, err = run(capsys, "--database", url, "list", "analytics", "--from", "2026-05-01", "--to", "2026-04-30")
    assert code != 0 and "The last day is before the first." in err and "Traceback" not in err


def test_export_price_worksheet_of_a_category(company, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    _market()
    target = tmp_path / "prices.xlsx"
    food = catalogue.category_path("Food").id
    code, out, _ = run(capsys, "--database", url, "export", "price-worksheet", str(target), "--category", str(food),
                       "--segment", "Retail", "--language", "hu")
    assert code == 0 and "1 products" in out
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Árváltoztatási javaslat" and sheet["A6"].value == "TEJ"
    assert "Szegmens: Retail" in sheet["A2"].value
