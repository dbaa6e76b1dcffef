"""20 users at one PostgreSQL server for 60 s: saving orders and offers and searching clients.

Each simulated user is a manager with a login of their own (made by
`kamdesk.core.server.users`, so the server's row-level security filters every
read and checks every write), in a process of its own with its own
connection, as each desk is a PC of its own. They work through the services
as the app does: a new order or a new offer of one to six lines for one of
their clients, or a client search for a word of four to six letters from one
of their clients' names (the count and the first page of 100), either as the
client list answers once its in-memory list of the user's clients is loaded
("search": matched in memory, the page read from the server; the list's load
is "search_load", once per user) or as it answers while that list loads
("search_sql": answered by the server). Between two actions
a user thinks for a random while around KAMDESK_LOAD_THINK_MS (1000 ms).
The server holds the 100,000 demo clients with their contacts and the demo
catalogue (copied from the cached SQLite demo), the clients shared out among
the users.

Printed: p50/p95/worst latency and errors per operation; at the end the
checks that no document number was given twice or skipped, that every save
left exactly one document and that no client was doubled. Note that the
users run on the same machine as the server, so their own Python work
competes with it for the processor. KAMDESK_LOAD_USERS (20),
KAMDESK_LOAD_SECONDS (60), KAMDESK_BENCH_CLIENTS (100000) change the run.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import statistics
import time

from common import demo_database
from server_setup import copy_tables, throwaway_server

USERS = int(os.environ.get("KAMDESK_LOAD_USERS", "20"))
SECONDS = float(os.environ.get("KAMDESK_LOAD_SECONDS", "60"))
THINK_MS = float(os.environ.get("KAMDESK_LOAD_THINK_MS", "1000"))
CLIENTS = int(os.environ.get("KAMDESK_BENCH_CLIENTS", "100000"))
TABLES = ("company", "setting", "manager", "segment", "price_column", "category", "product", "price", "promotion",
          "promotion_target", "promotion_audience", "client", "contact")
OPERATIONS = ("order", "offer", "search", "search_sql")
PASSWORD = "Terheles-2026"
HEAD = "bench_head"


def login(index: int) -> str:
    return f"bench_user{index:02d}"


class Desk:
    """One user's work: some of the clients they see (their own), the catalogue's products."""

    def __init__(self, index: int):
        from kamdesk.core.models import Client, Product

        self.rnd = random.Random(index)
        self.clients = [(c.id, c.name) for c in Client.select(Client.id, Client.name)
                        .where(Client.archived_at.is_null()).order_by(Client.id).limit(2000)]
        self.products = [p.id for p in Product.select(Product.id).where(Product.active == True)]  # noqa: E712
        self.listed = None  # the client list's search, its in-memory list loaded on first use

    def lines(self):
        from decimal import Decimal

        from kamdesk.core.services.document_lines import LineRequest

        chosen = self.rnd.sample(self.products, self.rnd.randint(1, 6))
        return [LineRequest(product, Decimal(self.rnd.randint(1, 40)), Decimal(0)) for product in chosen]

    def order(self) -> None:
        from kamdesk.core.services import sale

        client_id = self.rnd.choice(self.clients)[0]
        sale.save_order({"client_id": client_id}, self.lines())

    def offer(self) -> None:
        from kamdesk.core.services import offer

        client_id = self.rnd.choice(self.clients)[0]
        offer.save_offer({"client_id": client_id}, self.lines())

    def word(self) -> str:
        from kamdesk.core.text_fold import fold

        words = [w for w in fold(self.rnd.choice(self.clients)[1]).split() if len(w) >= 4] or ["kft"]
        return self.rnd.choice(words)[:self.rnd.randint(4, 6)]

    def search(self) -> None:
        from kamdesk.core.services.client_search import ClientSearch

        if self.listed is None:
            self.listed = ClientSearch()
        self.find(self.listed)

    def search_sql(self) -> None:
        from kamdesk.core.services.client_search import ClientSearch

        self.find(ClientSearch())  # a search of its own: nothing shared with `search`

    def find(self, search) -> None:
        from kamdesk.core.services.client_search import ClientFilter

        result = search.find(ClientFilter(text=self.word()))
        result.count
        result.rows(0, 100)


def user(index: int, url: str, start_at: float, results) -> None:
    """Work as user `index` (logged in at `url`) from `start_at` for SECONDS; put [(operation, ms, error or None)]
    on `results`."""
    from kamdesk.core import db

    done = []
    try:
        db.connect(url, migrate=False)
        desk = Desk(index)
        time.sleep(max(0.0, start_at - time.time()))
        while time.time() < start_at + SECONDS:
            done.append(act(desk))
            time.sleep(desk.rnd.uniform(0.5, 1.5) * THINK_MS / 1000)
    except Exception as failure:  # a user that cannot work is reported, not waited for
        done.append(("setup", 0.0, f"{type(failure).__name__}: {failure}"))
    finally:
        db.close()
        results.put(done)


def act(desk: Desk) -> tuple[str, float, str | None]:
    """One random action of `desk`: (operation, milliseconds, error or None)."""
    operation = desk.rnd.choice(OPERATIONS)
    if operation == "search" and desk.listed is None:
        operation = "search_load"  # the first search loads the in-memory list: timed apart
    began = time.perf_counter()
    try:
        getattr(desk, "search" if operation == "search_load" else operation)()
        error = None
    except Exception as failure:  # a benchmark counts every failure, whatever it is
        error = f"{type(failure).__name__}: {failure}"
    return operation, (time.perf_counter() - began) * 1000, error


def run_users(server) -> list[tuple[str, float, str | None]]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    start_at = time.time() + 10  # every process started and connected by then
    processes = [context.Process(target=user, args=(i, server.url("bench_load", login(i), PASSWORD), start_at,
                                                    results)) for i in range(USERS)]
    for process in processes:
        process.start()
    done = []
    for _ in processes:
        done += results.get(timeout=SECONDS + 300)
    for process in processes:
        process.join()
    return done


def report(done: list[tuple[str, float, str | None]]) -> int:
    """Print the figures per operation; the number of errors."""
    errors = 0
    for operation in sorted({op for op, _, _ in done}):
        times = sorted(ms for op, ms, _ in done if op == operation)
        failed = [error for op, _, error in done if op == operation and error]
        errors += len(failed)
        p95 = statistics.quantiles(times, n=20, method="inclusive")[-1] if len(times) > 1 else times[0]
        print(f"{operation:11} {len(times):5} done  p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms  "
              f"worst {times[-1]:7.1f} ms  errors {len(failed)}")
        for error in sorted(set(failed))[:5]:
            print(f"        {error[:300]}")
    return errors


def numbering_faults(connection, table: str) -> list[str]:
    """Document numbers of `table` given twice or skipped (per prefix: the numbers are 1..n)."""
    numbers = [row[0] for row in connection.execute(f'SELECT number FROM "{table}"')]
    faults = sorted({n for n in numbers if numbers.count(n) > 1})
    by_prefix: dict[str, list[int]] = {}
    for number in numbers:
        digits = len(number) - len(number.rstrip("0123456789"))
        by_prefix.setdefault(number[:-digits], []).append(int(number[-digits:]))
    for prefix, values in by_prefix.items():
        faults += [f"{prefix}… {n} missing" for n in sorted(set(range(1, max(values) + 1)) - set(values))]
    return faults


def client_counts(connection) -> tuple[int, int]:
    """(clients, tax keys shared by more than one live client)."""
    clients = connection.execute("SELECT count(*) FROM client").fetchone()[0]
    shared = connection.execute("SELECT count(*) FROM (SELECT tax_key FROM client WHERE archived_at IS NULL "
                                "AND tax_key <> '' GROUP BY tax_key HAVING count(*) > 1) AS shared").fetchone()[0]
    return clients, shared


def check(server, before: tuple[int, int], done) -> int:
    """Print the end-of-run checks; the number that failed."""
    import psycopg

    failed = 0
    with psycopg.connect(server.url("bench_load")) as connection:
        for table, operation in (("order", "order"), ("offer", "offer")):
            faults = numbering_faults(connection, table)
            saved = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            succeeded = sum(1 for op, _, error in done if op == operation and not error)
            print(f"{table}s: {saved} saved for {succeeded} successful saves; numbers doubled or skipped: "
                  f"{len(faults)} {faults[:5]}")
            failed += bool(faults) + (saved != succeeded)
            foreign = connection.execute(f'SELECT count(*) FROM "{table}" d JOIN client c ON c.id = d.client_id '
                                         "WHERE d.manager_id IS DISTINCT FROM c.manager_id").fetchone()[0]
            print(f"{table}s saved by another than the client's manager: {foreign}")
            failed += bool(foreign)
        after = client_counts(connection)
        print(f"clients: {before[0]} before, {after[0]} after; tax keys shared by live clients: "
              f"{before[1]} before, {after[1]} after")
        failed += after != before
    return failed


def add_users(url: str) -> None:
    """`server init` by the owner, a head and USERS managers under them, the clients shared out among those."""
    import psycopg

    from kamdesk.core import db
    from kamdesk.core.server import users

    users.init_server(url, "bench_admin", PASSWORD)
    users.add_user(HEAD, "Bench Head", "head", PASSWORD)
    managers = [users.add_user(login(i), f"Bench User {i:02d}", "manager", PASSWORD, HEAD).manager_id
                for i in range(USERS)]
    db.close()
    with psycopg.connect(url) as connection:
        connection.execute("UPDATE client SET manager_id = (%s::integer[])[id %% %s + 1]", (managers, USERS))


def main() -> None:
    from kamdesk.core import db

    sqlite_url = demo_database(CLIENTS)
    server = throwaway_server()
    try:
        url = server.create_database("bench_load")
        db.connect(url)  # the schema through the migrations
        db.close()
        copy_tables(sqlite_url, url, TABLES)
        add_users(url)
        import psycopg

        with psycopg.connect(url) as connection:
            before = client_counts(connection)
        print(f"{USERS} users (managers under one head, logged in with their own logins), {SECONDS:.0f} s, "
              f"think time about {THINK_MS:.0f} ms, {before[0]} clients on PostgreSQL")
        done = run_users(server)
        errors = report(done)
        faults = check(server, before, done)
        print(f"errors: {errors}; failed checks: {faults}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
