"""The plans & KPIs area's commands: `list kpis --period YYYY-MM|YYYY-Qn|YYYY` and `import plans FILE` (no Qt)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kamdesk.commands import print_rows
from kamdesk.core import db

KPIS = ("sales", "active_clients", "new_clients")


def period(text: str) -> tuple[dt.date, dt.date]:
    """An argparse type: a month (2026-12), a quarter (2026-Q4) or a year (2026), as its first and last day."""
    cleaned = text.strip().upper()
    try:
        if len(cleaned) == 4:
            return dt.date(int(cleaned), 1, 1), dt.date(int(cleaned), 12, 31)
        if cleaned[4:6] == "-Q" and len(cleaned) == 7 and cleaned[6] in "1234":
            first = dt.date(int(cleaned[:4]), 3 * int(cleaned[6]) - 2, 1)
            return first, _last_day(first, 3)
        first = dt.datetime.strptime(cleaned, "%Y-%m").date()
        return first, _last_day(first, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text[:40]}” is not a month, quarter or year such as 2026-12, 2026-Q4 or 2026") from None


def _last_day(first: dt.date, months: int) -> dt.date:
    from kamdesk.core.services.kpi import month_start

    return month_start(first, -months) - dt.timedelta(days=1)


def add_commands(verbs: dict) -> None:
    lst = verbs["list"].add_parser("kpis", help="per manager: sales, active and new clients — plan, actual, "
                                                "fulfilment % and forecast")
    lst.add_argument("--period", type=period, metavar="YYYY-MM|YYYY-Qn|YYYY",
                     help="the month, quarter or year (default: this month); plans roll up from the months")
    lst.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst.set_defaults(run=list_kpis)
    imp = verbs["import"].add_parser("plans", help="plans from .xlsx or .csv (period, manager, KPI, value; "
                                                   "optionally client, category)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp.set_defaults(run=import_plans)


def list_kpis(args) -> int:
    from kamdesk.core.services import company, kpi, kpi_dashboard, variable_pay

    db.connect(args.database)
    start, end = args.period or period(dt.date.today().strftime("%Y-%m"))
    steps, weights = variable_pay.scale(), variable_pay.weights()
    me = company.current_manager()
    own = None if kpi_dashboard.sees_team() else me.id  # a manager gets their own row, as on the dashboard
    rows = [_kpi_json(row, variable_pay.fulfilment(row, steps, weights)) for row in kpi.kpis(start, end, own)]
    return print_rows(rows, args.json, _line, "managers")


def _kpi_json(row, pay) -> dict:
    """A manager's figures and the variable-pay fulfilment: per KPI the pay % earned, and the weighted total."""
    def text(number):
        return None if number is None else str(number)

    return {"manager": row.manager, **{name: _figure(getattr(row, name)) for name in KPIS},
            "variable_pay": {**{name: text(pay.parts[name]) for name in KPIS}, "total": text(pay.total)}}


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

    pay = row["variable_pay"]["total"]
    return f"{row['manager'][:30]:<30}  sales {cell('sales')}  active {cell('active_clients')}  " \
           f"new {cell('new_clients')}  pay {f'{pay} %' if pay is not None else '—'}"


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
