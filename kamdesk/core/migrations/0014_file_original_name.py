"""A contract file keeps the name its file had (`original_name`, shown escaped) beside the safe name it is stored as.

Files attached before keep their name as it was; their `original_name` stays empty (shown: the name).
"""


def up(migrator, db):
    db.execute_sql("ALTER TABLE \"contract_file\" ADD COLUMN \"original_name\" VARCHAR(255) NOT NULL DEFAULT ''")
