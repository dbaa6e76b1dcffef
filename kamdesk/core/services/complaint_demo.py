"""The complaint area's demo data: complaints in every state, about the buyers' order lines.

Recorded through the complaint service as a person would (so each open one has its deadline's task
in the calendar), around the demo's `now`: a few just received, some under investigation, a few
near or past their deadline, and older ones resolved (some with a compensation) or rejected. The
texts are written in Hungarian and come out in the demo's language (`demo_words`).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from kamdesk.core.models.complaint import Complaint
from kamdesk.core.models.workflow import StateChange
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import complaint as complaint_service

DEMO_COMPLAINTS = 32
# What becomes of each complaint, in turn: its state, and how many days ago it was received.
FATES = (("received", (0, 3)), ("investigating", (4, 10)), ("resolved", (20, 120)), ("rejected", (20, 120)),
         ("overdue", (18, 30)), ("resolved", (20, 120)), ("due_soon", (12, 14)), ("investigating", (4, 10)))
DESCRIPTIONS = {
    "shortage": ("A szállítmányból 2 karton hiányzott.", "Kevesebb darab érkezett, mint a szállítólevélen."),
    "defect": ("Sérült csomagolás, a termék egy része kifolyt.", "Lejárt szavatosságú termék érkezett."),
    "delay": ("A szállítás három napot késett.", "A megígért szállítási napon nem érkezett meg az áru."),
    "price": ("A számlán a megállapodottnál magasabb ár szerepel.", "Az akciós árat nem kapta meg a vevő."),
    "service": ("Az értékesítő nem hívta vissza a vevőt.", "A sofőr nem vitte be az árut a raktárba."),
}
RESOLUTIONS = ("Pótszállítás elküldve, a hiányzó mennyiséget jóváírtuk.",
               "Jóváírást adtunk a hibás tételekre.",
               "Bocsánatkérő levelet küldtünk, a következő szállítás elsőbbséget kap.")
REJECTIONS = ("A szállítólevelet a vevő megjegyzés nélkül írta alá.",
              "A hiba a nem megfelelő tárolásból ered, a garancia nem terjed ki rá.")
COMPENSATIONS = (None, Decimal(5000), Decimal(12500), Decimal(30000))


def step(demo) -> None:
    """The complaint area's step of `create_demo`: complaints in every state for some of the buyers."""
    rnd = random.Random(f"complaints {demo.seed}")
    today = demo.now.date()
    chosen = rnd.sample(demo.buyers, min(DEMO_COMPLAINTS, len(demo.buyers)))
    for n, buyer in enumerate(chosen):
        fate, (newest, oldest) = FATES[n % len(FATES)]
        received = today - dt.timedelta(days=rnd.randint(newest, oldest))
        _complaint(rnd, demo.words, buyer, fate, received, today)
    # the deadlines' tasks were planned by the real clock; the clients' contact dates follow the demo's
    activity_service.refresh_contact_dates([buyer.id for buyer in chosen], now=activity_service.to_utc(demo.now))


def _complaint(rnd: random.Random, words, buyer, fate: str, received: dt.date, today: dt.date) -> None:
    kind = rnd.choice(tuple(DESCRIPTIONS))
    lines = [line for line in complaint_service.order_line_choices(buyer.id) if line.order_date <= received]
    line = rnd.choice(lines[:20]) if lines and kind != "service" else None
    values = {"client_id": buyer.id, "order_line_id": line.id if line else None, "kind": kind,
              "description": words(rnd.choice(DESCRIPTIONS[kind])), "received_on": received,
              "deadline": received + dt.timedelta(days=complaint_service.DEFAULT_DEADLINE_DAYS),
              "responsible_id": buyer.manager_id}
    saved = complaint_service.save_complaint(values, today=today)
    if fate in ("investigating", "overdue", "resolved") or (fate == "due_soon" and rnd.random() < 0.5):
        complaint_service.start_investigation(saved.id)
    if fate == "resolved":
        complaint_service.resolve_complaint(saved.id, words(rnd.choice(RESOLUTIONS)), rnd.choice(COMPENSATIONS))
    elif fate == "rejected":
        complaint_service.reject_complaint(saved.id, words(rnd.choice(REJECTIONS)))
    _date_back(saved.id, received, rnd)


def _date_back(complaint_id: int, received: dt.date, rnd: random.Random) -> None:
    """The workflow stamps the real time; a demo complaint was recorded, taken up and closed in its own past."""
    recorded = dt.datetime.combine(received, dt.time(9))
    taken_up = recorded + dt.timedelta(days=1, hours=1)
    closed = recorded + dt.timedelta(days=rnd.randint(3, 14), hours=5)
    Complaint.update(created_at=recorded, updated_at=recorded).where(Complaint.id == complaint_id).execute()
    Complaint.update(closed_at=closed).where((Complaint.id == complaint_id)
                                             & Complaint.closed_at.is_null(False)).execute()
    moves = StateChange.select().where((StateChange.document == "complaint") & (StateChange.record_id == complaint_id))
    for move in moves:
        StateChange.update(at=taken_up if move.verb == "investigate" else closed).where(
            StateChange.id == move.id).execute()
