"""Starting the GUI: the QApplication, translations, the database and the first start."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from kamdesk import __version__
from kamdesk.core import db
from kamdesk.core.errors import DatabaseError
from kamdesk.core.services import company as company_service
from kamdesk.gui.errors import install_excepthook
from kamdesk.gui.messages import error_text
from kamdesk.resources_path import resource

log = logging.getLogger(__name__)


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
    if not company_service.is_set_up() and not first_start():
        return 0
    from kamdesk.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    try:
        return app.exec()
    finally:
        db.close()


def first_start() -> bool:
    """Ask for the company and the manager, or create demo data. False if the user cancelled."""
    from kamdesk.gui.company import FirstRunDialog

    dialog = FirstRunDialog()
    answer = dialog.exec()
    if answer == FirstRunDialog.DEMO:
        create_demo_with_progress()
        return True
    return answer == FirstRunDialog.DialogCode.Accepted


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
