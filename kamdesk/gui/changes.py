"""The application-wide "changed" signal: what was saved, so every page that shows it reloads.

Whoever saves (a page, a dialog, an operation) calls `notify(kind, client_id=...)`;
pages and cards subscribe with `changes().changed.connect(...)` and look at the
`Change` they get: its kinds and the clients it touched. The main window does not
wire one page's signal to another's slot.

The kinds are plain strings so that a new area adds its own (`"invoices"`) without
touching this module; the ones of today's areas are named here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

CLIENTS = "clients"
ACTIVITIES = "activities"
ORDERS = "orders"
OFFERS = "offers"
CONTRACTS = "contracts"
CATALOGUE = "catalogue"
COMPANY = "company"


@dataclass(frozen=True)
class Change:
    """What changed: the kinds of records, the clients they belong to (empty: not one client's), who said it."""

    kinds: frozenset[str]
    client_ids: frozenset[int] = frozenset()
    source: object | None = field(default=None, compare=False)

    def touches(self, *kinds: str) -> bool:
        """True when any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)

    def touches_client(self, client_id: int | None) -> bool:
        """True when the change is about `client_id` (or about no client in particular)."""
        return not self.client_ids or client_id in self.client_ids


class _Changes(QObject):
    changed = Signal(object)  # a Change


_instance: _Changes | None = None


def changes() -> _Changes:
    """The one object whose `changed(Change)` signal every page may subscribe to."""
    global _instance
    if _instance is None:
        _instance = _Changes()
    return _instance


def notify(*kinds: str, client_id: int | None = None, client_ids=(), source: object | None = None) -> Change:
    """Tell every subscriber that records of `kinds` changed (for `client_id`/`client_ids` if given)."""
    ids = frozenset(client_ids) | ({client_id} if client_id is not None else set())
    change = Change(frozenset(kinds), ids, source)
    changes().changed.emit(change)
    return change
