"""Demo data: deterministic per seed, valid by the app's own checks, consistent with the services."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import KamdeskError
from kamdesk.core.models import Client, Contact, Manager, Segment
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party
from kamdesk.core.services.client_search import ClientFilter, ClientSearch
from kamdesk.core.services.demo import create_demo
from kamdesk.core.services.party_validation import check_email, check_phone, check_tax_number, check_website
from kamdesk.core.text_fold import fold, name_key

COUNT = 200


def demo_in_fresh_database(path, clients: int = COUNT, seed: int = 3) -> dict:
    database = kdb.connect(f"sqlite:///{path}")
    try:
        create_demo(clients, seed=seed)
        return {
            "clients": [(c.name, c.tax_number, c.legal_city, c.phone, c.status, c.credit_limit)
                        for c in Client.select().order_by(Client.id)],
            "contacts": [(c.client_id, c.name, c.email, c.phone, c.is_primary)
                         for c in Contact.select().order_by(Contact.id)],
        }
    finally:
        database.close()


@pytest.fixture
def demo(db):
    progress = []
    create_demo(COUNT, seed=3, progress=lambda done, total: progress.append((done, total)))
    return progress


def test_same_seed_same_data(tmp_path):
    first = demo_in_fresh_database(tmp_path / "a.db")
    second = demo_in_fresh_database(tmp_path / "b.db")
    assert len(first["clients"]) == COUNT
    assert first == second
    other_seed = demo_in_fresh_database(tmp_path / "c.db", seed=4)
    assert other_seed["clients"] != first["clients"]


def test_demo_creates_the_requested_clients_and_a_company(demo):
    assert Client.select().count() == COUNT
    assert demo[-1] == (COUNT, COUNT)
    assert company_service.is_set_up()
    own = company_service.get_company()
    assert check_tax_number(own.tax_number, own.country) is None


def test_demo_tax_numbers_are_valid(demo):
    taxed = 0
    for client in Client.select():
        assert check_tax_number(client.tax_number, client.legal_country) is None, client.tax_number
        taxed += bool(client.tax_number)
    assert taxed > COUNT // 2  # most demo clients are Hungarian companies with a tax number


def test_demo_phones_emails_and_websites_are_valid(demo):
    for client in Client.select():
        assert check_phone(client.phone, "HU") is None, client.phone
        assert check_email(client.email) is None, client.email
        assert check_website(client.website) is None, client.website
    contacts = list(Contact.select())
    assert len(contacts) >= COUNT
    for contact in contacts:
        assert check_phone(contact.phone, "HU") is None, contact.phone
        assert check_email(contact.email) is None, contact.email


def test_demo_has_several_managers_and_segments_in_use(demo):
    assert Manager.select().count() >= 3
    assert Segment.select().count() >= 3
    managers = Counter(c.manager_id for c in Client.select(Client.manager))
    segments = Counter(c.segment_id for c in Client.select(Client.segment))
    assert len(managers) >= 3 and None not in managers
    assert len(segments) >= 3 and None not in segments
    assert len({c.status for c in Client.select(Client.status)}) >= 3


def test_every_demo_client_has_exactly_one_primary_contact(demo):
    primaries = Counter(c.client_id for c in Contact.select().where(Contact.is_primary == True))  # noqa: E712
    assert set(primaries) == {c.id for c in Client.select(Client.id)}
    assert set(primaries.values()) == {1}


def test_demo_derived_fields_match_what_the_party_service_computes(demo):
    for client in Client.select():
        contacts = party.client_contacts(client.id)
        assert client.search_text == party.search_text_for(client, contacts)
        assert client.name_key == fold(client.name)
        assert client.dedupe_key == name_key(client.name)


def test_demo_clients_can_be_found_and_opened(demo):
    client = Client.select().order_by(Client.id.desc()).get()
    word = fold(client.name).split()[0]
    found = ClientSearch().find(ClientFilter(text=word))
    assert client.id in [row.id for row in found.rows(0, found.count)]
    assert isinstance(party.get_client(client.id).credit_limit, Decimal)


def test_demo_refuses_a_database_with_clients(demo):
    with pytest.raises(KamdeskError):
        create_demo(10, seed=1)
    assert Client.select().count() == COUNT
