"""Reports on the team server as real logins: a manager's report is of their own clients whatever they ask, a
head's of their team (the server's row security and the reports' own check agree)."""

import datetime as dt

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import PermissionDenied
from kamdesk.core.reports import access, builder
from kamdesk.core.reports.model import ReportRequest, resolve_period


def clients_in_refusals(manager_id: int | None) -> set[str]:
    period = resolve_period(f"{dt.date.today():%Y-%m}")
    document = builder("refusals")(ReportRequest("refusals", period, manager_id))
    by_client = document.tables[-1]
    return {row[0] for row in by_client.rows}


def test_a_manager_gets_their_own_clients_and_may_not_ask_for_anothers(team):
    kdb.connect(team.url_of("m1"))
    me = team.managers["m1"]
    assert access.report_manager(None) == me
    with pytest.raises(PermissionDenied):
        access.report_manager(team.managers["m2"])
    assert clients_in_refusals(access.report_manager(None)) == {"Client of m1"}


def test_a_head_chooses_any_manager_or_the_whole_team(team):
    kdb.connect(team.url_of("h1"))
    assert access.report_manager(None) is None
    assert access.report_manager(team.managers["m2"]) == team.managers["m2"]
    assert clients_in_refusals(None) == {"Client of m1", "Client of m2", "Client of h1", "Client of nobody"}
    assert clients_in_refusals(team.managers["m2"]) == {"Client of m2"}
