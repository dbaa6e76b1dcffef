"""Competitors: the register, shares of a client's purchases, observed prices beside our price columns,
actions (also recorded with an activity's completion, in one transaction), each refused in the user's words."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.models import Activity, Category
from kamdesk.core.models.competitor import CompetitorAction, CompetitorPrice
from kamdesk.core.services import activity as act
from kamdesk.core.services import competitors
from tests import factories

TODAY = dt.date.today()


@pytest.fixture
def rival(shop):
    return {**shop, "rival": competitors.save_competitor({"name": "  Tejút   Zrt. ", "notes": "Dairy wholesaler"})}


def test_a_competitor_is_named_once_and_refused_in_the_user_s_words(rival):
    assert rival["rival"].name == "Tejút Zrt."
    with pytest.raises(ValidationError) as refused:
        competitors.save_competitor({"name": "Tejút Zrt."})
    assert set(refused.value.errors) == {"name"}
    with pytest.raises(ValidationError) as refused:
        competitors.save_competitor({"name": "x" * 201})
    assert set(refused.value.errors) == {"name"}
    with pytest.raises(ValidationError):
        competitors.save_competitor({"name": "   "})
    renamed = competitors.save_competitor({"name": "Tejút Kft."}, rival["rival"].id)
    assert [(r.name, r.notes) for r in competitors.competitor_rows()] == [(renamed.name, "Dairy wholesaler")]


def test_a_share_is_set_per_client_and_category_and_changed_in_place(rival):
    client, category = rival["client"], rival["milk"].category_id
    competitors.save_supply(client.id, rival["rival"].id, "35", category)
    competitors.save_supply(client.id, rival["rival"].id, "20")
    competitors.save_supply(client.id, rival["rival"].id, "40,5", category)
    rows = competitors.client_supplies(client.id)
    assert [(r.category, r.share) for r in rows] == [("", D("20")), ("Élelmiszer / Tejtermék", D("40.5"))]
    with pytest.raises(ValidationError) as refused:
        competitors.save_supply(client.id, rival["rival"].id, "101")
    assert set(refused.value.errors) == {"share"}
    assert competitors.competitor_rows()[0].clients == 1


def test_the_latest_observed_price_stands_beside_our_columns_with_the_difference(rival):
    milk = rival["milk"]
    record = {"competitor_id": rival["rival"].id, "product_id": milk.id, "source": "price list"}
    competitors.record_price({**record, "price": "420", "observed_on": TODAY - dt.timedelta(days=30)})
    competitors.record_price({**record, "price": "359,10", "observed_on": TODAY})
    competitors.record_price({**record, "price": "1.5", "currency": "eur"})
    rows = competitors.price_comparison(milk.id)
    huf = [r for r in rows if r.currency == "HUF"]
    assert [(r.price, r.difference) for r in huf] == [(D("359.10"), D("-10.0"))]  # 399 in the default column
    assert huf[0].ours[rival["listing"].id] == D("399")
    assert len(huf[0].ours) == 2  # the wholesale column, derived, is computed too
    assert [r.difference for r in rows if r.currency == "EUR"] == [None]  # no rate is guessed


def test_a_price_is_refused_without_an_item_or_a_proper_amount(rival):
    with pytest.raises(ValidationError) as refused:
        competitors.record_price({"price": "-3", "observed_on": TODAY + dt.timedelta(days=1)})
    assert set(refused.value.errors) == {"competitor", "product", "price", "observed_on"}
    assert not CompetitorPrice.select().exists()


def visit(client_id: int) -> Activity:
    start = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10), act.local_zone())
    return act.create_activity({"kind": "visit", "client_id": client_id, "start": start, "subject": "Visit"})


def test_an_activity_s_completion_records_the_competitor_action_seen_in_it(rival):
    planned = visit(rival["client"].id)
    done, _ = competitors.complete_with_action(planned.id, "reached", "They were offered 10 % off",
                                               action={"competitor_id": rival["rival"].id, "kind": "promotion",
                                                       "description": "10 % off all dairy in December"})
    assert done.state == "done"
    [row] = competitors.action_rows(client_id=rival["client"].id)
    assert (row.kind, row.client, row.activity_id) == ("promotion", "Kovács Kft.", planned.id)
    assert row.observed_on == TODAY - dt.timedelta(days=1)


def test_a_bad_competitor_action_leaves_the_activity_uncompleted(rival):
    planned = visit(rival["client"].id)
    with pytest.raises(ValidationError) as refused:
        competitors.complete_with_action(planned.id, "reached", "", action={"competitor_id": rival["rival"].id,
                                                                            "kind": "rumour", "description": " "})
    assert set(refused.value.errors) == {"kind", "description"}
    assert Activity.get_by_id(planned.id).state == "planned"
    assert not CompetitorAction.select().exists()


def test_an_action_in_the_market_has_no_client(rival):
    competitors.record_action({"competitor_id": rival["rival"].id, "kind": "new_product",
                               "description": "Lactose-free line"})
    [row] = competitors.action_rows(competitor_id=rival["rival"].id)
    assert (row.client, row.observed_on) == ("", TODAY)
    assert competitors.competitor_rows()[0].actions == 1


def test_an_observed_price_is_changed_over_the_version_loaded_and_deleted(rival):
    from kamdesk.core.errors import ChangedMeanwhile

    milk, bread = rival["milk"], rival["bread"]
    seen = competitors.record_price({"competitor_id": rival["rival"].id, "product_id": milk.id, "price": "420"})
    [listed] = competitors.observed_prices()
    changed = competitors.update_price(seen.id, {"competitor_id": rival["rival"].id, "product_sku": "KEN-2",
                                                 "price": "1 100", "source": "shelf",
                                                 "row_version": listed.row_version})
    assert (changed.product_id, changed.price, changed.source) == (bread.id, D("1100"), "shelf")
    with pytest.raises(ChangedMeanwhile):
        competitors.update_price(seen.id, {"competitor_id": rival["rival"].id, "product_id": milk.id,
                                           "price": "1", "row_version": listed.row_version})
    with pytest.raises(ValidationError) as refused:
        competitors.update_price(seen.id, {"competitor_id": rival["rival"].id, "product_id": milk.id, "price": "0"})
    assert set(refused.value.errors) == {"price"}
    assert CompetitorPrice.get_by_id(seen.id).price == D("1100")
    competitors.delete_price(seen.id)
    assert competitors.observed_prices() == []


def test_a_price_for_a_category_is_compared_on_its_own_row(rival):
    dairy = rival["milk"].category_id
    competitors.record_price({"competitor_id": rival["rival"].id, "category_id": dairy, "price": "500"})
    [row] = competitors.comparison().rows
    assert (row.item, row.ours, row.theirs[rival["rival"].id].difference) == ("Élelmiszer / Tejtermék", {}, None)


def test_the_comparison_is_per_product_with_each_competitor_s_latest_price(rival):
    milk, bread, first = rival["milk"], rival["bread"], rival["rival"]
    second = competitors.save_competitor({"name": "Alföldi Kft."})
    for competitor, product, price, days in ((first, milk, "420", 9), (first, milk, "359.10", 1),
                                             (second, milk, "438.90", 3), (second, bread, "1249.50", 2)):
        competitors.record_price({"competitor_id": competitor.id, "product_id": product.id, "price": price,
                                  "observed_on": TODAY - dt.timedelta(days=days)})
    table = competitors.comparison()
    assert [name for _, name in table.competitors] == ["Alföldi Kft.", "Tejút Zrt."]
    assert [name for _, name in table.columns] == ["Listaár", "Nagyker"]
    assert [row.item for row in table.rows] == ["KEN-2  Kenyér", "TEJ-1  Tej 1 l"]
    milk_row = table.rows[1]
    assert milk_row.ours[rival["listing"].id] == D("399")
    assert {cid: (p.price, p.difference) for cid, p in milk_row.theirs.items()} == {
        first.id: (D("359.10"), D("-10.0")), second.id: (D("438.90"), D("10.0"))}
    assert table.rows[0].theirs[second.id].difference == D("0.0")
    only_first = competitors.comparison(competitor_id=first.id)
    assert [(row.item, list(row.theirs)) for row in only_first.rows] == [("TEJ-1  Tej 1 l", [first.id])]
    bakery = competitors.comparison(category_id=bread.category_id)
    assert [row.item for row in bakery.rows] == ["KEN-2  Kenyér"]
    food = competitors.comparison(category_id=Category.get(Category.name == "Élelmiszer").id)
    assert len(food.rows) == 2  # a category takes in those below it


def test_an_action_is_changed_keeping_its_client_and_deleted(rival):
    action = competitors.record_action({"competitor_id": rival["rival"].id, "client_id": rival["client"].id,
                                        "kind": "promotion", "description": "10 % off"})
    [row] = competitors.action_rows()
    changed = competitors.update_action(action.id, {"competitor_id": rival["rival"].id, "kind": "new_product",
                                                    "description": "Kefir line", "row_version": row.row_version})
    assert (changed.client_id, changed.kind, changed.description) == (rival["client"].id, "new_product",
                                                                       "Kefir line")
    with pytest.raises(ValidationError):
        competitors.update_action(action.id, {"competitor_id": rival["rival"].id, "description": " "})
    competitors.delete_action(action.id)
    assert competitors.action_rows() == []


def test_a_competitor_is_deleted_only_while_nothing_is_recorded_of_it(rival):
    from kamdesk.core.errors import KamdeskError

    competitors.save_supply(rival["client"].id, rival["rival"].id, "20")
    with pytest.raises(KamdeskError) as refused:
        competitors.delete_competitor(rival["rival"].id)
    assert str(refused.value).startswith("Tejút Zrt. cannot be deleted: 0 observed prices, 0 actions and 1 shares")
    competitors.remove_supply(competitors.client_supplies(rival["client"].id)[0].id)
    competitors.delete_competitor(rival["rival"].id)
    assert competitors.competitor_rows() == []
