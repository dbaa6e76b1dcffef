"""The Reports page, driven as a user would: choose a report and its period, Show, save as PDF and Excel, print."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from kamdesk.core.errors import ValidationError
from kamdesk.core.reports.model import ReportPeriod
from kamdesk.core.services import company as company_service
from kamdesk.gui import pdf_print
from kamdesk.gui.reports.reports_page import ReportsPage
from tests import factories
from tests.core.services.test_receivables import invoice, settle
from tests.gui.waiting import finish, settled


@pytest.fixture
def debtors(company, peter):
    """Anna's client owes 1,000 HUF due on 10 November; Péter's 2,000 HUF due on 16 October."""
    anna = factories.client("Alfa Kft.")
    bela = factories.client("Béta Bt.", manager=peter.id)
    invoice(anna, "A-1", dt.date(2026, 10, 1), dt.date(2026, 11, 10), "1000")
    invoice(bela, "B-1", dt.date(2026, 9, 1), dt.date(2026, 10, 16), "2000")
    settle(anna, bela)
    return {"peter": peter}


def open_page(qtbot) -> ReportsPage:
    page = ReportsPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    settled(qtbot)
    return page


def choose(page: ReportsPage, report: str, kind: str, first: dt.date, last: dt.date | None = None) -> None:
    page.report.setCurrentIndex(page.report.findData(report))
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.first.setDate(QDate(first))
    if last:
        page.last.setDate(QDate(last))


def cells(view, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() or "" for column in range(model.columnCount())]


def test_show_a_report_its_tables_and_totals(qtbot, debtors):
    page = open_page(qtbot)
    assert {"receivables", "refusals"} <= {page.report.itemData(n) for n in range(page.report.count())}
    choose(page, "receivables", "month", dt.date(2026, 11, 15))
    finish(qtbot, page.show_report())
    assert page.heading.text() == "Receivables — As of 30 Nov 2026"
    assert [page.tabs.tabText(n) for n in range(page.tabs.count())] == ["By manager, HUF", "By client, HUF"]
    view = page.tabs.widget(1).findChild(QTableView, "report_table")
    assert cells(view, 0)[:2] == ["Béta Bt.", ""] and cells(view, 1)[0] == "Alfa Kft."
    totals = cells(view, 2)
    assert totals[0] == "Total" and "HUF 3,000" in totals
    assert view.model().index(2, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_the_period_is_a_month_a_week_or_two_days(qtbot, company):
    page = open_page(qtbot)
    choose(page, "refusals", "week", dt.date(2026, 12, 3))
    assert page.last.isHidden()
    assert page.request().period == ReportPeriod(dt.date(2026, 11, 30), dt.date(2026, 12, 6), "week")
    choose(page, "refusals", "range", dt.date(2026, 11, 3), dt.date(2026, 11, 9))
    assert not page.last.isHidden()
    assert page.request().period == ReportPeriod(dt.date(2026, 11, 3), dt.date(2026, 11, 9), "range")
    choose(page, "refusals", "range", dt.date(2026, 11, 9), dt.date(2026, 11, 3))
    with pytest.raises(ValidationError, match="The last day is before the first."):
        page.request()


def test_save_pdf_and_excel_and_print_in_landscape(qtbot, debtors, tmp_path):
    page = open_page(qtbot)
    choose(page, "receivables", "month", dt.date(2026, 11, 1))
    finish(qtbot, page.show_report())
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    finish(qtbot, page.save_pdf(str(pdf)))
    finish(qtbot, page.save_xlsx(str(xlsx)))
    assert pdf_print.is_landscape(pdf) and pdf_print.page_count(pdf) == 1  # thirteen columns: landscape
    assert openpyxl.load_workbook(xlsx).sheetnames == ["By manager, HUF", "By client, HUF"]
    finish(qtbot, page.print_report())
    qtbot.waitUntil(page.preview.isVisible)
    assert page.preview.printer.pageLayout().orientation().name == "Landscape"
    page.preview.close()


def test_a_key_account_manager_chooses_no_manager_and_gets_their_own(qtbot, debtors, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)  # as the team server judges a manager
    company_service.set_current_manager(debtors["peter"].id)
    page = open_page(qtbot)
    assert page.manager.isHidden()
    choose(page, "receivables", "month", dt.date(2026, 11, 1))
    assert page.request().manager_id == debtors["peter"].id
    finish(qtbot, page.show_report())
    assert page.heading.text().endswith("Manager: Nagy Péter")


def test_the_chosen_report_appears_by_itself_and_follows_a_changed_choice(qtbot, debtors):
    page = open_page(qtbot)
    qtbot.waitUntil(lambda: page.document is not None, timeout=5000)
    assert page.document.name == page.report.currentData()
    choose(page, "receivables", "month", dt.date(2026, 11, 1))
    qtbot.waitUntil(lambda: page.document.name == "receivables" and not page.reading.isVisible(), timeout=5000)
    assert page.heading.text() == "Receivables — As of 30 Nov 2026"
    choose(page, "receivables", "range", dt.date(2026, 11, 30), dt.date(2026, 11, 1))
    qtbot.waitUntil(lambda: "before the first" in page.heading.text(), timeout=5000)  # said, not a dialog
