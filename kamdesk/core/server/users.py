"""The team server's users: PostgreSQL login roles, each in one group role and linked to a manager.

Everything acts on the connected database (the proxy). A password never crosses
in clear text: the SCRAM-SHA-256 verifier is computed here, by libpq, and only it
is sent (`CREATE ROLE … PASSWORD 'SCRAM-SHA-256$…'`). Adding users, disabling
them and setting another's password is for admins (and the owner who ran
`server init`); everyone may set their own password and list the users.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamdesk.core.db import database, is_server_url
from kamdesk.core.errors import PermissionDenied, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import ALL_MODELS, Manager
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD, ROLES
from kamdesk.core.server import security

LOGIN_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,62}")
RESERVED_PREFIXES = ("pg_", "kamdesk_")
MIN_PASSWORD = 8
MAX_PASSWORD = 1000


@dataclass(frozen=True)
class UserInfo:
    login: str
    name: str
    role: str
    head_login: str | None
    active: bool
    manager_id: int


def init_server(url: str, admin_login: str, admin_password: str) -> UserInfo:
    """Make the database at `url` (the owner's URL) a team server: schema, security, the first admin's login."""
    from kamdesk.core import db

    if not is_server_url(url):
        raise ValidationError({"url": Message("A team server is a PostgreSQL database (postgresql://USER@HOST/"
                                              "DATABASE), not {url}.", url=db.redacted(url))})
    check_login(admin_login)
    check_password(admin_password)
    connected = db.connect(url)
    if not security.owns_schema(connected):
        raise PermissionDenied(Message("Run server init with the URL of the database's owner (who created it), "
                                       "not as {user}.", user=_current_user()))
    if not _may_create_roles():
        raise PermissionDenied(Message("The database owner {user} may not create roles: give it CREATEROLE, or "
                                       "run server init as a superuser.", user=_current_user()))
    security.install(connected, ALL_MODELS)
    from kamdesk.core.services.contract import ensure_builtin_templates

    ensure_builtin_templates()  # the catalogue's shipped part, while the owner may write it
    return add_user(admin_login, admin_login, ROLE_ADMIN, admin_password)


def add_user(login: str, name: str, role: str, password: str, head_login: str | None = None) -> UserInfo:
    """A new login role in the group of `role`, with its manager row (reporting to `head_login`)."""
    _require_server()
    _require_admin(Message("Only an administrator can add users."))
    login, name = check_login(login), (name or "").strip()
    errors = {}
    if not name:
        errors["name"] = Message("The user's name is required.")
    if role not in ROLES:
        errors["role"] = Message("Role must be manager, head or admin.")
    if errors:
        raise ValidationError(errors)
    check_password(password)
    head = _head(head_login)
    if _role_exists(login):
        raise ValidationError({"login": Message("There is a user (or a role) called {login} on this server "
                                                "already.", login=login)})
    with database.atomic():
        _execute("CREATE ROLE {} LOGIN PASSWORD {}" + (" CREATEROLE" if role == ROLE_ADMIN else ""),
                 _identifier(login), _literal(_verifier(password, login)))
        security.grant_group(database.obj, login, role)
        _let_admins_manage(login)
        manager = Manager.create(name=name, role=role, login=login, head=head)
    return _info(manager, True)


def list_users() -> list[UserInfo]:
    """Every manager with a login, by name; none on a desk that is a file on this computer."""
    if not _on_server():
        return []
    can_login = dict(database.execute_sql("SELECT rolname, rolcanlogin FROM pg_roles").fetchall())
    managers = Manager.select().where(Manager.login.is_null(False)).order_by(Manager.name)
    return [_info(m, can_login.get(m.login, False)) for m in managers]


def disable_user(login: str) -> None:
    """The user can no longer log in (their records stay, their manager becomes inactive)."""
    _require_server()
    _require_admin(Message("Only an administrator can disable users."))
    manager = _user(login)
    if login == _current_user():
        raise ValidationError({"login": Message("You cannot disable your own login.")})
    with database.atomic():
        _execute("ALTER ROLE {} NOLOGIN", _identifier(manager.login))
        Manager.update(active=False).where(Manager.id == manager.id).execute()


def set_password(login: str, password: str) -> None:
    """A new password for `login`: one's own, or anyone's for an admin."""
    _require_server()
    manager = _user(login)
    if login != _current_user():
        _require_admin(Message("Only an administrator can set another user's password."))
    check_password(password)
    _execute("ALTER ROLE {} PASSWORD {}", _identifier(manager.login), _literal(_verifier(password, manager.login)))


def check_login(login: str) -> str:
    """`login` when it is a usable login name; a ValidationError in plain words otherwise."""
    login = (login or "").strip()
    if not LOGIN_PATTERN.fullmatch(login) or login.startswith(RESERVED_PREFIXES):
        raise ValidationError({"login": Message(
            "A login is 1 to 63 small letters (a–z), digits or underscores, beginning with a letter, "
            "and does not begin with pg_ or kamdesk_: “{login}” is not one.", login=login[:70])})
    return login


def check_password(password: str) -> None:
    """Refuse a password too short to protect anything, or too long to be typed (a pasted file, say)."""
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError({"password": Message("A password has at least {count} characters.",
                                                   count=MIN_PASSWORD)})
    if len(password) > MAX_PASSWORD:
        raise ValidationError({"password": Message("A password has at most {count} characters.",
                                                   count=MAX_PASSWORD)})


# ---------------------------------------------------------------- the connection

def _on_server() -> bool:
    from peewee import PostgresqlDatabase

    return isinstance(database.obj, PostgresqlDatabase)


def _require_server() -> None:
    if not _on_server():
        raise ValidationError(Message("Users and passwords belong to a team server (PostgreSQL); this desk is a "
                                      "database file on this computer, which needs no login."))


def _require_admin(refusal: Message) -> None:
    if security.connected_role(database.obj) not in (ROLE_ADMIN, "owner"):
        raise PermissionDenied(refusal)


def _current_user() -> str:
    return database.execute_sql("SELECT current_user").fetchone()[0]


def _let_admins_manage(login: str) -> None:
    """From PostgreSQL 16 on, changing a login needs ADMIN OPTION on it (CREATEROLE alone no longer does):
    every admin gets it through the admin group, but neither its rights (INHERIT FALSE) nor the right
    to act as it (SET FALSE)."""
    if database.obj.server_version >= 160000:
        _execute("GRANT {} TO {} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE", _identifier(login),
                 _identifier(security.GROUPS[ROLE_ADMIN]))


def _may_create_roles() -> bool:
    return database.execute_sql("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
                                ).fetchone()[0]


def _role_exists(login: str) -> bool:
    return database.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is not None


def _user(login: str) -> Manager:
    manager = Manager.get_or_none(Manager.login == (login or "").strip())
    if manager is None:
        raise ValidationError({"login": Message("There is no user with the login {login}.", login=login)})
    return manager


def _head(head_login: str | None) -> Manager | None:
    if not head_login:
        return None
    head = _user(head_login)
    if head.role != ROLE_HEAD:
        raise ValidationError({"head": Message("{login} is not a head of department.", login=head_login)})
    return head


def _info(manager: Manager, can_login: bool) -> UserInfo:
    head_login = manager.head.login if manager.head_id else None
    return UserInfo(login=manager.login, name=manager.name, role=manager.role, head_login=head_login,
                    active=bool(can_login and manager.active), manager_id=manager.id)


def _verifier(password: str, login: str) -> str:
    """The SCRAM-SHA-256 verifier of the password, computed on this computer by libpq."""
    connection = database.connection()
    return connection.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def _identifier(name: str):
    from psycopg import sql

    return sql.Identifier(name)


def _literal(value: str):
    from psycopg import sql

    return sql.Literal(value)


def _execute(template: str, *parts) -> None:
    security.execute_quoted(database.obj, template, *parts)
