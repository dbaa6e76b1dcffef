"""Numbers taken offline come from the replica's reserved block; the sync and conflict commands."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kamdesk.core.errors import ServerUnreachable, WorkflowError
from kamdesk.core.services import numbering, sync
from kamdesk.core.sync import numbers
from tests.core.sync.conftest import PASSWORD, on_server


def test_offline_numbers_come_from_a_block_the_server_skips(team, laptops):
    laptop = laptops("m1")
    year = dt.date.today().year
    taken = numbering.next_number("order", year, "ORD-{year}-")
    first, last = on_server(team, "SELECT first, last FROM number_block WHERE code = 'order' AND year = %s",
                            (year,))[0]
    assert taken == f"ORD-{year}-{first:05d}"
    assert last - first + 1 == numbers.BLOCK
    # the office's own next number lies past the block: never the laptop's
    assert on_server(team, "SELECT last_number FROM number_series WHERE code = 'order' AND year = %s",
                     (year,))[0][0] == last
    assert laptop.db is not None


def test_a_laptop_without_numbers_left_says_to_sync(team, laptops):
    laptop = laptops("m1")
    laptop.db.execute_sql("UPDATE sync_numbers SET next = last + 1")
    with pytest.raises(WorkflowError, match="sync with the office"):
        numbering.next_number("offer", dt.date.today().year, "OF-{year}-", 4)
    laptop.sync()  # the sync reserves a new block
    assert numbering.next_number("offer", dt.date.today().year, "OF-{year}-", 4).startswith("OF-")


def test_a_stopped_server_leaves_the_laptop_working(team, laptops, monkeypatch):
    laptop = laptops("m1")
    from kamdesk.core.models import Client
    from kamdesk.core.services import company

    Client.create(name="Új ügyfél offline", manager=company.current_manager_id())
    monkeypatch.setattr("kamdesk.core.sync.replica.state", _state_pointing_nowhere(laptop))
    with pytest.raises(ServerUnreachable, match="stays on this laptop"):
        sync.sync_now(PASSWORD)
    monkeypatch.undo()
    assert sync.replica_status().pending_changes == 1
    assert laptop.sync().pushed == 1
    assert on_server(team, "SELECT count(*) FROM client WHERE name = 'Új ügyfél offline'") == [(1,)]


def _state_pointing_nowhere(laptop):
    from kamdesk.core.sync import replica

    real = replica.state

    def state(local):
        found = real(local)
        return found and replica.State(found.replica, "postgresql://nobody@127.0.0.1:1/none", found.login,
                                       found.horizon, found.last_sync_at)
    return state


def test_sync_and_list_conflicts_on_the_command_line(team, laptops, capsys, monkeypatch):
    from kamdesk import cli
    from kamdesk.core.models import Client

    laptop = laptops("m1")
    client = Client.get(Client.name == "Client of m1")
    client.credit_limit = 1000
    client.save()
    on_server(team, "UPDATE client SET credit_limit = 500000 WHERE name = 'Client of m1'")
    url = f"sqlite:///{laptop.path}"
    monkeypatch.setenv("KAMDESK_PASSWORD", PASSWORD)
    laptop.db.close()
    assert cli.main(["sync", "--database", url]) == 0
    assert "sent 1 changes" in capsys.readouterr().out
    assert cli.main(["list", "conflicts", "--json", "--database", url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["field"], c["theirs"]) for c in listed] == [("proposal", "credit_limit", "5,000.00")]


def test_sync_on_a_desk_file_says_there_is_nothing_to_sync(tmp_path, capsys):
    from kamdesk import cli

    assert cli.main(["sync", "--database", f"sqlite:///{tmp_path / 'desk.db'}"]) == 1
    assert "not a laptop replica" in capsys.readouterr().err


def test_laptop_init_refuses_an_existing_file_and_a_short_passphrase(tmp_path, capsys, monkeypatch):
    from kamdesk import cli

    existing = tmp_path / "laptop.db"
    existing.write_bytes(b"mine")
    monkeypatch.setenv("KAMDESK_PASSPHRASE", "short")
    assert cli.main(["laptop", "init", str(existing), "--server", "postgresql://m@127.0.0.1:1/x"]) == 1
    assert "at least 8 characters" in capsys.readouterr().err
    monkeypatch.setenv("KAMDESK_PASSPHRASE", "long enough passphrase")
    assert cli.main(["laptop", "init", str(existing), "--server", "postgresql://m@127.0.0.1:1/x"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b"mine"
