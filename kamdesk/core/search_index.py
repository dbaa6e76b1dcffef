"""The clients' full-text index on SQLite (migration 0023): whether it can be read, and how to ask it.

The index exists where the SQLite build had FTS5 with its trigram tokenizer
when the migration ran; the answer is asked once per open database. A typed
word of three or more characters becomes a quoted FTS5 phrase: with the
trigram tokenizer, a substring match. A shorter word has no trigram of its
own, but the indexed text ends with two line breaks, so every occurrence of it
begins one: the word becomes the OR of the index's trigrams that begin with
it, read from its vocabulary (an fts5vocab table of this connection's own).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from peewee import SQL, OperationalError, SqliteDatabase

from kamdesk.core.db import database

TABLE = "client_search"
SHORTEST = 3  # a trigram: shorter words match nothing in the index
VOCABULARY = "client_search_terms"  # a TEMP table: counting its rows (as a backup does) would read the whole index
LAST_CHARACTER = "\U0010ffff"
STOP_CHECK_STEPS = 10_000  # SQLite instructions between two looks at `stop` (well under a millisecond)

_usable: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # open database -> whether it has the index


def usable() -> bool:
    """Whether the open database is SQLite with the client index, readable by this build."""
    db = database.obj
    if not isinstance(db, SqliteDatabase):
        return False
    if db not in _usable:
        _usable[db] = _readable(db)
    return _usable[db]


def _readable(db) -> bool:
    if not db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone():
        return False
    try:
        db.execute_sql(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH '\"abc\"' LIMIT 0").fetchall()
    except OperationalError:  # made by a build with FTS5, opened by one without
        return False
    return True


def indexed_terms(terms: list[str]) -> list[str]:
    """The words the index answers as they are (three characters or more)."""
    return [term for term in terms if len(term) >= SHORTEST]


def match_query(terms: list[str]) -> str | None:
    """The FTS5 query matching texts that hold every one of `terms`; None when no text holds a short one."""
    parts = []
    for term in terms:
        if len(term) >= SHORTEST:
            parts.append(_quoted(term))
            continue
        trigrams = trigrams_from(term)
        if not trigrams:
            return None
        parts.append("(" + " OR ".join(_quoted(trigram) for trigram in trigrams) + ")")
    return " AND ".join(parts)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def trigrams_from(start: str) -> list[str]:
    """The index's trigrams that begin with `start` (one or two characters)."""
    database.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY} USING fts5vocab(main, {TABLE}, 'row')")
    return [row[0] for row in database.execute_sql(
        f"SELECT term FROM temp.{VOCABULARY} WHERE term >= ? AND term < ?", (start, start + LAST_CHARACTER))]


def ids_matching(query: str, limit: int | None = None):
    """SQL selecting (in parentheses) the ids of the clients whose text matches the FTS5 `query`, in id order."""
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    return SQL(f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?{tail})", [query])


def data_state() -> tuple:
    """What differs whenever the open SQLite database's data may have changed since: another connection (another
    database opened), a write on this thread's connection (its change count) or a commit by any other (SQLite's
    data_version)."""
    connection = database.connection()
    return connection, connection.total_changes, connection.execute("PRAGMA data_version").fetchone()[0]


@contextmanager
def stoppable(stop: Callable[[], bool]) -> Iterator[None]:
    """Inside, a statement on this thread's SQLite connection ends (OperationalError) soon after `stop()` is true."""
    if not isinstance(database.obj, SqliteDatabase):
        yield
        return
    connection = database.connection()
    connection.set_progress_handler(lambda: int(stop()), STOP_CHECK_STEPS)
    try:
        yield
    finally:
        connection.set_progress_handler(None, 0)

