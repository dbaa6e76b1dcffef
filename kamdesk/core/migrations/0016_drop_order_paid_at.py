"""An order is no longer "marked paid": what a client owes comes from the invoices and payments (0015).

`order.paid_at` goes. On a laptop's replica the change-capture triggers name every column of the
order table, and SQLite refuses to drop a column a trigger names: they are dropped first and put
back for the new schema right after the migrations (kamdesk.core.models' AFTER_MIGRATIONS hook).
"""

from peewee import SqliteDatabase

CAPTURE_TRIGGERS = ("sync_insert_order", "sync_update_order", "sync_delete_order")


def up(migrator, db):
    if isinstance(db, SqliteDatabase):
        for trigger in CAPTURE_TRIGGERS:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{trigger}"')
    migrator.migrate(migrator.drop_column("order", "paid_at"))
