"""The rules of laptop sync (docs/laptop-sync.md), one focused case each, on a real team server."""

from __future__ import annotations

from kamdesk.core.models import Activity, Contact
from tests.core.sync.conftest import on_server


def _activity_gid(team, key: str) -> str:
    return on_server(team, "SELECT gid FROM activity WHERE id = %s", (team.records["activity"][key],))[0][0]


def test_a_client_given_to_the_manager_arrives_with_activities_others_own(team, laptops):
    laptop = laptops("m1")
    gid = _activity_gid(team, "m2")  # owned by m2, visible to m1 only through the client
    on_server(team, "UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m1"], team.clients["m2"]))
    laptop.sync()
    assert Activity.get_or_none(Activity.gid == gid) is not None


def test_a_client_given_away_takes_along_activities_seen_only_through_it(team, laptops):
    mine, theirs = _activity_gid(team, "m1"), _activity_gid(team, "h1")
    on_server(team, "UPDATE activity SET client_id = %s WHERE gid = %s", (team.clients["m1"], theirs))
    laptop = laptops("m1")
    assert Activity.select().where(Activity.gid.in_([mine, theirs])).count() == 2
    on_server(team, "UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m3"], team.clients["m1"]))
    laptop.sync()
    assert Activity.get_or_none(Activity.gid == theirs) is None  # h1's, seen through the client only
    kept = Activity.get(Activity.gid == mine)  # m1 owns it: still theirs to see, without the client
    assert kept.client_id is None


def test_a_delete_of_a_record_given_away_meanwhile_is_listed_as_refused(team, laptops):
    from kamdesk.core.services import sync

    laptop = laptops("m1")
    Contact.get(Contact.name == "Contact of m1").delete_instance()
    on_server(team, "UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m2"], team.clients["m1"]))
    laptop.sync()
    assert on_server(team, "SELECT count(*) FROM contact WHERE name = 'Contact of m1'") == [(1,)]
    assert [(c.kind, c.table, c.record) for c in sync.list_conflicts()] == [("refused", "contact", "Contact of m1")]
