"""`kamdesk report NAME`: the tables as text, or a PDF and a workbook; periods, a manager, and plain errors."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kamdesk.cli import main
from kamdesk.core.services import company as company_service
from tests import factories
from tests.core.services.test_receivables import invoice, settle


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(company, peter, tmp_path):
    """Anna's client owes 1,000 HUF from an invoice due on 10 November; Péter's 2,000 HUF due on 16 October."""
    anna = factories.client("Alfa Kft.")
    bela = factories.client("Béta Bt.", manager=peter.id)
    invoice(anna, "A-1", dt.date(2026, 10, 1), dt.date(2026, 11, 10), "1000")
    invoice(bela, "B-1", dt.date(2026, 9, 1), dt.date(2026, 10, 16), "2000")
    settle(anna, bela)
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


def test_a_report_is_printed_as_text_in_the_desks_language(url, capsys):
    company_service.set_language("hu")
    code, out, _ = run(capsys, "--database", url, "report", "receivables", "--period", "2026-11")
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == ["Kintlévőségek", "Állapot: 2026. 11. 30."]
    assert lines[lines.index("Ügyfelenként, HUF") + 2].startswith("Béta Bt.")  # the most overdue first
    assert lines[lines.index("Ügyfelenként, HUF") + 3].startswith("Alfa Kft.")
    totals = [line for line in lines if line.startswith("Összesen")]
    assert len(totals) == 2 and all("3 000 Ft" in line for line in totals)  # by manager and by client


def test_a_manager_by_name_and_the_files_written(url, capsys, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    code, out, _ = run(capsys, "--database", url, "report", "receivables", "--week", "2026-W48",
                       "--manager", "Nagy Péter", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0 and out.split() == ["wrote", str(pdf), "wrote", str(xlsx)]
    assert pdf.read_bytes().startswith(b"%PDF")
    sheet = openpyxl.load_workbook(xlsx, data_only=True)["By client, HUF"]
    assert sheet["A2"].value == "As of 29 Nov 2026 · Manager: Nagy Péter"
    assert [sheet["A7"].value, sheet["A8"].value] == ["Béta Bt.", "Total"]


def test_refusals_between_two_days(url, capsys):
    code, out, _ = run(capsys, "--database", url, "report", "refusals", "--from", "2026-11-01", "--to", "2026-11-15")
    assert code == 0
    assert out.splitlines()[:2] == ["Refusals and returns", "2026-11-01 – 2026-11-15"]
    assert "Cancelled orders" in out


@pytest.mark.parametrize(("args", "error"), [
    (("--manager", "Senki"), "There is no manager “Senki”; managers: Kiss Anna, Nagy Péter."),
    (("--period", "2026-13"), "2026-13 is not a month; write it as 2026-11."),
    (("--from", "2026-11-01"), "Give both the first and the last day."),
    (("--period", "2026-11", "--from", "2026-11-01", "--to", "2026-11-02"),
     "Give a month, a week or two days, not more than one."),
])
def test_what_cannot_be_is_said_in_one_line(url, capsys, args, error):
    code, out, err = run(capsys, "--database", url, "report", "receivables", *args)
    assert (code, out, err.strip()) == (1, "", f"kamdesk: {error}")


def test_an_unknown_report_is_answered_with_the_reports_there_are(url, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--database", url, "report", "nothing"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "invalid choice: 'nothing'" in err and "'receivables'" in err


def test_a_key_account_manager_may_not_ask_for_anothers_report(url, capsys, peter, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)  # as the team server judges a manager
    company_service.set_current_manager(peter.id)
    code, _, err = run(capsys, "--database", url, "report", "receivables", "--manager", "Kiss Anna")
    assert code == 1 and "own clients only" in err
    code, out, _ = run(capsys, "--database", url, "report", "receivables", "--period", "2026-11")
    assert code == 0 and "Béta Bt." in out and "Alfa Kft." not in out
