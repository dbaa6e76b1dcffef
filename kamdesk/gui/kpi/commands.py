"""The plans & KPIs area's commands: `list kpis --period YYYY-MM` and `import plans FILE` (no Qt)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kamdesk.commands import print_rows
from kamdesk.core import db


def month(text: str) -> dt.date:
    """An argparse type: a month written as 2026-12, as its first day."""
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text[:40]}” is not a month such as 2026-12") from None


def add_commands(verbs: dict) -> None:
    lst = verbs["list"].add_parser("kpis", help="per manager: sales, active and new clients — plan, actual, "
                                                "fulfilment % and forecast")
    lst.add_argument("--period", type=month, metavar="YYYY-MM", help="the month (default: this month)")
    lst.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst.set_defaults(run=list_kpis)
    imp = verbs["import"].add_parser("plans", help="plans from .xlsx or .csv (period, manager, KPI, value; "
                                                   "optionally client, category)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp.set_defaults(run=import_plans)


def list_kpis(args) -> int:
    from kamdesk.core.services import kpi

    db.connect(args.database)
    start = args.period or kpi.month_start(dt.date.today())
    end = kpi.month_start(start, -1) - dt.timedelta(days=1)
    rows = [_kpi_json(row) for row in kpi.kpis(start, end)]
    return print_rows(rows, args.json, _line, "managers")


def _kpi_json(row) -> dict:
    return {"manager": row.manager, **{name: _figure(getattr(row, name))
                                       for name in ("sales", "active_clients", "new_clients")}}


def _figure(figure) -> dict:
    """Money and per cents as exact decimal strings, client counts as numbers, no plan as null."""
    def value(number):
        return number if number is None or isinstance(number, int) else str(number)

    return {"plan": value(figure.plan), "actual": value(figure.actual), "percent": value(figure.percent),
            "forecast": value(figure.forecast)}


def _line(row: dict) -> str:
    def cell(name):
        figure = row[name]
        percent = f"{figure['percent']} %" if figure["percent"] is not None else "—"
        return f"{figure['actual']}/{figure['plan'] if figure['plan'] is not None else '—'} ({percent})"

    return f"{row['manager'][:30]:<30}  sales {cell('sales')}  active {cell('active_clients')}  " \
           f"new {cell('new_clients')}"


def import_plans(args) -> int:
    from kamdesk.core.services import plans

    db.connect(args.database)
    check = plans.check_plans(args.file)
    for problem in check.rejected:
        print(f"row {problem.row_number}: {problem.reason}", file=sys.stderr)
    summary = f"{len(check.valid)} valid, {len(check.rejected)} rejected"
    if args.dry_run or check.rejected:
        print(f"{summary}; nothing imported")
        return 1 if check.rejected else 0
    print(f"{summary}; imported {plans.import_plans(check)} plans")
    return 0
