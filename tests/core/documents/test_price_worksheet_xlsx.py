"""The price-change proposal worksheet: layout, cached values equal to what LibreOffice computes, a changed
proposal moving the change and the revenue effect, the protected sheet with its one input column."""

import datetime as dt
from decimal import Decimal as D

import openpyxl
import pytest

from kamdesk.core.documents.price_worksheet_xlsx import HEADER_ROW, write_price_worksheet
from kamdesk.core.services.analytics import PriceWorksheet, WorksheetProduct
from tests.office import recalculated

FIRST = HEADER_ROW + 1


def worksheet() -> PriceWorksheet:
    """Two columns (list 1 is the default), two competitors; milk sold 120 l, cheese not sold, butter has no price."""
    products = [
        WorksheetProduct(1, "TEJ", "Tej 1 l", "l", {1: D("400"), 2: D("360")}, D("120"), D("43200.00"),
                         {"Rival": D("390"), "Other": D("410")}, D("420")),
        WorksheetProduct(2, "SAJT", "Trappista", "kg", {1: D("2890"), 2: D("2601")}, D("0"), D("0.00"), {},
                         D("2890")),
        WorksheetProduct(3, "VAJ", "Vaj", "db", {}, D("3.5"), D("1750.00"), {"Rival": D("480")}, None),
    ]
    return PriceWorksheet(dt.date(2025, 4, 1), dt.date(2026, 3, 15), "HUF", "Élelmiszer", "", [(1, "Lista"),
                          (2, "Nagyker")], 1, ["Other", "Rival"], products)


def headers(sheet) -> dict[str, str]:
    """Column letters by header."""
    return {cell.value: cell.column_letter for cell in sheet[HEADER_ROW] if cell.value}


def test_layout_and_cached_values(tmp_path):
    path = tmp_path / "prices.xlsx"
    write_price_worksheet(path, worksheet(), "en")
    sheet = openpyxl.load_workbook(path, data_only=True).active
    at = headers(sheet)
    assert list(at) == ["SKU", "Product", "Unit", "Lista", "Nagyker", "Sold (12 months)", "Net revenue (12 months)",
                        "Average realised price", "Other", "Rival", "Lowest competitor", "Proposed price", "Change",
                        "Revenue effect"]
    assert sheet["A2"].value.startswith("Category: Élelmiszer · Segment: all · Sales from 1 Apr 2025 to 15 Mar 2026")
    milk = {name: sheet[f"{letter}{FIRST}"].value for name, letter in at.items()}
    assert (milk["Average realised price"], milk["Lowest competitor"]) == (360, 390)
    assert milk["Change"] == 0.05 and milk["Revenue effect"] == 2400  # (420 - 400) × 120
    cheese = {name: sheet[f"{letter}{FIRST + 1}"].value for name, letter in at.items()}
    assert (cheese["Average realised price"], cheese["Change"], cheese["Revenue effect"]) == (None, 0, 0)
    totals = FIRST + 3
    assert sheet[f"A{totals}"].value == "Total"
    assert sheet[f"{at['Net revenue (12 months)']}{totals}"].value == 44950
    assert sheet[f"{at['Revenue effect']}{totals}"].value == 2400
    assert round(sheet[f"{at['Change']}{totals}"].value, 6) == round(2400 / 44950, 6)


def test_only_the_proposed_prices_can_be_typed(tmp_path):
    path = tmp_path / "prices.xlsx"
    write_price_worksheet(path, worksheet(), "hu")
    sheet = openpyxl.load_workbook(path).active
    at = headers(sheet)
    assert sheet.protection.sheet
    assert sheet[f"{at['Javasolt ár']}{FIRST}"].protection.locked is False
    assert sheet[f"{at['Árbevétel-hatás']}{FIRST}"].protection.locked is True
    assert sheet[f"{at['Árbevétel-hatás']}{FIRST}"].value.startswith("=IF(")
    assert sheet[f"{at['Nettó árbevétel (12 hónap)']}{FIRST}"].number_format == '#,##0 "Ft"'


def test_libreoffice_computes_the_cached_values_and_follows_a_new_proposal(tmp_path):
    path, changed = tmp_path / "prices.xlsx", tmp_path / "changed.xlsx"
    write_price_worksheet(path, worksheet(), "ru")
    book = openpyxl.load_workbook(path)
    at = headers(book.active)
    book.active[f"{at['Предлагаемая цена']}{FIRST}"] = 380  # milk 5 % cheaper
    book.active[f"{at['Предлагаемая цена']}{FIRST + 2}"] = 520  # butter has no price to compare with
    book.save(changed)
    cached = openpyxl.load_workbook(path, data_only=True).active
    computed, recomputed = (openpyxl.load_workbook(p, data_only=True).active for p in recalculated([path, changed],
                                                                                                    tmp_path))
    for row in range(FIRST, FIRST + 4):
        for column in ("H", "K", "M", "N"):
            value = cached[f"{column}{row}"].value  # a ratio may differ in its 15th digit
            assert computed[f"{column}{row}"].value == (pytest.approx(value, rel=1e-12) if value else value), \
                f"{column}{row}"
    effect, change = at["Влияние на выручку"], at["Изменение"]
    assert recomputed[f"{effect}{FIRST}"].value == -2400
    assert recomputed[f"{change}{FIRST}"].value == -0.05
    assert recomputed[f"{effect}{FIRST + 2}"].value in (None, "")
    assert recomputed[f"{effect}{FIRST + 3}"].value == -2400


def test_names_are_never_run_as_formulas(tmp_path):
    data = worksheet()
    product = data.products[0]
    odd = WorksheetProduct(product.product_id, "=1+1", "@SUM(A1)\x07", product.unit, product.prices, product.volume,
                           product.revenue, {"-Rival": D("1")}, product.proposed)
    path = tmp_path / "prices.xlsx"
    write_price_worksheet(path, PriceWorksheet(data.start, data.end, data.currency, "+Food", "", data.columns,
                                               data.default_column_id, ["-Rival"], [odd]), "en")
    sheet = openpyxl.load_workbook(path).active
    assert (sheet[f"A{FIRST}"].value, sheet[f"B{FIRST}"].value) == ("'=1+1", "'@SUM(A1)")
    assert "'-Rival" in [cell.value for cell in sheet[HEADER_ROW]]
    assert sheet["A2"].data_type == "s" and "+Food" in sheet["A2"].value
