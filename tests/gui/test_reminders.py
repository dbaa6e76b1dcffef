"""Reminders in the running app: each due call or visit told once, on a clock the test turns."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from kamdesk.core.services import activity as act
from kamdesk.core.services import reminders as reminder_service
from kamdesk.gui.activity.reminders import Reminders, fill

BUD = ZoneInfo("Europe/Budapest")
START = dt.datetime(2026, 12, 7, 9, 0, tzinfo=BUD)


class Clock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def planned(clients):
    """A call at 9:10 with a subject, a visit at 9:40, a task at 9:05 (never reminded)."""
    kovacs, szucs = clients[0], clients[1]
    call = act.create_activity({"kind": "call", "client_id": kovacs.id, "start": START + dt.timedelta(minutes=10),
                                "subject": "Árlista"})
    visit = act.create_activity({"kind": "visit", "client_id": szucs.id, "start": START + dt.timedelta(minutes=40)})
    act.create_activity({"kind": "task", "client_id": kovacs.id, "start": START + dt.timedelta(minutes=5)})
    return call, visit


@pytest.fixture
def reminders(qtbot, planned):
    clock = Clock(START)
    told = []
    watcher = Reminders(clock=clock)
    watcher.reminder.connect(lambda title, text: told.append((title, text)))
    yield watcher, clock, told
    watcher.stop()


def test_each_due_activity_is_told_once(qtbot, reminders):
    watcher, clock, told = reminders
    watcher.check_now()
    assert told[0][0] == "In 10 minutes"
    assert told[0][1].startswith("Call Kovács és Társa Kft. at ") and told[0][1].endswith(" — Árlista")
    watcher.check_now()
    clock.advance(seconds=30)
    watcher.check_now()
    assert len(told) == 1  # told once, however often the timer asks
    clock.advance(minutes=15)  # 9:15:30: the visit at 9:40 is 24.5 minutes away, not yet
    watcher.check_now()
    assert len(told) == 1
    clock.advance(minutes=10)  # 9:25:30
    watcher.check_now()
    assert len(told) == 2
    assert told[1][0] == "In 15 minutes"
    assert told[1][1].startswith("Visit Szűcs Élelmiszer Bt. at ")
    watcher.check_now()
    assert len(told) == 2


def test_the_text_names_the_kind_client_and_local_time(qtbot, reminders):
    from PySide6.QtCore import QLocale, QTime

    watcher, clock, told = reminders
    watcher.check_now()
    time = QLocale().toString(QTime(9, 10), QLocale.FormatType.ShortFormat)
    assert told == [("In 10 minutes", f"Call Kovács és Társa Kft. at {time} — Árlista")]


def test_the_timer_asks_every_half_minute(qtbot, reminders):
    watcher, clock, told = reminders
    assert watcher.timer.interval() == 30_000
    watcher.start()
    assert watcher.is_running()
    assert len(told) == 1  # start() checks at once
    watcher.timer.setInterval(10)
    clock.advance(minutes=26)  # the visit is due now
    with qtbot.waitSignal(watcher.reminder, timeout=2000) as signal:
        pass
    assert signal.args[1].startswith("Visit ")
    watcher.stop()
    assert not watcher.is_running()


def test_the_setting_decides_how_early_and_zero_turns_them_off(qtbot, reminders):
    watcher, clock, told = reminders
    reminder_service.set_reminder_minutes(0)
    watcher.check_now()
    assert told == []
    reminder_service.set_reminder_minutes(45)
    watcher.check_now()
    assert [text.split()[0] for _, text in told] == ["Call", "Visit"]


def test_only_the_current_managers_activities(qtbot, planned, clients, peter):
    from kamdesk.core.services import company as company_service

    clock = Clock(START)
    told = []
    watcher = Reminders(clock=clock)
    watcher.reminder.connect(lambda title, text: told.append(text))
    company_service.set_current_manager(peter.id)
    watcher.check_now()
    assert told == []  # Anna's call is not Péter's business
    company_service.set_current_manager(planned[0].owner_id)
    watcher.check_now()
    assert len(told) == 1
    assert Reminders(clock=clock, owner_id=peter.id)._owner() == peter.id


def test_offscreen_there_is_no_tray_only_the_signal(qtbot, reminders):
    watcher, clock, told = reminders
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert watcher.tray is None
    watcher.start()
    assert told


def test_starting_now_and_other_kinds(qtbot, clients):
    meeting = act.create_activity({"kind": "meeting", "client_id": clients[2].id, "start": START})
    told = []
    watcher = Reminders(clock=Clock(START))
    watcher.reminder.connect(lambda title, text: told.append((title, text)))
    watcher.check_now()
    assert told[0][0] == "Starting now"
    assert told[0][1].startswith("Meeting with Иван Трейд ООО at ")
    assert meeting.id in watcher._shown
    early = Reminders(clock=Clock(START - dt.timedelta(seconds=59)))
    early.reminder.connect(lambda title, text: told.append((title, text)))
    early.check_now()
    assert told[-1][0] == "In 1 minute"


def test_fill_replaces_placeholders_once():
    assert fill("%1 at %2", "Kft. %2", "9:30") == "Kft. %2 at 9:30"
    assert fill("%1 — %2", "a") == "a — %2"
