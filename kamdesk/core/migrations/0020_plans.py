"""Plans (table `plan`): the department's or a manager's monthly target for sales, active clients or new
clients, optionally for one key client and one product category.

The table is declared here as it was at this migration (not imported from the models, which move on),
with the bookkeeping columns of a versioned, synced table.
"""

from peewee import SQL, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model

from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.money import MoneyField


def up(migrator, db):
    def table(name):
        class Meta:
            database = db
            table_name = name

        return type(name, (Model,), {"Meta": Meta})

    manager_table, client_table, category_table = (table(name) for name in ("manager", "client", "category"))

    class Plan(Model):
        row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
        changed_by = IntegerField(null=True)
        changed_at = DateTimeField(null=True, default=utc_now)
        gid = CharField(max_length=32, default=new_gid, unique=True, null=True)
        period = DateField()
        manager = ForeignKeyField(manager_table, null=True, on_delete="CASCADE")
        kpi = CharField(max_length=16)
        amount = MoneyField(null=True)
        count = IntegerField(null=True)
        client = ForeignKeyField(client_table, null=True, on_delete="CASCADE")
        category = ForeignKeyField(category_table, null=True, on_delete="CASCADE")
        created_at = DateTimeField(default=utc_now)
        updated_at = DateTimeField(default=utc_now)

        class Meta:
            database = db
            table_name = "plan"
            indexes = ((("period", "manager", "kpi", "client", "category"), True),)

    db.create_tables([Plan])
