"""The core's daily jobs while the desk is open: once at start-up, then again whenever the date has changed.

The first run waits for the event loop, so the main window shows first (the
jobs import the contract and offer services; until they ran, the windows show
an overdue contract as the job will leave it). A timer then looks every few
minutes whether the day has turned (a desk left open overnight, a laptop woken
up on another day); the jobs' changes are announced on the application-wide
changed signal, so the pages showing contracts and offers reload.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services.jobs import run_daily_jobs
from kamdesk.gui.changes import CONTRACTS, OFFERS, notify

log = logging.getLogger(__name__)
CHECK_MS = 10 * 60 * 1000
KINDS = {"contracts": CONTRACTS, "offers": OFFERS}  # job -> the kind of records it changes


class DailyJobs(QObject):
    """Runs `run_daily_jobs` at most once per date; `start()` runs it as soon as the event loop runs, then
    keeps watching the date."""

    def __init__(self, parent: QObject | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self._today = today
        self.last_run: dt.date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        QTimer.singleShot(0, self, self.run_if_due)
        self.timer.start()

    def run_if_due(self) -> bool:
        """Run the jobs unless they ran today already; True when they ran."""
        today = self._today()
        if self.last_run == today:
            return False
        try:
            changed = run_daily_jobs(today)
        except KamdeskError:  # e.g. the database is busy elsewhere: the next look tries again
            log.warning("The daily jobs did not run", exc_info=True)
            return False
        self.last_run = today
        kinds = [KINDS[job] for job, count in changed.items() if count]
        if kinds:
            notify(*kinds, source=self)
        return True
