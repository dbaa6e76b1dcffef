"""A laptop's replica: taking it offline from the team server, its status, one whole sync.

The replica is the open database (an encrypted SQLite file); the server is a second connection made
for the sync with the manager's own login, so row-level security decides what the laptop receives.
A sync pushes the outbox batch by batch, tops up the reserved document numbers, then pulls.
"""

from __future__ import annotations

import datetime
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from peewee import InterfaceError, OperationalError, SqliteDatabase

import kamdesk.core.models  # noqa: F401 (loading the models registers the tables that travel)
from kamdesk.core import db as dbmod
from kamdesk.core import redaction
from kamdesk.core.db import database
from kamdesk.core.errors import DatabaseError, LoginRefused, SchemaMismatch, ServerUnreachable, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.base import new_gid
from kamdesk.core.sync import apply, capture, faults, numbers, offline_process, pull, push


@dataclass(frozen=True)
class State:
    replica: str
    server_url: str
    login: str
    horizon: int
    last_sync_at: datetime.datetime | None


def state(local) -> State | None:
    if not isinstance(local, SqliteDatabase) or not capture.is_replica(local):
        return None
    row = local.execute_sql("SELECT replica, server_url, login, horizon, last_sync_at FROM sync_state").fetchone()
    if row is None:
        return None
    replica, url, login, horizon, last = row
    return State(replica, url, login, horizon, datetime.datetime.fromisoformat(last) if last else None)


def status():
    from kamdesk.core.sync.report import ReplicaStatus

    local = database.obj
    current = state(local) if local is not None else None
    if current is None:
        return None
    conflicts = local.execute_sql("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]
    return ReplicaStatus(current.server_url, current.login, current.last_sync_at, capture.pending(local), conflicts)


def server_reachable(timeout: float = 2.0) -> bool:
    current = state(database.obj) if database.obj is not None else None
    if current is None:
        return False
    try:
        parts = urlsplit(current.server_url)
        with socket.create_connection((parts.hostname or "localhost", parts.port or 5432), timeout=timeout):
            return True
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------------- the server connection

def open_server(url: str, password: str | None):
    """A connection to the team server as the replica's user; plain errors when it cannot be had."""
    server = dbmod._server_database(url, password or os.environ.get(dbmod.PASSWORD_VAR))
    try:
        server.connect()
    except Exception as error:  # the driver's errors
        if dbmod.login_refused(error):
            raise LoginRefused(Message("The office server refused the login for {url}: give the password.",
                                       url=dbmod.redacted(url))) from error
        raise ServerUnreachable(Message(
            "The office server {url} cannot be reached ({reason}). Your work stays on this laptop and is sent "
            "at the next sync.", url=dbmod.redacted(url), reason=_first_line(error))) from error
    # row-level security inflates the planner's costs: PostgreSQL would compile each sync query (0.1-0.3 s)
    server.execute_sql("SET jit = off")
    return server


def _first_line(error: Exception) -> str:
    return redaction.scrub((str(error).strip().splitlines() or [type(error).__name__])[0][:200])


def check_versions(server, local) -> None:
    """The replica and the server must have the same schema; else nothing is exchanged."""
    theirs = {row[0] for row in server.execute_sql(f"SELECT name FROM {dbmod.HISTORY_TABLE}")}
    mine = {row[0] for row in local.execute_sql(f"SELECT name FROM {dbmod.HISTORY_TABLE}")}
    if theirs == mine:
        return
    newer = Message("the office server") if theirs - mine else Message("this laptop")
    raise SchemaMismatch(Message(
        "This laptop and the office server run different versions of kamdesk ({newer} is newer): nothing was "
        "exchanged. Install the same kamdesk version on both, then sync again.", newer=newer))


# ---------------------------------------------------------------------- a sync

def sync(local, server, progress=None):
    """Push every batch, top up the numbers, pull; a SyncReport."""
    from kamdesk.core.sync.report import SyncReport

    current = state(local)
    check_versions(server, local)
    pushed = conflicts = 0
    total = max(1, -(-capture.pending(local) // push.BATCH_SIZE)) + 2
    step = 0
    while (batch := push.next_batch(local)) is not None:
        batch_id, entries = batch
        faults.point("batch_cut")
        outcome = apply.apply_batch(server, batch_id, current.replica, current.login, entries)
        faults.point("server_applied")
        push.acknowledge(local, batch_id)
        pushed += 0 if outcome.already else len(entries)
        conflicts += outcome.conflicts
        step += 1
        _report(progress, step, total)
    numbers.top_up(server, local, current.replica)
    _report(progress, total - 1, total)
    written, dropped = pull.pull(server, local, current.horizon)
    _report(progress, total, total)
    return SyncReport(pushed, written, dropped, conflicts)


def _report(progress, done: int, total: int) -> None:
    if progress is not None:
        progress(min(done, total), total)


def sync_now(password: str | None = None, progress=None):
    """Sync the open replica with its server."""
    local = database.obj
    current = state(local) if local is not None else None
    if current is None:
        raise ValidationError({"database": Message("The open database is not a laptop replica: there is nothing "
                                                   "to sync. Take a laptop offline from the team server first.")})
    server = open_server(current.server_url, password)
    try:
        return sync(local, server, progress)
    except (OperationalError, InterfaceError) as error:
        raise ServerUnreachable(Message(
            "The connection to the office server was lost during the sync ({reason}). Nothing is lost: the next "
            "sync goes on where this one stopped.", reason=_first_line(error))) from error
    finally:
        server.close()


# ---------------------------------------------------------------------- taking a laptop offline

def init_replica(path: Path, server_url: str, password: str | None, passphrase: str | None, progress=None):
    """Create the replica at `path` for the server's user and copy what they may see; the open database after.

    Nothing is left behind when it fails: the half-made file is removed.
    """
    from kamdesk.core.sync.report import SyncReport

    path = Path(path)
    if path.exists():
        raise ValidationError({"path": Message("{path} already exists: choose a new file for the laptop's copy.",
                                               path=str(path))})
    server = open_server(server_url, password)
    try:
        login = _login_of(server)
        local = _create_local(path, passphrase)
        try:
            check_versions(server, local)
            capture.create(local)
            with local.atomic():
                local.execute_sql("INSERT INTO sync_state (id, replica, server_url, login) VALUES (1, ?, ?, ?)",
                                  (new_gid(), dbmod.server_url(server), login))
            written, _ = pull.pull(server, local, 0, everything=True, progress=progress)
            capture.install_triggers(local)
            numbers.top_up(server, local, state(local).replica)
            _sit_at_desk(local, login)
            local.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy in the file, not half of it in the log
        except BaseException:
            dbmod.close()
            offline_process.remove(path)
            raise
    finally:
        server.close()
    return SyncReport(pulled=written)


def _login_of(server) -> str:
    login, manager = server.execute_sql("SELECT session_user, (SELECT id FROM manager WHERE login = session_user)"
                                        ).fetchone()
    if manager is None:
        raise DatabaseError(Message("The login {login} is no kamdesk user on this server: a laptop is taken "
                                    "offline with a manager's own login.", login=login))
    return login


def _create_local(path: Path, passphrase: str | None):
    url = f"sqlite:///{path}"
    if passphrase:
        return dbmod.connect(url, passphrase=passphrase, create_encrypted=True)
    return dbmod.connect(url)


def _sit_at_desk(local, login: str) -> None:
    from kamdesk.core.services import company

    row = local.execute_sql("SELECT id FROM manager WHERE login = ?", (login,)).fetchone()
    if row is not None:
        company.set_current_manager(row[0])


def take_offline(path: Path, passphrase: str, password: str | None = None, progress=None):
    """From the open team server: create the replica in a kamdesk process of its own (`laptop init`).

    Its own process, because a replica is a database of its own and this one stays open meanwhile.
    """
    return offline_process.run(path, passphrase, password, progress)
