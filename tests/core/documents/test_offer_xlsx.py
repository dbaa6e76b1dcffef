import io
import math
import random
import zipfile
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.core.documents.offer_xlsx import line_net_formula, money_format, vat_formula, write_offer_xlsx
from kamdesk.core.errors import ValidationError
from kamdesk.core.services import pricing
from tests.core.documents.test_offer_pdf import make_offer
from tests.office import recalculated


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
        assert sheet[f"G{row}"].value == line_net_formula(row, digits)
        assert Decimal(str(values[f"G{row}"].value)) == line.net_amount
        # the formula, evaluated here on what the cells hold, gives the cached value
        quantity, price, discount = (Decimal(str(sheet[f"{c}{row}"].value)) for c in "CEF")
        computed = (quantity * price * (1 - discount)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
        assert computed == line.net_amount
        assert sheet[f"G{row}"].number_format == money_format(currency, language)
    for offset, rate in enumerate(sorted(data.vat_by_rate)):
        row = last + 3 + offset
        assert Decimal(str(sheet[f"E{row}"].value)) * 100 == rate
        assert sheet[f"F{row}"].value == f"=ROUND(SUMIF($H${first}:$H${last},E{row},$G${first}:$G${last}),{digits})"
        assert sheet[f"G{row}"].value == vat_formula(row, digits)
        net, vat = data.vat_by_rate[rate]
        assert Decimal(str(values[f"F{row}"].value)) == net
        assert Decimal(str(values[f"G{row}"].value)) == vat
        assert Decimal(str(values[f"H{row}"].value)) == net + vat
    assert sheet[f"G{totals}"].value.startswith("=ROUND(SUM(F")
    assert sheet[f"G{totals + 1}"].value.startswith("=ROUND(SUM(G")
    assert sheet[f"G{totals + 2}"].value == f"=ROUND(G{totals}+G{totals + 1},{digits})"
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


def total_of(sheet, label: str):
    return sheet[f"G{find_row(sheet, 'E', label)}"].value


@pytest.mark.slow
def test_libreoffice_recalculates(tmp_path):
    """LibreOffice opens the offer with the right totals, and recomputes them after a quantity changes."""
    data = make_offer(12, language="en", currency="EUR")
    path = tmp_path / "offer.xlsx"
    write_offer_xlsx(path, data)
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

    computed, recomputed = (openpyxl.load_workbook(p, data_only=True).active
                            for p in recalculated([path, changed], tmp_path))
    assert total_of(computed, "Net total") == float(data.net_total)
    assert total_of(computed, "VAT total") == float(data.vat_total)
    assert total_of(computed, "Gross total") == float(data.gross_total)
    assert total_of(recomputed, "Net total") == float(net) != float(data.net_total)
    assert total_of(recomputed, "Gross total") == float(net + vat)


def half_lines(currency: str, count: int, seed: int) -> list[tuple[Decimal, Decimal, Decimal, Decimal]]:
    """Realistic lines (quantity, unit price, discount %, VAT %) whose net ends in exactly half a forint or cent."""
    chance = random.Random(seed)
    minor = Decimal(1).scaleb(-(0 if currency == "HUF" else 2))
    discounts = [Decimal(d) for d in ("2.5", "3.75", "5", "6", "6.5", "7", "7.5", "8.25", "10", "12.5", "15")]
    found = []
    while len(found) < count:
        quantity = Decimal(chance.choice([chance.randint(1, 500), chance.randint(1, 4000) / 4,
                                          chance.randint(1, 50000) / 1000])).quantize(Decimal("0.001"))
        price = Decimal(chance.randint(100, 2000000 if currency == "HUF" else 500000)) / 100
        if currency == "HUF" and chance.random() < 0.6:
            price = price.to_integral_value()
        discount = chance.choice(discounts + [Decimal(chance.randint(1, 3000)) / 100])
        net = quantity * price * (100 - discount) / 100
        if (net / minor) % 1 == Decimal("0.5"):
            found.append((quantity, price, discount, chance.choice([Decimal(5), Decimal(18), Decimal(27)])))
    return found


def half_vat_lines(currency: str, count: int, seed: int) -> list[tuple[Decimal, Decimal, Decimal, Decimal]]:
    """One line per VAT rate (distinct rates, hundredths of a percent), each rate's VAT ending in exactly a half."""
    chance = random.Random(seed)
    minor = Decimal(1).scaleb(-(0 if currency == "HUF" else 2))
    found = []
    for hundredths in chance.sample(range(1, 3000), count * 3):
        step = 10000 // math.gcd(hundredths, 10000)
        if 5000 % (10000 // step) or hundredths in (500, 1800, 2700):
            continue  # no net times this rate ends in a half, or the rate is one of the realistic lines'
        # the nets (in minor units) whose VAT at this rate ends in a half: net * hundredths = 5000 (mod 10000)
        first = 5000 // (10000 // step) * pow(hundredths // (10000 // step), -1, step) % step
        net = (first + step * chance.randint(0, 5000000 // step)) * minor
        found.append((Decimal(1), net, Decimal(0), Decimal(hundredths) / 100))
        if len(found) == count:
            return found
    raise AssertionError("too few rates with a half")


def large_near_half_lines(currency: str, count: int, seed: int) -> list[tuple[Decimal, Decimal, Decimal, Decimal]]:
    """Lines of 1 to 1000 million currency units whose net is a half or a billionth or two off it.

    quantity × price × (1 − discount) = thousandths × hundredths × hundredths of a percent / 10^9: with
    price and discount coprime to 10 the quantity that puts the net's remainder where we want is solved for.
    """
    chance = random.Random(seed)
    unit = 10 ** (9 - (0 if currency == "HUF" else 2))  # the rounding unit in 10^-9 currency units
    found = []
    while len(found) < count:
        price, kept = chance.randrange(1001, 10**7, 2), chance.randrange(7001, 10000, 2)
        if price % 5 == 0 or kept % 5 == 0:
            continue
        remainder = (unit // 2 + chance.choice([-2, -1, 0, 0, 1, 2])) % unit
        quantity = remainder * pow(price * kept, -1, unit) % unit + unit * chance.randint(0, 2)
        net = Decimal(quantity * price * kept).scaleb(-9)
        if 10**6 <= net <= 10**9:
            found.append((Decimal(quantity).scaleb(-3), Decimal(price).scaleb(-2), Decimal(10000 - kept).scaleb(-2),
                          Decimal(27)))
    return found


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_libreoffice_rounds_halves_up_like_the_app(tmp_path):
    """After LibreOffice recalculates, thousands of line nets, VATs and totals that end in exactly a half
    round up as the app rounds them (the binary fractions of a plain C*E*(1-F) land below the half), and
    large lines a billionth off a half round as the app does too."""
    offers = {currency: priced_offer(half_lines(currency, 1500, seed) + half_vat_lines(currency, 300, seed)
                                     + large_near_half_lines(currency, 500, seed), currency, "en")
              for seed, currency in enumerate(("HUF", "EUR"))}
    paths = []
    for currency, data in offers.items():
        paths.append(tmp_path / f"{currency}.xlsx")
        write_offer_xlsx(paths[-1], data)
    for path, (currency, data) in zip(recalculated(paths, tmp_path), offers.items(), strict=True):
        sheet = openpyxl.load_workbook(path, data_only=True).active
        first, last, totals = layout(sheet, data)
        wrong = [(line.quantity, line.unit_price, line.discount_percent, line.net_amount, sheet[f"G{row}"].value)
                 for row, line in enumerate(data.lines, start=first)
                 if sheet[f"G{row}"].value != float(line.net_amount)]
        assert not wrong, f"{currency}: {len(wrong)} of {len(data.lines)} line nets differ, e.g. {wrong[:3]}"
        rows = range(last + 3, last + 3 + len(data.vat_by_rate))
        computed = [(sheet[f"F{row}"].value, sheet[f"G{row}"].value, sheet[f"H{row}"].value) for row in rows]
        expected = [(float(net), float(vat), float(net + vat)) for net, vat in
                    (data.vat_by_rate[rate] for rate in sorted(data.vat_by_rate))]
        wrong = [(a, b) for a, b in zip(computed, expected, strict=True) if a != b]
        assert not wrong, f"{currency}: {len(wrong)} of {len(expected)} VAT rows differ, e.g. {wrong[:3]}"
        assert [sheet[f"G{totals + n}"].value for n in range(3)] == [
            float(data.net_total), float(data.vat_total), float(data.gross_total)]


def test_no_lines_is_refused(tmp_path):
    path = tmp_path / "empty.xlsx"
    with pytest.raises(ValidationError) as caught:
        write_offer_xlsx(path, make_offer(0))
    assert caught.value.field == "lines"
    assert not path.exists()


def priced_offer(lines: list[tuple[Decimal, Decimal, Decimal, Decimal]], currency: str, language: str):
    """An offer built from (quantity, unit price, discount %, VAT %), priced and totalled by the app's engine."""
    data = make_offer(len(lines), language=language, currency=currency)
    priced = [pricing.price_line(pricing.LineInput(product_id=n, sku=line.sku, name=line.name, unit=line.unit,
                                                   quantity=quantity, list_price=price, vat_rate=rate,
                                                   discount_percent=discount), currency)
              for n, (line, (quantity, price, discount, rate)) in enumerate(zip(data.lines, lines, strict=True))]
    for line, item in zip(data.lines, priced, strict=True):
        line.quantity, line.unit_price, line.net_amount = item.input.quantity, item.unit_price, item.net_amount
        line.discount_percent, line.vat_rate = item.input.discount_percent, item.vat_rate
    totals = pricing.totals(priced, currency)
    data.vat_by_rate, data.net_total = totals.vat_by_rate, totals.net_total
    data.vat_total, data.gross_total = totals.vat_total, totals.gross_total
    return data


_line = st.tuples(st.decimals(min_value=Decimal("0.001"), max_value=Decimal(500), places=3),
                  st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100000), places=2),
                  st.sampled_from([Decimal(0), Decimal(5), Decimal("12.5"), Decimal(30)]),
                  st.sampled_from([Decimal(0), Decimal(5), Decimal(18), Decimal(27)]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_line, min_size=1, max_size=12), currency=st.sampled_from(["HUF", "EUR", "RUB"]))
def test_random_offers_cached_values_are_what_the_formulas_compute(tmp_path, lines, currency):
    from pypdf import PdfReader

    from kamdesk.core.documents.formatting import format_money
    from kamdesk.core.documents.offer_pdf import write_offer_pdf

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
