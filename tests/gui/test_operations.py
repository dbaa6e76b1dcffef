"""Operations: work on a worker thread, callbacks on the GUI thread, progress, cancel, no nested event loop."""

import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from kamdesk.core import db as kdb
from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import party_io
from kamdesk.core.services.client_search import ClientFilter, search_clients
from kamdesk.core.services.party_io import Table
from kamdesk.gui import operations
from kamdesk.gui.changes import CLIENTS, changes
from kamdesk.gui.operations import Operation
from tests.gui.waiting import finish


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    layout = QVBoxLayout(widget)
    widget.edit = QLineEdit(widget)
    layout.addWidget(widget.edit)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_caller_goes_on_at_once_and_success_comes_on_the_gui_thread(qtbot, window):
    release, threads, results = threading.Event(), [], []

    def work(_task):
        threads.append(threading.get_ident())
        release.wait(5)
        return 42

    op = Operation(window, work).success(lambda result: results.append((threading.get_ident(), result))).run()
    assert not op.done and results == []  # run() returned while the work still waits: no nested event loop
    release.set()
    finish(qtbot, op)
    assert threads != [threading.get_ident()]
    assert results == [(threading.get_ident(), 42)] and op.result == 42


def test_a_domain_error_is_shown_and_no_success_is_called(qtbot, window, monkeypatch):
    shown, succeeded = [], []
    monkeypatch.setattr(operations, "show_error", lambda parent, error: shown.append((parent, str(error))))

    def work(_task):
        raise KamdeskError("The file is empty.")

    finish(qtbot, Operation(window, work).success(succeeded.append).run())
    assert shown == [(window, "The file is empty.")] and succeeded == []


def test_a_bug_goes_to_the_excepthook_with_its_traceback(qtbot, window):
    def work(_task):
        raise ZeroDivisionError("boom")

    with qtbot.capture_exceptions() as caught:
        op = finish(qtbot, Operation(window, work).run())
    assert [type(error) for _, error, _ in caught] == [ZeroDivisionError]
    assert caught[0][2] is not None and isinstance(op.error, ZeroDivisionError)


def test_a_failure_callback_replaces_the_default(qtbot, window, monkeypatch):
    failed = []
    monkeypatch.setattr(operations, "show_error", lambda *args: pytest.fail("shown"))

    def work(_task):
        raise KamdeskError("nope")

    finish(qtbot, Operation(window, work).failure(failed.append).run())
    assert [str(error) for error in failed] == ["nope"]


def test_progress_is_shown_and_the_window_takes_no_input_meanwhile(qtbot, window):
    release = threading.Event()

    def work(task):
        task.progress(1, 4, "One of four")
        release.wait(5)

    op = Operation(window, work).with_progress("Working…").run()
    qtbot.waitUntil(lambda: op.dialog.findChild(QProgressBar).value() == 1)
    assert (op.dialog.labelText(), op.dialog.findChild(QProgressBar).maximum()) == ("One of four", 4)
    qtbot.keyClicks(window.edit, "x")
    assert window.edit.text() == ""
    release.set()
    finish(qtbot, op)
    assert op.dialog is None
    qtbot.keyClicks(window.edit, "x")
    assert window.edit.text() == "x"


def test_the_progress_dialog_appears_and_its_cancel_stops_the_work(qtbot, window):
    release, succeeded = threading.Event(), []

    def work(task):
        release.wait(5)
        task.check()
        return "done"

    op = Operation(window, work).with_progress("Working…", cancellable=True).success(succeeded.append).run()
    qtbot.waitUntil(lambda: op.dialog.isVisible())
    cancel = op.dialog.findChild(QPushButton)
    cancel.click()
    release.set()
    finish(qtbot, op)
    assert op.was_cancelled and succeeded == [] and op.error is not None


def test_a_cancelled_import_writes_nothing(qtbot, window, company):
    table = Table(["Name", "City"], [[f"Ügyfél {n} Kft.", "Budapest"] for n in range(1200)])
    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    assert len(check.valid) == 1200
    op = Operation(window, lambda task: party_io.import_rows(check, progress=task.progress))
    op.with_progress("Importing…", cancellable=True)
    op.cancel()  # before the first batch is reported: it is written, then the whole transaction rolls back
    finish(qtbot, op.run())
    assert op.was_cancelled
    assert search_clients(ClientFilter()) == []


def test_a_write_announces_its_change_after_success(qtbot, window):
    heard = []
    changes().changed.connect(heard.append)
    try:
        finish(qtbot, Operation(window, lambda _task: 7).notifies(CLIENTS, client_id=7).run())
    finally:
        changes().changed.disconnect(heard.append)
    assert [(change.kinds, change.client_ids) for change in heard] == [(frozenset({CLIENTS}), frozenset({7}))]


def test_a_failed_write_announces_nothing(qtbot, window, monkeypatch):
    heard = []
    monkeypatch.setattr(operations, "show_error", lambda *args: None)

    def work(_task):
        raise KamdeskError("no")

    changes().changed.connect(heard.append)
    try:
        finish(qtbot, Operation(window, work).notifies(CLIENTS).run())
    finally:
        changes().changed.disconnect(heard.append)
    assert heard == []


def test_the_worker_closes_its_database_connection(qtbot, window, db):
    opened = []

    def work(_task):
        opened.append(kdb.database.connection())
        return kdb.database.execute_sql("select 1").fetchone()[0]

    op = finish(qtbot, Operation(window, work).run())
    assert op.result == 1
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("select 1")


def test_quiet_work_only_logs_its_failure(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(operations, "show_error", lambda *args: pytest.fail("shown"))

    def work():
        raise RuntimeError("index gone")

    finish(qtbot, operations.start_quietly(work))
    assert "background work failed" in caplog.text and "index gone" in caplog.text


def test_the_window_is_active_again_after_a_shown_progress_dialog(qtbot, window):
    release = threading.Event()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    op = Operation(window, lambda _task: release.wait(5)).with_progress("Working…").run()
    qtbot.waitUntil(lambda: op.dialog.isVisible())
    release.set()
    finish(qtbot, op)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_parent_gone_meanwhile_gets_no_callback_but_the_change_is_announced(qtbot):
    parent, release, called, heard = QWidget(), threading.Event(), [], []
    op = Operation(parent, lambda _task: release.wait(5)).success(called.append).notifies(CLIENTS).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not isValid(parent))
    changes().changed.connect(heard.append)
    try:
        release.set()
        finish(qtbot, op)
    finally:
        changes().changed.disconnect(heard.append)
    assert called == [] and [change.kinds for change in heard] == [frozenset({CLIENTS})]
