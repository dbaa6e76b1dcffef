"""Every window that asks for a size fits a 1366×768 laptop screen, buttons included."""

import datetime as dt

import pytest
from PySide6.QtCore import QRect

from kamdesk.core.services import party
from kamdesk.gui import screen_fit
from tests.core.documents.test_contract_documents import make_document

LAPTOP = QRect(0, 0, 1366, 768)


@pytest.fixture
def laptop(monkeypatch):
    monkeypatch.setattr(screen_fit, "available_geometry", lambda window: QRect(LAPTOP))


@pytest.fixture
def client(company):
    return party.save_client({"name": "Őrség Fűszer Kft.", "legal_city": "Szőce"},
                             contacts=[{"name": "Čapek Jiří", "is_primary": True}])


def contract_dialog(client, tmp_path):
    from kamdesk.gui.contract.contract_dialog import ContractDialog

    return ContractDialog(client_id=client.id)


def template_editor(client, tmp_path):
    from kamdesk.gui.contract.template_editor import TemplateEditor

    return TemplateEditor(None)


def print_preview(client, tmp_path):
    from kamdesk.core.documents.contract_pdf import write_contract_pdf
    from kamdesk.gui.pdf_print import print_preview

    write_contract_pdf(tmp_path / "contract.pdf", make_document())
    return print_preview(None, tmp_path / "contract.pdf", "Contract")


def main_window(client, tmp_path):
    from kamdesk.gui.main_window import MainWindow

    return MainWindow()


def client_import(client, tmp_path):
    from kamdesk.core.services.spreadsheet_import import Table
    from kamdesk.gui.party.client_import import ClientImportDialog

    return ClientImportDialog("clients.csv", table=Table(["Name", "City"], [["Alfa Kft.", "Pécs"]]))


def activity_dialog(client, tmp_path):
    from kamdesk.gui.activity.activity_dialog import ActivityDialog

    return ActivityDialog(start=dt.datetime.now().replace(hour=10, minute=0, second=0, microsecond=0),
                          client_id=client.id)


@pytest.mark.parametrize("make", [contract_dialog, template_editor, print_preview, main_window, client_import,
                                  activity_dialog], ids=lambda make: make.__name__)
def test_the_window_fits_the_screen(qtbot, laptop, client, tmp_path, make):
    window = make(client, tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    frame = window.frameGeometry()
    assert LAPTOP.contains(frame), (frame.x(), frame.y(), frame.width(), frame.height())
    centre = frame.center()
    assert abs(centre.x() - LAPTOP.center().x()) <= 20 and abs(centre.y() - LAPTOP.center().y()) <= 30


def test_a_window_smaller_than_the_screen_keeps_its_size(qtbot, laptop):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    screen_fit.fit_to_screen(dialog, 500, 300)
    assert (dialog.width(), dialog.height()) == (500, 300)


@pytest.mark.parametrize("lang", ["en", "hu", "ru"])
def test_every_area_fits_a_laptop_screen_in_every_language(qtbot, client, language, lang):
    from PySide6.QtWidgets import QApplication

    from kamdesk import areas
    from kamdesk.gui.main_window import MainWindow

    language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(LAPTOP.size())
    window.show()
    qtbot.waitExposed(window)
    too_wide = {}
    for key in areas.keys():
        if window.show_area(key):
            QApplication.processEvents()  # the page laid out as shown
            hint = window.minimumSizeHint()
            if hint.width() > LAPTOP.width() or hint.height() > LAPTOP.height():
                too_wide[key] = (hint.width(), hint.height())
    assert too_wide == {}  # the Company page's KPI settings made it 1398 wide in Hungarian
