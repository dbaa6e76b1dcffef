"""The team server's own security: group roles, grants, helper functions, row-level security, head-only rules.

`install(db)` writes all of it into a PostgreSQL database and may be run again at
any time (it is, after every migration): roles are created when missing, grants
and policies are dropped and made anew from the models' `row_access`
declarations (`kamdesk.core.models.access`), functions and triggers are replaced.

Who is who: a user is a LOGIN role in one of the group roles GROUPS and is linked
to a `manager` row by `manager.login`. The helper functions (SECURITY DEFINER, so
they read the managers without the policies) answer for the calling user:
`kamdesk_me()` its manager id, `kamdesk_role()` "admin", "head", "manager", "owner"
(the owner of the tables, who keeps full rights) or NULL, and
`kamdesk_visible_managers()` the managers whose clients it sees (itself; for a head
also the managers under it; for an admin everyone). The caller is passed as a
default argument (`who name DEFAULT current_user`): defaults are filled in by the
caller's query, where current_user is still the caller.

The owner is not subject to the policies (RLS is enabled, not forced); nor are the
foreign keys' cascades, which PostgreSQL runs as the owner.
"""

from __future__ import annotations

from kamdesk.core.db import REFUSALS
from kamdesk.core.messages import Message
from kamdesk.core.models.access import OWNER_ONLY, access_of

GROUPS = {"manager": "kamdesk_manager", "head": "kamdesk_head", "admin": "kamdesk_admin"}
HISTORY_TABLE = "schema_migration"
WRITERS = {"catalogue": ("head", "admin"), "administered": ("admin",)}
POLICIES = ("kamdesk_rows", "kamdesk_read", "kamdesk_write", "kamdesk_add", "kamdesk_change", "kamdesk_remove")

APPROVAL_REFUSED = Message("Only the head of department can approve or reject a discount.")
OVERRIDE_REFUSED = Message("Only the head of department can override the credit limit.")
REASSIGN_REFUSED = Message("Only a head of department or an administrator can give a client to another manager.")
SETTING_REFUSED = Message("Only a head of department or an administrator can change the rules of credit control, "
                          "collection and KPIs.")
COMPETITOR_DELETE_REFUSED = Message("On the team server only an administrator can delete a competitor.")
REFUSALS.update({str(m): m for m in (APPROVAL_REFUSED, OVERRIDE_REFUSED, REASSIGN_REFUSED, SETTING_REFUSED,
                                     COMPETITOR_DELETE_REFUSED)})


def install(db, models) -> None:
    """Write (or rewrite) the roles, grants, functions, policies and triggers into the connected database.

    `models`: every model with a table (`kamdesk.core.models.ALL_MODELS`), whose `row_access` the policies follow.
    """
    from kamdesk.core import audit
    from kamdesk.core.sync import server_log

    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    with db.atomic():
        for statement in _statements(schema, models):
            db.execute_sql(statement)
        server_log.install(db)  # the laptops' change log
        audit.install_server(db)  # last: it takes back the generic grants on the audit's own tables


def after_migrations(db, models) -> None:
    """On a team server, the owner's migrations are followed by the security, so new tables get their policies."""
    from peewee import PostgresqlDatabase

    if isinstance(db, PostgresqlDatabase) and owns_schema(db):
        install(db, models)


def grant_group(db, login: str, role: str) -> None:
    """Put the login into the group role of `role`; an admin may also put others into any group (ADMIN OPTION)."""
    from psycopg import sql

    user = sql.Identifier(login)
    if role == "admin":
        groups = [sql.Identifier(group) for group in GROUPS.values()]
        execute_quoted(db, "GRANT {}, {}, {} TO {} WITH ADMIN OPTION", *groups, user)
    else:
        execute_quoted(db, "GRANT {} TO {}", sql.Identifier(GROUPS[role]), user)


def change_group(db, login: str, role: str) -> None:
    """The login leaves its group roles for that of `role` (a manager's role changed)."""
    from psycopg import sql

    user = sql.Identifier(login)
    for group in GROUPS.values():
        if db.execute_sql("SELECT pg_has_role(%s, %s, 'MEMBER')", (login, group)).fetchone()[0]:
            execute_quoted(db, "REVOKE {} FROM {}", sql.Identifier(group), user)
    grant_group(db, login, role)
    execute_quoted(db, "ALTER ROLE {} " + ("CREATEROLE" if role == "admin" else "NOCREATEROLE"), user)


def execute_quoted(db, template: str, *parts) -> None:
    """A statement with quoted names and values (role statements take no bind parameters)."""
    from psycopg import sql

    db.execute_sql(sql.SQL(template).format(*parts).as_string(db.connection()))


def owns_schema(db) -> bool:
    """True when the connected user owns kamdesk's tables (the one who ran `server init`), or is a superuser."""
    row = db.execute_sql(
        "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = %s", (HISTORY_TABLE,)).fetchone()
    return bool(row and row[0])


def connected_role(db) -> str | None:
    """The connected user's role as the database sees it: admin, head, manager, owner, or None.

    None too on a database whose security was never installed (then only its owner may change it).
    """
    if db.execute_sql("SELECT to_regproc('kamdesk_role')").fetchone()[0] is None:
        return "owner" if owns_schema(db) else None
    return db.execute_sql("SELECT kamdesk_role()").fetchone()[0]


def _statements(schema: str, models) -> list[str]:
    tables = [(model._meta.table_name, access_of(model), model) for model in models]
    statements = _roles() + _functions(schema)
    for table, rule, model in tables:
        statements += _grants(table, rule) + _policies(table, rule, model)
    statements += _grants(HISTORY_TABLE, OWNER_ONLY) + _policies(HISTORY_TABLE, OWNER_ONLY, None)
    everyone = ", ".join(GROUPS.values())
    statements += [f'GRANT USAGE ON SCHEMA "{schema}" TO {everyone}',
                   f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {everyone}']
    return statements + [statement for trigger in _triggers() for statement in trigger]


def _roles() -> list[str]:
    return [f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
            f"CREATE ROLE {group} NOLOGIN; END IF; END $$" for group in GROUPS.values()]


def _functions(schema: str) -> list[str]:
    definer = f"STABLE SECURITY DEFINER SET search_path = \"{schema}\", pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION kamdesk_me(who name DEFAULT current_user) RETURNS integer
            LANGUAGE sql {definer} AS $$ SELECT id FROM manager WHERE login = who AND active $$""",
        f"""CREATE OR REPLACE FUNCTION kamdesk_role(who name DEFAULT current_user) RETURNS text
            LANGUAGE sql {definer} AS $$
            SELECT CASE
                WHEN pg_has_role(who, (SELECT tableowner FROM pg_tables WHERE schemaname = '{schema}'
                                       AND tablename = '{HISTORY_TABLE}'), 'USAGE') THEN 'owner'
                WHEN kamdesk_me(who) IS NULL THEN NULL
                WHEN pg_has_role(who, 'kamdesk_admin', 'MEMBER') THEN 'admin'
                WHEN pg_has_role(who, 'kamdesk_head', 'MEMBER') THEN 'head'
                WHEN pg_has_role(who, 'kamdesk_manager', 'MEMBER') THEN 'manager'
            END $$""",
        f"""CREATE OR REPLACE FUNCTION kamdesk_visible_managers(who name DEFAULT current_user)
            RETURNS SETOF integer LANGUAGE sql {definer} AS $$
            WITH RECURSIVE me AS (SELECT kamdesk_me(who) AS id, kamdesk_role(who) AS role),
            team(id) AS (
                SELECT id FROM me WHERE id IS NOT NULL
                UNION
                SELECT m.id FROM manager m JOIN team t ON m.head_id = t.id WHERE (SELECT role FROM me) = 'head')
            SELECT id FROM manager WHERE (SELECT role FROM me) = 'admin'
            UNION SELECT id FROM team $$""",
    ]


def _grants(table: str, rule) -> list[str]:
    """Table rights by group: what rows each may touch is the policies' business."""
    everyone = ", ".join(GROUPS.values())
    statements = [f'REVOKE ALL ON "{table}" FROM {everyone}', f'GRANT SELECT ON "{table}" TO {everyone}']
    kind = rule.kind
    if rule.writers or kind in WRITERS:
        writers = ", ".join(GROUPS[role] for role in rule.writers or WRITERS[kind])
        statements.append(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {writers}')
    elif kind == "append_only":
        statements.append(f'GRANT INSERT ON "{table}" TO {everyone}')
    elif kind != "owner_only":
        statements.append(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {everyone}')
    return statements


def _policies(table: str, rule, model) -> list[str]:
    statements = [f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY']
    statements += [f'DROP POLICY IF EXISTS {name} ON "{table}"' for name in POLICIES]
    kind = rule.kind
    if kind in ("owned_by", "through", "either"):
        rows = visible(model, rule)
        if rule.writers:
            return statements + _written_by(table, rows, rule.writers)
        return statements + [f'CREATE POLICY kamdesk_rows ON "{table}" USING ({rows}) WITH CHECK ({rows})']
    statements.append(f'CREATE POLICY kamdesk_read ON "{table}" FOR SELECT USING (true)')
    if kind in WRITERS:
        roles = ", ".join(f"'{role}'" for role in WRITERS[kind])
        allowed = f"(SELECT kamdesk_role()) IN ({roles})"
        statements.append(f'CREATE POLICY kamdesk_write ON "{table}" USING ({allowed}) WITH CHECK ({allowed})')
    elif kind == "shared":
        statements.append(f'CREATE POLICY kamdesk_write ON "{table}" USING (true) WITH CHECK (true)')
    elif kind == "append_only":
        statements.append(f'CREATE POLICY kamdesk_add ON "{table}" FOR INSERT WITH CHECK (true)')
    return statements


def _written_by(table: str, rows: str, writers: tuple[str, ...]) -> list[str]:
    """Policies per command: the rows are read by whoever sees them, written only by `writers` among those."""
    roles = ", ".join(f"'{role}'" for role in writers)
    mine = f"({rows}) AND (SELECT kamdesk_role()) IN ({roles})"
    return [f'CREATE POLICY kamdesk_read ON "{table}" FOR SELECT USING ({rows})',
            f'CREATE POLICY kamdesk_add ON "{table}" FOR INSERT WITH CHECK ({mine})',
            f'CREATE POLICY kamdesk_change ON "{table}" FOR UPDATE USING ({mine}) WITH CHECK ({mine})',
            f'CREATE POLICY kamdesk_remove ON "{table}" FOR DELETE USING ({mine})']


def visible(model, rule) -> str:
    """The SQL condition under which the calling user sees (and may write) a row of `model` by `rule`.

    `through` asks whether the referenced row is visible: the subquery on the parent table
    is itself filtered by the parent's policy, so a chain (shipment → line → order → client)
    follows the foreign keys down to the client's manager.
    """
    table = model._meta.table_name
    if rule.kind == "either":
        return " OR ".join(f"({visible(model, part)})" for part in rule.rules)
    field = model._meta.fields[rule.field]
    column = f'"{table}"."{field.column_name}"'
    if rule.kind == "owned_by":
        return (f"{column} IN (SELECT kamdesk_visible_managers()) "
                f"OR ({column} IS NULL AND (SELECT kamdesk_role()) IN ('head', 'admin'))")
    if rule.kind == "through":
        parent = field.rel_model._meta.table_name
        key = field.rel_field.column_name
        return f'EXISTS (SELECT 1 FROM "{parent}" p WHERE p."{key}" = {column})'
    raise ValueError(f"{table}: a row rule of kind {rule.kind!r} has no condition")


def _triggers() -> list[str]:
    """The head-only rules: deciding discount requests, overriding credit, approving an offer's discount;
    giving a client to another manager and the desk settings of credit control, collection and the KPIs
    (heads and admins); deleting a competitor (administrators: the delete takes its prices, actions and
    shares along, rows another user's rules hide). Each trigger raises a plain sentence."""
    keys = ", ".join(f"'{key}'" for key in decided_settings())
    return [
        _trigger("discount_approval", "kamdesk_head_decides", "INSERT OR UPDATE OR DELETE", f"""
            IF role = 'head' THEN
                IF TG_OP <> 'DELETE' AND NEW.decided_by_id IS DISTINCT FROM me
                   AND (TG_OP = 'INSERT' OR NEW.decided_by_id IS DISTINCT FROM OLD.decided_by_id)
                   AND NEW.decided_by_id IS NOT NULL THEN
                    {_raise(APPROVAL_REFUSED)}
                END IF;
            ELSIF (TG_OP <> 'INSERT' AND OLD.state <> 'pending')
               OR (TG_OP <> 'DELETE' AND (NEW.state <> 'pending' OR NEW.decided_by_id IS NOT NULL
                                          OR NEW.decided_at IS NOT NULL)) THEN
                {_raise(APPROVAL_REFUSED)}
            END IF;"""),
        _changed_only_by_head("order", "kamdesk_head_overrides",
                              ("credit_override_by_id", "credit_override_at", "credit_override_reason"),
                              "credit_override_by_id", OVERRIDE_REFUSED),
        _changed_only_by_head("offer", "kamdesk_head_approves",
                              ("discount_approved_by_id", "discount_approved_up_to", "discount_approved_at",
                               "discount_approval_reason"), "discount_approved_by_id", APPROVAL_REFUSED),
        _trigger("client", "kamdesk_reassign", "UPDATE OF manager_id", f"""
            IF NEW.manager_id IS DISTINCT FROM OLD.manager_id AND role IS DISTINCT FROM 'head'
               AND role IS DISTINCT FROM 'admin' THEN
                {_raise(REASSIGN_REFUSED)}
            END IF;"""),
        # deleting a competitor deletes its prices, actions and shares, rows the deleter's rules may hide
        _trigger("competitor", "kamdesk_admin_deletes_competitor", "DELETE", f"""
            IF role IS DISTINCT FROM 'admin' THEN
                {_raise(COMPETITOR_DELETE_REFUSED)}
            END IF;"""),
        _trigger("setting", "kamdesk_head_settings", "INSERT OR UPDATE OR DELETE", f"""
            IF ((TG_OP <> 'INSERT' AND OLD.key IN ({keys})) OR (TG_OP <> 'DELETE' AND NEW.key IN ({keys})))
               AND role IS DISTINCT FROM 'head' AND role IS DISTINCT FROM 'admin' THEN
                {_raise(SETTING_REFUSED)}
            END IF;"""),
    ]


def decided_settings() -> tuple[str, ...]:
    """The desk settings (shared on the server) that heads and admins decide: when overdue debt blocks
    orders, when each dunning step starts, the KPIs' definitions and the variable-pay scale and weights."""
    from kamdesk.core.models.dunning import STEPS, days_key
    from kamdesk.core.models.sale import OVERDUE_BLOCK_KEY
    from kamdesk.core.models.plan import KPI_SETTING_KEYS

    return (OVERDUE_BLOCK_KEY, *(days_key(step) for step in STEPS), *KPI_SETTING_KEYS)


def _changed_only_by_head(table: str, name: str, columns: tuple[str, ...], by: str, refusal: Message) -> list[str]:
    """A trigger refusing anyone but a head to set `columns` (a head only in their own name)."""
    blank = {"credit_override_reason": "''", "discount_approval_reason": "''"}
    on_insert = " OR ".join(f"NEW.{c} IS DISTINCT FROM {blank.get(c, 'NULL')}" for c in columns)
    on_update = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)
    return _trigger(table, name, "INSERT OR UPDATE", f"""
        IF (TG_OP = 'INSERT' AND ({on_insert})) OR (TG_OP = 'UPDATE' AND ({on_update})) THEN
            IF role IS DISTINCT FROM 'head' OR (NEW.{by} IS NOT NULL AND NEW.{by} IS DISTINCT FROM me
                                               AND (TG_OP = 'INSERT' OR NEW.{by} IS DISTINCT FROM OLD.{by})) THEN
                {_raise(refusal)}
            END IF;
        END IF;""")


def _raise(message: Message) -> str:
    text = str(message).replace("'", "''")
    return f"RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = '{text}';"


def _trigger(table: str, name: str, events: str, body: str) -> list[str]:
    """The statements creating (or replacing) a row trigger `name` on `table` with a PL/pgSQL `body`.

    The body sees `role` (kamdesk_role()) and `me` (kamdesk_me()); the owner passes unchecked.
    """
    return [f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE
            role text := kamdesk_role();
            me integer := kamdesk_me();
        BEGIN
            IF role IS DISTINCT FROM 'owner' THEN {body}
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $fn$""",
            f'DROP TRIGGER IF EXISTS {name} ON "{table}"',
            f'CREATE TRIGGER {name} BEFORE {events} ON "{table}" FOR EACH ROW EXECUTE FUNCTION {name}()']
