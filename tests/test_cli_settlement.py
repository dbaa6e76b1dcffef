"""`kamdesk import invoices`, `import payments` and `list receivables`: what a script sees."""

import json

import pytest

from kamdesk.cli import main
from kamdesk.core import db
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.services import company
from tests import factories


@pytest.fixture
def url(tmp_path):
    location = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    db.connect(location)
    company.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": "Kiss Anna"})
    factories.client("Győri Ősz Kft.", tax_number="12892312-2-42", payment_terms_days=8)
    db.close()
    return location


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


INVOICES = ("Számlaszám;Vevő;Adószám;Kelte;Esedékesség;Bruttó\n"
            "SZ-1;Győri Ősz Kft.;;2026-10-01;2026-10-09;1 270,00\n"
            "SZ-2;Ismeretlen Bt.;;2026-10-02;2026-10-10;500\n"
            "SZ-3;;12892312-2-42;2026-11-20;2026-11-28;300\n")


def test_import_invoices_then_again_then_list_receivables(capsys, url, tmp_path):
    path = tmp_path / "szamlak.csv"
    path.write_bytes(INVOICES.encode("cp1250"))
    rejected = tmp_path / "rejected.csv"

    assert run(capsys, "--database", url, "import", "invoices", str(path), "--dry-run")[:2] == (
        1, "2 valid (2 new, 0 changed, 0 unchanged), 1 rejected; nothing imported\n")
    code, out, err = run(capsys, "--database", url, "import", "invoices", str(path), "--rejected", str(rejected))
    assert (code, out) == (0, "2 valid (2 new, 0 changed, 0 unchanged), 1 rejected; added 2 invoices, updated 0\n")
    assert err == "row 3: No client is named “Ismeretlen Bt.”.\n"
    assert "Ismeretlen Bt." in rejected.read_text(encoding="utf-8-sig")
    assert run(capsys, "--database", url, "import", "invoices", str(path))[1] == (
        "2 valid (0 new, 0 changed, 2 unchanged), 1 rejected; added 0 invoices, updated 0\n")

    code, out, _ = run(capsys, "--database", url, "list", "receivables", "--as-of", "2026-12-01", "--json")
    assert json.loads(out) == [{"client": "Győri Ősz Kft.", "tax_number": "12892312-2-42", "currency": "HUF",
                                "open": "1570.00", "overdue": "1570.00", "not_due": "0.00", "days_1_30": "300.00",
                                "days_31_60": "1270.00", "days_61_90": "0.00", "days_over_90": "0.00",
                                "unallocated": "0.00"}]
    code, out, _ = run(capsys, "--database", url, "list", "receivables", "--as-of", "2026-10-05", "--json")
    assert [row["not_due"] for row in json.loads(out)] == ["1270.00"]  # SZ-3 was not issued yet


def test_import_payments_allocates_and_a_second_run_adds_nothing(capsys, url, tmp_path):
    invoices = tmp_path / "szamlak.csv"
    invoices.write_text(INVOICES, encoding="utf-8")
    run(capsys, "--database", url, "import", "invoices", str(invoices))
    statement = tmp_path / "bank.csv"
    statement.write_text("Value date;Payer;Tax ID;Amount;Description\n"
                         "2026-11-25;Győri Ősz Kft.;HU12892312;300;SZ-3\n", encoding="utf-8")

    assert run(capsys, "--database", url, "import", "payments", str(statement))[:2] == (
        0, "1 valid (1 new, 0 imported before), 0 rejected; added 1 payments\n")
    assert run(capsys, "--database", url, "import", "payments", str(statement))[1] == (
        "1 valid (0 new, 1 imported before), 0 rejected; added 0 payments\n")
    db.connect(url)
    assert [(i.number, i.open_amount) for i in Invoice.select().order_by(Invoice.number)] == [
        ("SZ-1", 1270), ("SZ-3", 0)]
    assert Payment.select().count() == 1
    db.close()


def test_bad_arguments_are_one_line(capsys, url, tmp_path):
    with pytest.raises(SystemExit):
        main(["--database", url, "list", "receivables", "--as-of", "december"])
    assert "'december' is not a date such as 2026-12-07" in capsys.readouterr().err
    path = tmp_path / "x.csv"
    path.write_text("Name;City\nA;B\n", encoding="utf-8")
    code, _, err = run(capsys, "--database", url, "import", "invoices", str(path))
    assert code == 1 and "looks like the invoice number" in err and "Traceback" not in err
