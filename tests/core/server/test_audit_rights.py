"""The audit trail on the team server, as each role connects with psycopg directly: everyone's changes are recorded
under their own login and manager; nobody but the owner can add, change or remove entries; heads read their team's,
admins everything, managers nothing."""

from __future__ import annotations

import psycopg
import pytest

from kamdesk.core import audit
from kamdesk.core import db as kdb

TAMPERING = ("UPDATE audit_log SET login = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log",
             "INSERT INTO audit_log (id, at, table_name, row_id, action, hash) "
             "VALUES (999, now(), 'x', 1, 'delete', 'x')",
             "UPDATE audit_chain SET last_id = 1", "SELECT kamdesk_audit_append('x', 1, 'delete', NULL, NULL, NULL)")


def _last_entry(team, table: str) -> tuple:
    with team.server.connect(team.database) as owner:
        return owner.execute("SELECT login, manager_id, row_id, old_values, new_values FROM audit_log "
                             "WHERE table_name = %s ORDER BY id DESC LIMIT 1", (table,)).fetchone()


@pytest.mark.parametrize("who", ["m1", "h1", "admin"])
def test_no_role_can_add_change_or_remove_entries(team, who):
    with team.connect(who) as user:
        for statement in TAMPERING:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                user.execute(statement)


def test_changes_are_recorded_under_the_login_and_manager_who_made_them(team):
    with team.connect("m1") as m1:
        m1.execute("UPDATE client SET reliability = 'C' WHERE id = %s", (team.clients["m1"],))
    login, manager_id, row_id, old, new = _last_entry(team, "client")
    assert (login, manager_id, row_id) == (team.logins["m1"], team.managers["m1"], team.clients["m1"])
    assert '"reliability": ""' in old and '"reliability": "C"' in new
    with team.connect("h1") as h1:
        h1.execute("UPDATE order_line SET discount_percent = 1500 WHERE id = %s", (team.records["order_line"]["m2"],))
    login, manager_id, row_id, _, new = _last_entry(team, "order_line")
    assert (login, manager_id) == (team.logins["h1"], team.managers["h1"]) and '"discount_percent": 1500' in new
    assert audit.verify_chain(kdb.connect(team.url)) == []


def test_heads_read_their_teams_entries_admins_all_managers_none(team):
    with team.server.connect(team.database) as owner:  # one change on a client of each team
        owner.execute("UPDATE client SET credit_limit = 100 WHERE id IN (%s, %s)",
                      (team.clients["m1"], team.clients["m3"]))
    with team.connect("m1") as m1:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            m1.execute("SELECT * FROM audit_log")
    with team.connect("h1") as h1:
        seen = {row[0] for row in h1.execute("SELECT client_id FROM audit_log WHERE table_name = 'client'")}
    assert team.clients["m1"] in seen and team.clients["m3"] not in seen
    with team.connect("admin") as admin:
        seen = {row[0] for row in admin.execute("SELECT client_id FROM audit_log WHERE table_name = 'client'")}
    assert {team.clients["m1"], team.clients["m3"]} <= seen


def test_only_the_owner_or_an_admin_can_check_the_chain(team):
    assert audit.whole_trail_visible(kdb.connect(team.url_of("admin")))
    kdb.close()
    assert not audit.whole_trail_visible(kdb.connect(team.url_of("h1")))
