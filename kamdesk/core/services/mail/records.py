"""The client's mail history: what was sent by SMTP or saved as a draft, written when it happened.

A sent message is recorded in one transaction: its `sent_mail` row, a done e-mail activity in the client's
timeline, and each draft offer it carries moved to "sent". A saved draft is recorded alone: nobody knows
whether the user sent it, so nothing moves.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.core.db import database
from kamdesk.core.messages import Message
from kamdesk.core.models.mail import SentMail
from kamdesk.core.services.mail.draft import Draft
from kamdesk.core.transactions import retried

OFFER_KIND = "offer"


def history(client_id: int) -> list[SentMail]:
    """The client's sent mail and saved drafts, newest first."""
    return list(SentMail.select().where(SentMail.client == client_id)
                .order_by(SentMail.sent_at.desc(), SentMail.id.desc()))


@retried
def record_draft(draft: Draft, message_id: str) -> SentMail:
    """The history's line of a draft saved for the user's mail program."""
    return _row(draft, "draft", message_id, "")


@retried
def record_sent(draft: Draft, message_id: str, sent_copy: str) -> SentMail:
    """The history's line of a sent message, its done activity and the offers it moves, in one transaction."""
    from kamdesk.core.services.company import current_manager_id

    row = _row(draft, "smtp", message_id, sent_copy)
    if draft.client_id is not None and current_manager_id() is not None:  # an activity is somebody's
        _done_activity(draft, row.sent_at)
    for offer_id in offers_to_move(draft):
        _send_offer(offer_id)
    return row


def offers_to_move(draft: Draft) -> list[int]:
    """The ids of the draft offers the message carries (a sent one stays where it is)."""
    from kamdesk.core.models import Offer

    ids = [ref.record_id for ref in draft.documents if ref.kind == OFFER_KIND and ref.record_id is not None]
    if not ids:
        return []
    return [offer.id for offer in Offer.select(Offer.id).where(Offer.id.in_(ids) & (Offer.state == "draft"))]


def check_can_record(draft: Draft) -> None:
    """Refuse before sending what could not be recorded afterwards, so a message never leaves unrecorded: a
    client not found (or not the user's, on the team server), an offer the message carries that cannot move
    to "sent" (expired, awaiting a head's approval) — the moves are tried and rolled back."""
    check_client(draft)
    offer_ids = offers_to_move(draft)
    if not offer_ids:
        return
    with database.atomic() as trial:
        for offer_id in offer_ids:
            _send_offer(offer_id)
        trial.rollback()


def check_client(draft: Draft) -> None:
    """NotFound when the draft's client does not exist or is not the user's (on the team server): nobody writes
    into another manager's client's history."""
    if draft.client_id is not None:
        from kamdesk.core.services.party import get_client

        get_client(draft.client_id)


def _row(draft: Draft, via: str, message_id: str, sent_copy: str) -> SentMail:
    from kamdesk.core.services.company import current_manager_id

    return SentMail.create(
        client=draft.client_id, manager=current_manager_id(), via=via, to=", ".join(draft.to),
        cc=", ".join(draft.cc), subject=draft.subject.strip(),
        attachments="\n".join(attachment.name for attachment in draft.attachments),
        documents="\n".join(ref.line() for ref in draft.documents), message_id=message_id, sent_copy=sent_copy)


def outcome_text(draft: Draft) -> Message:
    """What the timeline says the message was: to whom, with which files."""
    recipients = ", ".join(draft.to + draft.cc)
    if not draft.attachments:
        return Message("E-mail to {recipients}.", recipients=recipients)
    return Message("E-mail to {recipients} with {files}.", recipients=recipients,
                   files=", ".join(attachment.name for attachment in draft.attachments))


def _done_activity(draft: Draft, sent_at: dt.datetime) -> None:
    from kamdesk.core.services import activity

    start = sent_at.replace(tzinfo=dt.UTC, second=0, microsecond=0)
    planned = activity.create_activity({"kind": "email", "client_id": draft.client_id, "start": start,
                                        "duration_minutes": 5, "subject": draft.subject.strip()[:200]})
    activity.complete_activity(planned.id, "reached", outcome_text(draft), record_now=True)


def _send_offer(offer_id: int) -> None:
    from kamdesk.core.services.offer import send_offer

    send_offer(offer_id)
