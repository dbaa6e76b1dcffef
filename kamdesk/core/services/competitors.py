"""Competitors: the register, who supplies what share of a client's purchases, observed prices and actions.

Every change is checked (text limits first, then the values) before anything is written, and is one
transaction. `price_comparison` sets each observed price (the latest per competitor and product, or
category) beside our price columns for the product (derived columns computed, `catalogue.column_prices`),
with the difference from our default column in percent; a price in another currency than the
catalogue's is listed without a difference (no rate is guessed). `complete_with_action` completes an
activity and records the competitor action seen in it in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, Category, Client, Product
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
    text_limits.refuse_too_long(CompetitorPrice, {"source": values.get("source") or "",
                                                  "currency": values.get("currency") or ""})
    errors: dict[str, Message] = {}
    product_id, category_id = values.get("product_id") or _by_sku(values.get("product_sku"), errors), \
        values.get("category_id")
    if not values.get("competitor_id"):
        errors["competitor"] = Message("Choose the competitor.")
    if bool(product_id) == bool(category_id) and "product" not in errors:
        errors["product"] = Message("Choose the product, or the category, the price is for.")
    price = _price(values.get("price"), errors)
    observed_on = values.get("observed_on") or dt.date.today()
    if observed_on > dt.date.today():
        errors["observed_on"] = Message("A price observed on a day still to come cannot be recorded.")
    if errors:
        raise ValidationError(errors)
    if product_id:
        Product.get_or_not_found(Product.id == product_id, Message("There is no product with id {id}.", id=product_id))
    _category(category_id)
    return CompetitorPrice.create(
        competitor=get_competitor(values.get("competitor_id")), product=product_id or None,
        category=category_id or None, price=price, observed_on=observed_on,
        currency=(values.get("currency") or catalogue.currency()).strip().upper(),
        source=(values.get("source") or "").strip())


def _by_sku(sku: str | None, errors: dict) -> int | None:
    """The id of the product with the SKU typed (spaces around it ignored); a refusal in `errors` when none."""
    if not (sku or "").strip():
        return None
    found = Product.get_or_none(Product.sku == sku.strip())
    if found is None:
        errors["product"] = Message("There is no product with the SKU {sku}.", sku=sku.strip())
        return None
    return found.id


def _price(value, errors: dict) -> Decimal | None:
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
        base = prices.get(default.id) if default else None
        difference = None
        if base and p.currency == money:
            difference = ((p.price - base) / base * HUNDRED).quantize(Decimal("0.1"))
        item = (f"{products[p.product_id].sku}  {products[p.product_id].name}" if p.product_id
                else paths.get(p.category_id, ""))
        rows.append(PriceRow(id=p.id, competitor=p.competitor.name, product_id=p.product_id, item=item, price=p.price,
                             currency=p.currency, observed_on=p.observed_on, source=p.source, ours=prices,
                             difference=difference))
    return rows


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


def action_rows(client_id: int | None = None, competitor_id: int | None = None) -> list[ActionRow]:
    """Competitors' actions, the latest first; of one client or one competitor when given."""
    query = (CompetitorAction.select(CompetitorAction, Competitor, Client).join(Competitor)
             .switch(CompetitorAction).join(Client, JOIN.LEFT_OUTER))
    if client_id is not None:
        query = query.where(CompetitorAction.client == client_id)
    if competitor_id is not None:
        query = query.where(CompetitorAction.competitor == competitor_id)
    query = query.order_by(CompetitorAction.observed_on.desc(), CompetitorAction.id.desc())
    return [ActionRow(id=a.id, competitor=a.competitor.name, client=a.client.name if a.client_id else "",
                      kind=a.kind, description=a.description, observed_on=a.observed_on, activity_id=a.activity_id)
            for a in query]


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
