"""The command line of the team server: `server init` and `user add|list|disable|password`.

Passwords are read from the environment (KAMDESK_PASSWORD: the new admin's at `server init`;
KAMDESK_NEW_PASSWORD: a user's new one) or asked for without echo; they are never printed.
At `server init` the owner's own password comes from the URL, PGPASSWORD or ~/.pgpass.
"""

from __future__ import annotations

import getpass
import os

from kamdesk.core import db
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message

NEW_PASSWORD_VAR = "KAMDESK_NEW_PASSWORD"
ROLE_CHOICES = ("manager", "head", "admin")


def add_commands(sub, verbs) -> None:
    """`server init` and the `user` commands on the top-level parser `sub`."""
    server = sub.add_parser("server", help="set up a PostgreSQL database as the team server")
    server_verbs = server.add_subparsers(dest="what", metavar="WHAT", required=True)
    init = server_verbs.add_parser("init", help="create the schema, the roles, the row-level security and the "
                                                "first admin's login (run with the database owner's URL)")
    init.add_argument("url", help="the owner's URL: postgresql://OWNER@HOST/DATABASE")
    init.add_argument("--admin", required=True, metavar="LOGIN", help="the login of the first administrator "
                                                                     "(password: $KAMDESK_PASSWORD or asked)")
    init.set_defaults(run=cmd_server_init)

    user = sub.add_parser("user", help="the users of the team server (admins add, disable, set passwords)")
    user_verbs = user.add_subparsers(dest="what", metavar="WHAT", required=True)
    add = user_verbs.add_parser("add", help=f"add a user (password: ${NEW_PASSWORD_VAR} or asked)")
    add.add_argument("login")
    add.add_argument("--name", required=True, help="the person's name as documents show it")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    add.add_argument("--head", metavar="LOGIN", help="the head of department the user reports to")
    add.set_defaults(run=cmd_user_add)
    listing = user_verbs.add_parser("list", help="the users, by name")
    listing.add_argument("--json", action="store_true", help="as JSON: login, name, role, head_login, active")
    listing.set_defaults(run=cmd_user_list)
    disable = user_verbs.add_parser("disable", help="the user can no longer log in (their records stay)")
    disable.add_argument("login")
    disable.set_defaults(run=cmd_user_disable)
    password = user_verbs.add_parser("password", help=f"set a new password (${NEW_PASSWORD_VAR} or asked)")
    password.add_argument("login")
    password.set_defaults(run=cmd_user_password)


def cmd_server_init(args) -> int:
    from kamdesk.core.server import users

    admin_password = os.environ.pop(db.PASSWORD_VAR, None) or _ask(f"Password for {args.admin}: ")
    admin = users.init_server(args.url, args.admin, admin_password)
    print(f"team server ready in {db.redacted(args.url)}; administrator: {admin.login}")
    return 0


def cmd_user_add(args) -> int:
    from kamdesk.core.server import users

    password = os.environ.get(NEW_PASSWORD_VAR) or _ask(f"Password for {args.login}: ")
    _server(args)
    added = users.add_user(args.login, args.name, args.role, password, args.head)
    print(f"added {added.login} ({added.name}, {added.role})")
    return 0


def cmd_user_list(args) -> int:
    from dataclasses import asdict

    from kamdesk.commands import print_rows
    from kamdesk.core.server import users

    _server(args)
    rows = [asdict(user) for user in users.list_users()]

    def line(row: dict) -> str:
        state = "" if row["active"] else "\tdisabled"
        return f"{row['login']}\t{row['name']}\t{row['role']}\t{row['head_login'] or ''}{state}"

    return print_rows(rows, args.json, line, "users")


def cmd_user_disable(args) -> int:
    from kamdesk.core.server import users

    _server(args)
    users.disable_user(args.login)
    print(f"disabled {args.login}")
    return 0


def cmd_user_password(args) -> int:
    from kamdesk.core.server import users

    password = os.environ.get(NEW_PASSWORD_VAR) or _ask(f"New password for {args.login}: ")
    _server(args)
    users.set_password(args.login, password)
    print(f"password of {args.login} changed")
    return 0


def _server(args) -> None:
    """Connect to the team server the command names (--database or $KAMDESK_DATABASE)."""
    url = db.resolve_url(args.database)
    if not db.is_server_url(url):
        raise ValidationError(Message("Users belong to a team server: give its URL with --database "
                                      "postgresql://LOGIN@HOST/DATABASE (or $KAMDESK_DATABASE)."))
    db.connect(url)


def _ask(prompt: str) -> str:
    """A password typed twice without echo; a mismatch is refused."""
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise ValidationError(Message("The two passwords differ; nothing was changed."))
    return first
