"""The laptop copy in the window: the sync indicator, Sync now, the automatic sync, Take offline…, the conflicts.

The service `kamdesk.core.services.sync` is replaced by a fake the test steers (what the
status says, whether the server answers, what a sync returns or raises); the windows
are the real ones.
"""

import datetime as dt
import threading

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMenu

from kamdesk.core.errors import LoginRefused, SchemaMismatch, ServerUnreachable
from kamdesk.core.messages import Message
from kamdesk.core.services import company as company_service
from kamdesk.core.services import sync as sync_service
from kamdesk.gui import changes
from kamdesk.gui.login import LoginDialog
from kamdesk.gui.sync import SyncActions
from kamdesk.gui.sync.conflicts import ConflictsDialog
from kamdesk.gui.sync.indicator import SyncIndicator
from kamdesk.gui.sync.take_offline import OfflineCopyDone, TakeOfflineDialog, take_offline
from tests.gui.keyboard import activate, answering_boxes
from tests.gui.test_main_window import make_window
from tests.gui.waiting import TIMEOUT_MS, finish, settled

SERVER = "postgresql://anna@office.example.hu:5432/kamdesk"
KEYRING_SERVICE = "kamdesk office.example.hu:5432/kamdesk"
NOW = dt.datetime.now(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    monkeypatch.delenv("KAMDESK_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


class FakeSync:
    """The service as the test wants it: a status, a server that answers or not, syncs that report or raise."""

    def __init__(self):
        self.status = sync_service.ReplicaStatus(SERVER, "anna", NOW, 3, 0)
        self.reachable = False
        self.outcomes: list = []  # what the next syncs do: a SyncReport, an exception, or a callable(progress)
        self.calls: list[str | None] = []  # the password each sync was given
        self.conflicts: list[sync_service.Conflict] = []
        self.resolved: list[tuple[int, str]] = []
        self.listed: list[bool] = []

    def replica_status(self):
        return self.status

    def server_reachable(self, timeout=2.0):
        return self.reachable

    def sync_now(self, password=None, progress=None):
        self.calls.append(password)
        outcome = self.outcomes.pop(0) if self.outcomes else sync_service.SyncReport()
        if callable(outcome) and not isinstance(outcome, sync_service.SyncReport):
            outcome = outcome(progress)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def list_conflicts(self, include_resolved=False):
        self.listed.append(include_resolved)
        return [c for c in self.conflicts if include_resolved or not c.resolved]

    def resolve_conflict(self, conflict_id, use):
        self.resolved.append((conflict_id, use))
        self.conflicts = [c if c.id != conflict_id else _resolved(c) for c in self.conflicts]


def _resolved(conflict):
    return sync_service.Conflict(**{**conflict.__dict__, "resolved": True})


@pytest.fixture
def fake(monkeypatch):
    service = FakeSync()
    for name in ("replica_status", "server_reachable", "sync_now", "list_conflicts", "resolve_conflict"):
        monkeypatch.setattr(sync_service, name, getattr(service, name))
    return service


@pytest.fixture
def laptop(qtbot, clients, fake):
    """The main window on a laptop copy whose server does not answer (no automatic sync starts)."""
    window = make_window(qtbot)
    settled(qtbot)
    return window


def indicator(window) -> SyncIndicator:
    return window.findChild(SyncIndicator, "sync_indicator")


def clock(moment: dt.datetime) -> str:
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def set_state(window, status=None, reachable=None, problem=None):
    controller = window.sync.controller
    controller.status = status or controller.status
    controller.reachable, controller.problem = reachable, problem
    controller.status_changed.emit()
    return indicator(window).text()


# ---------------------------------------------------------------- the indicator

def test_a_desk_file_has_no_indicator_and_no_sync_actions(qtbot, clients, monkeypatch):
    monkeypatch.setattr(sync_service, "replica_status", lambda: None)
    window = make_window(qtbot)
    assert indicator(window) is None
    assert window.findChild(type(window.new_action), "sync_now") is None
    assert window.findChild(type(window.new_action), "take_offline") is None


def test_the_indicator_says_online_offline_and_what_waits(laptop, fake):
    today = NOW.replace(hour=12) if NOW.hour > 12 else NOW
    status = sync_service.ReplicaStatus(SERVER, "anna", today, 3, 0)
    assert set_state(laptop, status, True) == f"Online · synced {clock(today)} · 3 to send"
    local_yesterday = dt.datetime.now().replace(hour=17, minute=40, second=0, microsecond=0) - dt.timedelta(days=1)
    yesterday = local_yesterday.astimezone().astimezone(dt.UTC).replace(tzinfo=None)
    status = sync_service.ReplicaStatus(SERVER, "anna", yesterday, 3, 0)
    assert set_state(laptop, status, False) == f"Offline · last sync yesterday {clock(yesterday)} · 3 to send"
    status = sync_service.ReplicaStatus(SERVER, "anna", None, 0, 2)
    assert set_state(laptop, status, True) == "Online · never synced · 2 conflicts"
    assert set_state(laptop, status, True, LoginRefused(Message("no"))) == \
        "Online · sync needs your password · 2 conflicts"
    assert set_state(laptop, status, True, SchemaMismatch(Message("update"))) == \
        "Online · cannot sync: versions differ · 2 conflicts"


def test_the_tooltip_names_the_server_and_login_never_a_password(laptop):
    status = sync_service.ReplicaStatus("postgresql://anna@office.example.hu:5432/kamdesk", "anna", NOW, 3, 1)
    set_state(laptop, status, True, LoginRefused(Message("The server refused the login or password.")))
    tip = indicator(laptop).toolTip()
    assert "office.example.hu:5432" in tip and "database kamdesk" in tip and "login anna" in tip
    assert "Changes waiting to be sent: 3" in tip and "Conflicts to look at: 1" in tip
    assert "The last sync did not finish: The server refused the login or password." in tip


def test_the_indicator_menu_offers_sync_now_and_the_conflicts(laptop):
    names = [action.objectName() for action in indicator(laptop).menu().actions()]
    assert names == ["sync_now", "sync_conflicts"]
    assert indicator(laptop).focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_server_is_asked_off_the_gui_thread_and_the_answer_shows(qtbot, laptop, monkeypatch):
    asked_on = []
    monkeypatch.setattr(sync_service, "server_reachable",
                        lambda timeout=2.0: asked_on.append(threading.current_thread()) or False)
    finish(qtbot, laptop.sync.controller.check_server())
    assert asked_on and asked_on[0] is not threading.main_thread()
    assert indicator(laptop).text().startswith("Offline")
    assert laptop.sync.controller.check_timer.isActive()


# ---------------------------------------------------------------- Sync now

def test_ctrl_shift_s_syncs_with_progress_and_pages_reload(qtbot, laptop, fake, memory_keyring):
    memory_keyring.set_password(KEYRING_SERVICE, "anna", "from-the-keyring")
    release = threading.Event()

    def slow(progress):
        progress(2, 5)
        release.wait(TIMEOUT_MS / 1000)
        return sync_service.SyncReport(pushed=3, pulled=12)

    fake.outcomes = [slow]
    seen = []
    changes.changes().changed.connect(seen.append)
    activate(laptop)
    qtbot.keyClick(laptop.clients.table, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    operation = laptop.sync.controller.running
    assert operation is not None and indicator(laptop).text() == "Syncing…"
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: operation._bar.maximum() == 5 and operation._bar.value() == 2, timeout=TIMEOUT_MS)
    release.set()
    finish(qtbot, operation)
    assert fake.calls == ["from-the-keyring"]
    assert laptop.statusBar().currentMessage() == "Sent 3 changes, received 12, removed 0."
    assert any(change.touches(changes.CLIENTS, changes.ORDERS) for change in seen)
    assert not indicator(laptop).text().startswith("Syncing")


def test_never_two_syncs_at_once(qtbot, laptop, fake):
    release = threading.Event()
    fake.outcomes = [lambda _progress: release.wait(TIMEOUT_MS / 1000) and sync_service.SyncReport()]
    first = laptop.sync.controller.sync_quietly()
    assert laptop.sync.controller.sync_now() is None
    assert laptop.statusBar().currentMessage() == "A sync is already running."
    release.set()
    finish(qtbot, first)
    assert len(fake.calls) == 1


def test_an_unreachable_server_says_local_work_goes_on(qtbot, laptop, fake):
    fake.outcomes = [ServerUnreachable(Message("The office server cannot be reached."))]
    with answering_boxes() as texts:
        finish(qtbot, laptop.sync.controller.sync_now())
    assert len(texts) == 1 and "Your local work goes on" in texts[0]
    assert indicator(laptop).text().startswith("Offline")


def test_versions_that_differ_are_said_plainly(qtbot, laptop, fake):
    fake.outcomes = [SchemaMismatch(Message("This laptop's kamdesk is older than the office's: update it."))]
    with answering_boxes() as texts:
        finish(qtbot, laptop.sync.controller.sync_now())
    assert texts == ["This laptop's kamdesk is older than the office's: update it."]


class LoginAnswers:
    """Answer the login dialogs that open with `passwords` in turn (ticking remember), Cancel after them;
    what each dialog showed is recorded."""

    def __init__(self, *passwords: str):
        self.passwords, self.shown = list(passwords), []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(10)

    def _poll(self):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog) or not dialog.isVisible() or dialog in [d for d, *_ in self.shown]:
            return
        self.shown.append((dialog, dialog.login.text(), dialog.login.isReadOnly(), dialog.message.text()))
        if not self.passwords:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        dialog.password.setText(self.passwords.pop(0))
        dialog.remember.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_refused_login_asks_the_password_syncs_with_it_and_remembers_it(qtbot, laptop, fake, memory_keyring):
    fake.outcomes = [LoginRefused(Message("The server wants a password.")), sync_service.SyncReport(pushed=3)]
    answers = LoginAnswers("Anna-jelszava-7")
    laptop.sync.controller.sync_now()
    qtbot.waitUntil(lambda: len(fake.calls) == 2 and laptop.sync.controller.running is None, timeout=TIMEOUT_MS)
    answers.timer.stop()
    assert fake.calls == [None, "Anna-jelszava-7"]
    (_dialog, login, fixed, message), = answers.shown
    assert (login, fixed, message) == ("anna", True, "The office server wants your password to sync.")
    assert memory_keyring.passwords == {(KEYRING_SERVICE, "anna"): "Anna-jelszava-7"}
    assert laptop.sync.controller.problem is None


def test_a_wrong_password_is_asked_again_and_never_remembered(qtbot, laptop, fake, memory_keyring):
    memory_keyring.set_password(KEYRING_SERVICE, "anna", "old")
    refused = LoginRefused(Message("The server refused the login or password."))
    fake.outcomes = [refused, refused]
    answers = LoginAnswers("wrong")
    laptop.sync.controller.sync_now()
    qtbot.waitUntil(lambda: len(answers.shown) == 2 and laptop.sync.controller.running is None,
                    timeout=TIMEOUT_MS)
    answers.timer.stop()
    assert fake.calls == ["old", "wrong"]
    assert [message for *_, message in answers.shown] == ["The server refused the login or password."] * 2
    assert memory_keyring.passwords == {(KEYRING_SERVICE, "anna"): "old"}


# ---------------------------------------------------------------- the automatic sync

def test_the_server_coming_back_starts_a_quiet_sync(qtbot, laptop, fake, memory_keyring):
    memory_keyring.set_password(KEYRING_SERVICE, "anna", "from-the-keyring")
    fake.reachable = True
    fake.outcomes = [sync_service.SyncReport(pulled=2)]
    focused = QApplication.focusWidget()
    started = []
    laptop.sync.controller.status_changed.connect(lambda: started.append(laptop.sync.controller.running))
    finish(qtbot, laptop.sync.controller.check_server())
    operation = next(op for op in started if op is not None)
    assert operation.dialog is None and operation._blocker is None  # no progress dialog, no blocked input
    finish(qtbot, operation)
    assert fake.calls == ["from-the-keyring"]
    assert QApplication.activeModalWidget() is None and QApplication.focusWidget() is focused
    assert laptop.statusBar().currentMessage() == ""  # left to the reminders
    assert "Sent 0 changes, received 2, removed 0." in indicator(laptop).toolTip().splitlines()
    assert indicator(laptop).text().startswith("Online · synced")


def test_a_quiet_sync_that_fails_only_shows_in_the_indicator(qtbot, laptop, fake):
    fake.reachable = True
    fake.outcomes = [LoginRefused(Message("The server wants a password."))]
    finish(qtbot, laptop.sync.controller.check_server())
    qtbot.waitUntil(lambda: bool(fake.calls) and laptop.sync.controller.running is None, timeout=TIMEOUT_MS)
    assert fake.calls == [None]
    assert QApplication.activeModalWidget() is None
    assert "sync needs your password" in indicator(laptop).text()


def test_the_automatic_sync_waits_while_a_dialog_is_open(qtbot, laptop, fake):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(laptop)
    dialog.setModal(True)
    dialog.show()
    fake.reachable = True
    finish(qtbot, laptop.sync.controller.check_server())
    assert laptop.sync.controller.running is None and fake.calls == []
    dialog.close()
    laptop.sync.controller.auto_timer.timeout.emit()  # the next turn of the timer
    qtbot.waitUntil(lambda: bool(fake.calls) and laptop.sync.controller.running is None, timeout=TIMEOUT_MS)
    assert fake.calls == [None]


def test_the_automatic_sync_runs_every_few_minutes_as_the_desk_says(laptop, db):
    assert laptop.sync.controller.auto_timer.interval() == 10 * 60_000
    company_service.set_setting("sync_every_minutes", "25")
    laptop.sync.controller.start()
    assert laptop.sync.controller.auto_timer.interval() == 25 * 60_000


# ---------------------------------------------------------------- take offline

@pytest.fixture
def office(monkeypatch, fake):
    """An open team server (as the sync actions see it) and a fake take_offline."""
    monkeypatch.setattr(sync_service, "replica_status", lambda: None)
    monkeypatch.setattr(company_service, "on_server", lambda: True)
    taken = []

    def take(path, passphrase, password=None, progress=None):
        progress(1, 2)
        taken.append((path, passphrase, password))
        return sync_service.SyncReport(pulled=120)

    monkeypatch.setattr(sync_service, "take_offline", take)
    return taken


def test_take_offline_is_offered_only_on_the_team_server(qtbot, office):
    window, menu = QMainWindow(), QMenu()
    qtbot.addWidget(window)
    actions = SyncActions(window, menu)
    assert [action.objectName() for action in menu.actions()] == ["take_offline"]
    assert actions.controller is None and window.findChild(SyncIndicator) is None


def test_take_offline_refuses_an_existing_file_a_short_or_mistyped_passphrase(qtbot, tmp_path):
    existing = tmp_path / "kamdesk-offline.db"
    existing.write_bytes(b"")
    dialog = TakeOfflineDialog(existing)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("hosszú jelmondat")
    dialog.repeat.setText("hosszú jelmondat")
    assert "already exists" in dialog.problem.text() and not dialog.ok.isEnabled()
    dialog.path.setText(str(tmp_path / "laptop.db"))
    assert dialog.ok.isEnabled() and dialog.problem.text() == ""
    dialog.repeat.setText("hosszú jelmondaT")
    assert dialog.problem.text() == "The two passphrases differ." and not dialog.ok.isEnabled()
    dialog.passphrase.setText("rövid")
    dialog.repeat.setText("rövid")
    assert dialog.problem.text() == "The passphrase needs at least 8 characters."
    dialog.path.setText(str(tmp_path / "no such folder" / "laptop.db"))
    assert "does not exist" in dialog.problem.text()


def test_take_offline_copies_with_progress_and_says_how_to_open_the_copy(qtbot, office, tmp_path, monkeypatch):
    target = tmp_path / "laptop.db"
    monkeypatch.setattr("kamdesk.gui.sync.take_offline.default_path", lambda: target)
    window = QMainWindow()
    qtbot.addWidget(window)

    def fill(dialog):
        dialog.passphrase.setText("egy hosszú jelmondat")
        dialog.repeat.setText("egy hosszú jelmondat")
        dialog.ok.click()

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    operation = finish(qtbot, take_offline(window))
    assert office == [(target, "egy hosszú jelmondat", None)]  # None: the open connection's password
    done = window.findChild(OfflineCopyDone)
    assert done.findChild(type(done.how), "summary").text() == "Records copied: 120"
    assert f"kamdesk --database sqlite:///{target}" in done.how.text() and "passphrase" in done.how.text()
    done.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(target)
    assert operation.error is None


# ---------------------------------------------------------------- conflicts

def conflict(id_, kind, field, mine, theirs, resolved=False):
    return sync_service.Conflict(id_, kind, "client", "Kovács és Társa Kft.", field, mine, theirs,
                                 "Both sides changed it.", NOW, resolved)


def test_the_conflicts_list_and_its_choices(qtbot, fake):
    fake.conflicts = [conflict(1, "conflict", "phone", "+36 1 111", "+36 1 222"),
                      conflict(2, "proposal", "credit_limit", "500000", "300000"),
                      conflict(3, "conflict", "city", "Győr", "Pécs", resolved=True)]
    dialog = ConflictsDialog()
    qtbot.addWidget(dialog)
    rows = [[dialog.table.topLevelItem(r).text(c) for c in range(5)] for r in range(dialog.table.topLevelItemCount())]
    assert rows == [["Changed on both sides", "Kovács és Társa Kft.", "phone", "+36 1 111", "+36 1 222"],
                    ["Proposal", "Kovács és Társa Kft.", "credit_limit", "500000", "300000"]]
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    assert dialog.note.text() == "The office's value was kept; yours is a proposal."
    dialog.keep_button.click()
    assert fake.resolved == [(2, "kept")]
    assert dialog.table.topLevelItemCount() == 1
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    dialog.other_button.click()
    assert fake.resolved == [(2, "kept"), (1, "other")]
    assert dialog.pages.currentWidget() is dialog.empty and "No conflicts" in dialog.empty.text()
    dialog.show_resolved.setChecked(True)
    assert fake.listed[-1] is True and dialog.table.topLevelItemCount() == 3
    dialog.table.setCurrentItem(dialog.table.topLevelItem(2))
    assert not dialog.keep_button.isEnabled() and not dialog.other_button.isEnabled()


def test_a_refusal_has_no_other_value_to_use(qtbot, fake):
    fake.conflicts = [conflict(4, "refused", "discount", "15%", "10%")]
    dialog = ConflictsDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItem(0).text(0) == "Refused by the office"
    assert dialog.keep_button.isEnabled() and not dialog.other_button.isEnabled()
    dialog.keep_button.click()
    assert fake.resolved == [(4, "kept")]


def test_the_conflicts_open_from_the_indicator_menu(qtbot, laptop, fake):
    fake.conflicts = [conflict(1, "conflict", "phone", "+36 1 111", "+36 1 222")]
    laptop.sync.conflicts_action.trigger()
    dialog = laptop.findChild(ConflictsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.table.topLevelItemCount() == 1


def test_take_offline_can_be_cancelled(qtbot, office, tmp_path, monkeypatch):
    started = threading.Event()

    def endless(path, passphrase, password=None, progress=None):
        started.set()
        while True:
            progress(1, 100)  # raises Cancelled once the user cancelled
            threading.Event().wait(0.01)

    monkeypatch.setattr(sync_service, "take_offline", endless)
    monkeypatch.setattr("kamdesk.gui.sync.take_offline.default_path", lambda: tmp_path / "laptop.db")
    window = QMainWindow()
    qtbot.addWidget(window)

    def fill(dialog):
        dialog.passphrase.setText("egy hosszú jelmondat")
        dialog.repeat.setText("egy hosszú jelmondat")
        dialog.ok.click()

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    operation = take_offline(window)
    qtbot.waitUntil(lambda: started.is_set() and operation.dialog is not None and operation.dialog.isVisible(),
                    timeout=TIMEOUT_MS)
    from PySide6.QtWidgets import QPushButton

    operation.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    finish(qtbot, operation)
    assert operation.was_cancelled and window.findChild(OfflineCopyDone) is None
