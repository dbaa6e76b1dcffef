"""The conflict list: what a sync could not simply take, until the manager resolves it.

Rows of `sync_conflict` are written by the server when it applies a laptop's batch and travel to the
laptop like any record. Resolving one is a change like any other: on the laptop it is captured and sent.
"""

from __future__ import annotations

import datetime
import json
import os
from decimal import Decimal

from kamdesk.core.db import database
from kamdesk.core.errors import NotFound, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.sync import SyncConflict
from kamdesk.core.money import MoneyField

# what "use the other value" means per kind: write the office's value, the laptop's value, or delete the record
OTHER = {"conflict": "theirs", "proposal": "mine", "delete_edited": "delete"}


def listed(include_resolved: bool = False) -> list:
    """The conflicts of the manager at the desk (row-level security on the server), newest first."""
    from kamdesk.core.services import company
    from kamdesk.core.sync.report import Conflict

    query = SyncConflict.select().order_by(SyncConflict.at.desc(), SyncConflict.id.desc())
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_null())
    me = company.current_manager_id()
    if me is not None and not company.on_server():
        query = query.where((SyncConflict.manager == me) | SyncConflict.manager.is_null())
    return [Conflict(row.id, row.kind, row.tbl, row.record_label, row.field,
                     shown(row.tbl, row.field, row.mine_value, row.mine),
                     shown(row.tbl, row.field, row.theirs_value, row.theirs),
                     reason_of(row), row.at, row.resolved_at is not None, field_title(row.tbl, row.field))
            for row in query]


FIELD_WORDS = {"notes": Message("Notes"), "name": Message("Name"), "email": Message("E-mail"),
               "phone": Message("Phone"), "state": Message("State"), "status": Message("Status"),
               "subject": Message("Subject"), "position": Message("Position"), "quantity": Message("Quantity"),
               "unit_price": Message("Unit price"), "discount_percent": Message("Discount")}


def shown(table: str, column: str, raw_json: str, recorded: str) -> str:
    """A conflict's value as the user reads it: money and dates in their language's way, a state in words;
    a reference (or a whole row) as the server recorded it."""
    from kamdesk.core.documents import formatting
    from kamdesk.core.messages import state_word
    from kamdesk.core.services import company
    from kamdesk.core.sync import tables

    spec = tables.by_name().get(table)
    if spec is None or not column or column in spec.refs or column not in spec.fields:
        return recorded
    try:
        value = spec.to_python(column, json.loads(raw_json))
    except (ValueError, TypeError):
        return recorded
    language = _language(company.language())
    if value is None:
        return ""
    if isinstance(value, bool):
        return Message("Yes") if value else Message("No")
    if isinstance(value, Decimal) and isinstance(spec.fields[column], MoneyField):
        return formatting.group_digits(value, 2, *((",", ".") if language == "en" else (" ", ",")))
    if isinstance(value, Decimal):
        return formatting.format_number(value, language)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return formatting.format_date(value, language)
    return state_word(value) if column == "state" else str(value)


def field_title(table: str, column: str) -> str:
    """What the user calls `column` of `table`: the audit trail's word, the import's, else the column made readable."""
    from kamdesk.core import audit
    from kamdesk.core.services import party_io

    entry = audit.audited(table)
    if entry is not None and column in entry.columns:
        return entry.columns[column]
    name = column.removesuffix("_id")
    if table == "client" and name in party_io.FIELD_LABELS:
        return party_io.FIELD_LABELS[name]
    return FIELD_WORDS.get(column) or name.replace("_", " ").capitalize()


def reason_of(row: SyncConflict) -> str:
    try:
        params = json.loads(row.reason_params or "{}")
    except ValueError:
        params = {}
    return Message(row.reason, **params) if row.reason else ""


def resolve(conflict_id: int, use: str) -> None:
    """"kept": the record stays as it is; "other": the other value is written (or the record deleted)."""
    if use not in ("kept", "other"):
        raise ValidationError({"use": Message("Choose to keep the value or to use the other one.")})
    with database.atomic():
        row = SyncConflict.get_or_not_found(SyncConflict.id == conflict_id,
                                            Message("This conflict is no longer listed."))
        if row.resolved_at is not None:
            return
        if use == "other":
            _use_other(row)
        row.resolved_at, row.resolution = utc_now(), use
        row.save()


def _use_other(row: SyncConflict) -> None:
    from kamdesk.core.sync import tables

    action = OTHER.get(row.kind)
    table = tables.by_name().get(row.tbl)
    if action is None or table is None:
        raise ValidationError({"use": Message("There is no other value to use here; keep it as it is.")})
    model = table.model
    record = model.get_or_none(model.gid == row.record_gid)
    if record is None:
        raise NotFound(Message("The record is no longer here."))
    if action == "delete":
        record.delete_instance()
        return
    raw = json.loads(row.theirs_value if action == "theirs" else row.mine_value)
    value = table.to_python(row.field, raw)
    ref = table.refs.get(row.field)
    if ref is not None and value is not None:
        target = tables.by_name()[ref.table].model
        found = target.get_or_none(target.gid == value)
        if found is None:
            raise NotFound(Message("The record the value refers to is not here."))
        value = found.id
    setattr(record, model._meta.columns[row.field].name, value)
    record.save()


def _language(chosen: str) -> str:
    """The desk's language, or the system's when the desk follows the system."""
    if chosen != "system":
        return chosen
    import locale

    system = (locale.getlocale()[0] or os.environ.get("LANG") or "en")[:2].lower()
    return system if system in ("hu", "ru") else "en"
