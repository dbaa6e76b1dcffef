"""What the report builders share: their texts in the document language, the currencies in the order their
tables come in, and the document around their tables (the company, its currency, the period and the manager).
No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

from dataclasses import replace

from kamdesk.core.money import round_to_currency
from kamdesk.core.reports.access import company_facts, manager_name
from kamdesk.core.reports.model import ReportDocument, ReportRequest, Table, percent


def words(table: dict[str, dict[str, str]], language: str) -> dict[str, str]:
    """A report's texts in `language`, English for a language it has none in."""
    return table.get(language, table["en"])


def currencies_first(found: Iterable[str], currency: str) -> list[str]:
    """The currencies `found`, the company's `currency` first and the others by code; the company's alone when
    none is found."""
    return sorted(set(found), key=lambda code: (code != currency, code)) or [currency]


def report_document(request: ReportRequest, title: str, tables: Iterable[Table], subtitle: str | None = None,
                    manager: str = "{name}") -> ReportDocument:
    """The document of a report: the company's name and currency; as subtitle the period (or `subtitle`) and,
    when one is chosen, the manager (`manager` with the name in it)."""
    company, currency = company_facts()
    if subtitle is None:
        subtitle = request.period.label(request.language)
    if request.manager_id is not None:
        subtitle = f"{subtitle} · {manager.format(name=manager_name(request.manager_id))}"
    tables = tuple(in_currency_units(table, currency) for table in tables)
    return ReportDocument(request.name, title, subtitle, request.language, currency, tables, company=company)


def in_currency_units(table: Table, currency: str) -> Table:
    """The table with every amount rounded to its currency's unit (a whole forint) and the ratios worked out
    from those amounts: the rows printed add up to the total printed, in the PDF and in the workbook."""
    money = [i for i, column in enumerate(table.columns) if column.kind == "money"]
    ratios = [(i, table.index(column.ratio_of[0]), table.index(column.ratio_of[1]))
              for i, column in enumerate(table.columns) if column.ratio_of]
    if not money:
        return table
    units = {i: table.columns[i].currency or currency for i in money}

    def rounded(row: tuple) -> tuple:
        values = list(row)
        for i in money:
            if values[i] is not None:
                values[i] = round_to_currency(values[i], units[i])
        for i, numerator, denominator in ratios:
            values[i] = percent(values[numerator], values[denominator])
        return tuple(values)

    return replace(table, rows=tuple(rounded(row) for row in table.rows))
