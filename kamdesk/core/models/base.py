"""The base model every kamdesk model derives from: bound to the database proxy.

`VersionedModel` is the base of every editable table: each save of an existing row
names the row version it was loaded at and fails with `ChangedMeanwhile` when someone
else saved the row since (optimistic locking; see `VersionedModel.save`).
"""

import datetime
import os
from collections.abc import Callable
from typing import Self

from peewee import SQL, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, Table

from kamdesk.core.db import database
from kamdesk.core.errors import ChangedMeanwhile, NotFound
from kamdesk.core.messages import Message
from kamdesk.core.text_limits import refuse_too_long

BOOKKEEPING = frozenset({"id", "gid", "row_version", "changed_by", "changed_at", "updated_at"})


def utc_now() -> datetime.datetime:
    """Naive UTC timestamp: what kamdesk stores for created/updated times."""
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False

    @classmethod
    def get_or_not_found(cls, condition, missing: Message) -> Self:
        """The record matching `condition`; `NotFound(missing)` when there is none."""
        record = cls.get_or_none(condition)
        if record is None:
            raise NotFound(missing)
        return record

    def save(self, force_insert=False, only=None):
        """Save, after the last-line check that no text written is longer than its field allows."""
        written = self.dirty_fields if only is None else only
        fields = self._meta.fields
        refuse_too_long(type(self), {name: self.__data__.get(name) for name in
                                     (f if isinstance(f, str) else f.name for f in written) if name in fields})
        return super().save(force_insert=force_insert, only=only)


def new_gid() -> str:
    """A global id: 32 random hex digits (128 bits, as a UUID's); what a row is called between databases.

    From os.urandom rather than the uuid module, whose import costs start-up 3 ms."""
    return os.urandom(16).hex()


def gid_field() -> CharField:
    """The `gid` column of a synced table (migration 0013): integer ids are local to each database."""
    return CharField(max_length=32, default=new_gid, unique=True, null=True)  # a column added to filled tables


def _nobody() -> int | None:
    return None


_editor: list[Callable[[], int | None]] = [_nobody]


def set_editor(who: Callable[[], int | None]) -> None:
    """How saves learn the id of the manager at the desk (the company service tells, the models cannot ask)."""
    _editor[0] = who


class VersionedModel(BaseModel):
    """A table whose rows are edited: row version (from 1), who changed the row last and when.

    An update is one statement `UPDATE … SET …, row_version = v + 1 WHERE id = ? AND row_version = v`,
    where v is the instance's `row_version`: the one it was loaded at, or the one an editor
    started from (`expect_version`). No row updated means someone else saved meanwhile.
    An update writes the fields that were set, not every field the instance holds.
    """

    table_less = True  # a base, not a table (models.ALL_MODELS)

    # not `version`: an offer's version is its revision number
    row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    changed_by = IntegerField(null=True)  # the manager's id; not a foreign key, so managers stay removable
    changed_at = DateTimeField(null=True, default=utc_now)
    gid = gid_field()

    @property
    def version_key(self) -> tuple[str, int]:
        """(table, id): how an editor keeps the row versions it loaded apart (see ChangedMeanwhile.table)."""
        return self._meta.table_name, self.id

    def expect_version(self, version) -> Self:
        """Save only over `version` (what the form loaded); None keeps the version this instance was loaded at."""
        if version not in (None, ""):
            self.row_version = int(version)
        return self

    def save(self, force_insert=False, only=None):
        self.changed_by, self.changed_at = _editor[0](), utc_now()
        if force_insert or self._pk is None:
            self.row_version = 1
            return super().save(force_insert=force_insert, only=only)
        started = self.row_version
        written = [self._meta.combined[f] if isinstance(f, str) else f  # what this save changes, no more
                   for f in (self.dirty_fields if only is None else only)]
        yours = {field.name: self.__data__.get(field.name) for field in written if field.name not in BOOKKEEPING}
        self.row_version = started + 1
        only = [*written, type(self).row_version, type(self).changed_by, type(self).changed_at]
        self._started = started
        try:
            rows = super().save(only=only)
        finally:
            del self._started
        if not rows:
            self.row_version = started
            raise _changed_meanwhile(self, yours)
        return rows

    def _pk_expr(self):
        started = getattr(self, "_started", None)
        expression = super()._pk_expr()
        return expression if started is None else expression & (type(self).row_version == started)


def _changed_meanwhile(record: VersionedModel, yours: dict) -> Exception:
    """The error for a stale save of `record`, from the row as it is stored now."""
    model = type(record)
    fresh = model.get_or_none(model._meta.primary_key == record._pk)
    if fresh is None:
        return NotFound(Message("Someone else deleted this record meanwhile; it cannot be saved."))
    fields = {name: (_shown(fresh, name), _shown(record, name)) for name, value in yours.items()
              if fresh.__data__.get(name) != value}
    who = _manager_name(fresh.changed_by)
    when = fresh.changed_at
    text = (Message("Changed by {who} at {when} after you opened it.", who=who, when=_when(when)) if who
            else Message("Changed by someone else at {when} after you opened it.", when=_when(when)))
    return ChangedMeanwhile(text, who, when, fields, table=model._meta.table_name, record_id=fresh.id,
                            row_version=fresh.row_version)


def _shown(record: VersionedModel, name: str):
    """The field's value as a person reads it: a linked record by its name."""
    field = record._meta.fields[name]
    if isinstance(field, ForeignKeyField) and record.__data__.get(name) is not None:
        linked = getattr(record, name, None)
        return getattr(linked, "name", record.__data__.get(name))
    return record.__data__.get(name)


def _manager_name(manager_id: int | None) -> str:
    if manager_id is None:
        return ""
    manager = Table("manager", ("id", "name")).bind(database)
    row = manager.select(manager.name).where(manager.id == manager_id).tuples().first()
    return row[0] if row else ""


def _when(moment: datetime.datetime | None) -> str:
    """A stored UTC time in the computer's local time: the hour today, the date too on another day."""
    if moment is None:
        return "?"
    local = moment.replace(tzinfo=datetime.UTC).astimezone()
    today = datetime.datetime.now().astimezone().date()
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")
