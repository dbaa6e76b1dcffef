"""Gapless document numbers per series and year ("ORD-2026-00042", "OF-2026-0007", "CT-2026-0003")."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from kamdesk.core.db import database
from kamdesk.core.models import NumberSeries

_replicas: WeakKeyDictionary = WeakKeyDictionary()  # per open database: whether it is a laptop's replica

DEFAULT_WIDTH = 5


def next_number(code: str, year: int, prefix: str, width: int = DEFAULT_WIDTH) -> str:
    """The next number of the series `code` in `year`, without gaps; call inside the transaction that uses it.

    A series starts with `prefix` (which may hold {year}) and `width` digits; once it exists, its stored
    prefix and width count. The counter is incremented by one UPDATE (the row stays locked until the
    transaction ends), so concurrent saves never get the same number. A laptop's replica takes its
    numbers from the blocks the server reserved for it (`kamdesk.core.sync.numbers`).
    """
    if is_replica():
        from kamdesk.core.sync import numbers

        return numbers.take(database.obj, code, year)
    NumberSeries.insert(code=code, year=year, prefix=prefix, width=width).on_conflict_ignore().execute()
    (NumberSeries.update(last_number=NumberSeries.last_number + 1)
     .where((NumberSeries.code == code) & (NumberSeries.year == year)).execute())
    series = NumberSeries.get((NumberSeries.code == code) & (NumberSeries.year == year))
    return f"{series.prefix.format(year=year)}{series.last_number:0{series.width}d}"


def is_replica() -> bool:
    """Whether the open database is a laptop's replica (asked once per database)."""
    db = database.obj
    if db not in _replicas:
        from kamdesk.core.sync import capture

        _replicas[db] = capture.is_replica(db)
    return _replicas[db]
