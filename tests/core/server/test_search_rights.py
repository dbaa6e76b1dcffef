"""A search on the team server finds exactly the clients the user may see, whether the list or the database answers."""

from kamdesk.core import db as kdb
from kamdesk.core.models import Client
from kamdesk.core.services import client_search
from kamdesk.core.text_fold import fold

VISIBLE = {
    "m1": {"Client of m1"},
    "h1": {"Client of m1", "Client of m2", "Client of h1", "Client of nobody"},
    "admin": {"Client of m1", "Client of m2", "Client of m3", "Client of h1", "Client of nobody"},
}


def test_a_search_answered_by_the_database_finds_the_users_own_clients_only(team):
    kdb.connect(team.url)  # the owner gives the clients their folded search text
    for client in Client.select():
        Client.update(search_text=fold(client.name)).where(Client.id == client.id).execute()
    kdb.close()
    for who, expected in VISIBLE.items():
        kdb.connect(team.url_of(who))
        try:
            found = client_search._paged(client_search.ClientFilter(), ["client of"])
            assert {row.name for row in found.rows(0, 50)} == expected, who
            assert found.count == len(expected), who
        finally:
            kdb.close()
