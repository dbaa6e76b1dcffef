"""The database: one proxy, `connect(url)`, pragmas, backups and migrations.

SQLite is the default (a file in the user's data folder); a team can point
kamdesk at PostgreSQL with a `postgresql://` URL. Migrations are numbered
files in `kamdesk/core/migrations`, applied at start-up by peewee's runner
after an automatic backup of the SQLite file.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from urllib.parse import quote, urlsplit

from peewee import DatabaseProxy, OperationalError, PostgresqlDatabase, ProgrammingError, SqliteDatabase

from kamdesk.core import cipher, redaction
from kamdesk.core.db_faults import open_problem, plain_faults
from kamdesk.core.errors import (
    DatabaseError,
    DatabaseFault,
    DatabaseTooNew,
    LoginRefused,
    PermissionDenied,
    ValidationError,
)
from kamdesk.core.messages import Message
from kamdesk.peewee_driver import attach_psycopg

log = logging.getLogger(__name__)

database = DatabaseProxy()

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"
ENV_VAR = "KAMDESK_DATABASE"
PASSWORD_VAR = "KAMDESK_PASSWORD"  # the server password when the URL has none (then PGPASSWORD, ~/.pgpass)

SQLITE_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -32000,
}


BEGIN_ATTEMPTS = 4  # each waits up to busy_timeout for another program's write to end


class KamdeskSqliteDatabase(SqliteDatabase):
    """SQLite whose write transactions begin IMMEDIATE, retried a bounded number of times.

    A transaction that reads first and writes later (a DEFERRED one) cannot wait
    for another process's write: SQLite refuses its upgrade at once with
    "database is locked". Taking the write lock at BEGIN lets it wait its turn.
    """

    def begin(self, lock_type=None):
        with plain_faults(self.database):
            for attempt in range(1, BEGIN_ATTEMPTS + 1):
                try:
                    return super().begin(lock_type or "IMMEDIATE")
                except OperationalError as error:
                    if attempt == BEGIN_ATTEMPTS or not _is_busy(error):
                        raise
                    log.info("database busy at BEGIN (attempt %d): %s", attempt, error)
                    time.sleep(0.05 * attempt)

    def execute_sql(self, sql, params=None):
        with plain_faults(self.database):
            return super().execute_sql(sql, params)

    def _initialize_connection(self, conn):
        """Each connection records the audited changes made through it (TEMP triggers, see core.audit)."""
        super()._initialize_connection(conn)
        from kamdesk.core import audit

        audit.install_sqlite(conn)

    def commit(self):
        with plain_faults(self.database):
            return super().commit()

    def rollback(self):
        """Roll back, unless SQLite already did (after a full disk or an I/O error it rolls back by itself)."""
        if self.is_closed() or not self.connection().in_transaction:
            return None
        with plain_faults(self.database):
            return super().rollback()


class KamdeskPostgresqlDatabase(PostgresqlDatabase):
    """PostgreSQL through psycopg 3; the server's refusals (rights, row-level security) become PermissionDenied.

    Every statement is planned for its own values (plan_cache_mode): psycopg
    prepares a statement run five times, and PostgreSQL's generic plan for a
    search's `LIKE $1` then reads the whole trigram index even for one letter,
    a second per keystroke at 100,000 clients.
    """

    def __init__(self, database, **kwargs):
        attach_psycopg()  # peewee was imported without it (kamdesk.peewee_driver)
        kwargs.setdefault("prefer_psycopg3", True)
        kwargs.setdefault("connect_timeout", 10)
        kwargs.setdefault("options", "-c plan_cache_mode=force_custom_plan")
        super().__init__(database, **kwargs)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except ProgrammingError as error:
            refusal = server_refusal(error)
            if refusal is None:
                raise
            raise PermissionDenied(refusal) from error


REFUSALS: dict[str, Message] = {}  # the server's own sentences (kamdesk.core.server.security) → their Messages


def server_refusal(error: Exception) -> Message | None:
    """The plain words for a refusal by the server's rights or row-level security; None for another error."""
    cause = getattr(error, "orig", None) or error.__context__ or error  # peewee keeps the driver's error
    if getattr(cause, "sqlstate", None) != "42501":
        return None
    text = getattr(getattr(cause, "diag", None), "message_primary", None) or str(cause)
    if text in REFUSALS:
        return REFUSALS[text]
    return Message("The server refused: your role may not do this ({reason}).", reason=text)


def _is_busy(error: Exception) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("kamdesk", appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'kamdesk.db'}"


def resolve_url(url: str | None = None) -> str:
    """The URL to use: explicit argument, then $KAMDESK_DATABASE, then the default file."""
    return url or os.environ.get(ENV_VAR) or default_url()


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):])
    return None


def redacted(url: str) -> str:
    """`url` fit to show: without its password (anywhere in it), no longer than a line or two."""
    return redaction.redacted_url(url)


def server_url(server=None) -> str:
    """The open (or the given) server database as a URL without a password: postgresql://LOGIN@HOST:PORT/DATABASE."""
    server = server or database.obj
    params = server.connect_params
    user = quote(params.get("user") or "", safe="")
    return f"postgresql://{user}@{params.get('host') or 'localhost'}:{params.get('port') or 5432}/{server.database}"


def is_server_url(url: str) -> bool:
    return url.partition(":")[0].lower() in ("postgres", "postgresql")


def connect(url: str | None = None, migrate: bool = True, password: str | None = None,
            passphrase: str | None = None, create_encrypted: bool = False):
    """Open the database at `url`, bind the proxy to it, and bring the schema up to date.

    A server URL without a password takes `password`, then $KAMDESK_PASSWORD; with
    neither, the driver looks at $PGPASSWORD and ~/.pgpass. Errors never show the password.
    An encrypted SQLite file takes `passphrase`, else the one it was unlocked with in this
    process (`unlock`), else $KAMDESK_PASSPHRASE (PassphraseNeeded, PassphraseWrong);
    `create_encrypted` makes a new file encrypted with `passphrase`.
    """
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None and create_encrypted:
        _create_encrypted_file(path, passphrase)
    db = _open_sqlite(path, migrate, passphrase) if path is not None else _server_database(url, password)
    try:
        db.connect(reuse_if_open=True)
    except DatabaseFault:
        raise
    except Exception as exc:  # the driver's own error types vary by backend
        reason = redaction.scrub(str(exc).strip())
        refused = LoginRefused if login_refused(exc) else DatabaseError
        raise refused(Message("Cannot open the database {url}: {reason}", url=redacted(url),
                                    reason=reason)) from exc
    database.initialize(db)
    if migrate:
        try:
            apply_migrations(db)
        except BaseException:
            db.close()  # do not keep a file open that the app must not use
            raise
    return db


# How the server (in its default English) and libpq say that it will not let the login in
_REFUSALS = re.compile(r'authentication failed|no password supplied|not permitted to log in|role ".*" does not exist')


def login_refused(error: Exception) -> bool:
    """Whether connecting failed because the login or the password was refused (or a password was missing)."""
    original = getattr(error, "orig", None) or error  # peewee wraps the driver's error
    if getattr(getattr(original, "pgconn", None), "needs_password", False):
        return True
    return _REFUSALS.search(str(original)) is not None


def server_params(url: str) -> dict:
    """The connection settings a server URL names (database, host, port, user, password); DatabaseError in plain words."""
    from playhouse.db_url import parse

    for secret in redaction.url_secrets(url):  # before any message quotes the URL or a part of it
        redaction.remember_secret(secret)
    if not is_server_url(url):
        raise DatabaseError(Message("kamdesk opens SQLite files (sqlite:///PATH) and PostgreSQL servers "
                                    "(postgresql://USER@HOST/DATABASE), not {url}.", url=redacted(url)))
    try:
        params = parse(url, unquote_password=True, unquote_user=True)
        urlsplit(url).port  # noqa: B018 (reading it checks the range)
    except ValueError:  # its text may quote a piece of the password (a "#" in it ends the host part early)
        raise DatabaseError(Message("{url} is not a server address kamdesk can read: it looks like "
                                    "postgresql://USER@HOST:PORT/DATABASE, and a password holding #, /, ? or @ is "
                                    "written %23, %2F, %3F or %40 there.", url=redacted(url))) from None
    if not params.get("database"):
        raise DatabaseError(Message("{url} names no database; it looks like postgresql://USER@HOST:PORT/DATABASE.",
                                    url=redacted(url)))
    return params


def _server_database(url: str, password: str | None):
    """A PostgreSQL database for `url` (psycopg 3), not yet connected."""
    for secret in (*redaction.url_secrets(url), password, os.environ.get(PASSWORD_VAR), os.environ.get("PGPASSWORD")):
        redaction.remember_secret(secret)
    params = server_params(url)
    name = params.pop("database")
    params.setdefault("password", password or os.environ.get(PASSWORD_VAR) or None)
    if params["password"] is None:
        del params["password"]
    return KamdeskPostgresqlDatabase(name, **params)


def is_encrypted(path: str | Path) -> bool:
    """Whether the SQLite file at `path` is encrypted (SQLCipher); see `kamdesk.core.cipher`."""
    return cipher.is_encrypted(path)


def unlock(path: str | Path, passphrase: str) -> None:
    """Check `passphrase` against the encrypted file at `path` and keep its key for this process's connections."""
    cipher.unlock(path, passphrase)


def create_encrypted(path: str | Path, passphrase: str) -> Path:
    """A new, empty encrypted SQLite file at `path` (a passphrase of 8 to 1000 characters); `connect` migrates it."""
    path = Path(path)
    _make_folder(path)
    return cipher.create(path, passphrase)


def _create_encrypted_file(path: Path, passphrase: str | None) -> None:
    if passphrase is None:
        raise ValidationError({"passphrase": Message("An encrypted database needs a passphrase.")})
    create_encrypted(path, passphrase)


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseFault(Message("kamdesk cannot make the folder {folder} for the database: {reason}",
                                    folder=str(path.parent), reason=error.strerror or str(error))) from error


def _open_sqlite(path: Path, migrate: bool, passphrase: str | None = None) -> KamdeskSqliteDatabase:
    """The SQLite database at `path`, refused in plain words when it cannot be used safely."""
    _make_folder(path)
    problem = open_problem(path)
    if problem is not None:
        raise DatabaseFault(problem)
    if cipher.is_encrypted(path):
        cipher.key_for(path, passphrase)  # PassphraseNeeded or PassphraseWrong before anything reads the file
    if migrate and path.exists():
        _refuse_newer_sqlite(path)
    return cipher.peewee_database(KamdeskSqliteDatabase, path, pragmas=SQLITE_PRAGMAS, check_same_thread=False)


def _refuse_newer_sqlite(path: Path) -> None:
    """Raise DatabaseTooNew before anything writes to the file.

    The pragmas of `connect` are not harmless: `journal_mode=wal` rewrites the
    file header of a database in rollback-journal mode. So the history is read
    first through a plain connection, which only reads. A pending write-ahead log
    is another matter: the last connection to close folds it into the file. Then
    a copy of the two is read instead, in a folder of its own.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        with tempfile.TemporaryDirectory(prefix="kamdesk-probe-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            _probe_history(copy)
        return
    _probe_history(path)


def _probe_history(path: Path) -> None:
    probe = cipher.peewee_database(SqliteDatabase, path)
    try:
        with plain_faults(path):
            probe.connect()
            _raise_if_unknown(schema_status(probe)[2])
    finally:
        probe.close()


def close() -> None:
    if database.obj is not None and not database.is_closed():
        if isinstance(database.obj, SqliteDatabase):
            database.execute_sql("PRAGMA optimize")  # keeps the planner's statistics current, cheaply
        database.close()


def _runner(db):
    from playhouse.migrations import Runner  # only when there is something to apply

    return Runner(db, directory=str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def migration_names() -> list[str]:
    """The numbered migration files shipped with this kamdesk, in order."""
    return sorted(path.stem for path in MIGRATIONS_DIR.glob("[0-9]*.py"))


def schema_status(db) -> tuple[list[str], list[str], list[str]]:
    """(applied, pending, unknown) migration names; unknown ones come from a newer kamdesk.

    Read straight from the runner's history table: start-up checks this every
    time and should not pay for loading the migration runner.
    """
    done = set()
    if db.table_exists(HISTORY_TABLE):
        done = {row[0] for row in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")}
    shipped = migration_names()
    applied = [name for name in shipped if name in done]
    pending = [name for name in shipped if name not in done]
    unknown = sorted(done - set(shipped))
    return applied, pending, unknown


def _raise_if_unknown(unknown: list[str]) -> None:
    if unknown:
        raise DatabaseTooNew(Message(
            "This database was written by a newer version of kamdesk (it has schema changes {changes} "
            "that this version does not know). It has not been changed. "
            "Please install the newer kamdesk to open it.", changes=", ".join(sorted(unknown))))


def apply_migrations(db) -> list[str]:
    """Apply pending migrations after a backup; refuse a database newer than this app."""
    applied, pending, unknown = schema_status(db)
    _raise_if_unknown(unknown)
    if not pending:
        return []
    if applied and isinstance(db, SqliteDatabase):
        backup_sqlite(db, reason=f"before-{pending[0]}")
    log.info("applying migrations: %s", ", ".join(pending))
    applied_now = _migrate_audited(db)
    refresh_statistics(db)
    for hook in AFTER_MIGRATIONS:
        hook(db)
    return applied_now


def _migrate_audited(db) -> list[str]:
    """Run the pending migrations; on SQLite with this connection's audit triggers and the client index's view
    and triggers off meanwhile (a migration may rebuild a table they name) and on again for the new schema. The server's are installed by its
    security (kamdesk.core.server.security.install, an AFTER_MIGRATIONS hook)."""
    from kamdesk.core import audit, search_schema

    if not isinstance(db, SqliteDatabase):
        return _runner(db).up()
    audit.remove_sqlite(db.connection())
    search_schema.remove_sqlite(db.connection())  # the client index's view and triggers, which name `client`
    applied_now = _runner(db).up()
    search_schema.install_sqlite(db.connection())
    audit.install_sqlite(db.connection())
    return applied_now


# Run after migrations were applied: the team server's security (registered by kamdesk.core.models, which
# knows the tables and their row rules; this module cannot import it without a cycle).
AFTER_MIGRATIONS: list = []


def refresh_statistics(db=None, tables: tuple[str, ...] = ()) -> None:
    """ANALYZE after the schema or the amount of data changed a lot: SQLite's planner needs the statistics.

    `tables`: only these (the ones a bulk write filled), not every table and index of the file: at 100,000
    clients with their orders, the whole file takes half a second and the client and contact tables a third.
    """
    db = db or database.obj
    if isinstance(db, SqliteDatabase):
        for statement in [f'ANALYZE "{table}"' for table in tables] or ["ANALYZE"]:
            db.execute_sql(statement)


def backup_sqlite(db: SqliteDatabase, reason: str = "manual") -> Path:
    """A verified backup of the open SQLite database into the backup folder (see `core.backup`)."""
    from kamdesk.core import backup, backup_settings

    source = Path(db.database)
    return backup.make_backup(source, backup_settings.load_settings(source).folder_for(source), reason).path
