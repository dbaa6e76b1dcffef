"""The order and discount-request workflows: declared once, the same moves as before, logged, allowed by role."""

from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ValidationError, WorkflowError
from kamdesk.core.models import DiscountApproval, Order
from kamdesk.core.services import company as company_service
from kamdesk.core.services import sale
from kamdesk.core.services.sale_workflow import (
    DISCOUNT_APPROVAL,
    ORDER,
    is_cancelled,
    is_editable,
    is_sold,
    open_states,
)
from kamdesk.core.workflow import history
from tests.core.services.test_sale import order, shop_client  # noqa: F401 (the client test_sale prices for)

OLD_ORDER_TABLE = {  # the table in sale.py the declaration replaced: state -> verb -> new state
    "draft": {"confirm": "confirmed", "cancel": "cancelled"},
    "confirmed": {"ship": "shipped", "cancel": "cancelled"},
    "shipped": {"ship": "shipped", "deliver": "delivered"},
    "delivered": {},
    "cancelled": {},
}


def moves(workflow) -> dict[str, dict[str, str]]:
    return {state: {verb.name: verb.target for verb in workflow.possible_verbs(state)} for state in workflow.names()}


def test_the_order_declaration_makes_the_moves_of_the_old_table():
    assert moves(ORDER) == OLD_ORDER_TABLE
    assert ORDER.verb("ship").also == {"delivered"}  # the last shipment delivers
    assert ORDER.names(final=True) == ("delivered", "cancelled") and open_states() == ("draft", "confirmed", "shipped")
    assert ORDER.initial == "draft"


def test_states_have_the_titles_and_words_the_labels_had():
    assert [str(ORDER.state(name).title) for name in ORDER.names()] == [
        "Draft", "Confirmed", "Partly shipped", "Delivered", "Cancelled"]
    assert [str(ORDER.state(name).word) for name in ORDER.names()] == list(ORDER.names())
    assert [str(s.title) for s in DISCOUNT_APPROVAL.states] == ["Approval pending", "Discount approved",
                                                              "Discount rejected"]
    assert all(state.colour.startswith("#") for state in (*ORDER.states, *DISCOUNT_APPROVAL.states))


def test_allowed_verbs_of_an_order_follow_its_state(company):
    manager = company[1]
    allowed = {state: [v.name for v in ORDER.allowed_verbs(Order(state=state), manager)] for state in ORDER.names()}
    assert allowed == {"draft": ["confirm", "cancel"], "confirmed": ["ship", "cancel"], "shipped": ["ship", "deliver"],
                       "delivered": [], "cancelled": []}


def test_the_predicates_the_windows_ask():
    assert [name for name in ORDER.names() if is_editable(name)] == ["draft"]
    assert [name for name in ORDER.names() if is_sold(name)] == ["confirmed", "shipped", "delivered"]
    assert [name for name in ORDER.names() if is_cancelled(name)] == ["cancelled"]
    assert sale.EXPOSURE_STATES == ("confirmed", "shipped", "delivered")


def test_a_discount_request_is_decided_by_heads_only(shop):
    manager, head = company_service.current_manager(), shop["head"]
    assert moves(DISCOUNT_APPROVAL) == {"pending": {"approve": "approved", "reject": "rejected"}, "approved": {},
                                        "rejected": {}}
    pending = DiscountApproval(state="pending")
    assert DISCOUNT_APPROVAL.allowed_verbs(pending, manager) == []
    assert [v.name for v in DISCOUNT_APPROVAL.allowed_verbs(pending, head)] == ["approve", "reject"]
    assert DISCOUNT_APPROVAL.allowed_verbs(DiscountApproval(state="approved"), head) == []


def test_every_move_is_logged_with_who_and_refusals_say_what_the_order_is(shop):
    saved = order(shop, (shop["milk"], "10", "0"), (shop["bread"], "2", "0"))
    milk, bread = sale.order_lines(saved.id)
    confirmed = sale.confirm_order(saved.id)
    assert confirmed.state == "confirmed" and confirmed.confirmed_at is not None
    sale.ship_order(saved.id, {milk.id: D(4)})
    assert sale.ship_order(saved.id, {milk.id: D(6), bread.id: D(2)}).state == "delivered"
    me = company_service.current_manager()
    assert [(m.verb, m.from_state, m.to_state, m.manager_id) for m in history("order", saved.id)] == [
        ("confirm", "draft", "confirmed", me.id), ("ship", "confirmed", "shipped", me.id),
        ("ship", "shipped", "delivered", me.id)]
    with pytest.raises(WorkflowError) as refused:
        sale.cancel_order(saved.id, "price")
    assert str(refused.value.message) == f"Order {saved.number} is delivered: it cannot be cancelled now."
    assert len(history("order", saved.id)) == 3


def test_a_refused_cancel_writes_nothing(shop):
    saved = order(shop, (shop["milk"], "1", "0"))
    with pytest.raises(ValidationError):
        sale.cancel_order(saved.id, "other", " ")
    assert sale.get_order(saved.id).state == "draft" and history("order", saved.id) == []
    cancelled = sale.cancel_order(saved.id, "price")
    assert (cancelled.state, cancelled.cancel_reason) == ("cancelled", "price")
    assert [m.verb for m in history("order", saved.id)] == ["cancel"]


def test_a_decision_is_logged_with_the_head(shop):
    saved = order(shop, (shop["milk"], "10", "7"))  # above the manager's 5 %
    request = sale.pending_approvals()[0]
    with pytest.raises(WorkflowError) as refused:
        sale.decide_approval(request.id, True, "ok")  # the current manager is no head
    assert "Only the head of department" in refused.value.message
    with pytest.raises(ValidationError):
        sale.decide_approval(request.id, True, " ", head_id=shop["head"].id)
    decided = sale.decide_approval(request.id, False, "Too much", head_id=shop["head"].id)
    assert (decided.state, decided.decided_by_id, decided.reason) == ("rejected", shop["head"].id, "Too much")
    assert decided.decided_at is not None
    [move] = history("discount_approval", request.id)
    assert (move.verb, move.from_state, move.to_state, move.manager_id) == ("reject", "pending", "rejected",
                                                                            shop["head"].id)
    with pytest.raises(WorkflowError) as again:
        sale.decide_approval(request.id, True, "Changed my mind", head_id=shop["head"].id)
    assert str(again.value.message) == "This request was decided already."
    assert sale.approval_state(saved) == "rejected"
