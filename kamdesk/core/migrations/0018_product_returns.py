"""Returns against delivered order lines (`product_return`), with the credit note expected and, once known, issued.

The table is declared here as it was at this migration (not imported from the models, which move on),
with the bookkeeping columns of a versioned, synced table.
"""

from peewee import SQL, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.money import MoneyField, QuantityField


def up(migrator, db):
    def linked(table: str):
        class Linked(Model):
            class Meta:
                database = db
                table_name = table
        return Linked

    class ProductReturn(Model):
        row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
        changed_by = IntegerField(null=True)
        changed_at = DateTimeField(null=True, default=utc_now)
        gid = CharField(max_length=32, default=new_gid, unique=True, null=True)
        order_line = ForeignKeyField(linked("order_line"), on_delete="CASCADE")
        client = ForeignKeyField(linked("client"))
        manager = ForeignKeyField(linked("manager"))
        quantity = QuantityField()
        reason = CharField(max_length=16)
        note = TextField(default="")
        returned_on = DateField()
        expected_credit = MoneyField()
        currency = CharField(max_length=3, default="HUF")
        credit_note = ForeignKeyField(linked("invoice"), null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=utc_now)
        updated_at = DateTimeField(default=utc_now)

        class Meta:
            database = db
            table_name = "product_return"
            indexes = ((("returned_on", "client"), False),)

    db.create_tables([ProductReturn])
