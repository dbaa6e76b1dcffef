"""The activity and completion dialogs as a user drives them: typing a client, times, repetition, errors."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.core.models import Activity
from kamdesk.core.services import activity as act
from kamdesk.core.services import party
from kamdesk.gui.activity import activity_dialog
from kamdesk.gui.activity.activity_dialog import ActivityDialog
from kamdesk.gui.activity.complete_dialog import CompleteDialog, next_working_day
from tests.gui.keyboard import activate, answering_boxes, press_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def kovacs(company):
    return party.save_client({"name": "Kovács és Társa Kft.", "legal_postcode": "9021", "legal_city": "Győr",
                              "legal_street": "Fő utca 1.", "status": "active"},
                             [{"name": "Nagy Ilona", "position": "beszerző"}, {"name": "Kiss Péter"}])


@pytest.fixture
def others(company):
    return [party.save_client({"name": name, "legal_city": city, "status": "active"})
            for name, city in (("Szűcs Élelmiszer Bt.", "Győr"), ("Alfa Logisztika Zrt.", "Debrecen"))]


def next_monday() -> dt.date:
    return act.week_start(dt.datetime.now(act.local_zone()).date()) + dt.timedelta(days=7)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), act.local_zone())


def open_dialog(qtbot, *args, **kwargs) -> ActivityDialog:
    dialog = ActivityDialog(*args, **kwargs)
    qtbot.addWidget(dialog, before_close_func=lambda d: d._set_dirty(False))
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    return dialog


def pick_client(qtbot, dialog: ActivityDialog, text: str) -> None:
    """Type into the client field and take the first offer of the popup (Enter)."""
    dialog.ui.client.setFocus()
    type_text(dialog.ui.client, text)
    qtbot.waitUntil(dialog.client.completer.popup().isVisible)
    press_enter(qtbot, dialog.ui.client)
    qtbot.waitUntil(lambda: dialog.client.client_id is not None)


def test_a_call_is_planned_by_typing_the_client(qtbot, kovacs, others):
    monday = next_monday()
    dialog = open_dialog(qtbot, start=at(monday, 10, 15))
    assert dialog.ui.date.date() == QDate(monday.year, monday.month, monday.day)
    assert dialog.ui.start_time.time() == QTime(10, 15) and dialog.ui.end_time.time() == QTime(10, 45)
    pick_client(qtbot, dialog, "kovacs")  # no accent typed: still found
    qtbot.waitUntil(lambda: dialog.ui.client.text() == "Kovács és Társa Kft.")
    assert [dialog.ui.contact.itemText(i) for i in range(dialog.ui.contact.count())][1:] == [
        "Nagy Ilona — beszerző", "Kiss Péter"]
    dialog.ui.contact.setCurrentIndex(1)
    dialog.ui.subject.setFocus()
    type_text(dialog.ui.subject, "Árajánlat ősszel")
    qtbot.keyClick(dialog.ui.subject, Qt.Key.Key_S, CTRL)
    assert dialog.result() == ActivityDialog.DialogCode.Accepted
    view = act.get_view(dialog.activity_id)
    assert (view.kind, view.client_name, view.contact_name, view.subject) == (
        "call", "Kovács és Társa Kft.", "Nagy Ilona", "Árajánlat ősszel")
    assert (view.start, view.duration_minutes) == (at(monday, 10, 15), 30)


def test_typing_a_client_and_enter_takes_the_first_match(qtbot, kovacs, others):
    """The first match is highlighted as the user types; Enter chooses it (no accent typed, no arrow key)."""
    dialog = open_dialog(qtbot, start=at(next_monday(), 9))
    dialog.ui.client.setFocus()
    type_text(dialog.ui.client, "szucs")
    popup = dialog.client.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.currentIndex().row() == 0 and popup.selectionModel().isSelected(popup.currentIndex())
    assert dialog.ui.client.text() == "szucs"  # highlighting does not overwrite what is typed
    press_enter(qtbot, dialog.ui.client)
    qtbot.waitUntil(lambda: dialog.client.client_id == others[0].id)
    qtbot.waitUntil(lambda: dialog.ui.client.text() == "Szűcs Élelmiszer Bt.")
    assert dialog.isVisible()  # Enter chose the client; it did not press OK


def test_tab_out_of_the_client_field_takes_the_highlighted_match(qtbot, kovacs, others):
    dialog = open_dialog(qtbot, start=at(next_monday(), 9))
    dialog.ui.client.setFocus()
    type_text(dialog.ui.client, "gyor")  # two clients in Győr: Kovács (first by name) and Szűcs
    popup = dialog.client.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.client.client_id == others[0].id)
    assert dialog.ui.client.text() == "Szűcs Élelmiszer Bt." and not popup.isVisible()


def test_bad_input_is_shown_beside_the_fields_and_nothing_is_lost(qtbot, company):
    dialog = open_dialog(qtbot, start=at(next_monday(), 9))
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("visit"))
    dialog.ui.subject.setText("Bemutató")
    dialog.ui.end_time.setTime(QTime(8, 0))  # before the start
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.ui.client_error.isVisible() and "client" in dialog.ui.client_error.text()
    assert dialog.ui.end_error.isVisible() and "ends before it starts" in dialog.ui.end_error.text()
    assert dialog.ui.subject.text() == "Bemutató"  # what was typed stays
    assert Activity.select().count() == 0


def test_an_error_goes_as_soon_as_its_field_is_corrected(qtbot, kovacs):
    dialog = open_dialog(qtbot, start=at(next_monday(), 9))
    dialog.ui.end_time.setTime(QTime(8, 0))  # before the start
    qtbot.keyClick(dialog.ui.subject, Qt.Key.Key_S, CTRL)
    assert dialog.ui.client_error.isVisible() and dialog.ui.end_error.isVisible()
    dialog.ui.end_time.setFocus()
    qtbot.keyClick(dialog.ui.end_time, Qt.Key.Key_Up)  # 09:00: no longer before the start
    qtbot.keyClick(dialog.ui.end_time, Qt.Key.Key_Up)
    assert dialog.ui.end_time.time() == QTime(10, 0)
    assert not dialog.ui.end_error.isVisible()
    assert dialog.ui.client_error.isVisible()  # not corrected yet
    pick_client(qtbot, dialog, "kovacs")
    assert not dialog.ui.client_error.isVisible()
    assert dialog.save()


def test_the_clients_primary_contact_is_chosen_for_the_user(qtbot, kovacs):
    party.save_client({"name": kovacs.name, "legal_postcode": "9021", "legal_city": "Győr", "legal_street": "Fő utca 1.",
                       "status": "active"},
                      [{"id": c.id, "name": c.name, "position": c.position, "is_primary": c.name == "Kiss Péter"}
                       for c in party.client_contacts(kovacs.id)], client_id=kovacs.id)
    dialog = open_dialog(qtbot, start=at(next_monday(), 9))
    pick_client(qtbot, dialog, "kovacs")
    assert dialog.ui.contact.currentText() == "Kiss Péter"
    assert dialog.save()
    assert act.get_view(dialog.activity_id).contact_name == "Kiss Péter"
    without = act.create_activity({"kind": "call", "client_id": kovacs.id, "start": at(next_monday(), 11)})
    opened = open_dialog(qtbot, without.id)
    assert opened.ui.contact.currentData() is None  # saved without a contact: it stays so


def test_a_visit_goes_to_the_clients_address(qtbot, kovacs):
    dialog = open_dialog(qtbot, start=at(next_monday(), 9), client_id=kovacs.id, kind="visit")
    assert dialog.ui.location.text() == "9021 Győr Fő utca 1."
    assert dialog.ui.duration.value() == 90  # a visit takes longer than a call by default
    assert dialog.save()


def test_a_task_needs_no_client_and_can_last_all_day(qtbot, company):
    monday = next_monday()
    dialog = open_dialog(qtbot, start=at(monday, 9), kind="task")
    dialog.ui.all_day.setChecked(True)
    assert not dialog.ui.start_time.isVisible()
    dialog.ui.subject.setText("Heti jelentés")
    assert dialog.save()
    view = act.get_view(dialog.activity_id)
    assert view.all_day and view.start.date() == monday and view.client_id is None


def test_monthly_on_the_first_tuesday_until_a_date(qtbot, kovacs):
    tuesday = dt.date(2027, 2, 2)  # the first Tuesday of February 2027
    dialog = open_dialog(qtbot, start=at(tuesday, 9), client_id=kovacs.id)
    ui = dialog.ui
    ui.repeat.setCurrentIndex(ui.repeat.findData("monthly"))
    assert ui.monthly_row.isVisible() and not ui.weekly_row.isVisible()
    ui.month_by.setCurrentIndex(ui.month_by.findData("weekday"))
    assert ui.month_week.currentData() == 1 and ui.month_weekday.currentData() == 1  # first Tuesday, from the date
    ui.ends_until.setChecked(True)
    ui.until.setDate(QDate(2027, 5, 31))
    assert dialog.recurrence() == act.Recurrence("monthly", weekdays=(1,), month_week=1, until=dt.date(2027, 5, 31))
    assert dialog.save()
    views = act.activities_between(dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert [v.start.date() for v in views] == [dt.date(2027, 2, 2), dt.date(2027, 3, 2), dt.date(2027, 4, 6),
                                               dt.date(2027, 5, 4)]


def test_weekly_on_chosen_days_every_second_week(qtbot, kovacs):
    monday = next_monday()
    dialog = open_dialog(qtbot, start=at(monday, 9), client_id=kovacs.id)
    ui = dialog.ui
    ui.repeat.setCurrentIndex(ui.repeat.findData("weekly"))
    ui.interval.setValue(2)
    assert ui.weekday_0.isChecked()  # the start's weekday
    ui.weekday_3.setChecked(True)
    ui.count.setValue(4)
    assert dialog.save()
    starts = [v.start for v in act.activities_between(monday, monday + dt.timedelta(days=60))]
    assert starts == [at(monday, 9), at(monday + dt.timedelta(days=3), 9), at(monday + dt.timedelta(days=14), 9),
                      at(monday + dt.timedelta(days=17), 9)]


def test_a_series_that_ends_before_it_starts_is_refused_with_a_message(qtbot, kovacs):
    monday = next_monday()
    dialog = open_dialog(qtbot, start=at(monday, 9), client_id=kovacs.id)
    dialog.ui.repeat.setCurrentIndex(dialog.ui.repeat.findData("daily"))
    dialog.ui.ends_until.setChecked(True)
    before = monday - dt.timedelta(days=3)
    dialog.ui.until.setDate(QDate(before.year, before.month, before.day))
    assert not dialog.save()
    assert dialog.ui.recurrence_error.isVisible() and dialog.ui.recurrence_error.text()
    assert Activity.select().count() == 0


@pytest.fixture
def series(kovacs):
    monday = next_monday()
    first = act.create_activity({"kind": "call", "client_id": kovacs.id, "start": at(monday, 9), "subject": "Heti"},
                                recurrence=act.Recurrence("weekly", weekdays=(0,), count=4))
    return [v for v in act.activities_between(monday, monday + dt.timedelta(days=30)) if v.series_id == first.series_id]


@pytest.mark.parametrize("scope", ["this", "series"])
def test_changing_an_occurrence_asks_this_or_series(qtbot, series, monkeypatch, scope):
    asked = []
    monkeypatch.setattr(activity_dialog, "ask_scope", lambda parent, action: asked.append(action) or scope)
    second = series[1]
    dialog = open_dialog(qtbot, second.id)
    assert dialog.ui.series_note.isVisible()
    assert dialog.ui.repeat.currentData() == "weekly" and dialog.ui.count.value() == 4
    dialog.ui.subject.setText("Heti egyeztetés")
    dialog.ui.start_time.setTime(QTime(10, 0))
    assert dialog.save()
    assert asked == ["change"]
    views = act.activities_between(series[0].start.date(), series[-1].start.date())
    subjects = [v.subject for v in views]
    hours = [v.start.hour for v in views]
    if scope == "this":
        assert subjects == ["Heti", "Heti egyeztetés", "Heti", "Heti"] and hours == [9, 10, 9, 9]
    else:  # the whole series follows (planned occurrences not changed on their own)
        assert subjects == ["Heti egyeztetés"] * 4 and hours == [10] * 4


def test_cancelling_the_question_saves_nothing(qtbot, series, monkeypatch):
    monkeypatch.setattr(activity_dialog, "ask_scope", lambda parent, action: None)
    dialog = open_dialog(qtbot, series[1].id)
    dialog.ui.subject.setText("Más")
    assert not dialog.save()
    assert act.get_view(series[1].id).subject == "Heti"


def test_escape_asks_before_discarding_changes(qtbot, kovacs, monkeypatch):
    dialog = open_dialog(qtbot, start=at(next_monday(), 9), client_id=kovacs.id)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.ui.subject.setFocus()
    type_text(dialog.ui.subject, "Új")
    qtbot.keyClick(dialog.ui.subject, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # Cancel: the dialog stays, the text too
    assert dialog.ui.subject.text() == "Új"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.ui.subject, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Activity.select().count() == 0


def test_a_done_activity_opens_read_only(qtbot, kovacs):
    call = act.create_activity({"kind": "call", "client_id": kovacs.id, "start": at(next_monday(), 9)})
    act.complete_activity(call.id, "reached", "Megrendel", record_now=True)
    dialog = open_dialog(qtbot, call.id)
    assert not dialog.ui.subject.isEnabled() and "Megrendel" in dialog.ui.series_note.text()
    assert not dialog.save()


# ---------------------------------------------------------------- completing

def open_complete(qtbot, activity_id) -> CompleteDialog:
    dialog = CompleteDialog(activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    return dialog


def test_completing_plans_the_next_step_on_the_next_working_day(qtbot, kovacs):
    friday = next_monday() + dt.timedelta(days=4)
    call = act.create_activity({"kind": "visit", "client_id": kovacs.id, "start": at(friday, 14, 30),
                                "duration_minutes": 60, "subject": "Szerződés"})
    dialog = open_complete(qtbot, call.id)
    ui = dialog.ui
    monday = friday + dt.timedelta(days=3)
    assert ui.next_step.isChecked() and ui.next_kind.currentData() == "visit"
    assert ui.next_date.date().toPython() == monday and ui.next_time.time() == QTime(14, 30)
    assert ui.next_duration.value() == 60
    ui.result_not_reached.setChecked(True)
    type_text(ui.outcome, "Nem volt bent, holnap újra")
    ui.next_kind.setCurrentIndex(ui.next_kind.findData("call"))
    ui.next_subject.setText("Újrahívás")
    with answering_boxes():  # still to come: record it now
        qtbot.keyClick(ui.outcome, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == CompleteDialog.DialogCode.Accepted
    done = act.get_view(call.id)
    assert (done.state, done.result, done.outcome) == ("done", "not_reached", "Nem volt bent, holnap újra")
    follow_up = act.get_view(dialog.follow_up_id)
    assert follow_up.follow_up_of == call.id
    assert (follow_up.kind, follow_up.client_id, follow_up.subject, follow_up.start) == (
        "call", kovacs.id, "Újrahívás", at(monday, 14, 30))


def test_the_next_steps_length_follows_its_kind_unless_set_by_hand(qtbot, kovacs):
    visit = act.create_activity({"kind": "visit", "client_id": kovacs.id, "start": at(next_monday(), 10),
                                 "duration_minutes": 90})
    dialog = open_complete(qtbot, visit.id)
    ui = dialog.ui
    assert ui.next_duration.value() == 90  # another visit, as long as this one
    ui.next_kind.setFocus()
    ui.next_kind.setCurrentIndex(ui.next_kind.findData("call"))
    assert ui.next_duration.value() == 30
    ui.next_duration.setFocus()
    qtbot.keyClick(ui.next_duration, Qt.Key.Key_Up)  # the user's own length
    chosen = ui.next_duration.value()
    assert chosen != 30
    ui.next_kind.setCurrentIndex(ui.next_kind.findData("meeting"))
    assert ui.next_duration.value() == chosen


def test_completing_without_a_next_step(qtbot, kovacs):
    call = act.create_activity({"kind": "call", "client_id": kovacs.id, "start": at(next_monday(), 9)})
    dialog = open_complete(qtbot, call.id)
    dialog.ui.next_step.setChecked(False)
    with answering_boxes():
        dialog.accept()
    assert dialog.follow_up_id is None and act.get_view(call.id).state == "done"
    assert Activity.select().count() == 1


def test_a_bad_next_step_is_shown_and_nothing_is_completed(qtbot, company):
    task = act.create_activity({"kind": "task", "start": at(next_monday(), 9), "subject": "Belső"})
    dialog = open_complete(qtbot, task.id)
    dialog.ui.next_kind.setCurrentIndex(dialog.ui.next_kind.findData("visit"))  # a visit needs a client
    with answering_boxes():
        dialog.accept()
    assert dialog.isVisible() and dialog.ui.next_error.isVisible()
    assert act.get_view(task.id).state == "planned"


def test_completing_an_activity_still_to_come_asks_and_records_it_now(qtbot, kovacs):
    visit = act.create_activity({"kind": "visit", "client_id": kovacs.id, "start": at(next_monday(), 10),
                                 "duration_minutes": 90})
    dialog = open_complete(qtbot, visit.id)
    type_text(dialog.ui.outcome, "Előbb jött")
    dialog.ui.next_step.setChecked(False)
    with answering_boxes(Qt.Key.Key_Escape) as asked:  # No: nothing is recorded, the dialog stays
        qtbot.keyClick(dialog.ui.outcome, Qt.Key.Key_Return, CTRL)
    assert len(asked) == 1 and "This activity is planned for" in asked[0] and "Record it as done now?" in asked[0]
    assert dialog.isVisible() and act.get_view(visit.id).state == "planned"
    activate(dialog)  # back from the message box
    with answering_boxes() as asked:  # Yes
        qtbot.keyClick(dialog.ui.outcome, Qt.Key.Key_Return, CTRL)
    assert len(asked) == 1 and dialog.result() == CompleteDialog.DialogCode.Accepted
    now = dt.datetime.now(act.local_zone())
    done = act.get_view(visit.id)
    assert done.state == "done" and done.outcome == "Előbb jött"
    assert now - dt.timedelta(minutes=5) <= done.start <= now and done.duration_minutes == 90
    assert party.get_client(kovacs.id).last_contact_at <= act.to_utc(now)


def test_completing_an_activity_that_has_happened_asks_nothing(qtbot, kovacs):
    yesterday = dt.datetime.now(act.local_zone()).date() - dt.timedelta(days=1)
    call = act.create_activity({"kind": "call", "client_id": kovacs.id, "start": at(yesterday, 9)})
    dialog = open_complete(qtbot, call.id)
    dialog.ui.next_step.setChecked(False)
    with answering_boxes() as asked:
        qtbot.keyClick(dialog.ui.outcome, Qt.Key.Key_Return, CTRL)
    assert asked == [] and act.get_view(call.id).start == at(yesterday, 9)
    assert act.get_view(call.id).state == "done"


def test_next_working_day_skips_the_weekend():
    assert next_working_day(dt.date(2026, 12, 4)) == dt.date(2026, 12, 7)
    assert next_working_day(dt.date(2026, 12, 7)) == dt.date(2026, 12, 8)


def test_ask_scope_offers_this_or_series(qtbot, company):
    def answer():
        box = QApplication.activeModalWidget()
        texts = [b.text() for b in box.buttons()]
        assert "&Only this one" in texts and "The &whole series" in texts
        next(b for b in box.buttons() if b.text() == "The &whole series").click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, answer)
    assert activity_dialog.ask_scope(None, "change") == "series"
