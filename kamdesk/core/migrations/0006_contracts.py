"""The contract register: templates, contracts, obligations and the contracts' files.

The own company gets its registration number, which contracts print.
"""

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

    class ContractTemplate(Base):
        key = CharField(unique=True)
        name = CharField()
        kind = CharField(default="supply")
        language = CharField(max_length=2, default="en")
        source = TextField()
        builtin = BooleanField(default=False)
        archived_at = DateTimeField(null=True)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)

    class Contract(Base):
        number = CharField(unique=True)
        client = ForeignKeyField(Client)
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        manager = ForeignKeyField(Manager)
        kind = CharField(default="supply")
        title = CharField(default="")
        template = ForeignKeyField(ContractTemplate, null=True, on_delete="SET NULL")
        template_source = TextField(default="")
        language = CharField(max_length=2, default="en")
        state = CharField(default="draft")
        signed_date = DateField(null=True)
        start_date = DateField()
        end_date = DateField(null=True)
        auto_renewal = BooleanField(default=False)
        renewal_months = IntegerField(default=12)
        notice_days = IntegerField(default=30)
        amount = BigIntegerField(null=True)
        currency = CharField(max_length=3, default="HUF")
        payment_terms_days = IntegerField(default=0)
        payment_terms = TextField(default="")
        delivery_terms = TextField(default="")
        discount_percent = BigIntegerField(null=True)
        price_column = ForeignKeyField(PriceColumn, null=True, on_delete="SET NULL")
        place = CharField(default="")
        notes = TextField(default="")
        previous = ForeignKeyField("self", null=True, on_delete="SET NULL")
        relation = CharField(default="")
        terminated_on = DateField(null=True)
        termination_reason = TextField(default="")
        sent_at = DateTimeField(null=True)
        generated_at = DateTimeField(null=True)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)

        class Meta:
            indexes = ((("client", "start_date"), False), (("state", "end_date"), False))

    class Obligation(Base):
        contract = ForeignKeyField(Contract, on_delete="CASCADE")
        kind = CharField(default="delivery")
        description = TextField(default="")
        due_date = DateField()
        party = CharField(default="us")
        done_on = DateField(null=True)
        created_at = DateTimeField(default=datetime.datetime.utcnow)

        class Meta:
            indexes = ((("due_date", "done_on"), False),)

    class ContractFile(Base):
        contract = ForeignKeyField(Contract, on_delete="CASCADE")
        kind = CharField(default="attachment")
        name = CharField()
        stored_as = CharField()
        size = IntegerField(default=0)
        sha256 = CharField(default="")
        added_at = DateTimeField(default=datetime.datetime.utcnow)

    db.create_tables([ContractTemplate, Contract, Obligation, ContractFile])
    migrator.migrate(migrator.add_column("company", "registration_number", CharField(default="")))
