"""Importing invoices and a bank statement through their dialogs, as a user would."""

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.services import company as company_service
from kamdesk.core.services import settlement_io
from kamdesk.gui import changes
from kamdesk.gui.settlement import invoice_import, payment_import, settlement_import
from kamdesk.gui.settlement.invoice_import import InvoiceImportDialog
from kamdesk.gui.settlement.labels import SETTLEMENT
from kamdesk.gui.settlement.payment_import import PaymentImportDialog
from tests import factories
from tests.gui.waiting import finish, settled

INVOICES = [
    "Számlalista 2026. november",
    "",
    "Számlaszám;Vevő;Adószám;Kelte;Fizetési határidő;Nettó;ÁFA;Bruttó",
    "SZ-1;Győri Ősz Kft.;12892312-2-42;2026.10.01.;2026.10.09.;1 000;270;1 270",
    "SZ-2;Ismeretlen Bt.;;2026.10.02.;2026.10.10.;100;27;127",
    "SZ-3;Győri Ősz Kft.;;2026.10.03.;2026.10.11.;10,5;abc;13,34",
]


@pytest.fixture
def client(company):
    return factories.client("Győri Ősz Kft.", tax_number="12892312-2-42")


@pytest.fixture
def invoice_file(tmp_path, client):
    path = tmp_path / "számlák.csv"
    path.write_bytes("\r\n".join(INVOICES).encode("cp1250"))
    return path


def dialog_for(qtbot, dialog_class, read, path):
    dialog = dialog_class(str(path), read(path))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def problems(dialog):
    return {dialog.problems.item(r, 0).text(): dialog.problems.item(r, 1).text()
            for r in range(dialog.problems.rowCount())}


def test_an_invoice_list_is_mapped_checked_and_its_valid_rows_imported(qtbot, invoice_file, tmp_path):
    dialog = dialog_for(qtbot, InvoiceImportDialog, settlement_io.read_invoices, invoice_file)
    assert dialog.header_row_box.currentData() == 3
    assert [box.currentData() for box in dialog.mapping_boxes] == [
        "number", "client", "tax_number", "issue_date", "due_date", "net_amount", "vat_amount", "gross_amount"]
    qtbot.mouseClick(dialog.findChild(QPushButton, "check_rows"), Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert dialog.summary.text() == ("1 of 3 rows can be imported: 1 new invoices, 0 changed, 0 imported before "
                                     "and unchanged. 2 rows have errors and will not be imported.")
    assert problems(dialog) == {"5": "No client is named “Ismeretlen Bt.”.", "6": "VAT: “abc” is not an amount."}
    dialog.write_rejected(str(tmp_path / "rejected.csv"))
    assert "Ismeretlen Bt." in (tmp_path / "rejected.csv").read_text(encoding="utf-8-sig")
    told = []
    changes.changes().changed.connect(told.append)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settled(qtbot)

    assert dialog.result() == InvoiceImportDialog.DialogCode.Accepted
    assert dialog.result_counts == settlement_io.ImportResult(1, 0, 0)
    assert [(i.number, i.gross_amount) for i in Invoice.select()] == [("SZ-1", D("1270"))]
    assert any(change.touches(SETTLEMENT) for change in told)


def test_the_same_file_again_offers_nothing_to_import(qtbot, invoice_file):
    first = settlement_io.read_invoices(invoice_file)
    settlement_io.import_invoices(settlement_io.check_invoices(first, settlement_io.invoice_mapping(first.headers)))
    dialog = dialog_for(qtbot, InvoiceImportDialog, settlement_io.read_invoices, invoice_file)
    dialog.run_check()
    settled(qtbot)
    assert "0 new invoices, 0 changed, 1 imported before" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_a_statement_imported_through_its_dialog_pays_the_invoice(qtbot, client, tmp_path):
    Invoice.create(number="SZ-7", client=client, issue_date=dt.date(2026, 10, 1), due_date=dt.date(2026, 10, 9),
                   gross_amount=D("500"), net_amount=D("500"), open_amount=D("500"))  # as an import leaves it
    path = tmp_path / "bank.csv"
    path.write_text("Value date;Payer;Amount;Description\n2026-10-20;GYŐRI ŐSZ KFT.;200,00;SZ-7\n"
                    "2026-10-21;Someone Else;50;\n", encoding="utf-8")
    dialog = dialog_for(qtbot, PaymentImportDialog, settlement_io.read_payments, path)
    dialog.run_check()
    settled(qtbot)
    assert dialog.summary.text().startswith("1 of 2 rows can be imported: 1 new payments, 0 imported before.")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert Payment.get().amount == D("200")
    assert Invoice.get().open_amount == D("300")


def test_the_entry_function_reads_the_chosen_file_then_shows_the_dialog(qtbot, invoice_file, monkeypatch):
    parent = QPushButton()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(invoice_file), ""))
    shown = []
    monkeypatch.setattr(InvoiceImportDialog, "exec", lambda dialog: shown.append(len(dialog.table.rows)) or 0)
    finish(qtbot, invoice_import.import_invoices_interactively(parent))
    assert shown == [3]


def test_a_manager_on_a_server_is_told_before_choosing_a_file(qtbot, client, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: "manager" in roles)
    told = []
    monkeypatch.setattr(settlement_import, "show_error", lambda parent, error: told.append(str(error)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: pytest.fail("no file is asked for"))
    parent = QPushButton()
    qtbot.addWidget(parent)
    assert payment_import.import_payments_interactively(parent) is None
    assert told == ["Only a head of department or an administrator can import invoices and payments."]
