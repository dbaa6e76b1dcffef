"""Laptop sync: a global id (`gid`) on every synced row, and the server's sync tables.

Integer ids stay local to each database; a row is called by its gid between databases. Existing rows
get a random gid each (SQLite: randomblob; PostgreSQL: gen_random_uuid, built in since version 13).
"""

from peewee import SqliteDatabase

from kamdesk.core.models.sync import NumberBlock, SyncBatch, SyncChange, SyncConflict

SYNCED_TABLES = (
    "company", "manager", "setting", "segment", "client", "contact", "activity_series", "activity",
    "category", "product", "price_column", "price", "promotion", "promotion_target", "promotion_audience",
    "number_series", "order", "order_line", "discount_approval", "shipment", "offer", "offer_line",
    "contract_template", "contract", "obligation", "contract_file", "contract_file_part", "state_change",
)


def up(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    for table in SYNCED_TABLES:
        if sqlite:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "gid" VARCHAR(32)')
            db.execute_sql(f'UPDATE "{table}" SET "gid" = lower(hex(randomblob(16)))')
        else:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "gid" VARCHAR(32) '
                           "DEFAULT replace(gen_random_uuid()::text, '-', '')")
        db.execute_sql(f'CREATE UNIQUE INDEX "{table}_gid" ON "{table}" ("gid")')
    new = [SyncChange, SyncBatch, NumberBlock, SyncConflict]
    with db.bind_ctx(new, bind_refs=False, bind_backrefs=False):  # this database, whatever the app has open
        db.create_tables(new)
