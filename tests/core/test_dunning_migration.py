"""Migration 0017 makes the dunning_step table as the model says, on SQLite and on PostgreSQL."""

from kamdesk.core import db as kdb
from kamdesk.core import schema_check


def test_the_dunning_step_table_is_the_models_on_both_backends(pg_url, tmp_path):
    expected = schema_check.model_schema()["dunning_step"]
    for url in (pg_url, f"sqlite:///{tmp_path / 'kamdesk.db'}"):
        database = kdb.connect(url)
        try:
            actual = schema_check.read_schema(database)["dunning_step"]
            assert {name: (column.not_null, column.primary_key) for name, column in actual.columns.items()} == {
                name: (column.not_null, column.primary_key) for name, column in expected.columns.items()}, url
            primary = {(("id",), True)}  # PostgreSQL lists the primary key's index, SQLite does not
            assert actual.indexes - primary == expected.indexes - primary, url
            foreign = {fk.column: fk.dest_table for fk in database.get_foreign_keys("dunning_step")}
            assert foreign == {"client_id": "client", "activity_id": "activity", "taken_by_id": "manager"}, url
        finally:
            kdb.close()
