"""Complaints: recorded with their links checked, moved through the declared workflow, their deadline a task
in the responsible person's calendar that follows the complaint, and the lists the window and the CLI read."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ValidationError, WorkflowError
from kamdesk.core.models import Activity
from kamdesk.core.models.complaint import Complaint
from kamdesk.core.models.workflow import StateChange
from kamdesk.core.services import complaint as complaints
from kamdesk.core.services import sale
from kamdesk.core.workflow import history
from tests import factories

TODAY = dt.date.today()


@pytest.fixture
def sold(shop):
    """A confirmed order of the shop's client: 10 milk and 4 bread."""
    order = factories.order(shop["client"].id, TODAY - dt.timedelta(days=5), (shop["milk"], "10", "0"),
                            (shop["bread"], "4", "0"), confirm=True)
    return {**shop, "order": order, "lines": sale.order_lines(order.id)}


def record(client_id: int, **values) -> Complaint:
    return complaints.save_complaint({"client_id": client_id, "kind": "shortage",
                                      "description": "2 cartons of milk missing", **values})


def task_of(complaint: Complaint) -> Activity:
    return Activity.get_by_id(Complaint.get_by_id(complaint.id).reminder_id)


def test_a_new_complaint_is_received_numbered_and_takes_the_line_s_product(sold):
    line = sold["lines"][0]
    saved = record(sold["client"].id, order_line_id=line.id)
    assert saved.state == "received"
    assert saved.number == f"CMP-{TODAY.year}-0001"
    assert saved.product_id == sold["milk"].id
    assert saved.received_on == TODAY
    assert saved.deadline == TODAY + dt.timedelta(days=complaints.DEFAULT_DEADLINE_DAYS)
    assert saved.responsible_id == sold["client"].manager_id or saved.responsible_id is not None
    assert record(sold["client"].id).number == f"CMP-{TODAY.year}-0002"


def test_a_complaint_is_refused_in_the_user_s_words(sold):
    other = factories.client("Másik Bt.")
    with pytest.raises(ValidationError) as refused:
        complaints.save_complaint({"client_id": other.id, "order_line_id": sold["lines"][0].id, "kind": "odd",
                                   "description": " ", "received_on": TODAY - dt.timedelta(days=3),
                                   "deadline": TODAY - dt.timedelta(days=4), "compensation": "12x"})
    assert set(refused.value.errors) == {"order_line", "kind", "description", "deadline", "compensation"}
    assert not Complaint.select().exists()
    with pytest.raises(ValidationError) as refused:
        record(sold["client"].id, received_on=TODAY + dt.timedelta(days=1))
    assert set(refused.value.errors) == {"received_on"}
    with pytest.raises(ValidationError) as refused:
        record(sold["client"].id, description="x" * 10_001)
    assert set(refused.value.errors) == {"description"}
    assert not Activity.select().where(Activity.kind == "task").exists()  # nothing left behind


def test_the_workflow_moves_stamps_and_logs(sold, company):
    saved = record(sold["client"].id)
    assert complaints.actions(saved) == {"investigate", "reject", "edit"}
    with pytest.raises(WorkflowError) as refused:
        complaints.resolve_complaint(saved.id, "Sent the missing cartons")
    assert f"Complaint {saved.number} is received: it cannot be resolved now." == str(refused.value)
    complaints.start_investigation(saved.id)
    assert complaints.actions(Complaint.get_by_id(saved.id)) == {"resolve", "reject", "edit"}
    with pytest.raises(ValidationError) as refused:
        complaints.resolve_complaint(saved.id, "  ")
    assert set(refused.value.errors) == {"resolution"}
    done = complaints.resolve_complaint(saved.id, "Sent the missing cartons", "1 234,50")
    assert (done.state, done.resolution, done.compensation) == ("resolved", "Sent the missing cartons", D("1234.50"))
    assert done.closed_at is not None
    assert [(m.from_state, m.to_state) for m in history("complaint", saved.id)] == [
        ("received", "investigating"), ("investigating", "resolved")]
    assert complaints.actions(done) == frozenset()
    with pytest.raises(WorkflowError):
        complaints.save_complaint({"description": "changed"}, done.id)


def test_a_complaint_can_be_rejected_straight_away_with_a_reason(sold):
    saved = record(sold["client"].id)
    with pytest.raises(ValidationError):
        complaints.reject_complaint(saved.id, "")
    rejected = complaints.reject_complaint(saved.id, "The delivery note was signed without remarks.")
    assert rejected.state == "rejected" and rejected.compensation is None
    assert StateChange.select().where(StateChange.document == "complaint").count() == 1


def test_the_deadline_is_a_task_in_the_responsible_person_s_calendar_that_follows_the_complaint(sold, peter):
    saved = record(sold["client"].id, deadline=TODAY + dt.timedelta(days=7))
    task = task_of(saved)
    assert (task.kind, task.state, task.all_day, task.client_id) == ("task", "planned", True, sold["client"].id)
    assert task.starts_at.date() == TODAY + dt.timedelta(days=7)
    assert task.subject == f"{saved.number} · 2 cartons of milk missing"
    complaints.save_complaint({"deadline": TODAY + dt.timedelta(days=10), "responsible_id": peter.id}, saved.id)
    moved = task_of(saved)
    assert moved.id == task.id
    assert (moved.starts_at.date(), moved.owner_id) == (TODAY + dt.timedelta(days=10), peter.id)
    complaints.start_investigation(saved.id)
    complaints.resolve_complaint(saved.id, "Credited")
    assert task_of(saved).state == "cancelled"


def test_a_complaint_past_its_deadline_is_among_the_overdue_of_the_calendar_s_agenda(sold):
    from kamdesk.core.services import activity

    late = record(sold["client"].id, received_on=TODAY - dt.timedelta(days=9), deadline=TODAY - dt.timedelta(days=2))
    today_due = record(sold["client"].id, deadline=TODAY)
    today, overdue = activity.agenda(TODAY, activity.ActivityFilter(owner_ids=(late.responsible_id,)))
    assert [view.id for view in overdue] == [late.reminder_id]
    assert [view.id for view in today] == [today_due.reminder_id]
    assert overdue[0].client_name == "Kovács Kft." and late.number in overdue[0].subject


def test_a_task_closed_by_hand_stays_closed_until_the_deadline_moves(sold):
    from kamdesk.core.services import activity

    saved = record(sold["client"].id, deadline=TODAY)
    activity.complete_activity(saved.reminder_id, "reached")
    same = complaints.save_complaint({"description": "3 cartons missing"}, saved.id)
    assert same.reminder_id == saved.reminder_id and task_of(same).state == "done"
    moved = complaints.save_complaint({"deadline": TODAY + dt.timedelta(days=2)}, saved.id)
    assert moved.reminder_id != saved.reminder_id
    assert task_of(moved).state == "planned" and task_of(moved).starts_at.date() == TODAY + dt.timedelta(days=2)


def test_lists_filter_by_state_client_and_deadline(sold, peter):
    late = record(sold["client"].id, received_on=TODAY - dt.timedelta(days=20), deadline=TODAY - dt.timedelta(days=2),
                  order_line_id=sold["lines"][1].id)
    soon = record(sold["client"].id, deadline=TODAY + dt.timedelta(days=1), responsible_id=peter.id)
    later = record(sold["client"].id, kind="price", deadline=TODAY + dt.timedelta(days=20))
    closed = record(sold["client"].id, received_on=TODAY - dt.timedelta(days=10), deadline=TODAY - dt.timedelta(days=1))
    complaints.reject_complaint(closed.id, "Not ours")
    assert [v.id for v in complaints.list_complaints()] == [later.id, soon.id, closed.id, late.id]
    assert [v.id for v in complaints.list_complaints(state="rejected")] == [closed.id]
    assert [v.id for v in complaints.list_complaints(overdue_only=True)] == [late.id]
    assert [v.id for v in complaints.list_complaints(kind="price")] == [later.id]
    assert [v.id for v in complaints.list_complaints(responsible_id=peter.id)] == [soon.id]
    view = complaints.list_complaints(overdue_only=True)[0]
    assert (view.order_number, view.product, view.client) == (sold["order"].number, "Kenyér", "Kovács Kft.")
    assert complaints.deadline_status(view) == "overdue"
    assert complaints.deadline_status(complaints.client_complaints(sold["client"].id)[1]) == "due_soon"


def test_order_lines_offered_are_the_client_s_sold_ones(sold):
    factories.order(sold["client"].id, TODAY, (sold["milk"], "1", "0"))  # a draft: not sold
    choices = complaints.order_line_choices(sold["client"].id)
    assert [c.id for c in choices] == [line.id for line in sold["lines"]]
    assert choices[0].order_number == sold["order"].number and choices[0].quantity == D("10")


def test_who_handles_a_complaint_its_deadline_and_compensation_are_in_the_audit_trail(sold, peter):
    from kamdesk.core.services import audit

    saved = record(sold["client"].id)
    complaints.save_complaint({"responsible_id": peter.id, "compensation": "500"}, saved.id)
    entries = [e for e in audit.entries(client_id=sold["client"].id) if e.table == "complaint"]
    assert [e.action for e in entries] == ["update", "insert"]
    assert entries[0].record == saved.number
    assert {change.column for change in entries[0].changes} == {"responsible_id", "compensation"}
