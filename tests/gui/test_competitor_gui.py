"""The competitor area in the window: the completion dialog's optional competitor action."""

import datetime as dt

from kamdesk.core.services import activity as act
from kamdesk.core.services import competitors, party
from kamdesk.gui.activity.complete_dialog import CompleteDialog
from tests.gui.keyboard import activate


def yesterday_visit(company):
    client = party.save_client({"name": "Kovács Kft.", "legal_city": "Győr", "status": "active"})
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(10), act.local_zone())
    return act.create_activity({"kind": "visit", "client_id": client.id, "start": start, "subject": "Visit"})


def open_complete(qtbot, activity_id) -> CompleteDialog:
    dialog = CompleteDialog(activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    return dialog


def test_the_completion_records_the_competitor_action_when_ticked(qtbot, company):
    rival = competitors.save_competitor({"name": "Tejút Zrt."})
    visit = yesterday_visit(company)
    dialog = open_complete(qtbot, visit.id)
    box = dialog.competitor_action
    assert box.isVisible() and not box.isChecked()
    dialog.ui.next_step.setChecked(False)
    box.setChecked(True)
    box.kind.setCurrentIndex(box.kind.findData("promotion"))
    box.description.setText("10 % off dairy")
    dialog.accept()
    assert dialog.result() == CompleteDialog.DialogCode.Accepted
    [row] = competitors.action_rows(competitor_id=rival.id)
    assert (row.kind, row.description, row.activity_id) == ("promotion", "10 % off dairy", visit.id)


def test_an_empty_competitor_action_keeps_the_dialog_open_and_the_activity_planned(qtbot, company):
    competitors.save_competitor({"name": "Tejút Zrt."})
    visit = yesterday_visit(company)
    dialog = open_complete(qtbot, visit.id)
    dialog.ui.next_step.setChecked(False)
    dialog.competitor_action.setChecked(True)
    dialog.accept()
    assert dialog.isVisible()
    assert act.get_view(visit.id).state == "planned"
    assert dialog.ui.form_error.text()


def test_without_competitors_the_part_is_hidden_and_completion_is_as_before(qtbot, company):
    visit = yesterday_visit(company)
    dialog = open_complete(qtbot, visit.id)
    assert not dialog.competitor_action.isVisible()
    dialog.ui.next_step.setChecked(False)
    dialog.accept()
    assert act.get_view(visit.id).state == "done"
