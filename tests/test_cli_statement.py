"""`kamdesk export statement CLIENT --from --to [--pdf] [--xlsx]`: the client by tax number or id, the files read
back, and refusals in one sentence."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kamdesk.cli import main
from tests import factories
from tests.core.documents.test_offer_pdf import text_of
from tests.core.documents.test_statement_data import invoice, payment


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(company, tmp_path):
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


@pytest.fixture
def client(url):
    """Owes 40,000 Ft before 2026, is invoiced 250,000 Ft and pays 150,000 Ft in January."""
    client = factories.client("Győri Ősz Kft.", tax_number="12892312-2-42", legal_city="Győr")
    invoice(client, "SZ-2025-0100", dt.date(2025, 11, 10), "40000")
    invoice(client, "SZ-2026-0001", dt.date(2026, 1, 15), "250000")
    payment(client, dt.date(2026, 1, 20), "150000", "K-123", "SZ-2026-0001")
    return client


def test_by_tax_number_to_pdf_and_xlsx(capsys, url, client, tmp_path):
    pdf, xlsx = tmp_path / "s.pdf", tmp_path / "s.xlsx"
    code, out, err = run(capsys, "--database", url, "export", "statement", "HU12892312", "--from", "2026-01-01",
                         "--to", "2026-01-31", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, err
    assert out.splitlines() == [f"wrote {pdf}", f"wrote {xlsx}"]
    text = text_of(pdf)
    assert "Folyószámla-egyeztetés" in text and "Győri Ősz Kft." in text and "K-123" in text
    assert "Záró egyenleg" in text and "140 000 Ft" in text  # 40,000 + 250,000 − 150,000
    sheet = openpyxl.load_workbook(xlsx, data_only=True).active
    closing = next(row for row in sheet.iter_rows() if row[1].value == "Záró egyenleg")
    assert closing[5].value == 140000


def test_by_id_in_the_language_asked_for(capsys, url, client, tmp_path):
    pdf = tmp_path / "s.pdf"
    code, _, err = run(capsys, "--database", url, "export", "statement", str(client.id), "--from", "2026-01-16",
                       "--to", "2026-12-31", "--pdf", str(pdf), "--language", "en")
    assert code == 0, err
    text = text_of(pdf)
    assert "Statement of account" in text and "Opening balance" in text and "290,000" in text


@pytest.mark.parametrize(("arguments", "said"), [
    ((), "Say where to: --pdf FILE.pdf and/or --xlsx FILE.xlsx."),
    (("--pdf", "x.pdf", "--from", "2026-13-01"), "--from “2026-13-01” is not a date such as 2026-12-31."),
    (("--pdf", "x.pdf", "--to", "2025-12-31"), "The period ends before it starts."),
])
def test_refusals_in_one_sentence(capsys, url, client, tmp_path, arguments, said):
    options = {"--from": "2026-01-01", "--to": "2026-01-31"}
    options.update(dict(zip(arguments[::2], arguments[1::2], strict=True)))
    flat = [part for pair in options.items() for part in pair]
    code, _, err = run(capsys, "--database", url, "export", "statement", str(client.id), *flat)
    assert code == 1 and said in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_client_is_named(capsys, url, client, tmp_path):
    code, _, err = run(capsys, "--database", url, "export", "statement", "99999999-2-99", "--from", "2026-01-01",
                       "--to", "2026-01-31", "--pdf", str(tmp_path / "x.pdf"))
    assert code == 1 and "There is no client with the tax number or id “99999999-2-99”." in err
