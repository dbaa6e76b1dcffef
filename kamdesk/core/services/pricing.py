"""The one pricing engine of orders and offers: column price, promotion, discount, rounding, VAT.

Pure functions over plain data (no database): a line's net amount is
quantity × unit price × (100 − discount) / 100, rounded half up to the
currency's minor unit; the unit price is the client's column price after a
promotion's percentage (rounded the same way); "buy N get M free" adds free
units instead. VAT is computed per rate on the sum of the rate's net
amounts. Every figure is a Decimal; what is shown is what is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kamdesk.core.money import round_to_currency

HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class PromotionTerms:
    """What a promotion gives on a line: a percentage off, or `free` units for every `buy` units."""

    id: int
    name: str
    kind: str  # "percent" or "bundle"
    percent: Decimal = ZERO
    buy: int = 0
    free: int = 0

    def customer_gain(self) -> Decimal:
        """The share of the price the client saves: to choose the best of several promotions."""
        if self.kind == "percent":
            return self.percent / HUNDRED
        return Decimal(self.free) / Decimal(self.buy + self.free) if self.buy > 0 and self.free > 0 else ZERO


@dataclass(frozen=True)
class LineInput:
    product_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    list_price: Decimal  # the client's column price
    vat_rate: Decimal
    discount_percent: Decimal = ZERO
    promotion: PromotionTerms | None = None


@dataclass(frozen=True)
class PricedLine:
    input: LineInput
    unit_price: Decimal
    free_quantity: Decimal
    net_amount: Decimal

    @property
    def vat_rate(self) -> Decimal:
        return self.input.vat_rate


@dataclass(frozen=True)
class Totals:
    net_total: Decimal
    vat_by_rate: dict[Decimal, tuple[Decimal, Decimal]] = field(default_factory=dict)  # rate -> (net, VAT)
    vat_total: Decimal = ZERO
    gross_total: Decimal = ZERO


def price_line(line: LineInput, currency: str) -> PricedLine:
    """The line's unit price after its promotion, free units and net amount."""
    unit_price = line.list_price
    free = ZERO
    promotion = line.promotion
    if promotion is not None and promotion.kind == "percent":
        unit_price = round_to_currency(line.list_price * (HUNDRED - promotion.percent) / HUNDRED, currency)
    elif promotion is not None and promotion.kind == "bundle" and promotion.buy > 0:
        free = Decimal(int(line.quantity // promotion.buy) * promotion.free)
    net = round_to_currency(line.quantity * unit_price * (HUNDRED - line.discount_percent) / HUNDRED, currency)
    return PricedLine(input=line, unit_price=unit_price, free_quantity=free, net_amount=net)


def totals(lines: Iterable[PricedLine], currency: str) -> Totals:
    """Net total, VAT per rate (on each rate's net sum) and gross total."""
    by_rate: dict[Decimal, Decimal] = {}
    for line in lines:
        by_rate[line.vat_rate] = by_rate.get(line.vat_rate, ZERO) + line.net_amount
    vat_by_rate = {rate: (net, round_to_currency(net * rate / HUNDRED, currency))
                   for rate, net in sorted(by_rate.items())}
    net_total = sum((net for net, _ in vat_by_rate.values()), ZERO)
    vat_total = sum((vat for _, vat in vat_by_rate.values()), ZERO)
    return Totals(net_total=net_total, vat_by_rate=vat_by_rate, vat_total=vat_total, gross_total=net_total + vat_total)


def derived_price(base_price: Decimal, percent: Decimal, currency: str) -> Decimal:
    """A derived column's price: the base column's price changed by `percent` (−10 = 10 % less)."""
    return round_to_currency(base_price * (HUNDRED + percent) / HUNDRED, currency)


def best_promotion(candidates: Iterable[PromotionTerms]) -> PromotionTerms | None:
    """The promotion that saves the client most (the first on a tie)."""
    best = None
    for promotion in candidates:
        if best is None or promotion.customer_gain() > best.customer_gain():
            best = promotion
    return best if best is not None and best.customer_gain() > ZERO else None


def without_promotion(line: LineInput) -> LineInput:
    return replace(line, promotion=None)
