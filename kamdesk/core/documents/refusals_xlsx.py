"""The Refusals & returns analysis as an Excel workbook: pure data in, file out (no database, no Qt).

Sheets, in this order:
    Summary     the period and, per kind (returns, cancelled orders, lost offers), its count, the
                count of the period as long before it and the change (when the period is closed)
    Reason, Product, Client, Manager, Month
                one row per group: its name, the count of each kind, the total, then its value in
                each currency ("Value HUF", "Value EUR" ...); a totals row at the end
    Records     every refusal: kind, day, document, client, manager, product, quantity, reason,
                note, value, currency
Texts are the core's Messages put through `translate` (the GUI passes its translator; the CLI and
tests keep English). Counts and amounts are number cells, days date cells, text never a formula.
The file appears complete or not at all.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from kamdesk.core.documents.client_sheet import FORMULA_STARTS
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.messages import Message
from kamdesk.core.money import minor_digits
from kamdesk.core.services.refusals import (
    DIMENSION_TITLES,
    DIMENSIONS,
    KIND_TITLES,
    KINDS,
    REASON_TITLES,
    Analysis,
)

BOLD = Font(bold=True)
DATE_FORMAT = "yyyy-mm-dd"
SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def write_refusals_xlsx(path: str | Path, analysis: Analysis, translate: Callable[[str], str] = str) -> None:
    """Write the analysis to `path` (.xlsx), its texts through `translate`."""
    book = Workbook()
    _summary(book.active, analysis, translate)
    for dimension in DIMENSIONS:
        _groups(book.create_sheet(_sheet_name(translate(DIMENSION_TITLES[dimension]))), analysis, dimension,
                translate)
    _records(book.create_sheet(_sheet_name(translate(Message("Records")))), analysis, translate)
    data = io.BytesIO()
    book.save(data)
    write_atomically(Path(path), data.getvalue())


def _summary(sheet, analysis: Analysis, translate) -> None:
    sheet.title = _sheet_name(translate(Message("Summary")))
    flt = analysis.filter
    sheet.append([translate(Message("Refusals & returns"))])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([translate(Message("From")), flt.date_from])
    sheet.append([translate(Message("To")), flt.date_to])
    sheet.append([])
    headers = [translate(Message("Kind")), translate(Message("This period"))]
    if analysis.trend:
        headers += [translate(Message("The period before")), translate(Message("Change"))]
    _header(sheet, headers)
    for kind in (k for k in KINDS if k in flt.kinds):
        row = [translate(KIND_TITLES[kind]), sum(1 for r in analysis.records if r.kind == kind)]
        if analysis.trend:
            before = analysis.trend.previous.get(kind, 0)
            row += [before, row[1] - before]
        sheet.append(row)
    for cell in ("B2", "B3"):
        sheet[cell].number_format = DATE_FORMAT
    _widths(sheet, [28, 16, 20, 12])


def _groups(sheet, analysis: Analysis, dimension: str, translate) -> None:
    groups = analysis.groups[dimension]
    kinds = [k for k in KINDS if k in analysis.filter.kinds]
    currencies = sorted({c for g in groups for c in g.amounts}) or analysis.currencies()
    _header(sheet, [translate(DIMENSION_TITLES[dimension]), *(translate(KIND_TITLES[k]) for k in kinds), translate(Message("Total")),
                    *(translate(Message("Value {currency}", currency=c)) for c in currencies)])
    for group in groups:
        name = translate(REASON_TITLES[group.key]) if dimension == "reason" and group.key in REASON_TITLES \
            else str(group.title)
        sheet.append([_text(name), *(group.counts.get(k, 0) for k in kinds), group.total,
                      *(group.amounts.get(c, Decimal(0)) for c in currencies)])
    totals = [translate(Message("Total")), *(sum(g.counts.get(k, 0) for g in groups) for k in kinds),
              sum(g.total for g in groups), *(sum((g.amounts.get(c, Decimal(0)) for g in groups), Decimal(0))
                                               for c in currencies)]
    sheet.append(totals)
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    first_amount = 3 + len(kinds)
    for offset, currency in enumerate(currencies):
        _money_column(sheet, first_amount + offset, currency)
    _widths(sheet, [40, *([16] * (len(kinds) + 1)), *([18] * len(currencies))])


def _records(sheet, analysis: Analysis, translate) -> None:
    _header(sheet, [translate(Message(text)) for text in (
        "Kind", "Day", "Document", "Client", "Manager", "Product", "Quantity", "Reason", "Note", "Value",
        "Currency")])
    for record in analysis.records:
        reason = REASON_TITLES.get(record.reason)
        sheet.append([translate(KIND_TITLES[record.kind]), record.day, _text(record.document), _text(record.client),
                      _text(record.manager), _text(record.product), record.quantity,
                      translate(reason) if reason else _text(record.reason), _text(record.note), record.amount,
                      record.currency])
        sheet.cell(sheet.max_row, 2).number_format = DATE_FORMAT
        sheet.cell(sheet.max_row, 10).number_format = _money_format(record.currency)
    _widths(sheet, [18, 12, 16, 36, 20, 36, 10, 24, 40, 16, 9])


def _header(sheet, headers: Sequence[str]) -> None:
    sheet.append(list(headers))
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    sheet.freeze_panes = f"A{sheet.max_row + 1}"


def _money_column(sheet, column: int, currency: str) -> None:
    for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
        cell.number_format = _money_format(currency)


def _money_format(currency: str) -> str:
    digits = minor_digits(currency)
    return "#,##0" + ("." + "0" * digits if digits else "")


def _widths(sheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _text(value: str) -> str:
    """A text that a spreadsheet would run as a formula gets a leading apostrophe, as every kamdesk sheet."""
    return "'" + value if value and value.startswith(FORMULA_STARTS) else value


def _sheet_name(name: str) -> str:
    return name.translate(SHEET_NAME_FORBIDDEN)[:31] or "Sheet"

