"""Every report of the registry drawn from one small database: its PDF has its fonts embedded and prints each
table's title; LibreOffice, recalculating each workbook, computes what the workbook caches."""

import datetime as dt
import subprocess

import openpyxl
import pytest

from kamdesk.core.models import Activity
from kamdesk.core.reports import REPORTS, available, builder
from kamdesk.core.reports.model import ReportRequest, resolve_period
from kamdesk.core.reports.pdf import write_report_pdf
from kamdesk.core.reports.xlsx import write_report_xlsx
from kamdesk.core.services import company as company_service
from kamdesk.core.services import plans, sale
from kamdesk.core.services.plans import PlanKey
from tests import factories
from tests.core.services.test_receivables import invoice, settle
from tests.office import program, recalculated

MONTH = resolve_period("2026-11")


@pytest.fixture
def november(company, peter):
    """In November 2026: Anna sold milk and bread on a plan of 5,000, Péter's client cancelled an order, a call
    was made and a visit planned; an invoice of Anna's client is overdue."""
    shop = factories.shop()
    anna = company_service.current_manager().id
    client = shop["client"]
    factories.order(client.id, dt.date(2026, 11, 5), (shop["milk"], "10", "0"), (shop["bread"], "2", "0"),
                    confirm=True)
    bela = factories.client("Béta Bt.", manager=peter.id)
    sale.cancel_order(factories.order(bela.id, dt.date(2026, 11, 6), (shop["bread"], "1", "0")).id, "price")
    plans.set_plan(PlanKey(MONTH.first, "sales", anna), "5000")
    Activity.create(owner=anna, kind="call", starts_at=dt.datetime(2026, 11, 3, 9), state="done", result="reached",
                    client=client.id)
    Activity.create(owner=anna, kind="visit", starts_at=dt.datetime(2026, 11, 4, 9), client=client.id)
    invoice(client, "A-1", dt.date(2026, 10, 1), dt.date(2026, 11, 10), "1000")
    settle(client)


def test_every_report_of_the_registry_is_installed():
    assert available() == list(REPORTS)


def test_every_report_draws_a_pdf_and_a_workbook_libreoffice_agrees_with(november, tmp_path):
    workbooks = []
    for name in available():
        document = builder(name)(ReportRequest(name, MONTH, None, "hu", dt.date(2026, 12, 5)))
        pdf, xlsx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.xlsx"
        write_report_pdf(pdf, document)
        write_report_xlsx(xlsx, document)
        fonts = subprocess.run([program("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
        assert all(row.split()[-5] == "yes" for row in fonts.splitlines()[2:]), (name, fonts)
        text = " ".join(subprocess.run([program("pdftotext"), str(pdf), "-"], check=True, capture_output=True,
                                       text=True).stdout.split())
        assert document.title in text and all(" ".join(table.title.split()) in text for table in document.tables)
        workbooks.append(xlsx)
    checked = 0
    for path, computed in zip(workbooks, recalculated(workbooks, tmp_path), strict=True):
        formulas = openpyxl.load_workbook(path)
        cached, recomputed = openpyxl.load_workbook(path, data_only=True), openpyxl.load_workbook(computed,
                                                                                                    data_only=True)
        for sheet in formulas.worksheets:
            for row in sheet.iter_rows():
                for cell in (cell for cell in row if isinstance(cell.value, str) and cell.value.startswith("=")):
                    mine = cached[sheet.title][cell.coordinate].value
                    theirs = recomputed[sheet.title][cell.coordinate].value
                    assert (mine is None and theirs in (None, "")) or theirs == pytest.approx(mine), (
                        path.name, sheet.title, cell.coordinate, cell.value, mine, theirs)
                    checked += 1
    assert checked > 40
