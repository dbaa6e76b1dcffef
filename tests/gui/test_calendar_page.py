"""The calendar page as a manager uses it: drag and drop, create, complete, cancel, weeks, filters, planning, print."""

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from kamdesk.core.models import Activity
from kamdesk.core.services import activity as act
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party
from kamdesk.gui.activity import activity_dialog, calendar_page
from kamdesk.gui.activity.activity_dialog import ActivityDialog
from kamdesk.gui.activity.calendar_page import CalendarPage, week_label
from kamdesk.gui.activity.complete_dialog import CompleteDialog
from tests import factories
from tests.gui.keyboard import activate, answering_boxes, type_text
from tests.gui.waiting import settled
from tests.office import program

CTRL = Qt.KeyboardModifier.ControlModifier


def today() -> dt.date:
    return dt.datetime.now(act.local_zone()).date()


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), act.local_zone())


@pytest.fixture
def monday() -> dt.date:
    """Next week: everything planned there lies ahead (nothing overdue by the clock)."""
    return act.week_start(today()) + dt.timedelta(days=7)


@pytest.fixture
def clients(company):
    me = company_service.current_manager()
    rows = [("Kovács és Társa Kft.", "Budapest", True), ("Szűcs Élelmiszer Bt.", "Győr", True),
            ("Иван Трейд ООО", "Москва", False), ("Alfa Logisztika Zrt.", "Debrecen", False)]
    return [party.save_client({"name": name, "legal_city": city, "legal_street": "Fő utca 1.", "status": "active",
                               "key_account": key, "manager": me.id,
                               "legal_country": "RU" if city == "Москва" else "HU"}, [{"name": "Nagy Ilona"}])
            for name, city, key in rows]


@pytest.fixture
def open_page(qtbot, company):
    def open_(week: dt.date | None = None) -> CalendarPage:
        page = CalendarPage()
        qtbot.addWidget(page)
        page.resize(1400, 850)
        page.show()
        qtbot.waitExposed(page)
        activate(page)
        if week is not None:
            page.show_week(week)
        settled(qtbot)  # the week's suggestions, read on a worker
        return page

    return open_


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for n in range(1, 7):
        point = start + (end - start) * (n / 6)
        qtbot.mouseMove(widget, QPoint(int(point.x()), int(point.y())))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def plan(client, day, hour, minute=0, minutes=30, **values):
    return act.create_activity({"kind": "call", "client_id": client.id if client else None, "start": at(day, hour, minute),
                                "duration_minutes": minutes, **values})


# ---------------------------------------------------------------- drag and drop

def test_drag_a_block_to_another_day_and_hour(qtbot, open_page, clients, monday):
    call = plan(clients[0], monday, 9, minutes=45, subject="Árajánlat")
    page = open_page(monday)
    view = page.week_view
    rect = view.block_rect(call.id)
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 6)
    drag(qtbot, view, grab, view.point_at(3, 14, 30) + QPoint(0, 6))  # Thursday 14:30
    saved = act.get_view(call.id)
    assert saved.start == at(monday + dt.timedelta(days=3), 14, 30)  # local wall time, as dropped
    assert saved.duration_minutes == 45
    assert view.selected_id() == call.id
    assert view.block_rect(call.id).top() == pytest.approx(view.point_at(3, 14, 30).y(), abs=2)


def test_drag_the_lower_edge_to_change_the_length(qtbot, open_page, clients, monday):
    call = plan(clients[1], monday + dt.timedelta(days=1), 10)
    page = open_page(monday)
    view = page.week_view
    rect = view.block_rect(call.id)
    drag(qtbot, view, QPoint(int(rect.center().x()), int(rect.bottom()) - 1), view.point_at(1, 11, 45))
    saved = act.get_view(call.id)
    assert (saved.start, saved.duration_minutes) == (at(monday + dt.timedelta(days=1), 10), 105)


def test_moving_an_occurrence_asks_this_or_series(qtbot, open_page, clients, monday, monkeypatch):
    act.create_activity({"kind": "call", "client_id": clients[0].id, "start": at(monday, 9), "subject": "Heti"},
                        recurrence=act.Recurrence("weekly", weekdays=(0,), count=3))
    page = open_page(monday)
    occurrence = page.week_view.activities()[0]
    asked = []
    monkeypatch.setattr(activity_dialog, "ask_scope", lambda parent, action: asked.append(action) or "series")
    view = page.week_view
    rect = view.block_rect(occurrence.id)
    drag(qtbot, view, QPoint(int(rect.center().x()), int(rect.top()) + 4), view.point_at(1, 11) + QPoint(0, 4))
    assert asked == ["move"]
    starts = [v.start for v in act.activities_between(monday, monday + dt.timedelta(days=21))]
    assert starts == [at(monday + dt.timedelta(days=1 + 7 * n), 11) for n in range(3)]  # every Tuesday 11:00 now
    assert page.week_view.selected_id() is not None


def test_a_refused_move_leaves_the_block_where_it_was(qtbot, open_page, clients, monday, monkeypatch):
    act.create_activity({"kind": "call", "client_id": clients[0].id, "start": at(monday, 9)},
                        recurrence=act.Recurrence("daily", count=2))
    page = open_page(monday)
    first = page.week_view.activities()[0]
    monkeypatch.setattr(activity_dialog, "ask_scope", lambda parent, action: None)
    rect = page.week_view.block_rect(first.id)
    drag(qtbot, page.week_view, rect.center().toPoint(), page.week_view.point_at(4, 15))
    assert act.get_view(first.id).start == at(monday, 9)


# ---------------------------------------------------------------- creating

def test_double_click_an_empty_slot_and_plan_a_call_there(qtbot, open_page, clients, monday):
    page = open_page(monday)
    view = page.week_view
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_at(2, 15, 5))
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitExposed(dialog)
    activate(dialog)
    wednesday = monday + dt.timedelta(days=2)
    assert dialog.values()["start"] == at(wednesday, 15, 0)
    dialog.ui.client.setFocus()
    type_text(dialog.ui.client, "szűcs")
    popup = dialog.client.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.client.client_id == clients[1].id)
    changed = []
    page.activity_changed.connect(changed.append)
    qtbot.keyClick(dialog.ui.subject, Qt.Key.Key_S, CTRL)
    saved = [a for a in view.activities() if a.client_id == clients[1].id]
    assert len(saved) == 1 and saved[0].start == at(wednesday, 15, 0)
    assert view.selected_id() == saved[0].id and view.block_rect(saved[0].id) is not None
    assert changed == [clients[1].id]
    assert page.dialog is None


def test_new_activity_and_the_client_card_can_preset_the_client(qtbot, open_page, clients, monday):
    page = open_page(monday)
    page.new_action.trigger()  # Ctrl+N comes through the main window's File › New (test_main_window)
    assert isinstance(page.dialog, ActivityDialog)
    page.dialog._set_dirty(False)
    page.dialog.reject()
    dialog = page.open_new_activity(client_id=clients[0].id, kind="visit")
    assert dialog.client.client_id == clients[0].id and dialog.ui.kind.currentData() == "visit"
    assert dialog.ui.location.text() == "Budapest Fő utca 1."
    assert dialog.values()["start"].date() == monday  # another week is shown: its Monday, working hours
    dialog._set_dirty(False)
    dialog.reject()


# ---------------------------------------------------------------- completing from the agenda

def test_complete_from_the_agenda_with_ctrl_enter_and_plan_the_next_step(qtbot, open_page, clients):
    day = today()
    call = plan(clients[0], day, 9, subject="Szerződés")
    late = plan(clients[1], day - dt.timedelta(days=3), 10, subject="Késő")
    page = open_page()
    assert page.agenda_ids() == [late.id, call.id]  # overdue first, then today
    page.agenda.setFocus()
    assert page.select_in_agenda(call.id)
    qtbot.keyClick(page.agenda, Qt.Key.Key_Return, CTRL)
    dialog = page.dialog
    assert isinstance(dialog, CompleteDialog) and dialog.activity_id == call.id
    qtbot.waitExposed(dialog)
    activate(dialog)
    dialog.ui.result_reached.setChecked(True)
    type_text(dialog.ui.outcome, "Aláírják jövő héten")
    dialog.ui.next_subject.setText("Aláírás")
    with answering_boxes():  # before 9:00 it is still to come: record it now
        qtbot.keyClick(dialog.ui.outcome, Qt.Key.Key_Return, CTRL)
    assert act.get_view(call.id).state == "done"
    follow_ups = [v for v in act.activities_between(day, day + dt.timedelta(days=10)) if v.follow_up_of == call.id]
    assert len(follow_ups) == 1 and follow_ups[0].subject == "Aláírás"
    assert follow_ups[0].start.hour == 9 and follow_ups[0].start.date().weekday() < 5
    assert call.id in page.agenda_ids()  # done today: still in today's list, ticked


# ---------------------------------------------------------------- cancelling and weeks

def test_delete_asks_and_cancels(qtbot, open_page, clients, monday, monkeypatch):
    call = plan(clients[0], monday, 9, subject="Lemondandó")
    page = open_page(monday)
    questions = []
    monkeypatch.setattr(calendar_page, "confirm", lambda parent, title, text: questions.append(text) or False)
    page.week_view.select(call.id)
    page.week_view.setFocus()
    qtbot.keyClick(page.week_view, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "Kovács és Társa Kft." in questions[0]
    assert act.get_view(call.id).state == "planned"  # "No" keeps it
    monkeypatch.setattr(calendar_page, "confirm", lambda parent, title, text: True)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Delete)
    assert act.get_view(call.id).state == "cancelled"
    assert page.week_view.block_rect(call.id) is None


def test_cancelling_an_occurrence_asks_only_this_or_the_following(qtbot, open_page, clients, monday, monkeypatch):
    act.create_activity({"kind": "call", "client_id": clients[0].id, "start": at(monday, 9)},
                        recurrence=act.Recurrence("daily", count=4))
    page = open_page(monday)
    second = page.week_view.activities()[1]
    monkeypatch.setattr(activity_dialog, "ask_scope", lambda parent, action: "series")
    page.week_view.select(second.id)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Delete)
    states = [v.state for v in act.activities_between(monday, monday + dt.timedelta(days=6), include_cancelled=True)]
    assert states == ["planned", "cancelled", "cancelled", "cancelled"]


def test_page_keys_and_the_date_picker_change_the_week(qtbot, open_page, monday):
    page = open_page()
    this_monday = act.week_start(today())
    assert page.monday() == this_monday
    assert page.week_title.text() == week_label(this_monday)
    page.week_view.setFocus()
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageDown)
    assert page.monday() == monday
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageUp)
    assert page.monday() == monday
    qtbot.keyClick(page.week_view, Qt.Key.Key_T)
    assert page.monday() == this_monday
    page.date_edit.setDate(QDate(2027, 3, 17))
    assert page.monday() == dt.date(2027, 3, 15)
    assert page.week_title.text().startswith("2027-W11 · ")


def test_refresh_picks_up_changed_working_hours_and_managers(qtbot, open_page, company):
    page = open_page()
    assert page.week_view.top_hour() == pytest.approx(8, abs=0.05)
    act.set_working_hours(7, 15)
    factories.manager("Új Kolléga")
    page.refresh()
    assert page.week_view.working_hours() == (7, 15)
    assert page.week_view.top_hour() == pytest.approx(7, abs=0.05)
    assert page.manager_combo.findText("Új Kolléga") >= 0
    assert page.manager_combo.currentData() == company_service.current_manager().id  # the choice stays


def test_week_label_names_the_iso_week_and_its_dates():
    assert week_label(dt.date(2026, 11, 30)) == "2026-W49 · 30 Nov – 6 Dec 2026"
    assert week_label(dt.date(2026, 12, 28)) == "2026-W53 · 28 Dec 2026 – 3 Jan 2027"


# ---------------------------------------------------------------- whose week, which kinds

def test_a_manager_sees_their_own_week_by_default(qtbot, open_page, clients, monday):
    me = company_service.current_manager()
    colleague = factories.manager("Tóth Gábor")
    mine = plan(clients[0], monday, 9)
    theirs = plan(clients[1], monday, 10, owner_id=colleague.id)
    page = open_page(monday)
    assert page.manager_combo.currentData() == me.id
    assert page.manager_combo.findText("Whole team") < 0
    assert [a.id for a in page.week_view.activities()] == [mine.id]
    page.manager_combo.setCurrentIndex(page.manager_combo.findData(colleague.id))  # others can still be looked at
    assert [a.id for a in page.week_view.activities()] == [theirs.id]


def test_the_head_sees_the_whole_team(qtbot, open_page, clients, monday):
    me = company_service.current_manager()
    company_service.save_manager({"name": me.name, "email": me.email, "role": "head"}, manager_id=me.id)
    colleague = factories.manager("Tóth Gábor")
    mine = plan(clients[0], monday, 9)
    theirs = plan(clients[1], monday, 10, owner_id=colleague.id)
    page = open_page(monday)
    assert page.manager_combo.currentText() == "Whole team"
    assert {a.id for a in page.week_view.activities()} == {mine.id, theirs.id}


def test_the_whole_teams_pdf_prints_one_manager_after_another(qtbot, open_page, clients, monday, tmp_path,
                                                               monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    me = company_service.current_manager()
    company_service.save_manager({"name": me.name, "email": me.email, "role": "head"}, manager_id=me.id)
    colleague = factories.manager("Tóth Gábor")
    plan(clients[0], monday, 9, minutes=90, subject="Anna hív")
    plan(clients[1], monday, 11, minutes=90, owner_id=colleague.id, subject="Gábor hív")
    page = open_page(monday)
    assert page.manager_combo.currentText() == "Whole team"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "team.pdf"), ""))
    anna, gabor = (p.extract_text() for p in PdfReader(page.save_pdf()).pages)
    assert "Week plan — Kiss Anna" in anna and "Anna hív" in anna and "Gábor hív" not in anna
    assert "Week plan — Tóth Gábor" in gabor and "Gábor hív" in gabor and "Anna hív" not in gabor


def test_the_kind_filter(qtbot, open_page, clients, monday):
    call = plan(clients[0], monday, 9)
    visit = plan(clients[1], monday, 11, kind="visit")
    page = open_page(monday)
    page.kind_actions["call"].setChecked(False)
    assert [a.id for a in page.week_view.activities()] == [visit.id]
    assert page.kind_button.text() == "6 kinds"
    for action in page.kind_actions.values():
        action.setChecked(False)
    assert page.week_view.activities() == []
    page._all_kinds()
    assert {a.id for a in page.week_view.activities()} == {call.id, visit.id}


# ---------------------------------------------------------------- plan my week

def test_the_week_shows_while_its_suggestions_are_read_and_an_older_reading_is_dropped(qtbot, open_page, clients,
                                                                                       monday, monkeypatch):
    import threading

    from kamdesk.core.services import suggestions as suggestion_service

    settled(qtbot)  # readings an earlier test left behind must not meet the slow reading below
    visit = plan(clients[2], monday, 10, kind="visit")
    reading = suggestion_service.suggestions_for_week
    release, asked = threading.Event(), []

    def slow(week, owner_id=None):
        asked.append(week)
        if week == monday:  # the first week asked waits until the test lets it go
            release.wait(10)
        return reading(week, owner_id=owner_id)

    monkeypatch.setattr(suggestion_service, "suggestions_for_week", slow)
    page = CalendarPage()
    qtbot.addWidget(page)
    page.show_week(monday)
    page.show()
    qtbot.waitExposed(page)
    assert [a.id for a in page.week_view.activities()] == [visit.id]  # the week is there, the reading is not
    assert page.suggestions.loading is not None and page.suggestions.suggestions == []
    later = monday + dt.timedelta(days=7)
    page.show_week(later)  # the user moves on while the first week is still being read
    qtbot.waitUntil(lambda: page.suggestions.loading is None)  # the later week's reading arrived first
    release.set()
    settled(qtbot)  # ... then the first week's: dropped
    shown = {s.client_id for s in page.suggestions.suggestions}
    assert {clients[0].id, clients[1].id} <= shown  # never contacted
    assert clients[2].id in shown  # its visit is in the first week, not in the later one
    assert page.suggestions.tree.topLevelItemCount() == len(page.suggestions.suggestions)


def test_schedule_suggested_clients_into_the_week(qtbot, open_page, clients, monday):
    page = open_page(monday)
    panel = page.suggestions
    suggested = {s.client_id for s in panel.suggestions}
    assert {clients[0].id, clients[1].id} <= suggested  # key accounts never contacted
    assert panel.tree.topLevelItemCount() == len(panel.suggestions)
    assert "never contacted" in panel.tree.topLevelItem(0).text(1)
    panel.set_checked([clients[0].id, clients[1].id])
    assert panel.schedule_button.isEnabled()
    changed = []
    page.activity_changed.connect(changed.append)
    qtbot.mouseClick(panel.schedule_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    planned = {a.client_id for a in page.week_view.activities()}
    assert {clients[0].id, clients[1].id} <= planned
    assert set(changed) == {clients[0].id, clients[1].id}
    assert clients[0].id not in {s.client_id for s in panel.suggestions}  # planned now: no longer suggested


# ---------------------------------------------------------------- printing

def test_print_renders_the_week_on_a_landscape_page(qtbot, open_page, clients, monday, tmp_path):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    plan(clients[0], monday, 9, subject="Árajánlat")
    plan(clients[2], monday + dt.timedelta(days=2), 14, kind="visit", minutes=90, subject="Договор")
    page = open_page(monday)
    printer = page.make_printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "week.pdf"))
    page.paint_pages(printer)
    text = subprocess.run([program("pdftotext"), "-layout", str(tmp_path / "week.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("Kiss Anna", week_label(monday), "Kovács és Társa Kft.", "Иван Трейд ООО", "Árajánlat"):
        assert expected in text
    qtbot.keyClick(page.week_view, Qt.Key.Key_P, CTRL)  # the preview dialog opens
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.close()


# ---------------------------------------------------------------- how it looks

def realistic_week(clients, other_manager) -> None:
    """This week as a manager has it: done and overdue ones behind, overlaps, all-day items, a series."""
    monday = act.week_start(today())
    names = ["Bárány Pékség Kft.", "Dunaparti Vendéglátó Kft.", "Mátra Ásványvíz Zrt.", "Novák Pavel s.r.o."]
    me = company_service.current_manager()
    more = [party.save_client({"name": name, "legal_city": "Szeged", "status": "active", "manager": me.id,
                               "legal_country": "CZ" if "s.r.o." in name else "HU"}) for name in names]
    every = clients + more

    def on(day, hour, minute=0):
        return at(monday + dt.timedelta(days=day), hour, minute)

    def new(kind, client, day, hour, minute, minutes, subject, **values):
        return act.create_activity({"kind": kind, "client_id": every[client].id if client is not None else None,
                                    "start": on(day, hour, minute), "duration_minutes": minutes,
                                    "subject": subject, **values})

    done = new("call", 0, 0, 9, 0, 30, "Árajánlat egyeztetése")
    act.complete_activity(done.id, "reached", "Megrendelés jövő héten", record_now=True)  # never ahead
    new("visit", 1, 0, 10, 0, 120, "Éves szerződés megújítása")
    new("call", 2, 0, 10, 30, 30, "Оплата счёта")
    act.create_activity({"kind": "task", "start": monday, "all_day": True, "subject": "Heti terv leadása"})
    new("negotiation", 3, 1, 14, 0, 90, "Keretszerződés árai")
    new("call", 4, 2, 8, 30, 30, "Reklamáció")
    new("email", 5, 2, 9, 0, 15, "Katalógus küldése")
    shown = new("presentation", 6, 3, 10, 0, 120, "Termékbemutató")
    act.complete_activity(shown.id, "reached", "", record_now=True)  # never ahead
    new("visit", 7, 3, 11, 0, 60, "Új termékek")
    new("call", 0, 4, 15, 0, 45, "Fizetési emlékeztető")
    act.create_activity({"kind": "visit", "client_id": every[5].id, "start": monday + dt.timedelta(days=4),
                         "all_day": True, "subject": "Kiállítás"})
    act.create_activity({"kind": "call", "client_id": every[2].id, "start": on(0, 16), "duration_minutes": 30,
                         "subject": "Heti egyeztetés"}, recurrence=act.Recurrence("weekly", weekdays=(0,), count=8))
    for day in (5, 6):
        new("meeting", 3, day, 9, 0, 60, "Leltár")
        new("call", 4, day, 11, 0, 30, "Visszahívás")
        new("call", 6, day, 11, 0, 30, "Ajánlat")
        new("visit", 1, day, 14, 0, 90, "Bolt átadás")
    new("call", 3, 4, 8, 0, 30, "Másik kolléga", owner_id=other_manager.id)


def test_screenshot_of_a_realistic_week(qtbot, open_page, clients, tmp_path):
    colleague = factories.manager("Tóth Gábor")
    for name in ("Zöld Kert Kft.", "Hegyi Bor Zrt."):
        party.save_client({"name": name, "status": "active", "key_account": True,
                           "manager": company_service.current_manager().id})
    realistic_week(clients, colleague)
    page = open_page()
    out = Path(os.environ.get("KAMDESK_SCREENSHOTS", tmp_path)) / "calendar_page.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    image = page.grab()
    assert image.save(str(out))
    assert (image.width(), image.height()) == (1400, 850)
    activities = page.week_view.activities()
    assert any(a.all_day for a in activities) and any(a.state == "done" for a in activities)
    assert page.suggestions.suggestions  # the two key accounts never contacted
    rects = [page.week_view.block_rect(a.id) for a in activities]
    for n, first in enumerate(rects):  # blocks never cover one another
        for second in rects[n + 1:]:
            assert not first.intersects(second)
    assert Activity.select().count() > 20


def test_save_the_week_as_pdf(qtbot, open_page, clients, monday, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    plan(clients[0], monday, 9, minutes=90, subject="Éves szerződés")
    page = open_page(monday)
    target = tmp_path / "week"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = page.save_pdf()
    assert written == str(target) + ".pdf"
    text = PdfReader(written).pages[0].extract_text()
    assert clients[0].name in text and "Éves szerződés" in text


def test_opening_the_calendar_leaves_its_dialogs_to_load_when_first_opened(tmp_path):
    """Switching to the calendar paid for the activity and completion dialogs (and what they use) on every start."""
    import sys

    code = f"""
import sys
from kamdesk.core import db
from kamdesk.core.services import company
from kamdesk.gui.app import create_app
app = create_app()
db.connect('sqlite:///{tmp_path / 'calendar.db'}')
company.set_up({{"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"}}, {{"name": "Kiss Anna"}})
from kamdesk.gui.activity.calendar_page import CalendarPage
page = CalendarPage()
page.show()
app.processEvents()
dialogs = ("kamdesk.gui.activity.activity_dialog", "kamdesk.gui.activity.complete_dialog")
print([name in sys.modules for name in dialogs])
page.open_new_activity().reject()
print([name in sys.modules for name in dialogs])
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[False,", "False]", "[True,", "False]"]
