"""CSV reading: the encoding found per file and strictly, unclosed quotes and oversized cells refused by line."""

from __future__ import annotations

import pytest

from kamdesk.core.errors import ImportFileError
from kamdesk.core.services.spreadsheet_import import read_table

CLIENTS = "".join(f"Cég {n} Kft.;Budapest\n" for n in range(100))


def read(tmp_path, data: bytes, name: str = "in.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_table(path)


def refusal(tmp_path, data: bytes, name: str = "in.csv") -> str:
    with pytest.raises(ImportFileError) as error:
        read(tmp_path, data, name)
    assert "\ufffd" not in str(error.value)
    return str(error.value)


def test_an_unclosed_quote_is_refused_naming_the_line_it_opened_in(tmp_path):
    swallowing = f'Név;Város\nA Kft.;Győr\n"B Kft.;Pécs\n{CLIENTS}'.encode()
    assert refusal(tmp_path, swallowing) == ('in.csv: the quote (") opened in line 3 is not closed within 50 lines. '
                                             "Close it, or remove it.")
    at_the_end = 'Név;Város\nA Kft.;Győr\nB Kft.;"Pécs\nC Bt.;Szeged'.encode()
    assert refusal(tmp_path, at_the_end) == ('in.csv: the quote (") opened in line 3 is never closed, so the rest of '
                                             "the file would be one cell. Close it, or remove it.")
    one_long_line = ('Név;Megjegyzés\nA Kft.;"' + "x" * 200_000 + '"\n').encode()
    assert refusal(tmp_path, one_long_line) == "in.csv: line 2 holds a cell longer than 10,000 characters."


def test_quoted_fields_over_a_few_lines_and_a_last_line_without_newline_are_data(tmp_path):
    table = read(tmp_path, 'Név;Megjegyzés\nA Kft.;"egy\nkettő\nhárom"\nB Bt.;"x ""y"""'.encode())
    assert table.rows == [["A Kft.", "egy\nkettő\nhárom"], ["B Bt.", 'x "y"']]


def test_a_long_cell_or_a_value_beyond_column_200_is_named_by_row_column_and_header(tmp_path):
    long_cell = ("Név;Város\nA Kft.;Győr\n" + "x" * 20_000 + ";Pécs\n").encode()
    assert refusal(tmp_path, long_cell) == ("in.csv: row 3, column A (Név) holds 20,000 characters; "
                                            "a cell may hold at most 10,000.")
    wide = ("Név;Város\nA Kft.;Győr" + ";" * 500 + "\nB Bt.;Pécs" + ";" * 250 + "x\n").encode()
    assert refusal(tmp_path, wide) == ("in.csv: row 3 has a value in column IR, beyond the 200 columns kamdesk reads. "
                                       "Delete it, or move it to a column on the left.")
    assert read(tmp_path, ("Név;Város\nA Kft.;Győr" + ";" * 500 + "\n").encode()).rows == [["A Kft.", "Győr"]]


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1250", "NÉV;VÁROS\nÚJ ÉLET KFT;BUDAPEST\nŐRSÉG BT.;ŐRISZENTPÉTER\n"),  # never cp1251 "УЙБ"
    ("cp1250", "Név;Város\nSzőlő és Űrhajó Kft.;Győr\n"),
    ("cp1251", "Название;Город\nООО «Ромашка»;Москва\n"),
    ("cp1252", "Nom;Ville\nSociété Générale;Besançon\n"),
    ("utf-16-le", "Név;Város\nSzűcs Kft.;Győr\nИван;Омск\n"),  # no BOM
    ("utf-16-be", "Név;Város\nSzűcs Kft.;Győr\n"),
    ("utf-8-sig", "Név;Város\nSzűcs Kft.;Győr\n"),
])
def test_the_encoding_is_found_per_file(tmp_path, encoding, text):
    table = read(tmp_path, text.encode(encoding))
    assert [table.headers, *table.rows] == [line.split(";") for line in text.strip().split("\n")]


def test_a_mark_or_lines_in_another_encoding_are_refused_naming_the_first_bad_line(tmp_path):
    bom_then_cp1250 = b"\xef\xbb\xbf" + "Name;City\nKovács Kft.;Győr\n".encode("cp1250")
    assert refusal(tmp_path, bom_then_cp1250) == ("in.csv cannot be read: it starts with a UTF-8 mark, but line 2 "
                                                  "is not UTF-8. Save it again as UTF-8.")
    mixed = "Név;Város\nSzűcs Kft.;Győr\n".encode() + "Kovács Bt.;Pécs\n".encode("cp1250") + "Ős Kft.;Eger\n".encode()
    assert refusal(tmp_path, mixed) == ("in.csv mixes encodings: line 3 is not UTF-8 like the lines with accents "
                                        "before or after it. Save the whole file again in one encoding (UTF-8).")
    odd_utf16 = "Név;Város\nSzűcs;Győr\n".encode("utf-16") + b"A"
    assert refusal(tmp_path, odd_utf16) == ("in.csv cannot be read: it starts with a UTF-16 mark, but line 3 is not "
                                            "UTF-16. Save it again as UTF-8.")
    assert refusal(tmp_path, b"Nev;Varos\nA\x00B;C\n") == ("in.csv does not look like a text (CSV) file: line 2 "
                                                           "holds a NUL byte.")


def test_running_out_of_memory_while_reading_is_a_sentence_not_a_traceback(tmp_path, monkeypatch):
    from kamdesk.core.services import spreadsheet_import

    def exhausted(_path):
        raise MemoryError
        yield

    monkeypatch.setattr(spreadsheet_import, "csv_lines", exhausted)
    assert refusal(tmp_path, b"Name;City\nA;B\n").startswith("in.csv is too large to import at once")


def test_short_hungarian_files_in_cp1250_are_never_read_as_cp1252():
    """Ő and Ű are where cp1250 and cp1252 differ ("GYÕR", "Szûcs"): a detector's guess on a few rows must not win."""
    import random

    from kamdesk.core.documents.csv_reading import _code_page

    words = ["Győr", "GYŐR", "Szűcs", "ÚJ ÉLET KFT", "Kovács Éva", "Pécs", "Fűszerész Bt.", "Őrség", "ÜZLET",
             "Debrecen", "Tűzoltó", "Nagy Ödön", "Óbuda", "Íjász"]
    chance = random.Random(15)
    for _ in range(300):
        rows = [";".join(chance.sample(words, 3)) for _ in range(chance.randint(1, 5))]
        assert _code_page(("Név;Város;Megjegyzés\n" + "\n".join(rows) + "\n").encode("cp1250")) == "cp1250"


def test_a_replacement_character_already_in_the_file_is_refused_with_its_row_and_column(tmp_path):
    """U+FFFD marks a letter lost by an earlier conversion: it never reaches the database, whatever the encoding."""
    path = tmp_path / "in.csv"
    path.write_text("Név;Város\nJó Kft.;Győr\nKov\ufffdcs Bt.;Pécs\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert str(refused.value).startswith("in.csv: row 3, column A (Név) holds “\ufffd” where a letter was lost")
