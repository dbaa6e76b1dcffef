"""Refusals & returns analysis: returns, cancelled orders and lost offers by reason, product, client, manager, month."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.models import Offer
from kamdesk.core.services import offer as offers
from kamdesk.core.services import refusals, returns, sale
from kamdesk.core.services.refusals import CANCELLED_ORDER, LOST_OFFER, RETURN, RefusalFilter
from tests import factories

TODAY = dt.date.today()
EARLIER = TODAY - dt.timedelta(days=40)


@pytest.fixture
def refused(shop):
    """Within the last 30 days: milk returned (damaged), an order of milk and bread cancelled for its price, an
    offer rejected for its price and one expired unanswered. 40 days ago: another order cancelled (no budget)."""
    client, milk, bread = shop["client"].id, shop["milk"], shop["bread"]
    delivered = factories.order(client, TODAY - dt.timedelta(days=10), (milk, "10", "0"), confirm=True)
    line = sale.order_lines(delivered.id)[0]
    sale.ship_order(delivered.id, {line.id: D(10)})
    returns.save_return({"order_line_id": line.id, "quantity": "2", "reason": "damaged", "returned_on": TODAY})
    cancelled = factories.order(client, TODAY - dt.timedelta(days=5), (milk, "10", "0"), (bread, "2", "0"))
    sale.cancel_order(cancelled.id, "price", "Cheaper elsewhere")
    old = factories.order(client, EARLIER, (bread, "1", "0"))
    sale.cancel_order(old.id, "no_budget")
    rejected = factories.offer(client, TODAY - dt.timedelta(days=3), (milk, "5", "0"))
    offers.send_offer(rejected.id)
    offers.reject_offer(rejected.id, "price")
    unanswered = factories.offer(client, TODAY - dt.timedelta(days=20), (bread, "4", "0"), valid_until=TODAY)
    # written directly: an offer is never saved valid until a past day; this one was saved weeks ago
    Offer.update(valid_until=TODAY - dt.timedelta(days=2)).where(Offer.id == unanswered.id).execute()
    offers.expire_offers(TODAY)
    return {"cancelled": sale.get_order(cancelled.id), "rejected": offers.get_offer(rejected.id),
            "unanswered": offers.get_offer(unanswered.id), **shop}


LAST_30_DAYS = RefusalFilter(date_from=TODAY - dt.timedelta(days=29), date_to=TODAY)


def by_key(groups):
    return {group.key: group for group in groups}


def test_refusals_of_every_kind_are_listed_newest_first(refused):
    found = refusals.refusals(LAST_30_DAYS)
    assert [(r.kind, r.reason) for r in found] == [
        (RETURN, "damaged"), (LOST_OFFER, "price"), (LOST_OFFER, "no_answer"), (CANCELLED_ORDER, "price")]
    returned = found[0]
    assert (returned.quantity, returned.amount, returned.product) == (D("2.000"), D("847.00"), "TEJ-1 Tej 1 l")
    assert found[3].amount == refused["cancelled"].gross_total and found[3].note == "Cheaper elsewhere"
    assert found[1].day == TODAY and found[2].day == refused["unanswered"].valid_until


def test_orders_and_offers_refused_for_one_reason_share_its_row(refused):
    reasons = by_key(refusals.analyse(LAST_30_DAYS).groups["reason"])
    assert reasons["price"].counts == {CANCELLED_ORDER: 1, LOST_OFFER: 1}
    assert reasons["price"].amounts == {"HUF": refused["cancelled"].gross_total + refused["rejected"].gross_total}
    assert reasons["damaged"].counts == {RETURN: 1} and reasons["no_answer"].counts == {LOST_OFFER: 1}
    assert list(reasons)[0] == "price"  # the most refusals first
    assert "no_budget" not in reasons  # cancelled 40 days ago, before the period


def test_a_product_counts_each_document_once_and_is_valued_by_its_lines(refused):
    products = by_key(refusals.analyse(LAST_30_DAYS).groups["product"])
    milk, bread = products[refused["milk"].id], products[refused["bread"].id]
    assert milk.title == "TEJ-1 Tej 1 l" and milk.counts == {RETURN: 1, CANCELLED_ORDER: 1, LOST_OFFER: 1}
    # milk at 359 net, 18 % VAT: returned 2 (847), cancelled 10 (4236), offered 5 (2118)
    assert milk.amounts == {"HUF": D("847.00") + D("4236.00") + D("2118.00")}
    # bread at 1125 net, 5 % VAT: cancelled 2 (2363), offered 4 and expired (4725)
    assert bread.counts == {CANCELLED_ORDER: 1, LOST_OFFER: 1} and bread.amounts == {"HUF": D("7088.00")}


def test_the_trend_compares_with_the_period_as_long_before(refused):
    analysis = refusals.analyse(LAST_30_DAYS)
    assert analysis.trend.current == {RETURN: 1, CANCELLED_ORDER: 1, LOST_OFFER: 2}
    assert analysis.trend.previous == {RETURN: 0, CANCELLED_ORDER: 1, LOST_OFFER: 0}
    assert (analysis.trend.direction(), analysis.trend.direction(CANCELLED_ORDER)) == ("more", "same")
    assert refusals.analyse(RefusalFilter(date_from=LAST_30_DAYS.date_from)).trend is None


def test_months_clients_and_managers_and_the_filters(refused):
    everything = refusals.analyse()
    months = [group.key for group in everything.groups["month"]]
    assert months == sorted(months) and f"{EARLIER:%Y-%m}" in months
    assert sum(group.total for group in everything.groups["month"]) == 5
    (client,) = everything.groups["client"]
    (manager,) = everything.groups["manager"]
    assert client.title == "Kovács Kft." and client.total == manager.total == 5
    assert refusals.refusals(RefusalFilter(manager_id=refused["head"].id)) == []
    only_returns = refusals.analyse(RefusalFilter(kinds=(RETURN,)))
    assert [r.kind for r in only_returns.records] == [RETURN]
    assert list(by_key(only_returns.groups["product"])) == [refused["milk"].id]


def test_an_offer_rejected_without_a_stamp_counts_on_its_last_valid_day(refused):
    rejected = refused["rejected"]
    Offer.update(decided_at=None).where(Offer.id == rejected.id).execute()  # as an old database may hold it
    flt = RefusalFilter(date_from=LAST_30_DAYS.date_from, date_to=rejected.valid_until)
    found = [r for r in refusals.refusals(flt) if r.record_id == rejected.id and r.kind == LOST_OFFER]
    assert found[0].day == rejected.valid_until
