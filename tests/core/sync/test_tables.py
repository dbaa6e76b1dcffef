"""What travels to the laptops: every editable table, its references as gids, its merge rules."""

from __future__ import annotations

from kamdesk.core.models import ALL_MODELS
from kamdesk.core.models.base import VersionedModel
from kamdesk.core.sync import tables


def test_every_editable_table_travels_but_the_desk_local_ones():
    editable = {m._meta.table_name for m in ALL_MODELS if issubclass(m, VersionedModel)}
    assert editable - {t.name for t in tables.synced()} == {"setting", "number_series"}


def test_ids_never_travel_references_do_as_gids():
    for table in tables.synced():
        assert not set(table.columns) & tables.NOT_TRAVELLING, table.name
        for column, ref in table.refs.items():
            assert column.endswith("_id") and (ref.table in tables.by_name() or ref.table_from), (table.name, column)


def test_every_declared_office_field_exists():
    for name, fields in tables.OFFICE_FIELDS.items():
        assert fields <= set(tables.by_name()[name].columns), name


def test_the_tables_come_after_those_they_refer_to():
    order = [t.name for t in tables.synced()]
    for position, table in enumerate(tables.synced()):
        for ref in table.refs.values():
            if ref.table and ref.table != table.name:
                assert order.index(ref.table) < position, (table.name, ref.table)


def test_every_row_the_demo_writes_has_its_gid(tmp_path):
    """The bulk writers (demo, imports) bypass peewee's defaults: each must still give every row a gid."""
    from kamdesk.core import db as kdb
    from kamdesk.core.services.demo import create_demo

    kdb.connect(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        create_demo(30, 1, language="hu")
        missing = {t.name: n for t in tables.synced() if (n := kdb.database.execute_sql(
            f'SELECT count(*) FROM "{t.name}" WHERE gid IS NULL').fetchone()[0])}
        assert missing == {}
    finally:
        kdb.close()
