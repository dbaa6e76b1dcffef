"""Client export and import from the main window, and demo data on the first start, as operations."""

import threading

import openpyxl
from PySide6.QtWidgets import QApplication

from kamdesk.core.services import company as company_service
from kamdesk.core.services import demo, party_io
from kamdesk.core.services.client_search import ClientFilter, search_clients
from kamdesk.gui import app, main_window
from kamdesk.gui.company import FirstRunDialog
from kamdesk.gui.main_window import MainWindow
from kamdesk.gui.party.client_export import export_client_list
from kamdesk.gui.party.client_import import ClientImportDialog
from tests.gui.test_order_entry import when_modal
from tests.gui.waiting import finish, settled


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_client_list_is_exported_with_its_filter(qtbot, clients, tmp_path):
    window = shown(qtbot, MainWindow())
    told = []
    path = tmp_path / "clients.xlsx"
    finish(qtbot, export_client_list(window, ClientFilter(text="kovacs"), told.append, str(path)))
    assert told == [1]
    sheet = openpyxl.load_workbook(path).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Kovács és Társa Kft."]


def test_a_cancelled_export_leaves_no_file(qtbot, clients, tmp_path, monkeypatch):
    gate, write_csv = threading.Event(), party_io.write_csv
    monkeypatch.setattr(party_io, "write_csv", lambda *args: gate.wait(5) and write_csv(*args))
    window = shown(qtbot, MainWindow())
    told = []
    folder = tmp_path / "export"
    folder.mkdir()
    op = export_client_list(window, ClientFilter(), told.append, str(folder / "clients.csv"))
    op.cancel()  # as the progress dialog's Cancel does: the first page reported stops the export
    gate.set()
    finish(qtbot, op)
    assert op.was_cancelled and told == []
    assert list(folder.iterdir()) == []


def test_importing_clients_reads_the_file_off_the_gui_thread_then_opens_the_dialog(qtbot, company, tmp_path,
                                                                                   monkeypatch):
    path = tmp_path / "clients.csv"
    path.write_text("Név;Város\nAlfa Kft.;Pécs\n", encoding="utf-8")
    monkeypatch.setattr(main_window.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    window = shown(qtbot, MainWindow())
    seen = []

    def look(dialog):
        seen.append((type(dialog), dialog.table.rows))
        dialog.reject()

    when_modal(qtbot, look)
    op = window.import_clients()
    assert seen == []  # the file is read on a worker thread; the dialog opens in the callback
    finish(qtbot, op)
    assert seen == [(ClientImportDialog, [["Alfa Kft.", "Pécs"]])]


def test_demo_data_on_the_first_start_opens_the_window_when_written(qtbot, db, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: FirstRunDialog.DEMO)
    original = demo.create_demo
    monkeypatch.setattr(demo, "create_demo", lambda clients, **kwargs: original(12, **kwargs))
    opened = []
    assert app.first_start(lambda: opened.append(company_service.is_set_up()))
    assert opened == [] and not QApplication.instance().quitOnLastWindowClosed()
    settled(qtbot)
    assert opened == [True] and QApplication.instance().quitOnLastWindowClosed()
    assert len(search_clients(ClientFilter())) == 12
