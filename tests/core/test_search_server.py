"""The client search on a team server: migration 0012's trigram indexes, used by the search's own SQL on
PostgreSQL, and the same clients found for accented and Cyrillic text on PostgreSQL as on SQLite."""

from __future__ import annotations

import logging
import random

from kamdesk.core import db as kdb
from kamdesk.core.models import Client
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party
from kamdesk.core.services.client_search import ClientFilter, ClientSearch, search_clients
from kamdesk.core.text_fold import fold, name_key
from tests.core.services.test_client_search import Walking

TRIGRAM_INDEXES = {"client_search_text_trgm", "product_search_text_trgm"}
NAMES = ("Győri Őrség Kft.", "Szűcs és Fia Bt.", "Čedok Praha s.r.o.", "ООО Кириллица", "Kovács Trade Zrt.",
         "Ünnepi Ízek Kft.", "100% Juice_Bar Kft.", "1000 Juicebar Kft.", "Łódź Handel Sp. z o.o.")
QUERIES = ("ő", "ű", "č", "Кириллица", "кирил", "SZŰCS", "győr őrs", "ÍZEK", "lodz", "0% juice", "_bar",
           "100", "kft", "nincs ilyen")


def fill_clients() -> None:
    company_service.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                           {"name": "Kiss Anna", "email": "anna@example.hu"})
    for index, name in enumerate(NAMES):
        party.save_client({"name": name, "legal_city": ("Győr", "Москва", "Brno")[index % 3]})


def found(query: str, walking: bool) -> list[str]:
    """Names found for `query`: on SQLite from the full-text index, or walking the name order as for common words."""
    if not walking:
        return [row.name for row in search_clients(ClientFilter(text=query))]
    result = Walking().find(ClientFilter(text=query))
    return [row.name for row in result.rows(0, result.count)]


def answers(url: str) -> dict[tuple[str, bool], list[str]]:
    kdb.connect(url)
    try:
        fill_clients()
        return {(query, walking): found(query, walking) for query in QUERIES for walking in (False, True)}
    finally:
        kdb.close()


def test_postgresql_finds_what_sqlite_finds_for_accented_and_cyrillic_text(pg_url, tmp_path):
    on_sqlite = answers(f"sqlite:///{tmp_path / 'desk.db'}")
    on_server = answers(pg_url)
    assert on_server == on_sqlite
    assert all(names for (query, _), names in on_sqlite.items() if query != "nincs ilyen")
    assert on_sqlite[("кирил", True)] == ["ООО Кириллица"]
    assert {"Čedok Praha s.r.o.", "Szűcs és Fia Bt."} <= set(on_sqlite[("č", True)])  # č, c and cs alike
    assert on_sqlite[("győr őrs", True)] == ["Győri Őrség Kft."]
    assert on_sqlite[("0% juice", True)] == ["100% Juice_Bar Kft."]  # % and _ are letters, not wildcards
    assert on_sqlite[("_bar", True)] == ["100% Juice_Bar Kft."]


def test_the_migration_adds_trigram_indexes_on_postgresql(pg_url):
    database = kdb.connect(pg_url)
    assert "0012_search_trgm" in kdb.schema_status(database)[0]
    assert database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone()
    indexes = dict(database.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE %s", ("%trgm",)).fetchall())
    assert set(indexes) == TRIGRAM_INDEXES
    assert all("gin" in sql and "gin_trgm_ops" in sql and "search_text" in sql and "fastupdate=off" in sql
               for sql in indexes.values())


def test_every_statement_is_planned_for_its_own_values_on_postgresql(pg_url):
    # a generic plan of a prepared `LIKE $1` reads the whole trigram index for one typed letter
    database = kdb.connect(pg_url)
    assert database.execute_sql("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"


def test_the_migration_changes_nothing_on_sqlite(db):
    assert "0012_search_trgm" in kdb.schema_status(db)[0]
    names = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not names & TRIGRAM_INDEXES


def many_clients(count: int) -> str:
    """`count` clients with made-up names and cities inserted in bulk; the folded name of one of them."""
    rnd = random.Random(13)
    cities = ["".join(rnd.choices("abcdefghijklmnoprstuvzáéíóöőúüű", k=rnd.randint(5, 10))) for _ in range(300)]
    rows = []
    for _ in range(count):
        name = "".join(rnd.choices("abcdefghijklmnoprstuvzáéíóöőúüű", k=rnd.randint(6, 12))).title() + " Kft."
        city = rnd.choice(cities)
        rows.append({"name": name, "legal_city": city, "name_key": name_key(name), "city_key": fold(city),
                     "search_text": fold(f"{name}\n{city}")})
    for start in range(0, count, 1000):  # rows × columns stay below PostgreSQL's 65,535 parameters
        Client.insert_many(rows[start:start + 1000]).execute()
    return fold(rows[count // 2]["name"])[:7]


def test_a_typed_word_is_looked_up_in_the_trigram_index_on_postgresql(pg_url, caplog):
    database = kdb.connect(pg_url)
    word = many_clients(12_000)
    database.execute_sql("ANALYZE client")
    for sort in ("name", "city"):
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="peewee"):
            result = ClientSearch().find(ClientFilter(text=word, sort=sort))
            assert result.count >= 1 and word in fold(result.rows(0, 100)[0].name)
        searches = [record.msg for record in caplog.records
                    if isinstance(record.msg, tuple) and "LIKE" in record.msg[0] and "search_text" in record.msg[0]]
        assert len(searches) == 2  # the count and the first page
        for sql, params in searches:
            plan = "\n".join(row[0] for row in database.execute_sql("EXPLAIN " + sql, params).fetchall())
            assert "client_search_text_trgm" in plan, plan
