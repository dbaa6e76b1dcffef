"""The sync GUI over the real engine: a window on a laptop copy of m1's syncs with the throwaway team server."""

from PySide6.QtCore import Qt

from kamdesk.core.models import Client
from kamdesk.gui.login import server_of
from kamdesk.gui.sync.conflicts import ConflictsDialog
from tests.core.server.conftest import PASSWORD, team  # noqa: F401 (the fixture)
from tests.core.sync.conftest import laptops, on_server  # noqa: F401 (the fixture)
from tests.gui.keyboard import activate
from tests.gui.test_main_window import make_window
from tests.gui.test_sync_gui import indicator, memory_keyring  # noqa: F401 (the fixture)
from tests.gui.waiting import TIMEOUT_MS, finish, settled


def test_a_laptop_window_syncs_by_itself_and_on_ctrl_shift_s(qtbot, team, laptops, memory_keyring):  # noqa: F811
    laptop = laptops("m1")
    client = Client.get(Client.name == "Client of m1")
    client.notes = "Laptop note ő"
    client.save()
    window = make_window(qtbot)
    controller = window.sync.controller
    assert controller.status.pending_changes == 1 and "1 to send" in indicator(window).text()
    server = server_of(controller.status.server_url)
    memory_keyring.set_password(server.keyring_service, controller.status.login, PASSWORD)

    qtbot.waitUntil(lambda: controller.last_report is not None and controller.running is None, timeout=TIMEOUT_MS)
    settled(qtbot)
    assert controller.problem is None and controller.last_report.pushed == 1
    assert on_server(team, "SELECT notes FROM client WHERE name = 'Client of m1'") == [("Laptop note ő",)]
    assert indicator(window).text().startswith("Online · synced ") and "to send" not in indicator(window).text()

    on_server(team, "UPDATE client SET phone = '+36 1 555 0000' WHERE name = 'Client of m1'")
    activate(window)
    qtbot.keyClick(window.clients.table, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    finish(qtbot, controller.running)
    assert controller.last_report.pulled >= 1
    assert window.statusBar().currentMessage() == str(controller.last_report.summary())
    assert Client.get(Client.name == "Client of m1").phone == "+36 1 555 0000"

    window.sync.conflicts_action.trigger()
    dialog = window.findChild(ConflictsDialog)
    assert dialog.pages.currentWidget() is dialog.empty
    settled(qtbot)



def test_take_offline_from_the_team_server_makes_a_laptop_copy(qtbot, team, tmp_path, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

    from kamdesk.core import db as kdb
    from kamdesk.gui.sync import SyncActions
    from kamdesk.gui.sync.take_offline import OfflineCopyDone

    kdb.connect(team.url_of("m1"))
    target = tmp_path / "laptop.db"
    monkeypatch.setattr("kamdesk.gui.sync.take_offline.default_path", lambda: target)
    window, menu = QMainWindow(), QMenu()
    qtbot.addWidget(window)
    actions = SyncActions(window, menu)
    progress = []

    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.passphrase.setText("egy hosszú jelmondat")
        dialog.repeat.setText("egy hosszú jelmondat")
        dialog.ok.click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill)
    operation = actions.take_offline()
    operation.task.progress = lambda done, total, text="", report=operation.task.progress: (
        progress.append((done, total)), report(done, total, text))
    from tests.gui.keyboard import answering_boxes

    with answering_boxes() as texts:
        finish(qtbot, operation)
    assert texts == [] and operation.error is None and target.exists()
    done = window.findChild(OfflineCopyDone)
    assert done is not None and f"sqlite:///{target}" in done.how.text()
    assert progress and progress[-1][0] == progress[-1][1]
    from kamdesk.core import cipher

    assert cipher.is_encrypted(target)
