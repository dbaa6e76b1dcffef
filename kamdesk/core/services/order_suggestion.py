"""A suggested order (duties 2.7, 2.8): what the client buys regularly, and what it never buys.

*Regular products.* The client's last 10 sales (confirmed, shipped or
delivered orders dated up to today; drafts and cancelled orders say nothing
about its habits) are read. A product is regular when it is on at least
30 % of them and on at least two: 3 of the last 10, 2 of the last 3 or 5; a
product bought once is not a habit, so a client with one order gets no
suggested lines. The quantity suggested is the median of the quantities the
client ordered of it (one figure per order; two lines of the product on one
order are added up), rounded half up to the finest precision the client
ever used for it: whole pieces stay whole, 2.5 kg may stay 2.5 kg. Products
no longer active, or without a price in the client's price column, are left
out: the draft must be savable as it is.

*Assortment gaps.* The unit is the assortment group: a second-level
category ("Food / Dairy", with everything below it), or a top-level category
for products filed directly under it. Top-level categories alone are too
coarse ("Food" hides that a grocer never buys dairy). A gap is a group with
active products from which the client never bought anything (any sale, at
any time). Each gap says how many similar clients buy from it: clients of
the same segment (all other clients when the client has none) with a sale
from the group in the last 24 months, out of those with any sale then. Gaps
come sorted by that share, the most common first: what the client's peers
buy and it does not is the first thing to offer.

`as_requests` turns a suggestion into the lines `sale.save_order` takes, so
the order entry view starts a draft the manager edits before saving.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from peewee import JOIN, fn

from kamdesk.core.messages import Message
from kamdesk.core.models import Category, Client, Order, OrderLine, Product
from kamdesk.core.money import QUANTITY_SCALE
from kamdesk.core.services import catalogue
from kamdesk.core.services.sale import LineRequest
from kamdesk.core.services.sales_history import SALES_STATES, window

RECENT_ORDERS = 10
REGULAR_SHARE = Decimal("0.3")
REGULAR_MINIMUM = 2


@dataclass(frozen=True)
class SuggestedLine:
    product_id: int
    sku: str
    name: str
    quantity: Decimal
    reason: Message
    unit: str = ""
    orders_with: int = 0  # on how many of the orders looked at


@dataclass(frozen=True)
class CategoryGap:
    category_id: int
    name: str  # "Food / Dairy"
    active_products: int = 0
    peer_clients: int = 0  # similar clients buying from it in the last 24 months ...
    peers: int = 0  # ... out of the similar clients with any sale then
    reason: Message | None = None  # how many similar clients buy from it, for the user

    @property
    def peer_share(self) -> Decimal:
        return Decimal(self.peer_clients) / self.peers if self.peers else Decimal(0)


@dataclass(frozen=True)
class OrderSuggestion:
    client_id: int
    based_on: int  # the number of orders looked at (at most RECENT_ORDERS)
    lines: list[SuggestedLine]
    gaps: list[CategoryGap]


def suggest_order(client_id: int, today: dt.date | None = None) -> OrderSuggestion:
    client = Client.get_or_not_found(Client.id == client_id, Message("There is no client with id {id}.", id=client_id))
    today = today or dt.date.today()
    order_ids = [row[0] for row in Order.select(Order.id)
                 .where((Order.client == client_id) & Order.state.in_(SALES_STATES) & (Order.order_date <= today))
                 .order_by(Order.order_date.desc(), Order.id.desc()).limit(RECENT_ORDERS).tuples()]
    return OrderSuggestion(client_id=client_id, based_on=len(order_ids), lines=_regular_lines(client, order_ids),
                           gaps=_gaps(client, today))


def as_requests(suggestion: OrderSuggestion) -> list[LineRequest]:
    """The suggested lines as the order entry takes them (no discount; promotions apply as usual)."""
    return [LineRequest(product_id=line.product_id, quantity=line.quantity) for line in suggestion.lines]


# ---------------------------------------------------------------- regular products

def regular_threshold(orders: int) -> int:
    """On how many of `orders` orders a product must be to count as regular."""
    share = (REGULAR_SHARE * orders).to_integral_value(rounding=ROUND_CEILING)
    return max(REGULAR_MINIMUM, int(share))


def typical_quantity(quantities: list[Decimal]) -> Decimal:
    """The median, rounded half up to the finest precision among `quantities` (whole when all are)."""
    places = min(QUANTITY_SCALE, max((max(0, -q.normalize().as_tuple().exponent) for q in quantities), default=0))
    median = Decimal(statistics.median(quantities))
    return median.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _regular_lines(client: Client, order_ids: list[int]) -> list[SuggestedLine]:
    if not order_ids:
        return []
    quantity = fn.COALESCE(fn.SUM(OrderLine.quantity), 0).python_value(
        lambda raw: Decimal(int(raw)).scaleb(-QUANTITY_SCALE))
    per_order: dict[int, list[Decimal]] = {}
    for product_id, amount in (OrderLine.select(OrderLine.product, quantity)
                               .where(OrderLine.order.in_(order_ids))
                               .group_by(OrderLine.order, OrderLine.product).tuples()):
        per_order.setdefault(product_id, []).append(amount)
    threshold = regular_threshold(len(order_ids))
    regular = {product_id: amounts for product_id, amounts in per_order.items() if len(amounts) >= threshold}
    if not regular:
        return []
    products = {p.id: p for p in Product.select(Product.id, Product.sku, Product.name, Product.unit)
                .where(Product.id.in_(list(regular)) & (Product.active == True))}  # noqa: E712
    column = catalogue.client_column(client)
    if column is not None:
        priced = catalogue.column_prices(list(products), column.id)
        products = {pid: product for pid, product in products.items() if pid in priced}
    lines = []
    for product_id, amounts in regular.items():
        product = products.get(product_id)
        if product is None:
            continue
        count = len(amounts)
        if count == len(order_ids):
            reason = Message("On each of the last {total} orders.", total=len(order_ids))
        else:
            reason = Message("On {count} of the last {total} orders.", count=count, total=len(order_ids))
        lines.append(SuggestedLine(product_id=product_id, sku=product.sku, name=product.name, unit=product.unit,
                                   quantity=typical_quantity(amounts), reason=reason, orders_with=count))
    lines.sort(key=lambda line: (-line.orders_with, line.sku))
    return lines


# ---------------------------------------------------------------- assortment gaps

def assortment_groups() -> dict[int, tuple[int, str]]:
    """Every category id -> (its assortment group's id, the group's name as "Root / Child")."""
    rows = {cid: (name, parent) for cid, name, parent in
            Category.select(Category.id, Category.name, Category.parent).tuples()}
    groups = {}
    for category_id in rows:
        chain = [category_id]  # from the category up to its root
        while rows[chain[-1]][1] is not None and rows[chain[-1]][1] in rows and len(chain) <= len(rows):
            chain.append(rows[chain[-1]][1])
        top = chain[-2:][::-1]  # [root] or [root, child]
        groups[category_id] = (top[-1], " / ".join(rows[c][0] for c in top))
    return groups


def _gaps(client: Client, today: dt.date) -> list[CategoryGap]:
    groups = assortment_groups()
    active: dict[int, int] = {}
    for category_id, count in (Product.select(Product.category, fn.COUNT(Product.id))
                               .where((Product.active == True) & Product.category.is_null(False))  # noqa: E712
                               .group_by(Product.category).tuples()):
        group = groups[category_id][0]
        active[group] = active.get(group, 0) + count
    bought_products = (OrderLine.select(OrderLine.product).join(Order, on=(OrderLine.order == Order.id))
                       .where((Order.client == client.id) & Order.state.in_(SALES_STATES)).distinct())
    bought = {groups[category_id][0] for (category_id,) in
              Product.select(Product.category).where(Product.id.in_(bought_products)
                                                     & Product.category.is_null(False)).distinct().tuples()}
    missing = {group for group in active if group not in bought}
    if not missing:
        return []
    peer_clients, peers = _peer_buyers(client, {cid for cid, (group, _) in groups.items() if group in missing},
                                       groups, today)
    segment = client.segment.name if client.segment_id else ""
    gaps = []
    for group in missing:
        buying = peer_clients.get(group, 0)
        if segment:
            reason = Message("Bought by {count} of {total} clients in the segment {segment}.", count=buying,
                             total=peers, segment=segment)
        else:
            reason = Message("Bought by {count} of {total} other clients.", count=buying, total=peers)
        gaps.append(CategoryGap(category_id=group, name=groups[group][1], active_products=active[group],
                                peer_clients=buying, peers=peers, reason=reason))
    gaps.sort(key=lambda gap: (-gap.peer_clients, gap.name.casefold()))
    return gaps


def _peer_buyers(client: Client, categories: set[int], groups, today: dt.date) -> tuple[dict[int, int], int]:
    """({group: similar clients buying from it}, similar clients with any sale) in the last 24 months."""
    since, _ = window(today)
    similar = Client.select(Client.id).where(
        (Client.segment == client.segment_id) if client.segment_id else (Client.id != client.id))
    sales = ((Order.client.in_(similar)) & (Order.client != client.id) & Order.state.in_(SALES_STATES)
             & (Order.order_date >= since) & (Order.order_date <= today))
    peers = Order.select(fn.COUNT(fn.DISTINCT(Order.client))).where(sales).scalar() or 0
    if not peers:
        return {}, 0
    buyers: dict[int, set[int]] = {}
    query = (OrderLine.select(Product.category, Order.client).distinct()
             .join(Order, on=(OrderLine.order == Order.id))
             .join(Product, JOIN.INNER, on=(OrderLine.product == Product.id))
             .where(sales & Product.category.in_(list(categories))))
    for category_id, client_id in query.tuples():
        buyers.setdefault(groups[category_id][0], set()).add(client_id)
    return {group: len(clients) for group, clients in buyers.items()}, peers
