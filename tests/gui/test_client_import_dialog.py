"""Importing a spreadsheet with bad rows through the dialog, as a user would."""

import openpyxl
import pytest
from PySide6.QtCore import Qt

from kamdesk.core.models import Client
from kamdesk.core.services.party import save_client
from kamdesk.gui.party.client_import import ClientImportDialog
from tests.gui.waiting import settled

ROWS = [
    ("Cégnév", "Adószám", "Város", "E-mail", "Kapcsolattartó"),
    ("Őrségi Pékáru Kft.", "12892312-2-42", "Szombathely", "info@orseg.hu", "Szűcs Éva"),
    ("", "", "Győr", "", ""),                                        # no name
    ("Hibás Adószám Bt.", "12892313-2-42", "Pécs", "", ""),          # wrong check digit
    ("Rossz Levél Kft.", "", "Eger", "nem-email", ""),               # bad e-mail
    ("Meglévő Ügyfél Zrt.", "10000001-2-43", "Budapest", "", ""),    # tax number exists
    ("Иван Трейд ООО", "", "Москва", "ivan@trade.ru", "Пётр Иванов"),
]


@pytest.fixture
def sheet(tmp_path, company):
    save_client({"name": "Régi Ügyfél Zrt.", "tax_number": "10000001-2-43"})
    path = tmp_path / "ügyfelek.csv"
    path.write_text("\n".join(";".join(row) for row in ROWS), encoding="utf-8-sig")
    return path


def open_dialog(qtbot, path) -> ClientImportDialog:
    dialog = ClientImportDialog(str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_headers_are_matched_and_bad_rows_reported(qtbot, sheet):
    dialog = open_dialog(qtbot, sheet)
    assert [box.currentData() for box in dialog.mapping_boxes] == [
        "name", "tax_number", "legal_city", "email", "contact_name"]
    qtbot.mouseClick(dialog.findChild(type(dialog.import_button), "check_rows"), Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert dialog.pages.currentIndex() == 1
    assert dialog.summary.text().startswith("2 of 6 rows can be imported. 3 rows have errors, 1 rows")
    reasons = {dialog.problems.item(r, 0).text(): dialog.problems.item(r, 1).text()
               for r in range(dialog.problems.rowCount())}
    assert set(reasons) == {"3", "4", "5", "6"}
    assert "Name" in reasons["3"] and "check digit" in reasons["4"] and "E-mail" in reasons["5"]
    assert "exists already" in reasons["6"]


def test_import_the_valid_rows(qtbot, sheet, tmp_path):
    dialog = open_dialog(qtbot, sheet)
    dialog.run_check()
    settled(qtbot)
    dialog.write_rejected(str(tmp_path / "rejected.xlsx"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert dialog.result() == ClientImportDialog.DialogCode.Accepted
    assert dialog.imported == 2
    names = sorted(c.name for c in Client.select())
    assert names == ["Régi Ügyfél Zrt.", "Őrségi Pékáru Kft.", "Иван Трейд ООО"]
    rejected = openpyxl.load_workbook(tmp_path / "rejected.xlsx").active
    assert rejected.max_row == 1 + 4


def test_import_nothing_leaves_the_database_alone(qtbot, sheet):
    dialog = open_dialog(qtbot, sheet)
    dialog.run_check()
    settled(qtbot)
    qtbot.mouseClick(dialog.nothing_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ClientImportDialog.DialogCode.Rejected
    assert Client.select().count() == 1


def test_a_file_without_a_name_column_is_refused_before_checking(qtbot, tmp_path, company):
    path = tmp_path / "cities.csv"
    path.write_text("Város;Telefon\nGyőr;+36 30 123 4567\n", encoding="utf-8")
    dialog = open_dialog(qtbot, path)
    dialog.run_check()
    settled(qtbot)
    assert dialog.pages.currentIndex() == 0
    assert "client name" in dialog.mapping_error.text()


TITLED = [
    ("Ügyféllista — exportálva 2026.11.20",),
    (),
    ("Cégnév", "Adószám", "Város", "Üzletkötő"),
    ("Őrségi Pékáru Kft.", "12892312-2-42", "Szombathely", "Kiss Anna"),
    ("Иван Трейд ООО", "", "Москва", ""),
]


@pytest.fixture
def titled(tmp_path, company):
    path = tmp_path / "ügyféllista.xlsx"
    book = openpyxl.Workbook()
    for row in TITLED:
        book.active.append(row)
    book.save(path)
    return path


def check_with_keyboard(qtbot, dialog) -> None:
    button = dialog.findChild(type(dialog.import_button), "check_rows")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settled(qtbot)


def test_the_headers_below_a_title_are_found_and_shown(qtbot, titled):
    dialog = open_dialog(qtbot, titled)

    assert dialog.header_row_box.currentText().startswith("3: Cégnév | Adószám")
    assert [box.currentData() for box in dialog.mapping_boxes] == ["name", "tax_number", "legal_city", "manager"]
    assert dialog.preview.verticalHeaderItem(1).text() == "4"
    assert dialog.managers_box.isHidden()
    check_with_keyboard(qtbot, dialog)
    assert dialog.summary.text().startswith("2 of 2 rows can be imported.")


def test_a_header_row_chosen_above_the_headers_never_imports_them_as_a_client(qtbot, titled):
    dialog = open_dialog(qtbot, titled)
    qtbot.keyClick(dialog.header_row_box, Qt.Key.Key_Home)  # row 1, the title
    assert dialog.header_row_box.currentData() == 1
    assert dialog.preview.verticalHeaderItem(1).text() == "3"  # the headers are now the first data row
    name_box = dialog.mapping_boxes[0]
    qtbot.keyClick(name_box, Qt.Key.Key_Down)  # Ignore → Name
    assert name_box.currentData() == "name"

    check_with_keyboard(qtbot, dialog)
    assert dialog.summary.text().startswith("2 of 3 rows can be imported. 1 rows have errors")
    assert dialog.problems.item(0, 0).text() == "3" and "column headers" in dialog.problems.item(0, 1).text()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    settled(qtbot)
    assert sorted(c.name for c in Client.select()) == ["Őrségi Pékáru Kft.", "Иван Трейд ООО"]


def test_unknown_managers_are_named_once_with_a_choice(qtbot, tmp_path, company):
    path = tmp_path / "export.csv"
    path.write_text("Név;Üzletkötő\nA Kft.;Szűcs Éva\nB Kft.;Tóth Gábor\nC Kft.;Szűcs Éva\nD Kft.;Kiss Anna\n",
                    encoding="utf-8")
    dialog = open_dialog(qtbot, path)
    assert dialog.managers_box.isVisible()
    assert dialog.unknown_managers_label.text() == "Unknown managers: Szűcs Éva, Tóth Gábor"

    check_with_keyboard(qtbot, dialog)
    assert dialog.pages.currentIndex() == 0 and "unknown managers" in dialog.mapping_error.text()
    dialog.create_managers.setFocus()
    qtbot.keyClick(dialog.create_managers, Qt.Key.Key_Space)
    check_with_keyboard(qtbot, dialog)
    assert dialog.summary.text().startswith("4 of 4 rows can be imported.")
    assert "New managers: Szűcs Éva, Tóth Gábor." in dialog.summary.text()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    settled(qtbot)
    assert {c.name: c.manager.name for c in Client.select()} == {
        "A Kft.": "Szűcs Éva", "B Kft.": "Tóth Gábor", "C Kft.": "Szűcs Éva", "D Kft.": "Kiss Anna"}


def test_clients_of_unknown_managers_imported_without_one(qtbot, tmp_path, company):
    path = tmp_path / "export.csv"
    path.write_text("Név;Üzletkötő\nA Kft.;Szűcs Éva\n", encoding="utf-8")
    dialog = open_dialog(qtbot, path)
    dialog.without_manager.setFocus()
    qtbot.keyClick(dialog.without_manager, Qt.Key.Key_Space)
    check_with_keyboard(qtbot, dialog)
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    settled(qtbot)
    assert [(c.name, c.manager) for c in Client.select()] == [("A Kft.", None)]


def test_mapping_no_column_to_the_manager_hides_the_unknown_managers(qtbot, tmp_path, company):
    path = tmp_path / "export.csv"
    path.write_text("Név;Üzletkötő\nA Kft.;Szűcs Éva\n", encoding="utf-8")
    dialog = open_dialog(qtbot, path)
    qtbot.keyClick(dialog.mapping_boxes[1], Qt.Key.Key_Home)  # Manager → Ignore
    assert dialog.managers_box.isHidden()
    check_with_keyboard(qtbot, dialog)
    assert dialog.summary.text().startswith("1 of 1 rows can be imported.")


def test_a_row_that_cannot_hold_the_headers_is_refused_and_the_choice_goes_back(qtbot, titled):
    dialog = open_dialog(qtbot, titled)
    qtbot.keyClick(dialog.header_row_box, Qt.Key.Key_End)  # the last row: no data below it

    assert dialog.header_row_box.currentData() == 3
    assert "no rows of data" in dialog.header_picker.problem.text()
    assert [box.currentData() for box in dialog.mapping_boxes] == ["name", "tax_number", "legal_city", "manager"]
