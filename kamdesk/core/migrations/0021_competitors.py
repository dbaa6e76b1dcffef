"""Competitors (tables `competitor`, `competitor_supply`, `competitor_price`, `competitor_action`): the register,
their estimated shares of clients' purchases, their observed prices and their actions (perhaps seen in an activity).

The tables are declared here as they were at this migration (not imported from the models, which move on),
with the bookkeeping columns of a versioned, synced table. Only new tables: nothing else is assumed.
"""

from peewee import SQL, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.money import MoneyField, PercentField


def up(migrator, db):
    def table(name, fields=None, indexes=()):
        meta = type("Meta", (), {"database": db, "table_name": name, "indexes": indexes})
        return type(name, (Model,), {"Meta": meta, **(fields or {})})

    def versioned():
        return {"row_version": IntegerField(default=1, constraints=[SQL("DEFAULT 1")]),
                "changed_by": IntegerField(null=True), "changed_at": DateTimeField(null=True, default=utc_now),
                "gid": CharField(max_length=32, default=new_gid, unique=True, null=True)}

    client, category, product, manager, activity = (
        table(name) for name in ("client", "category", "product", "manager", "activity"))
    competitor = table("competitor", {**versioned(), "name": CharField(max_length=200, unique=True),
                                      "notes": TextField(default=""), "created_at": DateTimeField(default=utc_now)})
    supply = table("competitor_supply", {
        **versioned(), "client": ForeignKeyField(client, on_delete="CASCADE"),
        "competitor": ForeignKeyField(competitor, on_delete="CASCADE"),
        "category": ForeignKeyField(category, null=True, on_delete="CASCADE"), "share": PercentField(default=0)},
        indexes=((("client", "competitor", "category"), True),))
    price = table("competitor_price", {
        **versioned(), "competitor": ForeignKeyField(competitor, on_delete="CASCADE"),
        "product": ForeignKeyField(product, null=True, on_delete="CASCADE"),
        "category": ForeignKeyField(category, null=True, on_delete="CASCADE"),
        "price": MoneyField(), "currency": CharField(max_length=3, default="HUF"), "observed_on": DateField(),
        "source": CharField(max_length=200, default="")},
        indexes=((("product", "observed_on"), False), (("competitor", "observed_on"), False)))
    action = table("competitor_action", {
        **versioned(), "competitor": ForeignKeyField(competitor, on_delete="CASCADE"),
        "client": ForeignKeyField(client, null=True, on_delete="CASCADE"),
        "kind": CharField(max_length=16, default="other"), "description": TextField(default=""),
        "observed_on": DateField(), "activity": ForeignKeyField(activity, null=True, on_delete="SET NULL"),
        "recorded_by": ForeignKeyField(manager, null=True, on_delete="SET NULL"),
        "created_at": DateTimeField(default=utc_now)},
        indexes=((("client", "observed_on"), False), (("competitor", "observed_on"), False)))
    db.create_tables([competitor, supply, price, action])
