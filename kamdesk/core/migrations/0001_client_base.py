"""Company, managers, settings, segments, clients and contacts."""

import datetime

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Company(Base):
        name = CharField()
        postcode = CharField(default="")
        city = CharField(default="")
        street = CharField(default="")
        country = CharField(max_length=2, default="HU")
        tax_number = CharField(default="")
        bank_account = CharField(default="")
        currency = CharField(max_length=3, default="HUF")
        default_vat_rate = BigIntegerField(default=2700)
        logo = BlobField(null=True)

    class Manager(Base):
        name = CharField()
        email = CharField(default="")
        role = CharField(default="manager")
        active = BooleanField(default=True)

    class Setting(Base):
        key = CharField(unique=True)
        value = TextField(default="")

    class Segment(Base):
        name = CharField(unique=True)

    class Client(Base):
        name = CharField()
        legal_form = CharField(default="")
        tax_number = CharField(default="")
        registration_number = CharField(default="")
        status = CharField(default="prospect")
        segment = ForeignKeyField(Segment, null=True, on_delete="SET NULL")
        key_account = BooleanField(default=False)
        manager = ForeignKeyField(Manager, null=True, on_delete="SET NULL")
        source = CharField(default="")
        needs = TextField(default="")
        prospects = TextField(default="")
        reliability = CharField(default="")
        reliability_checked_on = DateField(null=True)
        reliability_note = TextField(default="")
        credit_limit = BigIntegerField(null=True)
        payment_terms_days = IntegerField(default=8)
        legal_postcode = CharField(default="")
        legal_city = CharField(default="")
        legal_street = CharField(default="")
        legal_country = CharField(max_length=2, default="HU")
        delivery_postcode = CharField(default="")
        delivery_city = CharField(default="")
        delivery_street = CharField(default="")
        delivery_country = CharField(max_length=2, default="")
        phone = CharField(default="")
        email = CharField(default="")
        website = CharField(default="")
        notes = TextField(default="")
        archived_at = DateTimeField(null=True)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        search_text = TextField(default="")
        name_key = CharField(default="", index=True)
        dedupe_key = CharField(default="", index=True)
        tax_key = CharField(default="", index=True)

        class Meta:
            indexes = ((("archived_at", "name_key"), False),)

    class Contact(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        name = CharField()
        position = CharField(default="")
        phone = CharField(default="")
        email = CharField(default="")
        birthday = DateField(null=True)
        decision_maker = BooleanField(default=False)
        is_primary = BooleanField(default=False)
        notes = TextField(default="")

    db.create_tables([Company, Manager, Setting, Segment, Client, Contact])
