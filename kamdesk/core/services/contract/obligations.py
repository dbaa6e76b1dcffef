"""A contract's obligations: dated duties of either party, with the day they were done; the overdue ones."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from kamdesk.core import text_limits
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client
from kamdesk.core.models.contract import OBLIGATION_KINDS, OBLIGATION_PARTIES, Contract, Obligation
from kamdesk.core.models.query import narrowed
from kamdesk.core.services.contract.common import get_contract
from kamdesk.core.services.contract.workflow import IN_FORCE


def _clean_obligation(values: dict, obligation: Obligation) -> None:
    errors = {}
    kind = values.get("kind", obligation.kind)
    if kind not in OBLIGATION_KINDS:
        errors["kind"] = Message("An obligation is a delivery, payment, report, price review or other.")
    party = values.get("party", obligation.party)
    if party not in OBLIGATION_PARTIES:
        errors["party"] = Message("Say who must do it: we or the client.")
    due = values.get("due_date", obligation.due_date)
    if due is None:
        errors["due_date"] = Message("Give the date it is due.")
    description = (values.get("description", obligation.description) or "").strip()
    errors.update(text_limits.problems(Obligation, {"description": description}))
    if not description:
        errors["description"] = Message("Say what is to be done.")
    if errors:
        raise ValidationError(errors)
    obligation.kind, obligation.party, obligation.due_date, obligation.description = kind, party, due, description
    if "done_on" in values:
        obligation.done_on = values["done_on"]


def add_obligation(contract_id: int, values: dict) -> Obligation:
    contract = get_contract(contract_id)
    obligation = Obligation(contract=contract)
    _clean_obligation(values, obligation)
    obligation.save()
    return obligation


def update_obligation(obligation_id: int, values: dict) -> Obligation:
    obligation = _obligation(obligation_id)
    _clean_obligation(values, obligation)
    obligation.save()
    return obligation


def _obligation(obligation_id: int) -> Obligation:
    return Obligation.get_or_not_found(Obligation.id == obligation_id,
                                       Message("There is no obligation with id {id}.", id=obligation_id))


def delete_obligation(obligation_id: int) -> None:
    _obligation(obligation_id).delete_instance()


def mark_obligation_done(obligation_id: int, done: bool = True, on: dt.date | None = None) -> Obligation:
    obligation = _obligation(obligation_id)
    obligation.done_on = (on or dt.date.today()) if done else None
    obligation.save()
    return obligation


def contract_obligations(contract_id: int) -> list[Obligation]:
    return list(Obligation.select().where(Obligation.contract == contract_id)
                .order_by(Obligation.due_date, Obligation.id))


def overdue_obligations(client_id: int | None = None, contract_id: int | None = None,
                        today: dt.date | None = None, manager_id: int | None = None) -> list[Obligation]:
    """Obligations not done by their date, of contracts in force (sent or active), oldest first."""
    today = today or dt.date.today()
    query = (Obligation.select(Obligation, Contract, Client).join(Contract).join(Client)
             .where(Obligation.done_on.is_null() & (Obligation.due_date < today)
                    & Contract.state.in_(IN_FORCE))
             .order_by(Obligation.due_date, Obligation.id))
    return list(narrowed(query, (Contract.client, client_id), (Obligation.contract, contract_id),
                         (Contract.manager, manager_id)))


def overdue_counts(contract_ids: list[int], today: dt.date | None = None) -> dict[int, int]:
    """How many overdue obligations each contract has (for the register's column).

    Counted as `overdue_obligations` counts them: only contracts in force (sent or active) bind anyone.
    """
    if not contract_ids:
        return {}
    today = today or dt.date.today()
    rows = (Obligation.select(Obligation.contract, fn.COUNT(Obligation.id)).join(Contract)
            .where(Obligation.contract.in_(contract_ids) & Obligation.done_on.is_null()
                   & (Obligation.due_date < today) & Contract.state.in_(IN_FORCE))
            .group_by(Obligation.contract).tuples())
    return {contract_id: count for contract_id, count in rows}

