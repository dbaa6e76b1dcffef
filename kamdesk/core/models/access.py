"""Who may see and change a table's rows on the team server: one declaration per model.

Each model with a table says `row_access = ...` with one of the rules below. The
team server's row-level security policies are generated from these declarations
(`kamdesk.core.server.security`), and the services mirror them, so a new area's
tables are protected by saying what they belong to — not by editing the policies.

- `owned_by(field)`: the row belongs to the manager in `field` (a client's manager);
  `owned_by(field, writers=("head", "admin"))`: read by that manager, written only by those roles (a plan).
- `through(field)`: the row hangs off the record `field` refers to (a contact off its
  client, an order line off its order) and is visible and editable with it.
  `through(field, writers=("head", "admin"))`: visible with it, but written only by those
  roles (an invoice: its client's manager reads it, the office records it).
- `either(rule, rule)`: visible and editable by either rule (an activity: its client's
  manager, or its owner when it has no client).
- CATALOGUE: everyone reads; heads and admins write (products, prices, templates).
- ADMINISTERED: everyone reads; admins write (the company, the managers).
- SHARED: everyone reads and writes (segments, number series, desk settings).
- APPEND_ONLY: everyone reads and adds; nobody changes or removes (logs).
- OWNER_ONLY: only the database owner writes; everyone reads (the migration history).

On a single-user SQLite desk these rules are not enforced: whoever opens the file owns it.
"""

from __future__ import annotations

from typing import NamedTuple


class RowAccess(NamedTuple):
    """A rule: its kind, and for owned_by/through the field it follows, for either its two rules;
    `writers`: the only roles that may write the rows it shows (empty: whoever sees them)."""

    kind: str
    field: str = ""
    rules: tuple = ()
    writers: tuple[str, ...] = ()


CATALOGUE = RowAccess("catalogue")
ADMINISTERED = RowAccess("administered")
SHARED = RowAccess("shared")
APPEND_ONLY = RowAccess("append_only")
OWNER_ONLY = RowAccess("owner_only")


def owned_by(field: str, writers: tuple[str, ...] = ()) -> RowAccess:
    return RowAccess("owned_by", field, writers=tuple(writers))


def through(field: str, writers: tuple[str, ...] = ()) -> RowAccess:
    return RowAccess("through", field, writers=tuple(writers))


def either(*rules: RowAccess) -> RowAccess:
    return RowAccess("either", rules=tuple(rules))


def access_of(model) -> RowAccess:
    """The model's declared rule; a model without one is a programming error (every table must say)."""
    rule = getattr(model, "row_access", None)
    if not isinstance(rule, RowAccess):
        raise TypeError(f"{model.__name__} declares no row_access (see kamdesk.core.models.access)")
    return rule
