"""The client card's sales history at a million order lines (goal: ≤ 150 ms per client_history call).

The database (built once, cached in the temp folder; a new schema or a change
of this generator builds a new one): 2,000 clients in 5 segments, 5,000
products in 40 categories, 20,000 orders over three years with about
1,000,000 lines. Amounts are consistent (line net = quantity × price rounded
to the forint; order totals = the sums, 27 % VAT) but are written straight
into the tables with executemany in one transaction, not through the pricing
engine: a million lines in seconds. Then ANALYZE, as the app does after big
imports.

Order states: mostly delivered, some shipped, confirmed, cancelled, drafts.
One heavy client has 600 orders (about 400 of them, ~20,000 lines, in the
24-month window); the others share the rest, a few big ones and many small.

Figures: `client_history` for the heavy client and a typical one (the first
call after opening the database, then median and worst of 10),
`suggest_order` for the heavy client, and EXPLAIN QUERY PLAN of every query
of `client_history`.

No index was added for the card: the indexes of migration 0004 serve it at
a fraction of the budget. order(client_id, state, order_date) finds the
client's sales (it covers the order side of the top-products join and the
last sale; the monthly figures read the few hundred order rows it points
to), and order_line(order_id) finds their lines, which sit together in the
table because an order's lines are written together. The last figure is the experiment behind that decision: the same call
with covering indexes order(client_id, state, order_date, net_total) and
order_line(order_id, product_id, quantity, net_amount) created in a
transaction that is rolled back. They save about 2 ms of 9 and would cost
every order save two more index writes and the file 22 MB (122 → 144 MB).

Recorded (`figures.record`, medians after the first call): `client_history_heavy_ms` and
`client_history_typical_ms` (goal 150 ms each), `suggest_order_heavy_client_ms` (no goal here).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_sales_history.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from common import CACHE, ROOT
from figures import measured, record

TODAY = dt.date(2026, 3, 15)
FIRST_DAY = dt.date(2023, 4, 1)
CLIENTS = 2_000
SEGMENTS = ("Retail chains", "HoReCa", "Wholesale", "Pharmacies", "Petrol stations")
ROOT_CATEGORIES = ("Food", "Drinks", "Household", "Cosmetics", "Stationery", "Garden", "Pet", "Baby")
CHILDREN = 5
PRODUCTS = 5_000
ORDERS = 20_000
HEAVY_ORDERS = 600
MEAN_LINES = 50
RUNS = 10
GOAL_MS = 150.0
VAT = Decimal(27)
COVERING_INDEXES = ('CREATE INDEX bench_order_covering ON "order" (client_id, state, order_date, net_total)',
                    "CREATE INDEX bench_line_covering ON order_line (order_id, product_id, quantity, net_amount)")


def database_path() -> Path:
    sources = [Path(__file__), *sorted((ROOT / "kamdesk" / "core" / "migrations").glob("[0-9]*.py"))]
    digest = hashlib.sha1(b"".join(p.read_bytes() for p in sources)).hexdigest()[:10]
    return CACHE / f"sales-{ORDERS}-{digest}.db"


def build(path: Path) -> None:
    from kamdesk.core import db
    from kamdesk.core.services import catalogue
    from kamdesk.core.services import company as company_service

    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob("sales-*"):  # databases of an older generator or schema, unfinished builds
        leftover.unlink()
    database = db.connect(f"sqlite:///{partial}")
    started = time.perf_counter()
    company_service.set_up({"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "country": "HU",
                            "currency": "HUF"}, {"name": "Kiss Anna", "email": "anna.kiss@example.hu"})
    manager_id = company_service.current_manager().id
    column = catalogue.save_price_column("List")
    rng = random.Random(7)
    cursor = database.cursor()
    with database.atomic():
        cursor.executemany("INSERT INTO segment (id, name) VALUES (?, ?)", list(enumerate(SEGMENTS, start=1)))
        cursor.executemany(
            "INSERT INTO client (id, name, legal_form, tax_number, registration_number, status, segment_id, "
            "key_account, source, needs, prospects, reliability, reliability_note, payment_terms_days, "
            "legal_postcode, legal_city, legal_street, legal_country, delivery_postcode, delivery_city, "
            "delivery_street, delivery_country, phone, email, website, notes, created_at, updated_at, "
            "search_text, name_key, dedupe_key, tax_key, city_key) VALUES "
            "(?, ?, 'Kft.', '', '', 'active', ?, 0, '', '', '', 'A', '', 8, '', 'Budapest', '', 'HU', '', '', "
            "'', '', '', '', '', '', '2023-01-01 00:00:00', '2023-01-01 00:00:00', ?, ?, '', '', '')",
            [(n, f"Ügyfél {n:04d} Kft.", rng.randint(1, len(SEGMENTS)), f"ugyfel {n:04d}", f"ugyfel {n:04d}")
             for n in range(1, CLIENTS + 1)])
        categories = []
        for root_index, root in enumerate(ROOT_CATEGORIES):
            root_id = root_index * (CHILDREN + 1) + 1
            cursor.execute("INSERT INTO category (id, name, parent_id) VALUES (?, ?, NULL)", (root_id, root))
            for child in range(1, CHILDREN + 1):
                cursor.execute("INSERT INTO category (id, name, parent_id) VALUES (?, ?, ?)",
                               (root_id + child, f"{root} {child}", root_id))
                categories.append(root_id + child)
        products = []  # (id, sku, name, unit, price in minor units)
        for n in range(1, PRODUCTS + 1):
            unit = "kg" if n % 7 == 0 else "pc"
            products.append((n, f"P{n:05d}", f"Termék {n:05d}", unit, rng.randint(2, 400) * 100 * 5))
        cursor.executemany(
            "INSERT INTO product (id, sku, name, unit, category_id, vat_rate, active, description, search_text) "
            "VALUES (?, ?, ?, ?, ?, 2700, 1, '', ?)",
            [(n, sku, name, unit, categories[(n - 1) * len(categories) // PRODUCTS], f"{sku.lower()}\n{name.lower()}")
             for n, sku, name, unit, _ in products])
        cursor.executemany("INSERT INTO price (product_id, column_id, amount) VALUES (?, ?, ?)",
                           [(n, column.id, price) for n, _, _, _, price in products])
        _orders(cursor, rng, products, manager_id, column.id)
    db.refresh_statistics(database)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    lines = database.execute_sql("SELECT count(*) FROM order_line").fetchone()[0]
    db.close()
    partial.rename(path)
    for leftover in CACHE.glob(partial.name + "-*"):  # an empty -wal and the -shm of the closed file
        leftover.unlink()
    print(f"built {path.name}: {lines:,} order lines in {time.perf_counter() - started:.1f} s")


def _orders(cursor, rng: random.Random, products, manager_id: int, column_id: int) -> None:
    days = (TODAY - FIRST_DAY).days
    # client 1 is the heavy one; the others are weighted: a few big, many small
    weights = [1.0 / (rank ** 0.8) for rank in range(1, CLIENTS)]
    others = rng.choices(range(2, CLIENTS + 1), weights, k=ORDERS - HEAVY_ORDERS)
    plan = [(1, FIRST_DAY + dt.timedelta(days=int(n * days / HEAVY_ORDERS))) for n in range(HEAVY_ORDERS)]
    plan += [(client, FIRST_DAY + dt.timedelta(days=rng.randrange(days + 1))) for client in others]
    plan.sort(key=lambda item: item[1])
    order_rows, line_rows = [], []
    line_id = 0
    for order_id, (client_id, day) in enumerate(plan, start=1):
        age = (TODAY - day).days
        state = rng.choices(("delivered", "shipped", "confirmed", "cancelled", "draft"),
                            (90, 3, 2, 4, 1) if age > 30 else (40, 25, 20, 5, 10))[0]
        # a client keeps to its own part of the catalogue: the same products come back
        favourite = random.Random(client_id)
        start = favourite.randrange(PRODUCTS)
        span = favourite.choice((150, 300, 600))
        net = 0
        for position in range(1, rng.randint(10, 2 * MEAN_LINES - 10) + 1):
            n, sku, name, unit, price = products[(start + rng.randrange(span)) % PRODUCTS]
            quantity = rng.randint(1, 48) * 1000 if unit == "pc" else rng.randint(500, 25_000)
            amount = int((Decimal(quantity) * price / 1000 / 100).quantize(Decimal(1), ROUND_HALF_UP)) * 100
            delivered = quantity if state == "delivered" else 0
            line_id += 1
            line_rows.append((line_id, order_id, position, n, sku, name, unit, quantity, price, price, amount,
                              delivered))
            net += amount
        vat = int((Decimal(net) * VAT / 100 / 100).quantize(Decimal(1), ROUND_HALF_UP)) * 100
        order_rows.append((order_id, f"ORD-{day.year}-{order_id:05d}", client_id, manager_id, day.isoformat(),
                           column_id, state, "price" if state == "cancelled" else "", net, vat, net + vat))
    cursor.executemany(
        'INSERT INTO "order" (id, number, client_id, manager_id, order_date, delivery_address, payment_terms_days, '
        "price_column_id, currency, notes, state, cancel_reason, cancel_note, net_total, vat_total, gross_total, "
        "credit_override_reason, created_at, updated_at) VALUES "
        "(?, ?, ?, ?, ?, '', 8, ?, 'HUF', '', ?, ?, '', ?, ?, ?, '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        order_rows)
    for start in range(0, len(line_rows), 100_000):
        cursor.executemany(
            "INSERT INTO order_line (id, order_id, position, product_id, sku, name, unit, quantity, free_quantity, "
            "list_price, unit_price, discount_percent, promotion_removed, vat_rate, net_amount, delivered_quantity) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, 0, 2700, ?, ?)", line_rows[start:start + 100_000])


def timed(call, runs: int = RUNS):
    """(the first call's wall milliseconds, the timings of the next `runs` calls)."""
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000, measured(call, runs, warm=False)


def report(label: str, first: float, times) -> str:
    return f"{label:44} first {first:6.1f} ms, {times.line()}"


def query_plans(database, client_id: int) -> None:
    from kamdesk.core.services.sales_history import queries

    for name, query in queries(client_id, TODAY).items():
        sql, params = query.sql()
        print(f"-- {name}: {sql}")
        for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall():
            print(f"     {row[-1]}")


def main() -> None:
    from kamdesk.core import db
    from kamdesk.core.services.order_suggestion import suggest_order
    from kamdesk.core.services.sales_history import client_history

    path = database_path()
    if not path.exists():
        build(path)
    database = db.connect(f"sqlite:///{path}")
    lines = database.execute_sql("SELECT count(*) FROM order_line").fetchone()[0]
    orders = database.execute_sql('SELECT count(*) FROM "order"').fetchone()[0]
    typical = database.execute_sql('SELECT client_id FROM "order" GROUP BY client_id '
                                   "ORDER BY count(*) DESC LIMIT 1 OFFSET 200").fetchone()[0]
    print(f"{orders:,} orders, {lines:,} order lines; today = {TODAY}")
    for client_id, name in ((1, "client_history_heavy_ms"), (typical, "client_history_typical_ms")):
        history = client_history(client_id, TODAY)
        in_window = database.execute_sql(
            'SELECT count(*) FROM order_line JOIN "order" o ON o.id = order_line.order_id '
            "WHERE o.client_id = ? AND o.order_date >= ?", (client_id, history.since.isoformat())).fetchone()[0]
        print(f"client {client_id}: {history.order_count} sales in 24 months, {in_window:,} lines in the window, "
              f"net {history.net_total:,} {history.currency}, every {history.average_interval_days} days")
        first, times = timed(lambda client_id=client_id: client_history(client_id, TODAY))
        print(report(f"client_history(client {client_id})", first, times))
        record(name, times.median, "ms", goal=GOAL_MS)

    first, times = timed(lambda: suggest_order(1, TODAY))
    suggestion = suggest_order(1, TODAY)
    print(report("suggest_order(client 1)", first, times)
          + f"  {len(suggestion.lines)} lines, {len(suggestion.gaps)} gaps")
    record("suggest_order_heavy_client_ms", times.median, "ms")

    print("\nEXPLAIN QUERY PLAN (heavy client):")
    query_plans(database, 1)

    with database.atomic() as transaction:  # the experiment: covering indexes, rolled back
        for statement in COVERING_INDEXES:
            database.execute_sql(statement)
        database.execute_sql("ANALYZE")
        first, times = timed(lambda: client_history(1, TODAY))
        print("\n" + report("client_history(client 1), covering indexes", first, times) + "  (not shipped)")
        transaction.rollback()
    db.close()


if __name__ == "__main__":
    main()
