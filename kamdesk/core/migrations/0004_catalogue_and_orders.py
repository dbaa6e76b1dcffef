"""The catalogue (categories, products, price columns, prices, promotions), orders and their numbering."""

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

    class Segment(Base):
        class Meta:
            table_name = "segment"

    class Category(Base):
        name = CharField()
        parent = ForeignKeyField("self", null=True, on_delete="SET NULL")

        class Meta:
            indexes = ((("parent", "name"), True),)

    class Product(Base):
        sku = CharField(unique=True)
        name = CharField()
        unit = CharField(default="pc")
        category = ForeignKeyField(Category, null=True, on_delete="SET NULL")
        vat_rate = BigIntegerField(default=2700)
        active = BooleanField(default=True)
        description = TextField(default="")
        search_text = TextField(default="")

    class PriceColumn(Base):
        name = CharField(unique=True)
        base = ForeignKeyField("self", null=True, on_delete="RESTRICT")
        percent = BigIntegerField(default=0)
        is_default = BooleanField(default=False)
        position = IntegerField(default=0)

    class Price(Base):
        product = ForeignKeyField(Product, on_delete="CASCADE")
        column = ForeignKeyField(PriceColumn, on_delete="CASCADE")
        amount = BigIntegerField()

        class Meta:
            indexes = ((("product", "column"), True),)

    class Promotion(Base):
        name = CharField()
        starts_on = DateField()
        ends_on = DateField()
        kind = CharField(default="percent")
        percent = BigIntegerField(default=0)
        buy_quantity = IntegerField(default=0)
        free_quantity = IntegerField(default=0)
        active = BooleanField(default=True)

    class PromotionTarget(Base):
        promotion = ForeignKeyField(Promotion, on_delete="CASCADE")
        product = ForeignKeyField(Product, null=True, on_delete="CASCADE")
        category = ForeignKeyField(Category, null=True, on_delete="CASCADE")

    class PromotionAudience(Base):
        promotion = ForeignKeyField(Promotion, on_delete="CASCADE")
        client = ForeignKeyField(Client, null=True, on_delete="CASCADE")
        segment = ForeignKeyField(Segment, null=True, on_delete="CASCADE")

    class NumberSeries(Base):
        code = CharField()
        year = IntegerField()
        prefix = CharField(default="ORD-{year}-")
        width = IntegerField(default=5)
        last_number = IntegerField(default=0)

        class Meta:
            indexes = ((("code", "year"), True),)

    class Order(Base):
        number = CharField(unique=True)
        client = ForeignKeyField(Client)
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        manager = ForeignKeyField(Manager)
        order_date = DateField()
        delivery_date = DateField(null=True)
        delivery_address = TextField(default="")
        payment_terms_days = IntegerField(default=8)
        price_column = ForeignKeyField(PriceColumn, null=True, on_delete="SET NULL")
        currency = CharField(max_length=3, default="HUF")
        notes = TextField(default="")
        state = CharField(default="draft")
        cancel_reason = CharField(default="")
        cancel_note = TextField(default="")
        net_total = BigIntegerField(default=0)
        vat_total = BigIntegerField(default=0)
        gross_total = BigIntegerField(default=0)
        confirmed_at = DateTimeField(null=True)
        paid_at = DateTimeField(null=True)
        credit_override_by = ForeignKeyField(Manager, null=True)
        credit_override_at = DateTimeField(null=True)
        credit_override_reason = TextField(default="")
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)

        class Meta:
            indexes = ((("client", "state", "order_date"), False),)

    class OrderLine(Base):
        order = ForeignKeyField(Order, on_delete="CASCADE")
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
        delivered_quantity = BigIntegerField(default=0)

        class Meta:
            indexes = ((("product", "order"), False),)

    class DiscountApproval(Base):
        order = ForeignKeyField(Order, on_delete="CASCADE")
        requested_by = ForeignKeyField(Manager)
        requested_at = DateTimeField(default=datetime.datetime.utcnow)
        max_discount = BigIntegerField()
        limit = BigIntegerField()
        state = CharField(default="pending")
        decided_by = ForeignKeyField(Manager, null=True)
        decided_at = DateTimeField(null=True)
        reason = TextField(default="")

    class Shipment(Base):
        line = ForeignKeyField(OrderLine, on_delete="CASCADE")
        quantity = BigIntegerField()
        shipped_on = DateField()
        created_at = DateTimeField(default=datetime.datetime.utcnow)

    db.create_tables([Category, Product, PriceColumn, Price, Promotion, PromotionTarget, PromotionAudience,
                      NumberSeries, Order, OrderLine, DiscountApproval, Shipment])
    migrator.migrate(
        migrator.add_column("client", "price_column_id",
                            ForeignKeyField(PriceColumn, null=True, on_delete="SET NULL", field=PriceColumn.id)),
        migrator.add_column("manager", "max_discount", BigIntegerField(default=500)),
    )
