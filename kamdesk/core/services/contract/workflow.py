"""The contract's workflow: draft → sent for signature → active → expired or terminated; renewals, amendments.

`CONTRACT` declares the states and the moves once; `send_contract`,
`withdraw_contract`, `sign_contract` and `terminate_contract` go through it
(checked, stamped and logged in one transaction). `expire_contracts` is a job
(see `services.jobs`), never run by a read: an active contract past its end
either renews itself (auto-renewal: the end moves on by the renewal period,
logged as "extend") or becomes expired. Until the job has run, such a contract
is shown and refused as what it is about to be (`is_overdue`, `current_end`).

"Expiring" is not stored: it is how an active contract ending within the
renewal window (setting "contract_renewal_days") or past its notice date is
shown (`display_state`, `shown_state`, `shown_states`).

Renewals and amendments are new drafts linked to the contract they change
(`previous`, `relation`); `actions` says what a window may offer for a contract.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError, WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models.contract import Contract
from kamdesk.core.services.contract.common import get_contract, next_contract_number, renewal_days
from kamdesk.core.workflow import State, Verb, Workflow

DRAFT = State("draft", Message("Draft"), Message("draft"), colour="#6b6b6b")
SENT = State("sent", Message("Sent for signature"), Message("sent"), colour="#1565c0")
ACTIVE = State("active", Message("Active", disambiguation="contract state"),
               Message("active", disambiguation="contract state"), colour="#2e7d32")
EXPIRED = State("expired", Message("Expired", disambiguation="contract state"),
                Message("expired", disambiguation="contract state"), final=True, colour="#9e9e9e")
TERMINATED = State("terminated", Message("Terminated"), Message("terminated"), final=True, colour="#c62828")
EXPIRING = State("expiring", Message("Expiring"), Message("expiring"), colour="#ef6c00")  # shown, never stored
IN_FORCE = frozenset({"sent", "active"})  # the contracts that bind anyone (their obligations count)


def _refused(contract: Contract, state: Message, action: Message) -> Message:
    return Message("Contract {number} is {state}: it cannot be {verb} now.", number=contract.number, state=state,
                   verb=action)


def _not_overdue(action: Message):
    """A guard: an active contract past its end that does not renew itself is expired already."""
    def guard(contract: Contract, user) -> Message | None:
        return _refused(contract, EXPIRED.word, action) if is_overdue(contract) else None
    return guard


def _overdue(renews: bool):
    """A guard for the job's moves: only a contract past its end, renewing itself or not."""
    def guard(contract: Contract, user) -> Message | None:
        if contract.end_date is None or contract.end_date >= dt.date.today() or contract.auto_renewal != renews:
            return Message("Contract {number} has not reached its end.", number=contract.number)
        return None
    return guard


CONTRACT = Workflow(
    document="contract", model=Contract, load=get_contract,
    states=[DRAFT, SENT, ACTIVE, EXPIRED, TERMINATED],
    verbs=[
        Verb("send", {"draft"}, "sent", Message("Send for signature"), Message("sent for signature"),
             stamp="sent_at"),
        Verb("withdraw", {"sent"}, "draft", Message("Withdraw"), Message("withdrawn")),
        Verb("sign", {"draft", "sent"}, "active", Message("Sign"), Message("signed")),
        Verb("terminate", {"active"}, "terminated", Message("Terminate"), Message("terminated"),
             guard=_not_overdue(Message("terminated"))),
        Verb("expire", {"active"}, "expired", Message("Expire"), Message("expired"), guard=_overdue(False)),
        Verb("extend", {"active"}, "active", Message("Extend"), Message("extended"), guard=_overdue(True)),
    ],
    refused=_refused)

# What follows a contract (a new draft linked to it), and from which states; `actions` offers these too.
FOLLOWERS = {"renew": frozenset({"active", "expired"}), "amend": IN_FORCE}


# ---------------------------------------------------------------- predicates

def is_editable(contract: Contract | None) -> bool:
    """Only a draft (or a contract not saved yet) can be changed."""
    return contract is None or contract.state == DRAFT.name


def is_overdue(contract: Contract, today: dt.date | None = None) -> bool:
    """An active contract past its end that does not renew itself: expired as soon as the daily job runs."""
    return (contract.state == ACTIVE.name and not contract.auto_renewal and contract.end_date is not None
            and contract.end_date < (today or dt.date.today()))


def is_in_force(contract: Contract, today: dt.date | None = None) -> bool:
    """Sent for signature or active (and not past its end): the contract binds, its obligations count."""
    return contract.state in IN_FORCE and not is_overdue(contract, today)


def is_final(contract: Contract) -> bool:
    """Expired or terminated: nothing leaves these states."""
    return CONTRACT.state(contract.state).final


def current_end(contract: Contract, today: dt.date | None = None) -> dt.date | None:
    """The end as the daily job leaves it: an auto-renewing contract past its end runs on by renewal periods."""
    end, today = contract.end_date, today or dt.date.today()
    if end is None or not contract.auto_renewal or contract.state != ACTIVE.name:
        return end
    while end < today:
        end = end + relativedelta(months=contract.renewal_months)
    return end


def actions(contract: Contract | None, user=None) -> frozenset[str]:
    """What a window may offer for `contract` (None: one not saved yet).

    The allowed verbs of `CONTRACT`, "edit" for a draft, "generate" (the documents) for a draft or a
    contract in force, "renew" and "amend" as `FOLLOWERS` allow.
    """
    record = contract if contract is not None else Contract(state=DRAFT.name)
    names = {verb.name for verb in CONTRACT.allowed_verbs(record, user)}
    if is_editable(contract):
        names.add("edit")
    if is_editable(contract) or is_in_force(record):
        names.add("generate")
    names.update(name for name in FOLLOWERS if _follower_refusal(record, name) is None)
    return frozenset(names)


# ---------------------------------------------------------------- showing

def notice_date(contract: Contract) -> dt.date | None:
    """The last day to give notice before the end (an auto-renewing contract renews after it)."""
    end = current_end(contract)
    if end is None:
        return None
    return end - dt.timedelta(days=contract.notice_days)


def display_state(contract: Contract, today: dt.date | None = None, window: int | None = None) -> str:
    """The stored state, or "expiring" for an active contract ending within the window or past its notice date.

    An active contract past its end shows as the daily job will leave it: expired, or renewed.
    """
    today = today or dt.date.today()
    if is_overdue(contract, today):
        return EXPIRED.name
    end = current_end(contract, today)
    if contract.state != ACTIVE.name or end is None:
        return contract.state
    window = window if window is not None else renewal_days()
    if end - today <= dt.timedelta(days=window) or end - dt.timedelta(days=contract.notice_days) <= today:
        return EXPIRING.name
    return ACTIVE.name


def shown_states() -> tuple[State, ...]:
    """The states as lists show and filter them: the stored ones with "expiring" after "active"."""
    return DRAFT, SENT, ACTIVE, EXPIRING, EXPIRED, TERMINATED


def shown_state(name: str) -> State:
    """The state `name` as `display_state` gives it: its title, word and colour."""
    return EXPIRING if name == EXPIRING.name else CONTRACT.state(name)


# ---------------------------------------------------------------- moves

@CONTRACT.transition("send")
def send_contract(contract: Contract) -> None:
    """Sent for signature: the text is final from now on."""


@CONTRACT.transition("withdraw")
def withdraw_contract(contract: Contract) -> None:
    """Back to draft from "sent for signature", e.g. to change what the client's lawyers asked for."""


@CONTRACT.transition("sign")
def sign_contract(contract: Contract, signed_date: dt.date | None = None, today: dt.date | None = None) -> None:
    """Both parties signed on `signed_date` (not after `today`): the contract is active."""
    today = today or dt.date.today()
    signed_date = signed_date or contract.signed_date or today
    if signed_date > today:
        raise ValidationError({"signed_date": Message("The signing date {date} is in the future.",
                                                      date=signed_date.isoformat())})
    contract.signed_date = signed_date


@CONTRACT.transition("terminate")
def terminate_contract(contract: Contract, reason: str, on: dt.date | None = None) -> None:
    """End an active contract early, with the reason (notice given, breach, agreement of the parties…)."""
    if not (reason or "").strip():
        raise ValidationError({"reason": Message("Say why the contract ends.")})
    on = on or dt.date.today()
    if on < contract.start_date:
        raise ValidationError({"terminated_on": Message("The contract cannot end before it starts on {start}.",
                                                        start=contract.start_date.isoformat())})
    contract.terminated_on, contract.termination_reason = on, reason.strip()


def expire_contracts(today: dt.date | None = None) -> int:
    """The daily job: active contracts past their end renew themselves or expire, each logged. Returns changed."""
    today = today or dt.date.today()
    overdue = Contract.select().where((Contract.state == ACTIVE.name) & Contract.end_date.is_null(False)
                                      & (Contract.end_date < today))
    changed = 0
    with database.atomic():
        for contract in overdue:
            verb = CONTRACT.verb("extend" if contract.auto_renewal else "expire")
            contract.end_date = current_end(contract, today)
            CONTRACT.move(contract, verb, ACTIVE.name, None, None)  # the job, not a manager, moved it
            changed += 1
    return changed


# ---------------------------------------------------------------- renewals and amendments

COPIED = ("client", "contact", "manager", "kind", "title", "template", "template_source", "language",
          "auto_renewal", "renewal_months", "notice_days", "amount", "currency", "payment_terms_days",
          "payment_terms", "delivery_terms", "discount_percent", "price_column", "place", "notes")


def _follower_refusal(contract: Contract, action: str) -> Message | None:
    state = EXPIRED.name if is_overdue(contract) else contract.state
    if state in FOLLOWERS[action]:
        return None
    word = CONTRACT.state(state).word
    if action == "renew":
        return Message("Contract {number} is {state}: only an active or expired contract is renewed.",
                       number=contract.number, state=word)
    return Message("Contract {number} is {state}: only a contract in force is amended.", number=contract.number,
                   state=word)


def _check_follower(contract: Contract, action: str) -> None:
    why = _follower_refusal(contract, action)
    if why is not None:
        raise WorkflowError(why)


def _follower(contract: Contract, relation: str, start: dt.date, end: dt.date | None) -> Contract:
    with database.atomic():
        follower = Contract(**{name: getattr(contract, name) for name in COPIED})
        follower.state, follower.previous, follower.relation = DRAFT.name, contract, relation
        follower.start_date, follower.end_date = start, end
        template = contract.template
        if template is not None and template.archived_at is None:
            follower.template_source = template.source  # the renewal is written on today's template
        follower.number = next_contract_number(start.year)
        follower.save()
    return follower


def renew_contract(contract_id: int) -> Contract:
    """The next contract, a draft prefilled from this one: it starts the day after the end, for the same length."""
    contract = get_contract(contract_id)
    _check_follower(contract, "renew")
    ends = current_end(contract)
    start = (ends + dt.timedelta(days=1)) if ends else dt.date.today()
    end = None
    if ends is not None:
        end = start + (ends - contract.start_date)
        length = relativedelta(ends + dt.timedelta(days=1), contract.start_date)
        if length.days == 0:  # whole months: keep them whole
            end = start + relativedelta(years=length.years, months=length.months) - dt.timedelta(days=1)
    return _follower(contract, "renewal", start, end)


def amend_contract(contract_id: int) -> Contract:
    """An amendment: a draft linked to the contract it changes, starting today, ending with it."""
    contract = get_contract(contract_id)
    _check_follower(contract, "amend")
    start = max(dt.date.today(), contract.start_date)
    return _follower(contract, "amendment", start, current_end(contract))


def chain(contract_id: int) -> list[Contract]:
    """The contract with the ones it renews or amends and the ones that follow it, oldest first."""
    contract = get_contract(contract_id)
    root = contract
    seen = {root.id}
    while root.previous_id and root.previous_id not in seen:
        root = root.previous
        seen.add(root.id)
    result, queue = [], [root]
    while queue:
        item = queue.pop(0)
        result.append(item)
        queue.extend(Contract.select().where(Contract.previous == item.id).order_by(Contract.start_date, Contract.id))
    return sorted(result, key=lambda c: (c.start_date, c.id))
