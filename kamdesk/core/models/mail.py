"""Mail sent from kamdesk, or saved as a draft for the user's own mail program: the client's mail history.

A row is written once, when the message leaves (`via` "smtp") or its draft file is saved (`via` "draft");
what it carried is kept as text (the attachments' names, one a line; the documents as "kind:record_id:title"
lines), so the history still reads after a document is deleted. `sent_copy` says whether the copy reached
the Sent folder by IMAP: "" (not configured, or a draft), "saved", or the reason it was not. A title and a
reason are kept as their Message's template and parameters (`services.mail.stored`), shown in the desk's
language.
"""

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client

VIA = ("smtp", "draft")


class SentMail(VersionedModel):
    """One message sent by SMTP or saved as a draft, seen with its client (or by its sender when it has none)."""
    row_access = access.either(access.through("client"), access.owned_by("manager"))

    client = ForeignKeyField(Client, null=True, backref="sent_mail")
    manager = ForeignKeyField(Manager, null=True, backref="sent_mail", on_delete="SET NULL")
    sent_at = DateTimeField(default=utc_now)
    via = CharField(max_length=8, default="smtp")  # one of VIA
    to = TextField(default="")  # addresses joined by ", "
    cc = TextField(default="")
    subject = TextField(default="")  # up to RFC 5322's line limit (text_limits)
    attachments = TextField(default="")  # file names, one a line
    documents = TextField(default="")  # "kind:record_id:title" lines (record_id empty for a statement)
    message_id = CharField(max_length=255, default="")
    sent_copy = TextField(default="")  # "", "saved", or why the Sent copy failed (mail.stored)

    class Meta:
        table_name = "sent_mail"
        indexes = ((("client", "sent_at"), False),)
