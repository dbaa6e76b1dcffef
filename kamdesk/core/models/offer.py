"""Commercial offers and their lines: priced like orders, numbered in their own series."""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.document_line import DocumentLine
from kamdesk.core.models.party import Client, Contact
from kamdesk.core.models.product import PriceColumn
from kamdesk.core.models.sale import Order
from kamdesk.core.money import MoneyField, PercentField

OFFER_LANGUAGES = ("en", "hu", "ru")


class Offer(VersionedModel):
    row_access = access.through("client")
    number = CharField(unique=True)
    client = ForeignKeyField(Client, backref="offers")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    manager = ForeignKeyField(Manager)
    offer_date = DateField()
    valid_until = DateField()
    price_column = ForeignKeyField(PriceColumn, null=True, on_delete="SET NULL")
    currency = CharField(max_length=3, default="HUF")
    payment_terms = TextField(default="")
    delivery_terms = TextField(default="")
    introduction = TextField(default="")
    closing = TextField(default="")
    notes = TextField(default="")
    language = CharField(max_length=2, default="en")
    state = CharField(default="draft")
    reject_reason = CharField(default="")  # one of sale.CANCEL_REASONS
    reject_note = TextField(default="")
    previous_version = ForeignKeyField("self", null=True, backref="next_versions", on_delete="SET NULL")
    version = IntegerField(default=1)
    order = ForeignKeyField(Order, null=True, backref="offers", on_delete="SET NULL")
    net_total = MoneyField(default=0)
    vat_total = MoneyField(default=0)
    gross_total = MoneyField(default=0)
    discount_approved_by = ForeignKeyField(Manager, null=True, backref="offer_approvals")
    discount_approved_up_to = PercentField(null=True)  # the largest line discount a head allowed
    discount_approved_at = DateTimeField(null=True)
    discount_approval_reason = TextField(default="")
    sent_at = DateTimeField(null=True)
    decided_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "state", "offer_date"), False),)


class OfferLine(DocumentLine):
    row_access = access.through("offer")
    offer = ForeignKeyField(Offer, backref="lines", on_delete="CASCADE")
