"""What the laptop sync reports: a replica's status, what a sync moved, a listed conflict."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kamdesk.core.messages import Message


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
    field_title: str = ""  # what the user calls the field (a core Message when known)
