"""Translated labels of the sale area's stored codes, and exact money, quantity and percent texts.

The states' titles and colours come from the workflows declared in the core
(`sale_workflow`, `offer_workflow`); the other labels are marked with literal
`QT_TRANSLATE_NOOP("SaleLabels", ...)` so that pyside6-lupdate finds them
(`code_labels.translated_labels` translates them when asked). Amounts are Decimals from start to end: the
digits come from Python's exact formatting, only the separators from QLocale
(QLocale.toCurrencyString would go through a float).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QColor

from kamdesk.core.money import carried_places, parse_money
from kamdesk.core.services import company as company_service
from kamdesk.core.services.offer_workflow import OFFER
from kamdesk.core.services.sale_workflow import DISCOUNT_APPROVAL, ORDER
from kamdesk.core.workflow import Workflow
from kamdesk.gui.widgets.code_labels import state_colour_name, state_titles, translated_labels

# Group separators that parse_money reads back; any other (e.g. the Swiss ') is replaced by NBSP.
READABLE_GROUP_SEPARATORS = (",", ".", " ", "\u00a0", "\u202f")
OVER_COLOUR = "#c62828"
OK_COLOUR = "#2e7d32"


# ---------------------------------------------------------------- states, from the core's declarations

def _titles(workflow: Workflow) -> dict[str, str]:
    return state_titles(workflow.states)


def _colour(workflow: Workflow, state: str) -> str:
    return state_colour_name(workflow.state(state))


def state_labels() -> dict[str, str]:
    """An order's states and their titles, in their declared order."""
    return _titles(ORDER)


def offer_state_labels() -> dict[str, str]:
    return _titles(OFFER)


def approval_labels() -> dict[str, str]:
    """A discount request's states; an order without a request ("none") is not among them."""
    return _titles(DISCOUNT_APPROVAL)


def state_colour(state: str) -> QColor:
    return QColor(_colour(ORDER, state))


def offer_state_colour(state: str) -> QColor:
    return QColor(_colour(OFFER, state))


def approval_colour(state: str) -> str | None:
    """The colour of a discount request's state; None for an order without a request."""
    return _colour(DISCOUNT_APPROVAL, state) if state in DISCOUNT_APPROVAL.names() else None


def possible(workflow: Workflow, state: str) -> frozenset[str]:
    """The names of the verbs that leave `state`, whatever their guards say: the actions to show."""
    return frozenset(verb.name for verb in workflow.possible_verbs(state))


def allowed(workflow: Workflow, record=None) -> frozenset[str]:
    """The names of the verbs the manager at the desk may do to `record` now: the actions to enable.

    A new, unsaved record (None) is one in the workflow's initial state.
    """
    if record is None:
        record = workflow.model(**{workflow.state_field: workflow.initial})
    return frozenset(verb.name for verb in workflow.allowed_verbs(record, company_service.current_manager()))


CANCEL_REASON_TEXTS = {
    "price": QT_TRANSLATE_NOOP("SaleLabels", "Price"),
    "delivery_time": QT_TRANSLATE_NOOP("SaleLabels", "Delivery time"),
    "competitor": QT_TRANSLATE_NOOP("SaleLabels", "Went to a competitor"),
    "no_budget": QT_TRANSLATE_NOOP("SaleLabels", "No budget"),
    "other": QT_TRANSLATE_NOOP("SaleLabels", "Other"),
}


def cancel_reason_labels() -> dict[str, str]:
    return translated_labels("SaleLabels", CANCEL_REASON_TEXTS)


# ---------------------------------------------------------------- numbers as the locale writes them

def _separators(locale: QLocale) -> tuple[str, str]:
    point = locale.decimalPoint() if locale.decimalPoint() in (",", ".") else "."
    group = locale.groupSeparator()
    if group not in READABLE_GROUP_SEPARATORS or group == point:
        group = "\u00a0"
    return point, group


def format_decimal(value: Decimal, places: int | None = None, locale: QLocale | None = None,
                   grouped: bool = True) -> str:
    """`value` with the locale's separators, exactly; `places=None` drops trailing zeros."""
    point, group = _separators(locale or QLocale())
    value = Decimal(value)
    if places is None:
        value = value.normalize()
        text = format(value, ",f" if grouped else "f")
    else:
        text = format(value.quantize(Decimal(1).scaleb(-places)), f"{',' if grouped else ''}.{places}f")
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def format_money(amount: Decimal | None, currency: str, locale: QLocale | None = None,
                 with_currency: bool = True) -> str:
    """"1 234 567 HUF", "1,234.50 EUR": the currency's minor digits, the locale's separators.

    An amount finer than the currency's unit (a unit price of 99.50 HUF) keeps its decimals
    (`money.carried_places`, as the offer's PDF and workbook print it): what is shown is what is stored.
    """
    if amount is None:
        return ""
    text = format_decimal(amount, carried_places(amount, currency), locale)
    return f"{text}\u00a0{currency}" if with_currency and currency else text


def format_quantity(quantity: Decimal | None, locale: QLocale | None = None) -> str:
    """"12", "2,5": up to three decimals, no trailing zeros."""
    if quantity is None:
        return ""
    return format_decimal(quantity, None, locale)


def format_percent(percent: Decimal | None, locale: QLocale | None = None) -> str:
    """"10 %", "5,5 %" (an empty text for none)."""
    if percent is None:
        return ""
    return f"{format_decimal(percent, None, locale, grouped=False)}\u00a0%"


def parse_decimal(text: str) -> Decimal:
    """A number typed by a person (spaces, NBSP, a decimal comma); ValueError when it is none."""
    try:
        return parse_money(text)
    except (ValueError, InvalidOperation):
        raise ValueError(text) from None


def promotion_text(promotion, locale: QLocale | None = None) -> str:
    """What a promotion gives, short: "Tejakció −10 %" or "Tejakció 10+1"."""
    if promotion is None:
        return ""
    if promotion.kind == "bundle":
        terms = f"{promotion.buy}+{promotion.free}"
    else:
        terms = f"\u2212{format_percent(promotion.percent, locale)}"
    return f"{promotion.name} {terms}".strip()
