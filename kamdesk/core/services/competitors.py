"""Competitors: the register, who supplies what share of a client's purchases, observed prices and actions.

Every change is checked (text limits first, then the values) before anything is written, and is one
transaction. `price_comparison` sets each observed price (the latest per competitor and product, or
category) beside our price columns for the product (derived columns computed, `catalogue.column_prices`),
with the difference from our default column in percent; a price in another currency than the
catalogue's is listed without a difference (no rate is guessed); `comparison` is the same per product (then per
category): our columns, and each competitor's latest price beside them, narrowed to a competitor or a category.
Observed prices and actions are changed (over the version the form loaded) and deleted; a competitor only while
nothing is recorded of it. `complete_with_action` completes an activity and records the competitor action seen in
it in one transaction. Importing observed prices from a spreadsheet is `competitor_io`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, Category, Client, Product
from kamdesk.core.models.company import ROLE_ADMIN
from kamdesk.core.models.competitor import (
    ACTION_KINDS,
    Competitor,
    CompetitorAction,
    CompetitorPrice,
    CompetitorSupply,
)
from kamdesk.core.money import parse_money, round_money
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import catalogue
from kamdesk.core.services import company as company_service
from kamdesk.core.services.company import require_role
from kamdesk.core.transactions import retried

HUNDRED = Decimal(100)


@dataclass
class CompetitorRow:
    id: int
    name: str
    notes: str
    clients: int  # clients it supplies (that the user sees)
    prices: int
    actions: int


@dataclass
class SupplyRow:
    id: int
    competitor: str
    category: str  # "" = overall
    share: Decimal


@dataclass
class PriceRow:
    id: int
    competitor: str
    product_id: int | None
    item: str  # "SKU  name" of the product, or the category's path
    price: Decimal
    currency: str
    observed_on: dt.date
    source: str
    ours: dict[int, Decimal]  # our column id -> price of the product
    difference: Decimal | None  # (their price - our default column's) / ours × 100, one decimal


@dataclass
class ActionRow:
    id: int
    competitor: str
    client: str
    kind: str
    description: str
    observed_on: dt.date
    activity_id: int | None
    competitor_id: int = 0
    row_version: int = 0


def get_competitor(competitor_id: int) -> Competitor:
    return Competitor.get_or_not_found(Competitor.id == competitor_id,
                                       Message("There is no competitor with id {id}.", id=competitor_id))


# ---------------------------------------------------------------- the register
@retried
def save_competitor(values: dict, competitor_id: int | None = None) -> Competitor:
    """Record a competitor or change one: `values` name, notes, row_version; what is not given keeps its value."""
    competitor = get_competitor(competitor_id) if competitor_id else Competitor(name="", notes="")
    texts = {name: (values[name] if name in values else getattr(competitor, name)) or "" for name in ("name", "notes")}
    text_limits.refuse_too_long(Competitor, texts)
    name = " ".join(texts["name"].split())
    if not name:
        raise ValidationError({"name": Message("Give the competitor's name.")})
    if Competitor.select().where((Competitor.name == name) & (Competitor.id != (competitor_id or 0))).exists():
        raise ValidationError({"name": Message("There is already a competitor called {name}.", name=name)})
    competitor.expect_version(values.get("row_version"))
    competitor.name, competitor.notes = name, texts["notes"].strip()
    competitor.save()
    return competitor


@retried
def delete_competitor(competitor_id: int) -> None:
    """Delete a competitor nothing names; one with prices, actions or shares of clients is refused in words.

    On the team server only an administrator, who sees every row: a price, action or share the deleting user
    could not see would otherwise go with the competitor (the database deletes what names it).
    """
    require_role((ROLE_ADMIN,), Message("On the team server only an administrator can delete a competitor."))
    competitor = get_competitor(competitor_id)
    if company_service.on_server():  # a price being recorded meanwhile waits, and then finds no competitor
        Competitor.select(Competitor.id).where(Competitor.id == competitor_id).for_update().execute()
    prices, actions, shares = (model.select().where(model.competitor == competitor_id).count()
                               for model in (CompetitorPrice, CompetitorAction, CompetitorSupply))
    if prices or actions or shares:
        raise KamdeskError(Message(
            "{name} cannot be deleted: {prices} observed prices, {actions} actions and {shares} shares of clients' "
            "purchases are recorded of it. Delete those first, or keep the competitor.", name=competitor.name,
            prices=prices, actions=actions, shares=shares))
    competitor.delete_instance()


def competitor_rows() -> list[CompetitorRow]:
    """Every competitor by name, with how many clients, prices and actions the user sees of it."""
    counts = {model: _counts(model) for model in (CompetitorPrice, CompetitorAction)}
    clients = _client_counts()
    return [CompetitorRow(id=c.id, name=c.name, notes=c.notes, clients=clients.get(c.id, 0),
                          prices=counts[CompetitorPrice].get(c.id, 0), actions=counts[CompetitorAction].get(c.id, 0))
            for c in Competitor.select().order_by(Competitor.name)]


def _counts(model) -> dict[int, int]:
    return dict(model.select(model.competitor, fn.COUNT(model.id)).group_by(model.competitor).tuples())


def _client_counts() -> dict[int, int]:
    field = fn.COUNT(CompetitorSupply.client.distinct())
    return dict(CompetitorSupply.select(CompetitorSupply.competitor, field)
                .group_by(CompetitorSupply.competitor).tuples())


# ---------------------------------------------------------------- shares of clients' purchases
@retried
def save_supply(client_id: int, competitor_id: int, share, category_id: int | None = None) -> CompetitorSupply:
    """Set a competitor's estimated share (0-100 %) of a client's purchases of a category (None: overall)."""
    value = _share(share)
    client = Client.get_or_not_found(Client.id == client_id, Message("There is no client with id {id}.", id=client_id))
    competitor = get_competitor(competitor_id)
    category = _category(category_id)
    supply = (CompetitorSupply.get_or_none((CompetitorSupply.client == client) & (CompetitorSupply.competitor == competitor)
                                           & _is(CompetitorSupply.category, category_id))
              or CompetitorSupply(client=client, competitor=competitor, category=category))
    supply.share = value
    supply.save()
    return supply


def _share(share) -> Decimal:
    try:
        value = share if isinstance(share, Decimal) else parse_money(str(share))
    except (ValueError, ArithmeticError):
        value = None
    if value is None or not Decimal(0) <= value <= HUNDRED:
        raise ValidationError({"share": Message("A share is a percentage from 0 to 100.")})
    return round_money(value)


def _category(category_id: int | None) -> Category | None:
    if category_id is None:
        return None
    return Category.get_or_not_found(Category.id == category_id,
                                     Message("There is no category with id {id}.", id=category_id))


def _is(field, value):
    return field.is_null() if value is None else field == value


@retried
def remove_supply(supply_id: int) -> None:
    CompetitorSupply.delete().where(CompetitorSupply.id == supply_id).execute()


def client_supplies(client_id: int) -> list[SupplyRow]:
    """Who supplies the client what share: overall first, then by category, biggest share first."""
    paths = catalogue_paths()
    query = (CompetitorSupply.select(CompetitorSupply, Competitor).join(Competitor)
             .where(CompetitorSupply.client == client_id))
    rows = [SupplyRow(id=s.id, competitor=s.competitor.name, category=paths.get(s.category_id, ""), share=s.share)
            for s in query]
    return sorted(rows, key=lambda r: (r.category != "", r.category, -r.share, r.competitor))


def catalogue_paths() -> dict[int, str]:
    from kamdesk.core.services.catalogue_read import category_paths

    return category_paths()


# ---------------------------------------------------------------- observed prices
@retried
def record_price(values: dict) -> CompetitorPrice:
    """Record a price seen: competitor_id, product_id (or the product's SKU as typed, product_sku) or
    category_id, price, currency, observed_on, source."""
    return CompetitorPrice.create(**_price_fields(values))


@retried
def update_price(price_id: int, values: dict) -> CompetitorPrice:
    """Change an observed price: the values `record_price` takes, all of them, and the row_version the form loaded."""
    seen = get_price(price_id)
    fields = _price_fields(values)
    seen.expect_version(values.get("row_version"))
    for name, value in fields.items():
        setattr(seen, name, value)
    seen.save()
    return seen


@retried
def delete_price(price_id: int) -> None:
    CompetitorPrice.delete().where(CompetitorPrice.id == price_id).execute()


def get_price(price_id: int) -> CompetitorPrice:
    return CompetitorPrice.get_or_not_found(CompetitorPrice.id == price_id,
                                            Message("There is no observed price with id {id}.", id=price_id))


def _price_fields(values: dict) -> dict:
    """The checked fields of an observed price; every refusal at once."""
    text_limits.refuse_too_long(CompetitorPrice, {"source": values.get("source") or "",
                                                  "currency": values.get("currency") or ""})
    errors: dict[str, Message] = {}
    product_id, category_id = values.get("product_id") or _by_sku(values.get("product_sku"), errors), \
        values.get("category_id")
    if not values.get("competitor_id"):
        errors["competitor"] = Message("Choose the competitor.")
    if bool(product_id) == bool(category_id) and "product" not in errors:
        errors["product"] = Message("Choose the product, or the category, the price is for.")
    price = clean_price(values.get("price"), errors)
    observed_on = values.get("observed_on") or dt.date.today()
    if observed_on > dt.date.today():
        errors["observed_on"] = Message("A price observed on a day still to come cannot be recorded.")
    if errors:
        raise ValidationError(errors)
    if product_id:
        Product.get_or_not_found(Product.id == product_id, Message("There is no product with id {id}.", id=product_id))
    _category(category_id)
    return {"competitor": get_competitor(values.get("competitor_id")), "product": product_id or None,
            "category": category_id or None, "price": price, "observed_on": observed_on,
            "currency": (values.get("currency") or catalogue.currency()).strip().upper(),
            "source": (values.get("source") or "").strip()}


def _by_sku(sku: str | None, errors: dict) -> int | None:
    """The id of the product with the SKU typed (spaces around it ignored); a refusal in `errors` when none."""
    if not (sku or "").strip():
        return None
    found = Product.get_or_none(Product.sku == sku.strip())
    if found is None:
        errors["product"] = Message("There is no product with the SKU {sku}.", sku=sku.strip())
        return None
    return found.id


def clean_price(value, errors: dict) -> Decimal | None:
    """A price from a Decimal or text; a refusal in `errors` when it is not above zero with at most two decimals."""
    try:
        price = value if isinstance(value, Decimal) else parse_money(str(value or ""))
    except (ValueError, ArithmeticError):
        price = None
    if price is None or price <= 0 or price != round_money(price):
        errors["price"] = Message("A price is an amount above zero with at most two decimal places.")
    return price


def price_comparison(product_id: int | None = None, competitor_id: int | None = None) -> list[PriceRow]:
    """The latest observed price of each competitor per product (or category) and currency, beside our prices."""
    query = CompetitorPrice.select(CompetitorPrice, Competitor).join(Competitor)
    if product_id is not None:
        query = query.where(CompetitorPrice.product == product_id)
    if competitor_id is not None:
        query = query.where(CompetitorPrice.competitor == competitor_id)
    latest: dict[tuple, CompetitorPrice] = {}
    for seen in query.order_by(CompetitorPrice.observed_on, CompetitorPrice.id):
        latest[(seen.competitor_id, seen.product_id, seen.category_id, seen.currency)] = seen
    return _price_rows(sorted(latest.values(), key=lambda p: (p.competitor.name, p.product_id or 0, p.category_id or 0)))


def _price_rows(seen: list[CompetitorPrice]) -> list[PriceRow]:
    product_ids = sorted({p.product_id for p in seen if p.product_id})
    products = {p.id: p for p in Product.select().where(Product.id.in_(product_ids))} if product_ids else {}
    ours = {column.id: catalogue.column_prices(product_ids, column.id) for column in catalogue.list_columns()} \
        if product_ids else {}
    default = catalogue.default_column()
    money, paths = catalogue.currency(), catalogue_paths()
    rows = []
    for p in seen:
        prices = {cid: by_product[p.product_id] for cid, by_product in ours.items() if p.product_id in by_product}
        difference = _difference(p.price, p.currency, prices.get(default.id) if default else None, money)
        item = (f"{products[p.product_id].sku}  {products[p.product_id].name}" if p.product_id
                else paths.get(p.category_id, ""))
        rows.append(PriceRow(id=p.id, competitor=p.competitor.name, product_id=p.product_id, item=item, price=p.price,
                             currency=p.currency, observed_on=p.observed_on, source=p.source, ours=prices,
                             difference=difference))
    return rows


def _difference(price: Decimal, currency: str, ours: Decimal | None, money: str) -> Decimal | None:
    """(their price - ours) / ours × 100 to one decimal; None without our price or in another currency."""
    if not ours or currency != money:
        return None
    return ((price - ours) / ours * HUNDRED).quantize(Decimal("0.1"))


@dataclass
class ObservedPrice:
    """One observed price as recorded, for the list that edits and deletes them."""
    id: int
    competitor_id: int
    competitor: str
    product_id: int | None
    sku: str
    category_id: int | None
    item: str  # "SKU  name" of the product, or the category's path
    price: Decimal
    currency: str
    observed_on: dt.date
    source: str
    row_version: int


def observed_prices(competitor_id: int | None = None, category_id: int | None = None,
                    price_id: int | None = None) -> list[ObservedPrice]:
    """Every observed price, the latest first; of one competitor, of one category (and those below it), or the
    one `price_id`, when given."""
    query = (CompetitorPrice.select(CompetitorPrice, Competitor, Product).join(Competitor)
             .switch(CompetitorPrice).join(Product, JOIN.LEFT_OUTER))
    query = _filtered(query, competitor_id, category_id)
    if price_id is not None:
        query = query.where(CompetitorPrice.id == price_id)
    paths = catalogue_paths()
    return [ObservedPrice(id=p.id, competitor_id=p.competitor_id, competitor=p.competitor.name,
                          product_id=p.product_id, sku=p.product.sku if p.product_id else "",
                          category_id=p.category_id,
                          item=f"{p.product.sku}  {p.product.name}" if p.product_id else paths.get(p.category_id, ""),
                          price=p.price, currency=p.currency, observed_on=p.observed_on, source=p.source,
                          row_version=p.row_version)
            for p in query.order_by(CompetitorPrice.observed_on.desc(), CompetitorPrice.id.desc())]


def _filtered(query, competitor_id: int | None, category_id: int | None):
    """`query` of prices (joined to Product) narrowed to a competitor and to a category with those below it."""
    if competitor_id is not None:
        query = query.where(CompetitorPrice.competitor == competitor_id)
    if category_id is not None:
        below = sorted(catalogue.category_and_descendants(category_id))
        query = query.where(Product.category.in_(below) | CompetitorPrice.category.in_(below))
    return query


@dataclass
class TheirPrice:
    """A competitor's latest price of an item, and how far it is from our default column's."""
    price_id: int
    price: Decimal
    currency: str
    observed_on: dt.date
    source: str
    difference: Decimal | None


@dataclass
class ComparisonRow:
    product_id: int | None
    category_id: int | None
    item: str
    ours: dict[int, Decimal]  # our column id -> the product's price (none for a category)
    theirs: dict[int, TheirPrice]  # competitor id -> its latest price of the item


@dataclass
class Comparison:
    columns: list[tuple[int, str]]  # our price columns: id, name
    competitors: list[tuple[int, str]]  # the competitors with a price in the rows, by name
    rows: list[ComparisonRow]  # products by SKU, then categories by path


def comparison(competitor_id: int | None = None, category_id: int | None = None) -> Comparison:
    """Per product (then per category) with an observed price: our price in each column, and each competitor's
    latest price (whatever its currency) with the difference from our default column."""
    query = CompetitorPrice.select(CompetitorPrice, Competitor).join(Competitor).switch(CompetitorPrice) \
        .join(Product, JOIN.LEFT_OUTER)
    latest: dict[tuple, CompetitorPrice] = {}
    for seen in _filtered(query, competitor_id, category_id).order_by(CompetitorPrice.observed_on,
                                                                       CompetitorPrice.id):
        latest[(seen.product_id, seen.category_id, seen.competitor_id)] = seen
    columns = catalogue.list_columns()
    product_ids = sorted({product for product, _, _ in latest if product})
    ours = {c.id: catalogue.column_prices(product_ids, c.id) for c in columns} if product_ids else {}
    default, money = catalogue.default_column(), catalogue.currency()
    rows: dict[tuple, ComparisonRow] = {}
    for (product_id, category_id_, competitor), seen in latest.items():
        row = rows.get((product_id, category_id_))
        if row is None:
            prices = {cid: by_product[product_id] for cid, by_product in ours.items() if product_id in by_product}
            row = rows[(product_id, category_id_)] = ComparisonRow(product_id, category_id_, "", prices, {})
        row.theirs[competitor] = TheirPrice(seen.id, seen.price, seen.currency, seen.observed_on, seen.source,
                                            _difference(seen.price, seen.currency,
                                                        row.ours.get(default.id) if default else None, money))
    _name_items(list(rows.values()))
    names = {seen.competitor_id: seen.competitor.name for seen in latest.values()}
    return Comparison([(c.id, c.name) for c in columns], sorted(names.items(), key=lambda item: (item[1], item[0])),
                      sorted(rows.values(), key=lambda r: (r.product_id is None, r.item)))


def _name_items(rows: list[ComparisonRow]) -> None:
    ids = [r.product_id for r in rows if r.product_id]
    products = {p.id: f"{p.sku}  {p.name}" for p in Product.select(Product.id, Product.sku, Product.name)
                .where(Product.id.in_(ids))} if ids else {}
    paths = catalogue_paths()
    for row in rows:
        row.item = products.get(row.product_id, "") if row.product_id else paths.get(row.category_id, "")


# ---------------------------------------------------------------- actions
@retried
def record_action(values: dict) -> CompetitorAction:
    """Record what a competitor did: competitor_id, client_id (optional), kind, description, observed_on,
    activity_id (optional: the activity it was learnt in)."""
    action = _action(values)
    action.save()
    return action


def _action(values: dict) -> CompetitorAction:
    """The action, checked and not yet saved (so a caller can check everything before saving anything)."""
    description = values.get("description") or ""
    text_limits.refuse_too_long(CompetitorAction, {"description": description})
    errors: dict[str, Message] = {}
    if not values.get("competitor_id"):
        errors["competitor"] = Message("Choose the competitor.")
    kind = values.get("kind") or "other"
    if kind not in ACTION_KINDS:
        errors["kind"] = Message("A competitor's action is a promotion, a new product or something else.")
    if not description.strip():
        errors["description"] = Message("Say what the competitor did.")
    observed_on = values.get("observed_on") or dt.date.today()
    if observed_on > dt.date.today():
        errors["observed_on"] = Message("An action observed on a day still to come cannot be recorded.")
    if errors:
        raise ValidationError(errors)
    client_id = values.get("client_id") or None
    if client_id:
        Client.get_or_not_found(Client.id == client_id, Message("There is no client with id {id}.", id=client_id))
    return CompetitorAction(competitor=get_competitor(values["competitor_id"]), client=client_id, kind=kind,
                            description=description.strip(), observed_on=observed_on,
                            activity=values.get("activity_id") or None,
                            recorded_by=company_service.current_manager_id())


def action_rows(client_id: int | None = None, competitor_id: int | None = None,
                action_id: int | None = None) -> list[ActionRow]:
    """Competitors' actions, the latest first; of one client, one competitor, or the one `action_id`, when given."""
    query = (CompetitorAction.select(CompetitorAction, Competitor, Client).join(Competitor)
             .switch(CompetitorAction).join(Client, JOIN.LEFT_OUTER))
    if client_id is not None:
        query = query.where(CompetitorAction.client == client_id)
    if competitor_id is not None:
        query = query.where(CompetitorAction.competitor == competitor_id)
    if action_id is not None:
        query = query.where(CompetitorAction.id == action_id)
    query = query.order_by(CompetitorAction.observed_on.desc(), CompetitorAction.id.desc())
    return [ActionRow(id=a.id, competitor=a.competitor.name, client=a.client.name if a.client_id else "",
                      kind=a.kind, description=a.description, observed_on=a.observed_on, activity_id=a.activity_id,
                      competitor_id=a.competitor_id, row_version=a.row_version)
            for a in query]


@retried
def update_action(action_id: int, values: dict) -> CompetitorAction:
    """Change what was recorded of a competitor's action: competitor_id, kind, description, observed_on (the
    client, unless given, and the activity stay), and the row_version the form loaded."""
    action = CompetitorAction.get_or_not_found(CompetitorAction.id == action_id,
                                               Message("There is no competitor action with id {id}.", id=action_id))
    checked = _action({"client_id": action.client_id, "observed_on": action.observed_on, **values})
    action.expect_version(values.get("row_version"))
    action.competitor, action.client = checked.competitor, checked.client_id
    action.kind, action.description, action.observed_on = checked.kind, checked.description, checked.observed_on
    action.save()
    return action


@retried
def delete_action(action_id: int) -> None:
    CompetitorAction.delete().where(CompetitorAction.id == action_id).execute()


def complete_with_action(activity_id: int, result: str, outcome: str = "", next_step: dict | None = None,
                         record_now: bool = False, action: dict | None = None) -> tuple[Activity, Activity | None]:
    """`activity.complete_activity`, and the competitor action seen in the activity (its client, its day),
    in one transaction: the action is checked before anything is saved."""
    with database.atomic():
        if action:
            view = activity_service.get_view(activity_id)
            _action({"client_id": view.client_id, **action})  # its errors before the completion is saved
        done, follow_up = activity_service.complete_activity(activity_id, result, outcome, next_step, record_now)
        if action:
            day = min(activity_service.get_view(done.id).start.date(), dt.date.today())
            record_action({"client_id": done.client_id, "observed_on": day, **action, "activity_id": done.id})
    return done, follow_up
