"""Activities (calls, visits ...) and recurring series; each client's last and next contact."""

import datetime

from peewee import (
    BooleanField,
    CharField,
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

    class ActivitySeries(Base):
        uid = CharField(unique=True)
        kind = CharField()
        client = ForeignKeyField(Client, null=True)
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        owner = ForeignKeyField(Manager)
        subject = CharField(default="")
        location = TextField(default="")
        rule = CharField()
        dtstart = DateTimeField()
        time_zone = CharField()
        duration_minutes = IntegerField(default=30)
        all_day = BooleanField(default=False)
        created_at = DateTimeField(default=datetime.datetime.utcnow)

    class Activity(Base):
        uid = CharField(unique=True)
        kind = CharField()
        client = ForeignKeyField(Client, null=True)
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        owner = ForeignKeyField(Manager)
        subject = CharField(default="")
        location = TextField(default="")
        starts_at = DateTimeField()
        duration_minutes = IntegerField(default=30)
        all_day = BooleanField(default=False)
        state = CharField(default="planned")
        result = CharField(default="")
        outcome = TextField(default="")
        completed_at = DateTimeField(null=True)
        follow_up_of = ForeignKeyField("self", null=True, on_delete="SET NULL")
        series = ForeignKeyField(ActivitySeries, null=True, on_delete="SET NULL")
        recurrence_id = DateTimeField(null=True)
        detached = BooleanField(default=False)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)

        class Meta:
            indexes = (
                (("starts_at", "owner"), False),
                (("client", "state", "starts_at"), False),
                (("series", "recurrence_id"), False),
            )

    db.create_tables([ActivitySeries, Activity])
    migrator.migrate(
        migrator.add_column("client", "last_contact_at", DateTimeField(null=True)),
        migrator.add_column("client", "next_contact_at", DateTimeField(null=True)),
        migrator.add_column("client", "contact_every_days", IntegerField(null=True)),
    )
