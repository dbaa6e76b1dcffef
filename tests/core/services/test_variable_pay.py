"""Variable-pay fulfilment by the company's scale and the KPIs' weights (settings heads decide)."""

from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.services import company as company_service
from kamdesk.core.services import variable_pay
from kamdesk.core.services.kpi import Figure, KpiRow


def _row(sales, active, new):
    def figure(percent):
        if percent is None:
            return Figure(None, 0, None, 0)
        return Figure(D(100), D(percent), D(percent), 0)  # a plan of 100: the actual figure is the percent

    return KpiRow(1, "Kovács Anna", figure(sales), figure(active), figure(new))


def test_each_kpi_earns_the_pay_of_the_highest_step_it_reaches(db):
    result = variable_pay.fulfilment(_row("95.0", "79.9", "120.0"))
    assert result.parts == {"sales": D(80), "active_clients": D(0), "new_clients": D(120)}
    assert result.total == D("72.0")  # 80×60 % + 0×20 % + 120×20 %


def test_a_kpi_without_a_plan_weighs_nothing(db):
    result = variable_pay.fulfilment(_row("100.0", None, "90.0"))
    assert result.parts["active_clients"] is None
    assert result.total == D("95.0")  # (100×60 + 80×20) / 80
    assert variable_pay.fulfilment(_row(None, None, None)).total is None


def test_the_scale_and_weights_are_settings(db):
    company_service.set_setting(variable_pay.SCALE_KEY, "100:100; 50:40")
    company_service.set_setting(variable_pay.WEIGHTS_KEY, "sales:100")
    result = variable_pay.fulfilment(_row("60", "100", "100"))
    assert (result.parts["sales"], result.total) == (D(40), D("40.0"))


def test_an_unreadable_stored_setting_falls_back_to_the_default(db):
    company_service.set_setting(variable_pay.SCALE_KEY, "lots")
    assert variable_pay.scale() == variable_pay.parse_scale(variable_pay.DEFAULT_SCALE)


@pytest.mark.parametrize("text, words", [
    ("90-80", "not a step"), ("90:eighty", "not a step"), ("", "between 1 and 50"),
    ("90:80; 90:85", "same fulfilment"), ("NaN:5", "not a step"), ("5000:1", "not a step"),
])
def test_a_bad_scale_is_refused_in_words(text, words):
    with pytest.raises(ValidationError, match=words):
        variable_pay.parse_scale(text)


@pytest.mark.parametrize("text, words", [
    ("sales:60; active_clients:20", "add up to 100"), ("turnover:100", "not a weight"),
    ("sales:50; sales:50", "not a weight"), ("sales:x", "not a weight"),
])
def test_bad_weights_are_refused_in_words(text, words):
    with pytest.raises(ValidationError, match=words):
        variable_pay.parse_weights(text)


def test_a_step_is_reached_by_the_exact_fulfilment_not_the_rounded_one(db):
    just_below = Figure(D(10000), D(7995), D("80.0"), 0)  # 79.95 % shows as 80.0 %
    row = KpiRow(1, "Kovács Anna", just_below, Figure(None, 0, None, 0), Figure(None, 0, None, 0))
    assert variable_pay.fulfilment(row).parts["sales"] == D(0)
