"""The sync indicator in the status bar: "Online · synced 14:02 · 3 to send", its tooltip and its little menu."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget

from kamdesk.core.errors import KamdeskError, LoginRefused, SchemaMismatch, ServerUnreachable
from kamdesk.gui.formatting import format_timestamp
from kamdesk.gui.login import server_of
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.sync.controller import SyncController

SEPARATOR = " · "


class SyncIndicator(QToolButton):
    """Where the replica stands, in a few words; a click offers Sync now and the conflicts."""

    def __init__(self, controller: SyncController, sync_action: QAction, conflicts_action: QAction,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync_indicator")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a status, never in the way of typing
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.controller = controller
        menu = QMenu(self)
        menu.addAction(sync_action)
        menu.addAction(conflicts_action)
        self.setMenu(menu)
        controller.status_changed.connect(self.update_status)
        self.update_status()

    def update_status(self) -> None:
        self.setText(self.describe())
        self.setToolTip(self.details())
        conflicts = self.controller.status.open_conflicts and not self.controller.syncing
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if conflicts else
                     self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))

    # ------------------------------------------------------------ the words
    def describe(self) -> str:
        """The indicator's text for the controller's state."""
        controller, status = self.controller, self.controller.status
        if controller.syncing:
            return self.tr("Syncing…")
        parts = [self._reachability(controller.reachable)]
        problem = self._problem(controller.problem)
        parts.append(problem if problem else self._last_sync(status.last_sync_at, controller.reachable))
        if status.pending_changes:
            parts.append(self.tr("%n to send", "", status.pending_changes))
        if status.open_conflicts:
            parts.append(self.tr("1 conflict") if status.open_conflicts == 1 else
                         self.tr("%n conflicts", "", status.open_conflicts))
        return SEPARATOR.join(parts)

    def _reachability(self, reachable: bool | None) -> str:
        if reachable is None:
            return self.tr("Checking the server…")
        return self.tr("Online") if reachable else self.tr("Offline")

    def _last_sync(self, last: datetime.datetime | None, reachable: bool | None) -> str:
        if last is None:
            return self.tr("never synced")
        when = self._when(last)
        return self.tr("synced %1").replace("%1", when) if reachable else \
            self.tr("last sync %1").replace("%1", when)

    def _when(self, last: datetime.datetime) -> str:
        """Today's time alone, yesterday's with the word, older ones with the date (local time)."""
        local = last.replace(tzinfo=datetime.UTC).astimezone()
        today = datetime.datetime.now().astimezone().date()
        time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == today:
            return time
        if local.date() == today - datetime.timedelta(days=1):
            return self.tr("yesterday %1").replace("%1", time)
        return format_timestamp(last)

    def _problem(self, problem: BaseException | None) -> str:
        if problem is None or isinstance(problem, ServerUnreachable):
            return ""
        if isinstance(problem, LoginRefused):
            return self.tr("sync needs your password")
        if isinstance(problem, SchemaMismatch):
            return self.tr("cannot sync: versions differ")
        return self.tr("the last sync failed")

    def details(self) -> str:
        """The tooltip: the server and login (never a password), the last sync, what waits, what went wrong."""
        status, problem = self.controller.status, self.controller.problem
        server = server_of(status.server_url)
        lines = [self.tr("Office server: %1, database %2, login %3").replace("%1", server.address)
                 .replace("%2", server.database).replace("%3", status.login or server.login)]
        lines.append(self.tr("Last sync: %1").replace("%1", format_timestamp(status.last_sync_at))
                     if status.last_sync_at else self.tr("Not synced yet"))
        if self.controller.last_report is not None:  # what it moved, in the core's words
            lines.append(translated(self.controller.last_report.summary()))
        lines.append(self.tr("Changes waiting to be sent: %n", "", status.pending_changes))
        lines.append(self.tr("Conflicts to look at: %n", "", status.open_conflicts))
        if problem is not None:
            reason = error_text(problem) if isinstance(problem, KamdeskError) else self.tr("see kamdesk.log")
            lines.append(self.tr("The last sync did not finish: %1").replace("%1", reason))
        lines.append(self.tr("Click for Sync now (Ctrl+Shift+S) and the conflicts."))
        return "\n".join(lines)
