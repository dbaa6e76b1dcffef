"""The pricing engine: column price, promotion, discount, rounding to the currency, VAT per rate."""

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.core.services.pricing import (
    LineInput,
    PromotionTerms,
    best_promotion,
    derived_price,
    price_line,
    totals,
)


def line(quantity="1", price="100", vat="27", discount="0", promotion=None) -> LineInput:
    return LineInput(product_id=1, sku="A", name="A", unit="db", quantity=D(quantity), list_price=D(price),
                     vat_rate=D(vat), discount_percent=D(discount), promotion=promotion)


def test_net_is_rounded_half_up_per_line_to_the_currency_unit():
    assert price_line(line("3", "33.35", discount="0"), "EUR").net_amount == D("100.05")
    assert price_line(line("1", "100.50"), "HUF").net_amount == D("101.00")  # whole forints
    assert price_line(line("1", "100.49"), "HUF").net_amount == D("100.00")
    assert price_line(line("7", "12.34", discount="12.5"), "EUR").net_amount == D("75.58")  # 75.5825


def test_percent_promotion_lowers_the_unit_price_and_bundles_add_free_units():
    ten_off = PromotionTerms(1, "Akció", "percent", percent=D(10))
    priced = price_line(line("4", "399", promotion=ten_off), "HUF")
    assert (priced.unit_price, priced.net_amount) == (D("359.00"), D("1436.00"))
    ten_plus_one = PromotionTerms(2, "10+1", "bundle", buy=10, free=1)
    priced = price_line(line("25", "399", promotion=ten_plus_one), "HUF")
    assert (priced.free_quantity, priced.net_amount) == (D(2), D("9975.00"))


def test_best_promotion_is_the_one_saving_most():
    a = PromotionTerms(1, "5 %", "percent", percent=D(5))
    b = PromotionTerms(2, "10+1", "bundle", buy=10, free=1)  # 1/11 = 9.1 %
    c = PromotionTerms(3, "8 %", "percent", percent=D(8))
    assert best_promotion([a, b, c]).id == 2
    assert best_promotion([]) is None


def test_vat_is_per_rate_on_the_rate_net_sum():
    lines = [price_line(line("1", "10.01", vat="27"), "EUR"), price_line(line("1", "10.01", vat="27"), "EUR"),
             price_line(line("1", "5.55", vat="5"), "EUR")]
    result = totals(lines, "EUR")
    assert result.vat_by_rate == {D(5): (D("5.55"), D("0.28")), D(27): (D("20.02"), D("5.41"))}
    assert (result.net_total, result.vat_total, result.gross_total) == (D("25.57"), D("5.69"), D("31.26"))


def test_derived_column():
    assert derived_price(D("399"), D("-8"), "HUF") == D("367.00")
    assert derived_price(D("10.00"), D("-12.5"), "EUR") == D("8.75")


amounts = st.decimals(min_value=D("0.01"), max_value=D("99999.99"), places=2)
quantities = st.decimals(min_value=D("0.001"), max_value=D("9999.999"), places=3)
rates = st.sampled_from([D(0), D(5), D(18), D(27)])
discounts = st.decimals(min_value=D(0), max_value=D("99.99"), places=2)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(quantities, amounts, rates, discounts), min_size=1, max_size=30),
       st.sampled_from(["HUF", "EUR", "RUB"]))
def test_order_totals_equal_the_sum_of_their_rounded_lines(rows, currency):
    lines = [price_line(line(str(q), str(p), str(v), str(d)), currency) for q, p, v, d in rows]
    result = totals(lines, currency)
    assert result.net_total == sum(l.net_amount for l in lines)
    assert result.gross_total == result.net_total + result.vat_total
    assert result.vat_total == sum(vat for _, vat in result.vat_by_rate.values())
    step = D(1) if currency == "HUF" else D("0.01")
    for priced in lines:
        assert priced.net_amount % step == 0  # rounded to the currency's unit
        exact = priced.input.quantity * priced.input.list_price * (100 - priced.input.discount_percent) / 100
        assert abs(priced.net_amount - exact) <= step / 2
