"""Credit control on real receivables: exposure, the overdue-days block, the suggested rating."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.db import database
from kamdesk.core.errors import CreditLimitExceeded, ValidationError
from kamdesk.core.models import Client
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.services import receivables, sale
from tests import factories

TODAY = dt.date.today()


@pytest.fixture
def shop_client() -> dict:
    """The shop's client may owe up to 100,000 and is rated B."""
    return {"credit_limit": "100000", "reliability": "B"}


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def invoice(client, number, due, gross, order=None, kind="invoice"):
    """An invoice as the accounting import stores it, issued 8 days before it is due."""
    return Invoice.create(number=number, kind=kind, client=client, issue_date=due - dt.timedelta(days=8),
                          due_date=due, gross_amount=D(gross), net_amount=D(gross), open_amount=D(gross), order=order)


def payment(client, paid_on, amount, remark=""):
    return Payment.create(client=client, paid_on=paid_on, amount=D(amount), unallocated=D(amount), remark=remark,
                          fingerprint=f"{client.id}-{paid_on}-{amount}-{remark}")


def settle(client):
    with database.atomic():
        receivables.reallocate([client.id])


def confirmed(shop, *lines):
    return factories.order(shop["client"].id, TODAY, *lines, confirm=True)


def test_exposure_is_open_receivables_plus_orders_not_invoiced_plus_this_order(shop):
    client = shop["client"]
    billed = confirmed(shop, (shop["bread"], "20", "0"))  # 23,625 gross
    waiting = confirmed(shop, (shop["milk"], "10", "0"))  # 4,236 gross
    invoice(client, "SZ-2026-1", TODAY + dt.timedelta(days=8), "23625", order=billed)
    invoice(client, "SZ-2026-0", days_ago(3), "10000")  # an invoice of before kamdesk: no order
    payment(client, days_ago(1), "4000")
    settle(client)

    status = sale.credit_status(client.id, D("5000"))
    assert (status.open_receivables, status.uninvoiced, status.this_order) == (D("29625.00"), waiting.gross_total,
                                                                               D("5000"))
    assert status.exposure == D("29625.00") + waiting.gross_total
    assert status.excess == D(0) and status.headroom == D("100000") - status.exposure
    assert (status.overdue, status.oldest_overdue_days) == (D("6000.00"), 3)
    assert sale.credit_status(client.id, D(0), exclude_order_id=waiting.id).uninvoiced == D(0)
    stored = sale.credit_status(client.id, billed.gross_total, exclude_order_id=billed.id)  # the order as shown
    assert (stored.this_order, stored.exposure) == (D(0), status.exposure)  # in the receivables: counted once
    assert sale.credit_status(client.id, D(0), currency="EUR").exposure == D(0)  # nothing owed in euros


def test_over_the_limit_with_receivables_the_refusal_names_them(shop):
    client = shop["client"]
    invoice(client, "SZ-1", TODAY + dt.timedelta(days=5), "90000")
    settle(client)
    draft = factories.order(client.id, TODAY, (shop["bread"], "10", "0"))  # 11,813 gross
    with pytest.raises(CreditLimitExceeded) as refused:
        sale.confirm_order(draft.id)
    status = refused.value.status
    assert (status.open_receivables, status.uninvoiced, status.excess) == (D("90000.00"), D(0), D("1813.00"))
    assert "open receivables 90000.00" in refused.value.message and "over by 1813.00" in refused.value.message
    assert sale.get_order(draft.id).state == "draft"


def test_debt_overdue_longer_than_the_setting_blocks_and_a_head_overrides(shop):
    client = shop["client"]
    invoice(client, "SZ-OLD", days_ago(45), "2500")
    settle(client)
    draft = factories.order(client.id, TODAY, (shop["milk"], "1", "0"))  # far within the limit
    with pytest.raises(CreditLimitExceeded) as refused:
        sale.confirm_order(draft.id)
    assert refused.value.status.overdue_blocks
    assert refused.value.message == ("The client has overdue debt of 2500.00 HUF, the oldest 45 days past due (orders "
                                     "are blocked after 30 days): confirming needs the head of department's "
                                     "override with a reason.")
    done = sale.confirm_order(draft.id, override_reason="Megígérte, pénteken fizet", by_manager_id=shop["head"].id)
    assert (done.state, done.credit_override_reason) == ("confirmed", "Megígérte, pénteken fizet")


@pytest.mark.parametrize("days, blocks", [(44, True), (45, False), (60, False), (0, False)])
def test_the_setting_says_after_how_many_days_overdue_debt_blocks(shop, days, blocks):
    invoice(shop["client"], "SZ-OLD", days_ago(45), "2500")
    settle(shop["client"])
    sale.set_overdue_block_days(days)
    assert sale.overdue_block_days() == days
    status = sale.credit_status(shop["client"].id, D("100"))
    assert (status.overdue_blocks, status.ok) == (blocks, not blocks)


def test_overdue_debt_paid_no_longer_blocks(shop):
    client = shop["client"]
    invoice(client, "SZ-OLD", days_ago(45), "2500")
    payment(client, TODAY, "2500", remark="SZ-OLD")
    settle(client)
    status = sale.credit_status(client.id, D("100"))
    assert (status.overdue, status.oldest_overdue_days, status.ok) == (D(0), 0, True)


def test_the_setting_defaults_to_30_days_and_refuses_what_is_not_a_number_of_days(db):
    assert sale.overdue_block_days() == 30
    for wrong in (-1, 3651, "15", True):
        with pytest.raises(ValidationError) as refused:
            sale.set_overdue_block_days(wrong)
        assert set(refused.value.errors) == {"credit_block_overdue_days"}
    assert sale.overdue_block_days() == 30


def test_the_suggested_rating_is_shown_and_never_written(shop):
    client = shop["client"]
    invoice(client, "SZ-VERY-OLD", days_ago(100), "500")
    settle(client)
    sale.set_overdue_block_days(0)  # only the rating is looked at here
    status = sale.credit_status(client.id, D("100"))
    assert (status.rating, status.suggested_rating) == ("B", "D")
    assert status.ok  # a suggested D does not block: the rating on the card does
    assert Client.get_by_id(client.id).reliability == "B"


def test_orders_an_invoice_bills_without_naming_them(shop):
    """Accounting exports without order numbers, and years of orders from before the first import: an invoice
    naming no order bills the order of its gross; a delivered order dated before the client's first invoice
    counts as billed; a small invoice issued later bills nothing it does not match."""
    client = shop["client"]
    delivered = factories.order(client.id, days_ago(40), (shop["bread"], "20", "0"), confirm=True)
    deliver(delivered)
    waiting = factories.order(client.id, days_ago(40), (shop["milk"], "10", "0"), confirm=True)
    fresh = factories.order(client.id, days_ago(2), (shop["milk"], "1", "0"), confirm=True)
    deliver(fresh)
    assert sale.uninvoiced_orders(client.id, "HUF") == (delivered.gross_total + waiting.gross_total
                                                        + fresh.gross_total)
    invoice(client, "SZ-2026-7", days_ago(22), "1000")  # issued 30 days ago, naming no order: the first one
    assert sale.uninvoiced_orders(client.id, "HUF") == waiting.gross_total + fresh.gross_total
    invoice(client, "SZ-2026-8", TODAY + dt.timedelta(days=7), "100")  # a fee billed yesterday: not the order
    assert sale.uninvoiced_orders(client.id, "HUF") == waiting.gross_total + fresh.gross_total
    invoice(client, "SZ-2026-9", TODAY + dt.timedelta(days=8), str(waiting.gross_total))  # its gross, no number
    assert sale.uninvoiced_orders(client.id, "HUF") == fresh.gross_total  # in the receivables: counted once


def deliver(order):
    """Ship every line whole: the order is delivered."""
    sale.ship_order(order.id, {line.id: line.quantity + line.free_quantity for line in sale.order_lines(order.id)})
    assert sale.get_order(order.id).state == "delivered"


def test_debt_overdue_in_another_currency_blocks_too(shop):
    client = shop["client"]
    Invoice.create(number="EU-1", client=client, issue_date=days_ago(178), due_date=days_ago(170), currency="EUR",
                   gross_amount=D("5000"), net_amount=D("5000"), open_amount=D("5000"))
    settle(client)
    draft = factories.order(client.id, TODAY, (shop["milk"], "1", "0"))
    with pytest.raises(CreditLimitExceeded) as refused:
        sale.confirm_order(draft.id)
    status = refused.value.status
    assert (status.overdue, status.overdue_elsewhere, status.oldest_overdue_days) == (D(0), (("EUR", D("5000.00")),), 170)
    assert "overdue debt of 5000.00 EUR, the oldest 170 days" in refused.value.message
