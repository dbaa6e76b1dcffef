"""Transactions that hold up with several users on one server.

`retried` runs a service's work in one transaction and runs it again, a bounded
number of times, when PostgreSQL gives it up for a serialization failure or a
deadlock (SQLSTATE 40001, 40P01): the other transaction won, and the work, run
again from its reads, sees what that one wrote. A unique conflict (23505, or
SQLite's "UNIQUE constraint failed") becomes a plain `ValidationError` or
`IntegrityError`. `serialized(name)` makes transactions of one kind (two imports
of a file) take turns on PostgreSQL; SQLite's write transactions take turns anyway.
"""

from __future__ import annotations

import functools
import logging
import random
import re
import time
import zlib
from collections.abc import Callable

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import PostgresqlDatabase

from kamdesk.core.db import database
from kamdesk.core.errors import DatabaseError, IntegrityError, ValidationError
from kamdesk.core.messages import Message

log = logging.getLogger(__name__)

ATTEMPTS = 5
RETRIED_STATES = ("40001", "40P01")  # serialization failure, deadlock detected
UNIQUE_VIOLATION = "23505"


def retried(work: Callable | None = None, *, attempts: int = ATTEMPTS, unique_too: bool = False):
    """Decorate a service function: its call is one transaction, run again after a serialization failure.

    Inside a caller's transaction it runs once (only the whole outer transaction could be
    run again). `unique_too`: a unique conflict is also run again once, for work that looks
    for existing rows first and then finds what the other transaction wrote.
    """
    if work is None:
        return functools.partial(retried, attempts=attempts, unique_too=unique_too)

    @functools.wraps(work)
    def run(*args, **kwargs):
        tries = 1 if database.in_transaction() else attempts
        for attempt in range(1, tries + 1):
            try:
                with database.atomic():
                    return work(*args, **kwargs)
            except PeeweeDatabaseError as error:
                state = sqlstate(error)
                again = state in RETRIED_STATES or (unique_too and _is_unique(error) and attempt == 1)
                if not again or attempt == tries:
                    plain = plain_failure(error)
                    if plain is None:
                        raise
                    raise plain from error
                log.info("%s: %s (SQLSTATE %s), attempt %d", work.__name__, error, state, attempt)
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    return run


def serialized(name: str) -> None:
    """Inside a transaction: wait until no other transaction holding `name` runs (PostgreSQL advisory lock)."""
    if isinstance(database.obj, PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (zlib.crc32(name.encode()) & 0x7FFFFFFF,))


def sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE of a driver error peewee wrapped (psycopg keeps it on its own error)."""
    state = getattr(_driver_error(error), "sqlstate", None)
    return state if isinstance(state, str) else None


def _driver_error(error: BaseException) -> BaseException:
    """The driver's exception behind peewee's: its first argument, or the one it was raised while handling."""
    for candidate in (*error.args[:1], error.__cause__, error.__context__):
        if isinstance(candidate, BaseException):
            return candidate
    return error


def _is_unique(error: BaseException) -> bool:
    return sqlstate(error) == UNIQUE_VIOLATION or "UNIQUE constraint failed" in str(error)


def plain_failure(error: BaseException) -> Exception | None:
    """A conflict with another user's transaction in the user's words (None for any other error)."""
    if sqlstate(error) in RETRIED_STATES:
        return DatabaseError(Message("Others were saving the same records at the same moment, so nothing was "
                                     "saved. Please try again."))
    if not _is_unique(error):
        return None
    text = _detail(error)
    if "tax_key" in text:
        tax = _key_value(text)
        message = (Message("A client with tax number {tax} exists already.", tax=tax) if tax
                   else Message("A client with this tax number exists already."))
        return ValidationError({"tax_number": message})
    return IntegrityError(Message("Someone else saved the same record at the same moment ({what}). "
                                  "Please look at it again and save once more.", what=_columns(text)))


def _detail(error: BaseException) -> str:
    diag = getattr(_driver_error(error), "diag", None)
    parts = [str(error), getattr(diag, "message_detail", None) or "", getattr(diag, "constraint_name", None) or ""]
    return "\n".join(parts)


def _key_value(text: str) -> str:
    found = re.search(r"Key \([^)]*\)=\((.*?)\) already exists", text)
    return found.group(1) if found else ""


def _columns(text: str) -> str:
    found = re.search(r"Key \(([^)]*)\)=", text) or re.search(r"UNIQUE constraint failed: ([\w., ]+)", text)
    return found.group(1).strip() if found else "unique key"
