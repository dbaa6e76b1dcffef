"""The Company page's KPIs group: heads and admins set the KPI definitions and the variable-pay scale, each refusal
beside its field; others read them; the definitions stand in words beside the fields."""

from kamdesk.core.services import company as company_service
from kamdesk.core.services import kpi, variable_pay
from kamdesk.gui.company import CompanyPage


def page_of(qtbot) -> CompanyPage:
    page = CompanyPage()
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_kpi_settings_are_saved_from_the_company_page(qtbot, company):
    page = page_of(qtbot)
    box = page.kpi_box
    assert [name for name, check in box.sold_states.items() if check.isChecked()] == ["confirmed", "shipped",
                                                                                       "delivered"]
    assert (box.active_window.value(), box.lapse_days.value()) == (3, 60)
    assert box.weights["sales"].value() == 60 and not box.save_button.isEnabled()
    box.sold_states["confirmed"].click()
    box.lapse_days.setValue(30)
    box.weights["sales"].setValue(50)
    box.weights["new_clients"].setValue(30)
    box.pay_scale.setText("90:100; 100:120")
    assert box.save_button.isEnabled() and page.has_unsaved_changes()
    with qtbot.waitSignal(page.changed):
        box.save_button.click()
    assert kpi.sold_states() == ("shipped", "delivered") and kpi.lapse_days() == 30
    assert variable_pay.weights() == {"sales": 50, "active_clients": 20, "new_clients": 30}
    assert variable_pay.scale()[0] == (90, 100)
    assert not page.has_unsaved_changes()
    assert not box.definitions.isVisible()
    box.definitions_button.click()  # the definitions in words, on asking; not a change to save
    assert box.definitions.isVisible() and "first ever order in the sold states" in box.definitions.text()
    assert not page.has_unsaved_changes()


def test_each_refusal_stands_beside_its_field_and_nothing_is_saved(qtbot, company):
    page = page_of(qtbot)
    box = page.kpi_box
    for check in box.sold_states.values():
        check.setChecked(False)
    box.weights["sales"].setValue(10)
    box.pay_scale.setText("90 to 80")
    assert not page.save_changes()
    shown = {key: label.text() for key, label in box.errors_of.items() if label.isVisible()}
    assert set(shown) == {kpi.SOLD_STATES_KEY, variable_pay.SCALE_KEY, variable_pay.WEIGHTS_KEY}
    assert "90 to 80" in shown[variable_pay.SCALE_KEY] and "100" in shown[variable_pay.WEIGHTS_KEY]
    assert company_service.setting(kpi.SOLD_STATES_KEY) is None and page.has_unsaved_changes()


def test_a_manager_reads_the_kpi_settings_without_changing_them(qtbot, company, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)
    page = page_of(qtbot)
    assert not page.kpi_box.save_button.isVisible()
    assert not page.kpi_box.lapse_days.isEnabled() and not page.kpi_box.pay_scale.isEnabled()
    assert page.kpi_box.lapse_days.value() == 60
