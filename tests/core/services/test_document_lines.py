"""One way to price typed lines and store them, for orders and offers alike (`services.document_lines`)."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.models import Client, Offer, OfferLine, Order, OrderLine
from kamdesk.core.services import catalogue, document_lines, numbering
from kamdesk.core.services import offer as offers
from kamdesk.core.services import sale
from kamdesk.core.services.document_lines import LineRequest
from tests import factories

TODAY = dt.date.today()


@pytest.fixture
def priced(company):
    """A client on a 10 % cheaper column, milk and bread with list prices, milk 20 % off today."""
    listing, wholesale = factories.price_columns(listing="List", wholesale="Wholesale")
    milk = factories.product("MILK", "Milk 1 l", 400, listing, vat_rate=18, category="Food / Dairy")
    bread = factories.product("BREAD", "Bread", 1000, listing, vat_rate=5, category="Food / Bakery")
    client = factories.client("Kovács Kft.", price_column=wholesale.id)
    catalogue.save_promotion({"name": "Milk week", "starts_on": TODAY, "ends_on": TODAY, "kind": "percent",
                              "percent": 20}, category_ids=[milk.category_id])
    return {"client": Client.get_by_id(client.id), "milk": milk, "bread": bread}


def test_requests_are_priced_at_the_clients_column_with_the_promotions_of_the_day(priced):
    lines = document_lines.price_requests(priced["client"], [LineRequest(priced["milk"].id, D(10)),
                                                             LineRequest(priced["bread"].id, D("2.5"), D(4))], TODAY)
    assert [(line.input.list_price, line.unit_price, line.net_amount) for line in lines.lines] == [
        (D(360), D(288), D(2880)), (D(900), D(900), D(2160))]
    assert lines.column.name == "Wholesale" and lines.currency == "HUF"
    assert lines.totals.net_total == D(5040) and set(lines.promotions) == {priced["milk"].id}
    later = document_lines.price_requests(priced["client"], [LineRequest(priced["milk"].id, D(10))],
                                          TODAY + dt.timedelta(days=1))
    assert later.lines[0].unit_price == D(360) and not later.promotions


def test_every_lines_problems_are_told_at_once_by_line_and_field(priced):
    typed = [LineRequest(priced["milk"].id, D(0)), LineRequest(999, D(1)),
             LineRequest(priced["bread"].id, "1,0005", "100"), LineRequest(priced["bread"].id, "x")]
    with pytest.raises(ValidationError) as raised:
        document_lines.price_requests(priced["client"], typed, TODAY)
    assert set(raised.value.errors) == {"lines.0.quantity", "lines.1.product", "lines.2.quantity",
                                        "lines.2.discount_percent", "lines.3.quantity"}
    assert raised.value.errors["lines.1.product"] == "Line 2: choose a product."


@pytest.mark.parametrize(("typed", "number"), [("2,5", D("2.5")), (" 3 ", D(3)), (4, D(4)), (D("1.5"), D("1.5")),
                                               ("", None), ("abc", None), ("NaN", None), ("Infinity", None)])
def test_typed_numbers(typed, number):
    assert document_lines.decimal_or_none(typed) == number


def test_a_client_and_a_line_are_needed(priced):
    with pytest.raises(ValidationError) as raised:
        document_lines.check_client_and_lines(None, [LineRequest(priced["milk"].id, D(1))])
    assert set(raised.value.errors) == {"client"}
    with pytest.raises(ValidationError) as raised:
        document_lines.check_client_and_lines(priced["client"].id, [])
    assert set(raised.value.errors) == {"lines"}


@pytest.mark.parametrize("link", [OrderLine.order, OfferLine.offer])
def test_lines_are_replaced_numbered_from_one_and_read_back_as_typed(priced, link):
    saved = (sale.save_order if link is OrderLine.order else offers.save_offer)(
        {"client_id": priced["client"].id}, [LineRequest(priced["bread"].id, D(1))])
    typed = [LineRequest(priced["milk"].id, D(3), D(2), promotion_removed=True),
             LineRequest(priced["bread"].id, D(5))] * 150  # more than one INSERT's worth
    lines = document_lines.price_requests(priced["client"], typed, TODAY).lines
    with database.atomic():
        document_lines.replace_lines(link, saved, lines, typed)
    stored = document_lines.stored_lines(link, saved.id)
    assert [line.position for line in stored] == list(range(1, 301))
    assert document_lines.requests_of(stored) == typed
    assert stored[0].promotion_id is None and stored[1].net_amount == D(4500)
    assert link.model.select().count() == 300  # the first line is gone
    assert document_lines.stored_totals(stored, "HUF") == document_lines.price_requests(
        priced["client"], typed, TODAY).totals


def test_set_totals_stamps_what_was_priced(priced):
    lines = document_lines.price_requests(priced["client"], [LineRequest(priced["bread"].id, D(2))], TODAY)
    for document in (Order(), Offer()):
        document_lines.set_totals(document, priced["client"], lines.currency, lines.totals)
        assert (document.net_total, document.vat_total, document.gross_total) == (D(1800), D(90), D(1890))
        assert document.price_column.name == "Wholesale" and document.currency == "HUF" and document.updated_at


def test_each_series_numbers_without_gaps_in_its_own_width(db):
    with database.atomic():
        assert [numbering.next_number("test", 2026, "T-{year}/", 3) for _ in range(2)] == ["T-2026/001", "T-2026/002"]
        assert numbering.next_number("test", 2027, "T-{year}/", 3) == "T-2027/001"
        assert numbering.next_number("other", 2026, "O-") == "O-00001"
        assert numbering.next_number("test", 2026, "ignored-", 9) == "T-2026/003"  # the stored series counts
