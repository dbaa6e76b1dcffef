"""Collection: the dunning steps taken with clients over their overdue invoices (table `dunning_step`).

The table is declared here as it is at this migration (not imported from the models, which move on),
with the bookkeeping columns of a versioned, synced table.
"""

from peewee import SQL, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.money import MoneyField


def up(migrator, db):
    class Referenced(Model):
        class Meta:
            database = db

    class Client(Referenced):
        class Meta:
            table_name = "client"

    class Activity(Referenced):
        class Meta:
            table_name = "activity"

    class Manager(Referenced):
        class Meta:
            table_name = "manager"

    class DunningStep(Model):
        row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
        changed_by = IntegerField(null=True)
        changed_at = DateTimeField(null=True, default=utc_now)
        gid = CharField(max_length=32, default=new_gid, unique=True, null=True)
        client = ForeignKeyField(Client)
        step = CharField(max_length=16)
        taken_on = DateField()
        amount_overdue = MoneyField(default=0)
        currency = CharField(max_length=3, default="HUF")
        invoices = TextField(default="")
        activity = ForeignKeyField(Activity, null=True, on_delete="SET NULL")
        letter_language = CharField(max_length=2, default="")
        taken_by = ForeignKeyField(Manager, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=utc_now)

        class Meta:
            database = db
            table_name = "dunning_step"
            indexes = ((("client", "taken_on"), False),)

    db.create_tables([DunningStep])
