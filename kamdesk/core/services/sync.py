"""The laptop's replica as the GUI and the command line see it: status, sync now, take offline, conflicts.

The engine is `kamdesk.core.sync` (capture, push, apply, pull); this module opens what it needs
(the replica is the open database, the server a second connection with the manager's own login)
and speaks in the user's terms. See docs/laptop-sync.md.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kamdesk.core.messages import Message

Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class ReplicaStatus:
    """Where the open replica stands: its server, when it last synced, what waits to be sent."""

    server_url: str  # postgresql://LOGIN@HOST:PORT/DB, never a password
    login: str
    last_sync_at: datetime.datetime | None  # naive UTC of the last finished sync
    pending_changes: int
    open_conflicts: int


@dataclass(frozen=True)
class SyncReport:
    """What one sync (or taking a laptop offline) moved."""

    pushed: int = 0
    pulled: int = 0
    dropped: int = 0
    conflicts: int = 0

    def summary(self) -> Message:
        if self.conflicts:
            return Message("Sent {pushed} changes, received {pulled}, removed {dropped}; "
                           "{conflicts} conflicts to look at.", pushed=self.pushed, pulled=self.pulled,
                           dropped=self.dropped, conflicts=self.conflicts)
        return Message("Sent {pushed} changes, received {pulled}, removed {dropped}.",
                       pushed=self.pushed, pulled=self.pulled, dropped=self.dropped)


@dataclass(frozen=True)
class Conflict:
    """A value the sync could not simply take, shown until the user resolves it."""

    id: int
    kind: str  # conflict | proposal | refused | edit_deleted | delete_edited | workflow
    table: str
    record: str  # how a person names the record: the client's name, the order's number
    field: str
    mine: str  # the laptop's value as shown
    theirs: str  # the office's value as shown
    reason: str
    at: datetime.datetime
    resolved: bool


def replica_status() -> ReplicaStatus | None:
    """The open replica's status; None when the open database is not a replica."""
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
