"""The .xlsx and .csv writers, read back with openpyxl and the csv module."""

import csv
import datetime
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from kamdesk.core.documents.client_sheet import csv_text, write_csv, write_xlsx

HEADERS = ["Name", "Credit limit", "Days", "Since", "Key", "Phone"]
TYPES = ["text", "money", "integer", "date", "text", "text"]


def _rows():
    return [
        ["Kovács és Társa Kft.", Decimal("1234567.50"), 30, datetime.date(2024, 3, 15), True, "+36 30 123 4567"],
        ["=HYPERLINK(\"http://evil.example\",\"click\")", Decimal("-5.00"), -8, None, False, "-1"],
        ["+danger", None, None, None, None, "@SUM(A1)"],
        ["  spaced  <&>  ", Decimal(0), 0, datetime.date(1999, 12, 31), None, "\ttab"],
        ["ООО «Ромашка»\x01", "", 7, None, None, ""],
    ]


def test_xlsx_typed_cells_frozen_bold_header(tmp_path):
    path = tmp_path / "out.xlsx"
    assert write_xlsx(path, HEADERS, iter(_rows()), TYPES) == 5

    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == HEADERS
    assert all(c.font.b for c in ws[1])
    assert ws.auto_filter.ref == "A1:F6"

    name, limit, days, since, key, phone = ws[2]
    assert name.value == "Kovács és Társa Kft."
    assert limit.data_type == "n" and limit.value == pytest.approx(1234567.5)
    assert limit.number_format == "#,##0.00"
    assert days.value == 30 and days.data_type == "n"
    assert since.is_date and since.value == datetime.datetime(2024, 3, 15)
    assert key.value is True
    assert phone.value == "+36 30 123 4567" and phone.data_type == "s"


def test_xlsx_formula_like_text_stays_text_and_numbers_stay_numbers(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, HEADERS, _rows(), TYPES)

    ws = openpyxl.load_workbook(path).active
    formula = ws["A3"]
    assert formula.data_type == "s"
    assert formula.value == "=HYPERLINK(\"http://evil.example\",\"click\")"
    assert ws["A4"].value == "+danger" and ws["A4"].data_type == "s"
    assert ws["F4"].value == "@SUM(A1)" and ws["F4"].data_type == "s"
    assert ws["F3"].value == "-1" and ws["F3"].data_type == "s"  # text: not turned into a number
    assert ws["B3"].value == -5 and ws["B3"].data_type == "n"  # negative numbers stay numbers
    assert ws["C3"].value == -8
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_xlsx_text_is_kept_exactly_and_empty_cells_stay_empty(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, HEADERS, _rows(), TYPES)

    ws = openpyxl.load_workbook(path).active
    assert ws["A5"].value == "  spaced  <&>  "
    assert ws["F5"].value == "\ttab"
    assert ws["A6"].value == "ООО «Ромашка»"  # the control character is dropped, the rest kept
    assert ws["B4"].value is None and ws["D3"].value is None
    assert ws["B6"].value is None  # "" is an empty cell
    assert ws["B5"].value == 0 and ws["D5"].value == datetime.datetime(1999, 12, 31)


def test_xlsx_header_like_a_formula_is_text(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["=1+1", "B"], [["x", "y"]])

    cell = openpyxl.load_workbook(path).active["A1"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_xlsx_column_widths_follow_the_content(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["Name", "X"], [["A rather long company name Kft.", "1"]])

    ws = openpyxl.load_workbook(path).active
    assert ws.column_dimensions["A"].width >= len("A rather long company name Kft.")
    assert ws.column_dimensions["B"].width < ws.column_dimensions["A"].width


def test_xlsx_reads_back_in_read_only_mode_with_every_row(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = ([f"Client {i}", Decimal(i), i] for i in range(2500))  # more than one written chunk
    assert write_xlsx(path, ["Name", "Limit", "Days"], rows, ["text", "money", "integer"]) == 2500

    wb = openpyxl.load_workbook(path, read_only=True)
    values = list(wb.active.iter_rows(values_only=True))
    wb.close()
    assert len(values) == 2501
    assert values[1] == ("Client 0", 0, 0)
    assert values[-1] == ("Client 2499", 2499, 2499)


def test_xlsx_with_no_rows_has_the_header(tmp_path):
    path = tmp_path / "out.xlsx"
    assert write_xlsx(path, HEADERS, [], TYPES) == 0
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.max_row == 1


def test_a_failed_write_leaves_the_old_file_and_no_partial_file(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")

    def rows():
        for i in range(300):  # past the rows sampled for widths: the zip is half written
            yield ["a", i]
        raise RuntimeError("database gone")

    for writer in (write_xlsx, write_csv):
        with pytest.raises(RuntimeError):
            writer(path, ["A", "B"], rows())
        assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_wrong_column_types_are_refused(tmp_path):
    with pytest.raises(ValueError):
        write_xlsx(tmp_path / "x.xlsx", ["A", "B"], [], ["text"])
    with pytest.raises(ValueError):
        write_xlsx(tmp_path / "x.xlsx", ["A"], [], ["percent"])


def test_csv_is_utf8_with_bom_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "out.csv"
    assert write_csv(path, HEADERS, _rows()) == 5

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1] == ["Kovács és Társa Kft.", "1234567,50", "30", "2024-03-15", "Yes", "'+36 30 123 4567"]
    assert rows[5][0] == "ООО «Ромашка»\x01"  # CSV keeps what it is given


def test_csv_neutralises_formulas_in_text_but_not_numbers(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, HEADERS, _rows())

    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[2][0] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert rows[2][1] == "-5,00" and rows[2][2] == "-8"  # numbers: no apostrophe
    assert rows[2][5] == "'-1"  # text that starts with a minus
    assert rows[3][0] == "'+danger" and rows[3][5] == "'@SUM(A1)"
    assert rows[4][0] == "  spaced  <&>  " and rows[4][5] == "'\ttab"


def test_csv_quotes_delimiters_quotes_and_line_breaks(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["A", "B"], [["a;b", 'say "hi"'], ["line\nbreak", "x"]])

    text = path.read_text(encoding="utf-8-sig")
    assert '"a;b";"say ""hi"""' in text
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1:] == [["a;b", 'say "hi"'], ["line\nbreak", "x"]]


def test_csv_with_commas_uses_decimal_points(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["Limit"], [[Decimal("10.50")]], delimiter=",")
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["Limit", "10.50"]


@pytest.mark.parametrize("text", ["=1", "+1", "-1", "@x", "\tx", "\rx"])
def test_csv_text_marks_formula_starts(text):
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["", "a=1", "Kovács", "'quoted", " =spaced"])
def test_csv_text_leaves_other_text(text):
    assert csv_text(text) == text
