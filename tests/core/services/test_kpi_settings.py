"""The KPI settings as the Company page saves them: all checked, all saved or none, by heads and admins."""

import dataclasses

import pytest

from kamdesk.core.errors import PermissionDenied, ValidationError
from kamdesk.core.models.plan import ACTIVE_WINDOW_KEY, LAPSE_DAYS_KEY, SOLD_STATES_KEY
from kamdesk.core.services import company as company_service
from kamdesk.core.services import kpi, kpi_settings, variable_pay
from kamdesk.core.services.kpi_settings import KpiSettings

CHOSEN = KpiSettings(("delivered", "shipped"), 6, 45, "90:100; 100:120", "sales:50; active_clients:50")


def test_the_defaults_then_the_saved_settings_are_what_the_kpis_use(db):
    assert kpi_settings.current() == KpiSettings(("confirmed", "shipped", "delivered"), 3, 60,
                                                 variable_pay.DEFAULT_SCALE, variable_pay.DEFAULT_WEIGHTS)
    kpi_settings.save(CHOSEN)
    assert kpi.sold_states() == ("shipped", "delivered")  # in the workflow's order
    assert (kpi.active_window(), kpi.lapse_days()) == (6, 45)
    assert variable_pay.scale()[-1] == (100, 120) and variable_pay.weights()["active_clients"] == 50
    assert kpi_settings.current() == dataclasses.replace(CHOSEN, sold_states=("shipped", "delivered"))


def test_every_wrong_setting_is_named_and_nothing_is_saved(db):
    wrong = KpiSettings((), 25, 3, "90:", "sales:70")
    with pytest.raises(ValidationError) as refused:
        kpi_settings.save(wrong)
    assert set(refused.value.errors) == {SOLD_STATES_KEY, ACTIVE_WINDOW_KEY, LAPSE_DAYS_KEY, variable_pay.SCALE_KEY,
                                         variable_pay.WEIGHTS_KEY}
    with pytest.raises(ValidationError) as refused:
        kpi_settings.save(dataclasses.replace(CHOSEN, sold_states=("confirmed", "paid")))
    assert set(refused.value.errors) == {SOLD_STATES_KEY}
    assert kpi_settings.current().active_window_months == 3 and company_service.setting(SOLD_STATES_KEY) is None


def test_only_heads_and_admins_change_them(db, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)
    with pytest.raises(PermissionDenied):
        kpi_settings.save(CHOSEN)
