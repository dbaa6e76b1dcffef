"""Order and offer lines share one base (`models.document_line.DocumentLine`) and the schema did not move.

The database is made by the migrations; the models must describe the very same
columns (type, NOT NULL, default, key), foreign keys and indexes. Fields taken
from a base come before a model's own in peewee's CREATE TABLE, so columns are
compared by name: the order of columns in a table the models would create is
not the database's.
"""

from __future__ import annotations

from peewee import SqliteDatabase
from playhouse.migrations import Runner

from kamdesk.core import db as kdb
from kamdesk.core.models import ALL_MODELS, OfferLine, Order, OrderLine, Product, Promotion
from kamdesk.core.models.document_line import DocumentLine

LINE_TABLES = ("order_line", "offer_line")


def schema(database: SqliteDatabase, table: str) -> dict:
    """Columns by name, foreign keys and indexes of `table`, as SQLite reports them."""
    def rows(pragma: str, name: str = table) -> list[tuple]:
        return database.execute_sql(f'PRAGMA {pragma}("{name}")').fetchall()

    columns = {name: (kind, notnull, default, pk) for _, name, kind, notnull, default, pk in rows("table_info")}
    keys = {(source, target, to, on_update, on_delete)
            for _, _, target, source, to, on_update, on_delete, _ in rows("foreign_key_list")}
    indexes = {(tuple(column for _, _, column in rows("index_info", index)), unique)
               for _, index, unique, *_ in rows("index_list")}
    return {"columns": columns, "foreign_keys": keys, "indexes": indexes}


def migrated() -> SqliteDatabase:
    database = SqliteDatabase(":memory:")
    database.connect()
    Runner(database, directory=str(kdb.MIGRATIONS_DIR), table_name=kdb.HISTORY_TABLE).up()
    return database


def from_models() -> SqliteDatabase:
    database = SqliteDatabase(":memory:")
    database.connect()
    with database.bind_ctx(ALL_MODELS):
        database.create_tables(ALL_MODELS)
    return database


def test_line_tables_of_the_models_are_the_migrated_tables():
    made, modelled = migrated(), from_models()
    for table in LINE_TABLES:
        assert schema(modelled, table) == schema(made, table), table
        assert schema(made, table)["columns"]  # the table exists


def test_line_columns_come_from_the_base():
    shared = [field.name for field in DocumentLine._meta.sorted_fields if field.name != "id"]
    assert [f.name for f in OrderLine._meta.sorted_fields][1:-2] == shared
    assert [f.name for f in OfferLine._meta.sorted_fields][1:-1] == shared
    assert OrderLine.order.rel_model is Order and OrderLine._meta.fields["delivered_quantity"]
    assert "delivered_quantity" not in OfferLine._meta.fields


def test_the_base_has_no_table_and_refers_to_nothing():
    assert DocumentLine not in ALL_MODELS
    for target in (Product, Promotion):
        assert {model for model in target._meta.backrefs.values()} >= {OrderLine, OfferLine}
        assert DocumentLine not in target._meta.backrefs.values()
    assert not hasattr(Product, "documentline_set") and hasattr(Product, "orderline_set")
