"""The Refusals & returns workbook, read back with openpyxl."""

import datetime as dt
from decimal import Decimal as D

from openpyxl import load_workbook

from kamdesk.core.documents.refusals_xlsx import write_refusals_xlsx
from kamdesk.core.services.refusals import (
    CANCELLED_ORDER,
    LOST_OFFER,
    RETURN,
    Analysis,
    Group,
    Refusal,
    RefusalFilter,
    Trend,
    grouped,
)

DAY = dt.date(2026, 11, 3)
RECORDS = [
    Refusal(RETURN, 1, DAY, "ORD-2026-00007", 1, "Kovács Kft.", 1, "Kiss Anna", "damaged", "", D("1271.00"), "HUF",
            "TEJ-1 Tej 1 l", D("3")),
    Refusal(CANCELLED_ORDER, 2, DAY - dt.timedelta(days=40), "ORD-2026-00002", 1, "Kovács Kft.", 1, "Kiss Anna",
            "price", "=cheaper elsewhere", D("6599.00"), "HUF"),
    Refusal(LOST_OFFER, 3, DAY, "OFF-2026-0001", 2, "Alfa Zrt.", 1, "Kiss Anna", "price", "", D("120.50"), "EUR"),
]


def analysis() -> Analysis:
    flt = RefusalFilter(date_from=DAY - dt.timedelta(days=59), date_to=DAY)
    groups = {dimension: grouped(RECORDS, dimension) for dimension in ("reason", "client", "manager", "month")}
    milk = Group(10, "TEJ-1 Tej 1 l")
    milk.add(RETURN, "HUF", D("1271.00"))
    groups["product"] = [milk]
    trend = Trend({RETURN: 1, CANCELLED_ORDER: 1, LOST_OFFER: 1}, {RETURN: 3, CANCELLED_ORDER: 0, LOST_OFFER: 1})
    return Analysis(flt, RECORDS, groups, trend)


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_every_breakdown_has_its_sheet_with_counts_values_and_totals(tmp_path):
    path = tmp_path / "refusals.xlsx"
    write_refusals_xlsx(path, analysis())
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Reason", "Product", "Client", "Manager", "Month", "Records"]
    reason = rows(book["Reason"])
    assert reason[0] == ["Reason", "Returns", "Cancelled orders", "Lost offers", "Total", "Value EUR", "Value HUF"]
    assert reason[1] == ["Price", 0, 1, 1, 2, 120.5, 6599]
    assert reason[2] == ["Damaged", 1, 0, 0, 1, 0, 1271]
    assert reason[3] == ["Total", 1, 1, 1, 3, 120.5, 7870]
    assert book["Reason"]["G2"].number_format == "#,##0" and book["Reason"]["F2"].number_format == "#,##0.00"
    assert [r[0] for r in rows(book["Month"])[1:]] == ["2026-09", "2026-11", "Total"]
    summary = rows(book["Summary"])
    assert summary[1][1] == dt.datetime(2026, 9, 5) and summary[4:7] == [
        ["Kind", "This period", "The period before", "Change"], ["Returns", 1, 3, -2], ["Cancelled orders", 1, 0, 1]]


def test_records_are_listed_whole_and_a_formula_stays_text(tmp_path):
    path = tmp_path / "refusals.xlsx"
    write_refusals_xlsx(path, analysis(), translate=lambda text: text.upper())
    book = load_workbook(path)
    assert book.sheetnames[-1] == "RECORDS"
    records = rows(book["RECORDS"])
    assert records[1] == ["RETURNS", dt.datetime(2026, 11, 3), "ORD-2026-00007", "Kovács Kft.", "Kiss Anna",
                          "TEJ-1 Tej 1 l", 3, "DAMAGED", None, 1271, "HUF"]
    assert records[2][7:9] == ["PRICE", "'=cheaper elsewhere"]
    assert book["RECORDS"]["B2"].number_format == "yyyy-mm-dd"
