"""The audit trail: who changed a price, a discount, a credit limit, an approval or an owner, and every deletion.

Rows are written by database triggers only (see `kamdesk.core.audit`), so a change made with plain SQL
on the server is recorded too. Each entry carries the hash of the one before it; `AuditChain` keeps the
last entry written, so a removed last entry shows as well. No foreign keys: a deleted manager or client
must not change an entry (that would break its hash).
"""

from peewee import CharField, DateTimeField, IntegerField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import BaseModel


class AuditLog(BaseModel):
    """One recorded change: `old_values`/`new_values` hold the audited columns as JSON text."""
    row_access = access.APPEND_ONLY  # on the server, kamdesk.core.audit narrows reading to heads and admins

    id = IntegerField(primary_key=True)  # given by the trigger: one more than the last, so a gap shows
    at = DateTimeField()
    login = CharField(default="")
    manager_id = IntegerField(null=True)
    table_name = CharField()
    row_id = IntegerField()
    action = CharField()  # insert, update, delete
    client_id = IntegerField(null=True)
    old_values = TextField(null=True)
    new_values = TextField(null=True)
    prev_hash = CharField(default="")
    hash = CharField()

    class Meta:
        indexes = ((("client_id", "id"), False), (("at",), False))


class AuditChain(BaseModel):
    """One row (id 1, made by the migration): the last entry written (its id and hash), so that removing the
    newest entries shows. The triggers only update it (an upsert inside a trigger would take the conflict
    rule of the statement that fired it)."""
    row_access = access.OWNER_ONLY

    id = IntegerField(primary_key=True)
    last_id = IntegerField()
    last_hash = CharField()
