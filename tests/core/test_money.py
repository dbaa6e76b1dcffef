"""Money is exact: Decimal in Python, integer hundredths in the database, exact SQL sums."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import Model, fn

from kamdesk.core import db as kdb
from kamdesk.core.money import MoneyField, carried_places, from_minor, money_sum, parse_money, round_money, to_minor

LIMIT = 10**13
amounts = st.decimals(min_value=-LIMIT, max_value=LIMIT, places=2, allow_nan=False, allow_infinity=False)
DB_SETTINGS = settings(max_examples=60, deadline=None,
                       suppress_health_check=[HealthCheck.function_scoped_fixture])


class Amount(Model):
    """A table used by these tests only."""

    value = MoneyField(null=True)

    class Meta:
        database = kdb.database
        table_name = "test_money_amount"


@pytest.fixture
def amount_table(db):
    db.create_tables([Amount])
    yield Amount
    db.drop_tables([Amount])


@DB_SETTINGS
@given(value=amounts)
def test_money_field_round_trips_exactly(amount_table, db, value):
    Amount.delete().execute()
    row = Amount.create(value=value)
    stored, kind = db.execute_sql("SELECT value, typeof(value) FROM test_money_amount WHERE id = ?",
                                  (row.id,)).fetchone()
    assert kind == "integer"  # never a float, never text
    assert stored == int(value * 100)
    back = Amount.get_by_id(row.id).value
    assert isinstance(back, Decimal)
    assert back == value
    assert back.as_tuple().exponent == -2


def test_money_field_keeps_null_and_zero(amount_table):
    empty = Amount.create(value=None)
    zero = Amount.create(value=Decimal("0"))
    assert Amount.get_by_id(empty.id).value is None
    assert Amount.get_by_id(zero.id).value == Decimal("0.00")


def test_money_sum_over_no_rows_is_zero(amount_table):
    assert Amount.select(money_sum(Amount.value)).scalar() == Decimal("0.00")
    Amount.create(value=Decimal("0.10"))
    Amount.create(value=Decimal("0.20"))
    Amount.create(value=None)
    total = Amount.select(money_sum(Amount.value)).scalar()
    assert total == Decimal("0.30") and str(total) == "0.30"


def test_money_field_refuses_sub_cent_amounts(amount_table):
    with pytest.raises(ValueError):
        Amount.create(value=Decimal("0.005"))
    assert Amount.select().count() == 0


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), extremes=st.lists(amounts, max_size=40))
def test_sql_sum_of_10000_amounts_is_exact(amount_table, db, seed, extremes):
    """fn.SUM over the integer column equals the Decimal sum to the cent.

    Hypothesis draws the seed and the awkward values (limits, -0.01, ...); a seeded
    generator fills the rest up to 10,000 amounts, which a float sum would get wrong.
    """
    rnd = random.Random(seed)
    values = list(extremes) + [Decimal(rnd.randint(-LIMIT * 100, LIMIT * 100)).scaleb(-2)
                               for _ in range(10_000 - len(extremes))]
    Amount.delete().execute()
    with db.atomic():
        for start in range(0, len(values), 500):
            Amount.insert_many([{"value": v} for v in values[start:start + 500]]).execute()
    expected = sum(values, Decimal(0))
    total_minor = Amount.select(fn.SUM(Amount.value)).scalar()  # peewee leaves SUM unconverted
    assert type(total_minor) is int
    assert from_minor(total_minor) == expected
    total = Amount.select(money_sum(Amount.value)).scalar()
    assert isinstance(total, Decimal)
    assert total == expected
    assert Amount.select(fn.COUNT(Amount.id)).scalar() == 10_000


@given(value=amounts)
def test_to_minor_and_from_minor_are_inverse(value):
    assert from_minor(to_minor(value)) == value
    assert to_minor(from_minor(to_minor(value))) == to_minor(value)


@pytest.mark.parametrize("value", ["0.001", "1.005", "-12.345", Decimal("1E-3"), 0.1])
def test_to_minor_refuses_more_than_two_decimals(value):
    with pytest.raises(ValueError):
        to_minor(value)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"),
                                   Decimal("-Infinity"), "NaN", "Infinity"])
def test_to_minor_refuses_non_finite(value):
    with pytest.raises(ValueError):
        to_minor(value)


def test_to_minor_accepts_exact_values():
    assert to_minor("12.30") == 1230
    assert to_minor(Decimal("12.300")) == 1230  # trailing zeros are not precision
    assert to_minor(7) == 700
    assert to_minor("-0.01") == -1


def test_round_money_is_half_up():
    assert round_money(Decimal("0.005")) == Decimal("0.01")
    assert round_money(Decimal("0.015")) == Decimal("0.02")  # not banker's rounding
    assert round_money(Decimal("-0.005")) == Decimal("-0.01")
    assert round_money(Decimal("2.344")) == Decimal("2.34")


@pytest.mark.parametrize("text, expected", [
    ("1 234,50", Decimal("1234.50")),
    ("1\u00a0234,50", Decimal("1234.50")),
    ("1\u202f234,50", Decimal("1234.50")),
    ("1.234,50", Decimal("1234.50")),
    ("1,234.50", Decimal("1234.50")),
    ("1.234.567,89", Decimal("1234567.89")),
    ("1,234,567.89", Decimal("1234567.89")),
    ("12", Decimal("12")),
    ("12,5", Decimal("12.5")),
    (" -7,25 ", Decimal("-7.25")),
    ("0", Decimal("0")),
])
def test_parse_money(text, expected):
    result = parse_money(text)
    assert result == expected
    assert isinstance(result, Decimal)


@pytest.mark.parametrize("text", ["", "   ", "abc", "12 Ft", "1,2,3", "1.2.3", "--5", "NaN", "Infinity", None,
                                  "1e999999999", "1_000", "\u0661\u0662", "9" * 100_000, "1234567890123456"])
def test_parse_money_refuses_garbage(text):
    with pytest.raises(ValueError):
        parse_money(text)


@pytest.mark.parametrize(("price", "currency", "places"), [
    ("125001", "HUF", 0), ("125000.50", "HUF", 2), ("125000.5", "HUF", 2), ("99.99", "HUF", 2),
    ("12", "EUR", 2), ("12.5", "EUR", 2), ("0.125", "EUR", 3), ("1E+3", "HUF", 0),
])
def test_unit_price_carries_its_places(price, currency, places):
    assert carried_places(Decimal(price), currency) == places
