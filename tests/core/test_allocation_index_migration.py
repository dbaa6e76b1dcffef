"""Migration 0024: the allocations settled after a day are read from the index alone, on SQLite and PostgreSQL."""

import datetime as dt

from kamdesk.core import db as kdb
from kamdesk.core import schema_check
from kamdesk.core.services import receivables

COVERED = ("settled_on", "invoice_id", "payment_id", "credit_note_id", "amount")


def test_the_allocation_indexes_are_the_models_on_both_backends(pg_url, tmp_path):
    expected = schema_check.model_schema()["allocation"].indexes
    assert (COVERED, False) in expected and (("settled_on", "invoice_id"), False) not in expected
    for url in (pg_url, f"sqlite:///{tmp_path / 'kamdesk.db'}"):
        database = kdb.connect(url)
        try:
            primary = {(("id",), True)}  # PostgreSQL lists the primary key's index, SQLite does not
            assert schema_check.read_schema(database)["allocation"].indexes - primary == expected - primary, url
        finally:
            kdb.close()


def test_aging_as_of_an_earlier_day_reads_what_settled_after_it_from_the_index(tmp_path, monkeypatch):
    database = kdb.connect(f"sqlite:///{tmp_path / 'kamdesk.db'}")
    plans = []
    run = database.execute_sql

    def explained(sql, params=None, *args, **kwargs):
        if "allocation" in sql and sql.lstrip().startswith("WITH"):
            plans.extend(row[-1] for row in run("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        return run(sql, params, *args, **kwargs)

    try:
        monkeypatch.setattr(database, "execute_sql", explained)
        monkeypatch.setattr(receivables, "_settled_after_day", lambda day: True)
        receivables.aging(dt.date(2026, 11, 30))
        reads = [plan for plan in plans if plan.startswith("SEARCH allocation")]
        assert reads and all("COVERING INDEX allocation_settled " in plan for plan in reads), plans
    finally:
        kdb.close()
