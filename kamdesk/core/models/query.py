"""What the services' list queries share: narrowing a query by the filters the user set."""

from __future__ import annotations

from peewee import SQL, NodeList, Value


def narrowed(query, *conditions: tuple[object, object]):
    """`query` with `field == value` for each `(field, value)` whose value is set, in the order given.

    A value that is not set (None, an empty text) stands for "any", as in every list filter:
    `narrowed(query, (Offer.state, state), (Offer.client, client_id))`.
    """
    for field, value in conditions:
        if value:
            query = query.where(field == value)
    return query


def holds(field, folded: str):
    """`field LIKE '%folded%'` (wildcards escaped): a substring test on text stored folded, as `folded` is.

    Not peewee's `contains` (ILIKE on PostgreSQL): the text and the term are
    already folded alike, so the plain, case-sensitive LIKE is the same test as
    Python's `in`, and PostgreSQL's trigram index (migration 0012) serves it.
    """
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    # spelled out: peewee writes its LIKE operator as GLOB on SQLite
    return NodeList((field, SQL("LIKE"), Value(f"%{escaped}%", converter=False), SQL("ESCAPE"),
                     Value("\\", converter=False)), parens=True)
