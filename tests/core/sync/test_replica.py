"""A laptop's replica: what it holds after `laptop init`, and one sync each way."""

from __future__ import annotations

from kamdesk.core.models import Client, Contact, Product
from tests.core.sync.conftest import on_server


def test_a_replica_holds_what_its_user_may_see_and_the_catalogue(team, laptops):
    laptop = laptops("m1")
    names = {c.name for c in Client.select()}
    assert names == {"Client of m1"}
    assert Product.select().where(Product.sku == "TEJ-1").exists()
    assert Contact.select().join(Client).where(Client.name == "Client of m1").exists()


def test_a_change_on_the_laptop_reaches_the_server_and_the_office_change_reaches_the_laptop(team, laptops):
    laptop = laptops("m1")
    client = Client.get(Client.name == "Client of m1")
    client.notes = "Laptop note ő"
    client.save()
    on_server(team, "UPDATE client SET phone = '+36 1 555 0000' WHERE name = 'Client of m1'")
    report = laptop.sync()
    assert report.pushed == 1
    assert on_server(team, "SELECT notes, phone FROM client WHERE name = 'Client of m1'") == [
        ("Laptop note ő", "+36 1 555 0000")]
    assert Client.get(Client.name == "Client of m1").phone == "+36 1 555 0000"
    assert laptop.sync().pushed == 0


def test_on_a_laptop_the_role_is_the_server_users(team, laptops):
    from kamdesk.core.services import company

    laptops("m1")
    assert company.current_manager().login == team.logins["m1"]
    assert not company.has_role("head", "admin")
    assert company.has_role("manager")


def test_a_proposal_resolved_with_the_laptops_value_reaches_the_office(team, laptops):
    from kamdesk.core.services import sync

    laptop = laptops("m1")
    client = Client.get(Client.name == "Client of m1")
    client.credit_limit = 1000
    client.save()
    on_server(team, "UPDATE client SET credit_limit = 500000 WHERE name = 'Client of m1'")
    assert laptop.sync().conflicts == 1
    [proposal] = sync.list_conflicts()
    assert (proposal.kind, proposal.record, proposal.mine, proposal.theirs) == (
        "proposal", "Client of m1", "1,000.00", "5,000.00")
    assert proposal.field_title == "Credit limit"
    assert Client.get(Client.name == "Client of m1").credit_limit == 5000  # the office's value stays
    sync.resolve_conflict(proposal.id, "other")
    assert Client.get(Client.name == "Client of m1").credit_limit == 1000
    laptop.sync()
    assert on_server(team, "SELECT credit_limit, (SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL) "
                           "FROM client WHERE name = 'Client of m1'") == [(100000, 0)]
    assert sync.list_conflicts() == []
