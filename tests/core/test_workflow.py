"""The workflow engine: a declared move is checked, made, stamped and logged in one transaction."""

import pytest
from peewee import CharField, DateTimeField

from kamdesk.core.errors import WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models.base import BaseModel
from kamdesk.core.workflow import State, Verb, Workflow, history

pytestmark = pytest.mark.both_backends


class Ticket(BaseModel):
    """A document made up for the test: a state, a stamp, an update time."""

    state = CharField(default="open")
    closed_at = DateTimeField(null=True)
    updated_at = DateTimeField(null=True)


def _only_heads(ticket, user):
    return None if getattr(user, "role", "") == "head" else Message("Only a head may reopen.")


TICKET = Workflow(
    document="ticket", model=Ticket, load=Ticket.get_by_id,
    states=[State("open", Message("Open"), Message("open")), State("half", Message("Half"), Message("half")),
            State("closed", Message("Closed"), Message("closed"), final=True)],
    verbs=[Verb("close", {"open", "half"}, "closed", Message("Close"), Message("closed"), stamp="closed_at",
                also={"half"}),
           Verb("reopen", {"half"}, "open", Message("Reopen"), Message("reopened"), guard=_only_heads)],
    refused=lambda t, state, action: Message("Ticket {id} is {state}: it cannot be {action} now.", id=t.id,
                                            state=state, action=action))


class Person:
    def __init__(self, role, id=None):
        self.role, self.id = role, id


@pytest.fixture
def tickets(db):
    db.create_tables([Ticket])
    return db


def test_a_move_sets_the_state_stamps_and_logs_who(tickets, company):
    ticket = Ticket.create()
    manager = company[1]

    @TICKET.transition("close", user=lambda: manager)
    def close(record):
        return None

    closed = close(ticket.id)
    assert closed.state == "closed" and closed.closed_at is not None and closed.updated_at == closed.closed_at
    assert Ticket.get_by_id(ticket.id).state == "closed"
    [move] = history("ticket", ticket.id)
    assert (move.verb, move.from_state, move.to_state, move.manager_id) == ("close", "open", "closed", manager.id)


def test_a_refused_move_says_why_in_the_documents_words_and_writes_nothing(tickets):
    ticket = Ticket.create(state="closed")
    called = []

    @TICKET.transition("close", user=lambda: None)
    def close(record):
        called.append(record)

    with pytest.raises(WorkflowError) as refused:
        close(ticket.id)
    assert str(refused.value.message) == f"Ticket {ticket.id} is closed: it cannot be closed now."
    assert called == [] and history("ticket", ticket.id) == []


def test_a_failing_function_leaves_state_and_log_as_they_were(tickets):
    ticket = Ticket.create()

    @TICKET.transition("close", user=lambda: None)
    def close(record):
        record.closed_at = None
        raise WorkflowError(Message("Not today."))

    with pytest.raises(WorkflowError):
        close(ticket.id)
    assert Ticket.get_by_id(ticket.id).state == "open" and history("ticket", ticket.id) == []


def test_the_function_may_choose_a_declared_other_target_only(tickets):
    first, second = Ticket.create(), Ticket.create()

    @TICKET.transition("close", user=lambda: None)
    def half_close(record):
        return "half"

    @TICKET.transition("close", user=lambda: None)
    def wrong(record):
        return "open"

    assert half_close(first.id).state == "half"
    with pytest.raises(ValueError):
        wrong(second.id)
    assert Ticket.get_by_id(second.id).state == "open"


def test_allowed_verbs_follow_state_and_guard(tickets):
    half = Ticket(state="half")
    assert [v.name for v in TICKET.allowed_verbs(half, Person("manager"))] == ["close"]
    assert [v.name for v in TICKET.allowed_verbs(half, Person("head"))] == ["close", "reopen"]
    assert TICKET.allowed_verbs(Ticket(state="closed"), Person("head")) == []
    assert TICKET.refusal(half, "reopen", Person("manager")) == "Only a head may reopen."


def test_states_are_declared_once_with_their_words(tickets):
    assert TICKET.names() == ("open", "half", "closed")
    assert TICKET.names(final=False) == ("open", "half")
    assert TICKET.initial == "open"  # where a new ticket starts
    assert TICKET.state("closed").title == "Closed"
    assert TICKET.state("from-a-newer-kamdesk").title == "from-a-newer-kamdesk"


def test_a_verb_naming_an_undeclared_state_is_refused_at_declaration():
    with pytest.raises(ValueError, match="unknown states"):
        Workflow(document="x", model=None, load=None, states=[State("a", Message("A"), Message("a"))],
                 verbs=[Verb("go", {"a"}, "b", Message("Go"), Message("gone"))], refused=lambda *a: Message("no"))
