"""What every part of the contract register shares: its settings, its number series, finding a contract."""

from __future__ import annotations

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import NumberSeries
from kamdesk.core.models.contract import Contract
from kamdesk.core.models.offer import OFFER_LANGUAGES
from kamdesk.core.services import numbering
from kamdesk.core.services.company import set_setting, setting_int

CONTRACT_SERIES = "contract"
CONTRACT_PREFIX = "CT-{year}-"
CONTRACT_WIDTH = 4
RENEWAL_DAYS_KEY = "contract_renewal_days"
DEFAULT_RENEWAL_DAYS = 60
LANGUAGES = OFFER_LANGUAGES


def renewal_days() -> int:
    """The renewal window in days (setting "contract_renewal_days", 60 when unset or not a whole number)."""
    return setting_int(RENEWAL_DAYS_KEY, DEFAULT_RENEWAL_DAYS, 1)


def set_renewal_days(days: int) -> None:
    if not isinstance(days, int) or days <= 0 or days > 3650:
        raise ValidationError({"renewal_days": Message("The renewal window is a number of days from 1 to 3650.")})
    set_setting(RENEWAL_DAYS_KEY, str(days))


def next_contract_number(year: int) -> str:
    """The next contract number (CT-2026-0007); call inside the transaction that uses it."""
    NumberSeries.insert(code=CONTRACT_SERIES, year=year, prefix=CONTRACT_PREFIX,
                        width=CONTRACT_WIDTH).on_conflict_ignore().execute()
    return numbering.next_number(CONTRACT_SERIES, year, CONTRACT_PREFIX)


def get_contract(contract_id: int) -> Contract:
    return Contract.get_or_not_found(Contract.id == contract_id,
                                     Message("There is no contract with id {id}.", id=contract_id))


def contract_by_number(number: str) -> Contract:
    return Contract.get_or_not_found(Contract.number == number.strip(),
                                     Message("There is no contract numbered {number}.", number=number))
