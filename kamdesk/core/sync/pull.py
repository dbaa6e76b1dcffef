"""Pulling the server's changes into a replica, in the snapshot of one server transaction.

The server's change log (`server_log`) says which rows changed, stamped with their transaction's id.
A pull reads, in a REPEATABLE READ transaction, the snapshot's xmin horizon and the changes whose
transaction lies between the previous horizon and this one — all of them ended, so none can commit
later below the horizon. It reads those rows as the user may see them (row-level security): a row it may
see is written into the replica (a field with a local change not yet pushed keeps the local value); a row
it may not see, or no longer exists, is dropped with everything hanging off it; a row new to the replica
brings its subtree (a client given to this manager brings its contacts, orders, offers ...). The replica
writes the rows and the new horizon in one local transaction, its capture silenced.
"""

from __future__ import annotations

import contextlib
import datetime

from peewee import __exception_wrapper__

from kamdesk.core.models.base import utc_now
from kamdesk.core.sync import capture, faults, server_log, tables

CHUNK = 500
PAGE = 5000


class Fetched:
    """Rows read from the server, per table: gid → row (server id in "id", references as gids)."""

    def __init__(self):
        self.rows: dict[str, dict[str, dict]] = {}

    def add(self, table: str, rows: list[dict]) -> list[dict]:
        """Add `rows`; the ones not seen before."""
        known = self.rows.setdefault(table, {})
        fresh = [row for row in rows if row["gid"] not in known]
        known.update((row["gid"], row) for row in fresh)
        return fresh

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


def fetch(server, table: tables.Table, where: str, params) -> list[dict]:
    cursor = server.execute_sql(f'SELECT {table.select_list()} FROM "{table.name}" t WHERE {where}', params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def local_gids(local, table: str, gids: list[str]) -> dict[str, int]:
    found = {}
    for part in _chunks(gids):
        marks = ", ".join("?" * len(part))
        found.update(local.execute_sql(f'SELECT gid, id FROM "{table}" WHERE gid IN ({marks})', part).fetchall())
    return found


# ---------------------------------------------------------------------- reading the server

def copy_everything(server, writer: "Writer", progress) -> list:
    """Every row the user may see, table by table, written a page at a time as it is read (taking a laptop
    offline: memory holds one page, not the whole copy); the rows waiting for a later table's.

    One query per table through a server-side cursor: the row policies' plan (a hash of every row the user may
    see in the tables above) is made once per table, not once per page.
    """
    synced, waiting = tables.synced(), []
    for number, table in enumerate(synced):
        with __exception_wrapper__, server.connection().cursor(name="kamdesk_pull") as cursor:
            cursor.execute(f'SELECT {table.select_list()} FROM "{table.name}" t ORDER BY t.id')
            names = [d[0] for d in cursor.description]
            while rows := cursor.fetchmany(PAGE):
                page = {row[1]: dict(zip(names, row, strict=True)) for row in rows}  # gid is the second column
                waiting += [(table, row) for row in writer.write_table(table, page)]
        if progress:
            progress(number + 1, len(synced))
    return waiting


def read_changes(server, since: int, horizon: int, fetched: Fetched) -> dict[str, set[str]]:
    """The rows changed in [since, horizon) that the user may see, into `fetched`; the gids they may not see."""
    changed: dict[str, set[str]] = {}
    for tbl, gid in server.execute_sql("SELECT DISTINCT tbl, gid FROM sync_change WHERE xid >= %s AND xid < %s",
                                       (since, horizon)):
        changed.setdefault(tbl, set()).add(gid)
    gone = {}
    for table in tables.synced():
        gids = sorted(changed.get(table.name, ()))
        for part in _chunks(gids):
            fetched.add(table.name, fetch(server, table, "t.gid = ANY(%s)", (part,)))
        seen = fetched.rows.get(table.name, {})
        gone[table.name] = {gid for gid in gids if gid not in seen}
    return gone


def read_leaving(server, local, fetched: Fetched, gone: dict[str, set[str]]) -> None:
    """Rows seen only through a row that left the view (an activity of a client given away) leave with it;
    those the user still sees another way are read again (their reference to it is empty now)."""
    for table in tables.synced():
        ids = list(local_gids(local, table.name, sorted(gone.get(table.name, ()))).values())
        for child, ref in tables.dependents(table.name):
            if not ids or ref.required or ref.table_from or not tables.opens_view(child, ref):
                continue
            gids = []
            for part in _chunks(ids):
                marks = ", ".join("?" * len(part))
                gids += [row[0] for row in local.execute_sql(
                    f'SELECT gid FROM "{child.name}" WHERE "{ref.column}" IN ({marks})', part)]
            for part in _chunks(gids):
                fetched.add(child.name, fetch(server, child, "t.gid = ANY(%s)", (part,)))
            seen = fetched.rows.get(child.name, {})
            gone.setdefault(child.name, set()).update(gid for gid in gids if gid not in seen)


def read_subtrees(server, local, fetched: Fetched) -> None:
    """Rows new to the replica bring what hangs off them (a client moved into the view, with its orders ...)."""
    queue = []
    for name, rows in list(fetched.rows.items()):
        present = local_gids(local, name, list(rows))
        queue.append((name, [row["id"] for gid, row in rows.items() if gid not in present]))
    while queue:
        name, ids = queue.pop(0)
        if not ids:
            continue
        for child, ref in tables.dependents(name):
            if not (ref.required or tables.opens_view(child, ref)):
                continue
            condition = (f't."{ref.table_from}" = %s AND t."{ref.column}" = ANY(%s)' if ref.table_from
                         else f't."{ref.column}" = ANY(%s)')
            for part in _chunks(ids):
                params = (name, part) if ref.table_from else (part,)
                fresh = fetched.add(child.name, fetch(server, child, condition, params))
                present = local_gids(local, child.name, [row["gid"] for row in fresh])
                queue.append((child.name, [row["id"] for row in fresh if row["gid"] not in present]))


# ---------------------------------------------------------------------- writing the replica

class Writer:
    """Writes fetched rows into the replica, mapping every reference's gid to the replica's own id."""

    def __init__(self, local):
        self.local = local
        self.ids: dict[str, dict[str, int]] = {}
        self.later: list[tuple[tables.Table, str, str, str, str]] = []  # table, gid, column, target, target gid
        self.written = 0
        self.now = utc_now()

    def local_id(self, table: str, gid: str | None) -> int | None:
        if gid is None:
            return None
        known = self.ids.setdefault(table, {})
        if gid not in known:
            row = self.local.execute_sql(f'SELECT id FROM "{table}" WHERE gid = ?', (gid,)).fetchone()
            if row is None:
                return None
            known[gid] = row[0]
        return known[gid]

    def values(self, table: tables.Table, row: dict) -> dict | None:
        """The row's columns for the replica; None when a required reference is not here (yet)."""
        values = {}
        for column in table.columns:
            raw, ref = row[column], table.refs.get(column)
            if ref is None:
                values[column] = table.to_db(column, table.to_python(column, raw))
                continue
            target = row.get(ref.table_from) if ref.table_from else ref.table
            found = self.local_id(target, raw) if target else None
            if raw is None and ref.required:  # its target is out of view (a readable log row of a hidden record)
                return None
            if raw is not None and found is None:
                if ref.required:
                    return None
                self.later.append((table, row["gid"], column, target, raw))
            values[column] = found
        return values

    def write_table(self, table: tables.Table, rows: dict[str, dict]) -> list[dict]:
        """Insert or update `rows`; those waiting for a row of a later table (tried again at the end)."""
        pending_fields, pending_rows = capture.pending_fields(self.local, table.name)
        present = local_gids(self.local, table.name, list(rows))
        self.ids.setdefault(table.name, {}).update(present)
        waiting, inserts = [], []
        for gid, row in rows.items():
            if gid in pending_rows:
                continue
            values = self.values(table, row)
            if values is None:
                waiting.append(row)
            elif gid in present:
                self._update(table, present[gid], {c: v for c, v in values.items()
                                                   if (gid, c) not in pending_fields})
            else:
                inserts.append((gid, values))
        self._insert(table, inserts)
        return waiting

    def _update(self, table: tables.Table, local_id: int, values: dict) -> None:
        sets = [f'"{c}" = ?' for c in values]
        params = list(values.values())
        if "row_version" in table.model._meta.fields:
            sets.append("row_version = row_version + 1")
        self.local.execute_sql(f'UPDATE "{table.name}" SET {", ".join(sets)} WHERE id = ?', [*params, local_id])
        self.written += 1

    def _insert(self, table: tables.Table, inserts: list[tuple[str, dict]]) -> None:
        if not inserts:
            return
        columns = ["gid", *table.columns]
        extra = ["row_version", "changed_at"] if "row_version" in table.model._meta.fields else []
        quoted = ", ".join(f'"{c}"' for c in columns + extra)
        marks = ", ".join("?" * (len(columns) + len(extra)))
        stamp = [1, self.now] if extra else []
        last = self.local.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{table.name}"').fetchone()[0]
        self.local.connection().executemany(
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',
            [[gid, *(values[c] for c in table.columns), *stamp] for gid, values in inserts])
        self.written += len(inserts)
        # their ids, for the references of later rows: read at once (new rows get ids above the highest)
        self.ids[table.name].update(self.local.execute_sql(f'SELECT gid, id FROM "{table.name}" WHERE id > ?',
                                                           (last,)).fetchall())

    def fill_later(self) -> None:
        """Optional references to rows that came later in the same pull (a follow-up of a later activity)."""
        for table, gid, column, target, target_gid in self.later:
            found = self.local_id(target, target_gid)
            if found is not None:
                self.local.execute_sql(f'UPDATE "{table.name}" SET "{column}" = ? WHERE gid = ?', (found, gid))

    def drop(self, table: tables.Table, ids: list[int]) -> int:
        """Delete rows of `table` and what hangs off them; optional references to them are emptied."""
        if not ids:
            return 0
        for part in _chunks(ids):
            marks = ", ".join("?" * len(part))
            for child, ref in tables.dependents(table.name):
                if ref.table_from:
                    self.local.execute_sql(f'DELETE FROM "{child.name}" WHERE "{ref.table_from}" = ? '
                                           f'AND "{ref.column}" IN ({marks})', [table.name, *part])
                elif ref.required:
                    below = [r[0] for r in self.local.execute_sql(
                        f'SELECT id FROM "{child.name}" WHERE "{ref.column}" IN ({marks})', part)]
                    self.drop(child, below)
                else:
                    self.local.execute_sql(f'UPDATE "{child.name}" SET "{ref.column}" = NULL '
                                           f'WHERE "{ref.column}" IN ({marks})', part)
            self.local.execute_sql(f'DELETE FROM "{table.name}" WHERE id IN ({marks})', part)
        return len(ids)


@contextlib.contextmanager
def applying(local):
    """One replica transaction with the capture silenced; the local audit triggers off meanwhile (the office's
    changes are in the office's audit trail)."""
    from kamdesk.core import audit

    connection = local.connection()
    audit.remove_sqlite(connection)
    try:
        with local.atomic():
            capture.set_applying(local, True)
            yield
            capture.set_applying(local, False)
    finally:
        audit.install_sqlite(connection)  # outside the transaction: it runs a script, which commits first


def finish(local, writer: "Writer", waiting: list, gone: dict[str, set[str]], horizon: int) -> int:
    """Rows that waited for a later table's, late optional references, drops, the new horizon; rows dropped."""
    for table, row in waiting:  # a required reference to a row of a later table (or out of view: skipped)
        writer.write_table(table, {row["gid"]: row})
    writer.fill_later()
    dropped = 0
    for table in reversed(tables.synced()):
        gids = sorted(gone.get(table.name, ()))
        dropped += writer.drop(table, list(local_gids(local, table.name, gids).values()))
    local.execute_sql("UPDATE sync_state SET horizon = ?, last_sync_at = ?", (horizon, utc_now().isoformat(sep=" ")))
    faults.point("pull_written")
    return dropped


def write(local, fetched: Fetched, gone: dict[str, set[str]], horizon: int) -> tuple[int, int]:
    """Write what was fetched and drop what is gone, in one replica transaction with the new horizon."""
    writer = Writer(local)
    with applying(local):
        waiting = []
        for table in tables.synced():
            waiting += [(table, row) for row in writer.write_table(table, fetched.rows.get(table.name, {}))]
        dropped = finish(local, writer, waiting, gone, horizon)
    return writer.written, dropped


def pull(server, local, since: int, everything: bool = False, progress=None) -> tuple[int, int]:
    """Read the server's changes since `since` (or everything) in one snapshot and write them: (written, dropped).

    Everything (taking a laptop offline) is written as it is read, both transactions open meanwhile.
    """
    with server.atomic():
        server.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        horizon = server_log.horizon(server)
        if everything:
            writer = Writer(local)
            with applying(local):
                finish(local, writer, copy_everything(server, writer, progress), {}, horizon)
            return writer.written, 0
        fetched = Fetched()
        gone = read_changes(server, since, horizon, fetched)
        read_leaving(server, local, fetched, gone)
        read_subtrees(server, local, fetched)
    return write(local, fetched, gone, horizon)


def last_sync(local) -> datetime.datetime | None:
    row = local.execute_sql("SELECT last_sync_at FROM sync_state").fetchone()
    return datetime.datetime.fromisoformat(row[0]) if row and row[0] else None
