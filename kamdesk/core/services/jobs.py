"""The daily jobs: what changes with the calendar rather than with a user's action.

Reads never write; instead these run at start-up, once a day while the desk is
open, and before a command-line listing: active contracts past their end renew
themselves or expire (`contract.expire_contracts`), offers past their validity
expire (`offer.expire_offers`). Each is safe to run again on the same day.
"""

from __future__ import annotations

import datetime as dt


def run_daily_jobs(today: dt.date | None = None) -> dict[str, int]:
    """Run every daily job for `today`; how many records each changed, by job name."""
    from kamdesk.core.services import contract, offer

    today = today or dt.date.today()
    return {"contracts": contract.expire_contracts(today), "offers": offer.expire_offers(today)}
