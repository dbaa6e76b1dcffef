"""Competitors: the register, shares of a client's purchases, observed prices beside our price columns,
actions (also recorded with an activity's completion, in one transaction), each refused in the user's words."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.models import Activity
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
