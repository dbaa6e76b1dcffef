"""Workflows declared once: per document its states and its verbs, and the one place that moves a record.

A document's workflow lists its states (each with a title for lists and filters and
a word for sentences) and its verbs. A verb goes from some states to one state
(`target`; `also` names the other states its function may choose instead, as a
partial shipment stays "shipped" but a complete one is "delivered"), may have a
guard that says why it is not allowed for this record and user, and may stamp
when it happened into a field of the record.

    ORDER = Workflow(
        document="order", model=Order, load=get_order,
        states=[State("draft", Message("Draft"), Message("draft")), ...],
        verbs=[Verb("confirm", {"draft"}, "confirmed", Message("Confirm"), Message("confirmed"),
                    stamp="confirmed_at"), ...],
        refused=lambda order, state, action: Message("Order {number} is {state}: it cannot be {action} now.",
                                                     number=order.number, state=state, action=action))

    @ORDER.transition("confirm")
    def confirm_order(order, override_reason=""):
        ...  # checks and work of its own; may raise; may return one of the verb's `also` states

`confirm_order(order_id, ...)` then loads the record, checks the move (state and
guard) before anything is written, runs the function, sets the state, stamps the
time, `updated_at` and the log (`StateChange`: who, when, from, to), and saves, all
in one transaction. `allowed_verbs(record, user)` tells a window which actions to
offer; the GUI keeps no state lists and no state-to-button rules of its own.

Modelled on Tryton's `Workflow` (`_transitions`, `@Workflow.transition`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import chunked

from kamdesk.core.db import database
from kamdesk.core.errors import WorkflowError
from kamdesk.core.messages import Message

Guard = Callable[[Any, Any], "Message | None"]  # (record, user) -> why not, or None


@dataclass(frozen=True)
class State:
    """A state of a document: its stored name, its title ("Draft") and its word in a sentence ("draft")."""

    name: str
    title: Message
    word: Message
    final: bool = False  # nothing leaves it
    colour: str = ""  # "#2e7d32": how lists and chips show it ("" for the default text colour)


@dataclass(frozen=True)
class Verb:
    """A move: from `sources` to `target` (or one of `also`, as its function decides)."""

    name: str
    sources: frozenset[str]
    target: str
    title: Message  # the action, on a button: "Confirm"
    done: Message  # the action in a sentence: "… it cannot be {confirmed} now."
    guard: Guard | None = None
    stamp: str | None = None  # a field set to the time of the move ("confirmed_at")
    also: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sources", frozenset(self.sources))
        object.__setattr__(self, "also", frozenset(self.also))


class Workflow:
    """The states and verbs of one kind of document, and the moves between them."""

    def __init__(self, document: str, model, load: Callable[[int], Any], states: Sequence[State],
                 verbs: Sequence[Verb], refused: Callable[[Any, Message, Message], Message],
                 state_field: str = "state"):
        self.document = document
        self.model = model
        self.load = load
        self.states = tuple(states)
        self.verbs = tuple(verbs)
        self.refused = refused
        self.state_field = state_field
        self._states = {state.name: state for state in self.states}
        self._verbs = {verb.name: verb for verb in self.verbs}
        self._check_declaration()

    def _check_declaration(self) -> None:
        for verb in self.verbs:
            unknown = (verb.sources | {verb.target} | verb.also) - self._states.keys()
            if unknown:
                raise ValueError(f"{self.document}.{verb.name}: unknown states {sorted(unknown)}")

    # ------------------------------------------------------------ reading
    def state(self, name: str) -> State:
        """The declared state `name` (an unknown one, from an older or newer database, gets its name as text)."""
        known = self._states.get(name)
        return known if known is not None else State(name, Message(name), Message(name))

    def verb(self, name: str) -> Verb:
        return self._verbs[name]

    @property
    def initial(self) -> str:
        """The state a new record starts in: the first one declared."""
        return self.states[0].name

    def names(self, *, final: bool | None = None) -> tuple[str, ...]:
        """The state names in their declared order; only the final (or only the open) ones if asked."""
        return tuple(s.name for s in self.states if final is None or s.final == final)

    def state_of(self, record) -> str:
        return getattr(record, self.state_field)

    def refusal(self, record, verb_name: str, user=None) -> Message | None:
        """Why `verb_name` cannot be done to `record` by `user` now, or None when it can."""
        verb = self._verbs[verb_name]
        current = self.state_of(record)
        if current not in verb.sources:
            return self.refused(record, self.state(current).word, verb.done)
        if verb.guard is not None:
            return verb.guard(record, user)
        return None

    def allowed(self, record, verb_name: str, user=None) -> bool:
        return self.refusal(record, verb_name, user) is None

    def allowed_verbs(self, record, user=None) -> list[Verb]:
        """The verbs `user` may do to `record` now, in their declared order: the actions to offer."""
        return [verb for verb in self.verbs if self.refusal(record, verb.name, user) is None]

    def possible_verbs(self, state: str) -> list[Verb]:
        """The verbs whose sources include `state`, whatever their guards say."""
        return [verb for verb in self.verbs if state in verb.sources]

    def check(self, record, verb_name: str, user=None) -> Verb:
        """The verb, or a WorkflowError saying why it cannot be done now."""
        why = self.refusal(record, verb_name, user)
        if why is not None:
            raise WorkflowError(why)
        return self._verbs[verb_name]

    # ------------------------------------------------------------ moving
    def transition(self, verb_name: str, user: Callable[[], Any] | None = None):
        """Decorate `fn(record, *args, **kwargs)` into `fn(record_id, *args, **kwargs) -> record`.

        `user` gives who is acting (for guards and the log); by default the desk's current manager.
        """
        verb = self._verbs[verb_name]

        def decorate(fn):
            @functools.wraps(fn)
            def run(record_id: int, *args, **kwargs):
                actor = (user or _current_manager)()
                with database.atomic():
                    record = self.load(record_id)
                    self.check(record, verb.name, actor)
                    before = self.state_of(record)
                    chosen = fn(record, *args, **kwargs)
                    self.move(record, verb, before, chosen, actor)
                return record

            run.verb = verb
            return run

        return decorate

    def move(self, record, verb: Verb, before: str, chosen: str | None, actor) -> None:
        """Set the state (the verb's target or an `also` the function chose), stamp, log and save."""
        from kamdesk.core.models.base import utc_now
        from kamdesk.core.models.workflow import StateChange

        target = chosen or verb.target
        if target != verb.target and target not in verb.also:
            raise ValueError(f"{self.document}.{verb.name} may not end in {target!r}")
        now = utc_now()
        setattr(record, self.state_field, target)
        if verb.stamp:
            setattr(record, verb.stamp, now)
        if hasattr(record, "updated_at"):
            record.updated_at = now
        record.save()
        StateChange.create(document=self.document, record_id=record.id, verb=verb.name, from_state=before,
                           to_state=target, manager=getattr(actor, "id", None), at=now)

    def log_bulk(self, verb_name: str, changed: Iterable[tuple[int, str, str]], actor=None) -> None:
        """Log moves made by one query (an expiry job): `(record_id, from_state, to_state)` each."""
        from kamdesk.core.models.base import utc_now
        from kamdesk.core.models.workflow import StateChange

        now = utc_now()
        rows = [{"document": self.document, "record_id": record_id, "verb": verb_name, "from_state": before,
                 "to_state": after, "manager": getattr(actor, "id", None), "at": now}
                for record_id, before, after in changed]
        for batch in chunked(rows, 500):
            StateChange.insert_many(batch).execute()


def _current_manager():
    from kamdesk.core.services.company import current_manager

    return current_manager()


def history(document: str, record_id: int) -> list:
    """The moves of one record, oldest first: who, when, from, to."""
    from kamdesk.core.models.workflow import StateChange

    return list(StateChange.select().where((StateChange.document == document) & (StateChange.record_id == record_id))
                .order_by(StateChange.at, StateChange.id))
