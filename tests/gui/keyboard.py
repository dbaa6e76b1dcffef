"""Typing any Unicode text into a widget as key presses.

QTest.keyClicks (and so qtbot.keyClicks) aborts on characters outside
Latin-1's ASCII range ("ő", "Ж"), so accented and Cyrillic input is sent as
key events carrying the text, as a keyboard with that layout would.
`answering_boxes` answers the message boxes a keystroke opens, by key;
`press_enter` sends Enter where Qt would, to an open popup first.
"""

from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox


def type_text(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown if not char.isascii() else _key(char),
                              Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def _key(char: str) -> int:
    if char == " ":
        return Qt.Key.Key_Space
    return ord(char.upper()) if char.isalnum() else Qt.Key.Key_unknown


def activate(window) -> None:
    """Make `window` the active window so its shortcuts fire.

    The offscreen platform does not activate windows on show(), and shortcuts
    only reach the active window; QApplication.setActiveWindow still does it.
    """
    import warnings

    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    QApplication.processEvents()


@contextmanager
def answering_boxes(key=Qt.Key.Key_Return):
    """While inside, press `key` in every message box that opens (Return: its default, Escape: No); their texts
    are in the list given."""
    texts: list[str] = []
    timer = QTimer()
    timer.setInterval(10)

    def press():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            texts.append(box.text())
            QTest.keyClick(box, key)

    timer.timeout.connect(press)
    timer.start()
    try:
        yield texts
    finally:
        timer.stop()


def press_enter(qtbot, widget) -> None:
    """Enter where the keyboard sends it: to an open popup (a completer's list) first, as Qt does."""
    qtbot.keyClick(QApplication.activePopupWidget() or widget, Qt.Key.Key_Return)
    QApplication.processEvents()
