"""Taking a laptop offline: what the pull leaves out (rows everyone may read that point at a record the user may
not see), and its progress."""

from __future__ import annotations

from kamdesk.core.models import StateChange
from tests.core.sync.conftest import on_server


def test_a_workflow_move_of_a_hidden_document_is_left_out_of_the_laptop(team, laptops):
    for key in ("m1", "m3"):  # the log of moves is readable by all; m3's contract is not m1's to see
        on_server(team, "INSERT INTO state_change (document, record_id, verb, from_state, to_state, at) "
                        "VALUES ('contract', %s, 'sign', 'draft', 'signed', now())", (team.records["contract"][key],))
    laptops("m1")
    assert [(s.document, s.to_state) for s in StateChange.select()] == [("contract", "signed")]


def test_taking_a_laptop_offline_reports_progress_as_each_table_is_copied(team, tmp_path):
    from kamdesk.core import db as kdb
    from kamdesk.core.models import Client
    from kamdesk.core.sync import replica, tables
    from tests.core.sync.conftest import PASSWORD

    steps = []
    try:
        replica.init_replica(tmp_path / "m1.db", team.url_of("m1").replace(f":{PASSWORD}@", "@"), PASSWORD, None,
                             lambda done, total: steps.append((done, total, Client.select().count())))
    finally:
        kdb.close()
    count = len(tables.synced())
    assert [(done, total) for done, total, _ in steps] == [(n, count) for n in range(1, count + 1)]
    written = [t.name for t in tables.synced()].index("client") + 1  # the step that copied the clients
    assert [clients for done, _, clients in steps if done < written] == [0] * (written - 1)
    assert [clients for done, _, clients in steps if done >= written] == [1] * (count - written + 1)
