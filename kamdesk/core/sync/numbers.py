"""Document numbers for a replica: blocks reserved on the server while online, used up offline.

Reserving a block moves the server's series past it in the server's transaction and records the block
(`number_block`), so no one else can ever take those numbers; the replica keeps its blocks in
`sync_numbers` and takes the next number of the lowest block. A block reserved but never used leaves a
gap in the series: order, offer and contract numbers are unique, not gapless, across a team with laptops.
"""

from __future__ import annotations

import datetime

from kamdesk.core.errors import WorkflowError
from kamdesk.core.messages import Message

BLOCK = 100  # numbers per block
LOW = 25  # fewer left than this: the next sync reserves another block
SERIES = {  # code → (prefix, width) the series starts with, as the services name them
    "order": ("ORD-{year}-", 5),
    "offer": ("OF-{year}-", 4),
    "contract": ("CT-{year}-", 5),
    "complaint": ("CMP-{year}-", 4),
}


SERIES_WORDS = {"order": Message("order", disambiguation="numbers left"),
                "offer": Message("offer", disambiguation="numbers left"),
                "contract": Message("contract", disambiguation="numbers left"),
                "complaint": Message("complaint", disambiguation="numbers left")}


def years(today: datetime.date) -> list[int]:
    """This year; in December the next one too (a laptop offline over New Year keeps working)."""
    return [today.year, today.year + 1] if today.month == 12 else [today.year]


def left(local, code: str, year: int) -> int:
    return local.execute_sql("SELECT COALESCE(SUM(last - next + 1), 0) FROM sync_numbers "
                             "WHERE code = ? AND year = ? AND next <= last", (code, year)).fetchone()[0]


def top_up(server, local, replica: str, today: datetime.date | None = None) -> int:
    """Reserve a block of each series and year that runs low; the number of blocks reserved."""
    reserved = 0
    for year in years(today or datetime.date.today()):
        for code, (prefix, width) in SERIES.items():
            if left(local, code, year) >= LOW:
                continue
            first, last, prefix, width = _reserve(server, code, year, prefix, width, replica)
            with local.atomic():
                local.execute_sql("INSERT INTO sync_numbers (code, year, prefix, width, next, last) "
                                  "VALUES (?, ?, ?, ?, ?, ?)", (code, year, prefix, width, first, last))
            reserved += 1
    return reserved


def _reserve(server, code: str, year: int, prefix: str, width: int, replica: str) -> tuple[int, int, str, int]:
    with server.atomic():
        server.execute_sql("INSERT INTO number_series (code, year, prefix, width, last_number, row_version, gid) "
                           "VALUES (%s, %s, %s, %s, 0, 1, replace(gen_random_uuid()::text, '-', '')) "
                           "ON CONFLICT (code, year) DO NOTHING", (code, year, prefix, width))
        last, prefix, width = server.execute_sql(
            "UPDATE number_series SET last_number = last_number + %s, row_version = row_version + 1 "
            "WHERE code = %s AND year = %s RETURNING last_number, prefix, width", (BLOCK, code, year)).fetchone()
        server.execute_sql("INSERT INTO number_block (code, year, first, last, replica, taken_at) "
                           "VALUES (%s, %s, %s, %s, %s, now())", (code, year, last - BLOCK + 1, last, replica))
    return last - BLOCK + 1, last, prefix, width


def take(local, code: str, year: int) -> str:
    """The next number of `code` in `year` from this replica's blocks; refused plainly when none is left."""
    row = local.execute_sql("SELECT id, next, prefix, width FROM sync_numbers WHERE code = ? AND year = ? "
                            "AND next <= last ORDER BY next LIMIT 1", (code, year)).fetchone()
    if row is None:
        raise WorkflowError(Message("This laptop has no {series} numbers left for {year}: sync with the office "
                                    "to get more.", series=SERIES_WORDS.get(code, code), year=year))
    block, number, prefix, width = row
    local.execute_sql("UPDATE sync_numbers SET next = next + 1 WHERE id = ?", (block,))
    return f"{prefix.format(year=year)}{number:0{width}d}"
