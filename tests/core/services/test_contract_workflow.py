"""The contract workflow declared once: states, allowed verbs and actions per state, reads that never write,
and expiry as the daily job that moves and logs."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import WorkflowError
from kamdesk.core.models import Contract, Offer
from kamdesk.core.models.workflow import StateChange
from kamdesk.core.services import catalogue, offer, party, sale
from kamdesk.core.services import contract as contracts
from kamdesk.core.services.jobs import run_daily_jobs
from kamdesk.core.workflow import history

TODAY = dt.date.today()


@pytest.fixture
def client(company):
    return party.save_client({"name": "Őrség Fűszer Kft.", "legal_city": "Szőce", "legal_postcode": "9935",
                              "legal_street": "Fő út 12.", "tax_number": "10537914-2-44"})


def contract(client, state: str = "draft", **values) -> Contract:
    """A contract brought to `state` through the services."""
    contracts.ensure_builtin_templates()
    template = next(t for t in contracts.list_templates() if t.key == "supply_hu")
    start = values.pop("start_date", TODAY - dt.timedelta(days=100))
    saved = contracts.save_contract({"client_id": client.id, "template_id": template.id, "start_date": start,
                                     "end_date": values.pop("end_date", TODAY + dt.timedelta(days=265)),
                                     **values})
    if state in ("sent", "active", "terminated"):
        contracts.send_contract(saved.id)
    if state in ("active", "terminated"):
        contracts.sign_contract(saved.id, start)
    if state == "terminated":
        contracts.terminate_contract(saved.id, "Agreement of the parties", TODAY)
    return Contract.get_by_id(saved.id)


def overdue(client, renews: bool = False) -> Contract:
    """An active contract whose end has passed and which the daily job has not seen yet."""
    return contract(client, "active", start_date=TODAY - dt.timedelta(days=400),
                    end_date=TODAY - dt.timedelta(days=35), auto_renewal=renews, renewal_months=1)


def snapshot() -> list:
    return [tuple(row) for row in Contract.select().order_by(Contract.id).tuples()] + [StateChange.select().count()]


def test_the_contract_states_are_declared_once_with_titles_words_and_colours():
    assert contracts.CONTRACT.names() == ("draft", "sent", "active", "expired", "terminated")
    assert contracts.CONTRACT.names(final=True) == ("expired", "terminated")
    assert [s.name for s in contracts.shown_states()] == ["draft", "sent", "active", "expiring", "expired",
                                                          "terminated"]
    assert contracts.shown_state("sent").title == "Sent for signature"
    assert contracts.shown_state("expiring").word == "expiring" and contracts.shown_state("expiring").colour
    assert all(state.colour.startswith("#") for state in contracts.shown_states())


@pytest.mark.parametrize("state, verbs, actions", [
    ("draft", ["send", "sign"], {"edit", "generate", "send", "sign"}),
    ("sent", ["withdraw", "sign"], {"generate", "withdraw", "sign", "amend"}),
    ("active", ["terminate"], {"generate", "terminate", "renew", "amend"}),
    ("terminated", [], set()),
])
def test_allowed_verbs_and_actions_follow_the_state(client, state, verbs, actions):
    record = contract(client, state)
    assert [verb.name for verb in contracts.CONTRACT.allowed_verbs(record)] == verbs
    assert contracts.actions(record) == actions
    assert contracts.actions(None) == {"edit", "generate", "send", "sign"}  # a contract not saved yet


def test_an_overdue_contract_is_offered_and_refused_as_expired_before_the_job_runs(client):
    ends, renews = overdue(client), overdue(client, renews=True)
    assert [verb.name for verb in contracts.CONTRACT.allowed_verbs(ends)] == ["expire"]
    assert contracts.actions(ends) == {"expire", "renew"}
    assert [verb.name for verb in contracts.CONTRACT.allowed_verbs(renews)] == ["terminate", "extend"]
    with pytest.raises(WorkflowError, match="is expired: it cannot be terminated"):
        contracts.terminate_contract(ends.id, "Breach")
    with pytest.raises(WorkflowError, match="is expired: only a contract in force is amended"):
        contracts.amend_contract(ends.id)
    assert contracts.display_state(ends) == "expired" and contracts.current_end(renews) >= TODAY


def test_a_move_is_stamped_and_logged_with_who(client, company):
    draft = contract(client)
    sent = contracts.send_contract(draft.id)
    assert sent.state == "sent" and sent.sent_at is not None
    [move] = history("contract", draft.id)
    assert (move.verb, move.from_state, move.to_state, move.manager_id) == ("send", "draft", "sent", company[1].id)


def test_reads_never_write(client):
    ends, renews = overdue(client), overdue(client, renews=True)
    contract(client, "active")
    before = snapshot()
    listed = {c.id: contracts.display_state(c) for c in contracts.list_contracts()}
    for state in contracts.shown_states():
        contracts.list_contracts(state=state.name)
    contracts.client_contracts(client.id)
    contracts.due_for_renewal()
    contracts.overdue_obligations()
    assert snapshot() == before
    assert listed[ends.id] == "expired" and listed[renews.id] in ("active", "expiring")
    assert [c.id for c in contracts.list_contracts(state="expired")] == [ends.id]
    assert ends.id not in {c.id for c in contracts.list_contracts(state="active")}


def test_the_daily_job_expires_and_renews_and_logs_it(client):
    ends, renews = overdue(client), overdue(client, renews=True)
    running = contract(client, "active")
    assert run_daily_jobs(TODAY) == {"contracts": 2, "offers": 0}
    assert Contract.get_by_id(ends.id).state == "expired"
    renewed = Contract.get_by_id(renews.id)
    assert renewed.state == "active" and TODAY <= renewed.end_date < TODAY + dt.timedelta(days=32)
    assert [(m.verb, m.from_state, m.to_state, m.manager_id) for m in history("contract", ends.id)][-1] == \
        ("expire", "active", "expired", None)  # the job did it, not a manager
    assert [m.verb for m in history("contract", renews.id)][-1] == "extend"
    assert history("contract", running.id)[-1].verb == "sign"
    assert run_daily_jobs(TODAY) == {"contracts": 0, "offers": 0}  # safe to run again the same day


def test_the_daily_job_expires_offers_past_their_validity(client):
    column = catalogue.save_price_column("Listaár", is_default=True)
    milk = catalogue.save_product({"sku": "TEJ-1", "name": "Tej 1 l", "vat_rate": 18})
    catalogue.set_price(milk.id, column.id, D(399))
    old = offer.save_offer({"client_id": client.id, "offer_date": TODAY, "valid_until": TODAY},
                           [sale.LineRequest(milk.id, D(1), D(0))])
    assert run_daily_jobs(TODAY + dt.timedelta(days=1)) == {"contracts": 0, "offers": 1}
    assert Offer.get_by_id(old.id).state == "expired"
