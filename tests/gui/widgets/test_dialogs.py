"""The dialog helpers: `ask` gives a dialog's answer only when accepted and always deletes it; `choose` maps
the clicked button of a question box to its answer, with Cancel as the Escape (and default) button."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid

from kamdesk.gui.widgets.dialogs import ask, choose


def deleted(widget) -> bool:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not isValid(widget)


def test_ask_gives_the_answer_of_an_accepted_dialog_and_deletes_it(qtbot):
    dialog = QDialog()
    dialog.setObjectName("answer 42")
    QTimer.singleShot(0, dialog.accept)
    assert ask(dialog, lambda d: d.objectName()) == "answer 42"
    assert deleted(dialog)


def test_ask_without_a_reader_says_true_when_accepted(qtbot):
    dialog = QDialog()
    QTimer.singleShot(0, dialog.accept)
    assert ask(dialog) is True


def test_ask_gives_none_when_cancelled_and_deletes_the_dialog(qtbot):
    dialog = QDialog()
    read = []
    QTimer.singleShot(0, dialog.reject)
    assert ask(dialog, read.append) is None
    assert read == []
    assert deleted(dialog)


def question() -> tuple[QMessageBox, object, object]:
    box = QMessageBox(QMessageBox.Icon.Question, "Title", "Which one?")
    first = box.addButton("First", QMessageBox.ButtonRole.AcceptRole)
    second = box.addButton("Second", QMessageBox.ButtonRole.AcceptRole)
    return box, first, second


def test_choose_gives_the_answer_of_the_clicked_button(qtbot):
    box, first, second = question()
    QTimer.singleShot(0, second.click)
    assert choose(box, {first: "first", second: "second"}) == "second"


def test_choose_escape_is_cancel_and_cancel_is_the_default_button(qtbot):
    box, first, second = question()

    def escape():
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)
    assert choose(box, {first: "first", second: "second"}, cancelled="none") == "none"
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_choose_with_a_default_button_answers_enter_with_it(qtbot):
    box, first, second = question()
    QTimer.singleShot(0, lambda: QTest.keyClick(box, Qt.Key.Key_Return))
    assert choose(box, {first: "first", second: "second"}, first) == "first"
