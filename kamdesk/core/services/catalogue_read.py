"""Reading the catalogue for lists and dialogs: products with every column's price, promotions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.core.models import Category, Client, Product, Promotion, PromotionAudience, PromotionTarget, Segment
from kamdesk.core.models.product import UNIT_ALIASES, UNIT_NAMES
from kamdesk.core.services import catalogue
from kamdesk.core.text_fold import fold


@dataclass
class ProductRow:
    id: int
    sku: str
    name: str
    unit: str
    category: str
    vat_rate: Decimal
    active: bool
    prices: dict[int, Decimal]  # column id -> price (derived columns computed)


@dataclass
class PromotionRow:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    kind: str
    percent: Decimal
    buy: int
    free: int
    active: bool
    targets: list[str]  # SKUs and category paths
    audience: list[str]  # client and segment names


@dataclass
class PromotionDetails(PromotionRow):
    products: list[tuple[int, str]] = None  # (id, "SKU   name")
    category_ids: list[int] = None
    clients: list[tuple[int, str]] = None
    segment_ids: list[int] = None


def category_paths() -> dict[int, str]:
    """Every category's full path, "Food / Dairy", by id.

    Here, not with the catalogue's import and export: reading it must not load the spreadsheet writers (openpyxl,
    a tenth of a second the first time the catalogue page opens)."""
    rows = {category_id: (name, parent) for category_id, name, parent in
            Category.select(Category.id, Category.name, Category.parent).tuples()}
    paths: dict[int, str] = {}

    def path(category_id: int, seen: tuple = ()) -> str:
        if category_id in paths:
            return paths[category_id]
        name, parent = rows[category_id]
        text = name if parent is None or parent not in rows or parent in seen else \
            f"{path(parent, (*seen, category_id))} / {name}"
        paths[category_id] = text
        return text

    for category_id in rows:
        path(category_id)
    return paths


def product_units() -> list[str]:

    used = [r[0] for r in Product.select(Product.unit).distinct().order_by(Product.unit).tuples()]
    return sorted(set(used) | set(UNIT_NAMES), key=fold)


def unit_name(unit: str, language: str) -> str:
    """A product's unit as a document in `language` prints it ("pc" → "db" in Hungarian, "шт." in Russian).

    A standard unit is known by its code or by its name in any language (a catalogue typed in
    Hungarian says "db"); any other unit ("karton") prints as it is.
    """
    key = fold(unit).strip().rstrip(".")
    key = UNIT_ALIASES.get(key, key)
    for code, names in UNIT_NAMES.items():
        if key == code or key in {fold(name).rstrip(".") for name in names.values()}:
            return names.get(language, names["en"])
    return unit


def product_ids(text: str = "", category_id: int | None = None, inactive: bool = False) -> list[int]:
    """Products matching `text` (every word in the SKU or name, accents ignored), by SKU."""

    query = Product.select(Product.id)
    for term in fold(text).split():
        query = query.where(Product.search_text.contains(term))
    if category_id is not None:
        query = query.where(Product.category.in_(list(catalogue.category_and_descendants(category_id))))
    if not inactive:
        query = query.where(Product.active == True)  # noqa: E712 (peewee expression)
    return [r[0] for r in query.order_by(Product.sku).tuples()]


def product_rows(ids: list[int], columns: list, paths: dict[int, str]) -> list[ProductRow]:

    if not ids:
        return []
    by_id = {p.id: p for p in Product.select().where(Product.id.in_(ids))}
    prices = {column.id: catalogue.column_prices(ids, column.id) for column in columns}
    return [ProductRow(id=p.id, sku=p.sku, name=p.name, unit=p.unit, category=paths.get(p.category_id, ""),
                       vat_rate=p.vat_rate, active=p.active,
                       prices={cid: prices[cid][p.id] for cid in prices if p.id in prices[cid]})
            for p in (by_id[i] for i in ids if i in by_id)]


def promotion_rows() -> list[PromotionRow]:

    paths = category_paths()
    promotions = list(Promotion.select().order_by(Promotion.ends_on.desc(), Promotion.name))
    targets: dict[int, list[str]] = {}
    target_rows = list(PromotionTarget.select().order_by(PromotionTarget.id))  # as entered, on every database
    skus = dict(Product.select(Product.id, Product.sku)
                .where(Product.id.in_([r.product_id for r in target_rows if r.product_id])).tuples())
    for row in target_rows:
        text = skus.get(row.product_id, "") if row.product_id else paths.get(row.category_id, "")
        targets.setdefault(row.promotion_id, []).append(text)
    audience: dict[int, list[str]] = {}
    audience_rows = list(PromotionAudience.select().order_by(PromotionAudience.id))
    names = dict(Client.select(Client.id, Client.name)
                 .where(Client.id.in_([r.client_id for r in audience_rows if r.client_id])).tuples())
    segments = dict(Segment.select(Segment.id, Segment.name).tuples())
    for row in audience_rows:
        text = names.get(row.client_id, "") if row.client_id else segments.get(row.segment_id, "")
        audience.setdefault(row.promotion_id, []).append(text)
    return [PromotionRow(id=p.id, name=p.name, starts_on=p.starts_on, ends_on=p.ends_on, kind=p.kind,
                         percent=p.percent, buy=p.buy_quantity, free=p.free_quantity, active=p.active,
                         targets=targets.get(p.id, []), audience=audience.get(p.id, []))
            for p in promotions]


def promotion_details(promotion_id: int) -> PromotionDetails:

    p = Promotion.get_by_id(promotion_id)
    products, category_ids, clients, segment_ids = [], [], [], []
    for row in PromotionTarget.select().where(PromotionTarget.promotion == promotion_id).order_by(PromotionTarget.id):
        if row.product_id:
            product = Product.get_by_id(row.product_id)
            products.append((product.id, f"{product.sku}   {product.name}"))
        elif row.category_id:
            category_ids.append(row.category_id)
    for row in (PromotionAudience.select().where(PromotionAudience.promotion == promotion_id)
                .order_by(PromotionAudience.id)):
        if row.client_id:
            clients.append((row.client_id, Client.get_by_id(row.client_id).name))
        elif row.segment_id:
            segment_ids.append(row.segment_id)
    return PromotionDetails(id=p.id, name=p.name, starts_on=p.starts_on, ends_on=p.ends_on, kind=p.kind,
                            percent=p.percent, buy=p.buy_quantity, free=p.free_quantity, active=p.active,
                            targets=[], audience=[], products=products, category_ids=category_ids,
                            clients=clients, segment_ids=segment_ids)
