"""ImportMappingDialog: an import declares its fields, its check and its import; the dialog does the rest."""

from PySide6.QtCore import Qt

from kamdesk.core.errors import ValidationError
from kamdesk.core.services import spreadsheet_import
from kamdesk.core.services.spreadsheet_import import HeaderAliases, read_table
from kamdesk.gui.widgets.import_mapping import ImportMappingDialog
from tests.gui.waiting import finish

FIELDS = ("number", "amount")
ALIASES = HeaderAliases(FIELDS, {"number": "Invoice number", "amount": "Amount"}, {"number": ("Számlaszám",)})


class InvoiceImport(ImportMappingDialog):
    """As the next areas will: fields by alias, a row check, an import."""

    def auto_mapping(self, headers):
        return ALIASES.auto_mapping(headers)

    def targets(self, mapping):
        return [("number", "Invoice number"), ("amount", "Amount")]

    def intro_text(self):
        return f"{len(self.table.rows)} rows"

    def check_rows(self, mapping):
        spreadsheet_import.check_mapping(mapping, str, "number", "Choose the invoice number.")
        column = next(c for c, f in mapping.items() if f == "amount")
        table = self.table

        def clean(_number, row):
            if not row[column].isdigit():
                raise ValidationError(f"“{row[column]}” is not an amount.")
            return int(row[column])

        def work(_task):
            valid, rejected = spreadsheet_import.check_rows(table, mapping, clean, ALIASES.knows)
            return type("Check", (), {"valid": valid, "rejected": rejected})()

        return work

    def summary_text(self, check):
        return f"{len(check.valid)} fine, {len(check.rejected)} refused"

    def run_import(self):
        self.imported = [amount for _, _, amount in self.check.valid]
        self.accept()


def test_an_import_maps_checks_shows_the_refused_rows_and_imports(qtbot, tmp_path):
    path = tmp_path / "invoices.csv"
    path.write_text("Számlák\nSzámlaszám;Amount\nA-1;120\nA-2;x\n", encoding="utf-8")
    dialog = InvoiceImport(str(path), read_table(path, known_header=ALIASES.knows))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.header_row_box.currentData() == 2 and dialog.intro.text() == "2 rows"
    assert [box.currentData() for box in dialog.mapping_boxes] == ["number", "amount"]
    dialog.mapping_boxes[0].setCurrentIndex(0)  # Ignore
    assert not dialog.run_check() and dialog.mapping_error.text() == "Choose the invoice number."
    dialog.mapping_boxes[0].setCurrentIndex(1)
    finish(qtbot, dialog.run_check())
    assert dialog.pages.currentIndex() == 1
    assert dialog.summary.text() == "1 fine, 1 refused"
    assert (dialog.problems.item(0, 0).text(), dialog.problems.item(0, 1).text()) == ("4", "“x” is not an amount.")
    dialog.write_rejected(str(tmp_path / "rejected.xlsx"))
    assert read_table(tmp_path / "rejected.xlsx").rows == [["A-2", "x", "4", "“x” is not an amount."]]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == [120] and dialog.result() == InvoiceImport.DialogCode.Accepted


def test_choosing_another_header_row_maps_the_columns_again(qtbot, tmp_path):
    path = tmp_path / "invoices.csv"
    path.write_text("Számlák\nSzámlaszám;Amount\nA-1;120\n", encoding="utf-8")
    dialog = InvoiceImport(str(path), read_table(path, known_header=ALIASES.knows))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.header_row_box, Qt.Key.Key_Home)
    assert dialog.header_row_box.currentData() == 1 and dialog.intro.text() == "2 rows"
    assert [box.currentData() for box in dialog.mapping_boxes] == [None, None]
    assert dialog.preview.verticalHeaderItem(1).text() == "2"


def test_rejected_rows_are_saved_as_csv_or_xlsx_but_never_over_the_imported_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from kamdesk.gui.widgets import import_mapping

    path = tmp_path / "invoices.csv"
    path.write_text("Számlaszám;Amount\nA-1;x\n", encoding="utf-8")
    dialog = InvoiceImport(str(path), read_table(path, known_header=ALIASES.knows))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog.run_check())
    shown = []
    monkeypatch.setattr(import_mapping, "show_error", lambda parent, error: shown.append(str(error)))

    dialog.write_rejected(str(path))
    assert shown == ["The rejected rows cannot be saved to invoices.csv: that is the file being imported. "
                     "Choose another name."]
    assert path.read_text(encoding="utf-8") == "Számlaszám;Amount\nA-1;x\n"

    chosen = (str(tmp_path / "rejected"), "CSV file (*.csv)")  # no extension typed: the chosen filter's
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    dialog.save_rejected()
    assert (tmp_path / "rejected.csv").read_bytes().startswith(b"\xef\xbb\xbfSz")
    assert read_table(tmp_path / "rejected.csv").rows == [["A-1", "x", "2", "“x” is not an amount."]]
