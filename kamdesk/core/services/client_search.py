"""Finding clients as the user types, fast at a million clients, no more held in memory than a few pages.

Each keystroke asks the database's own indexes. On SQLite the full-text index
of migration 0023 (FTS5, trigram) answers the typed words of three or more
characters (and, through the trigrams they begin, the shorter ones): when few
clients hold them, their ids come from the index and only those rows are
filtered and sorted, once. When many do and they are spread over the list, the
page walks the sort order's index testing each row (a LIKE on the folded text,
which the name order's search index holds beside the name) and stops when it
is full; when many lie far into the list, the page is sorted from the index's
matches keeping only its rows (`ClientSearch` weighs the ways). Counting every
match then reads them all, so such a result counts only when asked
(`ClientResult.counted` says whether it already knows; the list asks on a
worker thread).

PostgreSQL answers the same LIKE from its trigram indexes (migration 0012); a
SQLite build without FTS5's trigram tokenizer reads the table with a LIKE.
"""

from __future__ import annotations

import datetime
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN, SQL, Case, OperationalError, Value, fn

from kamdesk.core import search_index
from kamdesk.core.db import database
from kamdesk.core.models import Client, Manager, Segment
from kamdesk.core.models.query import holds, narrowed
from kamdesk.core.services.activity import local_zone, to_local
from kamdesk.core.text_fold import fold

SORT_KEYS = ("name", "city", "segment", "status", "manager", "key_account", "phone", "last_contact", "next_contact")


@dataclass(frozen=True)
class ClientFilter:
    text: str = ""
    status: str | None = None
    segment_id: int | None = None
    manager_id: int | None = None
    key_account: bool | None = None
    archived: bool = False  # False: the working list; True: only archived clients
    sort: str = "name"
    descending: bool = False


@dataclass
class ClientRow:
    """What the client list shows for one client."""

    id: int
    name: str
    city: str
    segment: str
    status: str
    manager: str
    key_account: bool
    phone: str
    tax_number: str
    archived: bool
    last_contact: datetime.datetime | None = None  # the last done activity, aware, in the desk's zone
    next_contact: datetime.datetime | None = None  # the next planned one (in the past: overdue)


class ClientResult:
    """The clients matching a filter: how many, and their display rows page by page."""

    def __init__(self, count: int | Callable[[], int], page: Callable[[int, int], list[ClientRow]]):
        self._count = count  # a callable is asked once, when the count is first wanted (a picker never asks)
        self._page = page

    @property
    def count(self) -> int:
        if callable(self._count):
            self._count = self._count()
        return self._count

    @property
    def counted(self) -> bool:
        """Whether `count` is known without reading (else it may read every match: ask it off the GUI thread)."""
        return not callable(self._count)

    def count_unless(self, stop: Callable[[], bool]) -> int | None:
        """The count, or None when `stop()` turned true first (the user typed on): SQLite stops reading then."""
        with search_index.stoppable(stop):
            try:
                return self.count
            except OperationalError:
                if stop():
                    return None
                raise

    def know_count(self, count: int) -> None:
        """The count found otherwise (a last page shorter than asked for ends the matches)."""
        self._count = count

    def rows(self, start: int, size: int) -> list[ClientRow]:
        return self._page(start, size)


class ClientSearch:
    """Matches typed text against the clients of one filter, through the database's indexes.

    Up to `few` clients holding the typed words are read from the full-text
    index and sorted. Above it, the first `PROBE` rows of the list (in its order
    when sorted by name) tell how far a walk would go to fill a page of 100:
    about 100 × `PROBE` / hits rows at 0.3 µs each (the search's index of the
    name order holds the text; a walk of a few milliseconds is taken at once),
    against about 2 µs per match to sort them
    keeping only a page's rows (each read by id from the search's index by id);
    the cheaper one answers (the index is counted only as far as that needs),
    and above `MOST` matches the walk does. Of so many matches the first page
    alone is sorted at first; every id is read once a further page is asked
    for, and the count when asked. Words of
    one or two characters alone are probed first: a page among the first rows
    is walked to at once, and only otherwise are their trigrams read from the
    index's vocabulary (for a common letter that read is what costs).

    The last `KEPT` answers that sorted so many matches are kept while the
    database's data stays as it was: a word typed again, or gone back to with
    backspace, shows at once.
    """

    PROBE = 5000
    PAGE = 100
    WALK_US, SORT_US = 0.3, 2.0  # per row walked, per match sorted (keeping a page's rows), at 1M clients
    WALK_AT_ONCE_US = 5000  # a walk this short is taken without counting the index to weigh it
    MOST = 50_000
    KEPT = 16  # answers that sorted many matches, kept while the data stays as it was

    def __init__(self, few: int = 500):
        self.few = few
        self._kept: dict[ClientFilter, tuple[tuple, ClientResult]] = {}

    def find(self, flt: ClientFilter) -> ClientResult:
        terms = fold(flt.text).split()
        if not terms:
            return _paged(flt)
        if not search_index.usable():  # PostgreSQL's trigram indexes, or SQLite without FTS5's trigrams
            return _paged(flt, terms)
        state = search_index.data_state()
        state_then, kept = self._kept.pop(flt, (None, None))
        if state_then == state:
            self._kept[flt] = state, kept  # the most recently asked last
            return kept
        return self._answer(flt, terms, state)

    def _answer(self, flt: ClientFilter, terms: list[str], state: tuple) -> ClientResult:
        indexed = search_index.indexed_terms(terms)
        hits = None if indexed else self._probe(flt, terms)
        if hits is not None and hits >= self.PAGE:
            return _paged(flt, terms, walk=True)
        query = search_index.match_query(indexed or terms)
        if query is None:
            return ClientResult(0, lambda start, size: [])
        covered = indexed or terms  # a query of short words alone holds them all
        if not self._more_than(query, self.few):
            ids = [row[0] for row in database.execute(
                _matching(_filtered(Client.select(Client.id), flt, scan=True), terms, query, covered)).fetchall()]
            return ClientResult(len(ids), lambda start, size: client_rows(ids[start:start + size]))
        if self._walk_sooner(flt, terms, query, hits):
            return _paged(flt, terms, walk=True)
        result = _sorted_from_index(flt, terms, query, covered)
        self._kept[flt] = state, result
        if len(self._kept) > self.KEPT:
            del self._kept[next(iter(self._kept))]
        return result

    def _probe(self, flt: ClientFilter, terms: list[str]) -> int:
        """How many of the first `PROBE` clients of the list hold every term: in the list's order when sorted by
        name (the search's index of the name order gives it), else in the table's."""
        in_order = flt.sort == "name"
        probe = _filtered(Client.select(Client.search_text), flt, sort=in_order, scan=not in_order)
        probe = probe.limit(self.PROBE).alias("probe")
        held = Client.select(fn.COUNT(SQL("*"))).from_(probe)
        for term in terms:
            held = held.where(holds(probe.c.search_text, term))
        return held.scalar()

    def _walk_sooner(self, flt: ClientFilter, terms: list[str], query: str, hits: int | None) -> bool:
        """Whether walking the list fills a page sooner than sorting the (more than `few`) matches would.

        The index is read no further than telling which: as many matches as
        sorting would cost no more than the walk (at most `MOST`).
        """
        most = self.MOST
        if flt.sort == "name":
            hits = self._probe(flt, terms) if hits is None else hits
            walk_us = self.PAGE * self.PROBE / hits * self.WALK_US if hits else float("inf")
            if walk_us <= self.WALK_AT_ONCE_US:  # counting as far as weighing needs would cost about as much
                return True
            most = min(most, walk_us / self.SORT_US)
        return most <= self.few or self._more_than(query, int(most))

    @staticmethod
    def _more_than(query: str, limit: int) -> bool:
        """Whether more than `limit` clients match the FTS5 `query` (reading no further)."""
        held = search_index.ids_matching(query, limit=limit + 1)
        return database.execute_sql(f"SELECT count(*) FROM {held.sql}", held.params).fetchone()[0] > limit


def _matching(query, terms: list[str], match: str | None = None, covered: list[str] = ()):
    """`query` kept to the clients holding every term: those of the FTS5 `match` (which holds the `covered`
    terms) and a LIKE for each other term on the stored search text, folded as the terms are (wildcards
    escaped): the same substring test."""
    if match is not None:
        query = query.where(Client.id.in_(search_index.ids_matching(match)))
    for term in terms:
        if term not in covered:
            query = query.where(holds(Client.search_text, term))
    return query


def _paged(flt: ClientFilter, terms: list[str] | None = None, walk: bool = False) -> ClientResult:
    """The count (when first asked) and each page straight from SQL: the clients of `flt` holding every term.

    With terms the table is read in one pass (for the count, and for a page
    with a sort that keeps only the rows of the page): walking an index
    instead fetches every row out of order, most of a second at 100,000
    clients. With `walk` (the terms are common, and SQLite has the search's
    index of the name order with the text beside it) a page walks the sort's
    index and stops once it is full, and the count reads that index, not the table.
    """
    terms = terms or []
    scan = bool(terms) and not walk

    def count() -> int:
        return _matching(_filtered(Client.select(), flt, sort=False, scan=scan), terms).count()

    def page(start: int, size: int) -> list[ClientRow]:
        query = _matching(_filtered(Client.select(Client.id), flt, scan=scan), terms).offset(start).limit(size)
        return client_rows([r[0] for r in database.execute(query).fetchall()])

    return ClientResult(count, page)


def _sorted_from_index(flt: ClientFilter, terms: list[str], match: str, covered: list[str]) -> ClientResult:
    """The many clients of the FTS5 `match` (holding the `covered` terms) that hold every term, in the filter's
    order: the first page sorted keeping only its rows, read once; every match's id read once a further page is
    asked for (scrolling, an export); the count when asked."""
    def matching(query, sort: bool = True):
        return _matching(_filtered(query, flt, sort=sort, scan=True), terms, match, covered)

    first: dict[int, list[ClientRow]] = {}
    every: list[array] = []  # 8 bytes an id: a kept answer of `MOST` matches holds 400 kB

    def page(start: int, size: int) -> list[ClientRow]:
        if start == 0 and not every:
            if size not in first:
                ids = database.execute(matching(Client.select(Client.id)).limit(size)).fetchall()
                first[size] = client_rows([row[0] for row in ids])
            return first[size]
        if not every:
            every.append(array("q", (row[0] for row in database.execute(matching(Client.select(Client.id))))))
        return client_rows(list(every[0][start:start + size]))

    return ClientResult(lambda: matching(Client.select(), sort=False).count(), page)


def not_archived_scan():
    """`archived_at IS NULL`, written so that SQLite reads the table instead of an index.

    Nearly every client matches, but SQLite without statistics (no ANALYZE)
    takes the (archived_at, ...) indexes for selective and fetches each of
    100,000 rows through one: 120 ms instead of 25 ms for a page sorted by a
    column without an index. `(archived_at IS NULL) = TRUE` means the same on
    SQLite and PostgreSQL and is not an index term.
    """
    return Client.archived_at.is_null(True) == True  # noqa: E712


def _own_clients_only() -> int | None:
    """On the team server, a manager's own id (their rows are their own clients); None for everyone else.

    Row-level security already keeps a manager to their own clients, but PostgreSQL
    applies the policy before a LIKE (LIKE is not leakproof), row by row over the
    whole table. Saying `manager_id = me` too — an integer comparison it may use
    first — lets it start from the manager_id index: the same rows, a fraction of the reading.
    """
    from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
    from kamdesk.core.services import company

    if not company.on_server() or company.has_role(ROLE_HEAD, ROLE_ADMIN):
        return None
    return company.current_manager_id()


INDEXED_SORTS = ("name", "city")  # the (archived_at, name_key) and (archived_at, city_key) indexes give these orders


def _filtered(query, flt: ClientFilter, sort: bool = True, scan: bool = False):
    """`query` with the filter's conditions and order; `scan`: read the working list from the table, not an index."""
    if flt.archived:
        archived = Client.archived_at.is_null(False)
    elif not scan and (not sort or flt.sort in INDEXED_SORTS):
        archived = Client.archived_at.is_null(True)
    else:
        archived = not_archived_scan()
    query = narrowed(query.where(archived), (Client.status, flt.status), (Client.segment, flt.segment_id),
                     (Client.manager, flt.manager_id), (Client.manager, _own_clients_only()))
    if flt.key_account is not None:
        query = query.where(Client.key_account == flt.key_account)
    return _sorted(query, flt, scan) if sort else query


def _sorted(query, flt: ClientFilter, scan: bool = False):
    """Order by the chosen column, ignoring case and accents, then by name.

    With `scan` the folded name and city are sorted as expressions (the
    same text with "" appended), which no index provides: SQLite then reads
    the table in one pass and sorts the rows that match.
    """
    name_key, city_key = (Client.name_key.concat(""), Client.city_key.concat("")) if scan else (
        Client.name_key, Client.city_key)
    column = {
        "name": lambda: None,
        "city": lambda: city_key,
        "segment": lambda: _rank_by_name(Client.segment, Segment),
        "status": lambda: Client.status,
        "manager": lambda: _rank_by_name(Client.manager, Manager),
        "key_account": lambda: Client.key_account,
        "phone": lambda: Client.phone,
        "last_contact": lambda: Client.last_contact_at,
        "next_contact": lambda: Client.next_contact_at,
    }[flt.sort]()
    if column is None:
        order = []
    elif flt.sort in ("last_contact", "next_contact"):  # never contacted (NULL) first, on every database
        order = [column.desc(nulls="last") if flt.descending else column.asc(nulls="first")]
    else:
        order = [column.desc() if flt.descending else column.asc()]
    name = name_key.desc() if flt.descending and column is None else name_key.asc()
    return query.order_by(*order, name, Client.id)


def _rank_by_name(field, model):
    """Position of the linked segment or manager in folded-name order (none first, as an empty city), as SQL.

    Segments and managers are few, so a CASE over their ids sorts by their
    names without a join and without a collation only one database knows.
    """
    ranked = sorted(model.select(model.id, model.name), key=lambda r: (fold(r.name), r.id))
    if not ranked:
        return Value(0)
    return Case(field, [(r.id, position) for position, r in enumerate(ranked)], -1)


def client_rows(ids: list[int]) -> list[ClientRow]:
    """Display rows for `ids`, in the same order (one query, whatever the page size)."""
    if not ids:
        return []
    size = 1 << (len(ids) - 1).bit_length()  # a few statements serve every page size: the last id fills up
    by_id = {r[0]: r for r in database.execute_sql(_rows_sql(size), [*ids, *[ids[-1]] * (size - len(ids))])}
    zone = local_zone()
    return [_row(by_id[i], zone) for i in ids if i in by_id]


_ROWS_SQL: dict[tuple[type, int], str] = {}  # (database class, how many ids) -> the statement, made once


def _rows_sql(count: int) -> str:
    """The statement reading `count` clients' display rows, written by peewee once per size (a page's
    statement is asked for on every keystroke)."""
    key = (type(database.obj), count)
    if key not in _ROWS_SQL:
        query = (Client.select(Client.id, Client.name, Client.legal_city, Client.status, Client.key_account,
                               Client.phone, Client.tax_number, Client.archived_at, Client.last_contact_at,
                               Client.next_contact_at, Segment.name, Manager.name)
                 .join(Segment, on=(Client.segment == Segment.id), join_type=JOIN.LEFT_OUTER)
                 .switch(Client)
                 .join(Manager, on=(Client.manager == Manager.id), join_type=JOIN.LEFT_OUTER)
                 .where(Client.id.in_(list(range(count)))))
        _ROWS_SQL[key] = query.sql()[0]
    return _ROWS_SQL[key]


def _row(r: tuple, zone) -> ClientRow:
    (client_id, name, city, status, key_account, phone, tax_number, archived_at, last, upcoming, segment,
     manager) = r
    last, upcoming = Client.last_contact_at.python_value(last), Client.next_contact_at.python_value(upcoming)
    return ClientRow(id=client_id, name=name, city=city, segment=segment or "", status=status,
                     manager=manager or "", key_account=bool(key_account), phone=phone, tax_number=tax_number,
                     archived=archived_at is not None, last_contact=to_local(last, zone) if last else None,
                     next_contact=to_local(upcoming, zone) if upcoming else None)


def search_clients(flt: ClientFilter, limit: int | None = None) -> list[ClientRow]:
    """One-shot search (CLI, export): the same matching as the list view."""
    result = ClientSearch().find(flt)
    total = result.count if limit is None else min(limit, result.count)
    rows: list[ClientRow] = []
    for start in range(0, total, 500):
        rows += result.rows(start, min(500, total - start))
    return rows

