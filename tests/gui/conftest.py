"""GUI test fixtures: QSettings kept in a temporary folder, a few saved clients, a dairy shop, the UI in another
language, Hungarian number formats, a client search list that loads only when the test says so."""

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QThreadPool, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from kamdesk.resources_path import resource
from tests import factories

LOCALES = {"en": "en_US", "hu": "hu_HU", "ru": "ru_RU"}


WORKERS_WAIT_MS = 3000  # a worker blocked on purpose by a test is let go on after this

@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Window state goes to a temporary INI file, never to the developer's real settings."""
    QCoreApplication.setOrganizationName("kamdesk-tests")
    QCoreApplication.setApplicationName("kamdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture
def clients(company):
    """Clients with accented, Cyrillic and plain names, saved through the service."""
    from kamdesk.core.services.party import save_client

    names = [
        ("Kovács és Társa Kft.", "Budapest", [{"name": "Nagy Ilona", "email": "ilona@kovacs.hu"}]),
        ("Szűcs Élelmiszer Bt.", "Győr", []),
        ("Иван Трейд ООО", "Москва", [{"name": "Пётр Иванов"}]),
        ("Alfa Logisztika Zrt.", "Debrecen", []),
    ]
    saved = []
    for name, city, contacts in names:
        saved.append(save_client({"name": name, "legal_city": city, "status": "active",
                                  "legal_country": "RU" if city == "Москва" else "HU"}, contacts))
    return saved


@pytest.fixture
def shop(company):
    """Six dairy products in a list and a wholesale column, two promotions, a client buying wholesale."""
    return factories.dairy_shop()


@pytest.fixture
def hungarian():
    """Numbers as a Hungarian desk shows them: 1 000 000 HUF, 2,5."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Hungarian, QLocale.Country.Hungary))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def language(qapp):
    """`language(lang)` installs kamdesk's and Qt's translations for `lang` and makes its locale the default.

    The translators and the default locale are put back afterwards, so other tests see English.
    """
    installed: list[QTranslator] = []
    previous_locale = QLocale()

    def install(lang: str) -> None:
        QLocale.setDefault(QLocale(LOCALES[lang]))
        if lang == "en":
            return
        for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                             ("kamdesk", str(resource("translations")))):
            translator = QTranslator()
            if translator.load(f"{name}_{lang}", folder):
                qapp.installTranslator(translator)
                installed.append(translator)
            else:
                assert name == "qtbase", f"cannot load {name}_{lang}.qm from {folder}"

    try:
        yield install
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_gui_thread(qapp):
    """As in the app: no collection in worker threads (Qt objects in cycles must die on the GUI thread)."""
    import gc

    from kamdesk.gui.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector(qapp)
    yield collector
    collector.timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test(garbage_collected_on_the_gui_thread):
    """The widgets a test left behind are collected here, on the GUI thread, not in the next test's worker.
    What outlives the collection is frozen (left out of later collections): each test's collection then goes
    through what that test made, not the heap of the whole run (which took 0.1-0.5 s a test)."""
    import gc

    yield
    gc.collect()
    gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """A test's background readings end before its fixtures close the database they read (a refusals analysis
    still running popped a transaction the next test's database no longer had), and its windows' pending timers
    are stopped: the calendar's delayed suggestions started a reading against the next test's empty database."""
    from kamdesk.gui.first_paint import cancel_pending

    for window in QApplication.topLevelWidgets():
        for timer in window.findChildren(QTimer):
            timer.stop()
        cancel_pending(window)
    QThreadPool.globalInstance().waitForDone(WORKERS_WAIT_MS)
