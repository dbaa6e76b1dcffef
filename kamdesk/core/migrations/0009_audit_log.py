"""The audit trail (audit_log) and the record of its last entry (audit_chain); the triggers that fill them
are installed by kamdesk.core.audit (on the server by `install_server`, on a SQLite desk per connection)."""

from peewee import CharField, DateTimeField, IntegerField, Model, TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class AuditLog(Base):
        id = IntegerField(primary_key=True)
        at = DateTimeField()
        login = CharField(default="")
        manager_id = IntegerField(null=True)
        table_name = CharField()
        row_id = IntegerField()
        action = CharField()
        client_id = IntegerField(null=True)
        old_values = TextField(null=True)
        new_values = TextField(null=True)
        prev_hash = CharField(default="")
        hash = CharField()

        class Meta:
            table_name = "audit_log"
            indexes = ((("client_id", "id"), False), (("at",), False))

    class AuditChain(Base):
        id = IntegerField(primary_key=True)
        last_id = IntegerField()
        last_hash = CharField()

        class Meta:
            table_name = "audit_chain"

    db.create_tables([AuditLog, AuditChain])
    AuditChain.create(id=1, last_id=0, last_hash="")  # the triggers only update it
