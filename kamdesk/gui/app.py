"""Starting the GUI: the QApplication, translations, the database and the first start."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kamdesk import __version__
from kamdesk.core import db
from kamdesk.core.errors import DatabaseError
from kamdesk.core.services import company as company_service
from kamdesk.gui.changes import ACTIVITIES, CATALOGUE, CLIENTS, COMPANY, CONTRACTS, OFFERS, ORDERS
from kamdesk.gui.errors import install_excepthook, show_error
from kamdesk.gui.messages import error_text
from kamdesk.gui.operations import Operation
from kamdesk.resources_path import resource

log = logging.getLogger(__name__)
DEMO_KINDS = (CLIENTS, ACTIVITIES, ORDERS, OFFERS, CONTRACTS, CATALOGUE, COMPANY)  # demo data touches them all


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with kamdesk's names (for QSettings), icon and translations."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("kamdesk")
    app.setApplicationName("kamdesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "kamdesk.svg"))))
    install_translations(app)  # the computer's language until the database says otherwise
    return app


def install_translations(app: QApplication, language: str = "system") -> None:
    """Speak `language` ("system", "en", "hu", "ru"; see company_service.LANGUAGES) from now on.

    Qt's and kamdesk's translators for it replace those installed before, and numbers
    and dates are formatted the language's way (the default QLocale). Windows built
    earlier keep their texts: the choice is applied in full at the next start.
    """
    locale = QLocale.system() if language == "system" else QLocale(language)
    QLocale.setDefault(locale)
    while _installed:  # our own list: app.findChildren(QTranslator) costs 6 ms at start-up
        old = _installed.pop()
        if shiboken6.isValid(old):  # a translator someone else removed and deleted is gone already
            app.removeTranslator(old)
            old.deleteLater()
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("kamdesk", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)


_installed: list[QTranslator] = []  # the translators install_translations put in


def _log_to_file() -> None:
    folder = db.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(Path(folder) / "kamdesk.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


def run_gui(database_url: str | None = None) -> int:
    app = create_app()
    _log_to_file()
    install_excepthook()
    try:
        db.connect(database_url)
    except DatabaseError as error:
        QMessageBox.critical(None, QApplication.translate("App", "kamdesk cannot open the database"),
                             error_text(error))
        return 1
    from kamdesk.gui.daily_jobs import DailyJobs

    DailyJobs(app).start()  # contracts and offers past their dates move on once the event loop (and window) runs
    install_translations(app, company_service.language())
    windows = []  # the main window, kept alive while the application runs
    if company_service.is_set_up():
        windows.append(_open_main_window())
    elif not first_start(lambda: windows.append(_open_main_window())):
        return 0
    try:
        return app.exec()
    finally:
        db.close()


def _open_main_window():
    from kamdesk.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return window


def first_start(then: Callable[[], None]) -> bool:
    """Ask for the company and the manager, or create demo data; `then()` once set up. False if the user cancelled.

    Demo data is created on a worker thread once the event loop runs, so
    `then()` comes later, from there; if it fails the application ends.
    """
    from kamdesk.gui.company import FirstRunDialog

    dialog = FirstRunDialog()
    answer = dialog.exec()
    if answer == FirstRunDialog.DEMO:
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # the progress dialog closes before the main window opens

        def opened(_result) -> None:
            then()
            app.setQuitOnLastWindowClosed(True)

        def failed(error: BaseException) -> None:
            show_error(None, error)
            app.exit(1)

        create_demo_in_background(None).success(opened).failure(failed).run()
        return True
    if answer == FirstRunDialog.DialogCode.Accepted:
        then()
        return True
    return False


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
