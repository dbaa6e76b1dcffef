"""Shared set-up for the team-server benchmarks: a throwaway PostgreSQL, filled from the cached SQLite demo."""

from __future__ import annotations

import sqlite3

from common import ROOT  # noqa: F401  (puts the repository on the path)


def throwaway_server():
    """A started throwaway PostgreSQL (tests/pg_server.py); the caller stops it."""
    from tests.pg_server import ThrowawayServer

    return ThrowawayServer().start()


def copy_tables(sqlite_url: str, server_url: str, tables: tuple[str, ...], omit: tuple[str, ...] = ()) -> None:
    """Copy `tables` (in this order: referenced ones first) from a SQLite database into the migrated server's.

    COPY takes seconds where the demo generator would take many minutes on a
    server; columns the two schemas share are copied, except `omit` (left to the
    server's defaults), the id sequences moved on.
    """
    import psycopg

    source = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    with psycopg.connect(server_url) as target:
        for table in tables:
            wanted = {row[0] for row in target.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s", (table,))}
            columns = [row[1] for row in source.execute(f'PRAGMA table_info("{table}")') if row[1] in wanted
                       and row[1] not in omit]
            names = ", ".join(f'"{c}"' for c in columns)
            with target.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in source.execute(f'SELECT {names} FROM "{table}" ORDER BY id'):
                    copy.write_row(row)
            target.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                           f'(SELECT coalesce(max(id), 0) + 1 FROM "{table}"), false)')
        target.commit()
        target.autocommit = True
        for table in tables:
            target.execute(f'ANALYZE "{table}"')
    source.close()
