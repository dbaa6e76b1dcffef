"""The Admin area as the application registers it: one tab per admin page, for the roles each page is for.

A page is one line of `PAGES` (its key, title, widget class and the roles that get it); the
area is shown only to a manager whose role gets at least one page. On a single-user desk
whoever opens the file has every role (`company_service.has_role`), so the area is there
and its Users page explains that users belong to a team server. No Qt is imported here.
"""

from __future__ import annotations

from collections import namedtuple

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView

ADMIN, HEAD = "admin", "head"  # kamdesk.core.models.company's roles, spelt here so the CLI imports no models


class AdminPage(namedtuple("AdminPage", "key title page roles")):
    """A tab of the Admin area: `title` (translated in the "AdminArea" context), `page` the dotted path of its
    widget class (built with the area's page as parent, with a `refresh()`), `roles` the roles that get it."""

    __slots__ = ()


PAGES: tuple[AdminPage, ...] = (
    AdminPage("users", QT_TRANSLATE_NOOP("AdminArea", "Users"), "kamdesk.gui.admin.users_page:UsersPage", (ADMIN,)),
    AdminPage("audit", QT_TRANSLATE_NOOP("AdminArea", "Audit trail"), "kamdesk.gui.audit.audit_view:AuditPage",
              (ADMIN, HEAD)),
)


def pages_shown() -> list[AdminPage]:
    """The admin pages for the role of the manager at the desk."""
    from kamdesk.core.services import company as company_service

    return [page for page in PAGES if company_service.has_role(*page.roles)]


def shown() -> bool:
    return bool(pages_shown())


def users_view(_argument: str = ""):
    """`screenshot users`: the Users page on its own."""
    from kamdesk.gui.admin.users_page import UsersPage

    return UsersPage()


def login_view(argument: str = ""):
    """`screenshot login[:URL]`: the login dialog for a server URL (an example server without one)."""
    from kamdesk.gui.login import LoginDialog, server_of

    server = server_of(argument or "postgresql://anna@office.example:5432/kamdesk")
    return LoginDialog(server, server.login)


AREA = Area(
    key="admin",
    title=QT_TRANSLATE_NOOP("MainWindow", "Admin"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "A&dmin"),
    shortcut="Ctrl+8",
    page="kamdesk.gui.admin.admin_page:AdminArea",
    screenshots=(ScreenshotView("admin"), ScreenshotView("users", "kamdesk.gui.admin.area:users_view"),
                 ScreenshotView("login", "kamdesk.gui.admin.area:login_view", "url", optional=True)),
    shown="kamdesk.gui.admin.area:shown",
)
