"""Optimistic locking and unique keys for a team: a row version on every editable row, one live client per tax number.

Every editable table gets `row_version` (from 1; an offer's `version` is its
revision), `changed_by` (the manager's id) and
`changed_at`. A unique index keeps one live client per tax key. A database that
already has several live clients with one tax key (two imports of the same file
at once could make them) keeps the oldest of each as it is and archives the
others, with a note saying which client they repeat: nothing is deleted, the
user finds them in the archive and can merge what they hold, and the upgrade
never stops a desk from starting. (Document numbers and number series were
unique from the start.)
"""

import datetime

from peewee import DateTimeField, IntegerField

EDITABLE_TABLES = (
    "company", "manager", "setting", "segment", "client", "contact", "activity_series", "activity",
    "category", "product", "price_column", "price", "promotion", "promotion_target", "promotion_audience",
    "number_series", "order", "order_line", "discount_approval", "shipment", "offer", "offer_line",
    "contract_template", "contract", "obligation", "contract_file",
)
NOTE = "Archived when kamdesk made tax numbers unique: the same tax number as client #{keep}."


def up(migrator, db):
    for table in EDITABLE_TABLES:
        # NOT NULL with a default is added in place by both databases (peewee's add_column would
        # rebuild a SQLite table, and dropping a parent table would cascade to its children).
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "row_version" INTEGER NOT NULL DEFAULT 1')
        migrator.migrate(migrator.add_column(table, "changed_by", IntegerField(null=True)),
                         migrator.add_column(table, "changed_at", DateTimeField(null=True)))
    _archive_repeated_tax_keys(db)
    db.execute_sql('CREATE UNIQUE INDEX "client_live_tax_key" ON "client" ("tax_key") '
                   "WHERE (\"archived_at\" IS NULL AND \"tax_key\" <> '')")


def _archive_repeated_tax_keys(db):
    """Archive every live client whose tax key an older live client has, noting which one it repeats."""
    rows = db.execute_sql(
        'SELECT c.id, (SELECT MIN(o.id) FROM "client" o WHERE o.tax_key = c.tax_key AND o.archived_at IS NULL) '
        'FROM "client" c WHERE c.archived_at IS NULL AND c.tax_key <> \'\' AND EXISTS '
        '(SELECT 1 FROM "client" o WHERE o.tax_key = c.tax_key AND o.archived_at IS NULL AND o.id < c.id)'
    ).fetchall()
    param, now = db.param, datetime.datetime.now(datetime.UTC).replace(tzinfo=None)  # kamdesk stores naive UTC
    for client_id, keep in rows:
        note = NOTE.format(keep=keep)
        db.execute_sql(f'UPDATE "client" SET archived_at = {param}, '
                       f"notes = CASE WHEN notes = '' THEN {param} ELSE notes || {param} END WHERE id = {param}",
                       (now, note, "\n\n" + note, client_id))
