"""Observed competitor prices from a spreadsheet: a competitor's price list, a survey of shop shelves.

The four steps of every import (`spreadsheet_import`):

1. `read_table`: the file as a header row (found below a title) and rows of text, .xlsx or .csv in any
   encoding.
2. `auto_mapping`: column → field (competitor, SKU, category, price, currency, observed on, source) from
   headers in English, Hungarian or Russian; the user can correct it.
3. `check_prices`: every row checked, nothing written. The competitor is the one the row names (its name
   in the register, case and accents aside), else the one chosen for the whole file; the item is our
   product by its SKU, else a category by its path ("Élelmiszer / Tejtermék") or its own name; the price
   as people write it ("1 234,50 Ft"; a currency mark beside it counts when no column gives one); the day
   observed, else the day chosen for the file (today unless chosen). A row is rejected with its reason.
   A row equal to a price already recorded (competitor, item, day, price, currency), or to an earlier row
   of the file, is not imported again: importing the same file twice changes nothing.
4. `import_prices`: the new valid rows in one transaction, all or nothing.

Rejected rows are saved with `spreadsheet_import.write_rejected`, to be corrected and imported again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kamdesk.core import text_limits
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Category, Product
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.competitor import Competitor, CompetitorPrice
from kamdesk.core.services import catalogue, spreadsheet_import
from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services.company import current_manager_id
from kamdesk.core.services.competitors import catalogue_paths, clean_price, get_competitor
from kamdesk.core.services.spreadsheet_import import HeaderAliases, Progress, RowCheck, Table, check_mapping
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried, serialized

CHUNK = 500  # values per IN list
BATCH = 500  # rows per INSERT

FIELDS = ("competitor", "sku", "category", "price", "currency", "observed_on", "source")
LABELS: dict[str, str] = {
    "competitor": Message("Competitor"), "sku": Message("SKU"), "category": Message("Category"),
    "price": Message("Price"), "currency": Message("Currency"), "observed_on": Message("Observed on"),
    "source": Message("Source"),
}
ALIASES: dict[str, tuple[str, ...]] = {
    "competitor": ("Rival", "Competitor name", "Versenytárs", "Konkurens", "Versenytárs neve", "Конкурент",
                   "Название конкурента"),
    "sku": ("Item code", "Product code", "Article", "Article number", "Code", "Cikkszám", "Termékkód", "Kód",
            "Cikkszám (SKU)", "Артикул", "Код", "Код товара"),
    "category": ("Product group", "Group", "Kategória", "Termékcsoport", "Csoport", "Категория", "Группа",
                 "Группа товаров"),
    "price": ("Their price", "Unit price", "Net price", "List price", "Ár", "Egységár", "Nettó ár", "Listaár",
              "Versenytárs ára", "Цена", "Цена конкурента", "Цена за единицу"),
    "currency": ("Curr", "Currency code", "Deviza", "Pénznem", "Valuta", "Валюта"),
    "observed_on": ("Date", "Observed", "Seen on", "Dátum", "Megfigyelés dátuma", "Megfigyelve", "Дата",
                    "Дата наблюдения"),
    "source": ("Where", "Seen at", "Forrás", "Hol", "Источник", "Где"),
}
HEADERS = HeaderAliases(FIELDS, LABELS, ALIASES)


def read_table(path: str | Path, header_row: int | None = None) -> Table:
    """A sheet of prices as a `Table`; without `header_row`, the headers are the line with most price fields."""
    return spreadsheet_import.read_table(path, header_row, HEADERS.knows)


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → price field for the headers kamdesk recognises; each field at most once."""
    return HEADERS.auto_mapping(headers)


@dataclass
class PriceLine:
    """A valid row: the price it records (competitor, product or category, price, currency, observed_on, source)."""

    row_number: int
    values: dict
    is_new: bool = True  # not recorded before, nor an earlier row of the file


class PriceCheck(RowCheck[PriceLine]):
    """What `check_prices` found; `import_prices` takes it as it is."""


def check_prices(table: Table, mapping: dict[int, str], competitor_id: int | None = None,
                 observed_on: dt.date | None = None, progress: Progress | None = None) -> PriceCheck:
    """Check every row of a sheet of prices read through `mapping`; nothing is written.

    `competitor_id`: the competitor of the rows that name none; `observed_on`: the day of the rows that
    give none (default: today).
    """
    _require_fields(mapping, competitor_id)
    if competitor_id is not None:
        get_competitor(competitor_id)
    if observed_on is not None and observed_on > dt.date.today():
        raise ValidationError({"observed_on": Message("A price observed on a day still to come cannot be recorded.")})
    lookups = _Lookups(_column(table, mapping, "sku"))
    defaults = {"competitor": competitor_id, "observed_on": observed_on or dt.date.today(),
                "currency": catalogue.currency()}

    def clean(line: int, row: list[str]) -> PriceLine:
        return PriceLine(line, _values(_cells(row, mapping), lookups, defaults))

    check = PriceCheck(total=len(table.rows))
    valid, check.rejected = spreadsheet_import.check_rows(table, mapping, clean, HEADERS.knows, progress=progress)
    check.valid = [line for _number, _row, line in valid]
    _mark_new(check.valid)
    return check


def _require_fields(mapping: dict[int, str], competitor_id: int | None) -> None:
    unknown = sorted(set(mapping.values()) - set(FIELDS))
    if unknown:
        raise ValueError(f"not price fields: {', '.join(unknown)}")
    check_mapping(mapping, LABELS.get, "price", Message("Choose the column that holds the price."),
                  order=FIELDS.index)
    targets = set(mapping.values())
    if not targets & {"sku", "category"}:
        raise ValidationError(Message("Choose the column that holds our product's SKU, or the category."),
                              field="mapping")
    if "competitor" not in targets and competitor_id is None:
        raise ValidationError(Message("Choose the column that holds the competitor, or the competitor whose "
                                      "prices the file holds."), field="mapping")


class _Lookups:
    """The competitors (by folded name), the products the file's SKUs name and the categories, read once."""

    def __init__(self, skus: Iterable[str]):
        self.competitors = {fold(name): cid for cid, name in Competitor.select(Competitor.id, Competitor.name)
                            .tuples()}
        wanted = sorted({sku for sku in skus if sku})
        self.products: dict[str, int] = {}
        for start in range(0, len(wanted), CHUNK):
            self.products.update(Product.select(Product.sku, Product.id)
                                 .where(Product.sku.in_(wanted[start:start + CHUNK])).tuples())
        self.paths = {fold(path): cid for cid, path in catalogue_paths().items()}
        self.names: dict[str, list[int]] = {}
        for cid, name in Category.select(Category.id, Category.name).tuples():
            self.names.setdefault(fold(name), []).append(cid)

    def category(self, text: str, errors: dict) -> int | None:
        key = fold(" / ".join(part.strip() for part in text.split("/")))
        if key in self.paths:
            return self.paths[key]
        found = self.names.get(key, [])
        if len(found) == 1:
            return found[0]
        errors["category"] = (Message("Several categories are called “{name}”: give its path, such as "
                                      "“Food / Dairy”.", name=_shown(text))
                              if found else Message("No category is called “{name}”.", name=_shown(text)))
        return None


def _values(cells: dict[str, str], lookups: _Lookups, defaults: dict) -> dict:
    too_long = text_limits.problems(CompetitorPrice, {"source": cells.get("source", "")})
    if too_long:
        raise ValidationError(too_long)
    errors: dict[str, Message] = {}
    competitor = _competitor(cells.get("competitor", ""), lookups, defaults["competitor"], errors)
    product, category = _item(cells.get("sku", ""), cells.get("category", ""), lookups, errors)
    marks: list[str] = []
    price = entry.clean_amount(cells.get("price", ""), LABELS["price"], "price", errors, marks)
    if price is None and "price" not in errors:
        errors["price"] = Message("The price is missing.")
    elif price is not None:
        clean_price(price, errors)
    currency = (entry.clean_currency(cells["currency"], errors) if cells.get("currency")
                else next((mark for mark in marks if mark), defaults["currency"]))
    observed_on = _day(cells.get("observed_on", ""), defaults["observed_on"], errors)
    if errors:
        raise ValidationError(errors)
    return {"competitor": competitor, "product": product, "category": category, "price": price,
            "currency": currency, "observed_on": observed_on, "source": cells.get("source", "")}


def _competitor(name: str, lookups: _Lookups, default: int | None, errors: dict) -> int | None:
    if not name:
        if default is None:
            errors["competitor"] = Message("The competitor is missing.")
        return default
    found = lookups.competitors.get(fold(name))
    if found is None:
        errors["competitor"] = Message("No competitor is called “{name}”: record it in the register first.",
                                       name=_shown(name))
    return found


def _item(sku: str, category: str, lookups: _Lookups, errors: dict) -> tuple[int | None, int | None]:
    """(product, category) of the row: the product by its SKU, else the category; one of them."""
    if sku:
        product = lookups.products.get(sku)
        if product is None:
            errors["product"] = Message("There is no product with the SKU {sku}.", sku=_shown(sku, 64))
        return product, None
    if category:
        return None, lookups.category(category, errors)
    errors["product"] = Message("The row names neither our product's SKU nor a category.")
    return None, None


def _day(text: str, default: dt.date, errors: dict) -> dt.date | None:
    if not text:
        return default
    problems: dict = {}
    day = entry.clean_date(text, LABELS["observed_on"], "observed_on", problems)
    if problems or day is None:
        errors["observed_on"] = Message("{label}: “{text}” is not a date (use YYYY-MM-DD).",
                                        label=LABELS["observed_on"], text=text[:40])
        return None
    if day > dt.date.today():
        errors["observed_on"] = Message("A price observed on a day still to come cannot be recorded.")
    return day


def _shown(text: str, most: int = 200) -> str:
    """A cell quoted in a reason: never a page of it."""
    return text if len(text) <= most else text[:most] + "…"


def _cells(row: list[str], mapping: dict[int, str]) -> dict[str, str]:
    return {name: (row[column].strip() if column < len(row) else "") for column, name in mapping.items()}


def _column(table: Table, mapping: dict[int, str], name: str) -> list[str]:
    index = next((c for c, target in mapping.items() if target == name), None)
    return [] if index is None else [row[index].strip() for row in table.rows if index < len(row)]


# ---------------------------------------------------------------- what is recorded already

def _key(values: dict) -> tuple:
    return (values["competitor"], values["product"], values["category"], values["observed_on"], values["price"],
            values["currency"])


def _stored_keys(lines: list[PriceLine]) -> set[tuple]:
    """The keys of the prices recorded of the lines' competitors on the lines' days."""
    if not lines:
        return set()
    competitors = sorted({line.values["competitor"] for line in lines})
    days = [line.values["observed_on"] for line in lines]
    query = CompetitorPrice.select(CompetitorPrice.competitor, CompetitorPrice.product, CompetitorPrice.category,
                                   CompetitorPrice.observed_on, CompetitorPrice.price, CompetitorPrice.currency) \
        .where(CompetitorPrice.competitor.in_(competitors) & CompetitorPrice.observed_on.between(min(days), max(days)))
    return {(p.competitor_id, p.product_id, p.category_id, p.observed_on, p.price, p.currency) for p in query}


def _mark_new(lines: list[PriceLine]) -> None:
    """Mark the lines recorded before, or repeating an earlier line of the file, as not new."""
    seen = _stored_keys(lines)
    for line in lines:
        key = _key(line.values)
        line.is_new = key not in seen
        seen.add(key)


# ---------------------------------------------------------------- importing

def import_prices(check: PriceCheck, progress: Progress | None = None) -> int:
    """Record the new valid prices of `check` in one transaction (looked for again as they are written); how many."""
    return _write(check, progress)


@retried
def _write(check: PriceCheck, progress: Progress | None) -> int:
    serialized("competitor price import")  # two imports of one file at once: the second finds the first's rows
    _mark_new(check.valid)
    now, editor = utc_now(), current_manager_id()
    records = [{**line.values, "changed_at": now, "changed_by": editor} for line in check.valid if line.is_new]
    if records:
        text_limits.check_records(CompetitorPrice, records)
        spreadsheet_import.import_all(records, lambda batch: CompetitorPrice.insert_many(batch).execute(), BATCH,
                                      progress)
    return len(records)

