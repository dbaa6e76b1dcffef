"""Order entry at scale: product search per keystroke at 50,000 products, saving an order of 200 lines.

The database (built once, cached in the temp folder; a new schema or a change
of this generator builds a new one): 50,000 products with Hungarian names
made from the demo catalogue's items, brands and pack sizes, in the demo's
category tree, a list price each, the demo's three derived price columns, a
client at the "Kulcsügyfél" column and two running promotions (a percentage
on a category, "buy 10 get 1" on some products). Then ANALYZE.

(a) `ProductSearch.find(text)` for every prefix of a few typed words, as the
    order entry calls it per key press (the list is read once before, as the
    view does when it opens; that load is reported separately). Each figure
    includes reading the ≤ 50 rows shown. Goal: ≤ 15 ms per keystroke.
(b) `sale.save_order` of a new draft with 200 lines (pricing at the
    client's derived column with promotions, number, lines, approval check)
    on a copy of the database; median of 10. Goal: ≤ 200 ms. Re-saving the
    draft with its 200 lines changed is reported too.
Recorded (`figures.record`): `product_search_keystroke_worst_ms` (goal 15) and `..._median_ms`,
`save_order_200_lines_ms` (median, goal 200), `resave_order_200_lines_ms`.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_orders.py

With KAMDESK_BENCH_ENCRYPTED=1 both run on an encrypted copy of the database (SQLCipher).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import time
from decimal import Decimal
from pathlib import Path

from common import CACHE, ROOT, as_asked, database_kind
from figures import Timings, record, timed

PRODUCTS = 50_000
LINES = 200
RUNS = 10
SEARCH_GOAL_MS = 15.0
SAVE_GOAL_MS = 200.0
TODAY = dt.date(2026, 12, 9)
WORDS = ("tej", "ásványvíz 1,5", "TEJ-01", "kakaós csiga", "mátra sör", "BOR-00123", "prémium kávé 1 kg",
         "xyz nincs ilyen")
SIZES = ("", "1 l", "0,5 l", "1,5 l", "250 g", "500 g", "1 kg", "(6 db)", "(12 db)", "utántöltő", "gyűjtőcsomag",
         "prémium", "bio", "classic", "light", "családi kiszerelés", "gastro", "XL")


def database_path() -> Path:
    from kamdesk.core.services import demo

    sources = [Path(__file__), Path(demo.__file__), *sorted((ROOT / "kamdesk" / "core" / "migrations").glob("[0-9]*.py"))]
    digest = hashlib.sha1(b"".join(p.read_bytes() for p in sources)).hexdigest()[:10]
    return CACHE / f"orders-{PRODUCTS}-{digest}.db"


def build(path: Path) -> None:
    from kamdesk.core import db
    from kamdesk.core.models import Category, Client, Price, Product
    from kamdesk.core.services import catalogue, party
    from kamdesk.core.services import company as company_service
    from kamdesk.core.services.demo import BRAND_WORDS, CATALOGUE, DERIVED_COLUMNS, LIST_COLUMN
    from kamdesk.core.text_fold import fold

    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob("orders-*"):  # databases of an older generator or schema, unfinished builds
        leftover.unlink()
    started = time.perf_counter()
    database = db.connect(f"sqlite:///{partial}")
    rng = random.Random(11)
    with database.atomic():
        company_service.set_up({"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "country": "HU",
                                "currency": "HUF"}, {"name": "Kiss Anna", "email": "anna.kiss@example.hu"})
        listing = catalogue.save_price_column(LIST_COLUMN, is_default=True)
        columns = {name: catalogue.save_price_column(name, base_id=listing.id, percent=Decimal(percent))
                   for name, percent in DERIVED_COLUMNS}
        leaves = [(catalogue.category_path(path).id, prefix, vat, brands, items)
                  for path, prefix, vat, brands, items in CATALOGUE]
        combos = [(leaf, brand, item, size) for leaf in leaves for item in leaf[4]
                  for brand in (*leaf[3], *BRAND_WORDS) for size in SIZES]
        chosen = sorted(rng.sample(range(len(combos)), PRODUCTS))
        rows, numbers = [], {}
        for index in chosen:
            (category_id, prefix, vat, _, _), brand, (name, unit, price), size = combos[index]
            numbers[prefix] = numbers.get(prefix, 0) + 1
            sku = f"{prefix}-{numbers[prefix]:05d}"
            full = " ".join(part for part in (brand, name, size) if part)
            rows.append({"sku": sku, "name": full, "unit": unit, "category": category_id, "vat_rate": Decimal(vat),
                         "active": True, "description": "", "search_text": fold(f"{sku}\n{full}"),
                         "price": Decimal(price) * Decimal(rng.randint(80, 130)) / 100})
        for start in range(0, len(rows), 500):
            Product.insert_many([{k: v for k, v in r.items() if k != "price"}
                                 for r in rows[start:start + 500]]).execute()
        ids = dict(Product.select(Product.sku, Product.id).tuples())
        prices = [{"product": ids[r["sku"]], "column": listing.id, "amount": r["price"].quantize(Decimal(1))}
                  for r in rows]
        for start in range(0, len(prices), 1000):
            Price.insert_many(prices[start:start + 1000]).execute()
        client = party.save_client({"name": "Kovács és Társa Kft.", "legal_city": "Győr", "status": "active",
                                    "key_account": True})
        Client.update(price_column=columns["Kulcsügyfél"].id).where(Client.id == client.id).execute()
        sweets = Category.get(Category.name == "Édesség és snack")
        catalogue.save_promotion({"name": "Édességakció", "starts_on": TODAY - dt.timedelta(20),
                                  "ends_on": TODAY + dt.timedelta(20), "kind": "percent", "percent": 10},
                                 category_ids=[sweets.id])
        waters = [ids[r["sku"]] for r in rows if r["sku"].startswith("VIZ-")][:50]
        catalogue.save_promotion({"name": "Ásványvíz 10+1", "starts_on": TODAY - dt.timedelta(20),
                                  "ends_on": TODAY + dt.timedelta(20), "kind": "bundle", "buy_quantity": 10,
                                  "free_quantity": 1}, product_ids=waters)
    db.refresh_statistics(database)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(path)
    for leftover in CACHE.glob(partial.name + "-*"):
        leftover.unlink()
    print(f"built {path.name}: {PRODUCTS:,} products in {time.perf_counter() - started:.1f} s")


def bench_search() -> None:
    from kamdesk.core.services.product_search import ProductSearch

    search = ProductSearch()
    started = time.perf_counter()
    search.preload()
    print(f"(a) product search, {PRODUCTS:,} products: list loaded in {(time.perf_counter() - started) * 1000:.0f} ms")
    every = []
    for word in WORDS:
        times, hits = [], []
        for end in range(1, len(word) + 1):
            times.append(timed(lambda text=word[:end]: hits.append(search.find(text))))
        every += times
        print(f"    {word!r:22} {as_timings(times).line()}  ({len(hits[-1])} shown)")
    keystrokes = as_timings(every)
    print(f"    all {len(every)} keystrokes: {keystrokes.line()}")
    record("product_search_keystroke_worst_ms", keystrokes.worst, "ms", goal=SEARCH_GOAL_MS)
    record("product_search_keystroke_median_ms", keystrokes.median, "ms")


def as_timings(runs: list[tuple[float, float]]) -> Timings:
    return Timings(tuple(wall for wall, _ in runs), tuple(cpu for _, cpu in runs))


def bench_save(path: Path) -> None:
    from kamdesk.core import db
    from kamdesk.core.models import Client, Product
    from kamdesk.core.services import sale

    copy = path.with_name("bench-orders-save.db")
    shutil.copyfile(path, copy)
    try:
        database = db.connect(f"sqlite:///{copy}")
        client = Client.get()
        rng = random.Random(3)
        ids = [p for (p,) in Product.select(Product.id).tuples()]

        def requests():
            return [sale.LineRequest(product_id, Decimal(rng.randint(1, 40)),
                                     Decimal(rng.choice((0, 0, 0, 2, 3))))
                    for product_id in rng.sample(ids, LINES)]

        sale.save_order({"client_id": client.id, "order_date": TODAY}, requests())  # warm the caches
        new, again, orders = [], [], []
        for _ in range(RUNS):
            lines = requests()
            new.append(timed(lambda lines=lines: orders.append(
                sale.save_order({"client_id": client.id, "order_date": TODAY}, lines))))
            lines = requests()
            again.append(timed(lambda lines=lines: sale.save_order({}, lines, order_id=orders[-1].id)))
        new, again = as_timings(new), as_timings(again)
        print(f"(b) save_order, {LINES} lines, new draft:  {new.line()}")
        print(f"    save_order, {LINES} lines, re-saved:   {again.line()}")
        record("save_order_200_lines_ms", new.median, "ms", goal=SAVE_GOAL_MS)
        record("resave_order_200_lines_ms", again.median, "ms")
        database.close()
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()


def main() -> None:
    from kamdesk.core import db

    path = database_path()
    if not path.exists():
        build(path)
    path = Path(as_asked(f"sqlite:///{path}").removeprefix("sqlite:///"))
    print(f"on {database_kind()}")
    database = db.connect(f"sqlite:///{path}")
    try:
        bench_search()
    finally:
        database.close()
    bench_save(path)


if __name__ == "__main__":
    main()
