"""Finding products as the user types an SKU or a name, fast at 50,000 products.

Like the client search, the matching runs in Python over a list kept in
memory: (id, folded "sku\\nname", folded SKU) of every product, read once
in SKU order. A keystroke is a substring test per product (accents and case
ignored, several words all required); typing on only re-tests the previous
matches. Products whose SKU starts with what was typed come first (typing
"TEJ-01" puts TEJ-0100 ... on top), then the other matches, both in SKU order.
Only the rows shown are read from the database.

`invalidate()` after products change (the catalogue service does not know
the searches that exist).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.core.db import database
from kamdesk.core.models import Product
from kamdesk.core.services.typed_search import TypedMatch
from kamdesk.core.text_fold import fold


@dataclass(frozen=True)
class ProductHit:
    """A product as a search list or an order line picker shows it."""

    id: int
    sku: str
    name: str
    unit: str
    vat_rate: Decimal


class ProductSearch:
    """Typed text → matching products; one instance per view, `invalidate()` after product changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._loaded_for: bool | None = None  # the active_only of the list in memory; None: nothing loaded
        self._ids: list[int] = []
        self._matcher = TypedMatch([])
        self._skus: list[str] = []

    def invalidate(self) -> None:
        with self._lock:
            self._loaded_for = None

    def preload(self, active_only: bool = True) -> None:
        """Read the list now (e.g. on a worker thread when the order view opens)."""
        with self._lock:
            if self._loaded_for is not active_only:
                self._load(active_only)

    def find(self, text: str, limit: int | None = 50, active_only: bool = True) -> list[ProductHit]:
        """Up to `limit` products matching `text` (None: all): SKU prefix matches first, then the rest.

        Empty text gives the first products in SKU order.
        """
        terms = fold(text).split()
        with self._lock:
            if self._loaded_for is not active_only:
                self._load(active_only)
            if not terms:
                ids = self._ids if limit is None else self._ids[:limit]
                return product_hits(ids)
            hits = self._matcher.hits(terms)
            ordered = self._ranked(" ".join(terms), hits, limit)
            ids = [self._ids[i] for i in ordered]
        return product_hits(ids)

    def _ranked(self, typed: str, hits: list[int], limit: int | None) -> list[int]:
        """SKU prefix matches, then the other hits; each group keeps the SKU order."""
        skus = self._skus
        first = [i for i in hits if skus[i].startswith(typed)]
        if limit is not None and len(first) >= limit:
            return first[:limit]
        if not first:
            return hits if limit is None else hits[:limit]
        prefixed = set(first)
        rest = (i for i in hits if i not in prefixed)
        if limit is None:
            return first + list(rest)
        wanted = limit - len(first)
        for i in rest:
            if not wanted:
                break
            first.append(i)
            wanted -= 1
        return first

    def _load(self, active_only: bool) -> None:
        query = Product.select(Product.id, Product.search_text, Product.sku, Product.name)
        if active_only:
            query = query.where(Product.active == True)  # noqa: E712
        rows = database.execute(query).fetchall()
        # a product written without the catalogue service may lack its search text: fold it here
        keyed = sorted((fold(sku), product_id, text or fold(f"{sku}\n{name}")) for product_id, text, sku, name in rows)
        self._ids = [row[1] for row in keyed]
        self._matcher = TypedMatch([row[2] for row in keyed])
        self._skus = [row[0] for row in keyed]
        self._loaded_for = active_only


def product_hits(ids: list[int]) -> list[ProductHit]:
    """Display rows for `ids`, in the same order (one query per 500 ids)."""
    found: dict[int, ProductHit] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = Product.select(Product.id, Product.sku, Product.name, Product.unit, Product.vat_rate).where(
            Product.id.in_(chunk))
        for row in query.tuples():
            found[row[0]] = ProductHit(row[0], row[1], row[2], row[3], row[4])
    return [found[i] for i in ids if i in found]
