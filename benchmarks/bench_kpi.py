"""KPIs of 20 managers over a million order lines (goal: `kpi.kpis` of a month ≤ 200 ms, median of 10).

The database is the sales-history benchmark's (built by it when missing, cached in the temp folder):
2,000 clients, 20,000 orders over three years with about 1,000,000 lines. A copy of it gets 19 more
managers and every client's orders go to one of the 20 (by client), with a department plan and a plan
per manager for each month. Then ANALYZE.

(a) `kpi.kpis` of the benchmark's current month (March 2026, as of its 15th: the forecast is computed),
(b) of the quarter January-March, (c) of a month that is over (December 2025), (d) of one manager.
Recorded (`figures.record`, medians): `kpi_20_managers_ms` (a, goal 200 ms), `kpi_quarter_ms`,
`kpi_month_over_ms`, `kpi_one_manager_ms`.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_kpi.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
from pathlib import Path

import bench_sales_history as sales
from common import CACHE, grown_copy
from figures import measured, record

MANAGERS = 20
RUNS = 10
GOAL_MS = 200.0
TODAY = sales.TODAY


def database_path() -> Path:
    """The cached database's name follows its generator and the sales database's, not the rest of this file."""
    generator = "".join(inspect.getsource(function) for function in (_grow, _plans)) + str(MANAGERS)
    digest = hashlib.sha1(generator.encode() + sales.database_path().name.encode()).hexdigest()[:10]
    return CACHE / f"kpi-{MANAGERS}-{digest}.db"


def build(path: Path) -> None:
    source = sales.database_path()
    if not source.exists():
        sales.build(source)
    grown_copy(path, source, _grow, "kpi-*")


def _grow(database) -> None:
    """MANAGERS - 1 more managers, each client's orders to one of them (by client), the plans."""
    from kamdesk.core.services import company as company_service

    first = company_service.current_manager().id
    ids = [first] + [company_service.save_manager({"name": f"Manager {n:02d}"}).id for n in range(2, MANAGERS + 1)]
    cases = " ".join(f"WHEN {index} THEN {manager}" for index, manager in enumerate(ids))
    database.execute_sql(f'UPDATE "order" SET manager_id = CASE client_id % {MANAGERS} {cases} END')
    _plans(database, ids)


def _plans(database, ids: list[int]) -> None:
    from kamdesk.core.models.base import new_gid
    from kamdesk.core.services.kpi import month_start

    rows = []
    for back in range(12):  # the twelve months up to TODAY's
        period = month_start(TODAY, back).isoformat()
        for manager in [None, *ids]:
            scale = MANAGERS if manager is None else 1
            rows += [(period, manager, "sales", 40_000_000_00 * scale, None, new_gid()),
                     (period, manager, "active_clients", None, 60 * scale, new_gid()),
                     (period, manager, "new_clients", None, 2 * scale, new_gid())]
    database.cursor().executemany(
        "INSERT INTO plan (period, manager_id, kpi, amount, count, gid, row_version, changed_at, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, '2026-01-01', '2026-01-01', '2026-01-01')", rows)


def timed(label: str, work, name: str, goal: float | None = None) -> None:
    """`work` measured (RUNS runs after a warm-up), printed and recorded as `name`."""
    timings = measured(work, RUNS)
    print(f"{label}: {timings.line()}")
    record(name, timings.median, "ms", goal=goal)


def main() -> None:
    from kamdesk.core import db
    from kamdesk.core.services import kpi

    path = database_path()
    if not path.exists():
        build(path)
    database = db.connect(f"sqlite:///{path}")
    lines = database.execute_sql("SELECT count(*) FROM order_line").fetchone()[0]
    try:
        month, month_end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
        rows = kpi.kpis(month, month_end, as_of=TODAY)
        timed(f"(a) KPIs of {len(rows)} managers, {lines:,} order lines, March 2026 as of {TODAY}",
              lambda: kpi.kpis(month, month_end, as_of=TODAY), "kpi_20_managers_ms", GOAL_MS)
        timed("(b) the quarter January-March 2026", lambda: kpi.kpis(dt.date(2026, 1, 1), month_end, as_of=TODAY),
              "kpi_quarter_ms")
        timed("(c) December 2025 (over)", lambda: kpi.kpis(dt.date(2025, 12, 1), dt.date(2025, 12, 31), as_of=TODAY),
              "kpi_month_over_ms")
        timed("(d) one manager, March 2026",
              lambda: kpi.kpis(month, month_end, manager_id=rows[0].manager_id, as_of=TODAY), "kpi_one_manager_ms")
    finally:
        database.close()


if __name__ == "__main__":
    main()
