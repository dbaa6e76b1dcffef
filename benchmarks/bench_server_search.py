"""Keystroke → first page of clients, on a PostgreSQL server beside SQLite, at 100,000 clients.

The same demo clients are searched on both (copied from the cached SQLite
demo into a throwaway server). Each figure is one keystroke of a word typed
letter by letter: the count of matches and the first page of 100 rows, as
the client list asks for them, straight from the database (on PostgreSQL
the trigram index of migration 0012, on SQLite the FTS5 index of 0023).
A trigram index serves words of three letters or more; a shorter one walks
the name order (SQLite) or scans (PostgreSQL). The server is measured twice: as its owner
(a single-user server: no row-level security) and as an admin who sees all
clients through row-level security. PostgreSQL does not let a LIKE (not
"leakproof") reach an index ahead of the row policies, so a logged-in user's
SQL answers read the whole table.
Goal: the server within the SQLite budget (median ≤ 15 ms, worst ≤ 30 ms
per keystroke). KAMDESK_BENCH_CLIENTS=20000 for a quicker run.
"""

from __future__ import annotations

import os
import time

from common import demo_database, summary
from server_setup import copy_tables, throwaway_server

CLIENTS = int(os.environ.get("KAMDESK_BENCH_CLIENTS", "100000"))
WORDS = ("kovacs", "szűcs", "budapest", "nagy péter", "иван", "12345")
TABLES = ("manager", "segment", "price_column", "client")
PASSWORD = "Kereses-2026"


def keystrokes(word: str, search) -> tuple[list[float], int]:
    """Milliseconds per keystroke typing `word`, and the matches of the whole word."""
    from kamdesk.core.services.client_search import ClientFilter

    times, count = [], 0
    for end in range(1, len(word) + 1):
        start = time.perf_counter()
        result = search.find(ClientFilter(text=word[:end]))
        count = result.count
        result.rows(0, 100)
        times.append((time.perf_counter() - start) * 1000)
    return times, count


def measure(name: str, url: str) -> None:
    from kamdesk.core import db
    from kamdesk.core.services.client_search import ClientFilter, ClientSearch

    db.connect(url)
    try:
        for label, search in (("SQL", ClientSearch()),):
            every, longer = [], []
            for word in WORDS:
                times, count = keystrokes(word, search)
                every += times
                longer += times[2:]
                print(f"  {label:6} {word!r:14} {summary(times)}  ({count} matches)")
            print(f"  {label:6} all keystrokes: {summary(every)}; from the third letter on: {summary(longer)}")
    finally:
        db.close()


def admin_url(server, server_url: str) -> str:
    """`server init` on the copied database; the URL of its admin, who sees every client."""
    from kamdesk.core import db
    from kamdesk.core.server import users

    users.init_server(server_url, "bench_admin", PASSWORD)
    db.close()
    return server.url("bench_search", "bench_admin", PASSWORD)


def main() -> None:
    from kamdesk.core import db

    sqlite_url = demo_database(CLIENTS)
    server = throwaway_server()
    try:
        server_url = server.create_database("bench_search")
        db.connect(server_url)  # the schema through the migrations
        db.close()
        start = time.perf_counter()
        copy_tables(sqlite_url, server_url, TABLES)
        print(f"{CLIENTS} clients copied to PostgreSQL in {time.perf_counter() - start:.1f} s")
        measure("SQLite", sqlite_url)
        measure("PostgreSQL, owner", server_url)
        measure("PostgreSQL, admin (row-level security)", admin_url(server, server_url))
        print("goal: PostgreSQL within the SQLite budget, median ≤ 15 ms, worst ≤ 30 ms per keystroke")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
