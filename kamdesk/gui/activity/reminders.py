"""Reminders while the app runs: a tray message a few minutes before a planned call or visit.

Every half minute `Reminders` asks the core which of the current manager's
calls, visits, meetings, negotiations and presentations start within the
setting's minutes, and tells each one once: as a tray message where the
desktop has a system tray, and always through the `reminder` signal (the
main window may show it in its status bar; without a tray, as on the
offscreen platform, the signal is all there is).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import company as company_service
from kamdesk.core.services import reminders as reminder_service
from kamdesk.core.services.activity import ActivityView

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30_000
MESSAGE_SHOWN_MS = 15_000


class Reminders(QObject):
    """Tells the manager about calls and visits that start soon; `start()` when the main window is up.

    `clock` returns the current time (aware), for tests; `owner_id` fixes whose
    activities are meant (by default the desk's current manager, asked at
    every check; without one, everyone's).
    """

    reminder = Signal(str, str)  # title, text

    def __init__(self, parent: QObject | None = None, clock: Callable[[], dt.datetime] | None = None,
                 owner_id: int | None = None):
        super().__init__(parent)
        self._clock = clock or (lambda: dt.datetime.now(activity_service.local_zone()))
        self._owner_id = owner_id
        self._shown: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip("kamdesk")

    def start(self) -> None:
        """Check now and every half minute from now on."""
        if self.tray is not None:
            self.tray.show()
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def is_running(self) -> bool:
        return self.timer.isActive()

    def check_now(self) -> None:
        """Tell every activity that is due and not told yet."""
        now = self._clock()
        try:
            minutes = reminder_service.reminder_minutes()
            views = reminder_service.due_reminders(now, minutes, self._owner(), self._shown)
        except KamdeskError:  # the database went away for a moment: try again at the next tick
            log.warning("Reminders could not be checked", exc_info=True)
            return
        for view in views:
            self._shown.add(view.id)
            title, text = self.title(view, now), self.text(view)
            if self.tray is not None and self.tray.isVisible():
                self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_SHOWN_MS)
            self.reminder.emit(title, text)

    def _owner(self) -> int | None:
        if self._owner_id is not None:
            return self._owner_id
        manager = company_service.current_manager()
        return manager.id if manager else None

    # ------------------------------------------------------------ the words
    def title(self, view: ActivityView, now: dt.datetime) -> str:
        minutes = math.ceil((view.start.astimezone(dt.UTC) - now.astimezone(dt.UTC)).total_seconds() / 60)
        if minutes <= 0:
            return self.tr("Starting now")
        if minutes == 1:
            return self.tr("In 1 minute")
        return fill(self.tr("In %1 minutes"), QLocale().toString(minutes))

    def text(self, view: ActivityView) -> str:
        """ "Call Kovács Kft. at 09:30 — Price list", in the user's language."""
        sentences = {
            "call": self.tr("Call %1 at %2"),
            "visit": self.tr("Visit %1 at %2"),
            "meeting": self.tr("Meeting with %1 at %2"),
            "negotiation": self.tr("Negotiation with %1 at %2"),
            "presentation": self.tr("Presentation for %1 at %2"),
        }
        sentence = sentences.get(view.kind, sentences["call"])
        time = QLocale().toString(QTime(view.start.hour, view.start.minute), QLocale.FormatType.ShortFormat)
        text = fill(sentence, view.client_name or view.contact_name, time)
        if view.subject:
            text = fill(self.tr("%1 — %2"), text, view.subject)
        return text


def fill(template: str, *values: str) -> str:
    """Qt's %1, %2 … replaced in one pass (a value that holds "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)
