"""Window sizes that fit the screen: a window asks for a size and gets at most what the screen offers.

On a 1366×768 laptop a dialog asking for 1280×820 would put its buttons below
the edge of the screen. `fit_to_screen` sizes a window to the smaller of what
it wants and the screen's available geometry (without the taskbar), and
centres it there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# title bar and borders the window manager adds, while the window is not yet framed
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(window: QWidget) -> QRect:
    """The available geometry of the screen the window (or its parent) is on."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to `width`×`height`, or less where the screen is smaller, and centre it on the screen."""
    area = available_geometry(window)
    frame = _frame(window)
    size = QSize(min(width, area.width() - frame.width()), min(height, area.height() - frame.height()))
    window.resize(size)
    outer = window.size() + frame  # a minimum size may have kept it larger
    window.move(area.x() + max(0, (area.width() - outer.width()) // 2),
                area.y() + max(0, (area.height() - outer.height()) // 2))


def _frame(window: QWidget) -> QSize:
    """What the window's frame adds to its size: measured once it is shown, estimated before."""
    if window.isVisible():
        extra = window.frameGeometry().size() - window.geometry().size()
        if extra.width() > 0 or extra.height() > 0:
            return extra
    return QSize(FRAME_ALLOWANCE)
