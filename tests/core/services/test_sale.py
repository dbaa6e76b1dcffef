"""Orders: pricing at the client's column, numbering, approvals, credit control, states."""

import datetime as dt
import threading
from decimal import Decimal as D

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import CreditLimitExceeded, ValidationError, WorkflowError
from kamdesk.core.models import Client, Order, OrderLine
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.services import catalogue, party, receivables, sale
from kamdesk.core.services import company as company_service
from tests import factories

DAY = dt.date(2026, 11, 30)


@pytest.fixture
def shop_client() -> dict:
    """The shop's client may owe up to 100,000."""
    return {"credit_limit": "100000"}


def order(shop, *lines, **values):
    return factories.order(shop["client"].id, DAY, *lines, **values)


def test_lines_are_priced_at_the_clients_derived_column(shop):
    saved = order(shop, (shop["milk"], "10", "0"), (shop["bread"], "2", "0"))
    lines = sale.order_lines(saved.id)
    assert [(l.sku, l.list_price, l.net_amount) for l in lines] == [
        ("TEJ-1", D("359.00"), D("3590.00")), ("KEN-2", D("1125.00"), D("2250.00"))]  # 1249.50 × 0.9 = 1124.55
    assert (saved.net_total, saved.vat_total, saved.gross_total) == (D("5840.00"), D("759.00"), D("6599.00"))
    assert saved.number == "ORD-2026-00001" and saved.delivery_address == "Győr Fő utca 1."
    assert saved.payment_terms_days == 8


def test_a_running_promotion_applies_and_can_be_taken_off(shop):
    catalogue.save_promotion({"name": "Tejakció", "starts_on": DAY, "ends_on": DAY, "kind": "percent",
                              "percent": 10}, category_ids=[shop["milk"].category_id])
    preview = sale.price_order(shop["client"].id, [sale.LineRequest(shop["milk"].id, D(1))], DAY)
    assert preview.lines[0].unit_price == D("323.00") and preview.lines[0].input.promotion.name == "Tejakció"
    off = sale.price_order(shop["client"].id, [sale.LineRequest(shop["milk"].id, D(1), promotion_removed=True)], DAY)
    assert off.lines[0].unit_price == D("359.00")
    later = sale.price_order(shop["client"].id, [sale.LineRequest(shop["milk"].id, D(1))], DAY + dt.timedelta(1))
    assert later.lines[0].input.promotion is None


def test_bad_lines_are_named_and_nothing_is_saved(shop):
    with pytest.raises(ValidationError) as error:
        order(shop, (shop["milk"], "0", "0"), (shop["bread"], "1", "120"))
    assert set(error.value.errors) == {"lines.0.quantity", "lines.1.discount_percent"}
    assert Order.select().count() == 0


def test_numbers_have_no_gaps_and_restart_each_year(shop):
    numbers = [order(shop, (shop["milk"], "1", "0")).number for _ in range(3)]
    numbers.append(order(shop, (shop["milk"], "1", "0"), order_date=dt.date(2027, 1, 2)).number)
    assert numbers == ["ORD-2026-00001", "ORD-2026-00002", "ORD-2026-00003", "ORD-2027-00001"]


@pytest.mark.own_database("each thread saves through a connection of its own")
def test_numbers_stay_unique_under_concurrent_saves(shop, db):
    errors = []

    def save_some():
        try:
            for _ in range(5):
                order(shop, (shop["milk"], "1", "0"))
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            kdb.database.close()

    threads = [threading.Thread(target=save_some) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(o.number for o in Order.select())
    assert numbers == [f"ORD-2026-{n:05d}" for n in range(1, 21)]


def test_a_discount_above_the_limit_needs_a_heads_approval(shop):
    saved = order(shop, (shop["milk"], "10", "7"))  # the manager's limit is 5 %
    assert sale.approval_state(saved) == "pending"
    with pytest.raises(WorkflowError):
        sale.confirm_order(saved.id)
    approval = sale.pending_approvals()[0]
    with pytest.raises(WorkflowError):
        sale.decide_approval(approval.id, True, "ok")  # the current manager is no head
    sale.decide_approval(approval.id, True, "Big order", head_id=shop["head"].id)
    assert sale.confirm_order(saved.id).state == "confirmed"
    decided = sale.pending_approvals()
    assert decided == []


def test_lowering_the_discount_withdraws_the_request(shop):
    saved = order(shop, (shop["milk"], "10", "7"))
    sale.save_order({}, [sale.LineRequest(shop["milk"].id, D(10), D(5))], order_id=saved.id)
    assert sale.approval_state(saved) == "none"
    assert sale.confirm_order(saved.id).state == "confirmed"


def test_credit_limit_refusal_shows_the_figures_and_a_head_can_override(shop):
    first = order(shop, (shop["bread"], "40", "0"))  # 45,000 net, 47,250 gross
    sale.confirm_order(first.id)
    second = order(shop, (shop["bread"], "50", "0"))  # 59,063 gross
    with pytest.raises(CreditLimitExceeded) as refused:
        sale.confirm_order(second.id)
    status = refused.value.status
    assert (status.limit, status.exposure, status.this_order, status.excess) == (
        D("100000.00"), D("47250.00"), D("59063.00"), D("6313.00"))
    with pytest.raises(CreditLimitExceeded):
        sale.confirm_order(second.id, override_reason="trust")  # not a head
    confirmed = sale.confirm_order(second.id, override_reason="Pays on time", by_manager_id=shop["head"].id)
    assert confirmed.credit_override_by.name == "Tóth Zoltán" and confirmed.credit_override_reason == "Pays on time"


def test_an_invoiced_and_paid_order_frees_the_credit_and_rating_d_blocks(shop):
    first = order(shop, (shop["bread"], "80", "0"))
    sale.confirm_order(first.id)
    assert sale.credit_status(shop["client"].id, D(0)).uninvoiced == first.gross_total
    today = dt.date.today()
    Invoice.create(number="SZ-1", client=shop["client"], issue_date=today, due_date=today, order=first,
                   gross_amount=first.gross_total, open_amount=first.gross_total)
    Payment.create(client=shop["client"], paid_on=today, amount=first.gross_total, fingerprint="p1",
                   unallocated=first.gross_total)
    with kdb.database.atomic():
        receivables.reallocate([shop["client"].id])
    assert sale.credit_status(shop["client"].id, D(0)).exposure == D(0)
    party.save_client({"reliability": "D"}, client_id=shop["client"].id)
    with pytest.raises(CreditLimitExceeded) as refused:
        sale.confirm_order(order(shop, (shop["milk"], "1", "0")).id)
    assert "rating is D" in refused.value.message


def test_partial_shipments_then_delivered_and_the_transition_table(shop):
    saved = order(shop, (shop["milk"], "10", "0"), (shop["bread"], "2", "0"))
    with pytest.raises(WorkflowError):
        sale.ship_order(saved.id, {1: D(1)})  # a draft cannot be shipped
    sale.confirm_order(saved.id)
    milk, bread = sale.order_lines(saved.id)
    assert sale.ship_order(saved.id, {milk.id: D(4)}).state == "shipped"
    with pytest.raises(ValidationError):
        sale.ship_order(saved.id, {milk.id: D(7)})  # only 6 left
    assert sale.ship_order(saved.id, {milk.id: D(6), bread.id: D(2)}).state == "delivered"
    with pytest.raises(WorkflowError):
        sale.cancel_order(saved.id, "price")
    assert [l.delivered_quantity for l in OrderLine.select().order_by(OrderLine.position)] == [D(10), D(2)]


def test_cancel_needs_a_reason(shop):
    saved = order(shop, (shop["milk"], "1", "0"))
    with pytest.raises(ValidationError):
        sale.cancel_order(saved.id, "because")
    with pytest.raises(ValidationError):
        sale.cancel_order(saved.id, "other", "")
    cancelled = sale.cancel_order(saved.id, "competitor", "Cheaper at Metro")
    assert (cancelled.state, cancelled.cancel_reason) == ("cancelled", "competitor")
    with pytest.raises(WorkflowError):
        sale.save_order({}, [sale.LineRequest(shop["milk"].id, D(1))], order_id=saved.id)


def test_new_clients_get_the_default_column_and_the_card_can_change_it(shop):
    fresh = party.save_client({"name": "Új Vevő Bt."})
    assert fresh.price_column.name == "Listaár"
    changed = party.save_client({"price_column": "Nagyker"}, client_id=fresh.id)
    assert Client.get_by_id(changed.id).price_column.name == "Nagyker"
    with pytest.raises(ValidationError) as error:
        party.save_client({"price_column": "Nincs ilyen"}, client_id=fresh.id)
    assert "price_column" in error.value.errors


def test_a_managers_discount_limit_is_set_on_the_company_page(shop):
    me = company_service.current_manager()
    company_service.save_manager({"name": me.name, "max_discount": "8"}, manager_id=me.id)
    saved = order(shop, (shop["milk"], "10", "7"))
    assert sale.approval_state(saved) == "none"
    with pytest.raises(ValidationError):
        company_service.save_manager({"name": me.name, "max_discount": "150"}, manager_id=me.id)


def test_editing_a_product_keeps_what_it_does_not_name(shop):
    catalogue.save_product({"sku": "TEJ-1", "name": "Tej 1 l", "active": False}, product_id=shop["milk"].id)
    catalogue.save_product({"sku": "TEJ-1", "name": "Friss tej 1 l"}, product_id=shop["milk"].id)
    milk = catalogue.get_product(shop["milk"].id)
    assert (milk.name, milk.vat_rate, milk.active) == ("Friss tej 1 l", D(18), False)
