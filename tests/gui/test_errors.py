"""An unexpected error reaches the user as a sentence naming the log; the traceback goes only to the log."""

import logging

from PySide6.QtWidgets import QMessageBox

from kamdesk.gui import errors


def test_a_bug_is_a_sentence_for_the_user_and_a_traceback_in_the_log(qtbot, monkeypatch, caplog, tmp_path):
    monkeypatch.setattr(errors, "log_file", lambda: tmp_path / "kamdesk.log")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        {}["missing"]
    except KeyError as bug:
        with caplog.at_level(logging.ERROR):
            errors.show_error(None, bug)
    [box] = shown
    assert box.text() == ("Something went wrong inside kamdesk. Your saved data is safe; what happened was written "
                          f"to {tmp_path / 'kamdesk.log'}.")
    assert box.detailedText() == "" and "Traceback" not in box.text()
    assert "KeyError" in caplog.text and "missing" in caplog.text
