"""The team server's credit check of an order confirmed on a laptop (sync/apply.py) agrees with the desk's."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.db import database
from kamdesk.core.services import sale
from kamdesk.core.sync import apply
from tests import backends, factories
from tests.core.services.test_credit import TODAY, days_ago, invoice, payment, settle


@pytest.mark.parametrize("db", [backends.POSTGRESQL], indirect=True)  # the office's check runs on its server
def test_the_office_computes_the_desks_figures_in_plain_sql(company):
    shop = factories.shop(credit_limit="100000", reliability="B")
    client = shop["client"]
    billed = factories.order(client.id, TODAY, (shop["bread"], "20", "0"), confirm=True)
    factories.order(client.id, TODAY, (shop["milk"], "10", "0"), confirm=True)  # not invoiced yet
    invoice(client, "SZ-1", days_ago(40), "23625", order=billed)
    invoice(client, "SZ-2", days_ago(10), "3000")
    invoice(client, "JSZ-1", days_ago(5), "-500", kind="credit_note")
    invoice(client, "SZ-3", TODAY + dt.timedelta(days=5), "7000")  # not due yet
    invoice(client, "SZ-4", TODAY + dt.timedelta(days=30), "9000")  # issued after today: not counted yet
    payment(client, days_ago(2), "10000", remark="SZ-1")
    sale.set_overdue_block_days(20)
    settle(client)
    draft = factories.order(client.id, TODAY, (shop["milk"], "3", "0"))

    desk = sale.credit_status(client.id, draft.gross_total, exclude_order_id=draft.id, currency="HUF")
    office = apply.office_credit(database.obj, client.id, draft.id, "HUF", client.credit_limit, draft.gross_total,
                                 "B")
    figures = ("open_receivables", "uninvoiced", "overdue", "oldest_overdue_days", "block_overdue_days", "excess",
               "overdue_blocks", "ok")
    assert [getattr(office, name) for name in figures] == [getattr(desk, name) for name in figures]
    assert (desk.open_receivables, desk.overdue, desk.oldest_overdue_days) == (D("23125.00"), D("16125.00"), 40)
    assert not desk.ok

    payment(client, TODAY, "200000")  # more than owed: the rest is unallocated, the client paid ahead
    settle(client)
    desk = sale.credit_status(client.id, draft.gross_total, exclude_order_id=draft.id, currency="HUF")
    office = apply.office_credit(database.obj, client.id, draft.id, "HUF", client.credit_limit, draft.gross_total,
                                 "B")
    assert [getattr(office, name) for name in figures] == [getattr(desk, name) for name in figures]
    assert desk.open_receivables == D("-176875.00") and desk.ok
