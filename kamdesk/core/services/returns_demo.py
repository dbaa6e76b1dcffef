"""The refusals area's demo step: goods returned from some of the delivered order lines.

About one delivered line in 120 comes partly back, a few days to two weeks after its delivery, for
a reason weighted as returns go (damaged and quality most often); the expected credit is reckoned as
the returns service reckons it, and a return is linked to its credit note where the settlement demo
issued one for its order that fits. Rows go in in bulk, so `kamdesk demo --clients 100000` stays fast.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from kamdesk.core.db import database
from kamdesk.core.models import Order, OrderLine
from kamdesk.core.models.returns import ProductReturn
from kamdesk.core.services import returns
from kamdesk.core.services.demo import Demo, _insert_records  # the demo's bulk insert: one way to write demo rows

SHARE = 1 / 120
CHUNK = 900  # ids in one IN (...): under SQLite's limit of bound values
REASON_WEIGHTS = {"damaged": 30, "quality": 22, "expired": 14, "wrong_item": 16, "not_ordered": 10, "other": 8}
RETURN_NOTES = {
    "damaged": ("Sérült karton a raklap alján.", "Szállítás közben összetört.", ""),
    "quality": ("Penészes tételek a dobozban.", "A vevő panasza szerint nem friss.", ""),
    "expired": ("Lejárt szavatosságú tétel érkezett.", ""),
    "wrong_item": ("Más kiszerelést szállítottunk.", ""),
    "not_ordered": ("Nem rendelték, tévesen került a szállítmányba.", ""),
    "other": ("Üzletbezárás miatt visszaküldve.", "A vevő kérésére visszavéve."),
}


def step(demo: Demo) -> None:
    """Returns on some delivered lines."""
    rnd = random.Random(f"returns {demo.seed}")
    today = demo.now.date()
    chosen = [line_id for line_id in _delivered_line_ids() if rnd.random() < SHARE]
    records = [_return(rnd, line, today, demo.words) for line in _lines(chosen)]
    _insert_records(ProductReturn, records)
    returns.match_credit_notes()


def _delivered_line_ids() -> list[int]:
    """The ids of the delivered orders' lines, in order: only ids, straight from the cursor (a big demo has
    hundreds of thousands of lines, and peewee's row handling would cost seconds)."""
    query = (OrderLine.select(OrderLine.id).join(Order, on=(OrderLine.order == Order.id))
             .where(Order.state == "delivered").order_by(OrderLine.id))
    return [line_id for (line_id,) in database.execute(query).fetchall()]


def _lines(line_ids: list[int]) -> list:
    """The chosen lines with their order's client (buyer), manager (seller), currency and day, in id order."""
    found = []
    for start in range(0, len(line_ids), CHUNK):
        found.extend(OrderLine.select(OrderLine.id, OrderLine.quantity, OrderLine.free_quantity, OrderLine.net_amount,
                                      OrderLine.vat_rate, OrderLine.delivered_quantity, Order.client.alias("buyer"),
                                      Order.manager.alias("seller"), Order.currency, Order.delivery_date)
                     .join(Order, on=(OrderLine.order == Order.id))
                     .where(OrderLine.id.in_(line_ids[start:start + CHUNK])).order_by(OrderLine.id).objects())
    return found


def _return(rnd: random.Random, line, today: datetime.date, words) -> dict:
    delivered = line.delivered_quantity
    quantity = min(delivered, Decimal(max(1, round(float(delivered) * rnd.uniform(0.05, 0.4)))))
    reason = rnd.choices(list(REASON_WEIGHTS), list(REASON_WEIGHTS.values()))[0]
    note = rnd.choice(RETURN_NOTES[reason])
    returned_on = min(today, line.delivery_date + datetime.timedelta(days=rnd.randint(1, 14)))
    return {"order_line": line.id, "client": line.buyer, "manager": line.seller, "quantity": quantity,
            "reason": reason, "note": words(note) if note else "", "returned_on": returned_on,
            "expected_credit": returns.expected_credit(line, quantity, line.currency), "currency": line.currency}
