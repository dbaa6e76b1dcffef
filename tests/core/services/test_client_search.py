"""Finding clients as the user types: folding, fields searched, filters, sort orders, paging, each way of answering."""

from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.core.models import Client, Manager, Segment
from kamdesk.core.services import activity as act
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party
from kamdesk.core import search_index
from kamdesk.core.db import database
from kamdesk.core.services import client_search
from kamdesk.core.services.client_search import (
    SORT_KEYS,
    ClientFilter,
    ClientRow,
    ClientSearch,
    search_clients,
)
from kamdesk.core.services.party_validation import hu_check_digit
from tests import factories

KOVACS_TAX = f"1234567{hu_check_digit('1234567')}-2-13"
KOVACS, SZUCS, IVAN, ALFA, ZETA = ("Kovács és Társa Kft.", "Szűcs Élelmiszer Bt.", "ООО Иван и партнёры",
                                   "Alfa Kereskedelmi Kft.", "Zeta Trade Kft.")


@pytest.fixture
def clients(company):
    """Four working clients and an archived one, with contacts, segments and managers."""
    factories.manager("Nagy Péter", email="peter.nagy@example.hu")
    party.save_client({"name": KOVACS, "tax_number": KOVACS_TAX, "legal_city": "Győr", "status": "active",
                       "segment": "Retail chains", "manager": "Kiss Anna", "key_account": True,
                       "phone": "+36 30 111 1111"},
                      contacts=[{"name": "Kovács János", "email": "janos@kovacs.hu"}])
    party.save_client({"name": SZUCS, "legal_city": "Debrecen", "status": "prospect", "segment": "HoReCa",
                       "manager": "Nagy Péter", "phone": "+36 20 222 2222"},
                      contacts=[{"name": "Szabó Éva", "email": "eva.szabo@szucs.hu"}])
    party.save_client({"name": IVAN, "tax_number": "7707083893", "legal_country": "RU", "legal_city": "Москва",
                       "status": "active", "segment": "Wholesale", "manager": "Kiss Anna",
                       "phone": "+7 495 123-45-67"},
                      contacts=[{"name": "Иван Петров", "email": "ivan@partner.ru"}])
    party.save_client({"name": ALFA, "legal_city": "Budapest", "status": "inactive"})
    zeta = party.save_client({"name": ZETA, "legal_city": "Pécs", "status": "lost"})
    party.archive_client(zeta.id)
    # last and next contacts: Alfa none, Szűcs only a past one, Kovács and Иван both
    for name, done, planned in [(KOVACS, at(2026, 11, 2, 10), at(2026, 12, 14, 9)),
                                (IVAN, at(2026, 10, 1, 10), at(2026, 12, 10, 9)),
                                (SZUCS, at(2026, 11, 20, 10), None)]:
        client_id = Client.get(Client.name == name).id
        call = act.create_activity({"kind": "call", "client_id": client_id, "start": done})
        act.complete_activity(call.id, "reached")
        if planned:
            act.create_activity({"kind": "visit", "client_id": client_id, "start": planned})


BUD = ZoneInfo("Europe/Budapest")


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BUD)


def names(result) -> list[str]:
    return [row.name for row in result.rows(0, 1000)]


def find(text: str = "", **filters) -> list[str]:
    return names(ClientSearch().find(ClientFilter(text=text, **filters)))


# ---------------------------------------------------------------- matching

@pytest.mark.parametrize("typed, expected", [
    ("kovacs", [KOVACS]),
    ("KOVÁCS", [KOVACS]),
    ("SZŰ", [SZUCS]),
    ("szu", [SZUCS]),
    ("иван", [IVAN]),
    ("ИВАН", [IVAN]),
    ("партнеры", [IVAN]),  # ё typed as е
    ("szabo", [SZUCS]),  # contact name
    ("eva.szabo@szucs.hu", [SZUCS]),  # contact e-mail
    ("ivan@partner", [IVAN]),
    ("gyor", [KOVACS]),  # city
    ("москва", [IVAN]),
    ("12345676", [KOVACS]),  # tax number, with or without dashes
    (KOVACS_TAX, [KOVACS]),
    ("12345676213", [KOVACS]),
    ("7707083893", [IVAN]),
    ("kft", [ALFA, KOVACS]),  # the archived Zeta Trade Kft. is not in the working list
    ("kft gyor", [KOVACS]),  # several terms: all must match
    ("gyor kft", [KOVACS]),
    ("kft budapest", [ALFA]),
    ("kovacs budapest", []),
    ("nothing-like-this", []),
])
def test_typed_text_finds(clients, typed, expected):
    assert find(typed) == expected


def test_blank_text_lists_everything_in_name_order(clients):
    assert find("   ") == find("") == [ALFA, KOVACS, SZUCS, IVAN]


def test_rows_show_what_the_list_needs(clients):
    [row] = ClientSearch().find(ClientFilter(text="kovacs")).rows(0, 10)
    assert row == ClientRow(id=row.id, name=KOVACS, city="Győr", segment="Retail chains", status="active",
                            manager="Kiss Anna", key_account=True, phone="+36 30 111 1111",
                            tax_number=KOVACS_TAX, archived=False, last_contact=at(2026, 11, 2, 10),
                            next_contact=at(2026, 12, 14, 9))
    assert row.last_contact.utcoffset() == dt.timedelta(hours=1)  # aware, in the desk's zone (CET)
    [archived] = ClientSearch().find(ClientFilter(archived=True)).rows(0, 10)
    assert (archived.name, archived.archived, archived.segment, archived.manager) == (ZETA, True, "", "")


# ---------------------------------------------------------------- typing further

PREFIX_SOURCES = ["kovacs", "szucs", "иван", "kft", "gyor", "12345676213", "janos@kovacs.hu", "budapest"]


def prefixes(word: str) -> list[str]:
    return [word[:n] for n in range(1, len(word) + 1)]


@pytest.mark.parametrize("word", PREFIX_SOURCES)
def test_typing_letter_by_letter_matches_a_fresh_search(clients, word):
    search = ClientSearch()
    for typed in prefixes(word):
        incremental = search.find(ClientFilter(text=typed))
        assert names(incremental) == find(typed), typed


queries = st.sampled_from(sorted({p for w in PREFIX_SOURCES for p in prefixes(w)} | {"", "kft gy", "kft b", "a o"}))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.lists(queries, min_size=1, max_size=12), status=st.sampled_from([None, "active"]))
def test_any_sequence_of_typing_matches_fresh_searches(clients, typed, status):
    """Typing on, deleting, jumping to another word: the cached path always agrees."""
    search = ClientSearch()
    for text in typed:
        flt = ClientFilter(text=text, status=status)
        assert names(search.find(flt)) == names(ClientSearch().find(flt)), text


@pytest.fixture
def walked(monkeypatch):
    """Whether each search since walked the list (True) or sorted the matches of the index (False)."""
    seen = []
    original = client_search._paged
    monkeypatch.setattr(client_search, "_paged", lambda flt, terms=None, walk=False:
                        seen.append(walk) or original(flt, terms, walk))
    return seen


def test_a_few_matches_come_from_the_index_and_many_walk_the_sort_order(clients, walked, monkeypatch):
    monkeypatch.setattr(ClientSearch, "PAGE", 2)  # two matches among the list's first rows: a page is near
    monkeypatch.setattr(ClientSearch, "WALK_US", 0.001)
    assert names(ClientSearch(few=2).find(ClientFilter(text="kovacs gy"))) == [KOVACS]
    assert names(ClientSearch(few=2).find(ClientFilter(text="kft"))) == [ALFA, KOVACS]  # three clients hold "kft"
    assert names(ClientSearch(few=2).find(ClientFilter(text="e"))) == [ALFA, KOVACS, SZUCS, IVAN]  # no trigram
    assert walked == ([True, True] if search_index.usable() else [False] * 3)


def test_many_matches_far_into_the_list_are_sorted_rather_than_walked_to(clients, walked, monkeypatch):
    monkeypatch.setattr(ClientSearch, "WALK_US", 1000)  # walking to a page would cost more than sorting them
    assert names(ClientSearch(few=2).find(ClientFilter(text="kft"))) == [ALFA, KOVACS]
    monkeypatch.setattr(ClientSearch, "MOST", 2)  # unless there are too many to sort
    assert names(ClientSearch(few=2).find(ClientFilter(text="kft"))) == [ALFA, KOVACS]
    assert walked == ([True] if search_index.usable() else [False] * 2)


def test_a_short_walk_is_taken_without_counting_the_index_further(clients, walked, monkeypatch):
    counted_to = []
    original = ClientSearch._more_than
    monkeypatch.setattr(ClientSearch, "_more_than", staticmethod(lambda query, limit: counted_to.append(limit)
                                                                 or original(query, limit)))
    monkeypatch.setattr(ClientSearch, "WALK_AT_ONCE_US", 10 ** 9)  # every walk is short
    assert names(ClientSearch(few=1).find(ClientFilter(text="kft"))) == [ALFA, KOVACS]
    if search_index.usable():
        assert (walked, counted_to) == ([True], [1])  # more than `few`, and no further


def test_many_matches_sorted_page_by_page_are_counted_when_asked(many, monkeypatch):
    monkeypatch.setattr(ClientSearch, "WALK_US", 1000)  # more than `few` matches, sorted a page at a time
    result = ClientSearch(few=5).find(ClientFilter(text="lapozo", sort="city", descending=True))
    expected = plain_like(ClientFilter(text="lapozo", sort="city", descending=True))
    assert [r.name for start in (0, 10, 20) for r in result.rows(start, 10)] == expected
    assert not result.counted
    assert result.count == 23


def test_a_search_typed_again_answers_from_what_it_kept_until_the_data_changes(clients, monkeypatch):
    monkeypatch.setattr(ClientSearch, "WALK_US", 1000)  # "kft": more than `few` matches, sorted a page at a time
    search, kft = ClientSearch(few=1), ClientFilter(text="kft")
    assert names(search.find(kft)) == [ALFA, KOVACS]
    read = []
    original = client_search.client_rows
    monkeypatch.setattr(client_search, "client_rows", lambda ids: read.append(ids) or original(ids))
    assert names(search.find(kft)) == [ALFA, KOVACS]
    assert read == [] if search_index.usable() else read
    party.save_client({"name": "Béta Kft."})  # written on this connection
    assert names(search.find(kft)) == [ALFA, "Béta Kft.", KOVACS]
    if search_index.usable():  # another program archives Alfa
        elsewhere = sqlite3.connect(database.obj.database)
        with elsewhere:
            elsewhere.execute("UPDATE client SET archived_at = '2026-12-01 10:00:00' WHERE name = ?", (ALFA,))
        elsewhere.close()
        assert names(search.find(kft)) == ["Béta Kft.", KOVACS]


def test_a_result_of_few_is_counted_and_one_of_many_counts_when_asked(clients, monkeypatch):
    monkeypatch.setattr(ClientSearch, "PAGE", 2)
    monkeypatch.setattr(ClientSearch, "WALK_US", 0.001)
    search = ClientSearch(few=2)
    few, many = search.find(ClientFilter(text="kovacs")), search.find(ClientFilter(text="kft"))
    if search_index.usable():
        assert few.counted and not many.counted
    assert (few.count, many.count) == (1, 2)
    assert many.counted


# ---------------------------------------------------------------- filters

def test_filters(clients):
    horeca = Segment.get(Segment.name == "HoReCa").id
    kiss = Manager.get(Manager.name == "Kiss Anna").id
    for text in ("", "e"):  # the SQL page path and the in-memory path ("e" is in every client's text)
        only = list
        assert find(text, status="active") == only([KOVACS, IVAN])
        assert find(text, status="lost") == []  # Zeta is lost but archived
        assert find(text, segment_id=horeca) == only([SZUCS])
        assert find(text, manager_id=kiss) == only([KOVACS, IVAN])
        assert find(text, key_account=True) == only([KOVACS])
        assert find(text, key_account=False) == only([ALFA, SZUCS, IVAN])
        assert find(text, archived=True) == only([ZETA])
        assert find(text, status="active", manager_id=kiss, key_account=True) == only([KOVACS])
    assert find("kft", status="inactive") == [ALFA]
    assert find("kft", archived=True) == [ZETA]


def test_counts_follow_filters(clients):
    search = ClientSearch()
    assert search.find(ClientFilter()).count == 4
    assert search.find(ClientFilter(status="active")).count == 2
    assert search.find(ClientFilter(archived=True)).count == 1
    assert search.find(ClientFilter(text="kft")).count == 2
    assert search.find(ClientFilter(text="kft", archived=True)).count == 1


# ---------------------------------------------------------------- sorting

SORTED = {  # key: (ascending, descending); ties are broken by name, always ascending
    "name": ([ALFA, KOVACS, SZUCS, IVAN], [IVAN, SZUCS, KOVACS, ALFA]),
    "city": ([ALFA, SZUCS, KOVACS, IVAN], [IVAN, KOVACS, SZUCS, ALFA]),  # Budapest, Debrecen, Győr, Москва
    "segment": ([ALFA, SZUCS, KOVACS, IVAN], [IVAN, KOVACS, SZUCS, ALFA]),  # none, HoReCa, Retail, Wholesale
    "status": ([KOVACS, IVAN, ALFA, SZUCS], [SZUCS, ALFA, KOVACS, IVAN]),  # active, inactive, prospect
    "manager": ([ALFA, KOVACS, IVAN, SZUCS], [SZUCS, KOVACS, IVAN, ALFA]),  # none, Kiss, Kiss, Nagy
    "key_account": ([ALFA, SZUCS, IVAN, KOVACS], [KOVACS, ALFA, SZUCS, IVAN]),
    "phone": ([ALFA, SZUCS, KOVACS, IVAN], [IVAN, KOVACS, SZUCS, ALFA]),  # "", +36 20, +36 30, +7
    # never contacted first: none, Oct 1, Nov 2, Nov 20
    "last_contact": ([ALFA, IVAN, KOVACS, SZUCS], [SZUCS, KOVACS, IVAN, ALFA]),
    # none planned first (ties by name): none, none, Dec 10, Dec 14
    "next_contact": ([ALFA, SZUCS, IVAN, KOVACS], [KOVACS, IVAN, ALFA, SZUCS]),
}


def test_every_sort_key_is_covered():
    assert set(SORTED) == set(SORT_KEYS)


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_sort_orders(clients, key, descending):
    expected = SORTED[key][descending]
    assert find(sort=key, descending=descending) == expected
    # with typed text the in-memory list keeps the same order
    assert find("kft", sort=key, descending=descending) == [n for n in expected if n in (ALFA, KOVACS)]
    assert find("e", sort=key, descending=descending) == expected


# ---------------------------------------------------------------- changes, paging, one-shot search

def test_new_clients_are_found_at_once(clients):
    search = ClientSearch()
    assert names(search.find(ClientFilter(text="beta"))) == []
    party.save_client({"name": "Beta Kft.", "legal_city": "Szeged"})
    assert names(search.find(ClientFilter(text="beta"))) == ["Beta Kft."]
    assert names(search.find(ClientFilter(text="szeged"))) == ["Beta Kft."]


def test_archiving_is_seen_at_once(clients):
    search = ClientSearch()
    assert names(search.find(ClientFilter(text="kft"))) == [ALFA, KOVACS]
    party.archive_client(search.find(ClientFilter(text="alfa")).rows(0, 1)[0].id)
    assert names(search.find(ClientFilter(text="kft"))) == [KOVACS]


@pytest.fixture
def many(company):
    for i in range(1, 24):
        party.save_client({"name": f"Lapozó {i:02d} Kft.", "legal_city": "Eger" if i % 2 else "Vác"},
                          allow_duplicates=True)
    return [f"Lapozó {i:02d} Kft." for i in range(1, 24)]


@pytest.mark.parametrize("walking", [True, False], ids=["walking", "from the index"])
@pytest.mark.parametrize("text", ["", "lapozo", "kft", "z"])
def test_rows_page_by_page(many, text, walking):
    result = (Walking() if walking else ClientSearch(few=5000)).find(ClientFilter(text=text))
    assert result.count == 23
    pages = [result.rows(start, 10) for start in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 3]
    assert [r.name for p in pages for r in p] == many
    assert result.rows(23, 10) == []
    assert [r.name for r in result.rows(5, 3)] == many[5:8]


def test_paging_with_a_filter(many):
    result = ClientSearch().find(ClientFilter(text="eger"))
    assert result.count == 12
    assert [r.name for r in result.rows(10, 10)] == [many[20], many[22]]


def test_search_clients_limit(clients, many):
    everything = search_clients(ClientFilter())
    assert len(everything) == 27
    assert [r.name for r in search_clients(ClientFilter(), limit=2)] == [ALFA, KOVACS]
    assert [r.name for r in search_clients(ClientFilter(text="lapozo"), limit=3)] == many[:3]
    assert len(search_clients(ClientFilter(text="kft"), limit=1000)) == 2 + 23
    assert search_clients(ClientFilter(text="nothing"), limit=5) == []
    assert search_clients(ClientFilter(), limit=0) == []


def test_city_sort_ignores_accents(company):
    for name, city in [("Egy Kft.", "Szeged"), ("Kettő Kft.", "Érd"), ("Három Kft.", "Ajka"),
                       ("Négy Kft.", "Budapest")]:
        party.save_client({"name": name, "legal_city": city})
    cities = [r.city for r in ClientSearch().find(ClientFilter(sort="city")).rows(0, 10)]
    assert cities == ["Ajka", "Budapest", "Érd", "Szeged"]


def test_segment_and_manager_sort_ignore_accents(company):
    from kamdesk.core.services import company as company_service

    for manager in ("Ábel Ádám", "Zoltai Zita", "Bodnár Béla"):
        company_service.save_manager({"name": manager})
    for name, segment, manager in [("Egy Kft.", "Élelmiszer", "Zoltai Zita"), ("Kettő Kft.", "Bútor", "Ábel Ádám"),
                                   ("Három Kft.", "Zöldség", "Bodnár Béla"), ("Négy Kft.", "", "")]:
        party.save_client({"name": name, "segment": segment, "manager": manager})
    by_segment = [r.segment for r in ClientSearch().find(ClientFilter(sort="segment")).rows(0, 10)]
    assert by_segment == ["", "Bútor", "Élelmiszer", "Zöldség"]
    by_manager = [r.manager for r in ClientSearch().find(ClientFilter(sort="manager", descending=True)).rows(0, 10)]
    assert by_manager == ["Zoltai Zita", "Bodnár Béla", "Ábel Ádám", ""]


# ---------------------------------------------------------------- every way of answering agrees

TYPED = ["kovacs", "SZŰ", "e", "kft gyor", "kft gy", "12345676213", "ivan@partner", "lapozo 1", "a o", "%", "_",
         '"kft"', "nothing", "hu", "u", "ru", "и", "ив", "zz", "q"]


def plain_like(flt: ClientFilter) -> list[str]:
    """What a LIKE on every word finds (the way PostgreSQL and a SQLite without FTS5 answer)."""
    return names(client_search._paged(flt, fold_words(flt.text)))


def fold_words(text: str) -> list[str]:
    from kamdesk.core.text_fold import fold

    return fold(text).split()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.sampled_from(TYPED), sort=st.sampled_from(SORT_KEYS), descending=st.booleans(),
       status=st.sampled_from([None, "active", "prospect"]), archived=st.booleans())
def test_the_index_the_walk_and_a_plain_like_find_the_same_in_the_same_order(clients, many, text, sort, descending,
                                                                               status, archived):
    flt = ClientFilter(text=text, sort=sort, descending=descending, status=status, archived=archived)
    expected = plain_like(flt)
    assert names(ClientSearch(few=5000).find(flt)) == expected
    assert names(Walking().find(flt)) == expected
    sorting = SortingPages().find(flt)
    assert [row.name for row in sorting.rows(1, 1000)] == expected[1:]  # every match read for a further page
    assert names(sorting) == expected
    assert names(SortingPages().find(flt)) == expected  # the first page alone, sorted keeping only its rows


class SortingPages(ClientSearch):
    """A search that sorts every match of the index a page at a time, however many and wherever they are."""

    WALK_US = 10 ** 6
    MOST = 10 ** 9

    def __init__(self):
        super().__init__(few=0)


class Walking(ClientSearch):
    """A search that walks the list whenever the index holds a match (no match is sorted from the index)."""

    PAGE = 0
    MOST = 0

    def __init__(self):
        super().__init__(few=0)


def test_without_the_index_the_search_answers_with_like(clients, monkeypatch):
    monkeypatch.setattr(search_index, "usable", lambda: False)
    assert find("kovacs") == [KOVACS]
    assert find("kft gy") == [KOVACS]
    assert find("e", status="active") == [KOVACS, IVAN]
