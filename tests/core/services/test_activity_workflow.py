"""The activity workflow declared once: planned → done or cancelled, each move stamped and logged."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.errors import WorkflowError
from kamdesk.core.models import Activity
from kamdesk.core.services import activity as act
from kamdesk.core.services import party
from kamdesk.core.workflow import history

BUD = ZoneInfo("Europe/Budapest")
PAST = dt.datetime(2026, 11, 2, 9, tzinfo=BUD)


@pytest.fixture
def client(company):
    return party.save_client({"name": "Kovács Kft.", "legal_postcode": "9021", "legal_city": "Győr",
                              "legal_street": "Fő utca 1."}, [{"name": "Kovács János"}])


def call(client, **values) -> Activity:
    return act.create_activity({"kind": "call", "client_id": client.id, "start": PAST, **values})


def test_the_activity_states_are_declared_once_with_titles_and_words():
    assert act.ACTIVITY.names() == ("planned", "done", "cancelled")
    assert act.ACTIVITY.names(final=False) == ("planned",)
    assert [(s.title, s.word) for s in act.ACTIVITY.states] == [("Planned", "planned"), ("Done", "done"),
                                                                 ("Cancelled", "cancelled")]


def test_allowed_verbs_and_predicates_follow_the_state(client):
    planned, done, cancelled = call(client), call(client), call(client)
    act.complete_activity(done.id, "reached")
    act.cancel_activity(cancelled.id)
    views = {name: act.get_view(a.id) for name, a in (("planned", planned), ("done", done),
                                                       ("cancelled", cancelled))}
    assert [v.name for v in act.ACTIVITY.allowed_verbs(views["planned"])] == ["complete", "cancel"]
    assert act.ACTIVITY.allowed_verbs(views["done"]) == act.ACTIVITY.allowed_verbs(views["cancelled"]) == []
    assert [act.is_open(v) for v in views.values()] == [True, False, False]
    assert [act.is_done(v) for v in views.values()] == [False, True, False]
    assert [act.is_cancelled(v) for v in views.values()] == [False, False, True]


def test_completing_stamps_and_logs_and_a_refusal_says_why(client, company):
    planned = call(client)
    done, _ = act.complete_activity(planned.id, "reached", "Ordered")
    assert done.completed_at is not None and done.completed_at == done.updated_at
    [move] = history("activity", planned.id)
    assert (move.verb, move.from_state, move.to_state, move.manager_id) == ("complete", "planned", "done",
                                                                            company[1].id)
    with pytest.raises(WorkflowError, match="This activity is done already"):
        act.cancel_activity(planned.id)
    assert len(history("activity", planned.id)) == 1


def test_cancelling_the_rest_of_a_series_logs_every_occurrence(client):
    first = act.create_activity({"kind": "call", "client_id": client.id,
                                 "start": dt.datetime(2026, 12, 7, 9, tzinfo=BUD)},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=4))
    rest = list(Activity.select().where(Activity.series == first.series_id).order_by(Activity.starts_at))[1:]
    assert act.cancel_activity(rest[0].id, scope="series") == 3
    for occurrence in rest:
        assert [(m.verb, m.from_state, m.to_state) for m in history("activity", occurrence.id)] == \
            [("cancel", "planned", "cancelled")]
    assert history("activity", first.id) == []
