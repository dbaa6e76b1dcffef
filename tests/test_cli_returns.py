"""The command line of the refusals area: `list returns` and `export refusals`."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import openpyxl
import pytest

from kamdesk.cli import main
from kamdesk.core.services import returns, sale
from tests import factories

TODAY = dt.date.today()


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(company, tmp_path):
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


@pytest.fixture
def returned(url):
    """Kovács got 10 litres of milk and sent 3 back, damaged; Alfa cancelled an order for its price."""
    shop = factories.shop()
    order = factories.order(shop["client"].id, TODAY, (shop["milk"], "10", "0"), confirm=True)
    line = sale.order_lines(order.id)[0]
    sale.ship_order(order.id, {line.id: D(10)})
    returns.save_return({"order_line_id": line.id, "quantity": "3", "reason": "damaged", "note": "Broken",
                         "returned_on": TODAY})
    alfa = factories.client("Alfa Bt.")
    cancelled = factories.order(alfa.id, TODAY, (shop["bread"], "2", "0"))
    sale.cancel_order(cancelled.id, "price")
    return {"order": order, "client": shop["client"], "alfa": alfa}


def test_list_returns_as_json_and_for_people(capsys, url, returned):
    code, out, _ = run(capsys, "--database", url, "list", "returns", "--json")
    assert code == 0
    assert json.loads(out) == [{
        "id": 1, "returned_on": TODAY.isoformat(), "order": returned["order"].number, "client": "Kovács Kft.",
        "client_id": returned["client"].id, "manager": "Kiss Anna", "sku": "TEJ-1", "product": "Tej 1 l",
        "quantity": "3", "unit": "pc", "reason": "damaged", "note": "Broken", "expected_credit": "1271.00",
        "currency": "HUF", "credit_note": None}]
    code, out, err = run(capsys, "--database", url, "list", "returns", "--client", str(returned["alfa"].id))
    assert code == 0 and out == "" and "0 returns" in err
    code, out, err = run(capsys, "--database", url, "list", "returns", "--from", TODAY.isoformat())
    assert code == 0 and "TEJ-1" in out and "1271.00 HUF" in out and "1 returns" in err


def test_a_wrong_day_or_client_is_one_line(capsys, url, returned):
    with pytest.raises(SystemExit):
        run(capsys, "--database", url, "list", "returns", "--from", "yesterday")
    assert "is not a day such as 2026-12-07" in capsys.readouterr().err
    code, _, err = run(capsys, "--database", url, "list", "returns", "--client", "999")
    assert code != 0 and "no client with id 999" in err and "Traceback" not in err


def test_export_refusals_writes_the_analysis(capsys, url, returned, tmp_path):
    target = tmp_path / "refusals.xlsx"
    code, out, _ = run(capsys, "--database", url, "export", "refusals", str(target), "--from", TODAY.isoformat())
    assert code == 0 and "2 refusals" in out
    reasons = [row for row in openpyxl.load_workbook(target)["Reason"].iter_rows(values_only=True)]
    # Alfa buys bread at list price: 2 × 1249.50 + 5 % VAT; the larger value first among equal counts
    assert reasons[1:] == [("Price", 0, 1, 0, 1, 2624), ("Damaged", 1, 0, 0, 1, 1271), ("Total", 1, 1, 0, 2, 3895)]
