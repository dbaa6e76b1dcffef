"""The statement dialog: this year in the client's language by default, PDF and/or Excel written off the GUI
thread, opened and the folder remembered; a refused period is said and nothing is written."""

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings
from pypdf import PdfReader
from shiboken6 import isValid

from kamdesk.gui import operations
from kamdesk.gui.settlement import statement_dialog
from kamdesk.gui.settlement.statement_dialog import FOLDER_KEY, open_statement_dialog
from tests import factories
from tests.core.documents.test_statement_data import invoice, payment
from tests.gui.waiting import finish


def yelochka(company):
    """A Russian client owing 30,000 ₽ on an invoice of 50,000 ₽ this year (the rows as the import writes them)."""
    client = factories.client("ООО «Ёлочка»", legal_country="RU", tax_number="7707083893")
    today = dt.date.today()
    invoice(client, "SF-1", dt.date(today.year, 1, 1), "50000", currency="RUB")
    payment(client, dt.date(today.year, 1, 1), "20000", "P-1", currency="RUB")
    return client


def test_defaults_are_this_year_in_the_clients_language(qtbot, company):
    dialog = open_statement_dialog(None, yelochka(company).id)
    qtbot.addWidget(dialog)
    today = dt.date.today()
    assert dialog.period() == (dt.date(today.year, 1, 1), today)
    assert dialog.language.currentData() == "ru"
    assert dialog.pdf.isChecked() and not dialog.xlsx.isChecked() and dialog.save_button.isEnabled()
    dialog.pdf.setChecked(False)
    assert not dialog.save_button.isEnabled()  # nothing to save
    dialog.xlsx.setChecked(True)
    assert dialog.save_button.isEnabled()


def test_both_files_are_written_opened_and_the_folder_remembered(qtbot, company, tmp_path, monkeypatch):
    opened, offered = [], []
    monkeypatch.setattr(statement_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    def ask(parent, title, start, filters):
        offered.append(start)
        return str(tmp_path / "akt.pdf"), filters

    monkeypatch.setattr(statement_dialog.QFileDialog, "getSaveFileName", ask)
    dialog = open_statement_dialog(None, yelochka(company).id)  # not given to qtbot: it deletes itself when done
    dialog.xlsx.setChecked(True)
    finish(qtbot, dialog.save())
    assert Path(offered[0]).parent == Path.home() and Path(offered[0]).suffix == ".pdf"
    assert opened == [str(tmp_path / "akt.pdf"), str(tmp_path / "akt.xlsx")]
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "akt.pdf").pages)
    assert "Акт сверки взаимных расчётов" in text and "30 000,00 ₽" in text
    sheet = openpyxl.load_workbook(tmp_path / "akt.xlsx", data_only=True).active
    assert [row[5].value for row in sheet.iter_rows() if row[1].value == "Сальдо конечное"] == [30000]
    assert QSettings().value(FOLDER_KEY) == str(tmp_path.resolve())
    qtbot.waitUntil(lambda: not isValid(dialog))  # closed and deleted


def test_a_period_ending_before_it_starts_is_said_and_nothing_is_written(qtbot, company, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(operations, "show_error", lambda parent, error: shown.append(str(error)))
    dialog = open_statement_dialog(None, yelochka(company).id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.last.setDate(dialog.first.date().addDays(-1))
    finish(qtbot, dialog.save(str(tmp_path / "s.pdf")))
    assert shown == ["The period ends before it starts."]
    assert list(tmp_path.glob("s.*")) == [] and dialog.isVisible()
