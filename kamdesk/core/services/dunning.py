"""Collection: which dunning step each client with overdue debt is due for, and taking it.

The steps (reminder, first notice, second notice, final notice) start at a number of days past
due (desk settings, defaults 1, 15, 30 and 60). A client's step is the one the age of its oldest
overdue invoice calls for, unless that step (or a later one) was already taken over invoices still
open: then nothing is due until the age reaches the next step. Steps taken over invoices that were
paid since do not count, so a new overdue invoice starts again with a reminder.

A client owing in two currencies is two cases, one per currency (the receivables are kept so).
A client whose money paid but not allocated yet covers its overdue debt is not chased. Taking a step writes a `DunningStep`; the audit trail records it
in the client's history (`core/audit.py`, table `dunning_step`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, Client, Manager
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
from kamdesk.core.models.dunning import STEPS, DunningStep, days_key
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.services import receivables
from kamdesk.core.services.company import current_manager, require_role, set_setting, setting_int
from kamdesk.core.transactions import retried

DEFAULT_DAYS = {"reminder": 1, "first_notice": 15, "second_notice": 30, "final": 60}
MAX_DAYS = 3650
STEP_TITLES = {
    "reminder": Message("Reminder", disambiguation="dunning step"),
    "first_notice": Message("First notice"),
    "second_notice": Message("Second notice"),
    "final": Message("Final notice"),
}
CHUNK = 500  # ids per IN (...) list


def step_days() -> dict[str, int]:
    """Days past due at which each step starts, in step order; the defaults where unset or out of order."""
    days = {step: setting_int(days_key(step), DEFAULT_DAYS[step], 1, MAX_DAYS) for step in STEPS}
    values = [days[step] for step in STEPS]
    return days if values == sorted(set(values)) else dict(DEFAULT_DAYS)


def set_step_days(days: dict[str, int]) -> None:
    """Set when each step starts: whole days from 1 to 3650, each step later than the one before.

    A ValidationError keyed by `days_key(step)` names each wrong value; nothing is saved then.
    Heads and administrators decide it (the team server refuses anyone else).
    """
    require_role((ROLE_HEAD, ROLE_ADMIN), Message("Only a head of department or an administrator can change "
                                                  "when the dunning steps start."))
    errors: dict[str, Message] = {}
    previous = 0
    for step in STEPS:
        value = days.get(step)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_DAYS:
            errors[days_key(step)] = Message("A dunning step starts a number of days past due from 1 to {most}.",
                                             most=MAX_DAYS)
        elif value <= previous:
            errors[days_key(step)] = Message("The {step} must start later than the step before it.",
                                             step=STEP_TITLES[step])
        previous = value if isinstance(value, int) else previous
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        for step in STEPS:
            set_setting(days_key(step), str(days[step]))


def step_for_age(days_overdue: int, days: dict[str, int] | None = None) -> str | None:
    """The latest step an item `days_overdue` days past due calls for (None: not yet the first)."""
    days = days or step_days()
    reached = [step for step in STEPS if days_overdue >= days[step]]
    return reached[-1] if reached else None


# ---------------------------------------------------------------- cases

@dataclass(frozen=True)
class Case:
    """A client with overdue debt in one currency, and where its collection stands."""

    client_id: int
    client: str
    manager_id: int | None
    currency: str
    overdue: Decimal  # the open amount of its invoices past due
    oldest_overdue_days: int
    next_step: str | None  # the step due now; None while the last step taken still stands
    last_step: str | None  # the latest step taken over invoices still open
    last_taken_on: dt.date | None
    next_step_on: dt.date | None  # while waiting: when the following step falls due (None after the final)

    @property
    def visit(self) -> bool:
        """The final notice is said in person; the other steps by phone."""
        return self.next_step == "final"


def cases(today: dt.date | None = None, *, manager_id: int | None = None, client_id: int | None = None,
          due_only: bool = False) -> list[Case]:
    """Clients with overdue debt as of `today`, the most urgent first (the latest step due, then the oldest
    debt). `due_only`: only those with a step due now."""
    today = today or dt.date.today()
    days = step_days()
    balances = [b for b in receivables.aging(today, client_id=client_id, manager_id=manager_id, overdue_only=True)
                if _chased(b) > 0 and b.oldest_overdue_days >= days[STEPS[0]]]
    taken = _steps_over_open_items({b.client_id for b in balances})
    found = [_case(b, taken.get((b.client_id, b.currency), []), today, days) for b in balances]
    if due_only:
        found = [case for case in found if case.next_step is not None]
    return sorted(found, key=_urgency)


def client_case(client_id: int, today: dt.date | None = None, currency: str | None = None) -> Case | None:
    """The client's case (in `currency`, else its largest overdue debt), or None when nothing is overdue."""
    found = [case for case in cases(today, client_id=client_id) if currency in (None, case.currency)]
    return max(found, key=lambda case: case.overdue, default=None)


def _chased(balance) -> Decimal:
    return min(balance.overdue, balance.open)


def _urgency(case: Case):
    due = STEPS.index(case.next_step) if case.next_step else -1
    return (case.next_step is None, -due, -case.oldest_overdue_days, -case.overdue, case.client, case.client_id)


def _case(balance, taken: list[DunningStep], today: dt.date, days: dict[str, int]) -> Case:
    last = max(taken, key=lambda s: (STEPS.index(s.step), s.taken_on, s.id), default=None)
    done = STEPS.index(last.step) if last is not None else -1
    due = STEPS.index(step_for_age(balance.oldest_overdue_days, days))  # the cases start at the first step
    next_on = None
    if due <= done and done + 1 < len(STEPS):  # waiting: the next step falls due with the oldest item's age
        next_on = today + dt.timedelta(days=days[STEPS[done + 1]] - balance.oldest_overdue_days)
    return Case(balance.client_id, balance.client, balance.manager_id, balance.currency, balance.overdue,
                balance.oldest_overdue_days, STEPS[due] if due > done else None, last.step if last else None,
                last.taken_on if last else None, next_on)


def _steps_over_open_items(client_ids: set[int]) -> dict[tuple[int, str], list[DunningStep]]:
    """The steps of these clients that named an invoice still open, by (client, currency)."""
    steps: list[DunningStep] = []
    ids = sorted(client_ids)
    for start in range(0, len(ids), CHUNK):
        steps.extend(DunningStep.select().where(DunningStep.client.in_(ids[start:start + CHUNK])))
    named = sorted({number for step in steps for number in step.invoice_numbers})
    still_open: set[str] = set()
    for start in range(0, len(named), CHUNK):
        still_open.update(row[0] for row in Invoice.select(Invoice.number).where(
            Invoice.number.in_(named[start:start + CHUNK]) & (Invoice.open_amount > 0)).tuples())
    found: dict[tuple[int, str], list[DunningStep]] = {}
    for step in steps:
        if still_open.intersection(step.invoice_numbers):
            found.setdefault((step.client_id, step.currency), []).append(step)
    return found


def overdue_items(client_id: int, currency: str, today: dt.date | None = None) -> list:
    """The client's invoices in `currency` past due and still open as of `today` (receivables.OpenItem), oldest
    first: what a step names."""
    items = [item for item in receivables.open_items(client_id, today or dt.date.today())
             if item.currency == currency and item.kind == "invoice" and item.open > 0 and item.days_overdue > 0]
    return sorted(items, key=lambda item: (-item.days_overdue, item.number))


# ---------------------------------------------------------------- taking a step

@retried
def take_step(client_id: int, step: str, *, currency: str | None = None, today: dt.date | None = None,
              activity_id: int | None = None, letter_language: str = "") -> DunningStep:
    """Record that `step` was taken with the client today: by the call or visit `activity_id` planned, or by
    a letter in `letter_language`. It names the overdue invoices and the amount as they are now. One
    transaction (the caller's, when inside one: `dunning_letters.write_letter`).

    Refused (ValidationError) when the client has no overdue debt (in `currency`).
    """
    today = today or dt.date.today()
    if step not in STEPS:
        raise ValidationError({"step": Message("Unknown dunning step “{step}”.", step=step)})
    client = Client.get_or_not_found(Client.id == client_id, Message("The client no longer exists."))
    case = client_case(client_id, today, currency)
    if case is None:
        raise ValidationError({"step": Message("{client} has no overdue debt to chase.", client=client.name)})
    if activity_id is not None:
        Activity.get_or_not_found(Activity.id == activity_id, Message("The activity no longer exists."))
    numbers = [item.number for item in overdue_items(client_id, case.currency, today)]
    manager = current_manager()
    return DunningStep.create(client=client_id, step=step, taken_on=today, amount_overdue=case.overdue,
                              currency=case.currency, invoices="\n".join(numbers), activity=activity_id,
                              letter_language=letter_language, taken_by=manager.id if manager else None)


def steps_taken(client_id: int) -> list[DunningStep]:
    """The client's dunning steps, the latest first, each with who took it (`taken_by`, None: nobody named)."""
    return list(DunningStep.select(DunningStep, Manager).join(Manager, JOIN.LEFT_OUTER)
                .where(DunningStep.client == client_id)
                .order_by(DunningStep.taken_on.desc(), DunningStep.id.desc()))


def step_title(step: str | None) -> Message | str:
    """The step's name for the user ("First notice"); "" for none."""
    return STEP_TITLES.get(step or "", "")


def reason(case: Case) -> Message:
    """Why the case is on the list, for Plan my week and the Collection page."""
    return Message("Overdue debt {amount} {currency}, oldest {days} days past due: {step}.",
                   amount=str(case.overdue), currency=case.currency, days=case.oldest_overdue_days,
                   step=step_title(case.next_step))


def planned_subject(case: Case) -> Message:
    """The subject a call or visit planned for the case is given."""
    return Message("{step}: overdue debt {amount} {currency}", step=step_title(case.next_step),
                   amount=str(case.overdue), currency=case.currency)
