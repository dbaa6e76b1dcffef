"""The offer workflow: the old moves, guards instead of expire-on-read, the expiry job, approve-and-send."""

import datetime as dt

import pytest

from kamdesk.core.errors import DiscountApprovalNeeded, WorkflowError
from kamdesk.core.models import Offer
from kamdesk.core.models.workflow import StateChange
from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offers
from kamdesk.core.services.offer_workflow import (
    OFFER,
    awaits_answer,
    came_to_nothing,
    is_accepted,
    is_editable,
    is_rejected,
)
from kamdesk.core.workflow import history
from tests.core.services.test_offer import TODAY, offer, standard

YESTERDAY = TODAY - dt.timedelta(days=1)
OLD_OFFER_TABLE = {  # the table in offer.py the declaration replaced: state -> verb -> new state
    "draft": {"send": "sent", "expire": "expired"},
    "sent": {"accept": "accepted", "reject": "rejected", "expire": "expired"},
    "accepted": {},
    "rejected": {},
    "expired": {},
}


def overdue(saved: Offer) -> Offer:
    """The days pass: the offer's validity ended yesterday (the expiry job has not run)."""
    Offer.update(valid_until=YESTERDAY).where(Offer.id == saved.id).execute()
    return offers.get_offer(saved.id)


def snapshot() -> tuple:
    return (list(Offer.select(Offer.id, Offer.state, Offer.updated_at).order_by(Offer.id).tuples()),
            StateChange.select().count())


def test_the_offer_declaration_makes_the_moves_of_the_old_table():
    assert {state: {v.name: v.target for v in OFFER.possible_verbs(state)} for state in OFFER.names()} == \
        OLD_OFFER_TABLE
    assert OFFER.names(final=False) == ("draft", "sent") and OFFER.initial == "draft"
    assert [str(s.title) for s in OFFER.states] == ["Draft", "Sent, awaiting answer", "Accepted", "Rejected",
                                                    "Expired"]
    assert [name for name in OFFER.names() if is_editable(name)] == ["draft"]
    assert [name for name in OFFER.names() if awaits_answer(name)] == ["sent"]
    assert [name for name in OFFER.names() if came_to_nothing(name)] == ["rejected", "expired"]
    assert [name for name in OFFER.names() if is_accepted(name) or is_rejected(name)] == ["accepted", "rejected"]


def test_allowed_verbs_follow_state_and_validity(shop):
    me = company_service.current_manager()
    valid = standard(shop)
    assert [v.name for v in OFFER.allowed_verbs(valid, me)] == ["send"]
    assert [v.name for v in OFFER.allowed_verbs(offers.send_offer(valid.id), me)] == ["accept", "reject"]
    assert [v.name for v in OFFER.allowed_verbs(overdue(valid), me)] == ["expire"]
    assert [v.name for v in OFFER.allowed_verbs(Offer(state="draft"), me)] == ["send"]  # a new one


def test_reads_never_write_even_with_overdue_offers(shop):
    draft = overdue(standard(shop))
    sent = overdue(offers.send_offer(standard(shop).id))
    Offer.update(sent_at=dt.datetime.combine(TODAY - dt.timedelta(days=10), dt.time(9))).where(
        Offer.id == sent.id).execute()
    before = snapshot()
    assert {o.id: o.state for o in offers.list_offers()} == {draft.id: "draft", sent.id: "sent"}
    assert {r.id: r.state for r in offers.offer_rows()} == {draft.id: "draft", sent.id: "sent"}
    assert offers.awaiting_answer(3) == []  # no longer valid: nothing to follow up
    offers.get_offer(sent.id), offers.offer_by_number(draft.number), offers.versions(draft.id)
    assert snapshot() == before


def test_an_overdue_offer_is_refused_as_expired_and_nothing_is_written(shop):
    draft = overdue(standard(shop))
    sent = offers.send_offer(standard(shop).id)
    overdue(sent)
    before = snapshot()
    with pytest.raises(WorkflowError) as refused:
        offers.send_offer(draft.id)
    assert str(refused.value.message) == f"Offer {draft.number} is expired: it cannot be sent now."
    for move, word in ((offers.accept_offer, "accepted"), (lambda i: offers.reject_offer(i, "price"), "rejected")):
        with pytest.raises(WorkflowError) as refused:
            move(sent.id)
        assert str(refused.value.message) == f"Offer {sent.number} is expired: it cannot be {word} now."
    assert snapshot() == before


def test_the_expiry_job_moves_and_logs_and_is_safe_to_run_again(shop):
    draft = overdue(standard(shop))
    sent = overdue(offers.send_offer(standard(shop).id))
    valid = standard(shop)
    assert offers.expire_offers() == 2
    assert {o.id: o.state for o in Offer.select()} == {draft.id: "expired", sent.id: "expired", valid.id: "draft"}
    [move] = history("offer", sent.id)[1:]  # after the send
    assert (move.verb, move.from_state, move.to_state, move.manager_id) == ("expire", "sent", "expired", None)
    assert [m.verb for m in history("offer", draft.id)] == ["expire"]
    logged = StateChange.select().count()
    assert offers.expire_offers() == 0 and StateChange.select().count() == logged


def test_sends_accepts_and_rejects_are_stamped_and_logged(shop):
    sent = offers.send_offer(standard(shop).id)
    assert sent.state == "sent" and sent.sent_at is not None
    accepted = offers.accept_offer(sent.id)
    assert accepted.decided_at is not None
    me = company_service.current_manager()
    assert [(m.verb, m.to_state, m.manager_id) for m in history("offer", sent.id)] == [
        ("send", "sent", me.id), ("accept", "accepted", me.id)]


def test_a_head_approves_and_sends_in_one_step(shop):
    saved = offer(shop, (shop["milk"], "10", "7"))  # the manager's limit is 5 %
    with pytest.raises(DiscountApprovalNeeded):
        offers.send_offer(saved.id)
    with pytest.raises(WorkflowError):
        offers.approve_and_send(saved.id, "ok")  # the current manager is no head
    assert offers.get_offer(saved.id).discount_approved_by_id is None
    sent = offers.approve_and_send(saved.id, "Big client", head_id=shop["head"].id)
    assert (sent.state, sent.discount_approved_by_id, sent.discount_approval_reason) == (
        "sent", shop["head"].id, "Big client")
    assert [m.verb for m in history("offer", saved.id)] == ["send"]


def test_an_approval_is_not_kept_when_the_offer_cannot_be_sent(shop):
    saved = overdue(offer(shop, (shop["milk"], "10", "7")))
    with pytest.raises(WorkflowError) as refused:
        offers.approve_and_send(saved.id, "Big client", head_id=shop["head"].id)
    assert "is expired" in refused.value.message
    kept = offers.get_offer(saved.id)
    assert (kept.state, kept.discount_approved_by_id, kept.discount_approved_up_to) == ("draft", None, None)
