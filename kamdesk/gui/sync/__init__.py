"""The laptop's replica in the window: the sync indicator, Sync now, automatic sync, Take offline…, conflicts.

Every call to the core goes through `kamdesk.core.services.sync`. `attach(window, menu)`
adds what fits the open database: on a replica the indicator in the status bar and the
Sync now / Sync conflicts… actions; on the team server the Take offline… action; on a
desk file nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from kamdesk.core.services import company as company_service
from kamdesk.core.services import sync as sync_service

SYNC_NOW_SHORTCUT = "Ctrl+Shift+S"


class SyncActions(QObject):
    """The menu actions and (on a replica) the controller and indicator, as the main window holds them."""

    def __init__(self, window: QMainWindow, menu: QMenu):
        super().__init__(window)
        self._window = window
        self.controller = None  # a SyncController on a replica
        self.indicator = None
        self.sync_action = self.conflicts_action = self.take_offline_action = None
        status = sync_service.replica_status()
        if status is not None:
            self._attach_replica(menu, status)
        elif company_service.on_server():
            self.take_offline_action = self._action(menu, self.tr("&Take offline…"), None, self.take_offline,
                                                    "take_offline")

    def _action(self, menu: QMenu, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _attach_replica(self, menu: QMenu, status) -> None:
        from kamdesk.gui.sync.controller import SyncController
        from kamdesk.gui.sync.indicator import SyncIndicator

        self.controller = SyncController(self._window, status)
        self.sync_action = self._action(menu, self.tr("S&ync now"), SYNC_NOW_SHORTCUT,
                                        lambda: self.controller.sync_now(), "sync_now")
        self.conflicts_action = self._action(menu, self.tr("Sync con&flicts…"), None, self.show_conflicts,
                                             "sync_conflicts")
        self.indicator = SyncIndicator(self.controller, self.sync_action, self.conflicts_action, self._window)
        self._window.statusBar().addPermanentWidget(self.indicator)
        self.controller.start()

    def show_conflicts(self):
        from kamdesk.gui.sync.conflicts import show_conflicts

        return show_conflicts(self._window)

    def take_offline(self):
        from kamdesk.gui.sync.take_offline import take_offline

        return take_offline(self._window)

    def stop(self) -> None:
        """The window closes: no more checks or automatic syncs; a running sync is asked to stop."""
        if self.controller is not None:
            self.controller.stop()


def attach(window: QMainWindow, menu: QMenu) -> SyncActions:
    """Add the sync actions that fit the open database to `menu` (and the indicator to the status bar)."""
    return SyncActions(window, menu)
