"""Variable-pay fulfilment by the company's scale: what share of a manager's variable pay the KPIs earn.

Two desk settings, decided by heads and admins:

- `kpi_pay_scale`: steps "fulfilment % : pay %", e.g. the default "80:50; 90:80; 100:100; 110:110; 120:120":
  a KPI fulfilled 80 % or more (and below 90 %) earns 50 % of its part, and so on; below the first step
  nothing. Steps, not a line between them, as pay scales are written in contracts.
- `kpi_pay_weights`: each KPI's part of the variable pay, e.g. the default "sales:60; active_clients:20;
  new_clients:20" (per cent, summing to 100).

A KPI without a plan earns nothing and weighs nothing: the others' weights are scaled up to the whole,
so a manager without a new-clients plan is paid on sales and active clients alone. No plan at all: no
fulfilment (None). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.plan import PAY_SCALE_KEY as SCALE_KEY
from kamdesk.core.models.plan import PAY_WEIGHTS_KEY as WEIGHTS_KEY
from kamdesk.core.services.company import setting

KPIS = ("sales", "active_clients", "new_clients")
DEFAULT_SCALE = "80:50; 90:80; 100:100; 110:110; 120:120"
DEFAULT_WEIGHTS = "sales:60; active_clients:20; new_clients:20"
MAX_STEPS = 50


@dataclass(frozen=True)
class PayFulfilment:
    """Per KPI the pay % its fulfilment earns (None without a plan), and the weighted whole."""

    parts: dict[str, Decimal | None]
    total: Decimal | None


def parse_scale(text: str) -> tuple[tuple[Decimal, Decimal], ...]:
    """The steps of a scale text, ascending by fulfilment; a ValidationError naming the bad step."""
    steps = []
    for piece in _pieces(text):
        threshold, _, pay = piece.partition(":")
        try:
            step = (Decimal(threshold.strip().replace(",", ".")), Decimal(pay.strip().replace(",", ".")))
        except InvalidOperation:
            step = None
        if step is None or not _sensible(step[0]) or not _sensible(step[1]):
            raise ValidationError({SCALE_KEY: Message(
                "{step} is not a step of the scale; write fulfilment and pay in per cent, as 90:80.", step=piece)})
        steps.append(step)
    if not steps or len(steps) > MAX_STEPS:
        raise ValidationError({SCALE_KEY: Message("The scale needs between 1 and 50 steps, as 90:80; 100:100.")})
    steps.sort()
    if len({threshold for threshold, _ in steps}) < len(steps):
        raise ValidationError({SCALE_KEY: Message("Two steps of the scale start at the same fulfilment.")})
    return tuple(steps)


def parse_weights(text: str) -> dict[str, Decimal]:
    """Each KPI's weight in per cent from a weights text; they must name known KPIs and sum to 100."""
    weights: dict[str, Decimal] = {}
    for piece in _pieces(text):
        name, _, value = piece.partition(":")
        name = name.strip()
        try:
            weight = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            weight = None
        if name not in KPIS or name in weights or weight is None or not _sensible(weight):
            raise ValidationError({WEIGHTS_KEY: Message(
                "{part} is not a weight; write each KPI once with its per cent, as sales:60.", part=piece)})
        weights[name] = weight
    if sum(weights.values(), Decimal(0)) != 100:
        raise ValidationError({WEIGHTS_KEY: Message("The weights must add up to 100 per cent.")})
    return weights


def _pieces(text: str) -> list[str]:
    return [piece.strip() for piece in (text or "").replace("\n", ";").split(";") if piece.strip()]


def _sensible(value: Decimal) -> bool:
    return value.is_finite() and 0 <= value <= 1000


def scale() -> tuple[tuple[Decimal, Decimal], ...]:
    """The desk's scale; the default when unset or unreadable (a bad value cannot be saved, see `parse_scale`)."""
    try:
        return parse_scale(setting(SCALE_KEY) or DEFAULT_SCALE)
    except ValidationError:
        return parse_scale(DEFAULT_SCALE)


def weights() -> dict[str, Decimal]:
    """The desk's KPI weights; the default when unset or unreadable."""
    try:
        return parse_weights(setting(WEIGHTS_KEY) or DEFAULT_WEIGHTS)
    except ValidationError:
        return parse_weights(DEFAULT_WEIGHTS)


def pay_percent(fulfilment: Decimal | None, steps: tuple[tuple[Decimal, Decimal], ...]) -> Decimal | None:
    """The pay % of the highest step the fulfilment reaches; 0 below the first; None without a plan."""
    if fulfilment is None:
        return None
    earned = Decimal(0)
    for threshold, pay in steps:
        if fulfilment >= threshold:
            earned = pay
    return earned


def exact_fulfilment(figure) -> Decimal | None:
    """actual ÷ plan × 100 unrounded: 79.95 % has not reached the 80 % step (the shown percent rounds to 80.0)."""
    if not figure.plan:
        return None
    return Decimal(figure.actual) * 100 / Decimal(figure.plan)


def fulfilment(row, steps=None, kpi_weights=None) -> PayFulfilment:
    """The variable-pay fulfilment of a `kpi.KpiRow` by the scale and weights (the desk's by default)."""
    steps = steps if steps is not None else scale()
    kpi_weights = kpi_weights if kpi_weights is not None else weights()
    parts = {name: pay_percent(exact_fulfilment(getattr(row, name)), steps) for name in KPIS}
    planned = {name: kpi_weights.get(name, Decimal(0)) for name, part in parts.items() if part is not None}
    whole = sum(planned.values(), Decimal(0))
    if not whole:
        return PayFulfilment(parts, None)
    total = sum((parts[name] * weight for name, weight in planned.items()), Decimal(0)) / whole
    return PayFulfilment(parts, total.quantize(Decimal("0.1"), ROUND_HALF_UP))
