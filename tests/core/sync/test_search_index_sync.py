"""A laptop's encrypted replica keeps its client search index in step with what a sync brings."""

from __future__ import annotations

from kamdesk.core import search_index
from kamdesk.core.services.client_search import ClientFilter, ClientSearch
from tests.core.sync.conftest import on_server


def found(text: str) -> list[str]:
    return [row.name for row in ClientSearch(few=5000).find(ClientFilter(text=text)).rows(0, 10)]


def rename_at_the_office(team, old: str, new: str, folded: str) -> None:
    on_server(team, "UPDATE client SET name = %s, search_text = %s WHERE name = %s", (new, folded, old))


def test_a_client_renamed_at_the_office_is_found_by_its_new_name_on_the_laptop(team, laptops):
    laptop = laptops("m1")
    assert search_index.usable()  # sqlcipher3's SQLite has FTS5 with trigrams
    rename_at_the_office(team, "Client of m1", "Ügyfél Kft.", "ugyfel kft.")
    laptop.sync()
    assert found("ugyfel") == ["Ügyfél Kft."]
    rename_at_the_office(team, "Ügyfél Kft.", "Vevő Bt.", "vevo bt.")
    laptop.sync()
    assert (found("ugyfel"), found("vevo")) == ([], ["Vevő Bt."])
    laptop.db.execute_sql("INSERT INTO client_search(client_search, rank) VALUES ('integrity-check', 1)")
