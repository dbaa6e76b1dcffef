"""Demo data made from the GUI (the first start's "Demo data", the empty client list's "Fill with demo
data"), with a progress dialog. Its own module so that the main window and the application start
share it without importing each other."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QProgressDialog


def create_demo_with_progress(clients: int = 2000) -> None:
    from kamdesk.core.services.demo import create_demo
    from kamdesk.core.services.demo_words import demo_language

    progress = QProgressDialog(QApplication.translate("App", "Creating demo data…"), "", 0, clients)
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)

    def step(done: int, total: int) -> None:
        progress.setValue(done)
        QApplication.processEvents()

    try:
        create_demo(clients, seed=1, progress=step,
                    language=demo_language(next(iter(QLocale().uiLanguages()), "")))
    finally:
        progress.close()  # also when the database was not empty after all
