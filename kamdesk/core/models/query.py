"""What the services' list queries share: narrowing a query by the filters the user set."""

from __future__ import annotations


def narrowed(query, *conditions: tuple[object, object]):
    """`query` with `field == value` for each `(field, value)` whose value is set, in the order given.

    A value that is not set (None, an empty text) stands for "any", as in every list filter:
    `narrowed(query, (Offer.state, state), (Offer.client, client_id))`.
    """
    for field, value in conditions:
        if value:
            query = query.where(field == value)
    return query
