"""The refusals area's demo data: returns on delivered lines, valid by the returns service's own rules."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.models import Order, OrderLine
from kamdesk.core.models.returns import RETURN_REASONS, ProductReturn
from kamdesk.core.services import refusals, returns
from kamdesk.core.services.demo import create_demo
from kamdesk.core.services.demo_words import ENGLISH
from kamdesk.core.services.returns_demo import RETURN_NOTES
from tests import backends

NOW = dt.datetime(2026, 12, 9, 11, 20, tzinfo=ZoneInfo("Europe/Budapest"))


@pytest.fixture
def demo(db, request):
    return backends.seeded(request, "demo at NOW", lambda: create_demo(200, seed=3, now=NOW))  # test_demo's too


def test_demo_returns_take_back_part_of_delivered_lines_at_the_credit_the_service_reckons(demo):
    found = list(ProductReturn.select(ProductReturn, OrderLine, Order).join(OrderLine).join(Order))
    assert len(found) >= 20
    for record in found:
        line, order = record.order_line, record.order_line.order
        assert order.state == "delivered" and 0 < record.quantity <= line.delivered_quantity
        assert order.delivery_date < record.returned_on <= NOW.date()
        assert (record.client_id, record.manager_id, record.currency) == (order.client_id, order.manager_id,
                                                                          order.currency)
        assert record.expected_credit == returns.expected_credit(line, record.quantity, order.currency)
        assert record.row_version == (2 if record.credit_note_id else 1) and len(record.gid) == 32  # linked once
    assert set(Counter(r.reason for r in found)) <= set(RETURN_REASONS) and len({r.reason for r in found}) >= 4


def test_demo_returns_show_in_the_analysis_beside_cancelled_orders_and_lost_offers(demo):
    analysis = refusals.analyse()
    kinds = {record.kind for record in analysis.records}
    assert kinds == {refusals.RETURN, refusals.CANCELLED_ORDER, refusals.LOST_OFFER}
    assert sum(group.counts.get(refusals.RETURN, 0) for group in analysis.groups["product"]) == \
        ProductReturn.select().count()


def test_every_return_note_has_its_english():
    assert [note for notes in RETURN_NOTES.values() for note in notes if note and note not in ENGLISH] == []
