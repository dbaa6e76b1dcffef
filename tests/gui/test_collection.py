"""The Collection page as a manager uses it: overdue clients and their next step, planning the call or visit,
saving the letter; and the dunning step settings on the Company page."""

import datetime as dt
import types

import pytest
from PySide6.QtWidgets import QFileDialog

from kamdesk.core.models import Activity
from kamdesk.core.models.dunning import DunningStep
from kamdesk.core.services import company as company_service
from kamdesk.core.services import dunning
from kamdesk.core.services import settlement_entry as entry
from kamdesk.gui.settlement import collection_page
from kamdesk.gui.settlement.collection_page import CollectionPage
from tests import factories
from tests.gui.keyboard import activate
from tests.gui.waiting import finish, settled

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def books(company, peter):
    """Kovács (Péter's) 70 days overdue: the final notice; Szűcs 20 days: the first notice; Alfa: nothing due."""
    company_service.save_company({"bank_account": "11700000-12345678-00000000",
                                  "row_version": company_service.get_company().row_version})
    kovacs = factories.client("Kovács Kft.", manager=peter.id, legal_country="HU")
    szucs = factories.client("Szűcs Bt.", legal_country="HU", contacts=[{"name": "Szűcs Ödön", "is_primary": True}])
    alfa = factories.client("Alfa Zrt.")
    entry.save_invoice({"number": "SZ-2026-001", "client": kovacs.id, "issue_date": ago(80), "due_date": ago(70),
                        "gross_amount": "100000"})
    entry.save_invoice({"number": "SZ-2026-002", "client": szucs.id, "issue_date": ago(28), "due_date": ago(20),
                        "gross_amount": "20000"})
    entry.save_invoice({"number": "SZ-2026-003", "client": szucs.id, "issue_date": ago(8), "due_date": ago(2),
                        "gross_amount": "5000"})
    entry.save_invoice({"number": "SZ-2026-004", "client": alfa.id, "issue_date": ago(3),
                        "due_date": TODAY + dt.timedelta(days=5), "gross_amount": "7000"})
    return types.SimpleNamespace(kovacs=kovacs, szucs=szucs, alfa=alfa)


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    activate(widget)
    return widget


def column(page, name: str) -> list[str]:
    model, position = page.model, page.model.COLUMNS.index(name)
    return [model.index(row, position).data() for row in range(model.rowCount())]


def choose(page, client) -> None:
    page.listing.select(next(row.id for row in page.model.rows() if row.client_id == client.id))


def test_overdue_clients_with_their_next_step_the_most_urgent_first(qtbot, qtmodeltester, books):
    page = show(qtbot, CollectionPage())
    qtmodeltester.check(page.model)
    assert column(page, "client") == ["Kovács Kft.", "Szűcs Bt."]  # Alfa owes nothing past due
    assert column(page, "next_step") == ["Final notice", "First notice"]
    assert column(page, "overdue") == ["100,000", "25,000"]
    assert column(page, "oldest_overdue_days") == ["70", "20"]
    assert page.listing.count_label.text() == "2 clients with overdue debt"
    choose(page, books.szucs)
    assert page.detail_title.text() == "Szűcs Bt.: overdue invoices"
    assert [page.items.item(row, 0).text() for row in range(page.items.rowCount())] == ["SZ-2026-002", "SZ-2026-003"]
    assert page.plan_button.text().replace("&", "") == "Plan a call…"
    choose(page, books.kovacs)
    assert page.plan_button.text().replace("&", "") == "Plan a visit…"


def test_planning_the_call_takes_the_step_with_the_activity(qtbot, books):
    page = show(qtbot, CollectionPage())
    choose(page, books.szucs)
    dialog = page.plan()
    assert dialog.ui.kind.currentData() == "call" and dialog.client.client_id == books.szucs.id
    assert dialog.ui.subject.text() == "First notice: overdue debt 25000.00 HUF"
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    [step] = DunningStep.select()
    activity = Activity.get_by_id(step.activity_id)
    assert (step.step, step.client_id, activity.kind, activity.client_id) == ("first_notice", books.szucs.id,
                                                                              "call", books.szucs.id)
    assert step.invoice_numbers == ("SZ-2026-002", "SZ-2026-003")
    row = next(row for row in page.model.rows() if row.client_id == books.szucs.id)
    assert (row.next_step, row.last_step, row.last_taken_on) == ("", "first_notice", TODAY)
    assert page.message.text() == "First notice planned with Szűcs Bt.; the step is recorded."
    choose(page, books.szucs)
    assert not page.plan_button.isEnabled()
    assert page.steps.rowCount() == 1 and page.steps.item(0, 1).text() == "First notice"
    page.due_only.setChecked(True)
    assert column(page, "client") == ["Kovács Kft."]


def test_the_final_notice_is_a_visit(qtbot, books):
    page = show(qtbot, CollectionPage())
    choose(page, books.kovacs)
    dialog = page.plan()
    assert dialog.ui.kind.currentData() == "visit"
    dialog.reject()


def test_the_letter_is_saved_as_pdf_and_docx_and_the_step_taken(qtbot, books, tmp_path, monkeypatch):
    asked = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "felszólítás.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = show(qtbot, CollectionPage())
    choose(page, books.szucs)
    finish(qtbot, page.letter())
    assert asked[0].endswith("Fizetési felszólítás - Első felszólítás - Szűcs Bt. - " f"{TODAY.isoformat()}.pdf")
    assert (tmp_path / "felszólítás.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "felszólítás.docx").stat().st_size > 0
    [step] = DunningStep.select()
    assert (step.step, step.letter_language, step.activity_id) == ("first_notice", "hu", None)
    assert page.message.text() == ("The letter to Szűcs Bt. is saved as felszólítás.pdf and felszólítás.docx; "
                                   "the step is recorded.")


def test_a_letter_that_cannot_be_written_says_why_and_takes_no_step(qtbot, books, monkeypatch):
    company_service.save_company({"bank_account": "", "row_version": company_service.get_company().row_version})
    shown = []
    monkeypatch.setattr(collection_page, "show_error", lambda _parent, error: shown.append(str(error)))
    page = show(qtbot, CollectionPage())
    choose(page, books.szucs)
    assert page.letter() is None
    assert shown == ["The letter prints our company's bank account, which is empty."]
    assert DunningStep.select().count() == 0


def test_a_manager_sees_their_own_clients(qtbot, books, peter):
    page = show(qtbot, CollectionPage())
    page.manager.setCurrentIndex(page.manager.findData(peter.id))
    assert column(page, "client") == ["Kovács Kft."]


# ---------------------------------------------------------------- settings

def test_company_page_saves_when_each_step_starts(qtbot, company):
    from kamdesk.gui.company import CompanyPage

    page = CompanyPage()
    qtbot.addWidget(page)
    assert {step: spin.value() for step, spin in page.dunning_days.items()} == dunning.DEFAULT_DAYS
    page.dunning_days["first_notice"].setValue(10)
    page.dunning_days["final"].setValue(45)
    assert page.section_changed(page.collection_box)  # Ctrl+S would save it
    with qtbot.waitSignal(page.changed):
        assert page.save_collection_settings()
    assert dunning.step_days() == {"reminder": 1, "first_notice": 10, "second_notice": 30, "final": 45}
    page.dunning_days["second_notice"].setValue(5)
    assert not page.save_collection_settings()
    label = page._collection_errors.labels["dunning_second_notice_days"]
    assert label.text() == "The Second notice must start later than the step before it."
    assert dunning.step_days()["second_notice"] == 30


def test_plan_my_week_scheduling_a_debt_takes_its_step(qtbot, books, company):
    from kamdesk.gui.activity.suggestions_panel import SuggestionsPanel

    panel = show(qtbot, SuggestionsPanel())
    next_monday = TODAY - dt.timedelta(days=TODAY.weekday()) + dt.timedelta(days=7)  # a week with free time
    panel.set_week(next_monday, None, company[1].id)
    settled(qtbot)  # the suggestions are read on a worker
    panel.set_checked([books.szucs.id])
    assert panel.schedule_selected() == [books.szucs.id]
    [step] = DunningStep.select()
    assert (step.client_id, step.step) == (books.szucs.id, "first_notice")
    assert step.activity.client_id == books.szucs.id and step.activity.kind == "call"
