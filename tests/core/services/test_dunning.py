"""Collection: the step settings, each overdue client's next step, taking a step, its history, Plan my week."""

import datetime as dt
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.models.dunning import DunningStep
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import audit as audit_service
from kamdesk.core.services import dunning, receivables
from kamdesk.core.services import suggestions as sug
from kamdesk.core.services.company import set_setting
from tests import factories

TODAY = dt.date(2026, 12, 9)
BUD = ZoneInfo("Europe/Budapest")


def invoice(client, number, due, gross, currency="HUF"):
    """An invoice as the accounting import stores it (the import is another module's; this is its result)."""
    made = Invoice.create(number=number, client=client, issue_date=due - dt.timedelta(days=8), due_date=due,
                          gross_amount=D(gross), net_amount=D(gross), open_amount=D(gross), currency=currency)
    settle(client)
    return made


def pay(client, paid_on, amount, remark=""):
    Payment.create(client=client, paid_on=paid_on, amount=D(amount), remark=remark, unallocated=D(amount),
                   fingerprint=f"{client.id}{paid_on}{amount}{remark}")
    settle(client)


def settle(client):
    with database.atomic():
        receivables.reallocate([client.id])


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def client(company):
    return factories.client("Győri Ősz Kft.", tax_number="12892312-2-42", manager="Kiss Anna")


# ---------------------------------------------------------------- settings

def test_steps_start_at_1_15_30_and_60_days_unless_set(company):
    assert dunning.step_days() == {"reminder": 1, "first_notice": 15, "second_notice": 30, "final": 60}
    dunning.set_step_days({"reminder": 3, "first_notice": 10, "second_notice": 20, "final": 45})
    assert dunning.step_days() == {"reminder": 3, "first_notice": 10, "second_notice": 20, "final": 45}


def test_step_days_must_grow_step_by_step_and_nothing_is_saved_otherwise(company):
    with pytest.raises(ValidationError) as refused:
        dunning.set_step_days({"reminder": 5, "first_notice": 5, "second_notice": 0, "final": 60})
    assert set(refused.value.errors) == {"dunning_first_notice_days", "dunning_second_notice_days"}
    assert "later than the step before" in str(refused.value.errors["dunning_first_notice_days"])
    assert dunning.step_days()["reminder"] == 1


def test_settings_written_out_of_order_elsewhere_fall_back_to_the_defaults(company):
    set_setting("dunning_final_days", "10")  # another program's write: the final before the first notice
    assert dunning.step_days() == dunning.DEFAULT_DAYS


# ---------------------------------------------------------------- the next step

@pytest.mark.parametrize(("age", "step"), [(1, "reminder"), (14, "reminder"), (15, "first_notice"),
                                           (45, "second_notice"), (60, "final"), (400, "final")])
def test_the_oldest_overdue_invoice_calls_for_a_step(client, age, step):
    invoice(client, "INV-1", days_ago(age), "1000")
    invoice(client, "INV-2", days_ago(-5), "700")  # not due yet: not chased
    [case] = dunning.cases(TODAY)
    assert (case.client_id, case.next_step, case.oldest_overdue_days, case.overdue) == (client.id, step, age,
                                                                                          D("1000.00"))


def test_nothing_overdue_nothing_to_chase(client):
    invoice(client, "INV-1", TODAY, "1000")  # due today: not late yet
    assert dunning.cases(TODAY) == []
    assert dunning.client_case(client.id, TODAY) is None


def test_money_paid_but_not_allocated_is_not_chased(client):
    invoice(client, "INV-1", days_ago(20), "1000")
    invoice(client, "INV-2", days_ago(-10), "500")
    pay(client, days_ago(2), "1300")  # settles INV-1 oldest first, 300 of INV-2
    assert dunning.cases(TODAY) == []


def test_a_step_taken_stands_until_the_age_reaches_the_next_one(client):
    invoice(client, "INV-1", days_ago(16), "1000")
    step = dunning.take_step(client.id, "first_notice", today=TODAY, letter_language="hu")
    [case] = dunning.cases(TODAY)
    assert (case.next_step, case.last_step, case.last_taken_on) == (None, "first_notice", TODAY)
    assert case.next_step_on == days_ago(16) + dt.timedelta(days=30)
    assert dunning.cases(TODAY, due_only=True) == []
    later = case.next_step_on
    assert dunning.client_case(client.id, later).next_step == "second_notice"
    assert DunningStep.get_by_id(step.id).letter_language == "hu"


def test_steps_over_invoices_paid_since_do_not_count(client):
    first = invoice(client, "INV-1", days_ago(70), "1000")
    dunning.take_step(client.id, "final", today=TODAY)
    pay(client, TODAY, "1000", remark=first.number)
    invoice(client, "INV-2", days_ago(3), "400")
    case = dunning.client_case(client.id, TODAY)
    assert (case.next_step, case.last_step, case.overdue) == ("reminder", None, D("400.00"))


def test_a_step_names_the_overdue_invoices_and_the_amount_of_that_day(client, company):
    invoice(client, "INV-7", days_ago(40), "1000")
    invoice(client, "INV-3", days_ago(20), "250.50")
    invoice(client, "INV-9", days_ago(-3), "999")
    step = dunning.take_step(client.id, "second_notice", today=TODAY)
    stored = DunningStep.get_by_id(step.id)
    assert stored.invoice_numbers == ("INV-7", "INV-3")  # oldest first; the one not due is not named
    assert (stored.amount_overdue, stored.currency, stored.step, stored.taken_on) == (
        D("1250.50"), "HUF", "second_notice", TODAY)
    assert stored.taken_by_id == company[1].id


def test_each_currency_is_chased_on_its_own(client):
    invoice(client, "INV-H", days_ago(20), "1000")
    invoice(client, "INV-E", days_ago(3), "80", currency="EUR")
    by_currency = {case.currency: case.next_step for case in dunning.cases(TODAY)}
    assert by_currency == {"HUF": "first_notice", "EUR": "reminder"}
    dunning.take_step(client.id, "reminder", currency="EUR", today=TODAY)
    assert {case.currency for case in dunning.cases(TODAY, due_only=True)} == {"HUF"}


def test_the_most_urgent_come_first_and_a_manager_sees_their_own(client, peter):
    other = factories.client("Ózdi Tüzép Bt.", manager="Nagy Péter")
    invoice(client, "INV-1", days_ago(5), "1000")
    invoice(other, "INV-2", days_ago(61), "10")
    assert [case.client for case in dunning.cases(TODAY)] == ["Ózdi Tüzép Bt.", "Győri Ősz Kft."]
    assert [case.client for case in dunning.cases(TODAY, manager_id=peter.id)] == ["Ózdi Tüzép Bt."]


# ---------------------------------------------------------------- taking a step

def test_a_step_is_refused_without_overdue_debt(client):
    invoice(client, "INV-1", days_ago(-1), "1000")
    with pytest.raises(ValidationError, match="Győri Ősz Kft. has no overdue debt to chase."):
        dunning.take_step(client.id, "reminder", today=TODAY)
    with pytest.raises(ValidationError, match="Unknown dunning step"):
        dunning.take_step(client.id, "threat", today=TODAY)
    assert DunningStep.select().count() == 0


def test_a_step_is_in_the_clients_history(client, company):
    invoice(client, "INV-1", days_ago(20), "1000")
    call = activity_service.create_activity({"kind": "call", "client_id": client.id, "owner_id": company[1].id,
                                             "start": dt.datetime(2026, 12, 10, 9, tzinfo=BUD), "subject": "Debt"})
    dunning.take_step(client.id, "first_notice", today=TODAY, activity_id=call.id)
    [entry] = [e for e in audit_service.entries(client_id=client.id) if e.table == "dunning_step"]
    changes = {change.column: change.new for change in entry.changes}
    assert entry.action == "insert"
    assert str(entry.title) == "Dunning step"
    assert changes["step"] == dunning.STEP_TITLES["first_notice"]  # its title, a Message the GUI translates
    assert changes["step"].template == "First notice"
    assert entry.record == "First notice · 2026-12-09"
    assert entry.as_json()["changes"][0]["new"] == "First notice"
    assert changes["amount_overdue"] == D("1000.00")
    assert changes["invoices"] == "INV-1"
    assert changes["activity_id"] == "Debt"  # the call planned for it, by its subject


# ---------------------------------------------------------------- Plan my week


def test_plan_my_week_proposes_calling_about_overdue_debt_before_anything_else(client, company):
    other = factories.client("Ózdi Tüzép Bt.", manager="Kiss Anna", key_account=True)
    factories.client("Zalai Kft.", manager="Kiss Anna", key_account=True, status="active")  # never contacted
    invoice(client, "INV-1", days_ago(20), "1000")
    invoice(other, "INV-2", days_ago(75), "50")
    found = sug.suggestions_for_week(dt.date(2026, 12, 7), owner_id=company[1].id,
                                     now=dt.datetime(2026, 12, 9, 10, tzinfo=BUD))
    first, second = found[:2]
    assert (first.client_name, first.kind) == ("Ózdi Tüzép Bt.", "visit")  # the final notice: in person
    assert (second.client_name, second.kind) == ("Győri Ősz Kft.", "call")
    assert str(second.reason) == "Overdue debt 1000.00 HUF, oldest 20 days past due: First notice."
    assert found[2].client_name == "Zalai Kft."  # a key account never contacted comes after the debts
    assert first.priority > second.priority > found[2].priority
    dunning.take_step(client.id, "first_notice", today=TODAY)
    again = sug.suggestions_for_week(dt.date(2026, 12, 7), owner_id=company[1].id,
                                     now=dt.datetime(2026, 12, 9, 10, tzinfo=BUD))
    assert [s.client_name for s in again if "Overdue debt" in str(s.reason)] == ["Ózdi Tüzép Bt."]


def test_scheduling_the_debt_suggestion_records_its_step_with_the_call_planned(client, company):
    anna = company[1]
    invoice(client, "INV-1", days_ago(20), "1000")
    other = factories.client("Zalai Kft.", manager="Kiss Anna", key_account=True, status="active")  # never contacted
    now = dt.datetime(2026, 12, 9, 10, tzinfo=BUD)
    found = sug.suggestions_for_week(dt.date(2026, 12, 7), owner_id=anna.id, now=now)
    chosen = [s for s in found if s.client_id in (client.id, other.id)]
    planned = sug.schedule_chosen(dt.date(2026, 12, 7), anna.id, chosen, now=now)
    [step] = DunningStep.select()
    call = next(activity for activity in planned if activity.client_id == client.id)
    assert (step.client_id, step.step, step.activity_id, step.taken_on) == (client.id, "first_notice", call.id, TODAY)
    assert call.kind == "call" and len(planned) == 2  # the other client's call records no step
    next_week = sug.suggestions_for_week(dt.date(2026, 12, 14), owner_id=anna.id,
                                         now=dt.datetime(2026, 12, 14, 9, tzinfo=BUD))
    assert not [s for s in next_week if "Overdue debt" in str(s.reason)]  # the first notice stands


def test_a_debt_paid_before_scheduling_plans_nothing(client, company):
    anna = company[1]
    invoice(client, "INV-1", days_ago(20), "1000")
    now = dt.datetime(2026, 12, 9, 10, tzinfo=BUD)
    [debt] = [s for s in sug.suggestions_for_week(dt.date(2026, 12, 7), owner_id=anna.id, now=now)
              if s.client_id == client.id]
    pay(client, days_ago(1), "1000")
    with pytest.raises(ValidationError):
        sug.schedule_chosen(dt.date(2026, 12, 7), anna.id, [debt], now=now)
    assert DunningStep.select().count() == 0
    assert not activity_service.week_activities(dt.date(2026, 12, 7), activity_service.ActivityFilter())
