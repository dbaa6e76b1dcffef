"""Run by test_crash: fork savers of orders and SIGKILL them at random moments, then check the file.

Usage: python crash_harness.py FOLDER ROUNDS SEED. Prints one JSON line: rounds, orders
reported saved, how many of those are missing, half-saved orders (lines not summing to the
total or missing), and the integrity check's word.
"""

import json
import os
import random
import signal
import sqlite3
import sys
import time
from decimal import Decimal as D
from pathlib import Path


def set_up(url: str) -> tuple[int, list[int]]:
    from kamdesk.core import db
    from kamdesk.core.services import catalogue, company, party

    db.connect(url)
    company.set_up({"name": "Próba Kft.", "country": "HU", "currency": "HUF"}, {"name": "Kiss Anna"})
    listing = catalogue.save_price_column("Listaár", is_default=True)
    products = []
    for sku, price in (("TEJ-1", "399"), ("KEN-2", "1249.50"), ("SAJ-3", "2890")):
        product = catalogue.save_product({"sku": sku, "name": sku, "vat_rate": 27})
        catalogue.set_price(product.id, listing.id, D(price))
        products.append(product.id)
    client = party.save_client({"name": "Kovács és Társa Kft.", "legal_city": "Győr"})
    db.close()
    return client.id, products


def saver(url: str, client_id: int, products: list[int], report: int, seed: int) -> None:
    """The child: save orders for ever, writing each one's id to `report` once save_order returned."""
    from kamdesk.core import db
    from kamdesk.core.services import sale

    db.connect(url, migrate=False)
    rng = random.Random(seed)
    while True:
        lines = [sale.LineRequest(rng.choice(products), D(rng.randint(1, 9))) for _ in range(rng.randint(1, 6))]
        order = sale.save_order({"client_id": client_id}, lines)
        os.write(report, f"{order.id}\n".encode())


def main() -> None:
    folder, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    url = f"sqlite:///{folder / 'kamdesk.db'}"
    client_id, products = set_up(url)
    from kamdesk.core.services import sale  # noqa: F401 (imported once here, not in every child)

    rng = random.Random(seed)
    reported: set[int] = set()
    for round_ in range(rounds):
        read, write = os.pipe()
        child = os.fork()
        if child == 0:
            os.close(read)
            try:
                saver(url, client_id, products, write, seed + round_)
            except BaseException as error:  # noqa: BLE001 (reported, then the child ends)
                os.write(2, f"saver failed: {error!r}\n".encode())
            finally:
                os._exit(1)
        os.close(write)
        time.sleep(rng.uniform(0.002, 0.08))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        with os.fdopen(read) as pipe:
            reported |= {int(line) for line in pipe.read().split()}
    print(json.dumps({"rounds": rounds, **inspect(folder / "kamdesk.db", reported)}))


def inspect(path: Path, reported: set[int]) -> dict:
    connection = sqlite3.connect(path)
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        orders = dict(connection.execute('SELECT id, net_total FROM "order"'))
        sums = dict(connection.execute("SELECT order_id, SUM(net_amount) FROM order_line GROUP BY order_id"))
    finally:
        connection.close()
    half = [i for i, total in orders.items() if sums.get(i) != total]
    return {"reported": len(reported), "missing": len(reported - orders.keys()), "half_saved": len(half),
            "integrity": check}


if __name__ == "__main__":
    main()
