"""Every text has a length limit, refused in plain words by the services, by imports (a rejected row) and by the
last line before a write: on PostgreSQL never a DataError from VARCHAR(n); nothing is half-written."""

import datetime as dt

import pytest
from peewee import CharField, TextField

from kamdesk.core import text_limits
from kamdesk.core.errors import ValidationError
from kamdesk.core.models import ALL_MODELS, Client, Contact, Product
from kamdesk.core.services import activity, catalogue, party, party_io
from kamdesk.core.services import contract as contracts
from kamdesk.core.services.catalogue_io import check_price_list, import_price_list
from kamdesk.core.services.spreadsheet_import import Table
from tests import factories

COLUMN_WIDTH = 255  # what the migrations made of every CharField without a length: VARCHAR(255)


def test_every_text_field_has_a_limit_within_its_column():
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, CharField):
                assert field.max_length <= COLUMN_WIDTH, f"{model.__name__}.{field.name}"
            elif isinstance(field, TextField):  # a TextField missing from the table raises
                text_limits.limit(model, field.name)
    tables = {model._meta.table_name: model for model in ALL_MODELS}
    for key in (*text_limits.TEXT_LIMITS, *text_limits.LABELS):
        table, _, name = key.partition(".")
        assert name in tables[table]._meta.fields, key


def test_a_20_mb_client_name_is_refused_in_plain_words_and_nothing_is_saved(company):
    with pytest.raises(ValidationError) as refused:
        party.save_client({"name": "K" * 20_000_000, "phone": "1" * 20_000_000, "notes": "short"})
    assert refused.value.errors == {
        "name": "The client name is too long: 20,000,000 characters; at most 200.",
        "phone": "The phone number is too long: 20,000,000 characters; at most 50.",
    }
    assert refused.value.errors["name"].params["what"].template == "client name"  # the label is translated too
    assert Client.select().count() == 0


def test_the_limit_itself_is_accepted(company):
    client = party.save_client({"name": "K" * 200, "notes": "n" * text_limits.NOTE_CHARS},
                               [{"name": "C" * 200, "email": ""}])
    assert len(Client.get_by_id(client.id).name) == 200


def test_a_contact_too_long_is_named_with_its_row(company):
    with pytest.raises(ValidationError) as refused:
        party.save_client({"name": "Kovács Kft."}, [{"name": "Kiss Anna"}, {"name": "Nagy", "position": "p" * 101}])
    assert refused.value.errors == {
        "contacts.1.position": "The contact's position is too long: 101 characters; at most 100."}
    assert Client.select().count() == 0 and Contact.select().count() == 0


def test_a_record_saved_past_the_services_is_refused_by_the_last_line_not_by_the_database(company):
    with pytest.raises(ValidationError, match="The client name is too long: 256 characters; at most 200."):
        Client.create(name="x" * 256)  # PostgreSQL's VARCHAR(255) would refuse with a DataError
    client = factories.client(name="Kovács Kft.")
    client.notes = "n" * (text_limits.NOTE_CHARS + 1)
    with pytest.raises(ValidationError, match="The note is too long: 10,001 characters; at most 10,000."):
        client.save()
    assert Client.get_by_id(client.id).notes == ""


def test_folded_keys_longer_than_their_column_are_cut_not_refused(company):
    name = "\ufdfa" * 200  # one character that folds into eighteen
    client = party.save_client({"name": name})
    stored = Client.get_by_id(client.id)
    assert stored.name == name and len(stored.name_key) == text_limits.limit(Client, "name_key")


def test_an_import_rejects_too_long_rows_and_imports_the_others(company):
    table = Table(["Név", "Város"], [["Jó Kft.", "Győr"], ["N" * 20_000, "Pécs"], ["Másik Kft.", "V" * 101]])
    check = party_io.check_rows(table, {0: "name", 1: "legal_city"})
    assert [(p.row_number, p.reason) for p in check.rejected] == [
        (3, "The client name is too long: 20,000 characters; at most 200."),
        (4, "The city is too long: 101 characters; at most 100."),
    ]
    assert party_io.import_rows(check) == 1
    assert [c.name for c in Client.select()] == ["Jó Kft."]


def test_the_bulk_insert_refuses_a_row_its_check_did_not_see(company):
    table = Table(["Név"], [["Jó Kft."], ["Másik Kft."]])
    check = party_io.check_rows(table, {0: "name"})
    check.valid[1][1]["name"] = "x" * 300  # changed after the check: the last line still stops it
    with pytest.raises(ValidationError, match="Record 2: The client name is too long: 300 characters"):
        party_io.import_rows(check)
    assert Client.select().count() == 0


def test_a_10_kb_sku_is_a_rejected_row_of_the_price_list(company):
    catalogue.save_price_column("Listaár", is_default=True)
    table = Table(["SKU", "Név", "Listaár", "Kategória"], [
        ["TEJ-001", "Tej", "300", "Élelmiszer"], ["S" * 10_000, "Sajt", "900", ""],
        ["VAJ-001", "Vaj", "800", "Élelmiszer / " + "k" * 101]])
    check = check_price_list(table, {0: "sku", 1: "name", 2: "price:Listaár", 3: "category"})
    assert [(p.row_number, p.reason) for p in check.rejected] == [
        (3, "The SKU is too long: 10,000 characters; at most 64."),
        (4, "The category name is too long: 101 characters; at most 100."),
    ]
    with pytest.raises(Exception, match="Nothing was imported"):
        import_price_list(check)
    assert Product.select().count() == 0


def test_product_and_price_column_names_are_bounded(company):
    with pytest.raises(ValidationError) as refused:
        catalogue.save_product({"sku": "S" * 65, "name": "Tej", "unit": "u" * 21})
    assert set(refused.value.errors) == {"sku", "unit"}
    with pytest.raises(ValidationError, match="The price column name is too long"):
        catalogue.save_price_column("P" * 101)
    assert Product.select().count() == 0


def test_activity_and_contract_texts_are_bounded(company):
    client = factories.contract_client(tax_number="10537914-2-44")
    with pytest.raises(ValidationError) as refused:
        activity.create_activity({"kind": "call", "client_id": client.id, "subject": "s" * 201,
                                  "start": dt.datetime(2026, 12, 7, 9, 0), "duration_minutes": 30})
    assert set(refused.value.errors) == {"subject"}
    contracts.ensure_builtin_templates()
    with pytest.raises(ValidationError) as refused:
        contracts.save_contract({"client_id": client.id, "start_date": dt.date.today(), "title": "t" * 201,
                                 "template_id": contracts.default_template(client).id})
    assert refused.value.errors == {"title": "The contract title is too long: 201 characters; at most 200."}
    with pytest.raises(ValidationError, match="The template text is too long: 500,001 characters"):
        contracts.save_template({"name": "Nagy", "source": "x" * 500_001})


def test_a_manager_name_an_import_would_create_is_bounded_too(company):
    table = Table(["Név", "Üzletkötő"], [["Jó Kft.", "M" * 201]])
    check = party_io.check_rows(table, {0: "name", 1: "manager"})
    assert [p.reason for p in check.rejected] == ["The manager's name is too long: 201 characters; at most 200."]
