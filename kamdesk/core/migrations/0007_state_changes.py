"""The workflow log: every state change of an order, offer, contract or activity, with who and when."""

import datetime

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Manager(Base):
        class Meta:
            table_name = "manager"

    class StateChange(Base):
        document = CharField()
        record_id = IntegerField()
        verb = CharField()
        from_state = CharField()
        to_state = CharField()
        manager = ForeignKeyField(Manager, null=True, on_delete="SET NULL")
        at = DateTimeField(default=datetime.datetime.utcnow)

        class Meta:
            table_name = "state_change"
            indexes = ((("document", "record_id", "at"), False),)

    db.create_tables([StateChange])
