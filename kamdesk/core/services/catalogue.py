"""The catalogue: products, categories, price-list columns, prices and promotions.

Prices of a derived column are computed from its base column (recursively),
never stored; the promotions that apply to a product for a client on a day
are looked up here and handed to the pricing engine as PromotionTerms.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import (
    Category,
    Client,
    Price,
    PriceColumn,
    Product,
    Promotion,
    PromotionAudience,
    PromotionTarget,
)
from kamdesk.core.money import parse_money, round_money
from kamdesk.core.services.company import get_company, require_catalogue_writer
from kamdesk.core.services.pricing import PromotionTerms, best_promotion, derived_price
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried

MAX_DERIVATION_DEPTH = 10


def currency() -> str:
    company = get_company()
    return company.currency if company else "HUF"


# ---------------------------------------------------------------- products and categories

def category_path(name_path: str) -> Category | None:
    """The category "Food / Dairy" (created as needed); None for an empty path."""
    parent = None
    for name in (part.strip() for part in (name_path or "").split("/")):
        if not name:
            continue
        parent, _ = Category.get_or_create(name=name, parent=parent)
    return parent


def category_and_descendants(category_id: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for category in Category.select(Category.id, Category.parent):
        children.setdefault(category.parent_id, []).append(category.id)
    found, pending = set(), [category_id]
    while pending:
        current = pending.pop()
        if current not in found:
            found.add(current)
            pending.extend(children.get(current, []))
    return found


def category_parents() -> dict[int, int | None]:
    return dict(Category.select(Category.id, Category.parent).tuples())


def category_ancestors(category_id: int | None, parents: dict[int, int | None] | None = None) -> list[int]:
    parents = category_parents() if parents is None else parents
    chain = []
    while category_id is not None and category_id not in chain:
        chain.append(category_id)
        category_id = parents.get(category_id)
    return chain


@retried
def save_product(values: dict, product_id: int | None = None, price: Decimal | None = None,
                 first_column: str = "List price") -> Product:
    """Create or change a product; with `price`, also its price in the default column.

    In a catalogue without price columns, the price goes into a new stored
    column named `first_column` (in the user's language; the GUI passes it),
    made the default: the first product is sold at once. All in one transaction.
    """
    require_catalogue_writer()
    errors = {}
    if price is not None:
        problem = _price_problem(price)
        if problem:
            errors["price"] = problem
    sku = (values.get("sku") or "").strip()
    name = (values.get("name") or "").strip()
    text_limits.refuse_too_long(Product, {"sku": sku, "name": name, "unit": (values.get("unit") or "").strip(),
                                          "description": values.get("description") or ""})
    if not sku:
        errors["sku"] = Message("SKU is required.")
    elif Product.select().where((Product.sku == sku) & (Product.id != (product_id or 0))).exists():
        errors["sku"] = Message("Another product has the SKU {sku}.", sku=sku)
    if not name:
        errors["name"] = Message("Product name is required.")
    try:
        vat = Decimal(str(values.get("vat_rate", get_company().default_vat_rate if get_company() else 27)))
    except ArithmeticError:
        vat = Decimal(-1)
    if not Decimal(0) <= vat <= Decimal(100):
        errors["vat_rate"] = Message("VAT rate must be between 0 and 100 %.")
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        product = Product.get_by_id(product_id).expect_version(values.get("row_version")) if product_id else Product()
        if product_id and "vat_rate" not in values:
            vat = product.vat_rate  # an edit keeps what it does not name
        product.sku, product.name, product.vat_rate = sku, name, vat
        product.unit = (values.get("unit") or product.unit or "pc").strip()
        if "category" in values:
            category = values["category"]
            product.category = category_path(category) if isinstance(category, str) else category
        product.active = bool(values.get("active", product.active if product_id else True))
        product.description = values.get("description", product.description or "") or ""
        product.search_text = fold(f"{sku}\n{name}")
        product.save()
        if price is not None:
            column = default_column() or save_price_column(first_column, is_default=True)
            set_price(product.id, column.id, price)
    return product


def get_product(product_id: int) -> Product:
    return Product.get_or_not_found(Product.id == product_id,
                                    Message("There is no product with id {id}.", id=product_id))


# ---------------------------------------------------------------- price columns and prices

@retried
def save_price_column(name: str, base_id: int | None = None, percent: Decimal | str = 0,
                      is_default: bool = False, column_id: int | None = None) -> PriceColumn:
    require_catalogue_writer()
    name = (name or "").strip()
    text_limits.refuse_too_long(PriceColumn, {"name": name})
    errors = {}
    if not name:
        errors["name"] = Message("The price column needs a name.")
    elif PriceColumn.select().where((PriceColumn.name == name) & (PriceColumn.id != (column_id or 0))).exists():
        errors["name"] = Message("A price column called “{name}” exists already.", name=name)
    percent = parse_money(str(percent)) if not isinstance(percent, Decimal) else percent
    if base_id is not None and column_id is not None and column_id in _base_chain(base_id):
        errors["base"] = Message("A price column cannot be derived from itself.")
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        column = PriceColumn.get_by_id(column_id) if column_id else PriceColumn(
            position=(PriceColumn.select().count() + 1))
        column.name, column.base, column.percent = name, base_id, percent if base_id else Decimal(0)
        column.save()
        if is_default or not PriceColumn.select().where(PriceColumn.is_default == True).exists():  # noqa: E712
            set_default_column(column.id)
    return column


def _base_chain(column_id: int | None) -> list[int]:
    bases = dict(PriceColumn.select(PriceColumn.id, PriceColumn.base).tuples())
    chain = []
    while column_id is not None and column_id not in chain and len(chain) < MAX_DERIVATION_DEPTH:
        chain.append(column_id)
        column_id = bases.get(column_id)
    return chain


def set_default_column(column_id: int) -> None:
    require_catalogue_writer()
    with database.atomic():
        PriceColumn.update(is_default=False).execute()
        PriceColumn.update(is_default=True).where(PriceColumn.id == column_id).execute()


def default_column() -> PriceColumn | None:
    return (PriceColumn.select().where(PriceColumn.is_default == True).first()  # noqa: E712
            or PriceColumn.select().order_by(PriceColumn.position, PriceColumn.id).first())


def list_columns() -> list[PriceColumn]:
    return list(PriceColumn.select().order_by(PriceColumn.position, PriceColumn.id))


def set_price(product_id: int, column_id: int, amount: Decimal | None) -> None:
    """Store a product's price in a (not derived) column; None removes it."""
    require_catalogue_writer()
    column = PriceColumn.get_by_id(column_id)
    if column.base_id is not None:
        raise ValidationError({"price": Message("“{column}” is derived from another column: its prices are "
                                                "computed, not typed.", column=column.name)})
    problem = _price_problem(amount) if amount is not None else None
    if problem:
        raise ValidationError({"price": problem})
    if amount is None:
        Price.delete().where((Price.product == product_id) & (Price.column == column_id)).execute()
        return
    (Price.insert(product=product_id, column=column_id, amount=amount)
     .on_conflict(conflict_target=[Price.product, Price.column], update={Price.amount: amount}).execute())


def _price_problem(amount: Decimal) -> Message | None:
    """Why `amount` cannot be stored as a price (money is kept in hundredths), or None."""
    if amount < 0:
        return Message("A price cannot be negative.")
    if amount != round_money(amount):
        return Message("A price can have at most two decimal places.")
    return None


def column_prices(product_ids: list[int], column_id: int) -> dict[int, Decimal]:
    """The prices of `product_ids` in a column (derived columns computed); products without one are left out."""
    chain = _base_chain(column_id)
    columns = {c.id: c for c in PriceColumn.select().where(PriceColumn.id.in_(chain))}
    stored = dict(Price.select(Price.product, Price.amount)
                  .where(Price.product.in_(product_ids) & (Price.column == chain[-1])).tuples())
    prices = {pid: amount if isinstance(amount, Decimal) else Price.amount.python_value(amount)
              for pid, amount in stored.items()}
    money = currency()
    for column_id_ in reversed(chain[:-1]):  # apply each derivation from the stored base upwards
        percent = columns[column_id_].percent
        prices = {pid: derived_price(price, percent, money) for pid, price in prices.items()}
    return prices


def client_column(client: Client) -> PriceColumn | None:
    return client.price_column or default_column()


# ---------------------------------------------------------------- promotions

@retried
def save_promotion(values: dict, product_ids: list[int] = (), category_ids: list[int] = (),
                   client_ids: list[int] = (), segment_ids: list[int] = (), promotion_id: int | None = None
                   ) -> Promotion:
    require_catalogue_writer()
    errors = {}
    name = (values.get("name") or "").strip()
    text_limits.refuse_too_long(Promotion, {"name": name})
    starts, ends = values.get("starts_on"), values.get("ends_on")
    kind = values.get("kind", "percent")
    if not name:
        errors["name"] = Message("The promotion needs a name.")
    if not starts or not ends or ends < starts:
        errors["ends_on"] = Message("The promotion must end on or after its first day.")
    if kind == "percent" and not Decimal(0) < Decimal(str(values.get("percent", 0))) <= Decimal(100):
        errors["percent"] = Message("The percentage must be between 0 and 100.")
    if kind == "bundle" and not (int(values.get("buy_quantity", 0)) > 0 and int(values.get("free_quantity", 0)) > 0):
        errors["buy_quantity"] = Message("“Buy N get M free” needs N and M above zero.")
    if not (product_ids or category_ids):
        errors["targets"] = Message("Choose the products or categories the promotion is for.")
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        promotion = Promotion.get_by_id(promotion_id) if promotion_id else Promotion()
        promotion.name, promotion.starts_on, promotion.ends_on, promotion.kind = name, starts, ends, kind
        promotion.percent = Decimal(str(values.get("percent", 0))) if kind == "percent" else Decimal(0)
        promotion.buy_quantity = int(values.get("buy_quantity", 0)) if kind == "bundle" else 0
        promotion.free_quantity = int(values.get("free_quantity", 0)) if kind == "bundle" else 0
        promotion.active = bool(values.get("active", True))
        promotion.save()
        PromotionTarget.delete().where(PromotionTarget.promotion == promotion).execute()
        PromotionAudience.delete().where(PromotionAudience.promotion == promotion).execute()
        for product_id in product_ids:
            PromotionTarget.create(promotion=promotion, product=product_id)
        for category_id in category_ids:
            PromotionTarget.create(promotion=promotion, category=category_id)
        for client_id in client_ids:
            PromotionAudience.create(promotion=promotion, client=client_id)
        for segment_id in segment_ids:
            PromotionAudience.create(promotion=promotion, segment=segment_id)
    return promotion


def promotions_for(products: list[Product], client: Client, day: dt.date) -> dict[int, PromotionTerms]:
    """The best promotion for each product (by id) that applies to `client` on `day`."""
    running = list(Promotion.select().where((Promotion.active == True) & (Promotion.starts_on <= day)  # noqa: E712
                                            & (Promotion.ends_on >= day)))
    if not running or not products:
        return {}
    ids = [p.id for p in running]
    audience: dict[int, list[PromotionAudience]] = {}
    for row in PromotionAudience.select().where(PromotionAudience.promotion.in_(ids)):
        audience.setdefault(row.promotion_id, []).append(row)
    targets: dict[int, list[PromotionTarget]] = {}
    for row in PromotionTarget.select().where(PromotionTarget.promotion.in_(ids)):
        targets.setdefault(row.promotion_id, []).append(row)
    for_client = [p for p in running if _reaches(audience.get(p.id, []), client)]
    parents = category_parents()  # once for every product of the order
    result = {}
    for product in products:
        categories = set(category_ancestors(product.category_id, parents))
        candidates = [_terms(p) for p in for_client
                      if any(t.product_id == product.id or (t.category_id in categories) for t in targets.get(p.id, []))]
        best = best_promotion(candidates)
        if best is not None:
            result[product.id] = best
    return result


def _reaches(audience: list[PromotionAudience], client: Client) -> bool:
    if not audience:
        return True
    return any(row.client_id == client.id or (row.segment_id and row.segment_id == client.segment_id)
               for row in audience)


def _terms(promotion: Promotion) -> PromotionTerms:
    return PromotionTerms(id=promotion.id, name=promotion.name, kind=promotion.kind, percent=promotion.percent,
                          buy=promotion.buy_quantity, free=promotion.free_quantity)
