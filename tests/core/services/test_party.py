"""Saving clients and contacts: validation per field, duplicates, one transaction, archive, delete."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from peewee import CharField, ForeignKeyField

from kamdesk.core.errors import IntegrityError, NotFound, ValidationError
from kamdesk.core.models import Client, Contact, Segment
from kamdesk.core.models.base import BaseModel
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party
from kamdesk.core.services.party import DuplicateClient, DuplicateMatch
from kamdesk.core.services.party_validation import hu_check_digit

KOVACS_TAX = f"1234567{hu_check_digit('1234567')}-2-13"


def kovacs(**extra) -> dict:
    return {"name": "Kovács és Társa Kft.", "tax_number": KOVACS_TAX, "legal_city": "Győr", **extra}


def contact_rows(client_id: int) -> list[tuple]:
    return [(c.name, c.email, c.is_primary) for c in party.client_contacts(client_id)]


# ---------------------------------------------------------------- validation

def test_errors_name_every_bad_field(company):
    with pytest.raises(ValidationError) as caught:
        party.save_client({
            "name": "  ", "email": "not-an-email", "phone": "123", "website": "nowhere",
            "tax_number": f"1234567{(int(hu_check_digit('1234567')) + 1) % 10}-2-13",
            "status": "sleeping", "source": "pigeon", "reliability": "Z",
            "credit_limit": "a lot", "payment_terms_days": "soon", "reliability_checked_on": "yesterday",
        })
    assert set(caught.value.errors) == {
        "name", "email", "phone", "website", "tax_number", "status", "source", "reliability",
        "credit_limit", "payment_terms_days", "reliability_checked_on"}
    assert Client.select().count() == 0


def test_contact_errors_name_row_and_field(company):
    with pytest.raises(ValidationError) as caught:
        party.save_client(kovacs(), contacts=[
            {"name": "Kovács János", "email": "janos@kovacs.hu"},
            {"name": "", "email": "bad@", "phone": "42"},
        ])
    assert set(caught.value.errors) == {"contacts.1.name", "contacts.1.email", "contacts.1.phone"}


def test_saved_values_are_cleaned(company):
    client = party.save_client(kovacs(
        name="  Kovács és Társa Kft.  ", phone="06 30 123 4567", status="Active", key_account="igen",
        reliability="b", reliability_checked_on="2025.03.01.", legal_country="hu", source="E-mail",
        payment_terms_days="30"))
    saved = Client.get_by_id(client.id)
    assert saved.name == "Kovács és Társa Kft."
    assert saved.phone == "+36 30 123 4567"
    assert saved.status == "active" and saved.key_account is True
    assert saved.reliability == "B" and saved.reliability_checked_on == datetime.date(2025, 3, 1)
    assert saved.legal_country == "HU" and saved.source == "email" and saved.payment_terms_days == 30
    assert saved.tax_key == "HU" + KOVACS_TAX[:8]
    assert "kovacs" in saved.search_text and "gyor" in saved.search_text


@pytest.mark.parametrize("typed, stored", [
    ("1 234 567,89", Decimal("1234567.89")),
    ("0,10", Decimal("0.10")),
    (Decimal("99999999999.99"), Decimal("99999999999.99")),
    (1500000, Decimal("1500000")),
])
def test_credit_limit_is_exact(db, company, typed, stored):
    client = party.save_client(kovacs(credit_limit=typed))
    assert party.get_client(client.id).credit_limit == stored
    minor = db.execute_sql(f"SELECT credit_limit FROM client WHERE id = {db.param}", (client.id,)).fetchone()[0]
    assert minor == int(stored * 100)  # integer hundredths in the database


@pytest.mark.parametrize("typed", ["12,345", "-5", "0.001"])
def test_credit_limit_refuses_bad_amounts(company, typed):
    with pytest.raises(ValidationError) as caught:
        party.save_client(kovacs(credit_limit=typed))
    assert set(caught.value.errors) == {"credit_limit"}


def test_manager_and_segment_links(company):
    _, manager = company
    client = party.save_client(kovacs(manager="Kiss Anna", segment="Kiskereskedelem"))
    saved = Client.get_by_id(client.id)
    assert saved.manager_id == manager.id
    assert saved.segment.name == "Kiskereskedelem"
    with pytest.raises(ValidationError) as caught:
        party.save_client({"name": "Other Kft.", "manager": "Nobody"})
    assert set(caught.value.errors) == {"manager"}


# ---------------------------------------------------------------- duplicates

def test_duplicate_tax_number_is_refused_with_the_match(company):
    first = party.save_client(kovacs())
    with pytest.raises(DuplicateClient) as caught:
        party.save_client({"name": "Egészen Más Bt.", "tax_number": KOVACS_TAX.replace("-", "")})
    assert caught.value.matches == [DuplicateMatch(first.id, "Kovács és Társa Kft.", "tax_number")]
    assert "Kovács és Társa Kft." in caught.value.message
    assert Client.select().count() == 1


def test_near_duplicate_name_is_refused(company):
    first = party.save_client(kovacs(tax_number=""))
    with pytest.raises(DuplicateClient) as caught:
        party.save_client({"name": "Kovacs es Tarsa Zrt."})
    assert [(m.client_id, m.reason) for m in caught.value.matches] == [(first.id, "name")]


def test_different_names_are_not_duplicates(company):
    party.save_client(kovacs(tax_number=""))
    party.save_client({"name": "Kovács és Fiai Kft."})
    party.save_client({"name": "Szűcs Élelmiszer Bt."})
    assert Client.select().count() == 3


def test_allow_duplicates_saves_a_similar_name(company):
    party.save_client(kovacs())
    second = party.save_client({"name": "Kovacs es Tarsa Zrt."}, allow_duplicates=True)
    assert Client.select().count() == 2
    assert Client.get_by_id(second.id).name == "Kovacs es Tarsa Zrt."


def test_a_second_live_client_with_one_tax_number_is_refused_plainly(company):
    first = party.save_client(kovacs())
    with pytest.raises(ValidationError) as refused:
        party.save_client({"name": "Kovacs es Tarsa Zrt.", "tax_number": KOVACS_TAX}, allow_duplicates=True)
    assert f"#{first.id}" in refused.value.errors["tax_number"]
    party.archive_client(first.id)
    second = party.save_client({"name": "Kovacs es Tarsa Zrt.", "tax_number": KOVACS_TAX}, allow_duplicates=True)
    assert Client.get_by_id(second.id).tax_key == "HU" + KOVACS_TAX[:8]
    with pytest.raises(ValidationError):
        party.restore_client(first.id)  # the database keeps one live client per tax number


def test_a_client_is_not_its_own_duplicate(company):
    client = party.save_client(kovacs())
    party.save_client(kovacs(legal_city="Pécs"), client_id=client.id)
    assert Client.get_by_id(client.id).legal_city == "Pécs"


# ---------------------------------------------------------------- contacts

def test_first_contact_becomes_primary(company):
    client = party.save_client(kovacs(), contacts=[
        {"name": "Kovács János", "email": "janos@kovacs.hu"},
        {"name": "Kovácsné Éva", "email": "eva@kovacs.hu"},
    ])
    assert contact_rows(client.id) == [("Kovács János", "janos@kovacs.hu", True),
                                       ("Kovácsné Éva", "eva@kovacs.hu", False)]


def test_a_chosen_primary_is_kept(company):
    client = party.save_client(kovacs(), contacts=[
        {"name": "Kovács János"}, {"name": "Kovácsné Éva", "is_primary": True}])
    primaries = [c.name for c in party.client_contacts(client.id) if c.is_primary]
    assert primaries == ["Kovácsné Éva"]


def test_two_primaries_are_refused(company):
    with pytest.raises(ValidationError) as caught:
        party.save_client(kovacs(), contacts=[
            {"name": "Kovács János", "is_primary": True}, {"name": "Kovácsné Éva", "is_primary": "yes"}])
    assert caught.value.field == "contacts"
    assert Client.select().count() == 0 and Contact.select().count() == 0


def test_contacts_are_replaced_on_save(company):
    client = party.save_client(kovacs(), contacts=[
        {"name": "Kovács János", "phone": "06 30 123 4567"}, {"name": "Kovácsné Éva"}])
    janos, eva = party.client_contacts(client.id)
    assert janos.phone == "+36 30 123 4567"

    party.save_client(kovacs(), client_id=client.id, contacts=[
        {"id": eva.id, "name": "Kovácsné Éva", "email": "eva@kovacs.hu", "is_primary": True},
        {"name": "Új Kolléga", "birthday": "1990-01-31"},
    ])
    after = party.client_contacts(client.id)
    assert [(c.name, c.is_primary) for c in after] == [("Kovácsné Éva", True), ("Új Kolléga", False)]
    assert after[0].id == eva.id and after[0].email == "eva@kovacs.hu"  # updated in place
    assert after[1].birthday == datetime.date(1990, 1, 31)
    assert Contact.get_or_none(Contact.id == janos.id) is None  # dropped from the list: deleted
    # the search text follows the contacts
    assert "uj kollega" in Client.get_by_id(client.id).search_text
    assert "kovacs janos" not in Client.get_by_id(client.id).search_text


def test_contacts_none_leaves_contacts_alone(company):
    client = party.save_client(kovacs(), contacts=[{"name": "Kovács János"}])
    party.save_client(kovacs(notes="Hívni hétfőn"), client_id=client.id)
    assert [c.name for c in party.client_contacts(client.id)] == ["Kovács János"]


def test_a_contact_of_another_client_cannot_be_taken_over(company):
    a = party.save_client(kovacs(), contacts=[{"name": "Kovács János"}])
    janos = party.client_contacts(a.id)[0]
    b = party.save_client({"name": "Szűcs Bt."}, contacts=[{"id": janos.id, "name": "Szűcs Ödön"}])
    assert [c.name for c in party.client_contacts(a.id)] == ["Kovács János"]
    assert [c.name for c in party.client_contacts(b.id)] == ["Szűcs Ödön"]


# ---------------------------------------------------------------- transactions

def test_failed_save_leaves_nothing_behind(company):
    with pytest.raises(ValidationError):
        party.save_client(kovacs(), contacts=[{"name": "Kovács János", "email": "janos@@kovacs"}])
    assert Client.select().count() == 0 and Contact.select().count() == 0


def test_failed_update_keeps_the_old_record(company):
    client = party.save_client(kovacs(), contacts=[{"name": "Kovács János"}])
    with pytest.raises(ValidationError):
        party.save_client(kovacs(legal_city="Pécs"), client_id=client.id,
                          contacts=[{"name": "Új", "email": "bad"}])
    assert Client.get_by_id(client.id).legal_city == "Győr"
    assert [c.name for c in party.client_contacts(client.id)] == ["Kovács János"]


def test_failed_save_creates_no_segment(company):
    with pytest.raises(ValidationError):
        party.save_client(kovacs(segment="Vadonatúj szegmens"), contacts=[{"name": "X", "email": "bad"}])
    assert Segment.select().count() == 0


def test_update_with_some_fields_keeps_the_others(company):
    client = party.save_client(kovacs(status="active", credit_limit="5000", segment="HoReCa",
                                      manager="Kiss Anna", key_account=True))
    party.save_client({"name": "Kovács és Társa Kft.", "legal_city": "Pécs"}, client_id=client.id)
    saved = Client.get_by_id(client.id)
    assert saved.legal_city == "Pécs"
    assert (saved.status, saved.credit_limit, saved.segment.name, saved.manager.name, saved.key_account) == (
        "active", Decimal("5000"), "HoReCa", "Kiss Anna", True)


# ---------------------------------------------------------------- archive, delete

def test_archive_and_restore(company):
    client = party.save_client(kovacs())
    party.archive_client(client.id)
    archived_at = Client.get_by_id(client.id).archived_at
    assert isinstance(archived_at, datetime.datetime)
    assert abs(archived_at - datetime.datetime.now(datetime.UTC).replace(tzinfo=None)) < datetime.timedelta(minutes=1)
    party.restore_client(client.id)
    assert Client.get_by_id(client.id).archived_at is None
    with pytest.raises(NotFound):
        party.archive_client(client.id + 100)


def test_delete_client_with_contacts(company):
    client = party.save_client(kovacs(), contacts=[{"name": "Kovács János"}, {"name": "Kovácsné Éva"}])
    other = party.save_client({"name": "Szűcs Bt."}, contacts=[{"name": "Szűcs Ödön"}])
    party.delete_client(client.id)
    assert Client.get_or_none(Client.id == client.id) is None
    assert Contact.select().where(Contact.client == client.id).count() == 0
    assert [c.name for c in party.client_contacts(other.id)] == ["Szűcs Ödön"]
    with pytest.raises(NotFound):
        party.delete_client(client.id)


@pytest.fixture
def visit_model(db):
    """A stand-in for a later business area whose records point at a client."""

    class TestVisit(BaseModel):
        client = ForeignKeyField(Client, backref="test_visits")
        note = CharField(default="")

    db.create_tables([TestVisit])
    try:
        yield TestVisit
    finally:
        db.drop_tables([TestVisit])
        TestVisit._meta.remove_ref(TestVisit.client)
        Client._meta.model_backrefs.pop(TestVisit, None)
        assert all(f.model is not TestVisit for f in Client._meta.backrefs)
        delattr(Client, "test_visits")


def test_delete_is_refused_when_other_records_point_at_the_client(company, visit_model):
    client = party.save_client(kovacs(), contacts=[{"name": "Kovács János"}])
    visit_model.create(client=client.id)  # a table of the test's own, which no service writes
    with pytest.raises(IntegrityError) as caught:
        party.delete_client(client.id)
    assert "test visit" in caught.value.message
    assert Client.get_or_none(Client.id == client.id) is not None
    assert len(party.client_contacts(client.id)) == 1


# ---------------------------------------------------------------- the company the party service relies on

def test_phone_region_follows_the_company_country(company):
    company_service.save_company({"country": "RU", "tax_number": ""})
    client = party.save_client({"name": "ООО Ромашка", "phone": "8 495 123-45-67", "legal_country": "RU"})
    assert Client.get_by_id(client.id).phone == "+7 495 123-45-67"


def test_saving_some_company_fields_keeps_the_rest(company):
    company_service.save_company({"currency": "EUR", "default_vat_rate": Decimal("5")})
    company_service.save_company({"city": "Debrecen"})
    saved = company_service.get_company()
    assert (saved.name, saved.city, saved.currency, saved.default_vat_rate) == (
        "Teszt Kereskedelmi Kft.", "Debrecen", "EUR", Decimal("5"))


def test_eu_vat_number_finds_the_client_saved_with_its_hungarian_tax_number(company):
    first = party.save_client({"name": "Első Kft.", "tax_number": "12892312-2-42"})
    with pytest.raises(party.DuplicateClient) as found:
        party.save_client({"name": "Egészen Más Zrt.", "tax_number": "HU12892312"})
    assert [(m.client_id, m.reason) for m in found.value.matches] == [(first.id, "tax_number")]


def test_country_must_be_a_two_letter_code(company):
    with pytest.raises(ValidationError) as error:
        party.save_client({"name": "Határon Túl Kft.", "legal_country": "Hungary"})
    assert set(error.value.errors) == {"legal_country"}
    assert Client.select().count() == 0
