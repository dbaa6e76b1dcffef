"""What a pull leaves out: rows everyone may read that point at a record the laptop's user may not see."""

from __future__ import annotations

from kamdesk.core.models import StateChange
from tests.core.sync.conftest import on_server


def test_a_workflow_move_of_a_hidden_document_is_left_out_of_the_laptop(team, laptops):
    for key in ("m1", "m3"):  # the log of moves is readable by all; m3's contract is not m1's to see
        on_server(team, "INSERT INTO state_change (document, record_id, verb, from_state, to_state, at) "
                        "VALUES ('contract', %s, 'sign', 'draft', 'signed', now())", (team.records["contract"][key],))
    laptops("m1")
    assert [(s.document, s.to_state) for s in StateChange.select()] == [("contract", "signed")]
