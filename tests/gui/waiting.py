"""Waiting in tests for work a view started on a worker thread (kamdesk.gui.operations) and its callbacks."""

from kamdesk.gui import operations

TIMEOUT_MS = 20000  # a loaded test machine; the wait ends as soon as the work does


def finish(qtbot, op):
    """Wait until `op` ended and its success or failure callback ran; `op` back for its result."""
    assert op is not None, "no operation was started"
    qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT_MS)
    return op


def settled(qtbot) -> None:
    """Wait until every operation started so far ended and its callbacks ran."""
    qtbot.waitUntil(lambda: not operations.running(), timeout=TIMEOUT_MS)
