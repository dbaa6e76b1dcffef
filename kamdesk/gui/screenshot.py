"""`kamdesk screenshot VIEW OUT.png`: render a view offscreen, for the README and for checks."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message


def take_screenshot(database_url: str | None, view: str, out: Path, size: tuple[int, int]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from kamdesk.core import db
    from kamdesk.gui.app import create_app

    app = create_app()
    # window state goes to a throw-away folder: a screenshot never disturbs the user's settings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="kamdesk-shot-"))
    db.connect(database_url)
    widget = _build(view)
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    pixmap = widget.grab()
    if not pixmap.save(str(out)):
        raise KamdeskError(Message("Cannot write the screenshot to {file}.", file=str(out)))
    widget.close()
    QApplication.processEvents()
    del app


def _build(view: str):
    from kamdesk.gui.main_window import AREA_CALENDAR, AREA_CLIENTS, AREA_COMPANY, MainWindow

    name, _, argument = view.partition(":")
    if name in ("clients", "main", "company", "calendar"):
        window = MainWindow()
        area = {"company": AREA_COMPANY, "calendar": AREA_CALENDAR}.get(name, AREA_CLIENTS)
        window.show_area(area)
        if name == "calendar" and argument:
            from kamdesk.core.services.activity import parse_iso_week

            window.calendar.show_week(parse_iso_week(argument))
        return window
    if name == "client" and argument.isdigit():
        from kamdesk.core.services.party import get_client
        from kamdesk.gui.party.client_card import ClientCard

        get_client(int(argument))  # a clear error for an unknown id
        return ClientCard(int(argument))
    raise KamdeskError(Message("Unknown view “{view}”: use clients, calendar, calendar:2026-W49, company or "
                               "client:<id>.", view=view))
