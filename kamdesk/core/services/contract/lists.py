"""Reading the contract register: the list with its state filter, a client's contracts, those due for renewal.

Reads never write: an active contract past its end is shown as the daily job
(`expire_contracts`) will leave it, without being changed here.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.core.models import Client
from kamdesk.core.models.contract import Contract
from kamdesk.core.models.query import narrowed
from kamdesk.core.services.contract.common import renewal_days
from kamdesk.core.services.contract.workflow import ACTIVE, EXPIRED, EXPIRING, current_end, display_state

SHOWN_AS = {  # a filter on what `display_state` shows -> the shown states it lets through
    ACTIVE.name: {ACTIVE.name, EXPIRING.name}, EXPIRING.name: {EXPIRING.name}, EXPIRED.name: {EXPIRED.name}}


def list_contracts(state: str | None = None, client_id: int | None = None, manager_id: int | None = None,
                   today: dt.date | None = None) -> list[Contract]:
    """Contracts, newest start first; `state` may be a stored state or "expiring"."""
    query = (Contract.select(Contract, Client).join(Client).switch(Contract)
             .order_by(Contract.start_date.desc(), Contract.id.desc()))
    if state:
        stored = {state, ACTIVE.name} if state in SHOWN_AS else {state}  # an active one may show as another
        query = query.where(Contract.state.in_(stored))
    contracts = list(narrowed(query, (Contract.client, client_id), (Contract.manager, manager_id)))
    if state in SHOWN_AS:
        window = renewal_days()
        contracts = [c for c in contracts if display_state(c, today, window) in SHOWN_AS[state]]
    return contracts


def client_contracts(client_id: int) -> list[Contract]:
    """A client's contracts in the order they were concluded (by start, then number)."""
    return list(Contract.select().where(Contract.client == client_id).order_by(Contract.start_date, Contract.id))


def due_for_renewal(days: int | None = None, today: dt.date | None = None,
                    manager_id: int | None = None) -> list[Contract]:
    """Active contracts ending within `days` (the setting by default) or past their notice date, not yet renewed."""
    today = today or dt.date.today()
    days = days if days is not None else renewal_days()
    renewed = Contract.select(Contract.previous).where((Contract.relation == "renewal")
                                                        & Contract.previous.is_null(False))
    query = (Contract.select(Contract, Client).join(Client).switch(Contract)
             .where((Contract.state == ACTIVE.name) & Contract.end_date.is_null(False)
                    & Contract.id.not_in(renewed))
             .order_by(Contract.end_date, Contract.id))
    if manager_id:
        query = query.where(Contract.manager == manager_id)
    due = [c for c in query if display_state(c, today, days) == EXPIRING.name]
    return sorted(due, key=lambda c: (current_end(c, today), c.id))
