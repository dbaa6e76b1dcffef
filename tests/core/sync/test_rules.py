"""The rules of laptop sync (docs/laptop-sync.md), one focused case each, on a real team server."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.core.errors import SchemaMismatch, ServerUnreachable
from kamdesk.core.models import Activity, Client, Contact, Order
from kamdesk.core.services import sync
from kamdesk.core.sync import faults
from tests.core.sync.conftest import PASSWORD, on_server
from tests.core.sync.network import Relay

M1 = "Client of m1"


class Crash(Exception):
    """The laptop's program dies at a point of the sync."""


def _listed():
    return [(c.kind, c.table, c.field, c.mine, c.theirs) for c in sync.list_conflicts()]


def _server(team, sql, params=()):
    return on_server(team, sql, params)


def _mine():
    return Client.get(Client.name == M1)


def _edit(record, **values):
    for name, value in values.items():
        setattr(record, name, value)
    record.save()


# ---------------------------------------------------------------------- batches: once each, resumable

def test_a_batch_applied_twice_changes_nothing_the_second_time(team, laptops):
    from kamdesk.core.sync import apply, push, replica

    laptop = laptops("m1")
    _edit(_mine(), notes="Egyszer")
    Contact.create(client=_mine(), name="Egyszer felvett")
    batch_id, entries = push.next_batch(laptop.db)
    state = replica.state(laptop.db)
    server = replica.open_server(state.server_url, PASSWORD)
    try:
        first = apply.apply_batch(server, batch_id, state.replica, state.login, entries)
        before = _server(team, "SELECT gid, notes, row_version FROM client ORDER BY id")
        again = apply.apply_batch(server, batch_id, state.replica, state.login, entries)
    finally:
        server.close()
    assert (first.applied, first.already, again.applied, again.already) == (2, False, 0, True)
    assert _server(team, "SELECT gid, notes, row_version FROM client ORDER BY id") == before
    assert _server(team, "SELECT count(*) FROM contact WHERE name = 'Egyszer felvett'") == [(1,)]
    assert _server(team, "SELECT count(*) FROM sync_batch WHERE batch_id = %s", (batch_id,)) == [(1,)]


@pytest.mark.parametrize("point", ["batch_cut", "server_applied", "pull_written"])
def test_a_sync_killed_anywhere_resumes_with_nothing_lost_or_doubled(team, laptops, point):
    laptop = laptops("m1")
    Contact.create(client=_mine(), name="Felvett offline")
    _server(team, "UPDATE client SET phone = '+36 1 222 3333' WHERE id = %s", (team.clients["m1"],))

    def crash(reached):
        if reached == point:
            raise Crash(reached)

    faults.set_hook(crash)
    try:
        with pytest.raises(Crash):
            laptop.sync()
    finally:
        faults.set_hook(None)
    if point == "pull_written":
        assert _mine().phone == ""  # the pull's transaction was undone, its horizon too
    laptop.sync()
    assert _server(team, "SELECT count(*) FROM contact WHERE name = 'Felvett offline'") == [(1,)]
    assert Contact.select().where(Contact.name == "Felvett offline").count() == 1
    assert _mine().phone == "+36 1 222 3333"
    assert sync.replica_status().pending_changes == 0
    assert laptop.sync().pushed == 0


def test_a_network_cut_mid_sync_leaves_the_laptop_working_and_the_next_sync_finishes(team, laptops):
    laptop = laptops("m1")
    relay = Relay(team.server.port)
    try:
        laptop.db.execute_sql("UPDATE sync_state SET server_url = ?",  # the laptop reaches the office through it
                              (f"postgresql://{team.logins['m1']}@127.0.0.1:{relay.port}/{team.database}",))
        Contact.create(client=_mine(), name="Vágás előtt")
        faults.set_hook(lambda reached: relay.cut() if reached == "server_applied" else None)
        try:
            with pytest.raises(ServerUnreachable, match="Nothing is lost"):
                laptop.sync()
        finally:
            faults.set_hook(None)
        _edit(_mine(), notes="Offline jegyzet")  # local work goes on, captured
        assert sync.replica_status().pending_changes == 1
        with pytest.raises(ServerUnreachable, match="stays on this laptop"):
            laptop.sync()
        relay.mend()
        laptop.sync()
    finally:
        relay.close()
    assert _server(team, "SELECT count(*) FROM contact WHERE name = 'Vágás előtt'") == [(1,)]
    assert _server(team, "SELECT notes FROM client WHERE id = %s", (team.clients["m1"],)) == [("Offline jegyzet",)]
    assert sync.replica_status().pending_changes == 0


# ---------------------------------------------------------------------- conflicts, field by field

def test_different_fields_of_one_record_merge_without_a_conflict(team, laptops):
    laptop = laptops("m1")
    _edit(_mine(), notes="Laptop jegyzet")
    _server(team, "UPDATE client SET phone = '+36 1 555 0000', credit_limit = 100000 WHERE id = %s",
            (team.clients["m1"],))
    laptop.sync()
    assert _server(team, "SELECT notes, phone, credit_limit FROM client WHERE id = %s", (team.clients["m1"],)) == [
        ("Laptop jegyzet", "+36 1 555 0000", 100000)]
    assert (_mine().notes, _mine().phone, _mine().credit_limit) == ("Laptop jegyzet", "+36 1 555 0000",
                                                                    Decimal("1000.00"))
    assert _listed() == []


def test_the_office_wins_a_credit_limit_both_changed_and_the_laptops_is_a_proposal(team, laptops):
    laptop = laptops("m1")
    _edit(_mine(), credit_limit=Decimal("1000"))
    _server(team, "UPDATE client SET credit_limit = 500000 WHERE id = %s", (team.clients["m1"],))
    laptop.sync()
    assert _server(team, "SELECT credit_limit FROM client WHERE id = %s", (team.clients["m1"],)) == [(500000,)]
    assert _mine().credit_limit == Decimal("5000.00")
    assert _listed() == [("proposal", "client", "credit_limit", "1,000.00", "5,000.00")]
    sync.resolve_conflict(sync.list_conflicts()[0].id, "other")  # the manager insists: the proposal is sent
    laptop.sync()
    assert _server(team, "SELECT credit_limit FROM client WHERE id = %s", (team.clients["m1"],)) == [(100000,)]
    assert _listed() == []


def test_elsewhere_the_later_change_wins_and_the_office_value_is_listed(team, laptops):
    laptop = laptops("m1")
    _edit(_mine(), notes="A laptopé")
    _server(team, "UPDATE client SET notes = 'Az irodáé' WHERE id = %s", (team.clients["m1"],))
    laptop.sync()
    assert _server(team, "SELECT notes FROM client WHERE id = %s", (team.clients["m1"],)) == [("A laptopé",)]
    assert _listed() == [("conflict", "client", "notes", "A laptopé", "Az irodáé")]
    sync.resolve_conflict(sync.list_conflicts()[0].id, "other")
    laptop.sync()
    assert _server(team, "SELECT notes FROM client WHERE id = %s", (team.clients["m1"],)) == [("Az irodáé",)]


def test_a_delete_on_the_laptop_of_a_record_the_office_changed_is_not_done_and_is_listed(team, laptops):
    laptop = laptops("m1")
    Contact.get(Contact.name == "Contact of m1").delete_instance()
    _server(team, "UPDATE contact SET phone = '+36 30 111 2222' WHERE name = 'Contact of m1'")
    laptop.sync()
    assert _server(team, "SELECT phone FROM contact WHERE name = 'Contact of m1'") == [("+36 30 111 2222",)]
    assert Contact.get(Contact.name == "Contact of m1").phone == "+36 30 111 2222"  # back on the laptop
    assert [c[:2] for c in _listed()] == [("delete_edited", "contact")]


def test_an_edit_on_the_laptop_of_a_record_the_office_deleted_is_listed(team, laptops):
    laptop = laptops("m1")
    _edit(Contact.get(Contact.name == "Contact of m1"), phone="+36 30 999 8888")
    _server(team, "DELETE FROM contact WHERE name = 'Contact of m1'")
    laptop.sync()
    assert _server(team, "SELECT count(*) FROM contact WHERE name = 'Contact of m1'") == [(0,)]
    assert not Contact.select().where(Contact.name == "Contact of m1").exists()
    assert _listed() == [("edit_deleted", "contact", "phone", "+36 30 999 8888", "")]


# ---------------------------------------------------------------------- visibility: clients change hands

SUBTREE = ("client", "contact", "order", "order_line", "shipment", "discount_approval", "offer", "offer_line",
           "contract", "obligation")


def test_a_client_given_to_another_manager_leaves_one_laptop_and_arrives_on_the_other_with_its_records(
        team, laptops):
    old, new = laptops("m1"), laptops("m2")
    gids = {table: _server(team, f'SELECT gid FROM "{table}" WHERE id = %s', (team.records[table]["m1"],))[0][0]
            for table in SUBTREE}
    _server(team, "UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m2"], team.clients["m1"]))
    old.sync()
    new.sync()
    for table, gid in gids.items():
        assert old.db.execute_sql(f'SELECT count(*) FROM "{table}" WHERE gid = ?', (gid,)).fetchone() == (0,), table
        assert new.db.execute_sql(f'SELECT count(*) FROM "{table}" WHERE gid = ?', (gid,)).fetchone() == (1,), table
    new.use()
    assert Order.get(Order.number == "ORD-m1").client.name == M1  # references mapped to the new replica's ids


# ---------------------------------------------------------------------- workflows, versions

def test_an_order_confirmed_offline_over_the_offices_credit_limit_goes_back_to_draft(team, laptops):
    from kamdesk.core.services import sale

    _server(team, "UPDATE discount_approval SET state = 'approved' WHERE id = %s",
            (team.records["discount_approval"]["m1"],))
    laptop = laptops("m1")
    order = Order.get(Order.number == "ORD-m1")
    _edit(order, gross_total=Decimal("500"))
    sale.confirm_order(order.id)  # no limit on the laptop: confirmed
    assert Order.get(Order.number == "ORD-m1").state == "confirmed"
    _server(team, "UPDATE client SET credit_limit = 10000 WHERE id = %s", (team.clients["m1"],))
    laptop.sync()
    assert _server(team, "SELECT state FROM \"order\" WHERE number = 'ORD-m1'") == [("draft",)]
    assert Order.get(Order.number == "ORD-m1").state == "draft"
    (conflict,) = sync.list_conflicts()
    assert (conflict.kind, conflict.record, conflict.mine, conflict.theirs) == ("workflow", "ORD-m1", "confirmed",
                                                                                "draft")
    assert "credit limit" in str(conflict.reason)


def test_an_order_confirmed_offline_while_the_office_sees_overdue_debt_goes_back_to_draft(team, laptops):
    import datetime as dt

    from kamdesk.core.services import sale

    _server(team, "UPDATE discount_approval SET state = 'approved' WHERE id = %s",
            (team.records["discount_approval"]["m1"],))
    laptop = laptops("m1")
    sale.confirm_order(Order.get(Order.number == "ORD-m1").id)  # the laptop knows no invoice: confirmed
    due = dt.date.today() - dt.timedelta(days=45)
    _server(team, "INSERT INTO invoice (gid, number, kind, client_id, issue_date, due_date, net_amount, vat_amount, "
            "gross_amount, currency, open_amount, source, note, created_at, updated_at) VALUES "
            "('inv-m1', 'SZ-2026-0001', 'invoice', %s, %s, %s, 250000, 0, 250000, 'HUF', 250000, 'import', '', "
            "now(), now())", (team.clients["m1"], due - dt.timedelta(days=8), due))
    laptop.sync()
    assert _server(team, "SELECT state FROM \"order\" WHERE number = 'ORD-m1'") == [("draft",)]
    (conflict,) = sync.list_conflicts()
    assert (conflict.kind, conflict.mine, conflict.theirs) == ("workflow", "confirmed", "draft")
    assert "overdue debt of 2500.00 HUF, the oldest 45 days past due (orders are blocked after 30 days)" in str(
        conflict.reason)


def test_a_laptop_and_a_server_of_different_versions_exchange_nothing(team, laptops):
    laptop = laptops("m1")
    _edit(_mine(), notes="Nem megy át")
    _server(team, "INSERT INTO schema_migration (name, applied) VALUES ('0099_future', now())")
    with pytest.raises(SchemaMismatch, match="the office server is newer"):
        laptop.sync()
    assert _server(team, "SELECT notes FROM client WHERE id = %s", (team.clients["m1"],)) == [("",)]
    assert sync.replica_status().pending_changes == 1


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
    laptop = laptops("m1")
    Contact.get(Contact.name == "Contact of m1").delete_instance()
    on_server(team, "UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m2"], team.clients["m1"]))
    laptop.sync()
    assert on_server(team, "SELECT count(*) FROM contact WHERE name = 'Contact of m1'") == [(1,)]
    assert [(c.kind, c.table, c.record) for c in sync.list_conflicts()] == [("refused", "contact", "Contact of m1")]


# ---------------------------------------------------------------------- the user works while a sync runs

def _during_the_sync(laptop, change, monkeypatch) -> None:
    """Sync, the user making `change` on the laptop after the push, before the pull (a background sync)."""
    from kamdesk.core.sync import numbers

    real = numbers.top_up

    def top_up(*args, **kwargs):  # the step between the push and the pull
        change()
        return real(*args, **kwargs)

    monkeypatch.setattr(numbers, "top_up", top_up)
    laptop.sync()
    monkeypatch.undo()


def test_a_proposal_made_while_a_sync_ran_leaves_the_laptop_with_the_offices_value(team, laptops, monkeypatch):
    laptop = laptops("m1")
    _server(team, "UPDATE client SET credit_limit = 500000 WHERE id = %s", (team.clients["m1"],))
    _during_the_sync(laptop, lambda: _edit(_mine(), credit_limit=Decimal("1000")), monkeypatch)
    assert _mine().credit_limit == Decimal("1000")  # the pull kept the change not yet sent
    laptop.sync()
    assert _listed() == [("proposal", "client", "credit_limit", "1,000.00", "5,000.00")]
    assert _mine().credit_limit == Decimal("5000.00")  # the office's value, as on the server


def test_a_delete_refused_while_a_sync_ran_brings_the_record_back(team, laptops, monkeypatch):
    laptop = laptops("m1")
    _server(team, "UPDATE contact SET phone = '+36 30 111 2222' WHERE name = 'Contact of m1'")
    _during_the_sync(laptop, lambda: Contact.get(Contact.name == "Contact of m1").delete_instance(), monkeypatch)
    laptop.sync()
    assert [c[:2] for c in _listed()] == [("delete_edited", "contact")]
    assert Contact.get(Contact.name == "Contact of m1").phone == "+36 30 111 2222"


def test_a_change_the_office_refuses_is_listed_and_undone_on_the_laptop(team, laptops):
    from kamdesk.core.models import Manager

    laptop = laptops("m1")
    _edit(_mine(), manager=Manager.get(Manager.login == team.logins["m2"]))  # only the office gives clients away
    laptop.sync()
    assert [c[:3] for c in _listed()] == [("refused", "client", "manager_id")]
    assert _mine().manager.login == team.logins["m1"]
    assert _server(team, "SELECT manager_id FROM client WHERE id = %s", (team.clients["m1"],)) == [
        (team.managers["m1"],)]


def _log(team, key):  # everyone may read the state log; the order it names only its client's manager
    on_server(team, "INSERT INTO state_change (document, record_id, verb, from_state, to_state, at) "
              "VALUES ('order', %s, 'confirm', 'draft', 'confirmed', now())", (team.records["order"][key],))


def test_the_state_log_of_records_the_manager_may_not_see_stays_in_the_office(team, laptops):
    from kamdesk.core.models import StateChange

    def log(key):
        _log(team, key)

    log("m2")
    laptop = laptops("m1")
    log("m2")
    log("m1")
    laptop.sync()
    assert [change.record_id for change in StateChange.select()] == [Order.get(Order.number == "ORD-m1").id]


def test_an_orders_state_log_goes_along_when_its_client_changes_hands(team, laptops):
    from kamdesk.core.models import StateChange

    _log(team, "m1")
    old, new = laptops("m1"), laptops("m2")
    _server(team, "UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m2"], team.clients["m1"]))
    old.sync()
    assert not StateChange.select().exists()
    new.sync()
    assert [change.record_id for change in StateChange.select()] == [Order.get(Order.number == "ORD-m1").id]
