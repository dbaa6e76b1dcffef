"""The audit trail: triggers record changes made with plain SQL, on SQLite and PostgreSQL; the hash chain shows a
removed or altered entry; concurrent writers on the server form one chain (each role's rights on the trail:
tests/core/server/test_audit_rights.py)."""

from __future__ import annotations

import json
import sqlite3
import threading
from decimal import Decimal

import pytest

from kamdesk.core import audit
from kamdesk.core import db as kdb
from tests import factories


def entries(database) -> list[dict]:
    rows = database.execute_sql('SELECT "id", "login", "manager_id", "table_name", "row_id", "action", "client_id", '
                                '"old_values", "new_values" FROM "audit_log" ORDER BY "id"').fetchall()
    keys = ("id", "login", "manager_id", "table", "row_id", "action", "client_id", "old", "new")
    return [{**dict(zip(keys, row, strict=True)), "old": json.loads(row[7] or "null"),
             "new": json.loads(row[8] or "null")} for row in rows]


def set_up_desk():
    """A company, its manager at the desk, a product with a price and a client with a credit limit."""
    from kamdesk.core.services import catalogue
    from kamdesk.core.services import company as company_service

    _, anna = company_service.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU",
                                      "currency": "HUF"}, {"name": "Kiss Anna"})
    client = factories.client("Alfa Bt.", credit_limit=Decimal("100000"),
                              contacts=[{"name": "Szabó Éva", "is_primary": True}])
    column = catalogue.save_price_column("Listaár", is_default=True)
    product = factories.product("P-1", "Csavar", "120.00", column)
    return anna, client, product


# ---------------------------------------------------------------- SQLite


def test_sqlite_records_plain_sql_on_audited_columns_only(db):
    anna, client, _ = set_up_desk()
    before = len(entries(db))
    db.execute_sql("UPDATE client SET credit_limit = 25000000, notes = 'x' WHERE id = ?", (client.id,))
    db.execute_sql("UPDATE client SET notes = 'only a note' WHERE id = ?", (client.id,))
    db.execute_sql("UPDATE price SET amount = 9900")
    new = entries(db)[before:]
    assert [(e["table"], e["action"]) for e in new] == [("client", "update"), ("price", "update")]
    credit = new[0]
    assert (credit["old"]["credit_limit"], credit["new"]["credit_limit"]) == (10000000, 25000000)
    assert credit["new"]["name"] == "Alfa Bt." and "notes" not in credit["new"]
    assert credit["manager_id"] == anna.id and credit["client_id"] == client.id
    assert (new[1]["old"]["amount"], new[1]["new"]["amount"]) == (12000, 9900)
    assert audit.verify_chain(db) == []


def test_sqlite_records_every_deletion_with_the_records_name(db):
    _, client, _ = set_up_desk()
    db.execute_sql("DELETE FROM contact")
    db.execute_sql("DELETE FROM client WHERE id = ?", (client.id,))
    deleted = [e for e in entries(db) if e["action"] == "delete"]
    assert [(e["table"], e["old"]["name"]) for e in deleted] == [("contact", "Szabó Éva"), ("client", "Alfa Bt.")]
    assert deleted[-1]["table"] == "client" and deleted[-1]["old"]["name"] == "Alfa Bt."
    assert deleted[-1]["new"] is None and deleted[-1]["client_id"] == client.id


def test_an_entry_altered_or_removed_with_sqlite3_is_found(db, tmp_path):
    _, client, _ = set_up_desk()
    for limit in (1, 2, 3, 4):
        db.execute_sql("UPDATE client SET credit_limit = ? WHERE id = ?", (limit * 100, client.id))
    kdb.close()
    with sqlite3.connect(tmp_path / "kamdesk.db") as plain:  # another program: no triggers, no app
        plain.execute("""UPDATE audit_log SET new_values = replace(new_values, '400', '900') WHERE id = 
                         (SELECT max(id) FROM audit_log WHERE table_name = 'client')""")
        plain.execute("DELETE FROM audit_log WHERE id = 2")
    database = kdb.connect(f"sqlite:///{tmp_path / 'kamdesk.db'}")
    problems = audit.verify_chain(database)
    assert "Audit entry 2 was removed." in problems
    assert any("was altered: its contents do not match its hash" in p for p in problems)


def test_removing_the_newest_entries_is_found(db, tmp_path):
    _, client, _ = set_up_desk()
    last = entries(db)[-1]["id"]
    kdb.close()
    with sqlite3.connect(tmp_path / "kamdesk.db") as plain:
        plain.execute("DELETE FROM audit_log WHERE id >= ?", (last - 1,))
    assert audit.verify_chain(kdb.connect(f"sqlite:///{tmp_path / 'kamdesk.db'}")) == [
        f"Audit entries {last - 1} to {last} were removed."]


def test_orders_and_their_lines_are_recorded_only_for_an_override_or_a_discount(db):
    _, client, product = set_up_desk()
    before = len(entries(db))
    order = factories.order(client.id, None, (product, 2, 0))
    assert [e for e in entries(db)[before:] if e["table"] in ("order", "order_line")] == []  # nothing audited set
    db.execute_sql("UPDATE order_line SET discount_percent = 300")
    line = [e for e in entries(db) if e["table"] == "order_line"]
    assert len(line) == 1 and (line[0]["old"]["discount_percent"], line[0]["new"]["discount_percent"]) == (0, 300)
    assert line[0]["client_id"] == client.id and line[0]["new"]["order_id"] == order.id


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture
def server(pg_url, pg_server, monkeypatch, tmp_path):
    """The owner's kamdesk on a fresh server database (migrated: the audit installed), with a desk set up."""
    monkeypatch.setenv("KAMDESK_DATABASE", pg_url)
    database = kdb.connect(pg_url)
    anna, client, product = set_up_desk()
    return {"db": database, "url": pg_url, "name": pg_url.rsplit("/", 1)[1], "server": pg_server,
            "client": client, "product": product}


def test_postgresql_records_plain_sql_by_whoever_connects(server):
    pg = server["server"]
    with pg.connect(server["name"]) as psql:
        psql.execute("UPDATE client SET credit_limit = 777700, reliability = 'C'")
        psql.execute("UPDATE price SET amount = 5000")
        psql.execute("DELETE FROM price")
    new = entries(server["db"])[-3:]
    assert [(e["table"], e["action"]) for e in new] == [("client", "update"), ("price", "update"), ("price", "delete")]
    client_change = next(e for e in new if e["table"] == "client")
    assert client_change["new"]["credit_limit"] == 777700 and client_change["new"]["reliability"] == "C"
    assert client_change["login"] == "kamdesk_owner" and client_change["client_id"] == server["client"].id
    assert (new[1]["old"]["amount"], new[1]["new"]["amount"], new[2]["old"]["amount"]) == (12000, 5000, 5000)
    assert audit.verify_chain(server["db"]) == []


def test_postgresql_finds_a_removed_or_altered_entry(server):
    with server["server"].connect(server["name"]) as owner:
        owner.execute("UPDATE client SET credit_limit = 1")
        owner.execute("UPDATE client SET credit_limit = 2")
        owner.execute("UPDATE audit_log SET login = 'someone' WHERE id = 3")
        owner.execute("DELETE FROM audit_log WHERE id = 2")
    problems = audit.verify_chain(server["db"])
    assert "Audit entry 2 was removed." in problems
    assert "Audit entry 3 was altered: its contents do not match its hash." in problems


def test_postgresql_install_is_idempotent(server):
    audit.install_server(server["db"])
    audit.install_server(server["db"])
    server["db"].execute_sql("UPDATE client SET credit_limit = 5")
    assert [e["table"] for e in entries(server["db"])].count("client") == 2  # the insert and this update
    assert audit.verify_chain(server["db"]) == []


def test_postgresql_concurrent_writers_form_one_chain(server):
    pg, name = server["server"], server["name"]
    with pg.connect(name) as owner:
        owner.execute("INSERT INTO client (name, legal_form, tax_number, registration_number, status, key_account, "
                      "source, needs, prospects, reliability, reliability_note, payment_terms_days, legal_postcode, "
                      "legal_city, legal_street, legal_country, delivery_postcode, delivery_city, delivery_street, "
                      "delivery_country, phone, email, website, notes, created_at, updated_at, search_text, "
                      "name_key, dedupe_key, tax_key, city_key) SELECT 'C' || n, '', '', '', 'active', false, '', "
                      "'', '', '', '', 8, '', '', '', 'HU', '', '', '', '', '', '', '', '', now(), now(), '', '', "
                      "'', '', '' FROM generate_series(1, 8) n")
    before = len(entries(server["db"]))
    failures = []

    def writer(number: int) -> None:
        try:
            with pg.connect(name) as connection:
                for step in range(15):
                    with connection.transaction():
                        connection.execute("UPDATE client SET credit_limit = %s WHERE name = %s",
                                           (number * 1000 + step, f"C{number}"))
                        connection.execute("UPDATE price SET amount = %s", (number * 1000 + step,))
        except Exception as error:  # noqa: BLE001 (reported by the assertion below)
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(1, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(entries(server["db"])) - before == 8 * 15 * 2
    assert audit.verify_chain(server["db"]) == []


def test_the_desk_manager_is_read_from_the_company_services_setting():
    from kamdesk.core.services.company import CURRENT_MANAGER_KEY

    assert f"'{CURRENT_MANAGER_KEY}'" in audit.DESK_MANAGER_SQL


def test_the_manager_chosen_in_this_process_is_named_before_the_desks_default(db, monkeypatch):
    _, client, _ = set_up_desk()
    peter = factories.manager("Nagy Péter")
    monkeypatch.setattr(audit, "_desk_manager", None)
    audit.identify_desk_manager(lambda: peter.id)
    db.execute_sql("UPDATE client SET reliability = 'D' WHERE id = ?", (client.id,))
    assert entries(db)[-1]["manager_id"] == peter.id


def test_an_upsert_of_prices_is_recorded(db):
    """An INSERT … ON CONFLICT DO UPDATE (the price-list import) fires the triggers under its own conflict rule."""
    _, _, product = set_up_desk()
    db.execute_sql("INSERT INTO price (product_id, column_id, amount) SELECT product_id, column_id, 13000 "
                   "FROM price WHERE true ON CONFLICT (product_id, column_id) DO UPDATE SET amount = excluded.amount")
    assert (entries(db)[-1]["table"], entries(db)[-1]["new"]["amount"]) == ("price", 13000)
    assert audit.verify_chain(db) == []


def test_every_coded_columns_titles_are_declared_where_its_entry_says():
    from kamdesk.core.messages import Message
    from kamdesk.core.services.audit import code_titles

    coded = [(entry, column) for entry in audit.AUDITED for column in entry.codes]
    assert coded  # the dunning step's step, at least
    for entry, column in coded:
        assert column in entry.columns or column in entry.names
        titles = code_titles(entry.codes[column])
        assert titles and all(isinstance(title, Message) for title in titles.values())
