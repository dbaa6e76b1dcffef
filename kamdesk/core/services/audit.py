"""Reading the audit trail in the user's terms: who changed what, from which value to which.

The entries are written by triggers (kamdesk.core.audit); here they are read back, newest first,
with stored values turned into what the screens show (amounts as Decimal, dates, the names of
linked records instead of their ids, a stored code's title as a Message where its `Audited` entry
declares the column's `codes`: the GUI shows it in the user's language). On the server only heads
and admins may read them (the database refuses the others; this says so in words); on a SQLite desk
whoever sits at it.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
from dataclasses import dataclass

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, PostgresqlDatabase

from kamdesk.core import audit
from kamdesk.core.db import database
from kamdesk.core.errors import PermissionDenied
from kamdesk.core.messages import Message, joined
from kamdesk.core.models import BY_TABLE, Manager, Product
from kamdesk.core.models.audit import AuditLog
from kamdesk.core.models.query import narrowed
from kamdesk.core.money import PercentField

NAMING_FIELDS = ("number", "name", "subject", "sku")  # what names a linked record, the first it has


@dataclass(frozen=True)
class Change:
    """One audited column: its label, its values before and after (None: not there), and whether a Decimal
    among them is a percentage (else an amount)."""

    column: str
    label: Message
    old: object
    new: object
    percent: bool = False


@dataclass(frozen=True)
class Entry:
    """One entry of the trail as the user reads it."""

    id: int
    at: dt.datetime  # UTC
    who: str  # the manager's name, else the login
    login: str
    action: str  # insert, update, delete
    table: str
    title: Message  # what kind of record ("Price", "Client")
    record: str  # which one ("P-1 Csavar · Listaár")
    row_id: int
    client_id: int | None
    changes: tuple[Change, ...]

    def as_json(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(), "who": self.who, "login": self.login,
                "action": self.action, "table": self.table, "what": str(self.title), "record": self.record,
                "row_id": self.row_id, "client_id": self.client_id,
                "changes": [{"column": c.column, "label": str(c.label), "old": _plain(c.old), "new": _plain(c.new)}
                            for c in self.changes]}


def entries(client_id: int | None = None, since: dt.date | None = None, limit: int | None = None) -> list[Entry]:
    """The trail, newest first: a client's entries only, or those from a day on, when asked."""
    _refuse_unless_readable()
    query = narrowed(AuditLog.select().order_by(AuditLog.id.desc()), (AuditLog.client_id, client_id))
    if since is not None:
        query = query.where(AuditLog.at >= dt.datetime.combine(since, dt.time()))
    if limit is not None:
        query = query.limit(limit)
    names = _Names()
    return [_entry(row, names) for row in query]


def readable() -> bool:
    """Whether the user at the desk may read the trail: on the server heads and admins; on SQLite, yes."""
    return not isinstance(database.obj, PostgresqlDatabase) or database.execute_sql(
        "SELECT has_table_privilege('audit_log', 'SELECT')").fetchone()[0]


def _refuse_unless_readable() -> None:
    if not readable():
        raise PermissionDenied(Message("Only heads of department and administrators may read the audit trail."))


def _entry(row: AuditLog, names: _Names) -> Entry:
    declared = audit.audited(row.table_name)
    model = BY_TABLE.get(row.table_name)
    old, new = json.loads(row.old_values or "{}"), json.loads(row.new_values or "{}")
    shown = new or old
    record = joined([_text(names.value(model, key, shown.get(key), declared)) for key in
                     (declared.names if declared else ()) if shown.get(key) not in (None, "")], " · ")
    changes = []
    for column, label in (declared.columns.items() if declared else ()):
        before = names.value(model, column, old.get(column), declared)
        after = names.value(model, column, new.get(column), declared)
        if (row.action == "update" and before == after) or (row.action != "update" and before in (None, "")
                                                             and after in (None, "")):
            continue
        changes.append(Change(column, label, before if old else None, after if new else None,
                              isinstance(_field(model, column), PercentField)))
    return Entry(row.id, row.at, names.manager(row.manager_id) or row.login, row.login, row.action, row.table_name,
                 declared.title if declared else Message(row.table_name), record, row.row_id, row.client_id,
                 tuple(changes))



def _field(model, column: str):
    return model._meta.columns.get(column) if model is not None else None


class _Names:
    """Stored values as the user knows them; linked records looked up once each."""

    def __init__(self):
        self._found: dict[tuple, str] = {}

    def manager(self, manager_id: int | None) -> str:
        return self._name(Manager, manager_id) if manager_id is not None else ""

    def value(self, model, column: str, raw, declared: audit.Audited | None = None):
        field = _field(model, column)
        if raw is None or field is None:
            return raw
        if declared is not None and column in declared.codes:
            return code_titles(declared.codes[column]).get(raw, raw)
        if isinstance(field, ForeignKeyField):
            return self._name(field.rel_model, raw)
        if isinstance(field, BooleanField):
            return raw in (True, 1, "1", "t", "true")
        if isinstance(field, DateTimeField):
            return field.python_value(str(raw).replace("T", " "))
        if isinstance(field, DateField):
            return field.python_value(str(raw)[:10])
        return field.python_value(raw)

    def _name(self, model, record_id: int) -> str:
        key = (model, record_id)
        if key not in self._found:
            record = model.get_or_none(model._meta.primary_key == record_id)
            self._found[key] = _naming(record) if record is not None else f"#{record_id}"
        return self._found[key]


@functools.cache
def code_titles(where: str) -> dict[str, Message]:
    """The titles of a coded column's codes, declared at `where` ("module:NAME")."""
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)


def _text(value) -> str:
    """A value naming a record: a Message as it is (translated where shown), anything else as text."""
    return value if isinstance(value, Message) else str(value)


def _naming(record) -> str:
    if isinstance(record, Product):
        return f"{record.sku} {record.name}"
    for name in NAMING_FIELDS:
        if name in record._meta.fields:
            return str(getattr(record, name))
    return f"#{record.id}"


def _plain(value):
    """A value for JSON: amounts and dates as text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, str)):
        return value
    return str(value)
