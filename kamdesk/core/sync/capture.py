"""The replica's bookkeeping and its change capture.

Triggers in the replica file (not TEMP: every program and code path that writes the file is caught)
write each change into `sync_outbox` in the transaction that makes it: an insert with all its travelling
fields, an update as one row per changed field with the old and the new value, a delete with the old row.
References are written as the gid of the row they point at. While a pull applies the server's rows,
`sync_state.applying` is 1 in that transaction and the triggers stay silent.
"""

from __future__ import annotations

from kamdesk.core.sync import tables

STATE_TABLES = (
    """CREATE TABLE IF NOT EXISTS sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1), replica TEXT NOT NULL, server_url TEXT NOT NULL,
        login TEXT NOT NULL, horizon INTEGER NOT NULL DEFAULT 0, last_sync_at TEXT,
        applying INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS sync_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, gid TEXT NOT NULL, op TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '', old TEXT, new TEXT, at TEXT NOT NULL, batch TEXT)""",
    "CREATE INDEX IF NOT EXISTS sync_outbox_batch ON sync_outbox (batch, seq)",
    "CREATE INDEX IF NOT EXISTS sync_outbox_gid ON sync_outbox (gid)",
    """CREATE TABLE IF NOT EXISTS sync_numbers (
        id INTEGER PRIMARY KEY, code TEXT NOT NULL, year INTEGER NOT NULL, prefix TEXT NOT NULL,
        width INTEGER NOT NULL, next INTEGER NOT NULL, last INTEGER NOT NULL)""",
)
SILENT = "(SELECT applying FROM sync_state) = 0"
NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def is_replica(db) -> bool:
    return db.table_exists("sync_state")


def create(db) -> None:
    """The bookkeeping tables of a new replica (its state row is written by the first pull)."""
    for statement in STATE_TABLES:
        db.execute_sql(statement)


def install_triggers(db) -> None:
    """(Re)create the capture triggers of every synced table; after a migration too (it may rebuild a table)."""
    for table in tables.synced():
        for statement in _triggers(table):
            db.execute_sql(statement)


def _value(table: tables.Table, column: str, row: str) -> str:
    """The SQL expression for `row`.`column` as it travels: a reference as its target's gid, a blob as hex."""
    if column in table.blobs:
        return f'hex({row}."{column}")'
    return tables.reference_sql(table, column, row)


def _row_json(table: tables.Table, row: str) -> str:
    pairs = ", ".join(f"'{column}', {_value(table, column, row)}" for column in table.columns)
    return f"json_object({pairs})"


def _triggers(table: tables.Table) -> list[str]:
    name, quoted = table.name, f'"{table.name}"'
    updates = "\n".join(
        f"INSERT INTO sync_outbox (tbl, gid, op, field, old, new, at) SELECT '{name}', NEW.gid, 'U', '{column}', "
        f"json_quote({_value(table, column, 'OLD')}), json_quote({_value(table, column, 'NEW')}), {NOW} "
        f'WHERE OLD."{column}" IS NOT NEW."{column}";'
        for column in table.columns)
    return [
        f"DROP TRIGGER IF EXISTS sync_insert_{name}",
        f"DROP TRIGGER IF EXISTS sync_update_{name}",
        f"DROP TRIGGER IF EXISTS sync_delete_{name}",
        f"""CREATE TRIGGER sync_insert_{name} AFTER INSERT ON {quoted} WHEN {SILENT} BEGIN
            INSERT INTO sync_outbox (tbl, gid, op, new, at) VALUES ('{name}', NEW.gid, 'I', {_row_json(table, 'NEW')}, {NOW});
        END""",
        f"""CREATE TRIGGER sync_update_{name} AFTER UPDATE ON {quoted} WHEN {SILENT} BEGIN
            {updates}
        END""",
        f"""CREATE TRIGGER sync_delete_{name} AFTER DELETE ON {quoted} WHEN {SILENT} BEGIN
            INSERT INTO sync_outbox (tbl, gid, op, old, at) VALUES ('{name}', OLD.gid, 'D', {_row_json(table, 'OLD')}, {NOW});
        END""",
    ]


def set_applying(db, on: bool) -> None:
    """Silence the triggers (inside the transaction that applies the server's rows) or wake them."""
    db.execute_sql("UPDATE sync_state SET applying = ?", (1 if on else 0,))


def pending(db) -> int:
    """Local changes not yet acknowledged by the server."""
    return db.execute_sql("SELECT count(*) FROM sync_outbox").fetchone()[0]


def pending_fields(db, table: str) -> tuple[set[tuple[str, str]], set[str]]:
    """What a pull must not overwrite in `table`: (gid, field) with a pending update, gids with a pending insert/delete."""
    fields, whole = set(), set()
    for gid, op, field in db.execute_sql("SELECT gid, op, field FROM sync_outbox WHERE tbl = ?", (table,)):
        if op == "U":
            fields.add((gid, field))
        else:
            whole.add(gid)
    return fields, whole
