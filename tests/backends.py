"""The `db` fixture on both backends: SQLite and PostgreSQL.

Tests under tests/core/services (and modules marked `both_backends`) run once
per backend; the test id shows which (`test_x[sqlite]`, `test_x[postgresql]`).

On PostgreSQL the schema is migrated once per run into a template database
(collation hu-HU, as on a Hungarian office's server, where ICU is there).
A test normally runs in one transaction on a shared copy of it, rolled back at
the end (the services' own `atomic()` blocks nest as savepoints), with the id
sequences set back to where the migrations left them: a test costs one
round trip more than on SQLite. A test whose writes must be seen by another
connection (threads, a subprocess, a reconnect) is marked
`own_database(reason)` and gets a fresh copy of the template, dropped after it.
A test about the SQLite file itself is marked `sqlite_only(reason)`. Data that
takes seconds to make (the demo) is made once per run through `seeded`.
"""

from __future__ import annotations

import pytest

from kamdesk.core import db as kdb

SQLITE, POSTGRESQL = "sqlite", "postgresql"
TEMPLATE = "kamdesk_template"
SHARED = "kamdesk_shared"


def parametrize(metafunc) -> None:
    """Run a test that uses `db` on both backends, unless it is marked `sqlite_only`."""
    if "db" not in metafunc.fixturenames:
        return
    backends = [SQLITE] if _reason(metafunc.definition, "sqlite_only") else [SQLITE, POSTGRESQL]
    metafunc.parametrize("db", backends, indirect=True)


def _reason(item, name: str) -> str | None:
    marker = item.get_closest_marker(name)
    if marker is None:
        return None
    if not marker.args or not str(marker.args[0]).strip():
        raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.{name} needs the reason as its argument")
    return marker.args[0]


class Copy:
    """A copy of the template: its connected database, URL, and the statement setting its sequences back."""

    def __init__(self, template: "PostgresqlTemplate", name: str):
        self.name = name
        self.url = template.copy(name)
        self.database = kdb.connect(self.url, migrate=False)
        self.remember_sequences()

    def remember_sequences(self) -> None:
        """Note where every sequence stands now: `rolled_back` sets them back there (setval is not rolled back)."""
        rows = self.database.execute_sql(
            "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), "
            "COALESCE(last_value, start_value), last_value IS NOT NULL FROM pg_sequences")
        calls = [f"setval('{name}', {value}, {str(called).lower()})" for name, value, called in rows]
        self.reset_sequences = "SELECT " + ", ".join(calls) if calls else ""

    def rolled_back(self):
        """Bind this copy inside a transaction that is rolled back when the generator resumes."""
        database = self.database
        if not database.is_connection_usable():
            database.close()
        database.connect(reuse_if_open=True)
        kdb.database.initialize(database)
        if self.reset_sequences:
            database.execute_sql(self.reset_sequences)
        database.transaction().__enter__()
        try:
            yield self
        finally:
            while database.transaction_depth():
                database.pop_transaction()
            database.rollback()


class PostgresqlTemplate:
    """The migrated template, the shared copy the rolled-back tests use, and copies seeded once per run."""

    def __init__(self, server):
        self.server = server
        with server.connect() as connection:
            _create_template(connection, hungarian=connection.info.server_version >= 150000)  # 15 added ICU_LOCALE
        kdb.connect(server.url(TEMPLATE)).close()
        self.shared = Copy(self, SHARED)
        self.seeds: dict[str, tuple[Copy, object]] = {}
        self.copies = 0

    def copy(self, name: str) -> str:
        """A new copy of the template."""
        return self.server.create_database(name, template=TEMPLATE)

    def own_copy(self):
        """A fresh copy of the template for one test; dropped when the generator resumes."""
        self.copies += 1
        copy = Copy(self, f"kamdesk_test_{self.copies}")
        try:
            yield copy
        finally:
            copy.database.close()
            kdb.close()
            self.server.drop_database(copy.name)

    def seeded(self, key: str, build) -> tuple[Copy, object]:
        """A copy holding what `build()` wrote, made once per run; and what `build()` returned."""
        if key not in self.seeds:
            copy = Copy(self, f"kamdesk_seed_{len(self.seeds) + 1}")
            result = build()
            copy.remember_sequences()
            self.seeds[key] = copy, result
        return self.seeds[key]

    def close(self) -> None:
        for copy in [self.shared, *(copy for copy, _ in self.seeds.values())]:
            copy.database.close()
            self.server.drop_database(copy.name)
        self.server.drop_database(TEMPLATE)


def _create_template(connection, hungarian: bool) -> None:
    """The template database; sorting text as a Hungarian office's server does (ICU) where PostgreSQL can."""
    import psycopg

    if hungarian:
        try:
            connection.execute(f"CREATE DATABASE {TEMPLATE} TEMPLATE template0 ENCODING 'UTF8' "
                               "LOCALE_PROVIDER icu ICU_LOCALE 'hu-HU'")
            return
        except psycopg.Error:  # a PostgreSQL built without ICU
            pass
    connection.execute(f"CREATE DATABASE {TEMPLATE}")


def postgresql_db(request, tmp_path, monkeypatch):
    """The PostgreSQL side of the `db` fixture (a generator)."""
    template = request.getfixturevalue("pg_template")
    # the files kamdesk keeps for a server database go to the data folder: this test's own, never the user's
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    sessions = template.own_copy() if _own_database(request) else template.shared.rolled_back()
    copy = next(sessions)
    monkeypatch.setenv(kdb.ENV_VAR, copy.url)
    try:
        yield copy.database
    finally:
        sessions.close()


def _own_database(request) -> bool:
    return _reason(request.node, "own_database") is not None


def seeded(request, key: str, build):
    """What `build()` returns, having written the data it makes into the test's database.

    The data is made once per run and backend, under `key`. On SQLite the file
    it was written into is kept and copied into each later test's database. On
    PostgreSQL it is written into a copy of the template; each test then works on
    that copy inside a transaction rolled back at its end. Use it in a fixture
    that depends on `db`, for data that takes seconds to make.
    """
    callspec = getattr(request.node, "callspec", None)
    if callspec is None or callspec.params.get("db") != POSTGRESQL:
        return request.getfixturevalue("sqlite_seeds").seeded(key, build)
    if _own_database(request):
        return build()
    copy, result = request.getfixturevalue("pg_template").seeded(key, build)
    session = copy.rolled_back()
    next(session)
    request.addfinalizer(session.close)
    request.getfixturevalue("monkeypatch").setenv(kdb.ENV_VAR, copy.url)
    return result


class SqliteSeeds:
    """The SQLite files `seeded` made, once per run: copied into a test's open database by SQLite's backup."""

    def __init__(self, folder):
        self.folder = folder
        self.seeds: dict[str, tuple[object, object]] = {}

    def seeded(self, key: str, build):
        import sqlite3
        from contextlib import closing

        connection = kdb.database.obj.connection()
        if key in self.seeds:
            path, result = self.seeds[key]
            with closing(sqlite3.connect(path)) as seed:
                seed.backup(connection)
            return result
        result = build()
        path = self.folder / f"seed_{len(self.seeds) + 1}.db"
        with closing(sqlite3.connect(path)) as seed:
            connection.backup(seed)
        self.seeds[key] = path, result
        return result
