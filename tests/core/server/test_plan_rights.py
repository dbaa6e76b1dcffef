"""Plans on the team server as real logins: a head sets the plans of the team, a manager reads only their own
and changes none (the service and the server both refuse)."""

import datetime as dt

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import PermissionDenied
from kamdesk.core.models.plan import Plan
from kamdesk.core.services import plans
from kamdesk.core.services.plans import PlanKey

MONTH = dt.date(2026, 12, 1)


def test_a_head_sets_plans_and_a_manager_reads_only_their_own(team):
    kdb.connect(team.url_of("h1"))
    plans.set_plan(PlanKey(MONTH, "sales"), "9000")
    for who in ("m1", "m2"):
        plans.set_plan(PlanKey(MONTH, "new_clients", team.managers[who]), 3)
    kdb.close()
    kdb.connect(team.url_of("m1"))
    seen = [(row.manager_id, row.kpi) for row in Plan.select()]
    assert seen == [(team.managers["m1"], "new_clients")]  # neither the department's nor m2's
    with pytest.raises(PermissionDenied):
        plans.set_plan(PlanKey(MONTH, "new_clients", team.managers["m1"]), 30)
    with pytest.raises(PermissionDenied):  # past the service, the server refuses too
        Plan.update(count=30).where(Plan.manager == team.managers["m1"]).execute()
    kdb.close()


def test_a_head_splits_the_department_plan_among_their_own_team(team):
    kdb.connect(team.url_of("h1"))
    plans.set_plan(PlanKey(MONTH, "active_clients"), 9)
    parts = plans.split_plan(MONTH, "active_clients", "even")
    kdb.close()
    assert sorted(parts) == sorted([team.managers["m1"], team.managers["m2"]])  # not m3, under another head
    assert sorted(parts.values()) == [4, 5]
