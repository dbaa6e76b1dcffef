"""The database: pragmas, URL resolution, migrations keep data, backups, newer databases refused."""

from __future__ import annotations

import datetime
import hashlib
import shutil
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Migration, Runner

from kamdesk.core import db as kdb
from kamdesk.core.errors import DatabaseTooNew

FIRST = "0001_client_base"
DATA_TABLES = ("company", "manager", "setting", "segment", "client", "contact")

# A migration that makes SQLite rebuild tables (add a NOT NULL column = copy, DROP, rename),
# the operation most likely to lose rows (cascades) if done carelessly.
REBUILD_MIGRATION = '''\
from peewee import TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("client", "test_extra", TextField(default="x")),
        migrator.add_column("segment", "test_extra", TextField(default="y")),
    )
'''


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def all_migration_names(directory: Path = kdb.MIGRATIONS_DIR) -> list[str]:
    return [m.name for m in Migration.load_directory(str(directory))]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- a database at migration 0001

def insert_row(database, table: str, **values) -> None:
    """INSERT with plain SQL; NOT NULL columns not given get '' or 0 (peewee defaults live in Python)."""
    for _, name, kind, notnull, default, pk in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall():
        if name in values or pk or not notnull or default is not None:
            continue
        kind = kind.upper()
        values[name] = 0 if "INT" in kind or "BOOL" in kind else "2025-01-01 00:00:00" if "DATE" in kind else ""
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    database.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(values.values()))


def create_v1_database(path: Path) -> None:
    """A database exactly as kamdesk 0.1 (migration 0001 only) left it, filled with real-looking data."""
    raw = SqliteDatabase(str(path))
    raw.connect()
    Runner(raw, directory=str(kdb.MIGRATIONS_DIR), table_name=kdb.HISTORY_TABLE).up(target=FIRST)
    assert [r[0] for r in raw.execute_sql(f"SELECT name FROM {kdb.HISTORY_TABLE}")] == [FIRST]
    with raw.atomic():
        insert_row(raw, "company", id=1, name="Szűcs és Fia Kereskedelmi Kft.", postcode="1117",
                   city="Budapest", street="Október huszonharmadika u. 8.", country="HU",
                   tax_number="10000001-2-43", bank_account="11773016-00000000-00000000", currency="HUF",
                   default_vat_rate=2700, logo=b"\x89PNG\r\n\x1a\n\x00\xff")
        for mid, name, email, role, active in [
                (1, "Kiss Anna", "anna.kiss@example.hu", "manager", 1),
                (2, "Tóth Zoltán", "zoltan.toth@example.hu", "head", 1),
                (3, "Иванов Пётр", "petr@example.ru", "manager", 0)]:
            insert_row(raw, "manager", id=mid, name=name, email=email, role=role, active=active)
        insert_row(raw, "setting", id=1, key="current_manager_id", value="1")
        insert_row(raw, "setting", id=2, key="ui.language", value="hu")
        for sid, name in [(1, "Kiskereskedelem"), (2, "HoReCa"), (3, "Оптовая торговля")]:
            insert_row(raw, "segment", id=sid, name=name)
        clients = [
            (1, "Kovács és Társa Kft.", "Kft.", "12345676-2-13", "active", 1, 1, 1, 1234567890123, "Győr",
             "2025-03-01", "2025-01-02 03:04:05.123456", None),
            (2, "Árvíztűrő Tükörfúrógép Zrt.", "Zrt.", "", "prospect", 2, 0, 2, None, "Érd",
             None, "2025-02-03 10:00:00", None),
            (3, "ООО «Ромашка»", "ООО", "7707083893", "active", 3, 1, 3, 99, "Москва",
             "2024-12-31", "2025-02-04 11:00:00", "2025-06-01 12:00:00"),
            (4, "Łódź Trade Sp. z o.o.", "Sp. z o.o.", "PL8567346215", "lost", None, 0, None, 0, "Łódź",
             None, "2025-02-05 12:00:00", None),
            (5, "Szűcs-Élelmiszer Bt.", "Bt.", "", "inactive", 1, 0, 1, -1, "Nyíregyháza",
             None, "2025-02-06 13:00:00", None),
        ]
        for (cid, name, form, tax, status, segment, key, manager, limit, city, checked, created,
             archived) in clients:
            insert_row(raw, "client", id=cid, name=name, legal_form=form, tax_number=tax, status=status,
                       segment_id=segment, key_account=key, manager_id=manager, credit_limit=limit,
                       legal_city=city, reliability_checked_on=checked, created_at=created,
                       updated_at=created, archived_at=archived, notes=f"Megjegyzés #{cid}: ő, ű, ё",
                       search_text=name.casefold(), name_key=name.casefold(), dedupe_key=name.casefold(),
                       tax_key=tax)
        contacts = [
            (1, 1, "Kovács János", "+36 30 123 4567", "janos@kovacs.hu", "1970-05-06", 1, 1),
            (2, 1, "Kovácsné Éva", "+36 1 234 5678", "eva@kovacs.hu", None, 0, 0),
            (3, 3, "Иван Иванов", "+7 495 123-45-67", "ivan@romashka.ru", None, 1, 1),
            (4, 4, "Zażółć Gęślą", "", "", None, 0, 1),
            (5, 5, "Szűcs Ödön", "06 20 555 1234", "odon@szucs.hu", "1980-02-29", 0, 1),
        ]
        for cid, client, name, phone, email, birthday, decision, primary in contacts:
            insert_row(raw, "contact", id=cid, client_id=client, name=name, phone=phone, email=email,
                       birthday=birthday, decision_maker=decision, is_primary=primary)
    raw.close()


def snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every column and every row of the data tables, read with plain sqlite3."""
    con = sqlite3.connect(str(path))
    try:
        result = {}
        for table in DATA_TABLES:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            rows = con.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
            result[table] = (columns, rows)
        return result
    finally:
        con.close()


def rows_in(path: Path, table: str, columns: list[str]) -> list[tuple]:
    con = sqlite3.connect(str(path))
    try:
        cols = ", ".join(f'"{c}"' for c in columns)
        return con.execute(f'SELECT {cols} FROM "{table}" ORDER BY id').fetchall()
    finally:
        con.close()


@pytest.fixture
def migrations_with_rebuild(tmp_path, monkeypatch) -> Path:
    """The real migrations plus a last one that rebuilds the client and segment tables."""
    directory = tmp_path / "migrations"
    directory.mkdir()
    for source in kdb.MIGRATIONS_DIR.glob("[0-9]*.py"):
        shutil.copy(source, directory / source.name)
    (directory / "9001_test_rebuild.py").write_text(REBUILD_MIGRATION, encoding="utf-8")
    monkeypatch.setattr(kdb, "MIGRATIONS_DIR", directory)
    return directory


# ---------------------------------------------------------------- pragmas and URLs

def test_connect_sets_sqlite_pragmas(tmp_path):
    database = kdb.connect(url_of(tmp_path / "p.db"))
    try:
        assert database.pragma("foreign_keys") == 1
        assert database.pragma("journal_mode") == "wal"
        assert database.pragma("synchronous") == 2  # FULL

        # peewee opens one connection per thread: the pragmas hold there too
        seen = {}

        def other_thread():
            seen["fk"] = database.pragma("foreign_keys")
            seen["sync"] = database.pragma("synchronous")
            database.close()

        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
        assert seen == {"fk": 1, "sync": 2}
    finally:
        database.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        insert_row(db, "contact", client_id=999, name="Nobody")


def test_resolve_url_order(monkeypatch, tmp_path):
    monkeypatch.delenv(kdb.ENV_VAR, raising=False)
    default = kdb.resolve_url()
    assert default == kdb.default_url()
    assert default.startswith("sqlite:///") and default.endswith("kamdesk.db")

    monkeypatch.setenv(kdb.ENV_VAR, url_of(tmp_path / "from-env.db"))
    assert kdb.resolve_url() == url_of(tmp_path / "from-env.db")
    assert kdb.resolve_url(url_of(tmp_path / "explicit.db")) == url_of(tmp_path / "explicit.db")


def test_connect_honours_environment_variable(monkeypatch, tmp_path):
    target = tmp_path / "sub" / "env.db"
    monkeypatch.setenv(kdb.ENV_VAR, url_of(target))
    database = kdb.connect()
    try:
        assert Path(database.database) == target
        assert kdb.database.obj is database
    finally:
        database.close()
    assert target.exists()


def test_connect_explicit_url_wins_over_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(kdb.ENV_VAR, url_of(tmp_path / "env.db"))
    database = kdb.connect(url_of(tmp_path / "explicit.db"))
    database.close()
    assert (tmp_path / "explicit.db").exists()
    assert not (tmp_path / "env.db").exists()


# ---------------------------------------------------------------- migrations

def test_fresh_database_gets_every_migration(tmp_path):
    database = kdb.connect(url_of(tmp_path / "fresh.db"))
    try:
        applied, pending, unknown = kdb.schema_status(database)
        assert applied == all_migration_names()
        assert FIRST in applied
        assert pending == [] and unknown == []
        assert set(DATA_TABLES) <= set(database.get_tables())
    finally:
        database.close()
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new file


@pytest.mark.parametrize("extra", [False, True], ids=["real-migrations", "plus-table-rebuild"])
def test_upgrade_keeps_every_row(tmp_path, request, extra):
    """A database of kamdesk 0.1 opened by this version: every value of every row survives.

    Only the columns that existed in 0001 are compared, so later migrations may add
    columns freely. The second case adds a migration that rebuilds the client and
    segment tables, which would cascade-delete contacts were foreign keys left on.
    """
    if extra:
        request.getfixturevalue("migrations_with_rebuild")
    path = tmp_path / "kamdesk.db"
    create_v1_database(path)
    before = snapshot(path)
    assert len(before["client"][1]) == 5 and len(before["contact"][1]) == 5

    database = kdb.connect(url_of(path))
    try:
        applied, pending, unknown = kdb.schema_status(database)
        assert pending == [] and unknown == []
        assert applied == all_migration_names(kdb.MIGRATIONS_DIR)
        assert database.pragma("foreign_keys") == 1  # back on after the migrations

        # the application's own models read the old data correctly
        from kamdesk.core.models import Client, Company, Contact

        romashka = Client.get(Client.name == "ООО «Ромашка»")
        assert romashka.credit_limit == Decimal("0.99")
        assert romashka.archived_at == datetime.datetime(2025, 6, 1, 12, 0)
        assert Client.get_by_id(1).credit_limit == Decimal("12345678901.23")
        assert Company.get().default_vat_rate == Decimal("27")
        assert [c.name for c in Contact.select().where(Contact.client == 3)] == ["Иван Иванов"]
    finally:
        database.close()

    for table, (columns, rows) in before.items():
        assert rows_in(path, table, columns) == rows, table
    if extra:
        extra_values = rows_in(path, "client", ["test_extra"])
        assert extra_values == [("x",)] * 5


def test_backup_before_pending_migration(tmp_path, migrations_with_rebuild):
    path = tmp_path / "kamdesk.db"
    create_v1_database(path)
    # Put the newest rows only in the write-ahead log (another program still has the
    # file open, no checkpoint yet): a plain copy of the main file would miss them,
    # the SQLite backup API does not.
    holder_db = SqliteDatabase(str(path), autoconnect=False)
    holder_db.connect()
    holder = holder_db.connection()
    try:
        assert holder.execute("PRAGMA journal_mode=wal").fetchone()[0] == "wal"
        holder.execute("PRAGMA wal_autocheckpoint=0")
        insert_row(holder_db, "client", id=6, name="Csak a naplóban Kft.", status="active")
        insert_row(holder_db, "contact", id=6, client_id=6, name="Wal Péter")
        plain_copy = tmp_path / "copy" / "plain-copy.db"
        plain_copy.parent.mkdir()
        shutil.copy(path, plain_copy)  # what a naive file copy would have saved
        con = sqlite3.connect(str(plain_copy))
        assert con.execute("SELECT count(*) FROM client").fetchone()[0] == 5
        con.close()

        database = kdb.connect(url_of(path))
        database.close()
    finally:
        holder_db.close()

    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1, backups
    backup = backups[0]
    first_pending = [n for n in all_migration_names(kdb.MIGRATIONS_DIR) if n != FIRST][0]
    assert backup.name.endswith(f"-before-{first_pending}.db")
    con = sqlite3.connect(str(backup))
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM client").fetchone()[0] == 6
        assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 6
        assert con.execute("SELECT name FROM client WHERE id = 6").fetchone()[0] == "Csak a naplóban Kft."
        # taken before the upgrade: the old schema and the old history
        assert [r[0] for r in con.execute(f"SELECT name FROM {kdb.HISTORY_TABLE}")] == [FIRST]
        assert "test_extra" not in [r[1] for r in con.execute("PRAGMA table_info(client)")]
    finally:
        con.close()
    # and the upgraded database kept the log-only rows too
    assert rows_in(path, "client", ["id", "test_extra"])[-1] == (6, "x")


def test_no_backup_when_nothing_is_pending(tmp_path):
    path = tmp_path / "kamdesk.db"
    kdb.connect(url_of(path)).close()
    kdb.connect(url_of(path)).close()
    assert not (tmp_path / "backups").exists()


def test_backup_sqlite_copies_the_open_database(db, company):
    target = kdb.backup_sqlite(db, reason="manual")
    assert target.parent == Path(db.database).parent / "backups"
    assert target.name.endswith("-manual.db")
    con = sqlite3.connect(str(target))
    try:
        assert con.execute("SELECT name FROM company").fetchall() == [("Teszt Kereskedelmi Kft.",)]
        assert con.execute("SELECT name FROM manager").fetchall() == [("Kiss Anna",)]
    finally:
        con.close()


# ---------------------------------------------------------------- a database from a newer kamdesk

@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_newer_database_is_refused_and_untouched(tmp_path, journal_mode):
    """A database whose history names a migration this version lacks is not opened, not changed.

    "wal" is the file as a newer kamdesk leaves it; "delete" a copy made by another tool
    (rollback journal): switching it to WAL would already write to the file.
    """
    path = tmp_path / "kamdesk.db"
    database = kdb.connect(url_of(path))
    database.execute_sql(f"INSERT INTO {kdb.HISTORY_TABLE} (name, applied) VALUES (?, ?)",
                         ("0999_future", datetime.datetime(2030, 1, 1)))
    database.execute_sql("INSERT INTO segment (name) VALUES ('Jövő')")
    database.close()
    con = sqlite3.connect(str(path))
    assert con.execute(f"PRAGMA journal_mode={journal_mode}").fetchone()[0] == journal_mode
    con.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # everything is in the main file
    before = sha256(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(DatabaseTooNew) as caught:
        kdb.connect(url_of(path))
    assert "0999_future" in caught.value.message

    # No connection was left open (an open WAL connection keeps -wal and -shm files
    # beside the database), no backups/ folder, no file changed.
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before
    assert sha256(path) == before
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == journal_mode
    finally:
        con.close()


def test_schema_status_reports_unknown_migrations(db):
    db.execute_sql(f"INSERT INTO {kdb.HISTORY_TABLE} (name, applied) VALUES ('0999_future', '2030-01-01')")
    applied, pending, unknown = kdb.schema_status(db)
    assert unknown == ["0999_future"]
    assert "0999_future" not in applied and pending == []


def test_migrating_leaves_planner_statistics(tmp_path):
    """Without ANALYZE, SQLite walks the archived_at index row by row for a sorted client page."""
    database = kdb.connect(url_of(tmp_path / "stats.db"))
    try:
        assert database.table_exists("sqlite_stat1")
    finally:
        database.close()


def test_statistics_of_some_tables_leave_the_others_as_they_were(tmp_path):
    database = kdb.connect(url_of(tmp_path / "stats.db"))
    try:
        database.execute_sql("DELETE FROM sqlite_stat1")
        for table in ("filled", "other"):
            database.execute_sql(f"CREATE TABLE {table} (x INTEGER)")
            database.execute_sql(f"CREATE INDEX {table}_x ON {table} (x)")
            database.execute_sql(f"INSERT INTO {table} (x) VALUES (1), (2)")
        kdb.refresh_statistics(database, tables=("filled",))
        assert {row[0] for row in database.execute_sql("SELECT tbl FROM sqlite_stat1")} == {"filled"}
        kdb.refresh_statistics(database)
        assert {row[0] for row in database.execute_sql("SELECT tbl FROM sqlite_stat1")} >= {"filled", "other"}
    finally:
        database.close()


def test_newer_database_with_a_pending_write_ahead_log_is_refused_byte_identical(tmp_path):
    """As a newer kamdesk leaves a file when it is killed: the newest changes only in the -wal file."""
    source = tmp_path / "source" / "kamdesk.db"
    source.parent.mkdir()
    kdb.connect(url_of(source)).close()
    holder = sqlite3.connect(str(source), isolation_level=None)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute(f"INSERT INTO {kdb.HISTORY_TABLE} (name, applied) VALUES ('0999_future', '2030-01-01')")
    path = tmp_path / "kamdesk.db"
    shutil.copy(source, path)  # the files as they were at the kill: the log not yet folded in
    shutil.copy(source.with_name("kamdesk.db-wal"), path.with_name("kamdesk.db-wal"))
    holder.close()
    wal = path.with_name("kamdesk.db-wal")
    assert wal.stat().st_size > 0
    before = {p.name: sha256(p) for p in tmp_path.iterdir() if p.is_file()}

    with pytest.raises(DatabaseTooNew):
        kdb.connect(url_of(path))
    assert {p.name: sha256(p) for p in tmp_path.iterdir() if p.is_file()} == before
