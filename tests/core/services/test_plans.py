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


def test_an_imported_row_is_refused_in_words_naming_its_column(team, tmp_path):
    """Found by the fuzz test and by hand: values beyond a plan, months that are none, unknown names and a plan the
    file sets twice are each a reason naming the column, never a traceback nor a plan written twice."""
    factories.client("Győri Tejüzem Zrt.", key_account=True)
    path = tmp_path / "plans.csv"
    path.write_text("Időszak;Menedzser;Mutató;Terv;Ügyfél\n"
                    "2026-11;Kiss Anna;sales;-5;\n2026-11;;new_clients;1e30;\n2026-11;;sales;NaN;\n"
                    "2026-11;;active_clients;99999999999;\n2026-13;;sales;10;\n2026-02-30;;sales;10;\n"
                    "0226-12;;sales;1;\n2026-11;Senki Sándor;sales;10;\n2026-11;;sales;1;Nincs Ilyen Kft.\n"
                    "2026-11;;profit;1;\n2026-12;nagy peter;SALES;10;\n2026-12;Nagy Péter;sales;20;\n"
                    "2026-12-01;;Active clients;3;GYŐRI TEJÜZEM ZRT.\n", encoding="utf-8")
    check = plans.check_plans(path)
    reasons = {problem.row_number: str(problem.reason) for problem in check.rejected}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]
    assert reasons[2].startswith("Value: “-5” is not a plan of sales")
    assert reasons[3].startswith("Value: “1e30” is not a plan of clients")
    assert reasons[4].startswith("Value: “NaN”") and reasons[5].startswith("Value: “99999999999”")
    assert reasons[6] == "Period: “2026-13” is not a month (use 2026-12)."
    assert reasons[7].startswith("Period: “2026-02-30”") and reasons[8].startswith("Period: “0226-12”")
    assert reasons[9] == "Manager: no manager is called “Senki Sándor”."
    assert reasons[10] == "Client: no client is called “Nincs Ilyen Kft.”."
    assert reasons[11].startswith("Unknown KPI “profit”")
    assert reasons[13] == "Row 12 of this file sets the same plan (period, manager, KPI, client and category)."
    assert len(check.valid) == 2 and plans.import_plans(check) == 2  # case and accents aside, a day of the month
    assert plans.plan_value(PlanKey(dt.date(2026, 12, 1), "sales", team["peter"])) == D("10.00")
    client = plans.key_clients()[0][0]
    assert plans.plan_value(PlanKey(dt.date(2026, 12, 1), "active_clients", client_id=client)) == 3
    assert plans.import_plans(plans.check_plans(path)) == 2 and Plan.select().count() == 2  # again: the same plans


def test_an_import_updates_stored_plans_and_adds_new_ones_at_once(team, tmp_path):
    plans.set_plan(PlanKey(dt.date(2026, 1, 1), "sales", team["anna"]), "100")
    path = tmp_path / "plans.csv"
    rows = "".join(f"2026-{month:02d},Kiss Anna,sales,{month}000\n" for month in range(1, 13))
    path.write_text("Period,Manager,KPI,Value\n" + rows, encoding="utf-8")
    assert plans.import_plans(plans.check_plans(path)) == 12
    assert Plan.select().count() == 12
    assert plans.plan_value(PlanKey(dt.date(2026, 1, 1), "sales", team["anna"])) == D("1000.00")
    assert Plan.get(Plan.period == dt.date(2026, 1, 1)).row_version == 2
