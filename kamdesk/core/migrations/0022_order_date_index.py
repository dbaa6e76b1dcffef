"""Orders are read by date across every manager and client (the KPIs, the dashboard, the sales report): an index
on `order.order_date`, so SQLite reads a month's orders instead of walking the manager index (the dashboard's
read took a third of the CPU with it, benchmarks/bench_dashboard.py)."""


def up(migrator, db):
    migrator.migrate(migrator.add_index("order", ("order_date",), False))
