"""Starting the GUI: the QApplication, translations, the database and the first start."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.gui import pyside  # noqa: F401, I001 (first of kamdesk's: the modules after it skip PySide6's import hook)
from kamdesk import __version__
from kamdesk.core import db, redaction
from kamdesk.core.errors import DatabaseError, DatabaseFault
from kamdesk.core.services import company as company_service
from kamdesk.gui.errors import install_excepthook, show_error
from kamdesk.gui.main_thread_gc import collect_on_gui_thread
from kamdesk.gui.messages import error_text
from kamdesk.gui.single_window import SingleWindow, bring_forward
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
    if not hasattr(app, "garbage_collector"):
        app.garbage_collector = collect_on_gui_thread(app)
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


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class WithoutValues(logging.Formatter):
    """An error's traceback without its message, which may quote data (the log of an encrypted database)."""

    def format(self, record: logging.LogRecord) -> str:
        cached, record.exc_text = record.exc_text, None  # another handler's full traceback is not ours to reuse
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        import traceback

        return "Traceback (most recent call last):\n" + "".join(traceback.format_tb(ei[2])) + \
            f"{ei[0].__name__} (its message is not logged: the database is encrypted)"


def _log_to_file() -> None:
    from kamdesk.gui.errors import log_file

    log_file().parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)


def _keep_values_out_of_log(path: Path | None) -> None:
    """The log file of an encrypted database leaves out what errors quote: it lies unencrypted in the data folder."""
    if path is None or not db.is_encrypted(path):
        return
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            handler.setFormatter(WithoutValues(LOG_FORMAT))


def run_gui(database_url: str | None = None) -> int:
    app = create_app()
    path = db.sqlite_path(db.resolve_url(database_url))
    _log_to_file()
    _keep_values_out_of_log(path)
    redaction.guard_log_handlers()
    install_excepthook()
    single = SingleWindow(path, app) if path is not None else None
    if single is not None and not single.acquire(listen=False):  # it listens once the window has painted
        if not single.knock():
            single.explain()
            return 1
        return 0  # the window of the kamdesk that has the file comes forward
    try:
        code, restart = _run_with_database(app, database_url, path, single)
    finally:
        if single is not None:
            single.release()
    if restart:  # after the lock is released: the new kamdesk must find it free
        from kamdesk.gui import safety

        safety.restart()
    return code


def _run_with_database(app: QApplication, database_url: str | None, path: Path | None, single) -> tuple[int, bool]:
    """The exit code, and whether kamdesk starts again (a backup was restored after the window closed)."""
    opened = open_database(database_url, path)
    if not opened:
        return (0 if opened is None else 1), False  # None: the user chose to quit at the login
    install_translations(app, company_service.language())
    windows = []  # the main window, kept alive while the application runs
    later = ()  # what waits for the window's first paint besides the window's own
    if single is not None:
        single.knocked.connect(lambda: windows and bring_forward(windows[0]))
        later = (single.listen,)
    if company_service.is_set_up():
        windows.append(_open_main_window(*later))
    elif not first_start(lambda: windows.append(_open_main_window(*later))):
        return 0, False
    try:
        code = app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # the backup at close, made after the window closed
        db.close()
    return _restore_pending(path, code)


def open_database(database_url: str | None, path: Path | None) -> bool | None:
    """Connect; a damaged or unreadable file is offered its newest verified backup (restored, then opened).

    A server asks for the login and password when it needs them, an encrypted file for its
    passphrase (None: the user quit there).
    """
    url = db.resolve_url(database_url)
    if db.is_server_url(url):
        from kamdesk.gui.login import sign_in

        return sign_in(url)
    if path is not None and db.is_encrypted(path):
        from kamdesk.gui.passphrase import unlock_at_start

        unlocked = unlock_at_start(path)
        if not unlocked:
            return unlocked
    for attempt in range(2):
        try:
            db.connect(database_url)
            return True
        except DatabaseFault as error:
            if attempt == 0 and path is not None:
                from kamdesk.gui import safety

                if safety.offer_restore_at_start(error_text(error), path):
                    continue
                return False
            _cannot_open(error)
        except DatabaseError as error:
            _cannot_open(error)
        return False
    return False


def _cannot_open(error: DatabaseError) -> None:
    QMessageBox.critical(None, QApplication.translate("App", "kamdesk cannot open the database"), error_text(error))


def _restore_pending(path: Path | None, code: int) -> tuple[int, bool]:
    """The backup chosen in the window, restored now that nothing has the database open; (code, start again)."""
    from kamdesk.gui import safety

    backup_path = safety.take_pending_restore()
    if backup_path is None or path is None:
        return code, False
    if safety.restore_now(backup_path, path):
        return 0, True
    return 1, False


def _open_main_window(*later: Callable[[], object]):
    """The main window, shown; what can wait comes once its first page has painted: `later`, the daily jobs
    (contracts and offers past their dates move on), backups while changes happen and the quick check of the file."""
    from kamdesk.gui.daily_jobs import DailyJobs
    from kamdesk.gui.first_paint import after_first_paint
    from kamdesk.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    after_first_paint(window.stack.currentWidget(), *later, DailyJobs(window).start, window.watch_database)
    return window


def first_start(then: Callable[[], None]) -> bool:
    """Ask for the company and the manager, or create demo data; `then()` once set up. False if the user cancelled.

    Demo data is created on a worker thread once the event loop runs, so
    `then()` comes later, from there; if it fails the application ends.
    """
    from kamdesk.gui.company import FirstRunDialog

    if company_service.on_server() and company_service.current_manager() is not None:
        return _first_login_to_server(then)
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

        from kamdesk.gui.demo_data import create_demo_in_background

        create_demo_in_background(None).success(opened).failure(failed).run()
        return True
    if answer == FirstRunDialog.DialogCode.Accepted:
        then()
        return True
    return False


def _first_login_to_server(then: Callable[[], None]) -> bool:
    """A user of a team server whose company is not entered yet: an admin enters it, anyone else waits for one."""
    from kamdesk.core.models.company import ROLE_ADMIN
    from kamdesk.gui.company import FirstRunDialog

    if not company_service.has_role(ROLE_ADMIN):
        QMessageBox.information(None, QApplication.translate("App", "kamdesk"), QApplication.translate(
            "App", "The team server has no company details yet. An administrator enters them at their first "
            "login; please start kamdesk again after that."))
        return False
    if FirstRunDialog(me=company_service.current_manager()).exec() != FirstRunDialog.DialogCode.Accepted:
        return False
    then()
    return True
