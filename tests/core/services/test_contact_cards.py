"""Exporting contacts as vCard: which clients' contacts, in which order, with the client's company data."""

from __future__ import annotations

import pytest
import vobject

from kamdesk.core.errors import KamdeskError
from kamdesk.core.models import Contact
from kamdesk.core.services import contact_cards, party
from tests import factories


@pytest.fixture
def clients(company):
    orseg = factories.client(
        "Őrség Fűszer Kft.", legal_city="Szőce", legal_postcode="9935", legal_street="Fő út 12.",
        phone="+36 94 123 456", contacts=[
            {"name": "Szabó Éva", "position": "beszerző", "phone": "06 30 111 2222"},
            {"name": "Čapek Jiří", "position": "ügyvezető", "is_primary": True, "email": "capek@orseg.hu"}])
    romashka = factories.client("Ромашка ООО", legal_country="RU", legal_city="Москва", contacts=[
        {"name": "Иванов Иван Иванович", "phone": "+7 495 123-45-67"}])
    archived = factories.client("Régi Bt.", contacts=[{"name": "Old Contact"}])
    party.archive_client(archived.id)
    return orseg, romashka, archived


def read(path):
    return list(vobject.readComponents(path.read_text(encoding="utf-8")))


def test_every_live_client_by_name_primary_contact_first(clients, tmp_path):
    path = tmp_path / "contacts.vcf"
    assert contact_cards.export_contacts(path) == 3
    cards = read(path)
    assert [c.fn.value for c in cards] == ["Čapek Jiří", "Szabó Éva", "Иванов Иван Иванович"]
    capek, szabo, ivanov = cards
    assert capek.org.value == ["Őrség Fűszer Kft."]
    assert capek.title.value == "ügyvezető"
    assert capek.tel.value == "+3694123456"  # the client's phone when the contact has none
    assert [t.value for t in szabo.tel_list] == ["+36301112222", "+3694123456"]
    assert szabo.adr.value.city == "Szőce"
    assert ivanov.tel.value == "+74951234567"
    uids = {c.uid.value for c in cards}
    gids = {Contact.get(Contact.name == c.fn.value).gid for c in cards}
    assert uids == {f"urn:uuid:{g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:]}" for g in gids}


def test_only_the_chosen_clients_archived_ones_too_when_asked(clients, tmp_path):
    orseg, romashka, archived = clients
    path = tmp_path / "some.vcf"
    assert contact_cards.export_contacts(path, [romashka.id, archived.id], language="en") == 2
    assert [c.fn.value for c in read(path)] == ["Old Contact", "Иванов Иван Иванович"]
    assert read(path)[1].adr.value.country == "Russia"


def test_nothing_to_export_and_a_wrong_file_type_are_said_and_leave_no_file(clients, tmp_path):
    lonely = factories.client("Magányos Kft.")
    with pytest.raises(KamdeskError, match="no contacts"):
        contact_cards.export_contacts(tmp_path / "none.vcf", [lonely.id])
    with pytest.raises(KamdeskError, match=r"\.vcf"):
        contact_cards.export_contacts(tmp_path / "contacts.xlsx")
    assert not list(tmp_path.glob("*.vcf")) and not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*"))
