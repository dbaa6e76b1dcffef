"""Optimistic locking on the team server as real logins: the stale save names the user who saved meanwhile."""

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import ChangedMeanwhile
from kamdesk.core.services import party


def test_a_managers_stale_save_names_the_head_who_saved_meanwhile_and_overwrites(team):
    client_id = team.clients["m1"]
    kdb.connect(team.url_of("m1"))
    loaded = party.get_client(client_id).row_version  # m1's card
    kdb.close()
    kdb.connect(team.url_of("h1"))
    party.save_client({"legal_city": "Pécs"}, client_id=client_id)
    kdb.close()
    kdb.connect(team.url_of("m1"))
    with pytest.raises(ChangedMeanwhile) as stale:
        party.save_client({"legal_city": "Győr", "row_version": loaded}, client_id=client_id)
    assert (stale.value.who, stale.value.fields) == ("H1", {"legal_city": ("Pécs", "Győr")})
    party.save_client({"legal_city": "Győr", "row_version": stale.value.row_version}, client_id=client_id)
    saved = party.get_client(client_id)
    assert (saved.legal_city, saved.changed_by) == ("Győr", team.managers["m1"])
