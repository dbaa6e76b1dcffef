"""Complaints and claims (table `complaint`): client, order line, product, kind, deadline, responsible person,
state, resolution and compensation, and the deadline's task in the calendar.

The table is declared here as it was at this migration (not imported from the models, which move on),
with the bookkeeping columns of a versioned, synced table.
"""

from peewee import SQL, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.money import MoneyField


def up(migrator, db):
    def table(name):
        class Meta:
            database = db
            table_name = name

        return type(name, (Model,), {"Meta": Meta})

    client_table, line_table, product_table, manager_table, activity_table = (
        table(name) for name in ("client", "order_line", "product", "manager", "activity"))

    class Complaint(Model):
        row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
        changed_by = IntegerField(null=True)
        changed_at = DateTimeField(null=True, default=utc_now)
        gid = CharField(max_length=32, default=new_gid, unique=True, null=True)
        number = CharField(max_length=32, unique=True)
        client = ForeignKeyField(client_table)
        order_line = ForeignKeyField(line_table, null=True, on_delete="SET NULL")
        product = ForeignKeyField(product_table, null=True, on_delete="SET NULL")
        kind = CharField(max_length=16, default="defect")
        description = TextField(default="")
        received_on = DateField()
        deadline = DateField()
        responsible = ForeignKeyField(manager_table)
        state = CharField(max_length=16, default="received")
        resolution = TextField(default="")
        compensation = MoneyField(null=True)
        currency = CharField(max_length=3, default="HUF")
        closed_at = DateTimeField(null=True)
        reminder = ForeignKeyField(activity_table, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=utc_now)
        updated_at = DateTimeField(default=utc_now)

        class Meta:
            database = db
            table_name = "complaint"
            indexes = ((("client", "received_on"), False), (("state", "deadline"), False))

    db.create_tables([Complaint])
