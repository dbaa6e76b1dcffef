"""The price-change proposal worksheet (Excel, openpyxl; `analytics.PriceWorksheet` in, file out).

One sheet, one row per product: SKU, name, unit, our price in each price column, the quantity sold in the
last 12 months, its net revenue, the average realised price (revenue ÷ quantity, a formula), each
competitor's latest price and the lowest of them (a formula), then the proposal: the proposed price (the
one column to type in, unlocked and shaded; at first our default column's price), the change against the
default column in per cent and the revenue effect at last year's volume, (proposed − default price) ×
quantity, rounded to the currency's minor unit. The totals row sums the revenue and the effect, and its
change is the effect against the revenue. A product without a default price has no change or effect.

Formulas are live, with their values cached (`offer_xlsx.with_cached_values`) for viewers that do not
calculate; the workbook asks Excel to recalculate on load. The sheet is protected without a password,
only the proposed prices unlocked, so the formulas are not overwritten by mistake (Review › Unprotect
sheet lifts it). Texts are in the document language (en, hu, ru). The file appears complete or not at all.
"""

from __future__ import annotations

import io
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from kamdesk.core.documents.client_sheet import csv_text
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import format_date
from kamdesk.core.documents.offer_xlsx import money_format, with_cached_values
from kamdesk.core.money import minor_digits
from kamdesk.core.services.analytics import PriceWorksheet, WorksheetProduct

TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Price-change proposal", "category": "Category", "segment": "Segment", "every": "all",
           "sales": "Sales from {start} to {end}, {currency}",
           "how": "Type the proposed prices in the shaded column: the change and the revenue effect at last "
                  "year's volume follow.",
           "sku": "SKU", "product": "Product", "unit": "Unit", "volume": "Sold (12 months)",
           "revenue": "Net revenue (12 months)", "average": "Average realised price", "lowest": "Lowest competitor",
           "proposed": "Proposed price", "change": "Change", "effect": "Revenue effect", "total": "Total",
           "sheet": "Price proposal"},
    "hu": {"title": "Árváltoztatási javaslat", "category": "Kategória", "segment": "Szegmens", "every": "mind",
           "sales": "Eladások: {start} – {end}, {currency}",
           "how": "A javasolt árakat a színezett oszlopba írja: a változás és a tavalyi mennyiséggel számolt "
                  "árbevétel-hatás követi.",
           "sku": "Cikkszám", "product": "Termék", "unit": "Egység", "volume": "Eladott mennyiség (12 hónap)",
           "revenue": "Nettó árbevétel (12 hónap)", "average": "Átlagos realizált ár",
           "lowest": "Legalacsonyabb versenytársi ár", "proposed": "Javasolt ár", "change": "Változás",
           "effect": "Árbevétel-hatás", "total": "Összesen", "sheet": "Árjavaslat"},
    "ru": {"title": "Предложение по изменению цен", "category": "Категория", "segment": "Сегмент",
           "every": "все", "sales": "Продажи с {start} по {end}, {currency}",
           "how": "Введите предлагаемые цены в выделенный столбец: изменение и влияние на выручку при объёме "
                  "прошлого года пересчитаются.",
           "sku": "Артикул", "product": "Товар", "unit": "Ед.", "volume": "Продано (12 месяцев)",
           "revenue": "Чистая выручка (12 месяцев)", "average": "Средняя фактическая цена",
           "lowest": "Минимальная цена конкурентов", "proposed": "Предлагаемая цена", "change": "Изменение",
           "effect": "Влияние на выручку", "total": "Итого", "sheet": "Предложение цен"},
}
HEADER_ROW = 5
PERCENT_FORMAT = "0.0%"
QUANTITY_FORMAT = "#,##0.###"
PRICE_DIGITS = 2


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def _text(value: str) -> str:
    """A stored name as a cell's text: never run as a formula (a leading apostrophe, as every kamdesk sheet),
    without the control characters a workbook cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return csv_text(ILLEGAL_CHARACTERS_RE.sub("", value))


def write_price_worksheet(path: str | Path, data: PriceWorksheet, language: str) -> None:
    """Write the worksheet as an .xlsx with live formulas and their cached values."""
    workbook, cached = _Builder(data, language).build()
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(Path(path), with_cached_values(buffer.getvalue(), cached))


class _Builder:
    """Lays the sheet out: which column holds what, the rows, their formulas and the formulas' values."""

    def __init__(self, data: PriceWorksheet, language: str):
        from openpyxl.utils import get_column_letter

        self.data, self.language, self.t = data, language, texts(language)
        self.digits = minor_digits(data.currency)
        self.money = money_format(data.currency, language)
        self.price = money_format(data.currency, language, PRICE_DIGITS)
        names = ["sku", "product", "unit", *(f"column:{cid}" for cid, _ in data.columns), "volume", "revenue",
                 "average", *(f"competitor:{name}" for name in data.competitors),
                 *(["lowest"] if data.competitors else []), "proposed", "change", "effect"]
        self.index = {name: number for number, name in enumerate(names, start=1)}
        self.letter = {name: get_column_letter(number) for name, number in self.index.items()}
        self.cached: dict[str, Decimal] = {}

    def build(self):
        from openpyxl import Workbook
        from openpyxl.workbook.properties import CalcProperties

        workbook = Workbook()
        workbook.calculation = CalcProperties(fullCalcOnLoad=True)
        sheet = workbook.active
        sheet.title = self.t["sheet"][:31]
        self._heading(sheet)
        for row, product in enumerate(self.data.products, start=HEADER_ROW + 1):
            self._product(sheet, row, product)
        self._totals(sheet, HEADER_ROW + len(self.data.products) + 1)
        self._layout(sheet)
        return workbook, self.cached

    def _heading(self, sheet) -> None:
        from openpyxl.styles import Alignment, Font

        t, data = self.t, self.data
        sheet["A1"] = t["title"]
        sheet["A1"].font = Font(bold=True, size=14)
        sales = t["sales"].format(start=format_date(data.start, self.language),
                                  end=format_date(data.end, self.language), currency=data.currency)
        sheet["A2"] = _text(f"{t['category']}: {data.category or t['every']} · "
                            f"{t['segment']}: {data.segment or t['every']} · {sales}")
        sheet["A3"] = t["how"]
        titles = {**{name: t[name] for name in ("sku", "product", "unit", "volume", "revenue", "average", "lowest",
                                                 "proposed", "change", "effect")},
                  **{f"column:{cid}": _text(name) for cid, name in data.columns},
                  **{f"competitor:{name}": _text(name) for name in data.competitors}}
        for name, column in self.index.items():
            cell = sheet.cell(row=HEADER_ROW, column=column, value=titles[name])
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="bottom")

    def _put(self, sheet, row: int, name: str, value, number_format: str | None = None, cached=None):
        cell = sheet.cell(row=row, column=self.index[name], value=value)
        if number_format:
            cell.number_format = number_format
        if cached is not None:
            self.cached[cell.coordinate] = cached
        return cell

    def _product(self, sheet, row: int, product: WorksheetProduct) -> None:
        from openpyxl.styles import PatternFill, Protection

        self._put(sheet, row, "sku", _text(product.sku))
        self._put(sheet, row, "product", _text(product.name))
        self._put(sheet, row, "unit", _text(product.unit))
        for column_id, _ in self.data.columns:
            self._put(sheet, row, f"column:{column_id}", product.prices.get(column_id), self.price)
        self._put(sheet, row, "volume", product.volume, QUANTITY_FORMAT)
        self._put(sheet, row, "revenue", product.revenue, self.money)
        volume, revenue = f"{self.letter['volume']}{row}", f"{self.letter['revenue']}{row}"
        average = _rounded(product.revenue / product.volume, PRICE_DIGITS) if product.volume else None
        self._put(sheet, row, "average", f'=IF({volume}=0,"",ROUND({revenue}/{volume},{PRICE_DIGITS}))', self.price,
                  average)
        for name in self.data.competitors:
            self._put(sheet, row, f"competitor:{name}", product.competitors.get(name), self.price)
        if self.data.competitors:
            first, last = (self.letter[f"competitor:{self.data.competitors[i]}"] for i in (0, -1))
            lowest = min(product.competitors.values()) if product.competitors else None
            self._put(sheet, row, "lowest", f'=IF(COUNT({first}{row}:{last}{row})=0,"",MIN({first}{row}:{last}{row}))',
                      self.price, lowest)
        proposed = self._put(sheet, row, "proposed", product.proposed, self.price)
        proposed.protection = Protection(locked=False)
        proposed.fill = PatternFill("solid", fgColor="FFF4C2")
        self._proposal(sheet, row, product)

    def _proposal(self, sheet, row: int, product: WorksheetProduct) -> None:
        base = product.prices.get(self.data.default_column_id)
        proposed, volume = f"{self.letter['proposed']}{row}", f"{self.letter['volume']}{row}"
        default = f"{self.letter[f'column:{self.data.default_column_id}']}{row}" if self.data.default_column_id \
            else None
        if default is None:
            return
        empty = f'OR({proposed}="",{default}="",{default}=0)'
        change = product.proposed / base - 1 if product.proposed is not None and base else None
        effect = _rounded((product.proposed - base) * product.volume, self.digits) if change is not None else None
        self._put(sheet, row, "change", f'=IF({empty},"",{proposed}/{default}-1)', PERCENT_FORMAT, change)
        self._put(sheet, row, "effect", f'=IF({empty},"",ROUND(({proposed}-{default})*{volume},{self.digits}))',
                  self.money, effect)

    def _totals(self, sheet, row: int) -> None:
        from openpyxl.styles import Font

        first, last = HEADER_ROW + 1, max(row - 1, HEADER_ROW + 1)
        self._put(sheet, row, "sku", self.t["total"]).font = Font(bold=True)
        revenue = sum((p.revenue for p in self.data.products), Decimal(0))
        effect = sum((self.cached.get(f"{self.letter['effect']}{r}", Decimal(0))
                      for r in range(first, row)), Decimal(0))
        for name, value in (("revenue", revenue), ("effect", effect)):
            letter = self.letter[name]
            cell = self._put(sheet, row, name, f"=ROUND(SUM({letter}{first}:{letter}{last}),{self.digits})", self.money,
                             value)
            cell.font = Font(bold=True)
        ratio = f'=IF({self.letter["revenue"]}{row}=0,"",{self.letter["effect"]}{row}/{self.letter["revenue"]}{row})'
        cell = self._put(sheet, row, "change", ratio, PERCENT_FORMAT, effect / revenue if revenue else None)
        cell.font = Font(bold=True)

    def _layout(self, sheet) -> None:
        widths = {"sku": 14, "product": 40, "unit": 7}
        for name, letter in self.letter.items():
            sheet.column_dimensions[letter].width = widths.get(name, 15)
        sheet.row_dimensions[HEADER_ROW].height = 45
        sheet.freeze_panes = f"D{HEADER_ROW + 1}"
        sheet.protection.sheet = True
        sheet.protection.formatColumns = False  # widths may be changed on a protected sheet
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _rounded(value: Decimal, digits: int) -> Decimal:
    return Decimal(value).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
