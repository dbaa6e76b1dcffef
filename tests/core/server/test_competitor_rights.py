"""Competitors on the team server as real logins: the register and observed prices are everyone's; a
competitor's share of a client and an action at a client are seen with the client, an action in the market
with whoever recorded it (and their head)."""

from kamdesk.core import db as kdb
from kamdesk.core.services import competitors


def test_shares_and_actions_follow_the_client_the_register_is_shared(team):
    kdb.connect(team.url_of("m1"))
    rival = competitors.save_competitor({"name": "Tejút Zrt."})
    competitors.save_supply(team.clients["m1"], rival.id, "25")
    competitors.record_action({"competitor_id": rival.id, "client_id": team.clients["m1"], "kind": "promotion",
                               "description": "10 % off"})
    competitors.record_action({"competitor_id": rival.id, "kind": "new_product", "description": "Kefir line"})
    kdb.close()
    kdb.connect(team.url_of("m3"))
    assert [row.name for row in competitors.competitor_rows()] == ["Tejút Zrt."]
    assert competitors.client_supplies(team.clients["m1"]) == []
    assert competitors.action_rows() == []
    competitors.save_competitor({"name": "Tejút Kft."}, rival.id)  # everyone keeps the register
    kdb.close()
    kdb.connect(team.url_of("h1"))
    assert [row.share for row in competitors.client_supplies(team.clients["m1"])] == [25]
    assert sorted(row.description for row in competitors.action_rows()) == ["10 % off", "Kefir line"]
    assert competitors.competitor_rows()[0].name == "Tejút Kft."


def test_only_the_administrator_who_sees_every_record_deletes_a_competitor(team):
    import pytest

    from kamdesk.core.errors import KamdeskError, PermissionDenied

    kdb.connect(team.url_of("m1"))
    rival = competitors.save_competitor({"name": "Tejút Zrt."})
    competitors.save_supply(team.clients["m1"], rival.id, "25")
    idle = competitors.save_competitor({"name": "Alföldi Kft."})
    kdb.close()
    kdb.connect(team.url_of("m3"))  # sees no share of m1's client: the competitor looks unused to m3
    with pytest.raises(PermissionDenied):
        competitors.delete_competitor(rival.id)
    kdb.close()
    kdb.connect(team.url_of("admin"))
    with pytest.raises(KamdeskError) as refused:
        competitors.delete_competitor(rival.id)
    assert "1 shares" in str(refused.value)
    competitors.delete_competitor(idle.id)
    assert [row.name for row in competitors.competitor_rows()] == ["Tejút Zrt."]


def test_the_server_refuses_anyone_but_an_administrator_deleting_a_competitor_directly(team):
    import psycopg
    import pytest

    from kamdesk.core.server import security

    kdb.connect(team.url_of("m1"))
    rival = competitors.save_competitor({"name": "Tejút Zrt."})
    competitors.save_supply(team.clients["m1"], rival.id, "25")
    kdb.close()
    for login in ("m3", "h1"):  # m3 cannot see m1's share; the delete would take it along all the same
        with team.connect(login) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
            connection.execute("DELETE FROM competitor WHERE id = %s", (rival.id,))
        assert str(refused.value).startswith(str(security.COMPETITOR_DELETE_REFUSED))
    with team.server.connect(team.database) as owner:
        assert owner.execute("SELECT count(*) FROM competitor_supply").fetchone()[0] == 1
    with team.connect("admin") as admin:
        admin.execute("DELETE FROM competitor WHERE id = %s", (rival.id,))
