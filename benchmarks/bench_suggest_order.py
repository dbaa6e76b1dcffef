"""`suggest_order` at a million order lines, beside the bare SQL of the same suggestion in the same run.

The database is the sales history benchmark's (2,000 clients, 5,000 products, 20,000 orders over three years
with about 1,000,000 lines; built by `bench_sales_history.build` when missing, cached in the temp folder).
The client is its heavy one (600 orders). The floor: the very statements `suggest_order` sends, captured
once, sent again through the driver's cursor with every row fetched — what the database must do, without
kamdesk's query building, rows turned into objects and the suggestion's own arithmetic.

Figure: `suggest_order_1m_ms`, the median CPU time (goal ≤ 150 ms), with the floor's; wall time beside.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_suggest_order.py
"""

from __future__ import annotations

import bench_sales_history as sales
from figures import MIN_RUNS, paired, record

GOAL_MS = 150.0
CLIENT = 1  # the heavy one


def captured(database, work) -> list[tuple[str, tuple]]:
    """The statements (SQL and parameters) `work()` sends to `database`."""
    sent: list[tuple[str, tuple]] = []
    original = database.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        sent.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    database.execute_sql = recording
    try:
        work()
    finally:
        del database.execute_sql  # the class's method again
    return sent


def main() -> None:
    from kamdesk.core import db
    from kamdesk.core.services.order_suggestion import suggest_order

    path = sales.database_path()
    if not path.exists():
        sales.build(path)
    database = db.connect(f"sqlite:///{path}")
    lines = database.execute_sql("SELECT count(*) FROM order_line").fetchone()[0]
    suggestion = suggest_order(CLIENT, sales.TODAY)
    statements = captured(database, lambda: suggest_order(CLIENT, sales.TODAY))
    cursor = database.connection().cursor()

    def bare() -> None:
        for sql, params in statements:
            cursor.execute(sql, params).fetchall()

    print(f"{lines:,} order lines; client {CLIENT}: {len(suggestion.lines)} suggested lines, "
          f"{len(suggestion.gaps)} gaps, {len(statements)} statements")
    pair = paired(lambda: suggest_order(CLIENT, sales.TODAY), bare, runs=MIN_RUNS + 2)
    print(pair.line("suggest_order"))
    record("suggest_order_1m_ms", pair.work.cpu_median, "ms CPU", floor=pair.floor.cpu_median, goal=GOAL_MS)
    db.close()


if __name__ == "__main__":
    main()
