import io
import os
import shutil
import signal
import subprocess
import zipfile
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.core.documents.offer_xlsx import money_format, write_offer_xlsx
from kamdesk.core.errors import ValidationError
from tests.core.documents.test_offer_pdf import make_offer


def find_row(sheet, column: str, value) -> int:
    for cell in sheet[column]:
        if cell.value == value:
            return cell.row
    raise AssertionError(f"{value!r} not in column {column}")


def layout(sheet, data):
    """Rows of the first and last line, the VAT rows and the totals (found by their labels)."""
    first = find_row(sheet, "A", data.lines[0].sku)
    last = first + len(data.lines) - 1
    net_label = {"en": "Net total", "hu": "Nettó összesen", "ru": "Итого без НДС"}[data.language]
    totals = find_row(sheet, "E", net_label)
    return first, last, totals


@pytest.mark.parametrize(("language", "currency"), [("hu", "HUF"), ("ru", "RUB"), ("en", "EUR")])
def test_formulas_and_cached_values(tmp_path, language, currency):
    data = make_offer(9, language=language, currency=currency, client="ООО «Ёлочка» Őrült")
    path = tmp_path / "offer.xlsx"
    write_offer_xlsx(path, data)
    sheet = openpyxl.load_workbook(path).active
    values = openpyxl.load_workbook(path, data_only=True).active
    first, last, totals = layout(sheet, data)
    digits = 0 if currency == "HUF" else 2
    for offset, line in enumerate(data.lines):
        row = first + offset
        assert sheet[f"G{row}"].value == f"=ROUND(C{row}*E{row}*(1-F{row}),{digits})"
        assert Decimal(str(values[f"G{row}"].value)) == line.net_amount
        # the formula, evaluated here on what the cells hold, gives the cached value
        quantity, price, discount = (Decimal(str(sheet[f"{c}{row}"].value)) for c in "CEF")
        computed = (quantity * price * (1 - discount)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
        assert computed == line.net_amount
        assert sheet[f"G{row}"].number_format == money_format(currency, language)
    for offset, rate in enumerate(sorted(data.vat_by_rate)):
        row = last + 3 + offset
        assert Decimal(str(sheet[f"E{row}"].value)) * 100 == rate
        assert sheet[f"F{row}"].value == f"=SUMIF($H${first}:$H${last},E{row},$G${first}:$G${last})"
        assert sheet[f"G{row}"].value == f"=ROUND(F{row}*E{row},{digits})"
        net, vat = data.vat_by_rate[rate]
        assert Decimal(str(values[f"F{row}"].value)) == net
        assert Decimal(str(values[f"G{row}"].value)) == vat
        assert Decimal(str(values[f"H{row}"].value)) == net + vat
    assert sheet[f"G{totals}"].value.startswith("=SUM(F")
    assert sheet[f"G{totals + 1}"].value.startswith("=SUM(G")
    assert sheet[f"G{totals + 2}"].value == f"=G{totals}+G{totals + 1}"
    for offset, total in enumerate((data.net_total, data.vat_total, data.gross_total)):
        assert Decimal(str(values[f"G{totals + offset}"].value)) == total
    assert sheet.print_area and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert any(cell.value == data.client.name for cell in sheet["A"])
    with zipfile.ZipFile(path) as archive:
        assert 'fullCalcOnLoad="1"' in archive.read("xl/workbook.xml").decode()


def test_money_formats():
    assert money_format("HUF", "hu") == '#,##0 "Ft"'
    assert money_format("RUB", "ru") == '#,##0.00 "₽"'
    assert money_format("EUR", "en") == '"EUR" #,##0.00'


def test_logo_and_broken_logo(tmp_path):
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (300, 90), (31, 95, 168)).save(png, "PNG")
    path = tmp_path / "logo.xlsx"
    write_offer_xlsx(path, make_offer(3, logo=png.getvalue()))
    assert len(openpyxl.load_workbook(path).active._images) == 1
    broken = tmp_path / "broken.xlsx"
    with pytest.raises(ValidationError):
        write_offer_xlsx(broken, make_offer(3, logo=b"GIF89a broken"))
    assert list(tmp_path.iterdir()) == [path]


RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def libreoffice_csv(office: str, path, tmp_path) -> list[list[str]]:
    """The sheet as LibreOffice computes it, converted headless to CSV (comma-separated, formatted off).

    The profile tells LibreOffice to recalculate every OOXML file on load (its default trusts the cached
    values), so the totals read here are what the formulas compute, not what the writer cached.
    """
    out = tmp_path / "out"
    user = tmp_path / "profile" / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(RECALCULATE_ON_LOAD, encoding="utf-8")
    command = [office, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
               "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false", "--outdir", str(out), str(path)]
    # its own process group: a stuck soffice.bin (the launcher's child) is ended with it, not left behind
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("LibreOffice did not convert the offer within 90 s")
    assert process.returncode == 0
    return [row.split(",") for row in (out / f"{path.stem}.csv").read_text(encoding="utf-8").splitlines()]


def total_of(rows: list[list[str]], label: str) -> Decimal:
    return Decimal(next(row for row in rows if row[4:5] == [label])[6])


@pytest.mark.slow
def test_libreoffice_recalculates(tmp_path):
    """LibreOffice opens the offer with the right totals, and recomputes them after a quantity changes."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice is not installed")
    data = make_offer(12, language="en", currency="EUR")
    path = tmp_path / "offer.xlsx"
    write_offer_xlsx(path, data)
    rows = libreoffice_csv(office, path, tmp_path)
    assert total_of(rows, "Net total") == data.net_total
    assert total_of(rows, "VAT total") == data.vat_total
    assert total_of(rows, "Gross total") == data.gross_total

    # the client changes the first line's quantity (saved by openpyxl, so no cached value is left to show)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    first, _, _ = layout(sheet, data)
    sheet[f"C{first}"] = 10
    changed = tmp_path / "changed.xlsx"
    workbook.save(changed)
    line = data.lines[0]
    cent = Decimal("0.01")
    new_net = (10 * line.unit_price * (1 - line.discount_percent / 100)).quantize(cent, rounding=ROUND_HALF_UP)
    rate_net = data.vat_by_rate[line.vat_rate][0] - line.net_amount + new_net
    rate_vat = (rate_net * line.vat_rate / 100).quantize(cent, rounding=ROUND_HALF_UP)
    net = data.net_total - data.vat_by_rate[line.vat_rate][0] + rate_net
    vat = data.vat_total - data.vat_by_rate[line.vat_rate][1] + rate_vat
    rows = libreoffice_csv(office, changed, tmp_path)
    assert total_of(rows, "Net total") == net != data.net_total
    assert total_of(rows, "Gross total") == net + vat


def test_no_lines_is_refused(tmp_path):
    path = tmp_path / "empty.xlsx"
    with pytest.raises(ValidationError) as caught:
        write_offer_xlsx(path, make_offer(0))
    assert caught.value.field == "lines"
    assert not path.exists()


def priced_offer(lines: list[tuple[Decimal, Decimal, Decimal, Decimal]], currency: str, language: str):
    """An offer built from (quantity, unit price, discount %, VAT %) the way the pricing engine totals it."""
    data = make_offer(len(lines), language=language, currency=currency)
    minor = Decimal(1).scaleb(-(0 if currency == "HUF" else 2))
    for line, (quantity, price, discount, rate) in zip(data.lines, lines, strict=True):
        line.quantity, line.unit_price, line.discount_percent, line.vat_rate = quantity, price, discount, rate
        line.net_amount = (quantity * price * (1 - discount / 100)).quantize(minor, rounding=ROUND_HALF_UP)
    data.vat_by_rate = {}
    for rate in sorted({line.vat_rate for line in data.lines}):
        net = sum((line.net_amount for line in data.lines if line.vat_rate == rate), Decimal(0))
        data.vat_by_rate[rate] = (net, (net * rate / 100).quantize(minor, rounding=ROUND_HALF_UP))
    data.net_total = sum((net for net, _ in data.vat_by_rate.values()), Decimal(0))
    data.vat_total = sum((vat for _, vat in data.vat_by_rate.values()), Decimal(0))
    data.gross_total = data.net_total + data.vat_total
    return data


_line = st.tuples(st.decimals(min_value=Decimal("0.001"), max_value=Decimal(500), places=3),
                  st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100000), places=2),
                  st.sampled_from([Decimal(0), Decimal(5), Decimal("12.5"), Decimal(30)]),
                  st.sampled_from([Decimal(0), Decimal(5), Decimal(18), Decimal(27)]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_line, min_size=1, max_size=12), currency=st.sampled_from(["HUF", "EUR", "RUB"]))
def test_random_offers_cached_values_are_what_the_formulas_compute(tmp_path, lines, currency):
    from pypdf import PdfReader

    from kamdesk.core.documents.offer_pdf import format_money, write_offer_pdf

    data = priced_offer(lines, currency, "hu")
    path = tmp_path / "random.xlsx"
    write_offer_xlsx(path, data)
    sheet = openpyxl.load_workbook(path).active
    values = openpyxl.load_workbook(path, data_only=True).active
    first, last, totals = layout(sheet, data)
    minor = Decimal(1).scaleb(-(0 if currency == "HUF" else 2))
    nets = {}
    for row in range(first, last + 1):  # evaluate the line formula on what the cells hold
        quantity, price, discount, rate = (Decimal(str(sheet[f"{c}{row}"].value)) for c in "CEFH")
        nets.setdefault(rate, []).append((quantity * price * (1 - discount)).quantize(minor, rounding=ROUND_HALF_UP))
        assert Decimal(str(values[f"G{row}"].value)) == nets[rate][-1]
    net = sum((sum(parts) for parts in nets.values()), Decimal(0))
    vat = sum(((sum(parts) * rate).quantize(minor, rounding=ROUND_HALF_UP) for rate, parts in nets.items()),
              Decimal(0))
    assert (net, vat, net + vat) == (data.net_total, data.vat_total, data.gross_total)
    assert [Decimal(str(values[f"G{totals + n}"].value)) for n in range(3)] == [net, vat, net + vat]
    pdf = tmp_path / "random.pdf"
    write_offer_pdf(pdf, data)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert format_money(data.gross_total, currency, "hu") in text
