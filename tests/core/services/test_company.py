"""The desk settings of the company service: the language choice."""

import pytest

from kamdesk.core.services import company as company_service


def test_the_language_is_the_systems_until_one_is_chosen(company):
    assert company_service.language() == "system"
    company_service.set_language("hu")
    assert company_service.language() == "hu"
    company_service.set_language("system")
    assert company_service.language() == "system"


def test_an_unknown_language_is_refused_and_a_hand_edited_one_ignored(company):
    with pytest.raises(ValueError):
        company_service.set_language("xx")
    company_service.set_setting(company_service.LANGUAGE_KEY, "klingon")
    assert company_service.language() == "system"


def test_the_first_start_tells_the_managers_name_from_the_companys(db):
    from kamdesk.core.errors import ValidationError

    with pytest.raises(ValidationError) as raised:
        company_service.set_up({"name": "Őrség Kft."}, {"name": " ", "email": "nem-email"})
    assert set(raised.value.errors) == {"manager_name", "manager_email"}
    assert not company_service.is_set_up()
