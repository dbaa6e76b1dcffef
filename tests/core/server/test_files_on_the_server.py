"""Contract files on the team server: the manager's scan opens on another PC of theirs and for their head,
never for another manager (row-level security on the files' pieces, proven with psycopg directly too)."""

from __future__ import annotations

import os

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import NotFound
from kamdesk.core.services import contract as contracts
from kamdesk.core.services.contract import files as file_service


def as_user(team, who: str, monkeypatch):
    """Connect as `who` through kamdesk, as from a PC of its own (no temporary copies yet)."""
    kdb.close()
    monkeypatch.setattr(file_service, "_viewing", [])
    return kdb.connect(team.url_of(who))


def test_a_scan_opens_for_its_manager_and_head_and_for_no_other_manager(team, tmp_path, monkeypatch):
    content = os.urandom(file_service.PIECE + 99)
    (tmp_path / "aláírt.pdf").write_bytes(content)
    as_user(team, "m1", monkeypatch)
    file = contracts.attach_file(team.records["contract"]["m1"], tmp_path / "aláírt.pdf")

    for who in ("m1", "h1"):  # m1 on another PC; h1, m1's head
        as_user(team, who, monkeypatch)
        assert contracts.open_copy(file.id).read_bytes() == content, who
    as_user(team, "m2", monkeypatch)
    with pytest.raises(NotFound):
        contracts.open_copy(file.id)
    kdb.close()
    with team.connect("m2") as m2, team.connect("h2") as h2:
        for connection in (m2, h2):
            assert connection.execute("SELECT COUNT(*) FROM contract_file_part").fetchone()[0] == 0
            assert connection.execute("DELETE FROM contract_file_part").rowcount == 0
    with team.connect("m1") as m1:
        assert m1.execute("SELECT COUNT(*) FROM contract_file_part WHERE file_id = %s",
                          (file.id,)).fetchone()[0] == 2
