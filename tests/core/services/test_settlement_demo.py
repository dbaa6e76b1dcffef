"""The demo's settlements: invoices of the delivered orders, payments in several habits, credit notes and
advances, with allocations that are exactly what `receivables.reallocate` makes of them."""

import datetime as dt
from collections import Counter
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.db import database
from kamdesk.core.models import Client, Order
from kamdesk.core.models.settlement import Allocation, Invoice, Payment
from kamdesk.core.services import demo, receivables, settlement_demo
from tests import backends

NOW = dt.datetime(2026, 12, 9, 11, 20, tzinfo=ZoneInfo("Europe/Budapest"))
TODAY = NOW.date()


@pytest.fixture
def settled_demo(db, request):
    """The demo of 200 clients test_demo.py makes (the same seed and moment: made once a run for both); the
    settlement area's step runs among the areas' steps."""
    assert settlement_demo.step in demo.registered_steps()
    backends.seeded(request, "demo at NOW", lambda: demo.create_demo(200, seed=3, now=NOW))


def allocation_rows():
    return Counter((a.invoice_id, a.payment_id, a.credit_note_id, a.amount, a.settled_on, a.rule)
                   for a in Allocation.select())


def test_the_demo_allocations_are_what_reallocation_makes_of_them(settled_demo):
    before = (allocation_rows(), {i.id: i.open_amount for i in Invoice.select()},
              {p.id: p.unallocated for p in Payment.select()})
    with database.atomic():
        receivables.reallocate(client_id for (client_id,) in Client.select(Client.id).tuples())
    after = (allocation_rows(), {i.id: i.open_amount for i in Invoice.select()},
             {p.id: p.unallocated for p in Payment.select()})
    assert before == after
    assert len(before[0]) > 100


def test_a_year_of_invoices_for_the_delivered_orders(settled_demo):
    orders = {o.id: o for o in Order.select().where(Order.state == "delivered")}
    invoices = list(Invoice.select().where(Invoice.kind == "invoice"))
    assert invoices and all(i.order_id in orders for i in invoices)
    for invoice in invoices:
        order = orders[invoice.order_id]
        assert (invoice.client_id, invoice.issue_date, invoice.gross_amount) == (
            order.client_id, order.delivery_date, order.gross_total)
        assert invoice.due_date == order.delivery_date + dt.timedelta(days=order.payment_terms_days)
        assert TODAY - dt.timedelta(days=366) <= invoice.issue_date < TODAY
    paid = [i for i in invoices if i.open_amount == 0]
    partly = [i for i in invoices if 0 < i.open_amount < i.gross_amount]
    overdue = [i for i in invoices if i.open_amount > 0 and i.due_date < TODAY]
    not_due = [i for i in invoices if i.open_amount > 0 and i.due_date >= TODAY]
    assert len(paid) > len(overdue) > 0 and partly and not_due


def test_payments_late_and_on_time_credit_notes_and_money_in_advance(settled_demo):
    notes = list(Invoice.select().where(Invoice.kind == "credit_note"))
    assert notes and all(n.gross_amount < 0 and n.refers_to.client_id == n.client_id for n in notes)
    assert all(n.net_amount + n.vat_amount == n.gross_amount for n in notes)
    assert Payment.select().where(Payment.unallocated > 0).exists()
    late = [a for a in Allocation.select(Allocation, Invoice).join(Invoice, on=(Allocation.invoice == Invoice.id))
            if a.payment_id and a.settled_on > a.invoice.due_date + dt.timedelta(days=10)]
    assert late
    behaviours = {receivables.payment_behaviour(i.client_id, TODAY).suggested_rating
                  for i in Invoice.select(Invoice.client).distinct()}
    assert len(behaviours) >= 2  # not every client pays the same way
    rules = {a.rule for a in Allocation.select()}
    assert {"remark", "oldest", "credit_note"} <= rules
    assert len({p.fingerprint for p in Payment.select()}) == Payment.select().count()
    assert D(0) < sum((b.overdue for b in receivables.aging(TODAY)), D(0))
