"""Demo data made from the GUI (the first start's "Demo data", the empty client list's "Fill with demo
data") on a worker thread with a progress dialog. Its own module so that the main window and the
application start share it without importing each other."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from kamdesk.gui.changes import ACTIVITIES, CATALOGUE, CLIENTS, COMPANY, CONTRACTS, OFFERS, ORDERS
from kamdesk.gui.operations import Operation

DEMO_KINDS = (CLIENTS, ACTIVITIES, ORDERS, OFFERS, CONTRACTS, CATALOGUE, COMPANY)  # demo data touches them all


def create_demo_in_background(parent: QWidget | None, clients: int = 2000, cancellable: bool = False) -> Operation:
    """Demo data written on a worker thread with a progress dialog: add `.success(...)`, then `.run()`.

    Written in one transaction, so a cancel (or a database that was not
    empty after all) leaves nothing behind.
    """
    from kamdesk.core.services.demo import create_demo
    from kamdesk.core.services.demo_words import demo_language

    language = demo_language(next(iter(QLocale().uiLanguages()), ""))
    return Operation(parent, lambda task: create_demo(clients, seed=1, progress=task.progress, language=language)) \
        .with_progress(QApplication.translate("App", "Creating demo data…"), cancellable) \
        .notifies(*DEMO_KINDS)
