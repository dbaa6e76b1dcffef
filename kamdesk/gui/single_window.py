"""One kamdesk window per database file: a lock beside the file, and a knock that brings the first window forward.

Two windows on one file would each hold pages and cards of their own and save
over each other's work. The lock (`<database>.lock`, a QLockFile) is taken at
start; a second start finds it taken, asks the first over a local socket (named
after the database's path) to come forward, and ends. When the first cannot be
reached, the second says in plain words which process has the file open. The
window's start listens once its first page has painted (Qt's network module is
loaded then), so a knock waits a moment for an answer.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

KNOCK = b"show\n"
WAIT_MS = 1000
ANSWER_WAIT_S = 3.0  # how long a knock waits for a first kamdesk still starting to listen


def server_name(database_path: Path) -> str:
    """The local socket's name for the database: the same for every spelling of its path."""
    digest = hashlib.sha256(str(Path(database_path).resolve()).encode("utf-8")).hexdigest()[:24]
    return f"kamdesk-{digest}"


def database_lock(database_path: Path) -> QLockFile:
    """The lock a kamdesk window holds on its database file (the command line's restore asks it too)."""
    lock = QLockFile(f"{database_path}.lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


class SingleWindow(QObject):
    """Holds the database's lock while kamdesk runs; `knocked` when a second start asks for the window."""

    knocked = Signal()

    def __init__(self, database_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(database_path)
        self.lock = database_lock(self.path)
        self.name = server_name(self.path)
        self.server: QLocalServer | None = None

    def acquire(self, listen: bool = True) -> bool:
        """Take the lock and listen for knocks (or not yet: `listen()` later); False when another kamdesk
        has the file."""
        if not self.lock.tryLock(0):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer the knocks of later starts (the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed kamdesk
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._answer)
        self.server.listen(self.name)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _answer(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.disconnectFromServer()
            self.knocked.emit()

    def knock(self) -> bool:
        """Ask the kamdesk that has the file to bring its window forward; False when it does not answer."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + ANSWER_WAIT_S
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        while not socket.waitForConnected(WAIT_MS):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)  # not listening yet: the first kamdesk may still be starting
            socket.connectToServer(self.name)
        socket.write(KNOCK)
        socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return True

    def holder(self) -> str:
        """Who has the lock, as the user can look it up: the process id and the computer."""
        info = self.lock.getLockInfo()  # PySide6: (pid, hostname, appname); the pid is 0 when unknown
        pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (0, "")
        return f"{pid} ({host})" if pid else "?"

    def explain(self, parent=None) -> None:
        text = QCoreApplication.translate(
            "SingleWindow", "The database %1 is open in another kamdesk (process %2), whose window could not be "
            "brought forward. Use that window, or close it and start kamdesk again.")
        QMessageBox.information(parent, QCoreApplication.translate("SingleWindow", "kamdesk is open already"),
                                text.replace("%1", str(self.path)).replace("%2", self.holder()))


def bring_forward(window) -> None:
    """Show `window` in front, as a second start of kamdesk asked."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
