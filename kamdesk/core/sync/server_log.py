"""The team server's change log: a trigger on every synced table writes (table, gid, operation, xid).

The transaction id (`pg_current_xact_id()`) is what makes pulls safe: a sequence number is not
commit order, but every transaction below the snapshot's xmin horizon has ended, so a pull that
takes the changes below the horizon and remembers it never misses a late commit (docs/laptop-sync.md).
The function is SECURITY DEFINER: users write the log through their changes, never directly.
"""

from __future__ import annotations

from kamdesk.core.sync import tables

FUNCTION = "kamdesk_sync_log"


def install(db) -> None:
    """Create (or replace) the log's function and its trigger on every synced table; run by the owner."""
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    db.execute_sql(f"""
        CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO sync_change (tbl, gid, op, xid)
                VALUES (TG_TABLE_NAME, OLD.gid, 'D', pg_current_xact_id()::text::bigint);
                RETURN OLD;
            END IF;
            INSERT INTO sync_change (tbl, gid, op, xid)
            VALUES (TG_TABLE_NAME, NEW.gid, left(TG_OP, 1), pg_current_xact_id()::text::bigint);
            RETURN NEW;
        END $$""")
    db.execute_sql(f"REVOKE ALL ON FUNCTION {FUNCTION}() FROM PUBLIC")
    for table in tables.synced():
        db.execute_sql(f'DROP TRIGGER IF EXISTS {FUNCTION} ON "{table.name}"')
        db.execute_sql(f'CREATE TRIGGER {FUNCTION} AFTER INSERT OR UPDATE OR DELETE ON "{table.name}" '
                       f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()")


def horizon(db) -> int:
    """The xmin horizon of the current snapshot: every transaction with a smaller id has ended."""
    return int(db.execute_sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").fetchone()[0])
