"""The mail history (table `sent_mail`): what was sent by SMTP or saved as a draft, to whom, with which files.

The table is declared here as it was at this migration (not imported from the models, which move on), with the
bookkeeping columns of a versioned, synced table. Only a new table: nothing else is assumed.
"""

from peewee import SQL, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from kamdesk.core.models.base import new_gid, utc_now


def up(migrator, db):
    def table(name, fields=None, indexes=()):
        meta = type("Meta", (), {"database": db, "table_name": name, "indexes": indexes})
        return type(name, (Model,), {"Meta": meta, **(fields or {})})

    client, manager = table("client"), table("manager")
    sent_mail = table("sent_mail", {
        "row_version": IntegerField(default=1, constraints=[SQL("DEFAULT 1")]),
        "changed_by": IntegerField(null=True), "changed_at": DateTimeField(null=True, default=utc_now),
        "gid": CharField(max_length=32, default=new_gid, unique=True, null=True),
        "client": ForeignKeyField(client, null=True),
        "manager": ForeignKeyField(manager, null=True, on_delete="SET NULL"),
        "sent_at": DateTimeField(default=utc_now), "via": CharField(max_length=8, default="smtp"),
        "to": TextField(default=""), "cc": TextField(default=""), "subject": TextField(default=""),
        "attachments": TextField(default=""), "documents": TextField(default=""),
        "message_id": CharField(max_length=255, default=""), "sent_copy": TextField(default="")},
        indexes=((("client", "sent_at"), False),))
    db.create_tables([sent_mail])
