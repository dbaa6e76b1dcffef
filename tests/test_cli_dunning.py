"""`kamdesk list dunning`: the clients with overdue debt and their next step, as a script sees them."""

import datetime as dt
import json
from decimal import Decimal as D

import pytest

from kamdesk.cli import main
from kamdesk.core import db
from kamdesk.core.db import database
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.services import company, dunning, receivables
from tests import factories

@pytest.fixture
def url(tmp_path):
    location = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    db.connect(location)
    company.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": "Kiss Anna"})
    today, ids = dt.date.today(), {}
    for name, age, gross in (("Győri Ősz Kft.", 20, "1234.50"), ("Ózdi Tüzép Bt.", 70, "99"),
                             ("Zalai Kft.", -3, "500")):
        client = factories.client(name)
        ids[name] = client.id
        due = today - dt.timedelta(days=age)
        Invoice.create(number=f"INV-{client.id}", client=client, issue_date=due - dt.timedelta(days=8), due_date=due,
                       gross_amount=D(gross), net_amount=D(gross), open_amount=D(gross))
        with database.atomic():
            receivables.reallocate([client.id])
    dunning.take_step(ids["Ózdi Tüzép Bt."], "final")  # the final notice went out today
    db.close()
    return location


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_dunning_as_json_with_exact_amounts(capsys, url):
    code, out, _ = run(capsys, "--database", url, "list", "dunning", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["client"], r["step"], r["oldest_overdue_days"], r["overdue"], r["last_step"]) for r in rows] == [
        ("Győri Ősz Kft.", "first_notice", 20, "1234.50", None),
        ("Ózdi Tüzép Bt.", None, 70, "99.00", "final")]


def test_list_dunning_for_people_and_only_the_due(capsys, url):
    code, out, err = run(capsys, "--database", url, "list", "dunning", "--due")
    assert code == 0
    assert out.splitlines() == [f"{'first_notice':<24}     20 d  {'1234.50':>15} HUF  Győri Ősz Kft."]
    assert err.strip() == "1 clients with overdue debt"
