"""Any report (`ReportDocument`) as an Excel workbook with live formulas and their cached values.

One sheet per table, named by the table: report tables have different columns (a per-client table's wide
name column would squeeze a per-reason table's figures on a shared sheet), and on its own sheet each
table gets its own column widths, a frozen header, a filter over its rows, and its header repeated on
every printed page. Each sheet starts with the report's title, what it covers and when it was made.

Money cells are numbers in the currency's format (`offer_xlsx.money_format`), counts whole numbers,
dates dates, percents numbers shown with "%". Formulas:
- the totals row: a money column is `ROUND(SUM(...), minor digits)` (binary fractions of cents added up
  show the exact total), a count or number column `SUM(...)`;
- a `ratio_of` column is `=IF(den=0,"",num/den*100)` of the two cells of its own row, in the totals row
  of the two totals.
Every formula cell carries its value (`offer_xlsx.with_cached_sheets`) for viewers that do not calculate;
the workbook asks Excel to recalculate on load. The file appears complete or not at all.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from kamdesk.core.documents.client_sheet import EXCEL_MAX_TEXT
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.offer_xlsx import money_format, with_cached_sheets
from kamdesk.core.documents.statement_xlsx import DATE_FORMATS
from kamdesk.core.money import minor_digits, round_to_currency
from kamdesk.core.reports.cells import cell_text, currency_of, generated_line, has_totals, texts, totals_row
from kamdesk.core.reports.model import Column, ReportDocument, Table

FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
HEADER_ROW = 6  # title, subtitle, generated, table title, a blank row, then the header
MIN_WIDTH, MAX_WIDTH = 8, 60
SAMPLE = 500  # rows measured for the column widths
FIGURES = ("money", "count", "percent", "number")  # right-aligned, their headers too
PERCENT_FORMATS = {"en": '0.0"%"', "hu": '0.0" %"', "ru": '0.0" %"'}


def write_report_xlsx(path: str | Path, document: ReportDocument) -> None:
    """Write the report as an .xlsx with live formulas and their cached values."""
    write_atomically(Path(path), report_xlsx_bytes(document))


def report_xlsx_bytes(document: ReportDocument) -> bytes:
    """The report's workbook in memory."""
    from openpyxl import Workbook
    from openpyxl.workbook.properties import CalcProperties

    workbook = Workbook(write_only=True)
    workbook.calculation = CalcProperties(fullCalcOnLoad=True)
    cached, names = {}, set()
    for number, table in enumerate(document.tables or (Table(document.title, (), ()),), start=1):
        sheet = workbook.create_sheet(_sheet_name(table.title or document.title, names))
        cached[f"xl/worksheets/sheet{number}.xml"] = _Sheet(sheet, table, document).write()
    buffer = io.BytesIO()
    workbook.save(buffer)
    return with_cached_sheets(buffer.getvalue(), cached)


def _sheet_name(title: str, taken: set[str]) -> str:
    """The table's title as a sheet's name: no [ ] : * ? / \\, at most 31 characters, not used before."""
    base = " ".join(title.translate(FORBIDDEN).split())[:31].strip("'") or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


class _Sheet:
    """One table on its own write-only sheet; `write` returns the cached values of its formulas."""

    def __init__(self, sheet, table: Table, document: ReportDocument):
        from openpyxl.styles import Font, PatternFill

        self.sheet, self.table, self.document = sheet, table, document
        self.language = document.language
        self.bold, self.muted = Font(bold=True), Font(color="6B6B6B", size=9)
        self.shade = PatternFill("solid", fgColor="EEF2F6")
        self.formats = [self._format(column) for column in table.columns]
        self.letters = [_letter(n) for n in range(1, len(table.columns) + 1)]
        self.keys = {column.key: n for n, column in enumerate(table.columns)}
        self.cached: dict[str, Decimal] = {}

    def write(self) -> dict[str, Decimal]:
        self._set_up()
        self._heading()
        first = HEADER_ROW + 1
        for number, row in enumerate(self.table.rows, start=first):
            self.sheet.append([self._cell(n, column, row, number) for n, column in enumerate(self.table.columns)])
        last = first + len(self.table.rows) - 1
        if self.table.rows and has_totals(self.table):
            self.sheet.append(self._totals(first, last))
        elif not self.table.rows:
            self.sheet.append([self._text(texts(self.language)["empty"], self.muted)])
        if self.table.note:
            self.sheet.append([])
            self.sheet.append([self._text(self.table.note, self.muted)])
        return self.cached

    def _set_up(self) -> None:
        sheet, columns = self.sheet, self.table.columns
        for n, width in enumerate(self._widths()):
            sheet.column_dimensions[self.letters[n]].width = width
        sheet.freeze_panes = f"A{HEADER_ROW + 1}"
        if columns:
            sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
            if self.table.rows:
                sheet.auto_filter.ref = f"A{HEADER_ROW}:{self.letters[-1]}{HEADER_ROW + len(self.table.rows)}"
        sheet.page_setup.paperSize = "9"  # A4
        sheet.page_setup.orientation = "landscape" if len(columns) > 6 else "portrait"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.oddFooter.right.text = texts(self.language)["page"].format(page="&P", pages="&N")
        sheet.oddFooter.left.text = self.document.title

    def _heading(self) -> None:
        from openpyxl.styles import Font

        document, sheet = self.document, self.sheet
        sheet.append([self._text(document.title, Font(bold=True, size=14))])
        sheet.append([self._text(document.subtitle)])
        sheet.append([self._text(generated_line(document), self.muted)])
        sheet.append([self._text(self.table.title, Font(bold=True, size=12))])
        sheet.append([])
        sheet.append([self._text(column.title, self.bold, fill=True, right=column.kind in FIGURES)
                      for column in self.table.columns])

    def _widths(self) -> list[float]:
        """Each column's width from its title and its first SAMPLE rows' printed values."""
        widths = []
        for n, column in enumerate(self.table.columns):
            longest = max((len(cell_text(column, row[n], self.document)) for row in self.table.rows[:SAMPLE]),
                          default=0)
            widths.append(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2, len(column.title) * 0.9 + 2)))
        return widths

    def _format(self, column: Column) -> str | None:
        if column.kind == "money":
            return money_format(currency_of(column, self.document), self.language)
        if column.kind == "count":
            return "#,##0"
        if column.kind == "percent":
            return PERCENT_FORMATS.get(self.language, PERCENT_FORMATS["en"])
        if column.kind == "date":
            return DATE_FORMATS.get(self.language, DATE_FORMATS["en"])
        return "General" if column.kind == "number" else None

    def _cell(self, n: int, column: Column, row: tuple, number: int):
        value = row[n]
        if column.ratio_of:
            numerator, denominator = (row[self.keys[key]] for key in column.ratio_of)
            return self._ratio(n, column, number, numerator, denominator)
        if column.kind == "text":
            return self._text("" if value is None else str(value))
        return self._value(value, self.formats[n])

    def _ratio(self, n: int, column: Column, number: int, numerator, denominator):
        """`=IF(den=0,"",num/den*100)` of the row's two cells, with its value cached."""
        num, den = (f"{self.letters[self.keys[key]]}{number}" for key in column.ratio_of)
        if denominator:
            self.cached[f"{self.letters[n]}{number}"] = Decimal(numerator or 0) * 100 / Decimal(denominator)
        return self._value(f'=IF({den}=0,"",{num}/{den}*100)', self.formats[n])

    def _totals(self, first: int, last: int) -> list:
        number = last + 1
        totals = list(totals_row(self.table, self.language))
        for n, column in enumerate(self.table.columns):  # as ROUND gives them, so the ratio below uses the same
            if column.total and column.kind == "money" and totals[n] is not None:
                totals[n] = round_to_currency(totals[n], currency_of(column, self.document))
        cells = []
        for n, (column, value) in enumerate(zip(self.table.columns, totals, strict=True)):
            letter = self.letters[n]
            if column.total and value is not None:  # every cell empty: no total, as the PDF prints none
                digits = minor_digits(currency_of(column, self.document)) if column.kind == "money" else None
                formula = f"SUM({letter}{first}:{letter}{last})"
                formula = f"=ROUND({formula},{digits})" if digits is not None else f"={formula}"
                self.cached[f"{letter}{number}"] = value
                cells.append(self._value(formula, self.formats[n], self.bold))
            elif column.ratio_of and value is not None:  # totals_row decided whether the ratio has a total
                sums = [totals[self.keys[key]] for key in column.ratio_of]
                cells.append(self._ratio(n, column, number, *sums))
                cells[-1].font = self.bold
            else:
                cells.append(self._text(value if isinstance(value, str) else "", self.bold))
        return cells

    def _value(self, value, number_format: str | None, font=None):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=value)
        if number_format and value is not None:
            cell.number_format = number_format
        if font is not None:
            cell.font = font
        return cell

    def _text(self, text: str, font=None, fill: bool = False, right: bool = False):
        """A text cell, never a formula whatever it starts with, at most as long as a cell holds."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment

        cell = WriteOnlyCell(self.sheet, value=text[:EXCEL_MAX_TEXT] if text else None)
        if text:
            cell.data_type = "s"
        if font is not None:
            cell.font = font
        if fill:
            cell.fill = self.shade
        if right:
            cell.alignment = Alignment(horizontal="right", wrap_text=True)
        elif fill:
            cell.alignment = Alignment(wrap_text=True)
        return cell


def _letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)
