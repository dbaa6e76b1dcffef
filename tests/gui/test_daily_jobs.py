"""The daily jobs while the desk is open, and the contract windows taking their states from the core."""

import datetime as dt

from kamdesk.core.models import Contract
from kamdesk.core.services import contract as contract_service
from kamdesk.core.services import party
from kamdesk.gui.changes import CONTRACTS, changes
from kamdesk.gui.contract.contracts_page import ContractsPage
from kamdesk.gui.contract.labels import state_colour, state_labels
from kamdesk.gui.daily_jobs import DailyJobs

TODAY = dt.date.today()


def overdue_contract(company) -> Contract:
    client = party.save_client({"name": "Őrség Fűszer Kft.", "legal_city": "Szőce"})
    contract_service.ensure_builtin_templates()
    template = contract_service.list_templates()[0]
    saved = contract_service.save_contract({"client_id": client.id, "template_id": template.id,
                                            "start_date": TODAY - dt.timedelta(days=400),
                                            "end_date": TODAY - dt.timedelta(days=1)})  # its last day was yesterday
    contract_service.send_contract(saved.id)
    return contract_service.sign_contract(saved.id, TODAY - dt.timedelta(days=400))


def test_the_jobs_run_at_start_and_again_once_the_date_has_turned(company, qtbot):
    contract = overdue_contract(company)
    day = [TODAY - dt.timedelta(days=1)]
    jobs = DailyJobs(today=lambda: day[0])
    seen = []
    changes().changed.connect(seen.append)
    try:
        jobs.start()
        qtbot.waitUntil(lambda: jobs.last_run == day[0])
        assert jobs.timer.isActive()
        assert Contract.get_by_id(contract.id).state == "active"  # yesterday it had not ended yet
        assert not jobs.run_if_due()  # the same day: nothing to do
        day[0] = TODAY
        assert jobs.run_if_due()
    finally:
        changes().changed.disconnect(seen.append)
        jobs.timer.stop()
    assert Contract.get_by_id(contract.id).state == "expired"
    assert [change.touches(CONTRACTS) for change in seen] == [True]


def test_the_register_filters_by_the_states_the_core_declares(company, qtbot):
    page = ContractsPage()
    qtbot.addWidget(page)
    shown = contract_service.shown_states()
    assert [page.state.itemData(i) for i in range(1, page.state.count())] == [s.name for s in shown]
    assert [page.state.itemText(i) for i in range(1, page.state.count())] == [str(s.title) for s in shown]
    assert list(state_labels()) == [s.name for s in shown]
    assert state_colour("expiring").name() == contract_service.shown_state("expiring").colour
