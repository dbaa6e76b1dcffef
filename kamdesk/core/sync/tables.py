"""Which tables travel between the team server and a laptop, and how their values cross.

Every model with a `gid` travels, except desk-local settings and the number series (a replica takes
its numbers from reserved blocks). Integer ids are local to each database: a reference travels as the
gid of the row it points at (`Reference`), including the two that are not foreign keys —
`state_change.record_id` (its table named by `document`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from peewee import BlobField, ForeignKeyField


NOT_SYNCED = frozenset({"setting", "number_series", "sync_change"})  # desk-local; numbers from blocks; the log
NOT_TRAVELLING = frozenset({"id", "gid", "row_version", "changed_by", "changed_at"})

# The office wins a field both sides changed: prices, discounts, credit limits and approvals.
# Whole tables the office keeps (the catalogue, the company, the users) win on every field.
OFFICE_TABLES = frozenset({"catalogue", "administered"})
OFFICE_FIELDS = {
    "client": {"credit_limit", "price_column_id", "payment_terms_days", "reliability", "reliability_checked_on",
               "reliability_note"},
    "order": {"price_column_id", "payment_terms_days", "credit_override_by_id", "credit_override_at",
              "credit_override_reason"},
    "offer": {"price_column_id", "discount_approved_by_id", "discount_approved_up_to", "discount_approved_at",
              "discount_approval_reason"},
    "order_line": {"list_price", "unit_price", "discount_percent", "promotion_id", "vat_rate"},
    "offer_line": {"list_price", "unit_price", "discount_percent", "promotion_id", "vat_rate"},
    "discount_approval": {"state", "decided_by_id", "decided_at", "reason", "max_discount", "limit"},
}
# Kept by the services from other fields, stamped by a workflow move, or a conflict's own resolution: they
# follow the merge of what they come from and are never listed on their own.
QUIET_FIELDS = frozenset({"updated_at", "search_text", "name_key", "dedupe_key", "tax_key", "city_key",
                          "last_contact_at", "next_contact_at", "net_total", "vat_total", "gross_total",
                          "net_amount", "confirmed_at", "resolved_at", "resolution", "open_amount", "unallocated"})


@dataclass(frozen=True)
class Reference:
    """`column` holds the local id of a row of `table` (or of the table named by the column `table_from`)."""

    column: str
    table: str
    required: bool
    table_from: str = ""


@dataclass(frozen=True)
class Table:
    """One synced table: its columns that travel, its references, its merge rules."""

    name: str
    model: type
    columns: tuple[str, ...]
    refs: dict[str, Reference]
    blobs: frozenset[str]
    office_wins: frozenset[str]
    fields: dict

    def to_python(self, column: str, raw):
        """A stored value of `column` (either database's, or the JSON of an outbox row) as Python."""
        if raw is None or column in self.refs:  # a reference travels as its target's gid
            return raw
        if column in self.blobs:
            return bytes.fromhex(raw) if isinstance(raw, str) else bytes(raw)
        return self.fields[column].python_value(raw)

    def to_db(self, column: str, value):
        """A Python value of `column` as a query parameter."""
        if value is None:
            return None
        if column in self.blobs:
            return value
        return self.fields[column].db_value(value)

    def label_column(self) -> str | None:
        """The column a person knows a row by (a number or a name), if the table has one."""
        return next((c for c in ("number", "name", "subject", "title", "file_name") if c in self.fields), None)

    def select_list(self, alias: str = "t") -> str:
        """`id`, `gid` and the travelling columns of `alias`, each reference as its target's gid."""
        return ", ".join([f"{alias}.id", f"{alias}.gid"] + [f'{reference_sql(self, c, alias)} AS "{c}"'
                                                            for c in self.columns])

    def to_json(self, column: str, value):
        """A Python value of `column` for a JSON message (dates as text, blobs as hex, as the capture writes them)."""
        if value is None:
            return None
        if column in self.blobs:
            return bytes(value).hex().upper()
        raw = self.fields[column].db_value(value)
        return raw.isoformat(sep=" ") if hasattr(raw, "isoformat") and hasattr(raw, "hour") else (
            raw.isoformat() if hasattr(raw, "isoformat") else raw)


def _table(model) -> Table:
    from kamdesk.core.models.access import access_of  # not at the top: kamdesk.core.models imports this module

    name = model._meta.table_name
    fields, refs, blobs = {}, {}, set()
    for field in model._meta.sorted_fields:
        column = field.column_name
        if column in NOT_TRAVELLING:
            continue
        fields[column] = field
        if isinstance(field, ForeignKeyField):
            refs[column] = Reference(column, field.rel_model._meta.table_name, not field.null)
        if isinstance(field, BlobField):
            blobs.add(column)
    if name == "state_change":
        refs["record_id"] = Reference("record_id", "", True, table_from="document")
    office = (frozenset(fields) if access_of(model).kind in OFFICE_TABLES
              else frozenset(OFFICE_FIELDS.get(name, ())))
    return Table(name, model, tuple(fields), refs, frozenset(blobs), office, fields)


_models: list = []  # every model with a table: kamdesk.core.models registers them (it cannot be imported here)


def register(models) -> None:
    """Learn the models with a table (`kamdesk.core.models.ALL_MODELS`, registered as that package loads)."""
    _models[:] = models
    synced.cache_clear()
    by_name.cache_clear()


@functools.cache
def synced() -> tuple[Table, ...]:
    """The synced tables, each after the tables it refers to."""
    found = [_table(model) for model in _models
             if "gid" in model._meta.fields and model._meta.table_name not in NOT_SYNCED]
    return _after_their_references(found)


def _after_their_references(found: list[Table]) -> tuple[Table, ...]:
    """Each table after those it refers to (a deferred foreign key such as client.price_column included)."""
    placed: list[Table] = []
    waiting = list(found)
    while waiting:
        names = {t.name for t in waiting}
        ready = next((t for t in waiting if not {r.table for r in t.refs.values()
                                                 if r.table != t.name} & names), waiting[0])
        placed.append(ready)
        waiting.remove(ready)
    return tuple(placed)


@functools.cache
def by_name() -> dict[str, Table]:
    return {table.name: table for table in synced()}


def dependents(name: str) -> list[tuple[Table, Reference]]:
    """The synced tables with a reference to `name`, and that reference (for subtrees and drops); a reference
    whose table a column names (the state log's record) may point at any table."""
    return [(table, ref) for table in synced() for ref in table.refs.values() if ref.table == name or ref.table_from]


def opens_view(table: Table, ref: Reference) -> bool:
    """Whether a row of `table` may be seen because of the row `ref` points at, though `ref` is optional
    (an activity of a client, owned by another manager: either(through("client"), owned_by("owner")))."""
    from kamdesk.core.models.access import access_of  # not at the top: kamdesk.core.models imports this module

    rule = access_of(table.model)
    parts = rule.rules if rule.kind == "either" else (rule,)
    fields = table.model._meta.fields
    return any(part.kind == "through" and fields[part.field].column_name == ref.column for part in parts)


def reference_sql(table: Table, column: str, alias: str) -> str:
    """The SQL for `alias`.`column` as it travels: a reference as its target's gid, anything else as it is."""
    expression = f'{alias}."{column}"'
    ref = table.refs.get(column)
    if ref is None:
        return expression
    if ref.table_from:
        cases = " ".join(f"WHEN '{target.name}' THEN (SELECT gid FROM \"{target.name}\" WHERE id = {expression})"
                         for target in synced())
        return f'(CASE {alias}."{ref.table_from}" {cases} END)'
    return f'(SELECT gid FROM "{ref.table}" WHERE id = {expression})'
