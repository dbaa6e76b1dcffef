"""The schema after every migration equals the models' schema: an edited or forgotten migration fails here."""

import shutil

from peewee import SqliteDatabase

from kamdesk.core import db as kdb
from kamdesk.core import schema_check
from tests.core.test_db import create_v1_database, url_of


def test_a_fresh_database_has_the_models_schema(tmp_path):
    database = kdb.connect(url_of(tmp_path / "fresh.db"))
    try:
        assert schema_check.differences(database) == []
    finally:
        database.close()


def test_a_database_migrated_step_by_step_from_the_first_release_has_the_models_schema(tmp_path):
    path = tmp_path / "v1.db"
    create_v1_database(path)
    database = kdb.connect(url_of(path))
    try:
        assert schema_check.differences(database) == []
    finally:
        database.close()


def test_an_edited_migration_is_found(tmp_path, monkeypatch):
    """A copy of the migrations in which one column was renamed after release: the schema no longer matches."""
    folder = tmp_path / "migrations"
    shutil.copytree(kdb.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    contracts = folder / "0006_contracts.py"
    contracts.write_text(contracts.read_text(encoding="utf-8").replace("notice_days", "notice_period_days"),
                         encoding="utf-8")
    monkeypatch.setattr(kdb, "MIGRATIONS_DIR", folder)
    database = kdb.connect(url_of(tmp_path / "edited.db"))
    try:
        found = schema_check.differences(database)
    finally:
        database.close()
    assert "column contract.notice_days is missing" in found
    assert "column contract.notice_period_days is not in the models" in found


def test_a_dropped_index_and_an_added_column_are_found(tmp_path):
    database = kdb.connect(url_of(tmp_path / "kamdesk.db"))
    database.close()
    raw = SqliteDatabase(str(tmp_path / "kamdesk.db"))
    raw.connect()
    index = next(i.name for i in raw.get_indexes("order") if i.columns == ["client_id", "state", "order_date"])
    raw.execute_sql(f'DROP INDEX "{index}"')
    raw.execute_sql('ALTER TABLE "client" ADD COLUMN "extra" INTEGER')
    found = schema_check.differences(raw)
    raw.close()
    assert 'index on order(client_id, state, order_date) is missing' in found
    assert "column client.extra is not in the models" in found


def test_the_models_stay_bound_to_the_open_database_while_their_schema_is_made(monkeypatch):
    """The quick check at start runs on a worker while the dashboard reads and the daily jobs write: rebinding
    the models to the scratch database sent those to an empty database ("no such table: contract")."""
    from kamdesk.core.models import ALL_MODELS

    bound = []
    read = schema_check.read_schema

    def reading(database):
        bound.extend(model._meta.database for model in ALL_MODELS)
        return read(database)

    monkeypatch.setattr(schema_check, "read_schema", reading)
    assert "client" in schema_check.model_schema()
    assert bound and all(database is kdb.database for database in bound)
