"""Plan my week: which clients to contact in a week, and why; placing the chosen ones into free time.

Each kind of suggestion is one small function registered with `@suggestion_rule`:
it gets a `SuggestionContext` (the week, whose clients, now) and yields
`Suggestion`s. `suggestions_for_week` runs every rule, keeps one suggestion per
client (the one with the highest priority) and leaves out archived clients,
other managers' clients and clients that already have something planned that
week, whatever a rule returned. Rules should query through `context.clients()`,
which applies the same filters in SQL, and stop at `context.limit` rows, so that
100,000 clients cost one indexed query per rule, not a loop in Python.

A client is *due* when its last contact plus its rhythm (`contact_every_days`,
else 7 days for key accounts and 30 for the others) falls before the end of the
week's working days: planning next week already shows who will be due then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, Client
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services.client_search import not_archived_scan
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried

DEFAULT_KEY_ACCOUNT_DAYS = 7
DEFAULT_OTHER_DAYS = 30
SLOT_MINUTES = 30
WORKING_DAYS = 5  # Monday to Friday

# Priorities: a key account that is due comes first, then key accounts with nothing planned,
# then other clients that are due; within a band, the longer overdue the higher.
KEY_OVERDUE_PRIORITY = 200
KEY_NO_NEXT_PRIORITY = 150
OTHER_OVERDUE_PRIORITY = 100
OVERDUE_BONUS_CAP = 49  # days overdue that still raise the priority; never contacted counts as the cap


@dataclass(frozen=True)
class Suggestion:
    client_id: int
    client_name: str
    reason: Message  # says why, e.g. Message("Key account, last contact {days} days ago.", days=12)
    kind: str = "call"  # what to plan
    priority: int = 0  # higher first
    step: str = ""  # overdue debt: the dunning step the planned call or visit takes
    currency: str = ""  # overdue debt: the currency of the debt it chases


@dataclass(frozen=True)
class SuggestionContext:
    """What a rule needs to know: the week (its Monday), whose clients (None: everyone's), now (aware)."""

    monday: dt.date
    owner_id: int | None
    now: dt.datetime  # aware, in the desk's zone
    limit: int = 50  # a rule need not return more than this many suggestions

    @property
    def zone(self):
        return self.now.tzinfo

    @property
    def week_begin(self) -> dt.datetime:
        """Monday 00:00 of the week, local (aware)."""
        return dt.datetime.combine(self.monday, dt.time(), self.zone)

    @property
    def week_end(self) -> dt.datetime:
        """The next Monday 00:00, local (aware)."""
        return dt.datetime.combine(self.monday + dt.timedelta(days=7), dt.time(), self.zone)

    @property
    def due_by(self) -> dt.datetime:
        """The moment contacts are counted up to: the end of the week's Friday, or now if later."""
        friday_end = dt.datetime.combine(self.monday + dt.timedelta(days=WORKING_DAYS), dt.time(), self.zone)
        return max(self.now, friday_end)

    def planned_client_ids(self):
        """SQL subquery: clients with a planned activity in the week (timed or all-day)."""
        begin, end = activity_service.to_utc(self.week_begin), activity_service.to_utc(self.week_end)
        first, after = (dt.datetime.combine(self.monday, dt.time()),
                        dt.datetime.combine(self.monday + dt.timedelta(days=7), dt.time()))
        timed = (Activity.all_day == False) & (Activity.starts_at >= begin) & (Activity.starts_at < end)  # noqa: E712
        all_day = (Activity.all_day == True) & (Activity.starts_at >= first) & (Activity.starts_at < after)  # noqa: E712
        return (Activity.select(Activity.client)
                .where((Activity.state == "planned") & Activity.client.is_null(False) & (timed | all_day)))

    def clients(self, *fields):
        """Clients a suggestion may name, as a query: not archived, the owner's, nothing planned that week."""
        query = Client.select(*fields).where(not_archived_scan() & Client.id.not_in(self.planned_client_ids()))
        if self.owner_id is not None:
            query = query.where(Client.manager == self.owner_id)
        return query


Rule = Callable[[SuggestionContext], Iterable[Suggestion]]
SUGGESTION_RULES: list[Rule] = []


def suggestion_rule(function: Rule) -> Rule:
    """Register a rule (a decorator): a new kind of suggestion is one more small function."""
    if function not in SUGGESTION_RULES:
        SUGGESTION_RULES.append(function)
    return function


def suggestions_for_week(monday: dt.date, owner_id: int | None = None, limit: int = 50,
                         now: dt.datetime | None = None) -> list[Suggestion]:
    """Every rule's suggestions for the week of `monday`, one per client, highest priority first, then by name."""
    zone = activity_service.local_zone()
    now = now.astimezone(zone) if now else dt.datetime.now(zone)
    context = SuggestionContext(monday=activity_service.week_start(monday), owner_id=owner_id, now=now,
                                limit=limit)
    best: dict[int, Suggestion] = {}
    for rule in list(SUGGESTION_RULES):
        for suggestion in rule(context):
            kept = best.get(suggestion.client_id)
            if kept is None or suggestion.priority > kept.priority:
                best[suggestion.client_id] = suggestion
    allowed = _allowed_clients(context, list(best))
    chosen = [s for s in best.values() if s.client_id in allowed]
    chosen.sort(key=lambda s: (-s.priority, fold(s.client_name), s.client_id))
    return chosen[:limit]


def _allowed_clients(context: SuggestionContext, client_ids: list[int]) -> set[int]:
    """The ids a suggestion may name, whatever a rule returned (archived, another owner's, planned: no)."""
    allowed: set[int] = set()
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        query = context.clients(Client.id).where(Client.id.in_(chunk))
        allowed.update(row[0] for row in query.tuples())
    return allowed


# ---------------------------------------------------------------- the rules

@suggestion_rule
def overdue_contact(context: SuggestionContext) -> Iterable[Suggestion]:
    """Active and prospective clients whose last contact (or none) is older than their rhythm.

    The default rhythms are compared in SQL. A client's own rhythm would need
    date arithmetic that SQLite and PostgreSQL write differently, so SQL lets
    every such client through whose last contact is a day old and Python
    checks the rest; pages follow until `limit` are found (a few clients
    have their own rhythm, so one page is the rule).
    """
    due_by_utc = activity_service.to_utc(context.due_by)

    def older_than(days: int):
        return Client.last_contact_at.is_null(True) | (Client.last_contact_at < due_by_utc - dt.timedelta(days=days))

    own = Client.contact_every_days.is_null(False)
    due = ((~own & (Client.key_account == True) & older_than(DEFAULT_KEY_ACCOUNT_DAYS))  # noqa: E712
           | (~own & (Client.key_account == False) & older_than(DEFAULT_OTHER_DAYS))  # noqa: E712
           | (own & older_than(1)))
    query = (context.clients(Client.id, Client.name, Client.key_account, Client.last_contact_at,
                             Client.contact_every_days)
             .where(Client.status.in_(("active", "prospect")) & due)
             .order_by(Client.key_account.desc(), Client.last_contact_at.asc(nulls="first"), Client.name_key,
                       Client.id))
    found, offset = 0, 0
    while found < context.limit:
        rows = list(query.limit(context.limit).offset(offset).tuples())
        for row in rows:
            suggestion = _overdue_suggestion(context, *row)
            if suggestion is not None and found < context.limit:
                found += 1
                yield suggestion
        if len(rows) < context.limit:
            break
        offset += len(rows)


def _overdue_suggestion(context: SuggestionContext, client_id: int, name: str, key_account: bool,
                        last: dt.datetime | None, every: int | None) -> Suggestion | None:
    key_account = bool(key_account)
    every = every or (DEFAULT_KEY_ACCOUNT_DAYS if key_account else DEFAULT_OTHER_DAYS)
    base = KEY_OVERDUE_PRIORITY if key_account else OTHER_OVERDUE_PRIORITY
    if last is None:
        reason = Message("Key account, never contacted.") if key_account else Message("Never contacted.")
        return Suggestion(client_id, name, reason, kind="call", priority=base + OVERDUE_BONUS_CAP)
    last_local = activity_service.to_local(last, context.zone)
    if last_local + dt.timedelta(days=every) >= context.due_by:
        return None  # its own rhythm is longer: not due this week
    days = (context.now.date() - last_local.date()).days
    overdue = (context.due_by - (last_local + dt.timedelta(days=every))).days
    reason = (Message("Key account, last contact {days} days ago.", days=days) if key_account
              else Message("Last contact {days} days ago.", days=days))
    return Suggestion(client_id, name, reason, kind="call", priority=base + max(0, min(overdue, OVERDUE_BONUS_CAP)))


@suggestion_rule
def no_next_contact(context: SuggestionContext) -> Iterable[Suggestion]:
    """Active key accounts with no next contact planned at all."""
    query = (context.clients(Client.id, Client.name)
             .where((Client.status == "active") & (Client.key_account == True)  # noqa: E712
                    & Client.next_contact_at.is_null(True))
             .order_by(Client.name_key, Client.id)
             .limit(context.limit))
    for client_id, name in query.tuples():
        yield Suggestion(client_id, name, Message("Key account with no next contact planned."), kind="call",
                         priority=KEY_NO_NEXT_PRIORITY)


OFFER_FOLLOW_UP_DAYS = 7
OFFER_FOLLOW_UP_PRIORITY = 175  # above the key accounts with nothing planned: an answer is due


@suggestion_rule
def offer_awaiting_answer(context: SuggestionContext) -> Iterable[Suggestion]:
    """Sent offers without an answer for more than a week: call to follow them up."""
    from kamdesk.core.services.offer import awaiting_answer

    today = context.now.date()
    for offer in awaiting_answer(OFFER_FOLLOW_UP_DAYS, today=today, manager_id=context.owner_id)[:context.limit]:
        days = (today - offer.sent_at.date()).days
        yield Suggestion(offer.client_id, offer.client.name,
                         Message("Follow up offer {number}, sent {days} days ago.", number=offer.number, days=days),
                         kind="call", priority=OFFER_FOLLOW_UP_PRIORITY)


CONTRACT_ENDING_PRIORITY = 185  # a renewal missed costs a client: above the offers awaiting an answer


@suggestion_rule
def contract_ending(context: SuggestionContext) -> Iterable[Suggestion]:
    """Contracts ending within the renewal window or past their notice date: visit to renew them."""
    from kamdesk.core.services.contract import due_for_renewal, notice_date

    today = context.now.date()
    for contract in due_for_renewal(today=today, manager_id=context.owner_id)[:context.limit]:
        notice = notice_date(contract)
        if contract.auto_renewal and notice is not None and notice >= today:
            reason = Message("Contract {number} renews itself after {date} unless notice is given by {notice}.",
                             number=contract.number, date=contract.end_date.isoformat(), notice=notice.isoformat())
        else:
            reason = Message("Contract {number} ends on {date}: renew it or let it end.",
                             number=contract.number, date=contract.end_date.isoformat())
        yield Suggestion(contract.client_id, contract.client.name, reason, kind="visit",
                         priority=CONTRACT_ENDING_PRIORITY)


OVERDUE_DEBT_PRIORITY = 300  # money past due comes before every contact rhythm; a later step before an earlier


@suggestion_rule
def overdue_debt(context: SuggestionContext) -> Iterable[Suggestion]:
    """Clients with a dunning step due: call them about the debt (visit them for the final notice)."""
    from kamdesk.core.services import dunning

    due = dunning.cases(context.now.date(), manager_id=context.owner_id, due_only=True)
    allowed = _allowed_clients(context, list(dict.fromkeys(case.client_id for case in due)))
    named: set[int] = set()
    for case in due:
        if case.client_id in allowed and case.client_id not in named and len(named) < context.limit:
            named.add(case.client_id)
            yield Suggestion(case.client_id, case.client, dunning.reason(case),
                             kind="visit" if case.visit else "call",
                             priority=OVERDUE_DEBT_PRIORITY + 10 * dunning.STEPS.index(case.next_step),
                             step=case.next_step, currency=case.currency)


LAPSING_PRIORITY = 160  # a client about to be lost: after the answers due, before key accounts with nothing planned


@suggestion_rule
def lapsing_client(context: SuggestionContext) -> Iterable[Suggestion]:
    """Active clients without an order for the KPIs' lapse days (`kpi.lapse_days`): call before they lapse."""
    from kamdesk.core.services.kpi_lists import lapsing_last_sales

    today = context.now.date()
    lapsing = lapsing_last_sales(today)
    query = (context.clients(Client.id, Client.name, lapsing.c.last)
             .join(lapsing, on=(lapsing.c.client_id == Client.id))
             .order_by(lapsing.c.last, Client.name_key, Client.id).limit(context.limit))
    for client_id, name, last in query.tuples():
        days = (today - _day(last)).days
        yield Suggestion(client_id, name, Message("No order for {days} days.", days=days), kind="call",
                         priority=LAPSING_PRIORITY)


def _day(value) -> dt.date:
    """A date read through a subquery: a date on PostgreSQL, ISO text on SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------- scheduling

@retried
def schedule_chosen(monday: dt.date, owner_id: int, chosen: list[Suggestion], duration_minutes: int = 30,
                    now: dt.datetime | None = None) -> list[Activity]:
    """Plan the chosen suggestions into the owner's free time of the week, each as its kind says, in one
    transaction: all or none. An overdue-debt suggestion's dunning step is recorded as taken today by the
    call or visit planned (`dunning.take_step`), so the client is not suggested again for that step; a debt
    paid meanwhile refuses the whole (ValidationError) and nothing is planned.
    """
    from kamdesk.core.services import dunning

    zone = activity_service.local_zone()
    now = now.astimezone(zone) if now else dt.datetime.now(zone)
    kinds: dict[str, list[Suggestion]] = {}
    for suggestion in chosen:
        kinds.setdefault(suggestion.kind, []).append(suggestion)
    created: list[Activity] = []
    for kind, suggestions in kinds.items():
        planned = schedule_suggestions(monday, owner_id, [s.client_id for s in suggestions], kind=kind,
                                       duration_minutes=duration_minutes, now=now)
        for suggestion, activity in zip(suggestions, planned, strict=True):
            if suggestion.step:
                dunning.take_step(suggestion.client_id, suggestion.step, currency=suggestion.currency or None,
                                  today=now.date(), activity_id=activity.id)
        created += planned
    return created


def schedule_suggestions(monday: dt.date, owner_id: int, client_ids: list[int], kind: str = "call",
                         duration_minutes: int = 30, now: dt.datetime | None = None) -> list[Activity]:
    """Plan one activity per client in the owner's free time of the week, earliest slot first.

    Slots start on the half hour within the working hours of Monday to Friday,
    not before now, and overlap none of the owner's timed activities of the
    week (all-day ones take no time). All of them or none: when the week has
    too little free time, a ValidationError says for how many clients.
    """
    zone = activity_service.local_zone()
    now = now.astimezone(zone) if now else dt.datetime.now(zone)
    monday = activity_service.week_start(monday)
    # compared in UTC: local times of one zone compare by the wall clock, wrong in the hour the clocks go back
    taken = [(view.start.astimezone(dt.UTC), view.end.astimezone(dt.UTC)) for view in activity_service.week_activities(
        monday, activity_service.ActivityFilter(owner_ids=(owner_id,))) if not view.all_day]
    length = dt.timedelta(minutes=duration_minutes)
    now_utc = now.astimezone(dt.UTC)
    starts: list[dt.datetime] = []
    for start in _slots(monday, zone, length):
        if len(starts) == len(client_ids):
            break
        begin = start.astimezone(dt.UTC)
        end = begin + length
        if begin < now_utc or any(begin < busy_end and busy_start < end for busy_start, busy_end in taken):
            continue
        starts.append(start)
        taken.append((begin, end))
    missing = len(client_ids) - len(starts)
    if missing > 0:
        raise ValidationError({"schedule": Message("No free time left this week for {count} of the clients.",
                                                   count=missing)})
    created = []
    with database.atomic():
        for client_id, start in zip(client_ids, starts, strict=True):
            created.append(activity_service.create_activity({
                "kind": kind, "client_id": client_id, "owner_id": owner_id, "start": start,
                "duration_minutes": duration_minutes, "subject": ""}))
    return created


def _slots(monday: dt.date, zone, length: dt.timedelta) -> Iterable[dt.datetime]:
    """Local starts on the half hour where an activity of `length` fits into the working hours, in time order."""
    first_hour, last_hour = activity_service.working_hours()
    for offset in range(WORKING_DAYS):
        day = monday + dt.timedelta(days=offset)
        closing = _wall(day, last_hour * 60, zone).astimezone(dt.UTC)
        for minute in range(first_hour * 60, last_hour * 60, SLOT_MINUTES):
            start = _wall(day, minute, zone)
            if start.astimezone(dt.UTC) + length <= closing:
                yield start


def _wall(day: dt.date, minute: int, zone) -> dt.datetime:
    """`minute` minutes after midnight on the clock of `day` (24:00 is the next midnight)."""
    if minute >= 24 * 60:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), zone)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), zone)
