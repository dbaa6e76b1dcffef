"""The registry of business areas, in the order of the main window's navigation: one line per area.

Each area describes itself once (`kamdesk.area.Area`, in its own folder); the main window,
the client card, `kamdesk screenshot`, the command line and the demo loop over `AREAS`.
Adding an area is its folders plus one line here. No Qt is imported (the CLI reads this).
"""

from __future__ import annotations

from kamdesk.area import Area, load

AREAS: tuple[Area, ...] = tuple(load(description) for description in (
    "kamdesk.gui.party.area:AREA",
    "kamdesk.gui.activity.area:AREA",
    "kamdesk.gui.sale.area:ORDERS",
    "kamdesk.gui.product.area:AREA",
    "kamdesk.gui.company_area:AREA",
    "kamdesk.gui.sale.area:OFFERS",
    "kamdesk.gui.contract.area:AREA",
    "kamdesk.gui.settlement.area:AREA",
    "kamdesk.gui.returns.area:AREA",
    "kamdesk.gui.complaint.area:AREA",
    "kamdesk.gui.kpi.area:AREA",
    "kamdesk.gui.competitor.area:AREA",
    "kamdesk.gui.reports.area:AREA",
    "kamdesk.gui.analytics.area:AREA",
    "kamdesk.gui.admin.area:AREA",
    "kamdesk.gui.mail.area:AREA",
    "kamdesk.gui.letters.area:AREA",
))


def area(key: str) -> Area:
    """The area called `key` (KeyError for an unknown one)."""
    for found in AREAS:
        if found.key == key:
            return found
    raise KeyError(key)


def index(key: str) -> int:
    """The position of the area `key` in the navigation."""
    return AREAS.index(area(key))


def area_at(position: int) -> Area:
    """The area at `position` in the navigation."""
    return AREAS[position]


def keys() -> tuple[str, ...]:
    """The keys of the areas, in navigation order."""
    return tuple(found.key for found in AREAS)
