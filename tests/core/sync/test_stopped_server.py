"""The office server goes down and comes back: the laptop works on, and the next sync finishes the job.

The server is stopped for real (pg_ctl), so this module has a PostgreSQL server of its own: stopping the
session's would cut every other test's connections.
"""

from __future__ import annotations

import pytest

from kamdesk.core.errors import ServerUnreachable
from kamdesk.core.models import Client, Contact
from kamdesk.core.services import sync
from kamdesk.core.sync import faults
from tests.core.sync.conftest import on_server


@pytest.fixture(scope="module")
def pg_server():
    """This module's own throwaway server (it overrides the session's)."""
    from tests.pg_server import ThrowawayServer

    server = ThrowawayServer().start()
    yield server
    server.stop()


def test_a_server_stopped_mid_sync_and_started_again(team, laptops):
    laptop = laptops("m1")
    client = Client.get(Client.name == "Client of m1")
    Contact.create(client=client, name="Leállás előtt")
    faults.set_hook(lambda point: team.server.halt() if point == "server_applied" else None)
    try:
        with pytest.raises(ServerUnreachable, match="Nothing is lost"):
            laptop.sync()
    finally:
        faults.set_hook(None)
    client.notes = "Amíg a szerver állt"  # local work goes on, captured for the next sync
    client.save()
    assert sync.replica_status().pending_changes == 1
    assert not sync.server_reachable(timeout=0.5)
    with pytest.raises(ServerUnreachable, match="stays on this laptop"):
        laptop.sync()
    team.server.resume()
    assert sync.server_reachable()
    laptop.sync()
    assert on_server(team, "SELECT count(*) FROM contact WHERE name = 'Leállás előtt'") == [(1,)]
    assert on_server(team, "SELECT notes FROM client WHERE name = 'Client of m1'") == [("Amíg a szerver állt",)]
    assert sync.replica_status().pending_changes == 0
