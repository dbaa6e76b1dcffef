"""The command line of the plans & KPIs area: `list kpis --period` and `import plans`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kamdesk.cli import main
from kamdesk.core.models import Order
from kamdesk.core.services import company as company_service
from kamdesk.core.services import plans
from kamdesk.core.services.plans import PlanKey
from kamdesk.core.services.kpi import month_start
from tests import factories

PAST = month_start(dt.date.today(), 2)  # a month that is over: its forecast is its actual figure


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_kpis_as_json_with_exact_money(company, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    shop = factories.shop()
    order = factories.order(shop["client"].id, dt.date.today(), (shop["milk"], "3", "0"), confirm=True)
    Order.update(order_date=PAST.replace(day=5)).where(Order.id == order.id).execute()
    anna = company_service.current_manager()
    plans.set_plan(PlanKey(PAST, "sales", anna.id), "2000")
    code, out, _ = run(capsys, "--database", url, "list", "kpis", "--period", PAST.strftime("%Y-%m"), "--json")
    assert code == 0
    row = next(row for row in json.loads(out) if row["manager"] == anna.name)
    net = str(Order.get_by_id(order.id).net_total)
    assert row["sales"] == {"plan": "2000.00", "actual": net, "percent": row["sales"]["percent"], "forecast": net}
    assert row["active_clients"]["actual"] == 1 and row["new_clients"]["actual"] == 1
    assert row["new_clients"]["plan"] is None and row["new_clients"]["percent"] is None


def test_import_plans_dry_run_then_for_real(company, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    path = tmp_path / "plans.csv"
    path.write_text("Period,Manager,KPI,Value\n2026-11,Kiss Anna,new_clients,4\n2026-11,,sales,10000\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, "--database", url, "import", "plans", str(path), "--dry-run")
    assert (code, out.strip()) == (0, "2 valid, 0 rejected; nothing imported")
    assert plans.plan_value(PlanKey(dt.date(2026, 11, 1), "sales")) is None
    code, out, _ = run(capsys, "--database", url, "import", "plans", str(path))
    assert code == 0
    assert plans.plan_value(PlanKey(dt.date(2026, 11, 1), "sales")) == 10000
    path.write_text("Period,Manager,KPI,Value\n2026-11,Senki,sales,1\n", encoding="utf-8")
    code, _, err = run(capsys, "--database", url, "import", "plans", str(path))
    assert code == 1 and "row 2:" in err


def test_list_kpis_gives_the_variable_pay_fulfilment(company, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    shop = factories.shop()
    order = factories.order(shop["client"].id, dt.date.today(), (shop["milk"], "3", "0"), confirm=True)
    Order.update(order_date=PAST.replace(day=5)).where(Order.id == order.id).execute()
    anna = company_service.current_manager()
    plans.set_plan(PlanKey(PAST, "sales", anna.id), "0.01")  # far over plan: the top step, 120 %
    plans.set_plan(PlanKey(PAST, "active_clients", anna.id), 2)  # 50 %: below the first step
    _, out, _ = run(capsys, "--database", url, "list", "kpis", "--period", PAST.strftime("%Y-%m"), "--json")
    row = next(row for row in json.loads(out) if row["manager"] == anna.name)
    # new clients has no plan, so sales weighs 60 of 80 and active clients 20 of 80
    assert row["variable_pay"] == {"sales": "120", "active_clients": "0", "new_clients": None, "total": "90.0"}
    _, out, _ = run(capsys, "--database", url, "list", "kpis", "--period", PAST.strftime("%Y-%m"))
    assert "pay 90.0 %" in out


def test_list_kpis_of_a_quarter_and_a_year_sum_the_months_plans(company, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    anna = company_service.current_manager()
    for month in (1, 2, 3, 4):
        plans.set_plan(PlanKey(dt.date(2025, month, 1), "sales", anna.id), "100.50")
        plans.set_plan(PlanKey(dt.date(2025, month, 1), "new_clients", anna.id), 2)
    plans.set_plan(PlanKey(dt.date(2024, 12, 1), "sales", anna.id), "999")

    def plan_of(period):
        code, out, _ = run(capsys, "--database", url, "list", "kpis", "--period", period, "--json")
        assert code == 0
        row = next(row for row in json.loads(out) if row["manager"] == anna.name)
        return row["sales"]["plan"], row["new_clients"]["plan"]

    assert plan_of("2025-Q1") == ("301.50", 6)
    assert plan_of("2025-q2") == ("100.50", 2)
    assert plan_of("2025") == ("402.00", 8)
    assert plan_of("2025-03") == ("100.50", 2)
    for wrong in ("2025-Q5", "25", "2025-13"):
        with pytest.raises(SystemExit) as exit_:
            main(["--database", url, "list", "kpis", "--period", wrong])
        assert exit_.value.code == 2
        assert "is not a month, quarter or year" in capsys.readouterr().err


def test_a_manager_lists_their_own_kpis_a_head_the_team(company, peter, tmp_path, capsys):
    from kamdesk.core.models.company import Manager

    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    anna = company_service.current_manager()
    _, out, _ = run(capsys, "--database", url, "list", "kpis", "--json")
    assert [row["manager"] for row in json.loads(out)] == [anna.name]
    Manager.update(role="head").where(Manager.id == anna.id).execute()  # no service promotes the desk's manager
    _, out, _ = run(capsys, "--database", url, "list", "kpis", "--json")
    assert {row["manager"] for row in json.loads(out)} >= {anna.name, peter.name}
