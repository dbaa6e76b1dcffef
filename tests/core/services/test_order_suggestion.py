"""The suggested order: regular products with typical quantities, and the assortment gaps."""

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.core.errors import NotFound
from kamdesk.core.services import catalogue, sale
from kamdesk.core.services.order_suggestion import (
    as_requests,
    assortment_groups,
    regular_threshold,
    suggest_order,
    typical_quantity,
)
from kamdesk.core.services.party import save_client
from tests import factories

TODAY = dt.date(2026, 3, 15)
CATALOGUE = (  # sku, name, unit, category
    ("MILK", "Milk 1 l", "pc", "Food / Dairy"),
    ("CHEESE", "Trappista", "kg", "Food / Dairy / Cheese"),
    ("BREAD", "Bread", "pc", "Food / Bakery"),
    ("BEER", "Beer 0.5 l", "pc", "Drinks / Beer"),
    ("WINE", "Wine 0.75 l", "pc", "Drinks / Wine"),
    ("SOAP", "Soap", "pc", "Household"),
    ("PEN", "Pen", "pc", "Stationery / Pens"),
    ("JUICE", "Juice", "pc", "Drinks / Juice"),
    ("EGGS", "Eggs", "pc", "Food / Dairy"),
    ("RAKE", "Rake", "pc", "Garden / Tools"),
)


@pytest.fixture
def products(company):
    """CATALOGUE at 100 each in one column; the rake is no longer sold."""
    ids = factories.priced_products([(sku, name, unit, 100, category) for sku, name, unit, category in CATALOGUE])
    catalogue.save_product({"sku": "RAKE", "name": "Rake", "category": "Garden / Tools", "active": False}, ids["RAKE"])
    return ids


def place(client_id, day, lines, state="confirmed"):
    requests = [sale.LineRequest(product_id=product_id, quantity=Decimal(str(q))) for product_id, q in lines]
    order = sale.save_order({"client_id": client_id, "order_date": day}, requests)
    if state == "cancelled":
        sale.cancel_order(order.id, "competitor")
    elif state == "confirmed":
        sale.confirm_order(order.id)
    return order


@pytest.fixture
def clients(products):
    """Our HoReCa client with eleven sales, two HoReCa peers, and a client of another segment."""
    p = products
    ours = save_client({"name": "Étterem Kft.", "segment": "HoReCa", "status": "active"})
    first = dt.date(2025, 11, 1)
    place(ours.id, first, [(p["BEER"], 24)])  # the eleventh sale back: beer counts as bought, not as regular
    milk = [10, 12, 10, 11, 30, 10, 12, 11, 10, 12]
    for n in range(10):
        lines = [(p["MILK"], milk[n])]
        if n in (2, 5, 9):
            lines.append((p["CHEESE"], ("2.5", "1.25", "3")[(2, 5, 9).index(n)]))
        if n in (4, 8):
            lines += [(p["BREAD"], 5), (p["BREAD"], 3)]  # two lines of one product: 8 on that order
        if n in (1, 3, 6, 7):
            lines.append((p["JUICE"], 6))
        if n in (0, 4, 7):
            lines.append((p["EGGS"], 30))
        place(ours.id, first + dt.timedelta(days=7 * (n + 1)), lines)
    place(ours.id, TODAY, [(p["PEN"], 100)], state="cancelled")  # no habit, no purchase
    place(ours.id, TODAY, [(p["WINE"], 100)], state="draft")
    place(ours.id, TODAY + dt.timedelta(days=3), [(p["MILK"], 50)])  # after today: not among the last 10
    peers = [save_client({"name": f"Kávézó {n} Bt.", "segment": "HoReCa"}) for n in (1, 2)]
    place(peers[0].id, dt.date(2026, 1, 5), [(p["SOAP"], 2), (p["WINE"], 6)])
    place(peers[1].id, dt.date(2025, 9, 5), [(p["SOAP"], 1)])
    place(peers[1].id, dt.date(2023, 1, 5), [(p["PEN"], 1)])  # before the 24 months
    other = save_client({"name": "Iroda Zrt.", "segment": "Offices"})
    place(other.id, dt.date(2026, 2, 1), [(p["PEN"], 50), (p["SOAP"], 5)])
    return ours, peers, other


def test_regular_threshold_is_30_percent_and_at_least_two():
    assert [regular_threshold(n) for n in (1, 2, 3, 5, 6, 7, 10)] == [2, 2, 2, 2, 2, 3, 3]


def test_typical_quantity_is_the_median_at_the_precision_used():
    assert typical_quantity([Decimal(10), Decimal(12), Decimal(11)]) == Decimal(11)
    assert typical_quantity([Decimal(10), Decimal(11)]) == Decimal(11)  # 10.5 → whole pieces, half up
    assert str(typical_quantity([Decimal("10.000"), Decimal("11.000")])) == "11"  # stored thousandths are whole
    assert typical_quantity([Decimal("2.5"), Decimal("1.25"), Decimal(3)]) == Decimal("2.5")
    assert typical_quantity([Decimal("0.5"), Decimal("0.75")]) == Decimal("0.63")  # 0.625 half up


def test_suggests_the_products_bought_regularly(clients, products):
    ours, _, _ = clients
    suggestion = suggest_order(ours.id, TODAY)
    assert suggestion.based_on == 10
    assert [(line.sku, line.quantity, line.orders_with) for line in suggestion.lines] == [
        ("MILK", Decimal(11), 10),  # median of 10 10 10 10 11 11 12 12 12 30
        ("JUICE", Decimal(6), 4),
        ("CHEESE", Decimal("2.5"), 3),
        ("EGGS", Decimal(30), 3),
    ]  # bread (2 of 10) and beer (the 11th order back) are not regular
    milk, juice = suggestion.lines[0], suggestion.lines[1]
    assert milk.reason == "On each of the last 10 orders." and milk.reason.template == "On each of the last {total} orders."
    assert juice.reason == "On 4 of the last 10 orders."
    assert suggestion.lines[2].unit == "kg" and milk.name == "Milk 1 l"


def test_inactive_or_unpriced_products_are_not_suggested(clients, products):
    ours, _, _ = clients
    catalogue.save_product({"sku": "JUICE", "name": "Juice", "category": "Drinks / Juice", "active": False},
                           products["JUICE"])
    catalogue.set_price(products["EGGS"], catalogue.default_column().id, None)
    assert [line.sku for line in suggest_order(ours.id, TODAY).lines] == ["MILK", "CHEESE"]


def test_the_suggestion_becomes_a_draft_the_manager_can_save(clients):
    ours, _, _ = clients
    requests = as_requests(suggest_order(ours.id, TODAY))
    assert [type(r) for r in requests] == [sale.LineRequest] * 4
    order = sale.save_order({"client_id": ours.id, "order_date": TODAY}, requests)
    lines = sale.order_lines(order.id)
    assert order.state == "draft"
    assert [(line.sku, line.quantity) for line in lines] == [
        ("MILK", Decimal(11)), ("JUICE", Decimal(6)), ("CHEESE", Decimal("2.5")), ("EGGS", Decimal(30))]


def test_gaps_are_groups_never_bought_ranked_by_the_segment(clients, products):
    ours, _, _ = clients
    gaps = suggest_order(ours.id, TODAY).gaps
    assert [(gap.name, gap.peer_clients, gap.peers) for gap in gaps] == [
        ("Household", 2, 2),  # both HoReCa peers buy soap
        ("Drinks / Wine", 1, 2),  # our draft of wine is no purchase
        ("Stationery / Pens", 0, 2),  # only an office and an old order buy pens; our pens were cancelled
    ]  # Food / Dairy, Bakery, Drinks / Beer, Juice are bought; Garden has no active product
    assert gaps[0].reason == "Bought by 2 of 2 clients in the segment HoReCa."
    assert gaps[0].peer_share == Decimal(1) and gaps[2].peer_share == Decimal(0)
    assert gaps[0].active_products == 1


def test_without_a_segment_every_other_client_is_a_peer(clients, products):
    lonely = save_client({"name": "Magányos Kft."})
    place(lonely.id, dt.date(2026, 3, 1), [(products["MILK"], 1), (products["CHEESE"], 1)])
    suggestion = suggest_order(lonely.id, TODAY)
    assert suggestion.based_on == 1 and suggestion.lines == []  # one order is no habit
    gaps = {gap.name: gap for gap in suggestion.gaps}
    assert "Food / Dairy" not in gaps  # cheese sits below Dairy
    assert gaps["Household"].peer_clients == 3 and gaps["Household"].peers == 4
    assert gaps["Household"].reason == "Bought by 3 of 4 other clients."


def test_a_new_client_gets_no_lines_and_every_group_as_a_gap(products):
    new = save_client({"name": "Új Kft."})
    suggestion = suggest_order(new.id, TODAY)
    assert suggestion.lines == [] and suggestion.based_on == 0
    assert sorted(gap.name for gap in suggestion.gaps) == sorted(
        ["Drinks / Beer", "Drinks / Juice", "Drinks / Wine", "Food / Bakery", "Food / Dairy", "Household",
         "Stationery / Pens"])
    assert {gap.peers for gap in suggestion.gaps} == {0}


def test_assortment_groups_stop_at_the_second_level(products):
    groups = assortment_groups()
    names = {name for _, name in groups.values()}
    assert "Food / Dairy" in names and "Household" in names and "Food" in names
    assert all(name.count(" / ") <= 1 for name in names)


def test_unknown_client_is_not_found(company):
    with pytest.raises(NotFound):
        suggest_order(999)
