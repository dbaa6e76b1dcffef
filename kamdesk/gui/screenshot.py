"""`kamdesk screenshot VIEW OUT.png`: render a view offscreen, for the README and for checks."""

from __future__ import annotations

import os
from pathlib import Path

from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message

READING_WAIT_S = 60


def take_screenshot(database_url: str | None, view: str, out: Path, size: tuple[int, int]) -> None:
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from kamdesk.core import db
    from kamdesk.core.services import company as company_service
    from kamdesk.gui.app import create_app, install_translations

    app = create_app()
    # window state goes to a throw-away folder: a screenshot never disturbs the user's settings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="kamdesk-shot-"))
    db.connect(database_url)
    install_translations(app, company_service.language())  # the desk's language, as the app speaks it
    widget = _build(view)
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    _wait_for_readings()
    pixmap = widget.grab()
    if not pixmap.save(str(out)):
        raise KamdeskError(Message("Cannot write the screenshot to {file}.", file=str(out)))
    _close(widget)
    del app


def _close(widget) -> None:
    """Close the view and let nothing of it run later: its timers stopped, the calls waiting for its first paint
    forgotten, the widget deleted (with the timers aimed at it) and its worker readings ended, so a screenshot
    taken inside a longer process (the tests) leaves no reading behind against a database closed by then."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, QTimer

    from kamdesk.gui.first_paint import cancel_pending

    for timer in widget.findChildren(QTimer):
        timer.stop()
    cancel_pending(widget)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QThreadPool.globalInstance().waitForDone(READING_WAIT_S * 1000)


def _wait_for_readings() -> None:
    """Let what the view reads on worker threads arrive (the Refusals page's analysis), a minute at most."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    from kamdesk.gui import operations

    deadline = time.monotonic() + READING_WAIT_S
    while operations.running() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def window_on(key: str):
    """The main window showing the area `key` (for a view's `build`)."""
    from kamdesk.gui.main_window import MainWindow

    window = MainWindow()
    window.show_area(key)
    return window


def _build(view: str):
    """The widget of `view` ("orders", "order:ORD-2026-00042" …), found among the areas' screenshot views."""
    from kamdesk.area import load
    from kamdesk.areas import AREAS

    name, _, argument = view.partition(":")
    for area in AREAS:
        for shot in area.screenshots:
            if shot.name == name and _fits(shot, argument):
                return load(shot.build)(argument) if shot.build else window_on(area.key)
    raise KamdeskError(Message("Unknown view “{view}”: use {views}.", view=view, views=view_names()))


def _fits(shot, argument: str) -> bool:
    if not shot.argument:
        return not argument
    if shot.argument == "id" and argument and not argument.isdigit():
        return False
    return bool(argument) or shot.optional


def view_names() -> str:
    """The views `kamdesk screenshot` knows, as its help and its error name them."""
    from kamdesk.areas import AREAS

    names = []
    for area in AREAS:
        for shot in area.screenshots:
            if not shot.argument or shot.optional:
                names.append(shot.name)
            if shot.argument:
                names.append(f"{shot.name}:<{shot.argument}>" if not shot.optional else f"{shot.name}:{shot.argument}")
    return ", ".join(names)
