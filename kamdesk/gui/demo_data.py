"""Demo data made from the GUI (the first start's "Demo data", the empty client list's "Fill with demo
data") on a worker thread with a progress dialog: a bar for each step, named under "Creating demo data…".
Its own module so that the main window and the application start share it without importing each other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from kamdesk.area import TRANSLATION_CONTEXT
from kamdesk.core.messages import Message
from kamdesk.gui.changes import ACTIVITIES, CATALOGUE, CLIENTS, COMPANY, CONTRACTS, OFFERS, ORDERS
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation, Task

DEMO_KINDS = (CLIENTS, ACTIVITIES, ORDERS, OFFERS, CONTRACTS, CATALOGUE, COMPANY)  # demo data touches them all


def create_demo_in_background(parent: QWidget | None, clients: int = 2000, cancellable: bool = False) -> Operation:
    """Demo data written on a worker thread with a progress dialog: add `.success(...)`, then `.run()`.

    Written in one transaction, so a cancel (or a database that was not
    empty after all) leaves nothing behind.
    """
    from kamdesk.core.services.demo import create_demo
    from kamdesk.core.services.demo_words import demo_language

    language = demo_language(next(iter(QLocale().uiLanguages()), ""))
    title = QApplication.translate("App", "Creating demo data…")
    return Operation(parent, lambda task: create_demo(clients, seed=1, progress=step_progress(task, title),
                                                      language=language)) \
        .with_progress(title, cancellable) \
        .notifies(*DEMO_KINDS)


def step_progress(task: Task, title: str):
    """The demo's `progress(done, total, step)` as the dialog's bar, the step named under `title`."""
    names: dict[str, str] = {}  # translated once per step: the worker reports a step many times

    def progress(done: int, total: int, step: str) -> None:
        if step not in names:
            names[step] = translated(step) if isinstance(step, Message) \
                else QCoreApplication.translate(TRANSLATION_CONTEXT, step)  # an area's title, as the navigation's
        task.progress(done, total, f"{title}\n{names[step]}")

    return progress
