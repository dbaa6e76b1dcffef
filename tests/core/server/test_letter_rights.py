"""Letters on the team server as real logins: a manager's mail merge reaches their own clients only, whatever the
filter asks (the server's row security), and a head seeds the shipped letter templates every login then uses."""

from kamdesk.core import db as kdb
from kamdesk.core.services import letters
from kamdesk.core.services.client_search import ClientFilter

FIELDS = {"effective_date": "2027. február 1."}


def merged_clients(client_filter: ClientFilter) -> set[str]:
    template = letters.find_template("price_change_hu")
    result = letters.merge(template.id, client_filter, FIELDS, dry_run=True)
    return {entry.client_name for entry in result.entries}


def test_a_managers_merge_reaches_only_their_own_clients(team):
    kdb.connect(team.url_of("h1"))
    letters.letter_templates()  # a head seeds the shipped templates
    kdb.close()
    kdb.connect(team.url_of("m1"))
    assert merged_clients(ClientFilter()) == {"Client of m1"}
    assert merged_clients(ClientFilter(manager_id=team.managers["m2"])) == set()


def test_a_heads_merge_reaches_the_clients_it_may_see(team):
    kdb.connect(team.url_of("h1"))
    everyone = merged_clients(ClientFilter())
    assert {"Client of m1", "Client of m2", "Client of h1"} <= everyone
    assert merged_clients(ClientFilter(manager_id=team.managers["m2"])) == {"Client of m2"}
