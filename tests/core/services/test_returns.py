"""Returns against delivered order lines: what may come back, the expected credit, the credit note link."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ChangedMeanwhile, ValidationError
from kamdesk.core.models.returns import ProductReturn
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.services import returns, sale
from tests import factories

DAY = dt.date(2026, 11, 2)


def delivered_order(shop, milk="10", bread="4"):
    """An order of milk and bread, confirmed and fully shipped; (order, milk line, bread line)."""
    order = factories.order(shop["client"].id, DAY, (shop["milk"], milk, "0"), (shop["bread"], bread, "0"),
                            confirm=True)
    milk_line, bread_line = sale.order_lines(order.id)
    sale.ship_order(order.id, {milk_line.id: D(milk), bread_line.id: D(bread)}, shipped_on=DAY)
    return sale.get_order(order.id), milk_line, bread_line


def give_back(line, quantity, reason="damaged", **values):
    return returns.save_return({"order_line_id": line.id, "quantity": quantity, "reason": reason,
                                "returned_on": DAY + dt.timedelta(days=3), **values})


def invoice(order, number, gross, kind="invoice", refers_to=None):
    # written directly: the invoice import is another area's, and a test needs only the rows it reads
    return Invoice.create(number=number, kind=kind, client=order.client_id, issue_date=DAY, due_date=DAY,
                          gross_amount=gross, net_amount=gross, open_amount=gross, order=order if kind ==
                          "invoice" else None, refers_to=refers_to)


def test_a_return_expects_the_lines_net_price_with_vat(shop):
    order, milk, bread = delivered_order(shop)
    # milk: 359.00 a litre net at the client's column, 18 % VAT: 3 litres = 1077 + 193.86 → 194 (forint)
    record = give_back(milk, "3", note="Broken cartons")
    assert (record.quantity, record.expected_credit, record.currency) == (D("3.000"), D("1271.00"), "HUF")
    assert (record.client_id, record.manager_id, record.reason) == (order.client_id, order.manager_id, "damaged")
    row = returns.list_returns()[0]
    assert (row.order_number, row.sku, row.quantity, row.note, row.credit_note) == (
        order.number, "TEJ-1", D("3.000"), "Broken cartons", "")


def test_free_units_share_the_price_the_line_was_paid(shop):
    order, milk, _ = delivered_order(shop)
    line = sale.order_lines(order.id)[0]
    line.free_quantity = D(2)  # written directly: no promotion runs on the test's day; 10 paid + 2 free delivered
    line.delivered_quantity = D(12)
    line.save()
    whole = returns.expected_credit(line, D(12), "HUF")
    assert whole == D("3590.00") + D("646.00")  # the whole line back: its whole net amount with VAT
    assert returns.expected_credit(line, D(1), "HUF") == D("299.00") + D("54.00")  # 3590 / 12 = 299.17


def test_no_more_comes_back_than_was_delivered_less_what_came_back(shop):
    order, milk, _ = delivered_order(shop)
    give_back(milk, "6")
    with pytest.raises(ValidationError) as error:
        give_back(milk, "5")
    assert error.value.errors["quantity"] == "Only 4 pc of TEJ-1 can come back: 10 delivered, 6 returned before."
    first = returns.list_returns()[0]
    returns.save_return({"quantity": "10", "reason": "quality", "returned_on": DAY}, first.id)  # correcting it
    assert ProductReturn.get_by_id(first.id).quantity == D(10)
    assert ProductReturn.select().count() == 1


def test_an_undelivered_line_cannot_come_back(shop):
    order = factories.order(shop["client"].id, DAY, (shop["milk"], "5", "0"), confirm=True)
    line = sale.order_lines(order.id)[0]
    assert returns.returnable_line_ids(order.id) == set()
    with pytest.raises(ValidationError) as error:
        give_back(line, "1")
    assert error.value.errors["quantity"] == "Nothing of TEJ-1 has been delivered: nothing can come back."


def test_every_wrong_field_is_named_and_nothing_is_saved(shop):
    _, milk, _ = delivered_order(shop)
    with pytest.raises(ValidationError) as error:
        returns.save_return({"order_line_id": milk.id, "quantity": "0", "reason": "bored",
                             "returned_on": DAY - dt.timedelta(days=1)})
    assert set(error.value.errors) == {"quantity", "reason", "returned_on"}
    with pytest.raises(ValidationError) as error:
        give_back(milk, "1", reason="other", note="  ")
    assert set(error.value.errors) == {"note"}
    with pytest.raises(ValidationError) as error:
        give_back(milk, "1", note="x" * 20_000)
    assert set(error.value.errors) == {"note"}
    assert ProductReturn.select().count() == 0


def test_a_stale_correction_is_refused(shop):
    _, milk, _ = delivered_order(shop)
    record = give_back(milk, "1")
    returns.save_return({"quantity": "2", "reason": "damaged", "returned_on": DAY}, record.id)
    with pytest.raises(ChangedMeanwhile):
        returns.save_return({"quantity": "3", "reason": "damaged", "returned_on": DAY, "row_version": 1}, record.id)


def test_the_credit_note_of_the_orders_invoice_is_matched_when_clear(shop):
    order, milk, bread = delivered_order(shop)
    billed = invoice(order, "SZ-1", D("10000"))
    invoice(order, "JSZ-1", D("-1271"), kind="credit_note", refers_to=billed)
    invoice(order, "JSZ-2", D("-500"), kind="credit_note", refers_to=billed)
    milk_back = give_back(milk, "3")  # worth 1271: the credit note of that amount
    bread_back = give_back(bread, "1", reason="quality")  # 1125 + 56 = 1181: no credit note fits it
    assert milk_back.credit_note.number == "JSZ-1" and bread_back.credit_note_id is None
    choices = returns.credit_note_choices(bread_back.id)
    assert [note.number for note in choices] == ["JSZ-2", "JSZ-1"]
    returns.link_credit_note(bread_back.id, choices[0].id)
    assert returns.list_returns()[0].credit_note == "JSZ-2"


def test_a_credit_note_imported_later_is_matched_and_others_are_refused(shop):
    order, milk, _ = delivered_order(shop)
    record = give_back(milk, "2")
    assert returns.match_credit_notes() == 0
    billed = invoice(order, "SZ-1", D("10000"))
    invoice(order, "JSZ-9", D("-847"), kind="credit_note", refers_to=billed)
    assert returns.match_credit_notes([order.client_id]) == 1
    assert ProductReturn.get_by_id(record.id).credit_note.number == "JSZ-9"
    with pytest.raises(ValidationError) as error:
        returns.link_credit_note(record.id, billed.id)  # an invoice, not a credit note
    assert error.value.errors["credit_note"] == "Choose one of the client's credit notes."


def test_returns_are_filtered_by_period_text_and_credit_note(shop):
    order, milk, bread = delivered_order(shop)
    give_back(milk, "1", returned_on=DAY + dt.timedelta(days=1))
    give_back(bread, "1", returned_on=DAY + dt.timedelta(days=10))
    later = returns.ReturnFilter(date_from=DAY + dt.timedelta(days=5))
    assert [r.sku for r in returns.list_returns(later)] == ["KEN-2"]
    assert [r.sku for r in returns.list_returns(returns.ReturnFilter(text="tej-1"))] == ["TEJ-1"]
    assert len(returns.list_returns(returns.ReturnFilter(without_credit_note=True))) == 2
    assert [r.sku for r in returns.returns_of_order(order.id)] == ["KEN-2", "TEJ-1"]
    returns.delete_return(returns.list_returns()[0].id)
    assert [r.sku for r in returns.list_returns()] == ["TEJ-1"]


def test_a_linked_credit_note_shows_its_amount(shop):
    order, milk, _ = delivered_order(shop)
    billed = invoice(order, "SZ-1", D("10000"))
    invoice(order, "JSZ-1", D("-1271"), kind="credit_note", refers_to=billed)
    give_back(milk, "3")
    row = returns.list_returns()[0]
    assert (row.credit_note, row.credit_note_amount, row.expected_credit) == ("JSZ-1", D("-1271.00"), D("1271.00"))
