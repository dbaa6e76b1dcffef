"""Every report at scale: built, drawn as a PDF and as a workbook (goal: the three together ≤ 2 s per report).

Databases (built once by their own benchmarks' code, cached in the temp folder):
- `receivables`: bench_receivables's 100,000 clients with 1,000,000 invoices, as of its TODAY (every client
  with something open: the widest and longest report);
- every other report: the 100,000-client demo (`common.demo_database`: two years of orders, about 345,000
  order lines), as of today.
Each for the last whole month and for the last twelve months.
A report whose builder is not installed yet is left out (its name is printed). Each report: one warm-up,
then RUNS runs; median and worst of wall time, with the CPU time of the same runs beside it. Recorded
(`figures.record`): `report_<name>_s`, the median of all three for the slower of the two periods (goal 2 s).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_reports.py [NAME ...]

Measured 5 Dec 2026 (2 cores shared with other work, load 4: wall times about twice the CPU times), all three
together, median CPU: receivables as of today 1.2 s (aging 0.5 s, the PDF 0.17 s, the workbook 0.16 s for
1,006 rows), as of 30 November 2.6 s (aging as of a past day alone 1.9 s: `services.receivables` adds back
what settled since) — after the covering index `allocation_settled` (migration 0024): 0.93–0.97 s CPU, 1.6 s wall
at load 4.6 (the past day's aging 0.47 s); refusals 0.07 s (a month) and 0.3 s (twelve months); sales 0.14 s and 0.64 s; activity
0.04 s and 0.07 s; kpi 0.07 s and 0.09 s.
"""

from __future__ import annotations

import datetime as dt
import sys

from common import demo_database
from figures import Timings, measured, record

RUNS = 7
GOAL_S = 2.0
LANGUAGE = "hu"


def database_of(name: str) -> tuple[str, dt.date]:
    """The database URL a report is measured on and the day that is "today" there."""
    if name == "receivables":
        import bench_receivables as receivables

        path = receivables.database_path()
        if not path.exists():
            receivables.build(path)
        return f"sqlite:///{path}", receivables.TODAY
    return demo_database(), dt.date.today()


def line(label: str, timings: Timings) -> str:
    return (f"  {label:<22} wall median {timings.median / 1000:6.2f} s, worst {timings.worst / 1000:6.2f} s   "
            f"CPU median {timings.cpu_median / 1000:6.2f} s, worst {max(timings.cpu) / 1000:6.2f} s")


def periods(today: dt.date):
    """The last whole month before `today`, and the twelve months before `today`."""
    from kamdesk.core.reports.model import resolve_period

    last_month = today.replace(day=1) - dt.timedelta(days=1)
    year = resolve_period(first=(today.replace(year=today.year - 1) + dt.timedelta(days=1)).isoformat(),
                          last=today.isoformat())
    return {"last month": resolve_period(f"{last_month:%Y-%m}"), "last 12 months": year}


def measure(name: str) -> bool:
    from kamdesk.core import db

    url, today = database_of(name)
    db.connect(url)
    totals = {label: measure_period(name, label, period, today, url) for label, period in periods(today).items()}
    db.close()
    slower = max(totals, key=lambda label: totals[label].median)
    print(f"  recorded: {slower}, the slower period")
    return record(f"report_{name}_s", totals[slower].median / 1000, "s", goal=GOAL_S).met


def measure_period(name: str, label: str, period, today: dt.date, url: str) -> Timings:
    """The timings of each part printed; those of all three together returned."""
    from kamdesk.core.reports import builder
    from kamdesk.core.reports.model import ReportRequest
    from kamdesk.core.reports.pdf import report_pdf_bytes
    from kamdesk.core.reports.xlsx import report_xlsx_bytes

    request = ReportRequest(name, period, None, LANGUAGE, today)
    build = builder(name)
    document = build(request)
    rows = sum(len(table.rows) for table in document.tables)
    pdf, xlsx = report_pdf_bytes(document), report_xlsx_bytes(document)
    print(f"{name}, {label} ({period.label('en')}): {len(document.tables)} tables, {rows:,} rows; "
          f"PDF {len(pdf) / 1e6:.1f} MB, workbook {len(xlsx) / 1e6:.1f} MB ({url.rsplit('/', 1)[-1]})")
    parts = {"built": lambda: build(request), "PDF": lambda: report_pdf_bytes(document),
             "workbook": lambda: report_xlsx_bytes(document),
             "all three": lambda: (report_pdf_bytes(built := build(request)), report_xlsx_bytes(built))}
    total = None
    for part, work in parts.items():
        total = measured(work, RUNS)
        print(line(part, total))
    return total


def main(names: list[str]) -> int:
    from kamdesk.core.reports import REPORTS, available

    installed = available()
    missing = [name for name in names or REPORTS if name not in installed]
    if missing:
        print(f"left out (no builder yet): {', '.join(missing)}")
    results = [measure(name) for name in (names or list(REPORTS)) if name in installed]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
