"""Commercial offers and their lines."""

import datetime

from peewee import (
    BigIntegerField,
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

    class Manager(Base):
        class Meta:
            table_name = "manager"

    class Client(Base):
        class Meta:
            table_name = "client"

    class Contact(Base):
        class Meta:
            table_name = "contact"

    class PriceColumn(Base):
        class Meta:
            table_name = "price_column"

    class Product(Base):
        class Meta:
            table_name = "product"

    class Promotion(Base):
        class Meta:
            table_name = "promotion"

    class Order(Base):
        class Meta:
            table_name = "order"

    class Offer(Base):
        number = CharField(unique=True)
        client = ForeignKeyField(Client)
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
        reject_reason = CharField(default="")
        reject_note = TextField(default="")
        previous_version = ForeignKeyField("self", null=True, on_delete="SET NULL")
        version = IntegerField(default=1)
        order = ForeignKeyField(Order, null=True, on_delete="SET NULL")
        net_total = BigIntegerField(default=0)
        vat_total = BigIntegerField(default=0)
        gross_total = BigIntegerField(default=0)
        discount_approved_by = ForeignKeyField(Manager, null=True)
        discount_approved_up_to = BigIntegerField(null=True)
        discount_approved_at = DateTimeField(null=True)
        discount_approval_reason = TextField(default="")
        sent_at = DateTimeField(null=True)
        decided_at = DateTimeField(null=True)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)

        class Meta:
            indexes = ((("client", "state", "offer_date"), False),)

    class OfferLine(Base):
        offer = ForeignKeyField(Offer, on_delete="CASCADE")
        position = IntegerField()
        product = ForeignKeyField(Product)
        sku = CharField()
        name = CharField()
        unit = CharField()
        quantity = BigIntegerField()
        free_quantity = BigIntegerField(default=0)
        list_price = BigIntegerField()
        unit_price = BigIntegerField()
        discount_percent = BigIntegerField(default=0)
        promotion = ForeignKeyField(Promotion, null=True, on_delete="SET NULL")
        promotion_removed = BooleanField(default=False)
        vat_rate = BigIntegerField()
        net_amount = BigIntegerField()

    db.create_tables([Offer, OfferLine])
