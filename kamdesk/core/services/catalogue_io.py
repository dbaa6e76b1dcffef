"""Price lists in and out of spreadsheets: import a company's price list, export the catalogue.

A price list has one row per product and one column per price type, as
suppliers and head offices send them. Import is four steps, like the client
import (`party_io`), each a function the GUI dialog and the CLI call:

1. `read_table` (`spreadsheet_import`'s, with the headers of a price list): the first
   sheet of an .xlsx, or a CSV in whatever encoding and delimiter, as a
   header row (found below a title) and rows of text.
2. `auto_mapping`: column → target. Targets are the product fields
   (`PRODUCT_FIELDS`: SKU, name, unit, category, VAT rate, active) and
   price columns, written "price:<column name>". A header names a price
   column when it is the column's name (case, accents and spaces ignored; a
   remark in brackets after it too). A header that names no column but reads
   like a price ("Akciós ár", "Export price", "Цена опт") is offered as a new
   price column to create. Derived columns ("Nagyker (Listaár −8 %)" in an
   export) are left unmapped: their prices are computed, never imported.
3. `check_price_list`: every row checked, nothing written. Rejected rows
   carry the reason: no SKU, the SKU twice in the file, no name for a new
   product, a VAT rate or price that is not a number, a negative price, a
   price in a derived column.
4. `import_price_list`: all or nothing, in one transaction. A file with a
   rejected row imports nothing. Products are matched by SKU: new ones are
   created, existing ones updated with the cells the file has (an empty cell,
   or a column not mapped, leaves the value as it is; so does an empty price
   cell). Products that are not in the file are not touched.

Numbers are read as people write them: "1 234,50", "1.234,50", "1234.5 Ft";
a VAT rate as "27", "27 %" or, from a cell formatted as a percentage, 0.27.

`export_catalogue` writes every product with all price columns, derived
ones computed and marked in the header ("Nagyker (Listaár −8 %)"), with
headers that `auto_mapping` recognises, so an exported file imports back
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from peewee import EXCLUDED

from kamdesk.core import text_limits
from kamdesk.core.db import database, refresh_statistics
from kamdesk.core.documents.client_sheet import write_csv, write_xlsx
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.messages import Message, joined
from kamdesk.core.models import Category, Price, PriceColumn, Product
from kamdesk.core.money import parse_money, to_minor
from kamdesk.core.services import catalogue, spreadsheet_import
from kamdesk.core.services.catalogue_read import category_paths
from kamdesk.core.services.company import get_company, require_catalogue_writer
from kamdesk.core.services.party import TRUE_WORDS
from kamdesk.core.services.spreadsheet_import import (
    HeaderAliases,
    Progress,
    RowProblem,
    Table,
    bare_header,
    check_mapping,
    header_key,
)
from kamdesk.core.text_fold import fold

__all__ = [
    "FIELD_LABELS", "PRICE_PREFIX", "PRODUCT_FIELDS", "PriceListCheck", "PriceListRow", "RowProblem", "Table",
    "auto_mapping", "check_price_list", "column_header", "export_catalogue", "import_price_list",
    "mapping_targets", "read_table",
]

PRODUCT_FIELDS = ("sku", "name", "unit", "category", "vat_rate", "active")
PRICE_PREFIX = "price:"
FIELD_LABELS: dict[str, str] = {
    "sku": Message("SKU"), "name": Message("Product name"), "unit": Message("Unit"),
    "category": Message("Category"), "vat_rate": Message("VAT rate"), "active": Message("Active"),
}
# Header words per field, beside its English label and its own name; compared folded, without spaces.
ALIASES: dict[str, tuple[str, ...]] = {
    "sku": ("Item number", "Item no", "Item code", "Article number", "Article no", "Product code", "Code", "Ref",
            "Cikkszám", "Cikkszam", "Cikk", "Termékkód", "Kód", "Azonosító", "Артикул", "Код", "Код товара"),
    "name": ("Name", "Product", "Item", "Description", "Item name", "Megnevezés", "Termék", "Terméknév",
             "Termék neve", "Név", "Cikk megnevezése", "Наименование", "Название", "Товар", "Наименование товара"),
    "unit": ("UOM", "Unit of measure", "Mértékegység", "Me", "Menny egység", "Egység", "Единица", "Ед изм",
             "Единица измерения"),
    "category": ("Group", "Product group", "Category path", "Kategória", "Termékcsoport", "Csoport",
                 "Termékkategória", "Категория", "Группа", "Группа товаров"),
    "vat_rate": ("VAT", "VAT %", "Tax rate", "Tax", "ÁFA", "Áfa %", "ÁFA kulcs", "Áfakulcs", "Áfa kulcs",
                 "НДС", "Ставка НДС", "НДС %"),
    "active": ("Enabled", "In catalogue", "Aktív", "Forgalmazott", "Активен", "Активный"),
}
# Words that make an unknown header a price column ("Akciós ár", "Export price", "Цена опт").
PRICE_WORDS = frozenset({"price", "prices", "pricelist", "ar", "arak", "arlista", "listaar", "egysegar", "nettoar",
                         "nagykerar", "akciosar", "fogyasztoiar", "cena", "цена", "цены", "preis", "prix", "huf",
                         "ft", "eur", "rub", "руб"})
CURRENCY_MARKS = re.compile(r"(?i)\s*(ft\.?|huf|eur|€|rub|руб\.?|₽|czk|kč|pln|zł)\s*")
YES_WORDS = frozenset(fold(w) for w in TRUE_WORDS | {"active", "aktiv", "активен", "активный"})
NO_WORDS = frozenset({"0", "false", "no", "n", "nem", "hamis", "нет", "н", "-", "inactive", "inaktiv", "неактивен"})
MAX_PRICE = Decimal(10) ** 12
BATCH = 300
PAGE = 500  # products per export page (and ids per IN list)


# ---------------------------------------------------------------- mapping

_FIELDS = HeaderAliases(PRODUCT_FIELDS, FIELD_LABELS, ALIASES)


def read_table(path: str | Path, header_row: int | None = None) -> Table:
    """A price list as a `Table`; without `header_row`, the headers are the line with most product
    fields and stored price columns among the first lines (a title above them is passed over)."""
    @cache
    def columns() -> set[str]:  # read once, and only when the file could be read
        return {header_key(c.name) for c in catalogue.list_columns()}

    def known_header(text: str) -> bool:
        return _FIELDS.knows(text) or any(key and key in columns() for key in map(header_key, (text, bare_header(text))))

    return spreadsheet_import.read_table(path, header_row, known_header)


def column_header(column: PriceColumn, columns: dict[int, PriceColumn]) -> str:
    """The export header of a price column: its name, and for a derived one what it is derived from."""
    if column.base_id is None:
        return column.name
    base = columns.get(column.base_id)
    percent = column.percent
    sign = "−" if percent < 0 else "+"
    number = str(plain_number(abs(percent)))
    return f"{column.name} ({base.name if base else '?'} {sign}{number} %)"


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → target for the headers kamdesk recognises; each target at most once.

    Targets: a name of `PRODUCT_FIELDS`, or "price:<name>" for a price column
    (existing, or new when the header reads like a price). Derived columns
    stay unmapped.
    """
    columns = {header_key(c.name): c for c in catalogue.list_columns()}
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        target = _target(header or "", columns)
        if target and target not in used:
            mapping[index] = target
            used.add(target)
    return mapping


def _target(header: str, columns: dict[str, PriceColumn]) -> str | None:
    for text in dict.fromkeys((header, bare_header(header))):
        key = header_key(text)
        if not key:
            continue
        column = columns.get(key)
        if column is not None:
            return None if column.base_id is not None else PRICE_PREFIX + column.name
        if key in _FIELDS.index:
            return _FIELDS.index[key]
    words = {w for w in re.split(r"[\W_]+", fold(header)) if w}
    if words & PRICE_WORDS:
        return PRICE_PREFIX + " ".join(header.split())
    return None


def mapping_targets() -> list[tuple[str, str]]:
    """(target, label) of everything a column can be mapped to: product fields, then stored price columns."""
    targets = [(name, FIELD_LABELS[name]) for name in PRODUCT_FIELDS]
    targets += [(PRICE_PREFIX + c.name, Message("Price: {column}", column=c.name))
                for c in catalogue.list_columns() if c.base_id is None]
    return targets


# ---------------------------------------------------------------- checking

@dataclass
class PriceListRow:
    """A valid row: the product values the file gives (only those) and its prices by column name."""

    row_number: int
    sku: str
    values: dict  # some of name, unit, category (a path "Food / Dairy"), vat_rate (Decimal), active (bool)
    prices: dict[str, Decimal]
    is_new: bool  # no product has this SKU (when checked)


@dataclass
class PriceListCheck:
    """What `check_price_list` found; `import_price_list` takes it as it is."""

    valid: list[PriceListRow] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    new_columns: list[str] = field(default_factory=list)  # price headers that name no column: create on import?
    total: int = 0

    @property
    def new_products(self) -> int:
        return sum(1 for row in self.valid if row.is_new)


def check_price_list(table: Table, mapping: dict[int, str], progress: Progress | None = None) -> PriceListCheck:
    """Check every row of `table` read through `mapping`; nothing is written."""
    _check_mapping(mapping)
    columns = {c.name: c for c in catalogue.list_columns()}
    by_key = {header_key(name): column for name, column in columns.items()}
    price_targets: dict[int, tuple[str, PriceColumn | None]] = {}
    check = PriceListCheck(total=len(table.rows))
    for index, target in mapping.items():
        if target.startswith(PRICE_PREFIX):
            name = target[len(PRICE_PREFIX):]
            column = columns.get(name) or by_key.get(header_key(name))
            price_targets[index] = (column.name if column else name, column)
            if column is None and name not in check.new_columns:
                check.new_columns.append(name)
    existing = _existing_skus([row[i] for row in table.rows for i, t in mapping.items() if t == "sku"])
    fields = {target: index for index, target in mapping.items() if not target.startswith(PRICE_PREFIX)}
    clean = _row_check(fields, price_targets, columns, existing)
    valid, check.rejected = spreadsheet_import.check_rows(
        table, mapping, clean, lambda text: _target(text, by_key) is not None, progress=progress, every=500)
    check.valid = [row for _number, _cells, row in valid]
    return check


def _row_check(fields: dict[str, int], price_targets: dict[int, tuple[str, PriceColumn | None]],
               columns: dict[str, PriceColumn], existing: set[str]) -> Callable[[int, list[str]], PriceListRow]:
    """The check of one row: its PriceListRow, or a ValidationError with every problem it has."""
    first_row: dict[str, int] = {}

    def clean(number: int, row: list[str]) -> PriceListRow:
        problems: list[str] = []
        cell = {name: row[index].strip() if index < len(row) else "" for name, index in fields.items()}
        too_long = _too_long(cell)
        if too_long:
            raise ValidationError(joined(too_long))
        sku = cell.get("sku", "")
        if not sku:
            problems.append(Message("The SKU is missing."))
        elif sku in first_row:
            problems.append(Message("SKU {sku} is already in row {row} of this file.", sku=sku, row=first_row[sku]))
        else:
            first_row[sku] = number
        is_new = sku not in existing
        values = _product_values(cell, sku, is_new, problems)
        prices = _row_prices(row, price_targets, columns, problems)
        if problems:
            raise ValidationError(joined(problems))
        return PriceListRow(number, sku, values, prices, is_new)

    return clean


def _too_long(cell: dict[str, str]) -> list[str]:
    """What is too long in a row: a product's text, or a category of its path; checked before anything else."""
    found = text_limits.problems(Product, {name: cell[name] for name in ("sku", "name", "unit") if name in cell})
    for part in category_text(cell.get("category", "")).split("/"):
        found.update(text_limits.problems(Category, {"name": part.strip()}))
    return list(found.values())


def _product_values(cell: dict[str, str], sku: str, is_new: bool, problems: list[str]) -> dict:
    values: dict = {}
    if cell.get("name"):
        values["name"] = cell["name"]
    elif sku and is_new:
        problems.append(Message("The product name is missing (the SKU {sku} is new).", sku=sku))
    if cell.get("unit"):
        values["unit"] = cell["unit"]
    if cell.get("category"):
        values["category"] = category_text(cell["category"])
    if cell.get("vat_rate"):
        rate = parse_vat(cell["vat_rate"])
        if rate is None:
            problems.append(Message("VAT rate “{text}” is not a number between 0 and 100.", text=cell["vat_rate"]))
        values["vat_rate"] = rate
    if cell.get("active"):
        word = fold(cell["active"])
        if word in YES_WORDS or word in NO_WORDS:
            values["active"] = word in YES_WORDS
        else:
            problems.append(Message("Active “{text}” must be yes or no.", text=cell["active"]))
    return values


def _row_prices(row: list[str], price_targets: dict[int, tuple[str, PriceColumn | None]],
                columns: dict[str, PriceColumn], problems: list[str]) -> dict[str, Decimal]:
    prices: dict[str, Decimal] = {}
    for index, (name, column) in price_targets.items():
        text = row[index].strip() if index < len(row) else ""
        if not text:
            continue
        if column is not None and column.base_id is not None:
            base = next((c.name for c in columns.values() if c.id == column.base_id), "?")
            problems.append(Message("“{column}” is derived from “{base}”: its prices are computed, "
                                    "not imported.", column=name, base=base))
            continue
        amount, problem = _price(text, name)
        if problem:
            problems.append(problem)
        else:
            prices[name] = amount
    return prices


def _check_mapping(mapping: dict[int, str]) -> None:
    unknown = sorted(t for t in mapping.values() if t not in PRODUCT_FIELDS and not t.startswith(PRICE_PREFIX))
    if unknown:
        raise ValueError(f"not price list targets: {', '.join(unknown)}")
    check_mapping(mapping, lambda t: FIELD_LABELS.get(t, t[len(PRICE_PREFIX):]), "sku",
                  Message("Choose the column that holds the SKU."))


def _existing_skus(skus: list[str]) -> set[str]:
    wanted = sorted({s.strip() for s in skus if s and s.strip()})
    found: set[str] = set()
    for start in range(0, len(wanted), PAGE):
        chunk = wanted[start:start + PAGE]
        found.update(sku for (sku,) in Product.select(Product.sku).where(Product.sku.in_(chunk)).tuples())
    return found


def category_text(text: str) -> str:
    """A category path as kamdesk writes it: "Food > Dairy", "Food/Dairy" → "Food / Dairy"."""
    return " / ".join(part.strip() for part in re.split(r"[/>]", text) if part.strip())


def parse_vat(text: str) -> Decimal | None:
    """A VAT rate from "27", "27 %", "5,5" or a percentage cell's 0.27; None when it is no rate."""
    cleaned = text.replace("%", "").strip()
    try:
        rate = parse_money(cleaned)
    except ValueError:
        return None
    if Decimal(0) < rate < Decimal(1) and "%" not in text:
        rate *= 100  # a cell formatted as a percentage holds 0.27
    if not Decimal(0) <= rate <= Decimal(100) or rate != rate.quantize(Decimal("0.01")):
        return None
    return rate


def _price(text: str, column: str) -> tuple[Decimal | None, str | None]:
    cleaned = CURRENCY_MARKS.sub("", text)
    try:
        amount = parse_money(cleaned)
    except ValueError:
        return None, Message("“{column}”: “{text}” is not a price.", column=column, text=text)
    if amount < 0:
        return None, Message("“{column}”: a price cannot be negative ({text}).", column=column, text=text)
    if amount >= MAX_PRICE:
        return None, Message("“{column}”: “{text}” is not a price.", column=column, text=text)
    try:
        to_minor(amount)
    except ValueError:
        return None, Message("“{column}”: {text} has more than two decimal places.", column=column, text=text)
    return amount, None


# ---------------------------------------------------------------- importing

def import_price_list(check: PriceListCheck, create_columns: list[str] = (),
                      progress: Progress | None = None) -> tuple[int, int]:
    """Create and update the products of `check` and set their prices, in one transaction: (created, updated).

    `create_columns`: which of `check.new_columns` to create (as stored
    columns); the prices of new columns not chosen are not imported.
    `updated` counts the existing products the file changed (a value or a price).
    """
    require_catalogue_writer()
    if check.rejected:
        raise KamdeskError(Message("Rows of the price list with errors: {count}. Nothing was imported; "
                                   "correct them and check the file again.", count=len(check.rejected)))
    unknown = [name for name in create_columns if name not in check.new_columns]
    if unknown:
        raise ValueError(f"not new columns of this price list: {', '.join(unknown)}")
    rows = check.valid
    with database.atomic():
        for name in create_columns:
            catalogue.save_price_column(name)
        columns = {c.name: c for c in catalogue.list_columns()}
        wanted = {name for row in rows for name in row.prices}
        for name in sorted(wanted):
            column = columns.get(name)
            if column is None and name in check.new_columns:
                continue  # a new column the user chose not to create
            if column is None or column.base_id is not None:
                raise KamdeskError(Message("The price column “{column}” was changed since the file was checked. "
                                           "Check the file again.", column=name))
        existing = _products_by_sku([row.sku for row in rows])
        categories = _CategoryCache()
        created = _create_products([row for row in rows if row.sku not in existing], categories)
        changed = _update_products([row for row in rows if row.sku in existing], existing, categories)
        ids = {**{sku: values["id"] for sku, values in existing.items()}, **created}
        changed |= _set_prices(rows, ids, columns, progress)
    if len(rows) >= 1000:
        refresh_statistics()
    return len(created), len(changed - set(created.values()))


def _products_by_sku(skus: list[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    wanted = sorted(set(skus))
    for start in range(0, len(wanted), PAGE):
        query = (Product.select(Product.id, Product.sku, Product.name, Product.unit, Product.category,
                                Product.vat_rate, Product.active)
                 .where(Product.sku.in_(wanted[start:start + PAGE])).dicts())
        found.update({row["sku"]: row for row in query})
    return found


class _CategoryCache:
    """Category path → id, creating the missing categories (and their parents) once each."""

    def __init__(self):
        self.ids: dict[tuple[int | None, str], int] = {
            (parent, fold(name)): category_id
            for category_id, name, parent in Category.select(Category.id, Category.name, Category.parent).tuples()}
        self.paths: dict[str, int | None] = {}

    def id_of(self, path: str) -> int | None:
        if path not in self.paths:
            parent = None
            for name in (part.strip() for part in path.split("/")):
                if not name:
                    continue
                key = (parent, fold(name))
                if key not in self.ids:
                    self.ids[key] = Category.create(name=name, parent=parent).id
                parent = self.ids[key]
            self.paths[path] = parent
        return self.paths[path]


def _create_products(rows: list[PriceListRow], categories: _CategoryCache) -> dict[str, int]:
    if not rows:
        return {}
    company = get_company()
    default_vat = company.default_vat_rate if company else Decimal(27)
    records = []
    for row in rows:
        values = row.values
        if not values.get("name"):
            raise KamdeskError(Message("The product {sku} was deleted since the file was checked. "
                                       "Check the file again.", sku=row.sku))
        records.append({
            "sku": row.sku, "name": values["name"], "unit": values.get("unit") or "pc",
            "category": categories.id_of(values["category"]) if values.get("category") else None,
            "vat_rate": values.get("vat_rate", default_vat), "active": values.get("active", True),
            "description": "", "search_text": fold(f"{row.sku}\n{values['name']}"),
        })
    text_limits.check_records(Product, records)
    for start in range(0, len(records), BATCH):
        Product.insert_many(records[start:start + BATCH]).execute()
    return {sku: values["id"] for sku, values in _products_by_sku([row.sku for row in rows]).items()}


def _update_products(rows: list[PriceListRow], existing: dict[str, dict], categories: _CategoryCache) -> set[int]:
    changed: set[int] = set()
    for row in rows:
        current = existing[row.sku]
        update = {}
        for name in ("name", "unit", "vat_rate", "active"):
            if name in row.values and row.values[name] != current[name]:
                update[name] = row.values[name]
        if "category" in row.values:
            category = categories.id_of(row.values["category"])
            if category != current["category"]:
                update["category"] = category
        if "name" in update:
            update["search_text"] = fold(f"{row.sku}\n{update['name']}")
        if update:
            text_limits.check_records(Product, [update])
            Product.update(update).where(Product.id == current["id"]).execute()
            changed.add(current["id"])
    return changed


def _set_prices(rows: list[PriceListRow], ids: dict[str, int], columns: dict[str, PriceColumn],
                progress: Progress | None) -> set[int]:
    """Upsert the prices; the ids of products whose price changed."""
    wanted = [(ids[row.sku], columns[name].id, amount) for row in rows for name, amount in row.prices.items()
              if name in columns]
    product_ids = sorted({product for product, _, _ in wanted})
    stored: dict[tuple[int, int], Decimal] = {}
    for start in range(0, len(product_ids), PAGE):
        query = Price.select(Price.product, Price.column, Price.amount).where(
            Price.product.in_(product_ids[start:start + PAGE]))
        stored.update({(product, column): amount for product, column, amount in query.tuples()})
    changes = [(product, column, amount) for product, column, amount in wanted
               if stored.get((product, column)) != amount]
    for start in range(0, len(changes), BATCH):
        batch = [{"product": p, "column": c, "amount": a} for p, c, a in changes[start:start + BATCH]]
        (Price.insert_many(batch)
         .on_conflict(conflict_target=[Price.product, Price.column], update={Price.amount: EXCLUDED.amount})
         .execute())
        if progress:
            progress(min(start + BATCH, len(changes)), len(changes))
    return {product for product, _, _ in changes}


# ---------------------------------------------------------------- exporting

EXPORT_HEADERS = ("SKU", "Product name", "Unit", "Category", "VAT rate", "Active")


def export_catalogue(path: str | Path, progress: Progress | None = None) -> int:
    """Every product with all price columns (derived ones computed) to .xlsx or .csv; how many products."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise KamdeskError(Message("The catalogue can be exported to .xlsx or .csv, not to “{file}”.",
                                   file=path.name))
    columns = catalogue.list_columns()
    by_id = {c.id: c for c in columns}
    headers = [*EXPORT_HEADERS, *(column_header(c, by_id) for c in columns)]
    rows = _export_rows(columns, progress)
    if suffix == ".xlsx":
        types = ["text", "text", "text", "text", "number", "text", *["money"] * len(columns)]
        return write_xlsx(path, headers, rows, types, title="Catalogue")
    return write_csv(path, headers, rows)


def _export_rows(columns: list[PriceColumn], progress: Progress | None) -> Iterator[list]:
    paths = category_paths()
    ids = [product_id for (product_id,) in Product.select(Product.id).order_by(Product.sku).tuples()]
    total = len(ids)
    for start in range(0, total, PAGE):
        page = ids[start:start + PAGE]
        prices = [catalogue.column_prices(page, column.id) for column in columns]
        products = {p.id: p for p in Product.select(Product.id, Product.sku, Product.name, Product.unit,
                                                     Product.category, Product.vat_rate, Product.active)
                    .where(Product.id.in_(page))}
        for product_id in page:
            product = products.get(product_id)
            if product is None:
                continue
            yield [product.sku, product.name, product.unit, paths.get(product.category_id, ""),
                   plain_number(product.vat_rate), "Yes" if product.active else "No",
                   *(column_prices.get(product_id) for column_prices in prices)]
        if progress:
            progress(min(start + PAGE, total), total)


def plain_number(value: Decimal) -> int | Decimal:
    """27.00 → 27, 5.50 → 5.5: a rate as people write it (never "2E+1")."""
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()


