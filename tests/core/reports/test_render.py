"""Any report drawn to PDF and Excel, read back with poppler (pdffonts, pdftotext, pdftoppm) and LibreOffice:
fonts embedded, landscape for wide tables, the header on every page and no row lost or doubled, totals; the
workbook's formulas, their cached values and what LibreOffice computes from them agree."""

import datetime as dt
import subprocess
from decimal import Decimal as D

import openpyxl
import pytest

from kamdesk.core.reports.model import Column, ReportDocument, Table, percent
from kamdesk.core.reports.pdf import report_pdf_bytes, write_report_pdf
from kamdesk.core.reports.xlsx import write_report_xlsx
from tests.office import program, recalculated

GENERATED = dt.datetime(2026, 12, 5, 9, 30)


def sales_table(count: int, title: str = "Ügyfelenként") -> Table:
    """Clients with sales and plan in HUF (one without a plan), orders, the last order's day."""
    columns = (Column("client", "Ügyfél"), Column("sales", "Forgalom", "money", total=True),
               Column("plan", "Terv", "money", total=True),
               Column("done", "Teljesítés", "percent", ratio_of=("sales", "plan")),
               Column("orders", "Rendelések", "count", total=True), Column("last", "Utolsó rendelés", "date"))
    rows = []
    for n in range(count):
        sales, plan = D(1000 * n + 7), (D(900 * n + 1) if n % 5 else None)
        rows.append((f"Ügyfél-{n:05d} Kft.", sales, plan, percent(sales, plan), n % 13,
                     dt.date(2026, 11, 1) + dt.timedelta(days=n % 30)))
    return Table(title, columns, tuple(rows), note="Nettó forgalom, a lemondott rendelések nélkül.")


def wide_table() -> Table:
    columns = (Column("name", "Ügyfél"), *(Column(f"m{n}", f"Hónap {n}", "money", total=True) for n in range(1, 13)))
    rows = tuple((f"Széles Ügyfél {n}", *(D(1_234_567 * (m + 1) + n) for m in range(12))) for n in range(3))
    return Table("Havonta", columns, rows)


def document(*tables: Table, language: str = "hu") -> ReportDocument:
    return ReportDocument("sales", "Értékesítés", "2026-11 · Kiss Anna", language, "HUF", tables,
                          generated=GENERATED, company="Teszt Kereskedelmi Kft.")


def pdftotext(path, mode: str = "-layout") -> str:
    """The PDF's text laid out as on the page, or with "-raw" in the order it is drawn (a cell's lines together)."""
    return subprocess.run([program("pdftotext"), mode, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pages_of(path) -> list[str]:
    return pdftotext(path).split("\f")[:-1]


def page_size(path) -> tuple[float, float]:
    info = subprocess.run([program("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    return float(size[2]), float(size[4])


def test_pdf_fonts_are_embedded_and_texts_amounts_totals_print_in_the_documents_language(tmp_path):
    path = tmp_path / "report.pdf"
    write_report_pdf(path, document(sales_table(6)))
    fonts = subprocess.run([program("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column
    assert any("DejaVuSans" in row for row in rows)
    text = " ".join(pdftotext(path).split())
    for expected in ("Értékesítés", "2026-11 · Kiss Anna", "Készült: 2026. 12. 05. 09:30 · Teszt Kereskedelmi Kft.",
                     "Ügyfelenként", "Ügyfél-00004 Kft. 4 007 Ft 3 601 Ft 111,3 % 4 2026. 11. 05.",
                     "Összesen 15 042 Ft 9 004 Ft", "Nettó forgalom", "1. oldal / 1"):
        assert expected in text
    # two clients sold without a plan: all sales over the plans of the others would be no fulfilment at all,
    # so the totals row leaves the ratio empty (a ratio total is of the totals: see the EUR table below)
    assert "Összesen 15 042 Ft 9 004 Ft 15" in text
    assert page_size(path)[0] < page_size(path)[1]  # upright: six columns fit


def test_a_long_table_repeats_its_header_on_every_page_and_loses_no_row(tmp_path):
    table = sales_table(1500)
    path = tmp_path / "long.pdf"
    write_report_pdf(path, document(table, language="en"))
    pages = pages_of(path)
    assert len(pages) > 20
    found = []
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert "Ügyfél" in page and "Forgalom" in page and "Teljesítés" in page  # the header, on every page
        found += [word for word in page.split() if word.startswith("Ügyfél-")]
    assert found == [row[0].split()[0] for row in table.rows]  # each row once, in order
    assert f"Total HUF {sum(row[1] for row in table.rows):,}" in " ".join(pages[-1].split())
    subprocess.run([program("pdftoppm"), "-r", "30", "-png", "-f", "1", "-l", "2", str(path), str(tmp_path / "p")],
                   check=True)
    assert len(list(tmp_path.glob("p*.png"))) == 2


def test_a_table_too_wide_to_stand_upright_turns_the_pages_to_landscape(tmp_path):
    path = tmp_path / "wide.pdf"
    write_report_pdf(path, document(sales_table(3), wide_table(), language="ru"))
    width, height = page_size(path)
    assert width > height
    text = " ".join(pdftotext(path).split())
    assert "Итого" in text and "Страница 1 из 1" in text
    assert "14 814 804 ₽" not in text and "14 814 804 Ft" in text  # the document's currency, not the language's
    assert "Széles" in text and "Ügyfél 2" in text and "44 444 415 Ft" in text  # a total is never wrapped


def test_an_empty_table_prints_its_header_and_says_there_is_nothing(tmp_path):
    empty = Table("Ügyfelenként", sales_table(1).columns, ())
    path = tmp_path / "empty.pdf"
    path.write_bytes(report_pdf_bytes(document(empty, language="en")))
    text = " ".join(pdftotext(path).split())
    assert "Forgalom" in text and "Nothing to show for this period." in text and "Total" not in text


def test_a_long_text_wraps_inside_its_cell_and_an_endless_one_is_cut(tmp_path):
    columns = (Column("name", "Name"), Column("note", "Note"), Column("value", "Value", "money", total=True))
    long, endless = " ".join(f"szó{n}" for n in range(30)), " ".join(f"hosszú{n}" for n in range(3000))
    table = Table("Notes", columns, (("Első", long, D(5)), ("X" * 200, "rövid", D(6)), ("Harmadik", endless, D(1))))
    path = tmp_path / "wrapped.pdf"
    write_report_pdf(path, document(table, language="en"))
    text = pdftotext(path, "-raw")
    assert all(f"szó{n}" in text for n in range(30))
    assert "".join(text.split()).count("X" * 200) == 1  # broken over lines, every character kept
    assert "hosszú2999" not in text and " …" in text  # at most six lines: a row always fits a page
    assert "Total HUF 12" in " ".join(text.split())


def values_by_header(sheet, header_row: int = 6) -> dict[str, list]:
    headers = [cell.value for cell in sheet[header_row]]
    columns = {header: [] for header in headers}
    for row in sheet.iter_rows(min_row=header_row + 1, values_only=True):
        for header, value in zip(headers, row, strict=False):
            columns[header].append(value)
    return columns


def test_workbook_has_a_sheet_per_table_money_formats_live_totals_and_ratios_with_cached_values(tmp_path):
    table = sales_table(12)
    path = tmp_path / "report.xlsx"
    write_report_xlsx(path, document(table, wide_table(), language="en"))
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    assert formulas.sheetnames == ["Ügyfelenként", "Havonta"]
    sheet, values = formulas["Ügyfelenként"], cached["Ügyfelenként"]
    assert [sheet["A1"].value, sheet["A2"].value, sheet["A4"].value] == ["Értékesítés", "2026-11 · Kiss Anna",
                                                                          "Ügyfelenként"]
    assert [cell.value for cell in sheet[6]] == ["Ügyfél", "Forgalom", "Terv", "Teljesítés", "Rendelések",
                                                 "Utolsó rendelés"]
    assert sheet["B7"].number_format == '"HUF" #,##0' and sheet["B7"].value == 7
    assert sheet["D8"].value == '=IF(C8=0,"",B8/C8*100)'
    assert values["D8"].value == pytest.approx(1007 / 901 * 100)
    assert values["D7"].value is None  # no plan: an empty cell, not a division by zero
    assert isinstance(values["F7"].value, dt.datetime) and sheet["F7"].number_format == "d mmm yyyy"
    total = 6 + len(table.rows) + 1
    assert sheet[f"A{total}"].value == "Total"
    assert sheet[f"B{total}"].value == f"=ROUND(SUM(B7:B{total - 1}),0)"
    assert sheet[f"E{total}"].value == f"=SUM(E7:E{total - 1})"
    assert sheet[f"D{total}"].value is None  # clients sold without a plan: no fulfilment in the total
    sales, plan = sum(row[1] for row in table.rows), sum(row[2] or 0 for row in table.rows)
    assert values[f"B{total}"].value == sales and values[f"C{total}"].value == plan
    assert sheet.freeze_panes == "A7" and sheet.print_title_rows == "$6:$6"
    assert formulas["Havonta"].page_setup.orientation == "landscape"


def test_libreoffice_computes_what_the_workbook_caches(tmp_path):
    path = tmp_path / "report.xlsx"
    eur = Table("EUR", (Column("client", "Client"), Column("paid", "Paid", "money", total=True, currency="EUR"),
                        Column("owed", "Owed", "money", total=True, currency="EUR"),
                        Column("share", "Share", "percent", ratio_of=("paid", "owed"))),
                tuple((f"C{n}", D(n) + D("0.10"), D("0.20") * n, None) for n in range(40)))
    write_report_xlsx(path, document(sales_table(30), eur, wide_table(), language="en"))
    (computed,) = recalculated([path], tmp_path)
    cached, recomputed = openpyxl.load_workbook(path, data_only=True), openpyxl.load_workbook(computed, data_only=True)
    formulas = openpyxl.load_workbook(path)
    checked = 0
    for name in cached.sheetnames:
        for row in formulas[name].iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    mine, theirs = cached[name][cell.coordinate].value, recomputed[name][cell.coordinate].value
                    assert (mine is None and theirs in (None, "")) or theirs == pytest.approx(mine), cell.coordinate
                    checked += 1
    assert checked > 60
    sheet = recomputed["EUR"]
    assert sheet["B47"].value == pytest.approx(float(sum(D(n) + D("0.10") for n in range(40))))  # 784 exactly
    assert sheet["D7"].value in (None, "")  # owed nothing: no share
    assert formulas["EUR"]["D47"].value == '=IF(C47=0,"",B47/C47*100)'  # the total's ratio is of the totals
    assert sheet["D47"].value == pytest.approx(float(sheet["B47"].value / sheet["C47"].value * 100))


def test_a_text_that_looks_like_a_formula_stays_text(tmp_path):
    table = Table("Tricky", (Column("name", "Name"), Column("n", "N", "count", total=True)),
                  (("=HYPERLINK(\"http://x\")", 1), ("+36 1 234", 2)))
    path = tmp_path / "tricky.xlsx"
    write_report_xlsx(path, document(table, language="en"))
    sheet = openpyxl.load_workbook(path)["Tricky"]
    assert sheet["A7"].value == "=HYPERLINK(\"http://x\")" and sheet["A7"].data_type == "s"
    assert sheet["A8"].value == "+36 1 234"
