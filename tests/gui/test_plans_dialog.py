"""The plans dialog: a head types a year of plans, sees quarter and year sums and what the managers' plans come
to, splits the department's plan, imports (with the refused rows shown first) and exports; all saved at once or
nothing; a manager reads their own row; unsaved plans are asked about before they would be lost."""

import datetime as dt
from decimal import Decimal as D

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from kamdesk.core.models.plan import Plan
from kamdesk.core.money import parse_money
from kamdesk.core.services import company as company_service
from kamdesk.core.services import plans
from kamdesk.core.services.plans import PlanKey
from kamdesk.gui.changes import changes
from kamdesk.gui.kpi import plans_dialog
from kamdesk.gui.kpi.plans_dialog import YEAR, PlansDialog, month_column, quarter_column
from tests.gui.waiting import finish

THIS_YEAR = dt.date.today().year


@pytest.fixture
def team(company, peter):
    return {"anna": company_service.current_manager().id, "peter": peter.id}


def dialog_of(qtbot) -> PlansDialog:
    dialog = PlansDialog()
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown._edited.clear())  # closing asks nothing then
    dialog.show()
    return dialog


def text(dialog, manager_id, column) -> str:
    return dialog.table.item(dialog._row_keys.index(manager_id), column).text()


def choose_kpi(dialog, name) -> None:
    dialog.kpi.setCurrentIndex(dialog.kpi.findData(name))


def test_a_head_types_plans_sees_the_sums_and_saves_them_at_once(qtbot, team):
    dialog = dialog_of(qtbot)
    choose_kpi(dialog, "new_clients")
    dialog.set_cell(team["anna"], 1, "2")
    dialog.set_cell(team["anna"], 3, "3")
    dialog.set_cell(team["peter"], 2, "4")
    dialog.set_cell(None, 1, "10")
    assert text(dialog, team["anna"], quarter_column(1)) == "5" and text(dialog, team["anna"], YEAR) == "5"
    assert text(dialog, plans_dialog.TOGETHER, quarter_column(1)) == "9"  # what the managers' plans come to
    assert text(dialog, None, YEAR) == "10" and dialog.has_unsaved_changes()
    assert Plan.select().count() == 0  # nothing written before Save
    seen = []
    changes().changed.connect(seen.append)
    assert dialog.save()
    assert plans.plan_value(PlanKey(dt.date(THIS_YEAR, 3, 1), "new_clients", team["anna"])) == 3
    assert plans.plan_value(PlanKey(dt.date(THIS_YEAR, 1, 1), "new_clients")) == 10
    assert not dialog.has_unsaved_changes() and seen[-1].touches(plans_dialog.PLANS)
    dialog.set_cell(team["anna"], 3, "")  # emptied: the plan goes
    assert dialog.save() and plans.plan_value(PlanKey(dt.date(THIS_YEAR, 3, 1), "new_clients", team["anna"])) is None


def test_a_bad_value_is_marked_in_its_cell_and_nothing_is_saved(qtbot, team):
    dialog = dialog_of(qtbot)
    dialog.set_cell(team["anna"], 5, "1 500,50")
    dialog.set_cell(team["peter"], 6, "sok")
    assert not dialog.save()
    bad = dialog.cell(team["peter"], 6)
    assert bad.toolTip() and bad.background().color() == plans_dialog.ERROR_BACKGROUND
    assert dialog.message.isVisible() and Plan.select().count() == 0
    dialog.set_cell(team["peter"], 6, "2000")
    assert dialog.save()
    assert plans.plan_value(PlanKey(dt.date(THIS_YEAR, 5, 1), "sales", team["anna"])) == D("1500.50")


def test_splitting_the_department_plan_fills_the_managers_months(qtbot, team):
    dialog = dialog_of(qtbot)
    assert dialog.split_evenly() is None and dialog.message.isVisible()  # nothing to split yet
    dialog.set_cell(None, 4, "1001")
    finish(qtbot, dialog.split_evenly())
    assert not dialog.message.isVisible()
    parts = sorted(parse_money(dialog.cell(m, 4).text()) for m in (team["anna"], team["peter"]))
    assert parts == [D("500.50"), D("500.50")]
    assert parse_money(text(dialog, plans_dialog.TOGETHER, month_column(4))) == D("1001.00")
    assert Plan.select().count() == 0 and dialog.save() and Plan.select().count() == 3


def test_another_year_or_kpi_asks_about_unsaved_plans_first(qtbot, team, monkeypatch):
    plans.set_plan(PlanKey(dt.date(THIS_YEAR - 1, 2, 1), "sales", team["anna"]), "700")
    dialog = dialog_of(qtbot)
    dialog.set_cell(team["anna"], 2, "5")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.year.setValue(THIS_YEAR - 1)
    assert dialog.year.value() == THIS_YEAR and dialog.has_unsaved_changes()  # stayed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.year.setValue(THIS_YEAR - 1)
    assert parse_money(dialog.cell(team["anna"], 2).text()) == D("700.00") and not dialog.has_unsaved_changes()
    dialog.set_cell(team["anna"], 2, "800")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    dialog.reject()
    assert not dialog.isVisible()
    assert plans.plan_value(PlanKey(dt.date(THIS_YEAR - 1, 2, 1), "sales", team["anna"])) == D("800.00")


def test_a_manager_reads_their_own_row_only(qtbot, team, monkeypatch):
    plans.set_plan(PlanKey(dt.date(THIS_YEAR, 7, 1), "sales", team["anna"]), "300")
    plans.set_plan(PlanKey(dt.date(THIS_YEAR, 7, 1), "sales", team["peter"]), "400")
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)
    monkeypatch.setattr(plans, "has_role", lambda *roles: False)
    dialog = dialog_of(qtbot)
    assert dialog._row_keys == [team["anna"]]
    assert parse_money(dialog.cell(team["anna"], 7).text()) == D("300.00")
    assert not dialog.cell(team["anna"], 7).flags() & plans_dialog.Qt.ItemFlag.ItemIsEditable
    assert not dialog.save_button.isVisible() and not dialog.split_button.isVisible()


def test_import_shows_the_refused_rows_then_imports_the_valid_ones(qtbot, team, tmp_path, monkeypatch):
    path = tmp_path / "plans.csv"
    path.write_text(f"Period,Manager,KPI,Value\n{THIS_YEAR}-03,Nagy Péter,sales,250\n{THIS_YEAR}-13,,sales,1\n",
                    encoding="utf-8")
    previews = []

    def answer(preview):
        previews.append((preview.rejected.rowCount(), preview.rejected.item(0, 0).text(),
                         preview.import_button.text()))
        return True

    monkeypatch.setattr(plans_dialog, "ask", answer)
    dialog = dialog_of(qtbot)
    assert dialog.import_plans(str(path))
    assert previews == [(1, "3", "Import 1 plans")]
    assert parse_money(dialog.cell(team["peter"], 3).text()) == D("250.00")
    monkeypatch.setattr(plans_dialog, "ask", lambda preview: None)  # cancelled: nothing imported
    path.write_text(f"Period,Manager,KPI,Value\n{THIS_YEAR}-04,Nagy Péter,sales,1\n", encoding="utf-8")
    assert not dialog.import_plans(str(path)) and Plan.select().count() == 1


def test_export_writes_the_years_plans(qtbot, team, tmp_path):
    plans.set_plan(PlanKey(dt.date(THIS_YEAR, 9, 1), "sales", team["peter"]), "123.45")
    plans.set_plan(PlanKey(dt.date(THIS_YEAR - 1, 9, 1), "sales", team["peter"]), "1")
    dialog = dialog_of(qtbot)
    path = tmp_path / "plans.xlsx"
    assert dialog.export_plans(str(path))
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert [row[:4] for row in rows if row[0] and str(row[0]).startswith(str(THIS_YEAR))] == [
        (f"{THIS_YEAR}-09", "Nagy Péter", "sales", 123.45)]


def test_key_client_plans_are_kept_apart(qtbot, team):
    from tests import factories

    key = factories.client("Nagy Vevő Zrt.", key_account=True)
    dialog = dialog_of(qtbot)
    dialog.client.setCurrentIndex(dialog.client.findData(key.id))
    dialog.set_cell(team["anna"], 8, "90")
    assert dialog.save()
    assert plans.plan_value(PlanKey(dt.date(THIS_YEAR, 8, 1), "sales", team["anna"], key.id)) == D("90.00")
    assert plans.plan_value(PlanKey(dt.date(THIS_YEAR, 8, 1), "sales", team["anna"])) is None


def test_a_split_refused_says_why_beside_the_grid(qtbot, team):
    dialog = dialog_of(qtbot)
    dialog.set_cell(None, 4, "minus")
    finish(qtbot, dialog.split_by_last_year())
    assert dialog.message.isVisible() and "zero or more" in dialog.message.text()
