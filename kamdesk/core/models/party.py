"""Clients (existing and potential), their contacts, and segments."""

from peewee import (
    BooleanField,
    DeferredForeignKey,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.money import MoneyField

STATUSES = ("prospect", "active", "inactive", "lost")
SOURCES = ("incoming_call", "email", "visit", "referral", "exhibition", "web", "other")
RATINGS = ("A", "B", "C", "D")


class Segment(VersionedModel):
    """A user-defined market segment (retail chains, HoReCa, ...)."""
    row_access = access.SHARED

    name = CharField(max_length=100, unique=True)


class Client(VersionedModel):
    row_access = access.owned_by("manager")
    name = CharField(max_length=200)
    legal_form = CharField(max_length=50, default="")
    tax_number = CharField(max_length=50, default="")
    registration_number = CharField(max_length=50, default="")
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
    credit_limit = MoneyField(null=True)
    payment_terms_days = IntegerField(default=8)
    legal_postcode = CharField(max_length=20, default="")
    legal_city = CharField(max_length=100, default="")
    legal_street = CharField(max_length=200, default="")
    legal_country = CharField(max_length=2, default="HU")
    delivery_postcode = CharField(max_length=20, default="")
    delivery_city = CharField(max_length=100, default="")
    delivery_street = CharField(max_length=200, default="")
    delivery_country = CharField(max_length=2, default="")
    phone = CharField(max_length=50, default="")
    email = CharField(max_length=254, default="")
    website = CharField(max_length=200, default="")
    notes = TextField(default="")
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    # Derived, kept by the party service: folded text for search and duplicates.
    search_text = TextField(default="")
    name_key = CharField(default="", index=True)
    dedupe_key = CharField(default="", index=True)
    tax_key = CharField(default="", index=True)
    city_key = CharField(default="")
    # kept by the activity service: the last done and the next planned contact (UTC)
    last_contact_at = DateTimeField(null=True)
    next_contact_at = DateTimeField(null=True)
    contact_every_days = IntegerField(null=True)  # overrides the default contact rhythm
    price_column = DeferredForeignKey("PriceColumn", null=True, on_delete="SET NULL")  # the client's prices

    class Meta:
        indexes = ((("archived_at", "name_key"), False), (("archived_at", "city_key"), False))


# One live client per tax number (archived clients and those without one may repeat): migration 0010.
Client.add_index(Client.tax_key, unique=True, name="client_live_tax_key",
                 where=(Client.archived_at.is_null() & (Client.tax_key != "")))


class Contact(VersionedModel):
    row_access = access.through("client")
    client = ForeignKeyField(Client, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=200)
    position = CharField(max_length=100, default="")
    phone = CharField(max_length=50, default="")
    email = CharField(max_length=254, default="")
    birthday = DateField(null=True)
    decision_maker = BooleanField(default=False)
    is_primary = BooleanField(default=False)
    notes = TextField(default="")
