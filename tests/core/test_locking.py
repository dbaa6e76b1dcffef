"""Optimistic locking, unique keys and retries, on SQLite and on a real PostgreSQL server.

Two desks on one database: Kiss Anna's on the test's thread and Nagy Péter's on
a thread of its own, so with a connection of its own (the proxy's connections
are per thread).
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from peewee import SqliteDatabase

from kamdesk.core import db as kdb
from kamdesk.core.db import database
from kamdesk.core.errors import ChangedMeanwhile, KamdeskError, NotFound, ValidationError
from kamdesk.core.models import ALL_MODELS, Client, access
from kamdesk.core.models.base import VersionedModel
from kamdesk.core.services import company as company_service
from kamdesk.core.services import numbering, party, party_io
from kamdesk.core.services.party_validation import hu_check_digit
from kamdesk.core.transactions import ATTEMPTS, retried
from tests import factories


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kamdesk.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def desks(url):
    """Kiss Anna at the test's connection; `desks["peter"](work)` lets Nagy Péter do `work` through another."""
    kdb.connect(url)
    _company, anna = company_service.set_up({"name": "Teszt Kft.", "country": "HU"}, {"name": "Kiss Anna"})
    peter = factories.manager("Nagy Péter")

    def as_peter(work):
        company_service.set_current_manager(peter.id)
        try:
            [result] = run_together([work])
        finally:
            company_service.set_current_manager(anna.id)
        if isinstance(result, Exception):
            raise result
        return result

    yield {"anna": anna, "peter": as_peter}
    kdb.close()


def tax(seven: str) -> str:
    return f"{seven}{hu_check_digit(seven)}-2-42"


def test_every_editable_table_has_a_row_version():
    fixed = (access.APPEND_ONLY, access.OWNER_ONLY)
    assert [m.__name__ for m in ALL_MODELS if access.access_of(m) not in fixed and
            not getattr(m, "written_once", False) and not issubclass(m, VersionedModel)] == []


def test_a_stale_save_names_who_when_and_both_values_and_can_overwrite(desks):
    client = factories.client("Kovács Kft.", legal_city="Győr")
    loaded = party.get_client(client.id).row_version  # what Anna's card shows
    desks["peter"](lambda: party.save_client({"legal_city": "Pécs"}, client_id=client.id))
    with pytest.raises(ChangedMeanwhile) as stale:
        party.save_client({"legal_city": "Szeged", "row_version": loaded}, client_id=client.id)
    error = stale.value
    assert (error.who, error.fields) == ("Nagy Péter", {"legal_city": ("Pécs", "Szeged")})
    assert error.message.startswith("Changed by Nagy Péter at ")
    assert abs(error.when - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)
    assert party.get_client(client.id).legal_city == "Pécs"  # nothing of Anna's was written
    party.save_client({"legal_city": "Szeged", "row_version": error.row_version}, client_id=client.id)
    saved = party.get_client(client.id)
    assert (saved.legal_city, saved.row_version, saved.changed_by) == ("Szeged", loaded + 2, desks["anna"].id)


def test_without_a_version_a_service_checks_the_one_it_loaded(desks):
    client = factories.client("Kovács Kft.")
    mine = Client.get_by_id(client.id)
    desks["peter"](lambda: party.save_client({"phone": "+36 1 234 5678"}, client_id=client.id))
    party.save_client({"notes": "Called."}, client_id=client.id)  # loads afresh: nothing is lost
    assert party.get_client(client.id).phone == "+36 1 234 5678"
    mine.name = "Kovács és Fia Kft."
    with pytest.raises(ChangedMeanwhile) as stale:
        mine.save()
    assert stale.value.fields == {"name": ("Kovács Kft.", "Kovács és Fia Kft.")}  # what this save would write
    assert stale.value.who == "Kiss Anna"  # who saved last


def test_a_contact_changed_meanwhile_is_not_overwritten(desks):
    client = factories.client("Kovács Kft.", contacts=[{"name": "Szabó Éva", "phone": ""}])
    contact = party.client_contacts(client.id)[0]
    desks["peter"](lambda: party.save_client({}, [{"id": contact.id, "name": "Szabó Éva", "position": "beszerző"}],
                                             client.id))
    with pytest.raises(ChangedMeanwhile) as stale:
        party.save_client({}, [{"id": contact.id, "name": "Szabó Éva Mária", "row_version": contact.row_version}],
                          client.id)
    assert stale.value.fields["name"] == ("Szabó Éva", "Szabó Éva Mária")
    assert party.client_contacts(client.id)[0].position == "beszerző"


def test_a_record_deleted_meanwhile_says_so(desks):
    client = factories.client("Kovács Kft.")
    mine = Client.get_by_id(client.id)
    desks["peter"](lambda: party.delete_client(client.id))
    mine.name = "Kovács és Fia Kft."
    with pytest.raises(NotFound):
        mine.save()


def test_a_unique_conflict_is_a_plain_field_error(desks):
    @retried
    def twins():
        for name in ("Kovács Kft.", "Kovács és Fia Kft."):
            Client.insert(name=name, tax_key="HU12345676").execute()

    with pytest.raises(ValidationError) as refused:
        twins()
    assert "exists already" in refused.value.errors["tax_number"]
    assert Client.select().count() == 0


def test_two_imports_of_one_file_at_once_make_no_duplicates(desks, tmp_path):
    rows = [f"Ügyfél {n} Kft.;{tax(str(1000000 + n))};Győr" for n in range(40)]
    rows += [f"Adószám nélküli {n} Bt.;;Pécs" for n in range(5)]
    path = tmp_path / "clients.csv"
    path.write_text("Cégnév;Adószám;Város\n" + "\n".join(rows), encoding="utf-8")
    table = party_io.read_table(path)
    checks = [party_io.check_rows(table, party_io.auto_mapping(table.headers)) for _ in range(2)]
    results = run_together([lambda check=check: party_io.import_rows(check) for check in checks])
    assert sorted(map(type, results), key=str) == sorted([int, KamdeskError], key=str)
    assert 45 in results
    assert "saved since the rows were checked" in str(next(r for r in results if isinstance(r, KamdeskError)))
    assert Client.select().count() == 45


def run_together(works):
    """Run each work on a thread of its own, all starting at once; what each returned or raised."""
    barrier, results = threading.Barrier(len(works)), [None] * len(works)

    def run(index, work):
        try:
            barrier.wait()
            results[index] = work()
        except Exception as error:  # noqa: BLE001 (the test looks at what each raised)
            results[index] = error
        finally:
            database.close()

    threads = [threading.Thread(target=run, args=(i, work)) for i, work in enumerate(works)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_order_numbers_taken_at_once_on_postgresql_stay_gapless(pg_url):
    kdb.connect(pg_url)
    taken, lock = [], threading.Lock()

    def take_numbers():
        for attempt in range(12):
            with database.atomic() as transaction:
                number = numbering.next_number("ORD", 2026, "T-{year}-", 4)
                if attempt % 4 == 3:
                    transaction.rollback()  # a refused save gives its number back
                    continue
            with lock:
                taken.append(number)

    results = run_together([take_numbers] * 8)
    assert results == [None] * 8
    assert sorted(taken) == [f"T-2026-{n:04d}" for n in range(1, 8 * 9 + 1)]


def test_a_serialization_failure_is_tried_again_then_said_plainly(pg_url):
    kdb.connect(pg_url)
    calls = []

    @retried
    def conflicting(times: int):
        calls.append(1)
        if len(calls) <= times:
            database.execute_sql("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$")
        return "saved"

    assert conflicting(1) == "saved" and len(calls) == 2
    calls.clear()
    with pytest.raises(KamdeskError) as refused:
        conflicting(ATTEMPTS)
    assert len(calls) == ATTEMPTS and "try again" in refused.value.message


def test_the_upgrade_keeps_the_oldest_live_client_of_a_tax_number_and_archives_the_rest(url):
    from playhouse.migrations import Runner

    path = kdb.sqlite_path(url)
    raw = kdb._open_sqlite(path, migrate=False) if path else kdb._server_database(url, None)
    names = kdb.migration_names()
    Runner(raw, directory=str(kdb.MIGRATIONS_DIR), table_name=kdb.HISTORY_TABLE).up(
        target=names[names.index("0010_versions") - 1])
    for name, key, archived in [("Kovács Kft.", "HU12345676", None), ("Kovács Kft. (2)", "HU12345676", None),
                                ("Kovács régi", "HU12345676", "2025-01-01 00:00:00"),
                                ("Szabó Bt.", "", None), ("Szabó Bt.", "", None)]:
        insert_client(raw, name=name, tax_key=key, archived_at=archived)
    raw.close()
    kdb.connect(url)
    ids = [c.id for c in Client.select().order_by(Client.id)]
    live = [c.id for c in Client.select().where(Client.archived_at.is_null()).order_by(Client.id)]
    assert live == [ids[0], ids[3], ids[4]]
    assert f"the same tax number as client #{ids[0]}" in Client.get_by_id(ids[1]).notes
    assert Client.get_by_id(ids[2]).notes == ""  # archived before: untouched
    kdb.close()


def insert_client(raw, **values) -> None:
    """A client row as an older kamdesk wrote it: NOT NULL columns not given get '', 0, false or a time."""
    if isinstance(raw, SqliteDatabase):
        sql = "SELECT name, type FROM pragma_table_info('client') WHERE \"notnull\" AND dflt_value IS NULL AND NOT pk"
    else:
        sql = ("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'client' "
               "AND is_nullable = 'NO' AND column_default IS NULL")
    for name, kind in raw.execute_sql(sql).fetchall():
        kind = kind.upper()
        values.setdefault(name, False if "BOOL" in kind else 0 if "INT" in kind else
                          "2025-01-01 00:00:00" if "DATE" in kind or "TIME" in kind else "")
    marks = ", ".join([raw.param] * len(values))
    raw.execute_sql(f'INSERT INTO "client" ({", ".join(values)}) VALUES ({marks})', list(values.values()))
