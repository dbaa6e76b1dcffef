"""What the PDF and the workbook of a report share: the renderers' own few words in the document language,
a value as printed text, and a table's totals row (so the PDF's totals and the workbook's cached values
are the same numbers). No reportlab, no openpyxl.
"""

from __future__ import annotations

from decimal import Decimal

from kamdesk.core.documents.formatting import format_date, format_money, format_number, group_digits
from kamdesk.core.reports.model import Column, ReportDocument, Table, percent

TEXTS: dict[str, dict[str, str]] = {
    "en": {"total": "Total", "generated": "Generated {when}", "page": "Page {page} of {pages}",
           "empty": "Nothing to show for this period."},
    "hu": {"total": "Összesen", "generated": "Készült: {when}", "page": "{page}. oldal / {pages}",
           "empty": "Ebben az időszakban nincs mit mutatni."},
    "ru": {"total": "Итого", "generated": "Сформирован {when}", "page": "Страница {page} из {pages}",
           "empty": "За этот период данных нет."},
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def currency_of(column: Column, document: ReportDocument) -> str:
    return column.currency or document.currency


def generated_line(document: ReportDocument) -> str:
    """"Generated 5 Dec 2026 10:40 · Company Ltd": when and by whom the report was made."""
    when = f"{format_date(document.generated.date(), document.language)} {document.generated:%H:%M}"
    line = texts(document.language)["generated"].format(when=when)
    return f"{line} · {document.company}" if document.company else line


def cell_text(column: Column, value, document: ReportDocument) -> str:
    """A value as the PDF and the text listing print it; None is an empty cell."""
    if value is None:
        return ""
    language = document.language
    if column.kind == "money":
        return format_money(value, currency_of(column, document), language)
    if column.kind == "percent":
        return _percent_text(Decimal(value), language)
    if column.kind in ("count", "number"):
        return format_number(Decimal(value), language)
    if column.kind == "date":
        return format_date(value, language)
    return str(value)


def _percent_text(value: Decimal, language: str) -> str:
    """Always one decimal, as the workbook's 0.0 format shows it: "96.0%" beside "99.1%", never "96%"."""
    if language == "en":
        return f"{group_digits(value, 1, ',', '.')}%"
    return f"{group_digits(value, 1, ' ', ',')} %"


def has_totals(table: Table) -> bool:
    return table.totals and any(column.total or column.ratio_of for column in table.columns)


def totals_row(table: Table, language: str) -> tuple:
    """The totals row's values: a `total` column's sum, a `ratio_of` column's ratio of the two totals
    (None when either is not totalled or a row with a numerator lacks a denominator), the word "Total" in the
    first text column, else None."""
    sums = {column.key: _sum(table, index) for index, column in enumerate(table.columns) if column.total}
    values = []
    for column in table.columns:
        if column.total:
            values.append(sums[column.key])
        elif column.ratio_of and all(key in sums for key in column.ratio_of) and _whole_ratio(table, column):
            values.append(percent(sums[column.ratio_of[0]], sums[column.ratio_of[1]]))
        else:
            values.append(None)
    first_text = next((i for i, column in enumerate(table.columns) if column.kind == "text"), None)
    if first_text is not None and values[first_text] is None:
        values[first_text] = texts(language)["total"]
    return tuple(values)


def _whole_ratio(table: Table, column) -> bool:
    """Whether every row with a numerator has a denominator: all sales over the plans of a few clients would
    be a ratio of nothing (several thousand per cent), so such a total stays empty."""
    numerator, denominator = (table.index(key) for key in column.ratio_of)
    return all(row[denominator] is not None for row in table.rows if row[numerator])


def _sum(table: Table, index: int):
    """The column's sum; None when every cell is empty (no plan at all is not a plan of 0)."""
    values = [row[index] for row in table.rows if row[index] is not None]
    if not values:
        return None
    return sum(values, Decimal(0) if any(isinstance(v, Decimal) for v in values) else 0)
