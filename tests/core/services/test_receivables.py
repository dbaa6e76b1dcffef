"""Receivables: allocation by remark and oldest first, credit notes, aging buckets as of any day, behaviour."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.models.settlement import Allocation, Invoice, Payment
from kamdesk.core.services import receivables
from tests import factories

DAY = dt.date(2026, 12, 4)


def invoice(client, number, issued, due, gross, **values):
    """An invoice as the accounting import stores it (the import is another module's; this is its result)."""
    return Invoice.create(number=number, client=client, issue_date=issued, due_date=due, gross_amount=D(gross),
                          net_amount=D(gross), open_amount=D(gross), **values)


def payment(client, paid_on, amount, remark="", **values):
    return Payment.create(client=client, paid_on=paid_on, amount=D(amount), remark=remark, unallocated=D(amount),
                          fingerprint=f"{paid_on}{amount}{remark}{values.get('reference', '')}", **values)


def settle(*clients):
    with database.atomic():
        receivables.reallocate(client.id for client in clients)


def opened(*invoices):
    return [Invoice.get_by_id(item.id).open_amount for item in invoices]


@pytest.fixture
def client(company):
    return factories.client("Győri Ősz Kft.", tax_number="12892312-2-42")


def test_a_payment_goes_to_the_invoice_its_remark_names_then_oldest_first(client):
    old = invoice(client, "INV-2026/0001", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "1000")
    named = invoice(client, "INV-2026/0012", dt.date(2026, 10, 1), dt.date(2026, 10, 9), "500")
    glued = invoice(client, "INV-2026/00123", dt.date(2026, 10, 2), dt.date(2026, 10, 10), "300")
    money = payment(client, dt.date(2026, 10, 20), "800", remark="Számla inv 2026-0012 kiegyenlítése")
    settle(client)
    assert opened(old, named, glued) == [D("700.00"), D("0.00"), D("300.00")]  # 500 by remark, 300 oldest first
    rules = {(a.invoice_id, a.rule, a.amount) for a in Allocation.select()}
    assert rules == {(named.id, "remark", D("500.00")), (old.id, "oldest", D("300.00"))}
    assert Payment.get_by_id(money.id).unallocated == D("0.00")


def test_money_left_over_is_unallocated_until_an_invoice_comes(client):
    money = payment(client, dt.date(2026, 10, 1), "1000")
    settle(client)
    assert Payment.get_by_id(money.id).unallocated == D("1000.00")
    assert receivables.balance(client.id, DAY).open == D("-1000.00")
    later = invoice(client, "INV-9", dt.date(2026, 11, 1), dt.date(2026, 11, 9), "400")
    settle(client)
    assert opened(later) == [D("0.00")] and Payment.get_by_id(money.id).unallocated == D("600.00")
    assert Allocation.get().settled_on == dt.date(2026, 11, 1)  # a prepayment settles on the invoice's day


def test_a_credit_note_settles_its_invoice_first(client):
    first = invoice(client, "INV-1", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "1000")
    second = invoice(client, "INV-2", dt.date(2026, 9, 5), dt.date(2026, 9, 13), "1000")
    note = invoice(client, "CN-1", dt.date(2026, 9, 20), dt.date(2026, 9, 20), "-1200", kind="credit_note",
                   refers_to=second)
    settle(client)
    assert opened(first, second, note) == [D("800.00"), D("0.00"), D("0.00")]  # 200 left of it: oldest first


def test_aging_puts_each_open_invoice_in_its_bucket(client, peter):
    for number, due, gross in (("A", DAY, "1"), ("B", DAY - dt.timedelta(days=1), "10"),
                               ("C", DAY - dt.timedelta(days=30), "100"), ("D", DAY - dt.timedelta(days=31), "1000"),
                               ("E", DAY - dt.timedelta(days=61), "10000"), ("F", DAY - dt.timedelta(days=91), "100000"),
                               ("G", DAY + dt.timedelta(days=8), "0.5")):
        invoice(client, number, dt.date(2026, 1, 1), due, gross)
    settle(client)
    (row,) = receivables.aging(DAY)
    assert (row.not_due, row.days_1_30, row.days_31_60, row.days_61_90, row.days_over_90) == (
        D("1.50"), D("110.00"), D("1000.00"), D("10000.00"), D("100000.00"))
    assert (row.overdue, row.open, row.oldest_overdue_days) == (D("111110.00"), D("111111.50"), 91)
    assert row.client == "Győri Ősz Kft." and row.tax_number == "12892312-2-42"
    assert receivables.aging(DAY, manager_id=peter.id) == []


def test_aging_as_of_an_earlier_day_adds_back_what_settled_after_it(client):
    bill = invoice(client, "INV-1", dt.date(2026, 9, 1), dt.date(2026, 9, 30), "1000")
    invoice(client, "INV-2", dt.date(2026, 11, 15), dt.date(2026, 11, 30), "50")  # not issued yet on 10-31
    payment(client, dt.date(2026, 11, 10), "1000", remark="INV-1")
    settle(client)
    assert opened(bill) == [D("0.00")]
    (then,) = receivables.aging(dt.date(2026, 10, 31))
    assert (then.open, then.days_31_60, then.oldest_overdue_days) == (D("1000.00"), D("1000.00"), 31)
    assert [i.number for i in receivables.open_items(client.id, dt.date(2026, 10, 31))] == ["INV-1"]
    (now,) = receivables.aging(DAY)
    assert (now.open, now.overdue) == (D("50.00"), D("50.00"))


def test_a_hand_allocation_is_kept_when_the_rules_run_again(client):
    old = invoice(client, "INV-1", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "1000")
    new = invoice(client, "INV-2", dt.date(2026, 10, 1), dt.date(2026, 10, 9), "1000")
    money = payment(client, dt.date(2026, 10, 20), "1000")
    kept = receivables.allocate_by_hand(money.id, new.id, D("600"))
    assert opened(old, new) == [D("600.00"), D("400.00")]
    settle(client)
    assert opened(old, new) == [D("600.00"), D("400.00")]
    with pytest.raises(ValidationError):
        receivables.allocate_by_hand(money.id, old.id, D("500"))  # only 400 of the payment is not by hand
    receivables.remove_allocation(kept.id)
    assert opened(old, new) == [D("0.00"), D("1000.00")]


def test_money_settles_only_invoices_of_its_currency(client):
    euro = invoice(client, "INV-EUR", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "100", currency="EUR")
    forint = invoice(client, "INV-HUF", dt.date(2026, 9, 2), dt.date(2026, 9, 10), "1000")
    payment(client, dt.date(2026, 9, 20), "1000")
    settle(client)
    assert opened(euro, forint) == [D("100.00"), D("0.00")]
    assert [(b.currency, b.open) for b in receivables.aging(DAY)] == [("EUR", D("100.00"))]


def test_behaviour_averages_days_late_by_amount_and_suggests_a_rating(client):
    for month in range(1, 7):
        bill = invoice(client, f"INV-{month}", dt.date(2026, month, 1), dt.date(2026, month, 10), "1000")
        payment(client, dt.date(2026, month, 10) + dt.timedelta(days=20), "1000", remark=bill.number)
    settle(client)
    behaviour = receivables.payment_behaviour(client.id, DAY)
    assert behaviour.average_days_late == D("20.0") and behaviour.suggested_rating == "B"
    assert behaviour.trend == ""  # nothing settled in the year before
    invoice(client, "INV-OLD", dt.date(2026, 8, 1), dt.date(2026, 8, 10), "10")
    settle(client)
    assert receivables.payment_behaviour(client.id, DAY).suggested_rating == "D"  # 116 days overdue


def test_plan_allocations_is_pure_and_keeps_every_amount():
    items = [receivables.Item(1, "A", "HUF", dt.date(2026, 1, 1), dt.date(2026, 1, 9), D("100")),
             receivables.Item(2, "B", "HUF", dt.date(2026, 1, 2), dt.date(2026, 1, 10), D("100")),
             receivables.Item(3, "CN", "HUF", dt.date(2026, 1, 3), dt.date(2026, 1, 3), D("-30"), refers_to=2)]
    money = [receivables.Money(7, "HUF", dt.date(2026, 1, 5), D("150"), "B")]
    plan = receivables.plan_allocations(items, money)
    assert plan.open == {1: D("20"), 2: D("0"), 3: D("0")}  # B: 30 credit + 70 by remark; A: 80
    assert plan.unallocated == {7: D("0")}
    assert sum(a.amount for a in plan.allocations) == D("180")


def test_only_hand_made_settlements_enter_the_audit_trail(client):
    imported = invoice(client, "INV-1", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "1000")
    typed = invoice(client, "INV-2", dt.date(2026, 9, 2), dt.date(2026, 9, 10), "500", source="manual")
    money = payment(client, dt.date(2026, 9, 20), "700")
    receivables.allocate_by_hand(money.id, typed.id, D("500"))
    settle(client)
    settle(client)  # automatic allocations deleted and written again: not an event anyone must answer for
    logged = list(database.execute_sql('SELECT "table_name", "row_id", "action" FROM "audit_log" '
                                       "WHERE \"table_name\" IN ('invoice', 'payment', 'allocation')").fetchall())
    assert ("invoice", typed.id, "insert") in logged and ("invoice", imported.id, "insert") not in logged
    assert [row for row in logged if row[0] == "allocation"] == [
        ("allocation", Allocation.get(Allocation.rule == "manual").id, "insert")]
    assert not [row for row in logged if row[0] == "payment"]


def test_a_laptop_never_allocates(client, monkeypatch):
    from kamdesk.core.errors import KamdeskError
    from kamdesk.core.services import numbering

    invoice(client, "INV-1", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "1000")
    monkeypatch.setattr(numbering, "is_replica", lambda: True)
    with pytest.raises(KamdeskError, match="recorded at the office"):
        settle(client)


def test_a_refund_takes_from_the_money_left_over(client):
    invoice(client, "INV-1", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "1000")
    payment(client, dt.date(2026, 9, 5), "1500")
    payment(client, dt.date(2026, 9, 20), "-200", reference="refund")
    settle(client)
    (row,) = receivables.aging(DAY)
    assert (row.unallocated, row.open) == (D("300.00"), D("-300.00"))  # 500 paid too much, 200 of it returned
    (before,) = receivables.aging(dt.date(2026, 9, 10))
    assert (before.unallocated, before.open) == (D("500.00"), D("-500.00"))


def test_one_clients_aging_on_an_earlier_day_is_its_line_of_everyones(client):
    other = factories.client("Orosz Kft.")
    for who, prefix in ((client, "A"), (other, "B")):
        invoice(who, f"{prefix}-1", dt.date(2026, 9, 1), dt.date(2026, 9, 30), "1000")
        invoice(who, f"{prefix}-2", dt.date(2026, 8, 1), dt.date(2026, 8, 31), "-100", kind="credit_note")
        payment(who, dt.date(2026, 11, 10), "1500", reference=prefix)
    settle(client, other)
    day = dt.date(2026, 10, 31)
    everyone = {row.client_id: row for row in receivables.aging(day)}
    assert receivables.aging(day, client_id=client.id) == [everyone[client.id]]
    assert everyone[client.id].open == D("900.00") and everyone[other.id].open == D("900.00")


def test_clients_with_only_money_left_take_their_places_in_client_and_currency_order(client):
    """Money left over is added to the line it belongs to, or makes a line of its own between the others."""
    owing, only_money, also_only_money, later_owing = (client, factories.client("Béta Bt."),
                                                       factories.client("Gamma Kft."), factories.client("Delta Zrt."))
    invoice(owing, "A-1", dt.date(2026, 9, 1), dt.date(2026, 9, 30), "1000")
    payment(owing, dt.date(2026, 10, 1), "1500", reference="A")
    payment(only_money, dt.date(2026, 10, 2), "200", reference="B")
    payment(also_only_money, dt.date(2026, 10, 3), "300", reference="C")
    invoice(later_owing, "D-1", dt.date(2026, 9, 1), dt.date(2026, 11, 30), "400")
    payment(later_owing, dt.date(2026, 10, 4), "50", currency="EUR", reference="D")
    settle(owing, only_money, also_only_money, later_owing)

    def lines(day):
        return [(row.client_id, row.currency, row.open, row.unallocated) for row in receivables.aging(day)]

    assert lines(DAY) == [(owing.id, "HUF", D("-500.00"), D("500.00")),
                          (only_money.id, "HUF", D("-200.00"), D("200.00")),
                          (also_only_money.id, "HUF", D("-300.00"), D("300.00")),
                          (later_owing.id, "EUR", D("-50.00"), D("50.00")),
                          (later_owing.id, "HUF", D("400.00"), D("0"))]
    assert lines(dt.date(2026, 9, 30)) == [(owing.id, "HUF", D("1000.00"), D("0")),  # paid the day after
                                           (later_owing.id, "HUF", D("400.00"), D("0"))]


def test_a_hand_allocation_follows_a_corrected_payment(client):
    """Corrections move or shrink a payment: what was allocated by hand must never count money twice."""
    other = factories.client("Orosz Kft.")
    bill = invoice(client, "A-1", dt.date(2026, 9, 1), dt.date(2026, 9, 9), "1000")
    money = payment(client, dt.date(2026, 9, 20), "1000")
    receivables.allocate_by_hand(money.id, bill.id, D("1000"))
    Payment.update(amount=D("400")).where(Payment.id == money.id).execute()  # typed again: 400, not 1000
    settle(client)
    assert [a.amount for a in Allocation.select()] == [D("400.00")]
    assert opened(bill) == [D("600.00")] and Payment.get_by_id(money.id).unallocated == D("0.00")
    Payment.update(client=other).where(Payment.id == money.id).execute()  # it was another client's money
    settle(client, other)
    assert list(Allocation.select()) == []
    assert opened(bill) == [D("1000.00")] and Payment.get_by_id(money.id).unallocated == D("400.00")


def test_allocating_again_leaves_what_did_not_change(client):
    """A new payment settles one more invoice; the rows of the earlier allocations stay as they were (no change
    for the laptops to pull, no history rewritten)."""
    for month in range(1, 10):
        invoice(client, f"INV-{month}", dt.date(2026, month, 1), dt.date(2026, month, 10), "100")
        payment(client, dt.date(2026, month, 12), "100")
    settle(client)
    before = {a.id: (a.invoice_id, a.amount) for a in Allocation.select()}
    invoice(client, "INV-10", dt.date(2026, 10, 1), dt.date(2026, 10, 10), "100")
    payment(client, dt.date(2026, 10, 12), "100")
    settle(client)
    after = {a.id: (a.invoice_id, a.amount) for a in Allocation.select()}
    assert len(after) == 10 and all(after[key] == value for key, value in before.items())


def test_a_remark_names_numbers_written_in_words():
    items = [receivables.Item(1, "SZ-2026/005211", "HUF", dt.date(2026, 1, 1), dt.date(2026, 1, 9), D("100")),
             receivables.Item(2, "SZ-2026/0052", "HUF", dt.date(2026, 1, 1), dt.date(2026, 1, 8), D("100")),
             receivables.Item(3, "SZ-2026/005212", "HUF", dt.date(2026, 1, 1), dt.date(2026, 1, 10), D("100"))]
    money = [receivables.Money(7, "HUF", dt.date(2026, 1, 5), D("200"),
                               "Számla: SZ 2026 / 005212, sz2026-005211 kiegyenlítése")]
    plan = receivables.plan_allocations(items, money)
    assert [(a.invoice, a.rule) for a in plan.allocations] == [(3, "remark"), (1, "remark")]  # 2 is not named

