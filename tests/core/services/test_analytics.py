"""Analytics by segment and category: revenue against the year before, penetration and assortment gaps."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.models import Order
from kamdesk.core.services import analytics, catalogue, competitors
from kamdesk.core.services import company as company_service
from tests import factories

YEAR = analytics.AnalyticsFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _sold(client, day, *items, state="confirmed", currency=None, manager_id=None):
    """An order of (product, quantity) items, then dated, assigned and put in the state and currency the case
    needs (written directly: a test's history, which no service back-dates)."""
    order = factories.order(client.id, dt.date.today(), *((p, q, "0") for p, q in items), confirm=True)
    changes = {"order_date": day, "state": state}
    if currency:
        changes["currency"] = currency
    if manager_id:
        changes["manager"] = manager_id
    Order.update(**changes).where(Order.id == order.id).execute()
    return order


@pytest.fixture
def market(company, peter):
    """Retail: Alfa, Béta, Cirmos and Delta; HoReCa: Étterem. Food (milk 400, bread 1000) and Drinks (water 100).

    In 2026 Alfa buys milk and water, Béta milk and water (and water in EUR), Cirmos milk, Delta water, Étterem
    bread; in 2025 Alfa bought milk and Delta milk. Cancelled orders and drafts count nowhere."""
    listing = catalogue.save_price_column("Lista", is_default=True)
    milk = factories.product("TEJ", "Tej", "400", listing, category="Food / Dairy")
    bread = factories.product("KEN", "Kenyér", "1000", listing, category="Food / Bakery")
    water = factories.product("VIZ", "Víz", "100", listing, category="Drinks / Water")
    retail = {name: factories.client(name, segment="Retail") for name in ("Alfa", "Béta", "Cirmos", "Delta")}
    horeca = factories.client("Étterem", segment="HoReCa")
    day = dt.date(2026, 5, 10)
    _sold(retail["Alfa"], day, (milk, "10"), (water, "5"))
    _sold(retail["Béta"], day, (milk, "2"), (water, "1"), manager_id=peter.id)
    _sold(retail["Béta"], day, (water, "3"), currency="EUR")
    _sold(retail["Cirmos"], day, (milk, "1"))
    _sold(retail["Delta"], day, (water, "4"))
    _sold(horeca, day, (bread, "3"))
    _sold(retail["Alfa"], dt.date(2025, 6, 1), (milk, "5"))
    _sold(retail["Delta"], dt.date(2025, 6, 1), (milk, "1"))
    _sold(retail["Cirmos"], day, (water, "50"), state="cancelled")
    _sold(retail["Cirmos"], day, (water, "50"), state="draft")
    return {"retail": retail, "horeca": horeca, "peter": peter.id, "milk": milk}


def _row(analysis, segment, category):
    return next(r for r in analysis.rows if (r.segment, r.category) == (segment, category))


def test_revenue_growth_and_penetration_by_segment_and_main_category(market):
    analysis = analytics.analyse(YEAR)
    assert (analysis.previous_start, analysis.previous_end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    food = _row(analysis, "Retail", "Food")
    assert (food.revenue, food.previous, food.growth) == (D("5200.00"), D("2400.00"), D("116.7"))
    assert (food.buyers, food.penetration, food.previous_penetration) == (3, D("75.0"), D("100.0"))
    drinks = _row(analysis, "Retail", "Drinks")
    assert (drinks.revenue, drinks.previous, drinks.growth) == (D("1000.00"), D("0.00"), None)
    assert drinks.other == {"EUR": D("300.00")}  # never added to the forints
    assert drinks.penetration == D("75.0")
    retail = next(s for s in analysis.segments if s.segment == "Retail")
    assert (retail.revenue, retail.active, retail.previous_active) == (D("6200.00"), 4, 2)
    assert [(r.segment, r.category) for r in analysis.rows] == [
        ("HoReCa", "Food"), ("Retail", "Drinks"), ("Retail", "Food")]


def test_the_second_level_of_categories(market):
    analysis = analytics.analyse(analytics.AnalyticsFilter(YEAR.start, YEAR.end, depth=2))
    assert {(r.segment, r.category) for r in analysis.rows} == {
        ("HoReCa", "Food / Bakery"), ("Retail", "Food / Dairy"), ("Retail", "Drinks / Water")}


def test_gaps_are_the_common_categories_a_client_does_not_buy(market):
    gaps = analytics.analyse(YEAR).gaps
    # Food: 5200 Ft over 3 buyers; Drinks: 1000 Ft over 3 (in whole forints); Étterem's segment is too small to tell
    assert [(g.client, g.category, g.potential, g.bought_before) for g in gaps] == [
        ("Delta", "Food", D("1733.00"), True), ("Cirmos", "Drinks", D("333.00"), False)]
    assert gaps[0].client_id == market["retail"]["Delta"].id and gaps[0].penetration == D("75.0")


def test_many_gaps_read_the_clients_names_in_one_go(market, monkeypatch):
    monkeypatch.setattr(analytics, "CHUNK", 1)  # two gapped clients are "many"
    assert [(g.client, g.manager) for g in analytics.analyse(YEAR).gaps] == [("Delta", ""), ("Cirmos", "")]


def test_a_higher_common_share_leaves_no_gap(market):
    assert analytics.analyse(analytics.AnalyticsFilter(YEAR.start, YEAR.end, common_share=D(80))).gaps == []


def test_manager_and_segment_filters(market):
    peter = analytics.analyse(analytics.AnalyticsFilter(YEAR.start, YEAR.end, manager_id=market["peter"]))
    assert [(r.category, r.revenue) for r in peter.rows] == [("Drinks", D("100.00")), ("Food", D("800.00"))]
    horeca = company_service.segment_by_name("HoReCa", create=False).id
    only = analytics.analyse(analytics.AnalyticsFilter(YEAR.start, YEAR.end, segment_id=horeca))
    assert [(r.segment, r.revenue) for r in only.rows] == [("HoReCa", D("3000.00"))]
    factories.client("Szegmens nélkül")  # no order: nothing to show without a segment
    assert analytics.analyse(analytics.AnalyticsFilter(YEAR.start, YEAR.end,
                                                       segment_id=analytics.NO_SEGMENT)).rows == []


def test_sold_states_follow_the_kpi_setting(market):
    company_service.set_setting("kpi_sold_states", "confirmed,cancelled")
    water = _row(analytics.analyse(YEAR), "Retail", "Drinks")
    assert water.revenue == D("6000.00")  # Cirmos's cancelled 50 waters count now


def test_a_growth_too_small_to_show_has_no_sign():
    assert str(analytics.growth(D("99999.00"), D("100000.00"))) == "0.0"


def test_default_period_and_the_year_before():
    assert analytics.default_period(dt.date(2026, 12, 5)) == (dt.date(2026, 1, 1), dt.date(2026, 12, 5))
    assert analytics.year_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)


def test_price_worksheet_of_a_category(market):
    rival = competitors.save_competitor({"name": "Rival Kft."})
    milk = market["milk"]
    competitors.record_price({"competitor_id": rival.id, "product_id": milk.id, "price": "390",
                              "observed_on": dt.date(2026, 1, 5)})
    competitors.record_price({"competitor_id": rival.id, "product_id": milk.id, "price": "380",
                              "observed_on": dt.date(2026, 2, 5)})
    competitors.record_price({"competitor_id": rival.id, "product_id": milk.id, "price": "2", "currency": "EUR",
                              "observed_on": dt.date(2026, 2, 6)})
    factories.product("SAJT", "Sajt", category="Food / Dairy")  # not sold, no price: listed to be priced
    food = catalogue.category_path("Food").id
    sheet = analytics.price_worksheet(category_id=food, today=dt.date(2026, 12, 31))
    assert (sheet.start, sheet.category, sheet.competitors) == (dt.date(2026, 1, 1), "Food", ["Rival Kft."])
    assert [p.sku for p in sheet.products] == ["KEN", "SAJT", "TEJ"]
    row = sheet.products[2]
    assert (row.volume, row.revenue) == (D("13"), D("5200.00"))  # Alfa 10, Béta 2, Cirmos 1
    assert row.prices == {sheet.default_column_id: D("400.00")} and row.proposed == D("400.00")
    assert row.competitors == {"Rival Kft.": D("380.00")}  # the latest in forints
    assert sheet.products[1].proposed is None and sheet.products[1].volume == 0


def test_price_worksheet_of_a_segment(market):
    horeca = company_service.segment_by_name("HoReCa", create=False).id
    sheet = analytics.price_worksheet(segment_id=horeca, today=dt.date(2026, 12, 31))
    assert [(p.sku, p.volume) for p in sheet.products] == [("KEN", D("3"))]
    assert (sheet.segment, sheet.category) == ("HoReCa", "")


def test_a_period_too_far_off_is_refused_in_words(db):
    from kamdesk.core.services.analytics import AnalyticsFilter, analyse

    with pytest.raises(ValidationError, match="outside the years"):
        analyse(AnalyticsFilter(dt.date(1, 3, 1), dt.date(1, 3, 2)))
