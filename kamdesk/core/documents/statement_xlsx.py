"""The reconciliation statement as an Excel workbook (openpyxl; `StatementData` in, file out).

The same content as the PDF (`statement_pdf`), alive: per currency the opening balance is a number,
each movement's balance is the one above plus its debit less its credit, the period's debit and credit
are SUMs of the movements, and the closing balance is the opening balance plus those sums, so a
corrected amount moves every figure below it. Each formula rounds to the currency's minor unit
(ROUND of a sum of whole hundredths is exact), so a recalculation gives the app's figures to the cent.
Dates are dates, shown in the document language's way.

The formula cells carry their values (`offer_xlsx.with_cached_values`) for viewers that do not
calculate, and the workbook asks Excel to recalculate on load. The sentence under each table (who owes
whom) is text, as printed on the PDF. The file appears complete or not at all.
"""

from __future__ import annotations

import io
import math
from decimal import Decimal
from pathlib import Path

from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import format_date
from kamdesk.core.documents.offer_xlsx import money_format, with_cached_values
from kamdesk.core.documents.statement_data import Account, Movement, StatementData
from kamdesk.core.documents.statement_pdf import HEADS, balance_sentence, document_text, texts
from kamdesk.core.money import minor_digits

WIDTHS = (13, 52, 13, 17, 17, 19)  # date, document, due date, debit, credit, balance
CHARACTERS_PER_WIDTH = 1.1  # text characters a unit of column width holds, about (the unit is a digit's width)
LINE_HEIGHT = 15  # points: a line of the default font
DATE_FORMATS = {"hu": "yyyy. mm. dd.", "ru": "dd.mm.yyyy", "en": "d mmm yyyy"}


def write_statement_xlsx(path: str | Path, data: StatementData) -> None:
    """Write the statement as an .xlsx with live formulas and their cached values."""
    write_atomically(Path(path), statement_xlsx_bytes(data))


def statement_xlsx_bytes(data: StatementData) -> bytes:
    """The statement's workbook in memory (to attach to a message)."""
    workbook, cached = _build(data)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return with_cached_values(buffer.getvalue(), cached)


class _Sheet:
    """The sheet being written, its next row, the cached values of its formulas and its fonts."""

    def __init__(self, sheet, language: str):
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.sheet, self.row, self.cached = sheet, 1, {}
        self.date_format = DATE_FORMATS.get(language, DATE_FORMATS["en"])
        self.bold, self.muted = Font(bold=True), Font(color="6B6B6B", size=9)
        self.thin = Side(style="thin", color="222222")
        self.rule, self.shade = Border(bottom=self.thin), PatternFill("solid", fgColor="EEF2F6")
        self.wrap, self.top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")

    def put(self, column: int, value, font=None, number_format: str | None = None, cached: Decimal | None = None):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if font is not None:
            cell.font = font
        if number_format:
            cell.number_format = number_format
        if cached is not None:
            self.cached[cell.coordinate] = cached
        return cell

    def line(self, text: str, font=None, column: int = 1) -> None:
        self.put(column, text, font)
        self.row += 1


def _build(data: StatementData):
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.properties import CalcProperties

    t = texts(data.language)
    workbook = Workbook()
    workbook.calculation = CalcProperties(fullCalcOnLoad=True)
    sheet = workbook.active
    sheet.title = t["title"][:31]
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    out = _Sheet(sheet, data.language)
    _heading(out, data, t)
    header_rows = [_account(out, data, account, t, several=len(data.accounts) > 1) for account in data.accounts]
    _signatures(out, data, t)
    sheet.print_area = f"A1:F{out.row}"
    if len(header_rows) == 1:
        sheet.print_title_rows = f"{header_rows[0]}:{header_rows[0]}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.right.text = t["page"].format(page="&P", pages="&N")
    sheet.oddFooter.left.text = f"{data.company.name} · {data.client.name}"
    return workbook, out.cached


def _heading(out: _Sheet, data: StatementData, t: dict[str, str]) -> None:
    from openpyxl.styles import Font

    lang = data.language
    out.line(data.company.name, Font(bold=True, size=12))
    for text in data.company.address_lines:
        out.line(text, out.muted)
    if data.company.tax_number:
        out.line(f"{t['tax_number']}: {data.company.tax_number}", out.muted)
    out.row += 1
    out.line(t["title"], Font(bold=True, size=14))
    out.line(t["between"].format(company=data.company.name, client=data.client.name))
    out.line(f"{t['period']}: {format_date(data.start, lang)} – {format_date(data.end, lang)}"
             f"   ·   {t['issued']}: {format_date(data.issued_on, lang)}", out.muted)
    out.row += 1
    first, ends = out.row, []
    for column, label, party in ((1, t["company"], data.company), (4, t["client"], data.client)):
        out.row = first
        out.line(label, out.muted, column)
        out.line(party.name, out.bold, column)
        for text in party.address_lines:
            out.line(text, None, column)
        if party.tax_number:
            out.line(f"{t['tax_number']}: {party.tax_number}", None, column)
        ends.append(out.row)
    out.row = max(ends) + 1


def _account(out: _Sheet, data: StatementData, account: Account, t: dict[str, str], several: bool) -> int:
    """The account's table from `out.row` on; the row of its header."""
    from openpyxl.styles import Alignment

    digits, money = minor_digits(account.currency), money_format(account.currency, data.language)
    if several:
        out.line(f"{t['currency']}: {account.currency}", out.bold)
    header = out.row
    for column, key in enumerate(HEADS, start=1):
        cell = out.put(column, t[key], out.bold)
        cell.fill, cell.border = out.shade, out.rule
        if column >= 4:
            cell.alignment = Alignment(horizontal="right")
    out.row += 1
    opening = out.row
    out.put(1, data.opening_day, number_format=out.date_format)
    out.put(2, t["opening"])
    out.put(6, account.opening, number_format=money)
    out.row += 1
    for movement in account.movements:
        _movement(out, movement, t, digits, money)
    last, turnover = out.row - 1, out.row
    out.put(2, t["turnover"], out.bold)
    for column, letter, value in ((4, "D", account.debit), (5, "E", account.credit)):
        formula = f"=ROUND(SUM({letter}{opening}:{letter}{last}),{digits})"  # the opening row's are empty
        out.put(column, formula, out.bold, money, value).border = _top(out)
    out.row += 1
    out.put(1, data.end, out.bold, out.date_format)
    out.put(2, t["closing"], out.bold)
    out.put(6, f"=ROUND(F{opening}+D{turnover}-E{turnover},{digits})", out.bold, money, account.closing)
    out.row += 2
    out.line(balance_sentence(data, account, t), out.bold)
    out.row += 1
    return header


def _movement(out: _Sheet, movement: Movement, t: dict[str, str], digits: int, money: str) -> None:
    """A movement's row; its balance is the row above's plus its debit less its credit."""
    out.put(1, movement.day, number_format=out.date_format)
    text = document_text(movement, t)
    out.put(2, text).alignment = out.wrap
    if movement.due_date:
        out.put(3, movement.due_date, number_format=out.date_format)
    if movement.debit or not movement.credit:
        out.put(4, movement.debit, number_format=money)
    if movement.credit:
        out.put(5, movement.credit, number_format=money)
    out.put(6, f"=ROUND(F{out.row - 1}+D{out.row}-E{out.row},{digits})", number_format=money,
            cached=movement.balance)
    lines = math.ceil(len(text) / (WIDTHS[1] * CHARACTERS_PER_WIDTH))
    if lines > 1:  # a spreadsheet does not grow a row for wrapped text written by a program
        out.sheet.row_dimensions[out.row].height = LINE_HEIGHT * lines
        for column in (1, 3, 4, 5, 6):
            out.sheet.cell(row=out.row, column=column).alignment = out.top
    out.row += 1


def _top(out: _Sheet):
    from openpyxl.styles import Border

    return Border(top=out.thin)


def _signatures(out: _Sheet, data: StatementData, t: dict[str, str]) -> None:
    out.line(t["request"])
    out.row += 1
    for column, name in ((1, data.company.name), (4, data.client.name)):
        out.put(column, t["for"].format(name=name), out.bold)
    out.row += 3
    for caption, filled in (("signature", ("", "")), ("name_title", (data.company.signatory, "")), ("date", ("", ""))):
        for column, value in zip((1, 4), filled, strict=True):
            if value:
                out.put(column, value)
            for edge in (column, column + 1):
                out.sheet.cell(row=out.row, column=edge).border = out.rule
        out.row += 1
        for column in (1, 4):
            out.put(column, t[caption], out.muted)
        out.row += 2
    for column in (1, 4):
        out.put(column, t["stamp"], out.muted)
