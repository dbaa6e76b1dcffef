"""The KPI settings as one form reads and saves them: the definitions (sold states, active window, lapse days)
and variable pay (scale, weights). Heads and admins decide them; all or nothing is saved. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
from kamdesk.core.models.plan import ACTIVE_WINDOW_KEY, LAPSE_DAYS_KEY, SOLD_STATES_KEY
from kamdesk.core.services import kpi, variable_pay
from kamdesk.core.services.company import require_role, set_setting, setting
from kamdesk.core.services.sale_workflow import ORDER

WINDOW_RANGE = (1, 24)
LAPSE_RANGE = (7, 365)


@dataclass(frozen=True)
class KpiSettings:
    sold_states: tuple[str, ...]
    active_window_months: int
    lapse_days: int
    pay_scale: str
    pay_weights: str


def order_states() -> tuple[str, ...]:
    """The order states a sale may be counted in: every declared state."""
    return tuple(state.name for state in ORDER.states)


def current() -> KpiSettings:
    """The settings in force (the defaults where none is set)."""
    return KpiSettings(kpi.sold_states(), kpi.active_window(), kpi.lapse_days(),
                       setting(variable_pay.SCALE_KEY) or variable_pay.DEFAULT_SCALE,
                       setting(variable_pay.WEIGHTS_KEY) or variable_pay.DEFAULT_WEIGHTS)


def save(values: KpiSettings) -> None:
    """Check every setting and store them all, or none with a ValidationError keyed by each wrong one's key."""
    require_role((ROLE_HEAD, ROLE_ADMIN), Message("Only a head of department or an administrator can change "
                                                  "the KPI definitions and the variable-pay scale."))
    errors = _problems(values)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        set_setting(SOLD_STATES_KEY, ",".join(s for s in order_states() if s in values.sold_states))
        set_setting(ACTIVE_WINDOW_KEY, str(values.active_window_months))
        set_setting(LAPSE_DAYS_KEY, str(values.lapse_days))
        set_setting(variable_pay.SCALE_KEY, values.pay_scale.strip())
        set_setting(variable_pay.WEIGHTS_KEY, values.pay_weights.strip())


def _problems(values: KpiSettings) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if not values.sold_states or not set(values.sold_states) <= set(order_states()):
        errors[SOLD_STATES_KEY] = Message("Choose at least one order state that counts as a sale.")
    if not _within(values.active_window_months, WINDOW_RANGE):
        errors[ACTIVE_WINDOW_KEY] = Message("The active window is a number of months from {low} to {high}.",
                                            low=WINDOW_RANGE[0], high=WINDOW_RANGE[1])
    if not _within(values.lapse_days, LAPSE_RANGE):
        errors[LAPSE_DAYS_KEY] = Message("A client is about to lapse after a number of days from {low} to {high}.",
                                         low=LAPSE_RANGE[0], high=LAPSE_RANGE[1])
    for parse, text in ((variable_pay.parse_scale, values.pay_scale), (variable_pay.parse_weights,
                                                                         values.pay_weights)):
        try:
            parse(text)
        except ValidationError as error:
            errors.update(error.errors)
    return errors


def _within(value, bounds: tuple[int, int]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]
