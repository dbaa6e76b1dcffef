"""The KPI dashboard on the team server as real logins: a manager gets their own card and lists only their own
clients; a head gets the department's total first and a card per manager."""

import datetime as dt

from kamdesk.core import db as kdb
from kamdesk.core.models import Order
from kamdesk.core.services import kpi_dashboard, kpi_lists
from kamdesk.core.services.kpi import month_start


def test_a_manager_sees_their_own_card_and_clients_a_head_the_team(team):
    kdb.connect(team.url)  # the owner: the fixture's orders become sales (no policy applies to the owner)
    Order.update(state="confirmed").execute()
    kdb.close()
    start = month_start(dt.date.today())
    end = month_start(start, -1) - dt.timedelta(days=1)
    kdb.connect(team.url_of("m1"))
    mine = kpi_dashboard.read(start, end)
    assert [card.row.manager_id for card in mine.cards] == [team.managers["m1"]]
    assert mine.cards[0].row.active_clients.actual == 1
    assert [c.client_id for c in kpi_lists.clients("active", start, end)] == [team.clients["m1"]]
    kdb.close()
    kdb.connect(team.url_of("h1"))
    board = kpi_dashboard.read(start, end)
    ids = [card.row.manager_id for card in board.cards]
    assert ids[0] is None and {team.managers["m1"], team.managers["m2"]} <= set(ids[1:])
    kdb.close()
