"""Migration 0016: `order.paid_at` goes ("Mark paid" gave way to real receivables), orders stay as they were."""

import dataclasses
import datetime as dt

import pytest
from playhouse.migrations import Runner

from kamdesk.core import db as kdb
from kamdesk.core.models import Order
from kamdesk.core.services import company as company_service
from kamdesk.core.sync import capture, tables
from tests import factories

DROP_PAID_AT = "0016_drop_order_paid_at"


@pytest.fixture(params=["sqlite", "postgresql"])
def desk_url(request, tmp_path, monkeypatch):
    """The URL of an empty database of either kind."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


def before_drop(url: str):
    """A database with every migration before 0016 applied and one confirmed order, marked paid the old way."""
    database = kdb.connect(url, migrate=False)
    names = kdb.migration_names()
    Runner(database, directory=str(kdb.MIGRATIONS_DIR), table_name=kdb.HISTORY_TABLE).up(
        target=names[names.index(DROP_PAID_AT) - 1])
    company_service.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                           {"name": "Kiss Anna", "email": "anna.kiss@example.hu"})
    shop = factories.shop()
    order = factories.order(shop["client"].id, dt.date(2026, 11, 2), (shop["milk"], "3", "0"), confirm=True)
    database.execute_sql('UPDATE "order" SET paid_at = %s WHERE id = %s'.replace("%s", database.param),
                         (dt.datetime(2026, 11, 20, 9, 0), order.id))
    return database, order


def test_the_migration_drops_paid_at_and_keeps_the_orders(desk_url):
    database, order = before_drop(desk_url)
    assert "paid_at" in [c.name for c in database.get_columns("order")]

    assert kdb.apply_migrations(database)[0] == DROP_PAID_AT
    assert "paid_at" not in [c.name for c in database.get_columns("order")]
    kept = Order.get_by_id(order.id)
    assert (kept.number, kept.state, kept.gross_total, kept.row_version) == (
        order.number, "confirmed", order.gross_total, order.row_version)


def test_on_a_laptop_the_change_capture_follows_the_new_schema(tmp_path, monkeypatch):
    """The replica's triggers name every column of the order table; SQLite would refuse the drop under them."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    database, order = before_drop(f"sqlite:///{tmp_path / 'laptop.db'}")
    capture.create(database)
    database.execute_sql("INSERT INTO sync_state (id, replica, server_url, login) VALUES (1, 'r1', 'x', 'anna')")
    table = tables.by_name()["order"]
    for statement in capture._triggers(dataclasses.replace(table, columns=(*table.columns, "paid_at"))):
        database.execute_sql(statement)  # the triggers as the replica had them before 0016

    kdb.apply_migrations(database)
    assert "paid_at" not in [c.name for c in database.get_columns("order")]
    triggers = dict(database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                         "AND tbl_name = 'order'").fetchall())
    assert set(triggers) == {"sync_insert_order", "sync_update_order", "sync_delete_order"}
    assert not any("paid_at" in sql for sql in triggers.values())
    Order.update(notes="Hétfőn szállítani").where(Order.id == order.id).execute()
    assert database.execute_sql("SELECT tbl, op, field FROM sync_outbox").fetchall() == [("order", "U", "notes")]
