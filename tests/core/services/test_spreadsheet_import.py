"""The shared part of every spreadsheet import: reading, header row, mapping by aliases, the row check, rejected rows."""

import os

import pytest

from kamdesk.core.errors import ImportFileError, ValidationError
from kamdesk.core.services.spreadsheet_import import (
    HeaderAliases,
    RowProblem,
    Table,
    check_mapping,
    check_rejected_path,
    check_rows,
    read_table,
    write_rejected,
)

FIELDS = ("number", "amount", "due")
LABELS = {"number": "Invoice number", "amount": "Amount", "due": "Due date"}
ALIASES = HeaderAliases(FIELDS, LABELS, {"number": ("Számlaszám", "Номер счёта"), "amount": ("Összeg", "Сумма")})


def test_aliases_map_headers_in_any_language_and_each_field_once():
    headers = ["SZÁMLASZÁM", "Összeg (HUF)", "Amount", "Note", "Due date"]
    assert ALIASES.auto_mapping(headers) == {0: "number", 1: "amount", 4: "due"}
    assert ALIASES.knows("номер счёта") and not ALIASES.knows("Note")


def test_the_header_row_is_found_below_a_title_with_any_encoding(tmp_path):
    path = tmp_path / "invoices.csv"
    path.write_bytes("Számlák — 2026. március\n\nSzámlaszám;Összeg\nA-1;1200\nA-2;800\n".encode("cp1250"))
    table = read_table(path, known_header=ALIASES.knows)
    assert (table.header_row, table.headers, table.rows) == (3, ["Számlaszám", "Összeg"], [["A-1", "1200"], ["A-2", "800"]])
    assert [table.row_number(i) for i in range(2)] == [4, 5]
    assert read_table(path).header_row == 1  # no known headers: the first line that is not empty


def test_a_mapping_takes_each_field_from_one_column_and_needs_the_required_one():
    def check(mapping):
        check_mapping(mapping, LABELS.get, "number", "Choose the column of the invoice number.", order=FIELDS.index)

    with pytest.raises(ValidationError, match="one column only: Invoice number"):
        check({0: "number", 1: "number"})
    with pytest.raises(ValidationError, match="invoice number"):
        check({1: "amount"})
    check({0: "number"})


def test_rows_go_through_the_areas_check_and_a_header_row_read_as_data_is_refused():
    table = Table(["Számlaszám", "Összeg"], [["Számlaszám", "Összeg"], ["A-1", "12"], ["A-2", "x"]])
    steps = []

    def clean(number, row):
        if not row[1].isdigit():
            raise ValidationError({"amount": f"“{row[1]}” is not an amount.", "due": "No due date."})
        return int(row[1])

    valid, rejected = check_rows(table, {0: "number", 1: "amount"}, clean, ALIASES.knows,
                                 progress=lambda done, total: steps.append((done, total)), every=2)
    assert valid == [(3, ["A-1", "12"], 12)]
    assert [(p.row_number, str(p.reason)) for p in rejected] == [
        (2, "This row holds column headers (Számlaszám, Összeg), not data; it is not imported."),
        (4, "“x” is not an amount. No due date.")]
    assert steps == [(2, 3), (3, 3)]


def test_rejected_rows_are_written_with_their_reasons_and_read_back(tmp_path):
    path = tmp_path / "rejected.xlsx"
    write_rejected([RowProblem(7, ["A-9", "x"], "Bad amount"), RowProblem(3, ["A-1"], "No due date")],
                   ["Számlaszám", "Összeg"], path)
    table = read_table(path)
    assert table.headers == ["Számlaszám", "Összeg", "Row", "Reason"]
    assert table.rows == [["A-1", "", "3", "No due date"], ["A-9", "x", "7", "Bad amount"]]


def test_rejected_rows_go_to_csv_by_the_extension_and_never_over_the_imported_file(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("Számlaszám;Összeg\nA-1;x\n", encoding="utf-8")
    os.link(source, tmp_path / "hard.csv")
    (tmp_path / "soft.csv").symlink_to(source)
    for target in (source, tmp_path / "sub" / ".." / "in.csv", tmp_path / "hard.csv", tmp_path / "soft.csv"):
        with pytest.raises(ImportFileError, match="that is the file being imported"):
            check_rejected_path(target, source)
    with pytest.raises(ImportFileError, match="not to “rejected.ods”"):
        check_rejected_path(tmp_path / "rejected.ods", source)
    check_rejected_path(tmp_path / "rejected.CSV", source)

    path = tmp_path / "rejected.csv"
    write_rejected([RowProblem(2, ["A-1", "=1+1"], "Bad amount")], ["Számlaszám", "Összeg"], path)
    assert path.read_bytes().startswith("\ufeffSzámlaszám;Összeg;Row;Reason\r\nA-1;'=1+1;2;Bad amount".encode())
    assert read_table(path).rows == [["A-1", "=1+1", "2", "Bad amount"]]


def test_rows_are_imported_in_batches_all_or_nothing(db):
    from kamdesk.core.models import Segment
    from kamdesk.core.services.spreadsheet_import import import_all

    steps = []

    def write(batch):
        Segment.insert_many([{"name": name} for name in batch]).execute()

    assert import_all(["A", "B", "C"], write, 2, lambda done, total: steps.append((done, total))) == 3
    assert steps == [(2, 3), (3, 3)] and Segment.select().count() == 3

    def fail_late(batch):
        write(batch)
        if "F" in batch:
            raise ValidationError("The second batch is refused.")

    with pytest.raises(ValidationError):
        import_all(["D", "E", "F"], fail_late, 2)
    assert Segment.select().count() == 3  # nothing of D, E, F
