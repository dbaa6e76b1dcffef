"""Laptop sync's tables on the server: the change log, applied batches, number blocks, conflicts.

`sync_change` is written by triggers on the team server (`kamdesk.core.sync.server_log`): one row per
changed row, stamped with the writing transaction's id, read by the laptops' pulls. `sync_batch` holds
the id of every laptop batch applied, so a repeated batch changes nothing. `number_block` records the
document numbers reserved for a laptop. `sync_conflict` rows travel to the laptop like any record.
See docs/laptop-sync.md.
"""

from peewee import BigAutoField, BigIntegerField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import BaseModel, VersionedModel, utc_now
from kamdesk.core.models.company import Manager


class SyncChange(BaseModel):
    """A row of `tbl` called `gid` was inserted, updated or deleted by transaction `xid` (pg_current_xact_id)."""
    row_access = access.APPEND_ONLY

    id = BigAutoField()
    tbl = CharField()
    gid = CharField(max_length=32)
    op = CharField(max_length=1)  # I, U, D
    xid = BigIntegerField(index=True)


class SyncBatch(BaseModel):
    """A laptop's batch of changes, applied once: its id is unique."""
    row_access = access.APPEND_ONLY

    batch_id = CharField(max_length=32, unique=True)
    replica = CharField(max_length=32)
    login = CharField(default="")
    entries = IntegerField(default=0)
    applied_at = DateTimeField(default=utc_now)


class NumberBlock(BaseModel):
    """Document numbers first..last of a series and year, reserved for one laptop (the series jumped past them)."""
    row_access = access.APPEND_ONLY

    code = CharField()
    year = IntegerField()
    first = IntegerField()
    last = IntegerField()
    replica = CharField(max_length=32)
    taken_at = DateTimeField(default=utc_now)


class SyncConflict(VersionedModel):
    """A value a sync could not simply take: a conflict, an office-wins proposal, a refusal; until resolved."""
    row_access = access.owned_by("manager")

    manager = ForeignKeyField(Manager, null=True, on_delete="SET NULL")
    kind = CharField()  # conflict | proposal | refused | edit_deleted | delete_edited | workflow
    tbl = CharField()
    record_gid = CharField(max_length=32)
    record_label = CharField(default="")
    field = CharField(default="")
    mine = TextField(default="")  # the laptop's value as shown
    theirs = TextField(default="")  # the office's value as shown
    mine_value = TextField(default="null")  # JSON of the stored value
    theirs_value = TextField(default="null")
    reason = TextField(default="")  # the core Message's template (English source)
    reason_params = TextField(default="{}")  # its parameters, JSON
    at = DateTimeField(default=utc_now)
    resolved_at = DateTimeField(null=True)
    resolution = CharField(default="")  # kept | other
