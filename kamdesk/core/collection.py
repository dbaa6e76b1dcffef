"""Python's cyclic garbage collector paused while a reading makes many objects and hardly a cycle.

Reading 100,000 rows makes hundreds of thousands of tuples; the collector's passes over the growing heap
(the oldest generation is walked whole each time it grows by a quarter) cost a fifth of the reading. The
GUI already collects on its own timer (gui/main_thread_gc.py); elsewhere (the command line, reports,
the demo) the collector is switched off for the while and on again after, where it was on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_automatic_collection() -> Iterator[None]:
    """No automatic collection inside the block (no collection is lost: the counts carry on after it)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
