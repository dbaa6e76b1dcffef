"""What encrypting the database costs, driver against driver: plain SQLite (sqlite3), SQLCipher 4 (sqlcipher3)
and SQLite3 Multiple Ciphers (apsw-sqlite3mc, its default ChaCha20-Poly1305), on the keystroke and the save.

The statements are kamdesk's own, recorded (peewee's query log) while its services run on the plain
databases of the existing benchmarks, then replayed on a connection of each driver that has kamdesk's pragmas
and audit triggers:

(a) a keystroke in the client list as the window answers it (the full-text index, or the name order walked
    for common words), the visible page of 50 rows, for every prefix of bench_search's words, 100,000 clients;
(b) a keystroke without the full-text index (a SQLite build without FTS5's trigrams): the count and the first
    page straight from SQL, a LIKE per word over every client (the heaviest read a keystroke makes);
(c) `sale.save_order` of a new draft with 200 lines on bench_orders' database (50,000 products), with its
    commit; each run on a fresh copy, warmed by the same save rolled back.

(d) the save of (c) end to end, kamdesk's own code (pricing, workflow, audit) through `db.connect`, on the
    plain file and on its encrypted copy, alternating: what the save benchmark's 10 % budget is about.

"sqlcipher3, no key" is SQLCipher's SQLite (3.51) without encryption: it tells the driver's share of a
difference from the encryption's (sqlcipher3-binary 0.6.0's extension is compiled without optimisation:
its functions keep their arguments on the stack, `objdump -d` shows it). The drivers take turns in every round (the first one changes each round);
median and worst over all rounds, wall-clock and CPU time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_cipher.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import shutil
import sqlite3
import statistics
import time
from decimal import Decimal
from pathlib import Path

from common import BENCH_PASSPHRASE, demo_database, encrypted

import bench_orders
import bench_search

PAGE = 50
MC_SUFFIX = "-sqlite3mc.db"


# ---------------------------------------------------------------- recording kamdesk's statements

class Recorder(logging.Handler):
    """The (sql, params) peewee logs while `recording`; params made plain values every driver binds alike."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.statements: list[tuple[str, tuple]] | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.statements is not None and isinstance(record.msg, tuple):
            sql, params = record.msg
            self.statements.append((sql, tuple(_plain(value) for value in params or ())))

    def recording(self, work) -> list[tuple[str, tuple]]:
        self.statements = []
        try:
            work()
            return self.statements
        finally:
            self.statements = None


def _plain(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, (Decimal, dt.date, dt.time)):
        return str(value)
    return value


def _recorder() -> Recorder:
    recorder = Recorder()
    logger = logging.getLogger("peewee")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(recorder)
    logger.propagate = False
    return recorder


def record_keystrokes(recorder: Recorder, url: str) -> tuple[list, list]:
    """(in memory, while loading): per keystroke, the statements the client list runs."""
    from kamdesk.core import db
    from kamdesk.core.services import client_search
    from kamdesk.core.text_fold import fold

    db.connect(url)
    search = client_search.ClientSearch()
    loaded, loading = [], []
    for word in bench_search.WORDS:
        for end in range(1, len(word) + 1):
            typed = client_search.ClientFilter(text=word[:end])

            def in_memory(typed=typed):
                result = search.find(typed)
                result.rows(0, min(PAGE, result.count))

            def from_sql(typed=typed):
                result = client_search._paged(typed, fold(typed.text).split())
                result.rows(0, min(PAGE, result.count))

            loaded.append(recorder.recording(in_memory))
            loading.append(recorder.recording(from_sql))
    db.close()
    return loaded, loading


def record_save(recorder: Recorder, path: Path) -> list:
    """The statements of saving a new 200-line draft order (on a throw-away copy)."""
    from kamdesk.core import db
    from kamdesk.core.models import Client, Product
    from kamdesk.core.services import sale

    copy = path.with_name("bench-cipher-record.db")
    shutil.copyfile(path, copy)
    try:
        db.connect(f"sqlite:///{copy}")
        client = Client.get()
        rng = random.Random(3)
        ids = [p for (p,) in Product.select(Product.id).tuples()]
        lines = [sale.LineRequest(product_id, Decimal(rng.randint(1, 40)), Decimal(rng.choice((0, 0, 0, 2, 3))))
                 for product_id in rng.sample(ids, bench_orders.LINES)]
        statements = recorder.recording(
            lambda: sale.save_order({"client_id": client.id, "order_date": bench_orders.TODAY}, lines))
        db.close()
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()
    return statements


# ---------------------------------------------------------------- the drivers

class Apsw:
    """An apsw connection answering the few sqlite3 calls kamdesk's audit triggers and the replay make."""

    def __init__(self, connection):
        self.connection = connection

    def execute(self, sql: str, params=()):
        return self.connection.execute(sql, params)

    def executescript(self, script: str) -> None:
        self.connection.execute(script)

    def create_function(self, name: str, count: int, function) -> None:
        self.connection.create_scalar_function(name, function, count)

    def close(self) -> None:
        self.connection.close()


def _prepared(connection):
    """kamdesk's pragmas and audit triggers on `connection`, as every connection of the app has them."""
    from kamdesk.core import audit, db

    for name, value in db.SQLITE_PRAGMAS.items():
        list(connection.execute(f"PRAGMA {name} = {value}"))
    audit.install_sqlite(connection)
    return connection


def open_plain(path: Path):
    return _prepared(sqlite3.connect(str(path), isolation_level=None))


def open_sqlcipher_unkeyed(path: Path):
    import sqlcipher3

    return _prepared(sqlcipher3.connect(str(path), isolation_level=None))


def open_sqlcipher(path: Path):
    from kamdesk.core import cipher

    return _prepared(cipher.connect_file(path))


def open_mc(path: Path):
    import apsw

    connection = apsw.Connection(str(path))
    list(connection.execute(f"PRAGMA key = '{BENCH_PASSPHRASE}'"))
    return _prepared(Apsw(connection))


def mc_copy(path: Path) -> Path:
    """The plain database at `path` encrypted by SQLite3 Multiple Ciphers (its default cipher), made once."""
    import apsw

    target = path.with_name(path.stem + MC_SUFFIX)
    if target.exists():
        return target
    partial = target.with_suffix(".partial")
    shutil.copyfile(path, partial)
    connection = apsw.Connection(str(partial))
    list(connection.execute("PRAGMA journal_mode = DELETE"))
    list(connection.execute(f"PRAGMA rekey = '{BENCH_PASSPHRASE}'"))
    list(connection.execute("PRAGMA journal_mode = WAL"))
    connection.close()
    partial.rename(target)
    return target


# ---------------------------------------------------------------- replaying and timing

def replay(connection, statements) -> None:
    for sql, params in statements:
        cursor = connection.execute(sql, params)
        for _row in cursor:
            pass


def timed(work) -> tuple[float, float]:
    """(wall, CPU) milliseconds of `work()`."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def save_once(opener, base: Path, statements) -> tuple[float, float]:
    """A save with its commit on a fresh copy of `base`, after the same save rolled back (pages in the cache)."""
    work = base.with_name("bench-cipher-save.db")
    for leftover in work.parent.glob(work.name + "*"):
        leftover.unlink()
    shutil.copyfile(base, work)
    connection = opener(work)
    try:
        for finish in ("ROLLBACK", "COMMIT"):
            def save(finish=finish):
                list(connection.execute("BEGIN IMMEDIATE"))
                replay(connection, statements)
                list(connection.execute(finish))
            figures = timed(save)
        return figures
    finally:
        connection.close()
        for leftover in work.parent.glob(work.name + "*"):
            leftover.unlink()


def line(name: str, samples: list[tuple[float, float]], baseline: list[tuple[float, float]] | None) -> str:
    wall = [s[0] for s in samples]
    cpu = [s[1] for s in samples]
    text = (f"    {name:22} wall median {statistics.median(wall):7.2f} ms, worst {max(wall):7.2f} ms;"
            f"  CPU median {statistics.median(cpu):7.2f} ms, worst {max(cpu):7.2f} ms")
    if baseline is not None:
        text += (f"  ({_more(wall, [s[0] for s in baseline])} wall, "
                 f"{_more(cpu, [s[1] for s in baseline])} CPU, medians)")
    return text


def _more(values: list[float], base: list[float]) -> str:
    return f"{(statistics.median(values) / statistics.median(base) - 1) * 100:+.1f} %"


def save_end_to_end(orders: Path, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """(d): sale.save_order through kamdesk on a copy of the plain and of the encrypted database, in turns."""
    from kamdesk.core import db
    from kamdesk.core.models import Client, Product
    from kamdesk.core.services import sale

    copies = {}
    for name, source in (("plain", orders), ("SQLCipher", encrypted(orders))):
        copies[name] = source.with_name(f"bench-cipher-{name}.db")
        shutil.copyfile(source, copies[name])
    rng = random.Random(5)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in copies}
    try:
        for round_number in range(rounds):
            for name in (list(copies) if round_number % 2 == 0 else list(copies)[::-1]):
                db.connect(f"sqlite:///{copies[name]}")
                client = Client.get()
                ids = [p for (p,) in Product.select(Product.id).tuples()]
                for timed_run in (False, True):  # the first warms the caches, as bench_orders does
                    lines = [sale.LineRequest(product_id, Decimal(rng.randint(1, 40)), Decimal(rng.choice((0, 2, 3))))
                             for product_id in rng.sample(ids, bench_orders.LINES)]
                    figures = timed(lambda: sale.save_order({"client_id": client.id,
                                                             "order_date": bench_orders.TODAY}, lines))
                db.close()
                samples[name].append(figures)
    finally:
        for copy in copies.values():
            for leftover in copy.parent.glob(copy.name + "*"):
                leftover.unlink()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    from kamdesk.core import db

    recorder = _recorder()
    demo = Path(demo_database().removeprefix("sqlite:///"))
    orders = bench_orders.database_path()
    if not orders.exists():
        bench_orders.build(orders)
    loaded, loading = record_keystrokes(recorder, f"sqlite:///{demo}")
    saving = record_save(recorder, orders)
    logging.getLogger("peewee").removeHandler(recorder)
    db.close()
    drivers = {  # name: (opener, the demo database it opens, the orders database it copies)
        "sqlite3 (plain)": (open_plain, demo, orders),
        "sqlcipher3, no key": (open_sqlcipher_unkeyed, demo, orders),
        "sqlcipher3 (SQLCipher)": (open_sqlcipher, encrypted(demo), encrypted(orders)),
        "apsw (SQLite3MC)": (open_mc, mc_copy(demo), mc_copy(orders)),
    }
    print(f"{rounds} rounds, drivers alternating; {len(loaded)} keystrokes a round; "
          f"save of {bench_orders.LINES} lines ({len(saving)} statements)")
    connections = {name: opener(path) for name, (opener, path, _) in drivers.items()}
    samples = {kind: {name: [] for name in drivers} for kind in ("loaded", "loading", "save")}
    names = list(drivers)
    for round_number in range(rounds):
        order = names[round_number % len(names):] + names[:round_number % len(names)]
        for name in order:
            connection = connections[name]
            samples["loaded"][name] += [timed(lambda s=s: replay(connection, s)) for s in loaded]
            samples["loading"][name] += [timed(lambda s=s: replay(connection, s)) for s in loading]
            opener, _, base = drivers[name]
            samples["save"][name].append(save_once(opener, base, saving))
    for connection in connections.values():
        connection.close()
    titles = {"loaded": "(a) keystroke, list in memory (page of 50 rows read)",
              "loading": "(b) keystroke while the list loads (count + first page by LIKE over 100,000 clients)",
              "save": f"(c) save_order, {bench_orders.LINES} lines, with commit"}
    for kind, title in titles.items():
        print(title)
        for name in names:
            print(line(name, samples[kind][name], None if name == names[0] else samples[kind][names[0]]))
    whole = save_end_to_end(orders, rounds)
    print(f"(d) save_order end to end, {bench_orders.LINES} lines, kamdesk's code through db.connect")
    print(line("plain SQLite", whole["plain"], None))
    print(line("SQLCipher", whole["SQLCipher"], whole["plain"]))


if __name__ == "__main__":
    main()
