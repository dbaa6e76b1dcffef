"""GUI test fixtures: QSettings kept in a temporary folder, a few saved clients."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


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
