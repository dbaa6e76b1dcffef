"""The audit trail: what is recorded, the triggers that record it, and the check of its hash chain.

What is audited is declared once (`AUDITED`): per table, the columns whose changes are recorded
(prices, discounts, credit limits and ratings, approvals and overrides, owners) and the columns
that name the record; every deletion of a declared table is recorded too. Triggers write
`audit_log` (kamdesk.core.models.audit), so plain SQL is recorded as well:

- PostgreSQL: `install_server(db)` (idempotent; run by the owner) creates one trigger function per
  table and `kamdesk_audit_append`, all SECURITY DEFINER. Writers are serialised with
  `pg_advisory_xact_lock`, so concurrent transactions form one chain. Who: `session_user` (the login;
  inside a SECURITY DEFINER function `current_user` is the owner) and its manager through
  `manager.login` when that column exists. Nobody but the owner may insert, change or remove entries.
- SQLite: TEMP triggers installed by the app on each connection it opens (`install_sqlite`), with
  Python functions for the time, the hash, the login (the OS user) and the desk's manager in this process.
  Plain SQL on a single-user file with another program is not recorded: whoever holds the file owns it.

Each entry's hash is sha256(previous hash + `entry_text(...)`); `verify_chain(db)` finds a removed
or altered entry. This module imports nothing of the database layer: `kamdesk.core.db` calls it.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kamdesk.core.messages import Message

log = logging.getLogger(__name__)

ADVISORY_LOCK = 0x6B616D6475  # any constant: the one lock every audit writer takes on the server
SEPARATOR = "\x1f"  # between the fields of an entry's text (JSON text escapes it, names never hold it)
FUNCTION_PREFIX = "kamdesk_audit_"
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # the entry's time as hashed (PostgreSQL: YYYY-MM-DD HH24:MI:SS.US)

ORDER_CLIENT = '(SELECT "client_id" FROM "order" WHERE "id" = {row}."order_id")'
OFFER_CLIENT = '(SELECT "client_id" FROM "offer" WHERE "id" = {row}."offer_id")'
CONTRACT_CLIENT = '(SELECT "client_id" FROM "contract" WHERE "id" = {row}."contract_id")'
LINE_CLIENT = ('(SELECT o."client_id" FROM "order" o JOIN "order_line" l ON l."order_id" = o."id" '
               'WHERE l."id" = {row}."line_id")')


@dataclass(frozen=True)
class Audited:
    """A table whose changes are recorded.

    columns: the audited columns and what the user calls them; an insert, or an update changing one
    of them, is recorded with their values. names: the columns naming the record, kept in every
    entry (so a deleted record can still be named). client: SQL giving the row's client from
    `{row}` (NEW or OLD). deletions: record every deletion. inserted_when: record an insert only
    when this SQL condition on `{row}` holds (order lines: only those with a discount; orders: only one
    created with a credit override). codes: the columns that store a code, each with where the titles
    of its codes are declared ("module:NAME", a dict of code → Message, imported only when the trail is
    read), so that the reader shows "First notice", not "first_notice".
    """

    table: str
    title: Message
    columns: dict[str, Message] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    client: str = ""
    deletions: bool = True
    inserted_when: str = ""
    codes: dict[str, str] = field(default_factory=dict)


DISCOUNT = Message("Discount")
AUDITED: tuple[Audited, ...] = (
    Audited("client", Message("Client"), {
        "manager_id": Message("Manager"), "credit_limit": Message("Credit limit"),
        "reliability": Message("Reliability rating"), "price_column_id": Message("Price column")},
        names=("name",), client='{row}."id"'),
    Audited("contact", Message("Contact"), names=("name",), client='{row}."client_id"'),
    Audited("activity", Message("Activity"), names=("subject",), client='{row}."client_id"'),
    Audited("activity_series", Message("Recurring activity"), names=("subject",), client='{row}."client_id"'),
    Audited("company", Message("Own company"), names=("name",)),
    Audited("manager", Message("Manager"), {
        "role": Message("Role"), "max_discount": Message("Discount limit"), "active": Message("Active"),
        "login": Message("Login"), "head_id": Message("Head")}, names=("name",)),
    Audited("segment", Message("Segment"), names=("name",)),
    Audited("category", Message("Category"), names=("name",)),
    Audited("product", Message("Product"), names=("sku", "name")),
    Audited("price_column", Message("Price column"), {
        "base_id": Message("Based on"), "percent": Message("Percent added to the base")}, names=("name",)),
    Audited("price", Message("Price"), {"amount": Message("Price")}, names=("product_id", "column_id")),
    Audited("promotion", Message("Promotion"), {
        "percent": DISCOUNT, "buy_quantity": Message("Buy"), "free_quantity": Message("Free"),
        "starts_on": Message("From"), "ends_on": Message("Until"), "active": Message("Active")}, names=("name",)),
    Audited("order", Message("Order"), {
        "credit_override_by_id": Message("Credit override by"), "credit_override_at": Message("Credit override at"),
        "credit_override_reason": Message("Credit override reason")}, names=("number",), client='{row}."client_id"',
        inserted_when='{row}."credit_override_by_id" IS NOT NULL'),
    Audited("order_line", Message("Order line"), {"discount_percent": DISCOUNT},
            names=("order_id", "position", "sku"), client=ORDER_CLIENT, deletions=False,
            inserted_when='{row}."discount_percent" <> 0'),
    Audited("discount_approval", Message("Discount approval"), {
        "state": Message("State"), "max_discount": DISCOUNT, "limit": Message("Discount limit"),
        "decided_by_id": Message("Decided by"), "decided_at": Message("Decided at"), "reason": Message("Reason")},
        names=("order_id", "requested_by_id"), client=ORDER_CLIENT),
    Audited("shipment", Message("Shipment"), names=("line_id", "quantity", "shipped_on"), client=LINE_CLIENT),
    Audited("offer", Message("Offer"), {
        "discount_approved_by_id": Message("Discount approved by"),
        "discount_approved_up_to": Message("Discount approved up to"),
        "discount_approved_at": Message("Discount approved at"),
        "discount_approval_reason": Message("Discount approval reason")}, names=("number",),
        client='{row}."client_id"', inserted_when='{row}."discount_approved_by_id" IS NOT NULL'),
    Audited("offer_line", Message("Offer line"), {"discount_percent": DISCOUNT},
            names=("offer_id", "position", "sku"), client=OFFER_CLIENT, deletions=False,
            inserted_when='{row}."discount_percent" <> 0'),
    Audited("contract_template", Message("Contract template"), names=("name",)),
    Audited("contract", Message("Contract"), {"discount_percent": DISCOUNT, "price_column_id": Message("Price column")},
            names=("number",), client='{row}."client_id"',
            inserted_when='{row}."discount_percent" IS NOT NULL OR {row}."price_column_id" IS NOT NULL'),
    Audited("obligation", Message("Obligation"), names=("description", "due_date"), client=CONTRACT_CLIENT),
    Audited("contract_file", Message("Contract file"), names=("name",), client=CONTRACT_CLIENT),
    Audited("complaint", Message("Complaint"), {
        "responsible_id": Message("Responsible"), "compensation": Message("Compensation"),
        "deadline": Message("Deadline")}, names=("number",), client='{row}."client_id"'),
    # Imported rows are the accounting system's (the file is the record); what is typed or corrected by hand is kept.
    Audited("invoice", Message("Invoice"), {
        "client_id": Message("Client"), "gross_amount": Message("Gross amount"), "due_date": Message("Due date"),
        "currency": Message("Currency")}, names=("number",), client='{row}."client_id"',
        inserted_when="{row}.\"source\" = 'manual'"),
    Audited("payment", Message("Payment"), {
        "client_id": Message("Client"), "amount": Message("Amount"), "paid_on": Message("Paid on")},
        names=("paid_on", "reference"), client='{row}."client_id"', inserted_when="{row}.\"source\" = 'manual'"),
    # Automatic allocations are recomputed (deleted and written again) on every import: only hand-made ones count.
    Audited("allocation", Message("Allocation by hand"), {"amount": Message("Amount")}, names=("invoice_id", "payment_id"),
            client='(SELECT "client_id" FROM "invoice" WHERE "id" = {row}."invoice_id")', deletions=False,
            inserted_when="{row}.\"rule\" = 'manual'"),
    Audited("dunning_step", Message("Dunning step"), {
        "step": Message("Step"), "amount_overdue": Message("Overdue amount"), "currency": Message("Currency"),
        "invoices": Message("Invoices"), "activity_id": Message("Activity"),
        "letter_language": Message("Letter language")}, names=("step", "taken_on"), client='{row}."client_id"',
        codes={"step": "kamdesk.core.services.dunning:STEP_TITLES"}),
)


def audited(table: str) -> Audited | None:
    return next((entry for entry in AUDITED if entry.table == table), None)


# ---------------------------------------------------------------- the chain

def entry_text(id, at, login, manager_id, table_name, row_id, action, client_id, old_values, new_values) -> str:
    """An entry as hashed: its fields as text (None as ""), joined by SEPARATOR; `at` in TIME_FORMAT."""
    fields = (id, at, login, manager_id, table_name, row_id, action, client_id, old_values, new_values)
    return SEPARATOR.join("" if value is None else str(value) for value in fields)


def entry_hash(prev_hash: str, text: str) -> str:
    return hashlib.sha256((prev_hash + text).encode("utf-8")).hexdigest()


def verify_chain(db) -> list[Message]:
    """What is wrong with the audit trail of `db` (a peewee database): removed or altered entries; [] when intact."""
    if not db.table_exists("audit_log"):
        return []
    problems: list[Message] = []
    last_id, last_hash = 0, ""
    for row in db.execute_sql(_ENTRIES_SQL[_dialect(db)]):
        entry_id, stored_prev, stored_hash = row[0], row[10], row[11]
        if entry_id != last_id + 1:
            problems.append(_missing(last_id + 1, entry_id - 1))
        elif stored_prev != last_hash:
            problems.append(Message("Audit entry {id} does not follow entry {previous}: the link between them "
                                    "was altered.", id=entry_id, previous=last_id))
        if entry_hash(stored_prev, entry_text(*row[:10])) != stored_hash:
            problems.append(Message("Audit entry {id} was altered: its contents do not match its hash.",
                                    id=entry_id))
        last_id, last_hash = entry_id, stored_hash
    return problems + _tail_problems(db, last_id, last_hash)


def _missing(first: int, last: int) -> Message:
    if first == last:
        return Message("Audit entry {id} was removed.", id=first)
    return Message("Audit entries {first} to {last} were removed.", first=first, last=last)


def _tail_problems(db, last_id: int, last_hash: str) -> list[Message]:
    head = db.execute_sql('SELECT "last_id", "last_hash" FROM "audit_chain" WHERE "id" = 1').fetchone()
    written_id, written_hash = head if head else (0, "")
    if written_id > last_id:
        return [_missing(last_id + 1, written_id)]
    if (written_id, written_hash) != (last_id, last_hash):
        return [Message("The record of the last audit entry (entry {id}) was altered.", id=written_id)]
    return []


_COLUMNS = ('"login", "manager_id", "table_name", "row_id", "action", "client_id", "old_values", "new_values", '
            '"prev_hash", "hash"')
_ENTRIES_SQL = {
    "sqlite": f'SELECT "id", "at", {_COLUMNS} FROM "audit_log" ORDER BY "id"',
    "postgres": f'SELECT "id", to_char("at", \'YYYY-MM-DD HH24:MI:SS.US\'), {_COLUMNS} FROM "audit_log" ORDER BY "id"',
}


def _dialect(db) -> str:
    from peewee import PostgresqlDatabase

    return "postgres" if isinstance(db, PostgresqlDatabase) else "sqlite"


def entry_count(db) -> int:
    if not db.table_exists("audit_log"):
        return 0
    return db.execute_sql('SELECT count(*) FROM "audit_log"').fetchone()[0]


# ---------------------------------------------------------------- SQLite: TEMP triggers per connection

# Who sits at a SQLite desk: the manager chosen in this process when the company service says so
# (`identify_desk_manager`), else the desk's remembered one, read by the trigger itself. The setting's key is
# the company service's CURRENT_MANAGER_KEY, which cannot be imported here (the services import this module).
DESK_MANAGER_SQL = '(SELECT CAST("value" AS INTEGER) FROM "setting" WHERE "key" = \'current_manager_id\')'
_desk_manager: Callable[[], int | None] | None = None


def identify_desk_manager(provider: Callable[[], int | None]) -> None:
    """`provider()` gives the id of the manager sitting at this process's desk, or None. It runs inside the
    trigger, so it must not query the database (a query from there could corrupt the statement running)."""
    global _desk_manager
    _desk_manager = provider


def _sqlite_manager() -> int | None:
    try:
        return _desk_manager() if _desk_manager is not None else None
    except Exception:  # noqa: BLE001 (a failure here would refuse the user's save; the setting answers instead)
        log.exception("the desk's manager could not be told to the audit trail")
        return None


@functools.cache
def _os_user() -> str:
    import getpass  # on first use: it loads termios, which the start does not need

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _sqlite_now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime(TIME_FORMAT)


def _sqlite_hash(prev, id, at, login, manager_id, table_name, row_id, action, client_id, old, new) -> str:
    return entry_hash(prev or "", entry_text(id, at, login, manager_id, table_name, row_id, action, client_id,
                                             old, new))


def install_sqlite(connection) -> None:
    """Put the audit triggers on a sqlite3 `connection` (TEMP: they live as long as it); again after migrations.

    Tables or columns the schema does not have yet are left out; without audit_log nothing is installed.
    Connections are opened on worker threads too, and what Python allocates there should stay small (a
    collection of garbage on a worker thread may meet Qt objects): the script is built once per
    schema (the audited tables' own CREATE statements, one text: ANALYZE changes the schema version but not
    them), and run in one call. The functions given to SQLite are module-level ones.
    """
    key = connection.execute(_SCHEMA_KEY).fetchone()[0] or ""
    script = _scripts.get(key)
    if script is None:
        script = _scripts[key] = ";\n".join(_sqlite_statements(tuple(connection.execute(_SQLITE_COLUMNS))))
    if not script:
        return
    connection.create_function(f"{FUNCTION_PREFIX}now", 0, _sqlite_now)
    connection.create_function(f"{FUNCTION_PREFIX}login", 0, _os_user)
    connection.create_function(f"{FUNCTION_PREFIX}manager", 0, _sqlite_manager)
    connection.create_function(f"{FUNCTION_PREFIX}hash", 11, _sqlite_hash)
    connection.executescript(script)


_AUDITED_TABLES = ", ".join(f"'{entry.table}'" for entry in AUDITED)
_SCHEMA_KEY = ("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE type = 'table' "
               f"AND name IN ('audit_log', {_AUDITED_TABLES}) ORDER BY name)")
_scripts: dict[str, str] = {}  # the audited tables' CREATE statements → the statements creating the triggers


def remove_sqlite(connection) -> None:
    """Take the audit triggers off a sqlite3 `connection` (while migrations change the tables they name)."""
    for kind, name in connection.execute("SELECT type, name FROM sqlite_temp_master WHERE type IN ('trigger', "
                                         f"'view') AND name LIKE '{FUNCTION_PREFIX}%' ORDER BY type").fetchall():
        connection.execute(f'DROP {kind.upper()} IF EXISTS temp."{name}"')


_SQLITE_COLUMNS = ("SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
                   "WHERE m.type = 'table' ORDER BY 1, 2")


def _sqlite_statements(columns: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The CREATE TEMP TRIGGER statements for a schema given as its (table, column) pairs."""
    present: dict[str, set[str]] = {}
    for table, column in columns:
        present.setdefault(table, set()).add(column)
    if "audit_log" not in present:
        return ()
    return _SQLITE_APPEND + tuple(statement for entry in AUDITED if entry.table in present
                                  for statement in _sqlite_triggers(_present(entry, present[entry.table])))


def _present(entry: Audited, present: set[str]) -> Audited:
    """`entry` with only the columns the table has now (manager.login arrives with a later migration)."""
    return Audited(entry.table, entry.title, {c: t for c, t in entry.columns.items() if c in present},
                   tuple(c for c in entry.names if c in present), entry.client, entry.deletions,
                   entry.inserted_when)


def _json(entry: Audited, row: str, function: str) -> str:
    """SQL building the JSON object of the entry's named and audited columns of `row` (NEW or OLD)."""
    keys = [*entry.names, *entry.columns]
    return f"{function}(" + ", ".join(f"'{key}', {row}.\"{key}\"" for key in keys) + ")"


def _changed(entry: Audited) -> str:
    return " OR ".join(f'OLD."{column}" IS NOT NEW."{column}"' for column in entry.columns)


_ENTRY_VIEW = f"{FUNCTION_PREFIX}entry"  # a TEMP view: each table's trigger inserts into it, one trigger appends
_SQLITE_APPEND = (
    f'CREATE TEMP VIEW IF NOT EXISTS "{_ENTRY_VIEW}" AS SELECT NULL AS table_name, NULL AS row_id, NULL AS action, '
    "NULL AS client_id, NULL AS old_values, NULL AS new_values",
    f'CREATE TEMP TRIGGER IF NOT EXISTS "{FUNCTION_PREFIX}append" INSTEAD OF INSERT ON "{_ENTRY_VIEW}" BEGIN '
    'INSERT INTO "audit_log" ("id", "at", "login", "manager_id", "table_name", "row_id", "action", "client_id", '
    '"old_values", "new_values", "prev_hash", "hash") '
    "SELECT e.id, e.at, e.login, e.manager, NEW.table_name, NEW.row_id, NEW.action, NEW.client_id, NEW.old_values, "
    f"NEW.new_values, e.prev, {FUNCTION_PREFIX}hash(e.prev, e.id, e.at, e.login, e.manager, NEW.table_name, "
    "NEW.row_id, NEW.action, NEW.client_id, NEW.old_values, NEW.new_values) FROM (SELECT "
    'coalesce((SELECT max("id") FROM "audit_log"), 0) + 1 AS id, '
    f"{FUNCTION_PREFIX}now() AS at, {FUNCTION_PREFIX}login() AS login, "
    f"coalesce({FUNCTION_PREFIX}manager(), {DESK_MANAGER_SQL}) AS manager, "
    'coalesce((SELECT "hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1), \'\') AS prev) AS e; '
    'UPDATE "audit_chain" SET ("last_id", "last_hash") = (SELECT "id", "hash" FROM "audit_log" '
    'ORDER BY "id" DESC LIMIT 1) WHERE "id" = 1; END',
)


def _sqlite_entry(entry: Audited, action: str, row: str, old: str, new: str) -> str:
    client = entry.client.format(row=row) if entry.client else "NULL"
    return (f'INSERT INTO "{_ENTRY_VIEW}" VALUES (\'{entry.table}\', {row}."id", \'{action}\', {client}, '
            f"{old}, {new});")


def _sqlite_triggers(entry: Audited) -> list[str]:
    table, found = f'main."{entry.table}"', []

    def trigger(event: str, condition: str, body: str) -> str:
        when = f" WHEN {condition}" if condition else ""
        return (f'CREATE TEMP TRIGGER IF NOT EXISTS "{FUNCTION_PREFIX}{entry.table}_{event.lower()}" '
                f"AFTER {event} ON {table}{when} BEGIN {body} END")

    if entry.columns:
        inserted = entry.inserted_when.format(row="NEW") if entry.inserted_when else ""
        found.append(trigger("INSERT", inserted, _sqlite_entry(entry, "insert", "NEW", "NULL",
                                                               _json(entry, "NEW", "json_object"))))
        found.append(trigger("UPDATE", _changed(entry), _sqlite_entry(entry, "update", "NEW", _json(
            entry, "OLD", "json_object"), _json(entry, "NEW", "json_object"))))
    if entry.deletions:
        found.append(trigger("DELETE", "", _sqlite_entry(entry, "delete", "OLD", _json(entry, "OLD", "json_object"),
                                                         "NULL")))
    return found


# ---------------------------------------------------------------- PostgreSQL: triggers, grants, policies

GROUP_ROLES = ("kamdesk_manager", "kamdesk_head", "kamdesk_admin")
# An admin reads every entry; a head those of the clients they see (the client table's own policies), and the rest.
READERS = {"kamdesk_admin": "true",
           "kamdesk_head": '"client_id" IS NULL OR EXISTS (SELECT 1 FROM "client" c '
                           'WHERE c."id" = "audit_log"."client_id")'}
_APPEND_ARGS = "text, bigint, text, bigint, jsonb, jsonb"


def install_server(db) -> None:
    """Create (or replace) the audit's functions, triggers, grants and policies on a PostgreSQL database.

    Run by the owner, after the tables exist and after the generic grants and policies of
    `kamdesk.core.server.security` (this replaces whatever they gave on audit_log and audit_chain).
    """
    with db.atomic():
        schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
        header = f'LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp'
        db.execute_sql(_append_function(header, "login" in _server_columns(db, "manager")))
        db.execute_sql(f"REVOKE ALL ON FUNCTION {FUNCTION_PREFIX}append({_APPEND_ARGS}) FROM PUBLIC")
        for entry in AUDITED:
            present = _server_columns(db, entry.table)
            if present:
                _install_table(db, _present(entry, present), header)
        _grant(db)


def _server_columns(db, table: str) -> set[str]:
    rows = db.execute_sql("SELECT column_name FROM information_schema.columns "
                          "WHERE table_schema = current_schema() AND table_name = %s", (table,))
    return {row[0] for row in rows}


def _append_function(header: str, has_login: bool) -> str:
    manager = ('SELECT "id" INTO v_manager FROM "manager" WHERE "login" = v_login ORDER BY "id" LIMIT 1;'
               if has_login else "")
    text = ("concat_ws(E'\\x1f', v_id::text, to_char(v_at, 'YYYY-MM-DD HH24:MI:SS.US'), v_login, "
            "coalesce(v_manager::text, ''), p_table, p_row::text, p_action, coalesce(p_client::text, ''), "
            "coalesce(v_old, ''), coalesce(v_new, ''))")
    return f"""
CREATE OR REPLACE FUNCTION {FUNCTION_PREFIX}append(p_table text, p_row bigint, p_action text, p_client bigint,
                                                  p_old jsonb, p_new jsonb) RETURNS void {header} AS $body$
DECLARE
  v_id bigint; v_prev text; v_hash text; v_manager bigint;
  v_at timestamp := clock_timestamp() AT TIME ZONE 'UTC';
  v_login text := session_user;
  v_old text := p_old::text;
  v_new text := p_new::text;
BEGIN
  PERFORM pg_advisory_xact_lock({ADVISORY_LOCK});
  SELECT "id", "hash" INTO v_id, v_prev FROM "audit_log" ORDER BY "id" DESC LIMIT 1;
  v_id := coalesce(v_id, 0) + 1;
  v_prev := coalesce(v_prev, '');
  {manager}
  v_hash := encode(sha256(convert_to(v_prev || {text}, 'UTF8')), 'hex');
  INSERT INTO "audit_log" ("id", "at", "login", "manager_id", "table_name", "row_id", "action", "client_id",
                           "old_values", "new_values", "prev_hash", "hash")
    VALUES (v_id, v_at, v_login, v_manager, p_table, p_row, p_action, p_client, v_old, v_new, v_prev, v_hash);
  UPDATE "audit_chain" SET "last_id" = v_id, "last_hash" = v_hash WHERE "id" = 1;
END
$body$"""


def _server_append(entry: Audited, action: str, row: str, old: str, new: str) -> str:
    client = entry.client.format(row=row) if entry.client else "NULL"
    return f"PERFORM {FUNCTION_PREFIX}append('{entry.table}', {row}.\"id\", '{action}', {client}, {old}, {new});"


def _install_table(db, entry: Audited, header: str) -> None:
    branches, events = [], []
    if entry.columns:
        inserted = entry.inserted_when.format(row="NEW") if entry.inserted_when else "true"
        changed = " OR ".join(f'OLD."{column}" IS DISTINCT FROM NEW."{column}"' for column in entry.columns)
        new, old = _json(entry, "NEW", "jsonb_build_object"), _json(entry, "OLD", "jsonb_build_object")
        branches += [f"IF TG_OP = 'INSERT' AND ({inserted}) THEN {_server_append(entry, 'insert', 'NEW', 'NULL', new)}",
                     f"ELSIF TG_OP = 'UPDATE' AND ({changed}) THEN {_server_append(entry, 'update', 'NEW', old, new)}"]
        events += ["INSERT", "UPDATE"]
    if entry.deletions:
        old = _json(entry, "OLD", "jsonb_build_object")
        branches.append(f"{'ELSIF' if branches else 'IF'} TG_OP = 'DELETE' THEN "
                        f"{_server_append(entry, 'delete', 'OLD', old, 'NULL')}")
        events.append("DELETE")
    function = f"{FUNCTION_PREFIX}{entry.table}"
    db.execute_sql(f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger {header} AS $body$\nBEGIN\n  "
                   + "\n  ".join(branches) + "\n  END IF;\n  RETURN NULL;\nEND\n$body$")
    db.execute_sql(f'DROP TRIGGER IF EXISTS kamdesk_audit ON "{entry.table}"')
    db.execute_sql(f'CREATE TRIGGER kamdesk_audit AFTER {" OR ".join(events)} ON "{entry.table}" '
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")


def _grant(db) -> None:
    """Entries are added only by the triggers (as the owner); heads and admins read; nobody else touches them."""
    roles = [row[0] for row in db.execute_sql("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                                               (list(GROUP_ROLES),))]
    for table in ("audit_log", "audit_chain"):
        db.execute_sql(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        for (policy,) in db.execute_sql("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
                                        "AND tablename = %s", (table,)).fetchall():
            db.execute_sql(f'DROP POLICY "{policy}" ON "{table}"')
        db.execute_sql(f'REVOKE ALL ON "{table}" FROM PUBLIC')
        for role in roles:
            db.execute_sql(f'REVOKE ALL ON "{table}" FROM "{role}"')
        for role, condition in READERS.items():
            if role in roles:
                db.execute_sql(f'GRANT SELECT ON "{table}" TO "{role}"')
                db.execute_sql(f'CREATE POLICY "{FUNCTION_PREFIX}read_{role}" ON "{table}" FOR SELECT TO "{role}" '
                               f"USING ({condition if table == 'audit_log' else 'true'})")


def whole_trail_visible(db) -> bool:
    """Whether the connected user sees every audit entry (the owner, a superuser or an admin): only then
    can the chain be checked. Always on SQLite."""
    if _dialect(db) != "postgres":
        return True
    row = db.execute_sql(
        "SELECT r.rolsuper OR pg_has_role(c.relowner, 'MEMBER') OR CASE WHEN EXISTS (SELECT 1 FROM pg_roles "
        "WHERE rolname = 'kamdesk_admin') THEN pg_has_role('kamdesk_admin', 'MEMBER') ELSE false END "
        "FROM pg_class c, pg_roles r WHERE c.oid = to_regclass('audit_log') AND r.rolname = current_user"
    ).fetchone()
    return bool(row and row[0])
