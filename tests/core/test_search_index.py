"""The clients' full-text index (migration 0023): kept in step with every change, and a database without it."""

from __future__ import annotations

import pytest
from peewee import OperationalError

from kamdesk.core import db as kdb
from kamdesk.core import search_index, search_schema
from kamdesk.core.models import Client
from kamdesk.core.services import party, party_io
from kamdesk.core.services.client_search import ClientFilter, ClientSearch
from kamdesk.core.services.spreadsheet_import import Table


def indexed(*words: str) -> list[str]:
    """Names of the clients (archived too) whose text holds every word, asked of the index alone."""
    query = search_index.match_query(list(words))
    if query is None:
        return []
    ids = [row[0] for row in kdb.database.execute_sql(*_sql(search_index.ids_matching(query)))]
    return sorted(c.name for c in Client.select().where(Client.id.in_(ids)))


def _sql(node) -> tuple[str, list]:
    return node.sql.strip("()"), node.params


def assert_sound() -> None:
    """The index holds exactly the clients' texts (FTS5's own check against the client table)."""
    kdb.database.execute_sql("INSERT INTO client_search(client_search, rank) VALUES ('integrity-check', 1)")


def test_the_index_follows_saving_editing_archiving_and_deleting(company):
    assert search_index.usable()
    client = party.save_client({"name": "Kovács Kft.", "legal_city": "Győr"},
                               contacts=[{"name": "Szabó Éva", "email": "eva@kovacs.hu"}])
    assert indexed("kovacs") == indexed("gyor") == indexed("szabo") == ["Kovács Kft."]
    values = party.editable_values(party.get_client(client.id))
    party.save_client({**values, "name": "Szűcs Bt.", "legal_city": "Pécs"}, client_id=client.id,
                      contacts=[{"name": "Tóth Ede", "email": "ede@szucs.hu"}])
    assert indexed("kovacs") == indexed("gyor") == indexed("szabo") == []
    assert indexed("szucs") == indexed("pecs") == indexed("toth") == ["Szűcs Bt."]
    assert_sound()
    party.archive_client(client.id)
    assert indexed("szucs") == ["Szűcs Bt."]  # archived clients stay indexed: the archive list searches them
    assert [r.name for r in ClientSearch().find(ClientFilter(text="szucs")).rows(0, 10)] == []
    assert [r.name for r in ClientSearch().find(ClientFilter(text="szucs", archived=True)).rows(0, 10)] == [
        "Szűcs Bt."]
    party.restore_client(client.id)
    party.delete_client(client.id)
    assert indexed("szucs") == []
    assert_sound()


def test_a_word_of_one_or_two_characters_is_found_through_the_trigrams_it_begins(company):
    party.save_client({"name": "Иван Kft.", "legal_city": "Győr"})  # its text ends "gyor": "r" and "or" end it
    party.save_client({"name": "Kovács Bt.", "legal_city": "Pécs"})
    assert indexed("и") == indexed("ив") == indexed("r") == indexed("or") == ["Иван Kft."]
    assert indexed("k") == ["Kovács Bt.", "Иван Kft."]
    assert indexed("cs") == ["Kovács Bt."] and indexed("ы") == indexed("zq") == []
    assert [r.name for r in ClientSearch().find(ClientFilter(text="ИВ")).rows(0, 5)] == ["Иван Kft."]


def test_imported_clients_are_indexed(company):
    table = Table(["Név", "Város"], [["Szőlő Kft.", "Győr"], ["Űrhajó Bt.", "Pécs"]])
    check = party_io.check_rows(table, {0: "name", 1: "legal_city"})
    assert party_io.import_rows(check) == 2
    assert indexed("szolo") == ["Szőlő Kft."]
    assert indexed("urhajo", "pecs") == ["Űrhajó Bt."]
    assert_sound()


@pytest.mark.parametrize("typed, found", [('"and"', True), ('"and" or', True), ("and or", True), ('"or"', False),
                                           ("kft*", False), ("(az", False), ("NOT az", False)])
def test_a_quote_or_an_operator_in_the_typed_words_is_only_text(company, typed, found):
    party.save_client({"name": 'Az "AND" OR Kft.', "legal_city": "Eger"})
    expected = ['Az "AND" OR Kft.'] if found else []
    assert [r.name for r in ClientSearch().find(ClientFilter(text=typed)).rows(0, 5)] == expected


@pytest.fixture
def without_trigrams(tmp_path, monkeypatch):
    """A new database made by a SQLite build without FTS5's trigram tokenizer (before 3.34)."""
    class Refusing:  # the connection as such a build answers the probe for the tokenizer
        def __init__(self, connection):
            self.connection = connection

        def execute(self, sql, *args):
            if "USING fts5" in sql:
                raise OperationalError("no such tokenizer: trigram")
            return self.connection.execute(sql, *args)

    probe = search_schema.trigram_available
    monkeypatch.setattr(search_schema, "trigram_available", lambda connection: probe(Refusing(connection)))
    database = kdb.connect(f"sqlite:///{tmp_path / 'plain.db'}")
    yield database
    database.close()


def test_without_trigrams_there_is_no_index_and_the_search_still_finds(without_trigrams):
    from kamdesk.core.services import company as company_service

    assert not without_trigrams.table_exists("client_search")
    company_service.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                           {"name": "Kiss Anna", "email": "anna.kiss@example.hu"})
    for name in ("Kovács Kft.", "Szűcs Bt.", "Kovács és Fia Bt."):
        party.save_client({"name": name}, allow_duplicates=True)
    assert not search_index.usable()
    assert [r.name for r in ClientSearch().find(ClientFilter(text="KOVÁCS")).rows(0, 5)] == [
        "Kovács és Fia Bt.", "Kovács Kft."]
    assert ClientSearch().find(ClientFilter(text="b")).count == 2


def test_on_postgresql_the_migration_adds_nothing_and_the_search_keeps_its_trigram_indexes(pg_url):
    database = kdb.connect(pg_url)
    try:
        assert "0023_client_search_index" in kdb.schema_status(database)[0]
        assert not database.table_exists("client_search")
        assert not search_index.usable()
    finally:
        database.close()


def test_the_migration_indexes_the_clients_already_there(company):
    party.save_client({"name": "Régi Ügyfél Kft.", "legal_city": "Sopron"})
    db = kdb.database.obj
    for kind, name in (("TRIGGER", "client_search_insert"), ("TRIGGER", "client_search_delete"),
                       ("TRIGGER", "client_search_update"), ("TABLE", "client_search"),
                       ("VIEW", "client_search_source"), ("INDEX", "client_search_by_name"),
                       ("INDEX", "client_search_by_id")):
        db.execute_sql(f"DROP {kind} {name}")
    db.execute_sql("DELETE FROM schema_migration WHERE name = '0023_client_search_index'")
    path = db.database
    db.close()
    kdb.connect(f"sqlite:///{path}")  # 0023 again, on a database with a client
    assert indexed("sopron") == indexed("ugyfel") == indexed("g") == ["Régi Ügyfél Kft."]
    assert_sound()
