"""The reports area's command: `kamdesk report NAME [--period YYYY-MM | --week YYYY-Www | --from DATE --to DATE]
[--manager LOGIN] [--pdf FILE] [--xlsx FILE]` (no Qt).

One sub-command per installed report of the registry (`kamdesk.core.reports.available`), so `kamdesk report
--help` lists them and an unknown name is answered with the list. Without a file the tables are printed as
text. The report is in the desk's language; a key account manager gets their own clients' figures only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.commands import write_pdf_and_xlsx
from kamdesk.core import db

HELP = {  # what each report of the issue is; a report added later is listed with its name only
    "sales": "net sales by manager, client, segment and category against plan and last year",
    "activity": "calls and visits planned and done, their outcomes, per manager and week",
    "receivables": "what each client owes by age, per currency, as of the period's last day or today",
    "refusals": "returns, cancelled orders and lost offers by kind, reason, manager, product and client",
    "kpi": "the variable-pay summary: each KPI's plan, actual and fulfilment per manager",
}


def add_commands(verbs: dict) -> None:
    from kamdesk.core.reports import available

    for name in available():
        command = verbs["report"].add_parser(name, help=HELP.get(name, f"the {name} report"))
        period = command.add_mutually_exclusive_group()
        period.add_argument("--period", metavar="YYYY-MM", help="a month (default: this month)")
        period.add_argument("--week", metavar="YYYY-Www", help="an ISO week, such as 2026-W49")
        command.add_argument("--from", dest="first", metavar="DATE", help="the first day (with --to)")
        command.add_argument("--to", dest="last", metavar="DATE", help="the last day (with --from)")
        command.add_argument("--manager", metavar="LOGIN", help="only this manager's clients (a login or a name)")
        command.add_argument("--pdf", type=Path, metavar="FILE", help="write the report as a PDF")
        command.add_argument("--xlsx", type=Path, metavar="FILE", help="write the report as an Excel workbook")
        command.set_defaults(run=run_report, report=name)


def run_report(args: argparse.Namespace) -> int:
    from kamdesk.core.reports import access, builder
    from kamdesk.core.reports.model import ReportRequest, document_language, resolve_period
    from kamdesk.core.services import company

    db.connect(args.database)
    period = resolve_period(args.period, args.week, args.first, args.last)
    manager_id = access.report_manager(access.manager_called(args.manager) if args.manager else None)
    request = ReportRequest(args.report, period, manager_id, document_language(company.language()))
    document = builder(args.report)(request)
    if not (args.pdf or args.xlsx):
        print(as_text(document))
    return write_pdf_and_xlsx(args, document, "kamdesk.core.reports.pdf:write_report_pdf",
                              "kamdesk.core.reports.xlsx:write_report_xlsx")


def as_text(document) -> str:
    """The report as plain text: its heading, then each table in aligned columns with its totals and note."""
    from kamdesk.core.reports.cells import cell_text, generated_line, has_totals, texts, totals_row

    lines = [document.title, document.subtitle, generated_line(document)]
    for table in document.tables:
        rows = [[column.title for column in table.columns]]
        rows += [[cell_text(column, value, document) for column, value in zip(table.columns, row, strict=True)]
                 for row in table.rows]
        if has_totals(table) and table.rows:
            rows.append([value if column.kind == "text" else cell_text(column, value, document)
                         for column, value in zip(table.columns, totals_row(table, document.language),
                                                  strict=True)])
        widths = [max(len(row[n] or "") for row in rows) for n in range(len(table.columns))]
        right = [column.kind in ("money", "count", "percent", "number") for column in table.columns]
        lines += ["", table.title]
        for row in rows:
            cells = [(value or "").rjust(width) if flush else (value or "").ljust(width)
                     for value, width, flush in zip(row, widths, right, strict=True)]
            lines.append("  ".join(cells).rstrip())
        if not table.rows:
            lines.append(texts(document.language)["empty"])
        if table.note:
            lines.append(table.note)
    return "\n".join(lines)
