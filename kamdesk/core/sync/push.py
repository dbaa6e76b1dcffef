"""Pushing a replica's outbox: batches cut and named on the laptop, applied once each on the server.

A batch's id is written into its outbox rows before it is sent, so a sync killed after sending sends
the same batch again. The server applies a batch in one transaction that also stores its id under a
unique key; a batch it knows is answered "already applied" and the laptop then forgets it. Each change
is merged field by field (`apply`); whatever the server cannot take is listed as a conflict, never lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kamdesk.core.models.base import new_gid

BATCH_SIZE = 500


@dataclass(frozen=True)
class Entry:
    """One outbox row: an insert (new: the row), an update of one field (old, new), a delete (old: the row)."""

    seq: int
    tbl: str
    gid: str
    op: str
    field: str
    old: object
    new: object
    at: str


def next_batch(local) -> tuple[str, list[Entry]] | None:
    """The batch to send: one cut before and not yet acknowledged, else a new one; None when nothing waits."""
    row = local.execute_sql("SELECT batch FROM sync_outbox WHERE batch IS NOT NULL ORDER BY seq LIMIT 1").fetchone()
    if row is not None:
        batch = row[0]
    else:
        last = local.execute_sql("SELECT max(seq) FROM (SELECT seq FROM sync_outbox ORDER BY seq LIMIT ?)",
                                 (BATCH_SIZE,)).fetchone()[0]
        if last is None:
            return None
        batch = new_gid()
        with local.atomic():
            local.execute_sql("UPDATE sync_outbox SET batch = ? WHERE seq <= ? AND batch IS NULL", (batch, last))
    rows = local.execute_sql("SELECT seq, tbl, gid, op, field, old, new, at FROM sync_outbox "
                             "WHERE batch = ? ORDER BY seq", (batch,)).fetchall()
    return batch, coalesced([Entry(seq, tbl, gid, op, field, _json(old), _json(new), at)
                             for seq, tbl, gid, op, field, old, new, at in rows])


def _json(text):
    return None if text is None else json.loads(text)


def coalesced(entries: list[Entry]) -> list[Entry]:
    """Updates of one field of one row in a row become one (the first old value, the last new one)."""
    result: list[Entry] = []
    open_updates: dict[tuple[str, str], int] = {}
    for entry in entries:
        if entry.op != "U":
            open_updates = {key: at for key, at in open_updates.items() if key[0] != entry.gid}
            result.append(entry)
            continue
        key = (entry.gid, entry.field)
        if key in open_updates:
            first = result[open_updates[key]]
            result[open_updates[key]] = Entry(first.seq, first.tbl, first.gid, "U", first.field, first.old,
                                              entry.new, entry.at)
        else:
            open_updates[key] = len(result)
            result.append(entry)
    return result


def acknowledge(local, batch: str) -> int:
    """The server has the batch: its outbox rows go."""
    with local.atomic():
        return local.execute_sql("DELETE FROM sync_outbox WHERE batch = ?", (batch,)).rowcount
