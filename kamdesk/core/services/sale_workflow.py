"""The workflows of the sale area, declared once: an order and a discount request.

An order is typed as a draft, confirmed (the client committed to it), shipped
in parts, delivered, or cancelled before it leaves; a discount above the
manager's limit waits in a request that a head of department approves or
rejects. The transition functions are in `kamdesk.core.services.sale`; the
windows ask these declarations which states there are, what they are called
and what may be done now (`ORDER.allowed_verbs(order, user)`), and ask the
predicates below instead of comparing state names.
"""

from __future__ import annotations

from kamdesk.core.messages import Message
from kamdesk.core.models import DiscountApproval, Order
from kamdesk.core.models.company import ROLE_HEAD
from kamdesk.core.models.sale import SOLD_STATES
from kamdesk.core.workflow import State, Verb, Workflow

CANCELLED = "cancelled"
GREY, BLUE, ORANGE, GREEN, LIGHT_GREY, RED = "#6b6b6b", "#1565c0", "#ef6c00", "#2e7d32", "#9e9e9e", "#c62828"


def load_order(order_id: int) -> Order:
    return Order.get_or_not_found(Order.id == order_id, Message("There is no order with id {id}.", id=order_id))


def _order_refused(order: Order, state: Message, action: Message) -> Message:
    return Message("Order {number} is {state}: it cannot be {action} now.", number=order.number, state=state,
                   action=action)


ORDER = Workflow(
    document="order", model=Order, load=load_order,
    states=[State("draft", Message("Draft"), Message("draft"), colour=GREY),
            State("confirmed", Message("Confirmed"), Message("confirmed"), colour=BLUE),
            State("shipped", Message("Partly shipped"), Message("shipped"), colour=ORANGE),
            State("delivered", Message("Delivered"), Message("delivered"), final=True, colour=GREEN),
            State(CANCELLED, Message("Cancelled", disambiguation="order state"),
                  Message("cancelled", disambiguation="order state"), final=True, colour=LIGHT_GREY)],
    verbs=[Verb("confirm", {"draft"}, "confirmed", Message("Confirm order"), Message("confirmed"),
                stamp="confirmed_at"),
           Verb("ship", {"confirmed", "shipped"}, "shipped", Message("Ship"), Message("shipped"),
                also={"delivered"}),  # the last shipment delivers the order
           Verb("deliver", {"shipped"}, "delivered", Message("Mark delivered"), Message("delivered")),
           Verb("cancel", {"draft", "confirmed"}, CANCELLED, Message("Cancel order"), Message("cancelled"))],
    refused=_order_refused)


def load_request(approval_id: int) -> DiscountApproval:
    return DiscountApproval.get_or_not_found(DiscountApproval.id == approval_id,
                                             Message("There is no approval request with id {id}.", id=approval_id))


def _heads_only(approval: DiscountApproval, user) -> Message | None:
    if getattr(user, "role", None) == ROLE_HEAD:
        return None
    return Message("Only the head of department can approve or reject a discount.")


DISCOUNT_APPROVAL = Workflow(
    document="discount_approval", model=DiscountApproval, load=load_request,
    states=[State("pending", Message("Approval pending"), Message("pending"), colour=ORANGE),
            State("approved", Message("Discount approved"), Message("approved"), final=True, colour=GREEN),
            State("rejected", Message("Discount rejected"), Message("rejected"), final=True, colour=RED)],
    verbs=[Verb("approve", {"pending"}, "approved", Message("Approve"), Message("approved"), guard=_heads_only,
                stamp="decided_at"),
           Verb("reject", {"pending"}, "rejected", Message("Reject"), Message("rejected"), guard=_heads_only,
                stamp="decided_at")],
    refused=lambda approval, state, action: Message("This request was decided already."))


# ---------------------------------------------------------------- what the windows ask

def is_editable(state: str) -> bool:
    """Only a draft's header and lines can be changed."""
    return state == ORDER.initial


def is_sold(state: str) -> bool:
    """Confirmed, shipped or delivered: a sale in the client's history, on credit until invoiced and paid."""
    return state in SOLD_STATES


def is_cancelled(state: str) -> bool:
    return state == CANCELLED


def open_states() -> tuple[str, ...]:
    """From draft to shipped: what the "open orders" filter lists."""
    return ORDER.names(final=False)
