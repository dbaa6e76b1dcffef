"""The laptop's replica as the GUI and the command line see it: status, sync now, take offline, conflicts.

The engine is `kamdesk.core.sync` (capture, push, apply, pull); this module opens what it needs
(the replica is the open database, the server a second connection with the manager's own login)
and speaks in the user's terms. See docs/laptop-sync.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kamdesk.core.sync.report import Conflict, ReplicaStatus, SyncReport

Progress = Callable[[int, int], None] | None
__all__ = ["Conflict", "ReplicaStatus", "SyncReport", "list_conflicts", "replica_status", "resolve_conflict",
           "server_reachable", "sync_now", "take_offline"]
REPORTS = ("Conflict", "ReplicaStatus", "SyncReport")


def __getattr__(name: str):
    """The report types, loaded when first named: every window's start asks `replica_status()` only."""
    if name in REPORTS:
        from kamdesk.core.sync import report

        return getattr(report, name)
    raise AttributeError(name)


def replica_status() -> ReplicaStatus | None:
    """The open replica's status; None when the open database is not a replica."""
    from peewee import SqliteDatabase

    from kamdesk.core.db import database
    from kamdesk.core.sync import capture

    local = database.obj
    if not isinstance(local, SqliteDatabase) or not capture.is_replica(local):
        return None  # a desk file or the server: the window starts without the sync engine's imports
    from kamdesk.core.sync import replica

    return replica.status()


def server_reachable(timeout: float = 2.0) -> bool:
    """Whether the replica's server answers a TCP connect within `timeout` seconds; never raises."""
    from kamdesk.core.sync import replica

    return replica.server_reachable(timeout)


def sync_now(password: str | None = None, progress: Progress = None) -> SyncReport:
    """Push this laptop's changes, pull the office's; ServerUnreachable, LoginRefused or SchemaMismatch in plain words."""
    from kamdesk.core.sync import replica

    return replica.sync_now(password, progress)


def take_offline(path: Path, passphrase: str, password: str | None = None, progress: Progress = None) -> SyncReport:
    """Create the encrypted replica at `path` from the open team server, for the manager logged in."""
    from kamdesk.core.sync import replica

    return replica.take_offline(Path(path), passphrase, password, progress)


def list_conflicts(include_resolved: bool = False) -> list[Conflict]:
    """The conflicts and proposals of the manager at the desk, newest first."""
    from kamdesk.core.sync import conflicts

    return conflicts.listed(include_resolved)


def resolve_conflict(conflict_id: int, use: str) -> None:
    """Resolve: "kept" leaves the record as it is, "other" writes the other value into it."""
    from kamdesk.core.sync import conflicts

    conflicts.resolve(conflict_id, use)
