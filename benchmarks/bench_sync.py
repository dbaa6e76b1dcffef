"""Laptop sync: taking a manager's laptop offline from the team server, then syncing it (issue 14).

The team server is a throwaway PostgreSQL (server_setup.py) filled from the cached SQLite demo of
KAMDESK_BENCH_DEMO_CLIENTS clients (four times KAMDESK_BENCH_CLIENTS by default: the demo shares its
clients out among four managers): its catalogue, the clients with their contacts and activities, two
years of orders (lines, shipments, discount approvals), offers and contracts. One manager, logged in with
their own login (row-level security decides what the laptop receives), owns KAMDESK_BENCH_CLIENTS (5,000)
clients: first every client of the demo that buys, with their orders, then others up to the number; the
other clients stay with the demo's managers.

Printed:
- the first `laptop init` (`replica.init_replica`, encrypted when this build can encrypt a replica): its
  progress as it goes, wall time, CPU time of this process (the laptop) and of the server, rows copied,
  rows/s, the replica's size on disk;
- a sync after 100 changes on the laptop (60 client field edits, 30 new contacts, an order with 9 lines,
  made through the services) and 100 in the office (made by the manager's head in SQL: 40 credit limits,
  half of them on clients the laptop edited, 20 client notes, 30 new contacts, 10 prices): wall and CPU,
  median and worst of KAMDESK_SYNC_RUNS (7) runs;
- a sync with nothing to do: the floor of a sync (connect, check the versions, an empty pull).
At the end, the replica's counts are checked against what the manager sees on the server.
The server runs on the same cores as the laptop. KAMDESK_BENCH_CLIENTS=500 for a quick run.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import resource
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from common import demo_database
from server_setup import copy_tables, throwaway_server

CLIENTS = int(os.environ.get("KAMDESK_BENCH_CLIENTS", "5000"))
DEMO_CLIENTS = int(os.environ.get("KAMDESK_BENCH_DEMO_CLIENTS", str(4 * CLIENTS)))
RUNS = int(os.environ.get("KAMDESK_SYNC_RUNS", "7"))
PASSWORD = "Laptop-Sync-2026"
PASSPHRASE = "bench laptop passphrase"
ADMIN, HEAD, MANAGER = "bench_admin", "bench_head", "bench_kam"
DATABASE = "bench_sync"
BLOCK = 150  # clients a run's changes touch (laptop and office)
CHECKED = ("client", "contact", "activity", "order", "order_line", "shipment", "offer", "contract", "price")


# ---------------------------------------------------------------------- the server

def server_tables(sqlite_url: str) -> tuple[str, ...]:
    """The synced tables the demo has, referenced ones first, and the number series (its numbers go on)."""
    import sqlite3

    from kamdesk.core import models  # noqa: F401 (it registers the tables that travel)
    from kamdesk.core.sync import tables

    source = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    present = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    source.close()
    return tuple(name for name in ("number_series", *(t.name for t in tables.synced())) if name in present)


def fill_server(server) -> str:
    """The demo copied into a new database (each row a new gid: the SQLite demo's bulk inserts have none),
    the logins made and the clients given out; the owner's URL."""
    from kamdesk.core import db
    from kamdesk.core.server import users

    sqlite_url = demo_database(DEMO_CLIENTS)
    url = server.create_database(DATABASE)
    db.connect(url)  # the schema through the migrations
    db.close()
    names = server_tables(sqlite_url)
    with quiet(server, names):
        copy_tables(sqlite_url, url, names, omit=("gid",))
    users.init_server(url, ADMIN, PASSWORD)
    users.add_user(HEAD, "Bench Head", "head", PASSWORD)
    manager = users.add_user(MANAGER, "Bench Key Account", "manager", PASSWORD, HEAD).manager_id
    db.close()
    with quiet(server, names):
        give_clients(server, manager)
    return url


@contextlib.contextmanager
def quiet(server, names: tuple[str, ...]):
    """The tables' own triggers (the change log, the audit trail) off while the set-up fills them: the data was
    there before the laptop, and logging 700,000 rows one by one would take minutes."""
    with server.connect(DATABASE) as connection:
        for name in names:
            connection.execute(f'ALTER TABLE "{name}" DISABLE TRIGGER USER')
        try:
            yield
        finally:
            for name in names:
                connection.execute(f'ALTER TABLE "{name}" ENABLE TRIGGER USER')


def give_clients(server, manager: int) -> None:
    """CLIENTS clients to `manager`, the buyers first; their documents and activities follow them."""
    with server.connect(DATABASE) as connection:
        connection.execute('UPDATE client SET manager_id = %s WHERE id IN (SELECT id FROM client ORDER BY '
                           'EXISTS (SELECT 1 FROM "order" o WHERE o.client_id = client.id) DESC, id LIMIT %s)',
                           (manager, CLIENTS))
        for table, column in (("order", "manager_id"), ("offer", "manager_id"), ("contract", "manager_id"),
                              ("activity", "owner_id")):
            connection.execute(f'UPDATE "{table}" t SET "{column}" = c.manager_id FROM client c '
                               f'WHERE c.id = t.client_id AND t."{column}" IS DISTINCT FROM c.manager_id')
        connection.execute("ANALYZE")


def manager_clients(server) -> tuple[list[str], list[str]]:
    """The gids of the manager's clients, and of those among them that buy."""
    with server.connect(DATABASE) as connection:
        kam = connection.execute("SELECT id FROM manager WHERE login = %s", (MANAGER,)).fetchone()[0]
        clients = [r[0] for r in connection.execute("SELECT gid FROM client WHERE manager_id = %s ORDER BY id",
                                                    (kam,))]
        buyers = [r[0] for r in connection.execute('SELECT gid FROM client c WHERE manager_id = %s AND EXISTS '
                                                   '(SELECT 1 FROM "order" o WHERE o.client_id = c.id) ORDER BY id',
                                                   (kam,))]
    return clients, buyers


def server_cpu(server) -> float:
    """CPU seconds the server's processes have used so far: the postmaster, its live and its ended children."""
    tick = os.sysconf("SC_CLK_TCK")
    postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        pid, parent = int(entry.name), int(fields[1])
        if pid == postmaster:
            total += sum(int(f) for f in fields[11:15])  # utime, stime and the ended children's
        elif parent == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / tick


# ---------------------------------------------------------------------- the changes

def block(clients: list[str], run: int, start: int, end: int) -> list[str]:
    return [clients[(run * BLOCK + i) % len(clients)] for i in range(start, end)]


def laptop_changes(clients: list[str], buyers: list[str], run: int) -> None:
    """100 records changed through the services on the open replica: 60 client edits, 30 new contacts, an order
    with 9 lines."""
    from kamdesk.core.models import Client, Product
    from kamdesk.core.services import party, sale
    from kamdesk.core.services.document_lines import LineRequest

    local = {gid: cid for gid, cid in Client.select(Client.gid, Client.id).tuples()}
    for number, gid in enumerate(block(clients, run, 0, 60)):
        party.save_client({"notes": f"Visited on run {run}, call {number}."}, client_id=local[gid],
                          allow_duplicates=True)
    for number, gid in enumerate(block(clients, run, 60, 90)):
        known = [{**{f: getattr(c, f) for f in party.CONTACT_FIELDS}, "id": c.id, "row_version": c.row_version}
                 for c in party.client_contacts(local[gid])]
        party.save_client({}, [*known, {"name": f"Laptop Contact {run}-{number}", "phone": ""}],
                          client_id=local[gid], allow_duplicates=True)
    active = Product.select(Product.id).where(Product.active == True).order_by(Product.id)  # noqa: E712
    products = [p for (p,) in active.tuples()]
    chosen = [products[(run * 9 + i * 7) % len(products)] for i in range(9)]
    sale.save_order({"client_id": local[buyers[run % len(buyers)]]},
                    [LineRequest(p, Decimal(3 + i)) for i, p in enumerate(dict.fromkeys(chosen))])


def office_changes(server, clients: list[str], run: int) -> None:
    """100 records changed in the office by the manager's head, in SQL (each statement its own transaction):
    40 credit limits, 20 client notes, 30 new contacts, 10 prices."""
    with server.connect(DATABASE, HEAD, PASSWORD) as office:
        credit = block(clients, run, 0, 20) + block(clients, run, 90, 110)
        office.execute("UPDATE client SET credit_limit = credit_limit + 100000, row_version = row_version + 1 "
                       "WHERE gid = ANY(%s)", (credit,))
        office.execute("UPDATE client SET notes = %s, row_version = row_version + 1 WHERE gid = ANY(%s)",
                       (f"Office note of run {run}.", block(clients, run, 110, 130)))
        columns = [r[0] for r in office.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'contact' AND column_name "
            "NOT IN ('id', 'gid', 'name', 'is_primary', 'client_id')")]
        copied = ", ".join(f'"{c}"' for c in columns)
        picked = ", ".join(f'model."{c}"' for c in columns)
        for number, gid in enumerate(block(clients, run, 130, 150) + block(clients, run, 60, 70)):
            office.execute(f"INSERT INTO contact (client_id, name, is_primary, {copied}) "
                           f"SELECT c.id, %s, false, {picked} FROM client c, "
                           f"(SELECT * FROM contact LIMIT 1) AS model WHERE c.gid = %s",
                           (f"Office Contact {run}-{number}", gid))
        office.execute("UPDATE price SET amount = amount + 1, row_version = row_version + 1 WHERE id IN "
                       "(SELECT id FROM price ORDER BY id OFFSET %s LIMIT 10)", (run * 10,))


# ---------------------------------------------------------------------- measuring

class Progress:
    """Keeps the steps a sync reports; prints them with the time since the start, at most one a second."""

    def __init__(self, label: str, printing: bool = True):
        self.label, self.printing, self.steps = label, printing, []
        self.start = self.printed = time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        self.steps.append((done, total))
        now = time.perf_counter()
        if self.printing and (now - self.printed >= 1 or done == total):
            print(f"  {self.label}: {done}/{total} at {now - self.start:.1f} s", flush=True)
            self.printed = now


def timed(server, work):
    """(result, wall ms, laptop CPU ms, server CPU ms) of `work()`."""
    wall, cpu, served = time.perf_counter(), time.process_time(), server_cpu(server)
    result = work()
    return (result, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000,
            (server_cpu(server) - served) * 1000)


def can_encrypt() -> bool:
    from kamdesk.core import db

    return "passphrase" in inspect.signature(db.connect).parameters


def replica_size(path: Path) -> str:
    sizes = [p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
    return f"{sum(sizes) / 1e6:.1f} MB (file {sizes[0] / 1e6:.1f} MB + write-ahead log {sum(sizes[1:]) / 1e6:.1f} MB)"


def first_init(server, path: Path) -> None:
    from kamdesk.core.sync import replica

    url = server.url(DATABASE, MANAGER, None)
    passphrase = PASSPHRASE if can_encrypt() else None
    print(f"laptop init of {MANAGER} ({'encrypted' if passphrase else 'not encrypted: this build has no cipher'})",
          flush=True)
    report, wall, cpu, served = timed(server, lambda: replica.init_replica(path, url, PASSWORD, passphrase,
                                                                          Progress("init")))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"laptop init: {wall / 1000:.1f} s wall, laptop CPU {cpu / 1000:.1f} s, server CPU {served / 1000:.1f} s; "
          f"{report.pulled} rows copied, {report.pulled / (wall / 1000):.0f} rows/s; replica {replica_size(path)}; "
          f"this process's peak memory {peak:.0f} MB")
    print("  on the laptop: " + ", ".join(f"{count} {table}" for table, count in replica_counts().items()), flush=True)


def replica_counts() -> dict[str, int]:
    from kamdesk.core.db import database

    return {t: database.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in CHECKED}


def server_counts(server) -> dict[str, int]:
    with server.connect(DATABASE, MANAGER, PASSWORD) as connection:
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in CHECKED}


def syncs(server, label: str, change) -> None:
    """RUNS syncs, each after `change(run)`; their figures and summary."""
    from kamdesk.core.services import sync

    walls, cpus = [], []
    for run in range(RUNS):
        change(run)
        progress = Progress(label, printing=False)
        report, wall, cpu, served = timed(server, lambda: sync.sync_now(PASSWORD, progress))
        walls.append(wall)
        cpus.append(cpu)
        print(f"  {label} run {run + 1}: {wall:7.0f} ms wall, laptop CPU {cpu:6.0f} ms, server CPU {served:6.0f} ms; "
              f"sent {report.pushed}, received {report.pulled}, removed {report.dropped}, "
              f"conflicts {report.conflicts}; progress {' '.join(f'{d}/{t}' for d, t in progress.steps)}", flush=True)
    print(f"{label}: wall median {statistics.median(walls):.0f} ms, worst {max(walls):.0f} ms; "
          f"laptop CPU median {statistics.median(cpus):.0f} ms, worst {max(cpus):.0f} ms ({RUNS} runs)", flush=True)


def main() -> None:
    from kamdesk.core import db

    server = throwaway_server()
    folder = Path(tempfile.mkdtemp(prefix="kamdesk-bench-sync-"))
    try:
        start = time.perf_counter()
        fill_server(server)
        clients, buyers = manager_clients(server)
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        print(f"server: demo of {DEMO_CLIENTS} clients copied, {len(clients)} of them {MANAGER}'s "
              f"({len(buyers)} buying), in {time.perf_counter() - start:.0f} s", flush=True)
        first_init(server, folder / "laptop.db")
        syncs(server, "sync of 100 laptop + 100 office changes",
              lambda run: (laptop_changes(clients, buyers, run), office_changes(server, clients, run)))
        syncs(server, "sync with nothing to do", lambda run: None)
        mine, theirs = replica_counts(), server_counts(server)
        print("replica and server agree" if mine == theirs else f"replica {mine} differs from the server {theirs}")
    finally:
        db.close()
        server.stop()
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
