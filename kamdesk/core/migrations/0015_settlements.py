"""Settlements: invoices and credit notes from the accounting system, payments, and their allocations.

The tables are declared here as they were at this migration (not imported from the models, which
move on), each with the bookkeeping columns of a versioned, synced table.
"""

from peewee import SQL, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.money import MoneyField


def up(migrator, db):
    class Base(Model):
        row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
        changed_by = IntegerField(null=True)
        changed_at = DateTimeField(null=True, default=utc_now)
        gid = CharField(max_length=32, default=new_gid, unique=True, null=True)

        class Meta:
            database = db
            legacy_table_names = False

    class Client(Model):
        class Meta:
            database = db
            table_name = "client"

    class Order(Model):
        class Meta:
            database = db
            table_name = "order"

    class Invoice(Base):
        number = CharField(max_length=64, unique=True)
        kind = CharField(max_length=16, default="invoice")
        client = ForeignKeyField(Client)
        issue_date = DateField()
        due_date = DateField()
        net_amount = MoneyField(default=0)
        vat_amount = MoneyField(default=0)
        gross_amount = MoneyField(default=0)
        currency = CharField(max_length=3, default="HUF")
        refers_to = ForeignKeyField("self", null=True, on_delete="SET NULL")
        order = ForeignKeyField(Order, null=True, on_delete="SET NULL")
        open_amount = MoneyField(default=0)
        source = CharField(max_length=16, default="import")
        note = TextField(default="")
        created_at = DateTimeField(default=utc_now)
        updated_at = DateTimeField(default=utc_now)

        class Meta:
            table_name = "invoice"
            indexes = ((("client", "due_date"), False), (("issue_date", "id"), False))

    class Payment(Base):
        client = ForeignKeyField(Client)
        paid_on = DateField()
        amount = MoneyField()
        currency = CharField(max_length=3, default="HUF")
        partner_name = CharField(max_length=200, default="")
        tax_number = CharField(max_length=50, default="")
        remark = TextField(default="")
        reference = CharField(max_length=128, default="")
        fingerprint = CharField(max_length=64, unique=True)
        unallocated = MoneyField(default=0)
        source = CharField(max_length=16, default="import")
        note = TextField(default="")
        created_at = DateTimeField(default=utc_now)
        updated_at = DateTimeField(default=utc_now)

        class Meta:
            table_name = "payment"
            indexes = ((("client", "paid_on"), False), (("paid_on", "id"), False))

    Invoice.add_index(Invoice.index(Invoice.client, Invoice.currency, Invoice.due_date, Invoice.issue_date,
                                    Invoice.open_amount, name="invoice_open_items", where=Invoice.open_amount != 0))
    Payment.add_index(Payment.index(Payment.client, Payment.currency, Payment.paid_on, Payment.unallocated,
                                    name="payment_unallocated", where=Payment.unallocated != 0))

    class Allocation(Base):
        invoice = ForeignKeyField(Invoice, on_delete="CASCADE")
        payment = ForeignKeyField(Payment, null=True, on_delete="CASCADE")
        credit_note = ForeignKeyField(Invoice, null=True, on_delete="CASCADE")
        amount = MoneyField()
        settled_on = DateField()
        rule = CharField(max_length=16, default="oldest")

        class Meta:
            table_name = "allocation"
            indexes = ((("settled_on", "invoice"), False),)

    db.create_tables([Invoice, Payment, Allocation])
