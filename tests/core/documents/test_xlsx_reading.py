""".xlsx reading: values as a person sees them, rows streamed, and hostile workbooks refused plainly and cheaply."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kamdesk.core.documents import sheet_limits
from kamdesk.core.documents.xlsx_reading import sheet_lines
from kamdesk.core.errors import ImportFileError
from kamdesk.core.services.spreadsheet_import import read_table
from tests.hostile_xlsx import (
    billion_laughs_prolog,
    inline_row,
    lie_about_size,
    shared_string_bomb,
    write_workbook,
    xfd_per_row,
)

ROOT = Path(__file__).resolve().parents[3]


def test_values_read_as_text_like_openpyxl_wrote_them(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Név", "Dátum", "Idő", "Szám", "Tört", "Igaz", "Képlet"])
    sheet.append(["  Szőlő Kft. ", datetime.date(2024, 3, 15), datetime.datetime(2024, 3, 15, 8, 30), 8, 1234.5,
                  True, "=1+1"])
    sheet["A4"] = "after an empty row"
    sheet["C5"] = None  # a touched, empty cell
    workbook.save(tmp_path / "in.xlsx")

    lines = list(sheet_lines(tmp_path / "in.xlsx"))

    assert lines == [(1, ["Név", "Dátum", "Idő", "Szám", "Tört", "Igaz", "Képlet"]),
                     (2, ["Szőlő Kft.", "2024-03-15", "2024-03-15 08:30:00", "8", "1234.5", "yes"]),
                     (4, ["after an empty row"])]  # a formula without a cached value is no value


def test_shared_strings_rich_text_and_cells_without_references(tmp_path):
    strings = ["<si><t>Név</t></si>",
               "<si><r><t>Kovács </t></r><r><rPr><b/></rPr><t>és Társa</t></r><rPh><t>ふりがな</t></rPh></si>"]
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
            '<row><c t="s"><v>1</v></c><c t="b"><v>0</v></c><c t="str"><f>A1</f><v>x</v></c></row>']
    write_workbook(tmp_path / "in.xlsx", rows, strings)

    assert list(sheet_lines(tmp_path / "in.xlsx")) == [(1, ["Név"]), (2, ["Kovács és Társa", "no", "x"])]


def test_rows_come_out_before_the_whole_sheet_is_parsed(tmp_path):
    """Streamed: the first rows are there although the sheet's XML breaks off far below them."""
    rows = [inline_row(n, [("A", f"Cég {n}")]) for n in range(1, 20_001)]
    path = write_workbook(tmp_path / "in.xlsx", [*rows, "<row r='20001'><c r='A20001'><v>1</v></c></broken>"])
    lines = sheet_lines(path)
    assert next(lines) == (1, ["Cég 1"])
    with pytest.raises(ImportFileError, match="cannot be read as an Excel workbook"):
        list(lines)


def test_a_long_cell_or_one_beyond_column_200_is_named_by_row_column_and_header(tmp_path):
    long_row = [("A", "Szőlő Kft."), ("B", "x" * 20_000)]
    write_workbook(tmp_path / "long.xlsx", [inline_row(1, [("A", "Név"), ("B", "Megjegyzés")]),
                                            inline_row(2, [("A", "Ok")]), inline_row(3, long_row)])
    with pytest.raises(ImportFileError) as error:
        read_table(tmp_path / "long.xlsx")
    assert str(error.value) == ("long.xlsx: row 3, column B (Megjegyzés) holds 20,000 characters; "
                                "a cell may hold at most 10,000.")

    strings = ["<si><t>Név</t></si>", f"<si><t>{'y' * 10_001}</t></si>"]
    write_workbook(tmp_path / "shared.xlsx", ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                                              '<row r="2"><c r="A2" t="s"><v>1</v></c></row>'], strings)
    with pytest.raises(ImportFileError, match=r"row 2, column A \(Név\) holds 10,001 characters"):
        read_table(tmp_path / "shared.xlsx")

    # an empty cell far right is no value; a value in column GS (201) is refused
    write_workbook(tmp_path / "wide.xlsx", [inline_row(1, [("A", "Név"), ("XFD", "")]),
                                            '<row r="2"><c r="GR2"><v>1</v></c><c r="XFD2"/></row>',
                                            inline_row(3, [("A", "Kft."), ("GS", "x")])])
    with pytest.raises(ImportFileError) as error:
        read_table(tmp_path / "wide.xlsx")
    assert str(error.value) == ("wide.xlsx: row 3 has a value in column GS, beyond the 200 columns kamdesk reads. "
                                "Delete it, or move it to a column on the left.")


def test_a_table_beyond_its_bound_is_to_be_split(tmp_path, monkeypatch):
    write_workbook(tmp_path / "big.xlsx", [inline_row(n, [("A", "Név"), ("B", "x")]) for n in range(1, 40)])
    monkeypatch.setattr(sheet_limits, "MAX_TABLE_CELLS", 60)
    with pytest.raises(ImportFileError, match="big.xlsx is too large to import at once .*split it"):
        read_table(tmp_path / "big.xlsx")
    # empty rows and cells count too: millions of them would take long to parse, whatever they hold
    for name, empty in (("rows.xlsx", "<row/>"), ("cells.xlsx", '<row><c/><c s="1"/></row>')):
        write_workbook(tmp_path / name, [inline_row(1, [("A", "Név")]), *[empty] * 80])
        with pytest.raises(ImportFileError, match="too large to import at once"):
            read_table(tmp_path / name)


def test_a_part_compressed_like_a_zip_bomb_is_refused_before_it_is_parsed(tmp_path):
    path = write_workbook(tmp_path / "ratio.xlsx", [inline_row(1, [("A", "Név")]), " " * (5 << 20)])
    with pytest.raises(ImportFileError, match=r"part xl/worksheets/sheet1.xml is compressed \d+ times"):
        list(sheet_lines(path))


HOSTILE_CHILD = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GB: any of these read naively needs more
    from pathlib import Path
    from kamdesk.core.errors import KamdeskError
    from kamdesk.core.services.spreadsheet_import import read_table

    results = {}
    for path in map(Path, sys.argv[1:]):
        try:
            read_table(path)
            results[path.name] = "read"
        except KamdeskError as error:
            results[path.name] = str(error)
    print(json.dumps(results))
""")


def test_hostile_workbooks_end_in_one_clear_line_within_bounded_memory(tmp_path):
    """One child process, 1 GB of address space for all: each file is refused plainly, none exhausts memory."""
    xfd_per_row(tmp_path / "xfd.xlsx", rows=20_000)
    bomb = shared_string_bomb(tmp_path / "bomb.xlsx", megabytes=60)
    (tmp_path / "lying.xlsx").write_bytes(bomb.read_bytes())
    lie_about_size(tmp_path / "lying.xlsx", "xl/sharedStrings.xml", 1000)
    write_workbook(tmp_path / "laughs.xlsx", [inline_row(1, [("A", "&lol9;")])], prolog=billion_laughs_prolog())
    write_workbook(tmp_path / "xxe.xlsx", [inline_row(1, [("A", "&secret;")])],
                   prolog='<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>')
    (tmp_path / "truncated.xlsx").write_bytes((tmp_path / "xfd.xlsx").read_bytes()[:50_000])
    with zipfile.ZipFile(tmp_path / "parts.xlsx", "w") as many:  # ~300 bytes of memory each to list
        for number in range(12_000):
            many.writestr(f"{number}", b"")

    names = ["xfd.xlsx", "bomb.xlsx", "lying.xlsx", "laughs.xlsx", "xxe.xlsx", "truncated.xlsx", "parts.xlsx"]
    child = subprocess.run([sys.executable, "-c", HOSTILE_CHILD, *(str(tmp_path / n) for n in names)],
                           capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert child.returncode == 0, child.stderr
    results = json.loads(child.stdout)

    assert results["xfd.xlsx"] == ("xfd.xlsx: row 2 has a value in column XFD, beyond the 200 columns kamdesk reads. "
                                   "Delete it, or move it to a column on the left.")
    assert results["bomb.xlsx"] == ("bomb.xlsx cannot be imported: its part xl/sharedStrings.xml would unpack to "
                                    "60 MB, more than the 50 MB kamdesk reads.")
    assert results["lying.xlsx"] == ("lying.xlsx is damaged: its part xl/sharedStrings.xml does not unpack to "
                                     "what its zip header says (size or checksum).")
    for name in ("laughs.xlsx", "xxe.xlsx"):
        assert results[name] == f"{name} cannot be imported: it declares XML entities, which no Excel workbook does."
    assert results["truncated.xlsx"].startswith("truncated.xlsx cannot be read as an Excel workbook (")
    assert results["parts.xlsx"] == ("parts.xlsx cannot be imported: it is a zip of more than 10,000 parts, "
                                     "which no workbook is.")

