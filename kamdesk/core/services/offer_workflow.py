"""The workflow of a commercial offer, declared once: draft, sent, then accepted, rejected or expired.

A draft is handed to the client (sent); the client accepts or rejects it. A
draft or sent offer whose validity date has passed expires: the daily job
`offer.expire_offers` moves it, and until it has run the guards refuse to send,
accept or reject an overdue offer as an expired one (so a read never has to
write). The transition functions are in `kamdesk.core.services.offer`; the
windows ask these declarations and predicates instead of comparing state names.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.core.messages import Message
from kamdesk.core.models import Offer
from kamdesk.core.services.sale_workflow import GREEN, GREY, LIGHT_GREY, ORANGE, RED
from kamdesk.core.workflow import Guard, State, Verb, Workflow

SENT, ACCEPTED, REJECTED, EXPIRED = "sent", "accepted", "rejected", "expired"


def load_offer(offer_id: int) -> Offer:
    return Offer.get_or_not_found(Offer.id == offer_id, Message("There is no offer with id {id}.", id=offer_id))


def is_overdue(offer: Offer, today: dt.date | None = None) -> bool:
    """Draft or sent and valid until before `today` (by default the real today)."""
    return (offer.state in OFFER.names(final=False) and offer.valid_until is not None
            and offer.valid_until < (today or dt.date.today()))


def _refused(offer: Offer, state: Message, action: Message) -> Message:
    return Message("Offer {number} is {state}: it cannot be {action} now.", number=offer.number, state=state,
                   action=action)


def _while_valid(action: Message) -> Guard:
    """An overdue offer is refused as the expired offer it is (the expiry job may not have run yet)."""
    def guard(offer: Offer, user) -> Message | None:
        return _refused(offer, OFFER.state(EXPIRED).word, action) if is_overdue(offer) else None

    return guard


def _when_overdue(offer: Offer, user) -> Message | None:
    if is_overdue(offer):
        return None
    return Message("Offer {number} is valid until {date}: it does not expire before.", number=offer.number,
                   date=offer.valid_until.isoformat() if offer.valid_until else "")


_SENT, _ACCEPTED, _REJECTED = Message("sent"), Message("accepted"), Message("rejected")
OFFER = Workflow(
    document="offer", model=Offer, load=load_offer,
    states=[State("draft", Message("Draft"), Message("draft"), colour=GREY),
            State(SENT, Message("Sent, awaiting answer"), _SENT, colour=ORANGE),
            State(ACCEPTED, Message("Accepted"), _ACCEPTED, final=True, colour=GREEN),
            State(REJECTED, Message("Rejected"), _REJECTED, final=True, colour=RED),
            State(EXPIRED, Message("Expired", disambiguation="offer state"), Message("expired", disambiguation="offer state"), final=True, colour=LIGHT_GREY)],
    verbs=[Verb("send", {"draft"}, SENT, Message("Send"), _SENT, guard=_while_valid(_SENT), stamp="sent_at"),
           Verb("accept", {SENT}, ACCEPTED, Message("Accepted"), _ACCEPTED, guard=_while_valid(_ACCEPTED),
                stamp="decided_at"),
           Verb("reject", {SENT}, REJECTED, Message("Rejected"), _REJECTED, guard=_while_valid(_REJECTED),
                stamp="decided_at"),
           Verb("expire", {"draft", SENT}, EXPIRED, Message("Expire"), Message("expired"), guard=_when_overdue)],
    refused=_refused)


# ---------------------------------------------------------------- what the windows ask

def is_editable(state: str) -> bool:
    """Only a draft's header, texts and lines can be changed (and its discount approved)."""
    return state == OFFER.initial


def awaits_answer(state: str) -> bool:
    """Sent: handed to the client, who has not answered yet."""
    return state == SENT


def is_accepted(state: str) -> bool:
    """Accepted: it becomes (or became) an order."""
    return state == ACCEPTED


def is_rejected(state: str) -> bool:
    return state == REJECTED


def came_to_nothing(state: str) -> bool:
    """Rejected or expired: shown muted in lists."""
    return state in (REJECTED, EXPIRED)
