"""`kamdesk screenshot VIEW OUT.png`: render a view offscreen, for the README and for checks."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kamdesk.core.errors import KamdeskError


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
        raise KamdeskError(f"Cannot write the screenshot to {out}.")
    widget.close()
    QApplication.processEvents()
    del app


def _build(view: str):
    from kamdesk.gui.main_window import AREA_CLIENTS, AREA_COMPANY, MainWindow

    if view in ("clients", "main", "company"):
        window = MainWindow()
        window.show_area(AREA_COMPANY if view == "company" else AREA_CLIENTS)
        return window
    if view.startswith("client:"):
        from kamdesk.core.services.party import get_client
        from kamdesk.gui.party.client_card import ClientCard

        client_id = int(view.partition(":")[2])
        get_client(client_id)  # a clear error for an unknown id
        return ClientCard(client_id)
    raise KamdeskError(f"Unknown view “{view}”: use clients, company or client:<id>.")
