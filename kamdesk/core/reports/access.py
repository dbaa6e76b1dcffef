"""Whose figures a report may show, and the facts every report's heading names (no Qt).

A head of department or an administrator reports on everyone or on one manager; a key account manager only
on their own clients, whatever they ask (on the team server the database's row security says the same; this
says no in words first). On a single-user desk everybody at it may see everything, as its lists do.
"""

from __future__ import annotations

from kamdesk.core.errors import NotFound, PermissionDenied
from kamdesk.core.messages import Message
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD


def manager_called(text: str) -> int:
    """The id of the manager whose login or name (case and accents ignored) is `text`."""
    from kamdesk.core.services.company import list_managers
    from kamdesk.core.text_fold import fold

    wanted = fold(text.strip())
    managers = list_managers(active_only=False)
    found = [m for m in managers if (m.login or "").lower() == text.strip().lower()] or \
            [m for m in managers if fold(m.name) == wanted]
    if not found:
        known = ", ".join(m.login or m.name for m in managers) or "—"
        raise NotFound(Message("There is no manager “{name}”; managers: {known}.", name=text[:60], known=known))
    return found[0].id


def report_manager(manager_id: int | None) -> int | None:
    """The manager a report is limited to: `manager_id` (None: everyone) for heads and administrators; the
    manager at the desk for anyone else, who may not ask for another's."""
    from kamdesk.core.services import company

    if company.has_role(ROLE_HEAD, ROLE_ADMIN):
        return manager_id
    me = company.current_manager_id()
    if manager_id is not None and manager_id != me:
        raise PermissionDenied(Message("A key account manager sees the reports of their own clients only."))
    return me


def manager_name(manager_id: int | None) -> str:
    from kamdesk.core.models.company import Manager

    manager = Manager.get_or_none(Manager.id == manager_id) if manager_id is not None else None
    return manager.name if manager else ""


def company_facts() -> tuple[str, str]:
    """The own company's name and currency ("", "HUF" before it is set up)."""
    from kamdesk.core.services.company import get_company

    found = get_company()
    return (found.name, found.currency) if found else ("", "HUF")
