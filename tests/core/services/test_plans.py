"""The plans of a year as the plans dialog reads and saves them: the department's row and the managers', cells
saved all or none (an empty cell removes its plan), the department's plan split month by month, key-client and
category plans apart from the overall ones."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import PermissionDenied, ValidationError
from kamdesk.core.models.plan import Plan
from kamdesk.core.models.product import Category
from kamdesk.core.services import company as company_service
from kamdesk.core.services import plans
from kamdesk.core.services.plans import PlanKey
from tests import factories


@pytest.fixture
def team(company, peter):
    anna = company_service.current_manager()
    zoli = factories.manager("Arany Zoltán")
    return {"anna": anna.id, "peter": peter.id, "zoli": zoli.id}


def test_a_year_shows_the_department_then_the_managers_by_name(team):
    plans.set_plan(PlanKey(dt.date(2026, 3, 1), "sales"), "9000")
    plans.set_plan(PlanKey(dt.date(2026, 3, 1), "sales", team["peter"]), "3000.50")
    plans.set_plan(PlanKey(dt.date(2025, 3, 1), "sales", team["peter"]), "1")  # another year
    plans.set_plan(PlanKey(dt.date(2026, 3, 1), "new_clients", team["peter"]), 2)  # another KPI
    rows = plans.year_plans(2026, "sales")
    assert rows[0].manager_id is None and rows[0].months[2] == D("9000.00")
    names = [row.name for row in rows[1:]]
    assert names == sorted(names, key=str.casefold) and "Nagy Péter" in names and "Arany Zoltán" in names
    peter = next(row for row in rows if row.manager_id == team["peter"])
    assert peter.months == (None, None, D("3000.50")) + (None,) * 9


def test_a_manager_sees_only_their_own_row(team, monkeypatch):
    plans.set_plan(PlanKey(dt.date(2026, 5, 1), "new_clients", team["anna"]), 4)
    plans.set_plan(PlanKey(dt.date(2026, 5, 1), "new_clients", team["peter"]), 5)
    monkeypatch.setattr(plans, "has_role", lambda *roles: False)
    rows = plans.year_plans(2026, "new_clients")
    assert [(row.manager_id, row.months[4]) for row in rows] == [(team["anna"], 4)]


def test_saving_a_year_writes_all_cells_or_none(team):
    plans.set_plan(PlanKey(dt.date(2026, 1, 1), "sales", team["anna"]), "100")
    cells = {(None, 1): "1\u00a0000,50", (team["anna"], 1): "", (team["peter"], 2): D("20")}
    assert plans.save_year(2026, "sales", cells) == 3
    assert plans.plan_value(PlanKey(dt.date(2026, 1, 1), "sales")) == D("1000.50")
    assert plans.plan_value(PlanKey(dt.date(2026, 1, 1), "sales", team["anna"])) is None  # emptied: removed
    with pytest.raises(ValidationError) as refused:
        plans.save_year(2026, "active_clients", {(None, 4): "12", (team["peter"], 5): "2.5", (None, 6): "x"})
    assert set(refused.value.errors) == {plans.cell_key(team["peter"], 5), plans.cell_key(None, 6)}
    assert Plan.select().where(Plan.kpi == "active_clients").count() == 0


def test_only_heads_and_admins_save_plans(team, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)
    with pytest.raises(PermissionDenied):
        plans.save_year(2026, "sales", {(None, 1): "1"})


def test_the_department_plan_is_split_month_by_month_without_writing(team):
    split = plans.split_year(2026, "new_clients", {1: 7, 2: "3"}, "even")
    assert set(split) == {1, 2}
    assert sum(split[1].values()) == 7 and sorted(split[1].values())[-1] - sorted(split[1].values())[0] <= 1
    assert sum(split[2].values()) == 3 and Plan.select().count() == 0


def test_key_client_and_category_plans_stand_apart(team):
    key = factories.client("Nagy Vevő Zrt.", key_account=True)
    factories.client("Kis Vevő Bt.")
    category = Category.create(name="Tejtermék")
    assert [name for _, name in plans.key_clients()] == ["Nagy Vevő Zrt."]
    plans.save_year(2026, "sales", {(team["anna"], 7): "500"}, client_id=key.id, category_id=category.id)
    anna = next(row for row in plans.year_plans(2026, "sales", key.id, category.id) if row.manager_id == team["anna"])
    assert anna.months[6] == D("500.00")
    assert all(row.months[6] is None for row in plans.year_plans(2026, "sales", key.id))  # all categories: apart
    overall = {row.manager_id: row.months[6] for row in plans.year_plans(2026, "sales")}
    assert overall[team["anna"]] is None
