"""Applying a laptop's batch on the team server: one transaction, field by field, each change re-checked.

The rules (docs/laptop-sync.md):
- an insert adds the row under its gid; a reference to a row the server does not have (or the user may
  not see) is refused when required and left empty when optional;
- an update of a field compares the server's value with the value the laptop started from: equal — the
  laptop's value is written; the server's already equal to the laptop's — nothing; else both changed it:
  the office keeps prices, discounts, credit limits and approvals (the laptop's value becomes a proposal),
  otherwise the laptop's value, arriving later, is written and the office's goes to the conflict list;
- a delete removes the row only when nobody changed it on the server meanwhile (else delete_edited);
  an update of a row deleted on the server is kept as an edit_deleted conflict;
- whatever the server refuses (rights, a unique key, a delete of a row the user may no longer see) is
  listed as refused, with the laptop's values;
- an order the laptop confirmed passes the server's credit check again; refused, it goes back to draft.
A record a conflict is listed about is logged as changed, so the laptops read the office's version again.
The batch id is stored in the same transaction, so a batch is applied once.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from peewee import DatabaseError as PeeweeDatabaseError

from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.sync import tables
from kamdesk.core.sync.push import Entry


class Refused(Exception):
    """The server will not take this change; `reason` says why in the user's words."""

    def __init__(self, reason: Message):
        super().__init__(str(reason))
        self.reason = reason


@dataclass
class Outcome:
    """What applying a batch did."""

    applied: int = 0
    conflicts: int = 0
    already: bool = False
    confirmed_orders: set = field(default_factory=set)


class Batch:
    """One batch being applied over the server connection `db` by the manager `me`."""

    def __init__(self, db, me: int | None):
        self.db, self.me, self.now = db, me, utc_now()
        self.outcome = Outcome()
        self._ids: dict[tuple[str, str], int] = {}

    # ------------------------------------------------------------------ lookups
    def server_id(self, table: str, gid: str | None) -> int | None:
        if gid is None:
            return None
        key = (table, gid)
        if key not in self._ids:
            row = self.db.execute_sql(f'SELECT id FROM "{table}" WHERE gid = %s', (gid,)).fetchone()
            if row is None:
                return None
            self._ids[key] = row[0]
        return self._ids[key]

    def current(self, table: tables.Table, gid: str, lock: bool = True) -> dict | None:
        """The server's row `gid` as it travels (references as gids), locked for this transaction."""
        cursor = self.db.execute_sql(f'SELECT {table.select_list()} FROM "{table.name}" t WHERE t.gid = %s'
                                     + (" FOR UPDATE OF t" if lock else ""), (gid,))
        row = cursor.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cursor.description]
        return dict(zip(names, row, strict=True))

    def deleted_here(self, table: str, gid: str) -> bool:
        return self.db.execute_sql("SELECT 1 FROM sync_change WHERE tbl = %s AND gid = %s AND op = 'D' LIMIT 1",
                                   (table, gid)).fetchone() is not None

    def label(self, table: tables.Table, gid: str, values: dict | None = None) -> str:
        column = table.label_column()
        if column is None:
            return ""
        if values is not None and values.get(column) is not None:
            return str(values[column])
        row = self.db.execute_sql(f'SELECT "{column}" FROM "{table.name}" WHERE gid = %s', (gid,)).fetchone()
        return "" if row is None or row[0] is None else str(row[0])

    def shown(self, table: tables.Table, column: str, value) -> str:
        """A value as a person reads it: a reference by its target's number or name."""
        if value is None:
            return ""
        ref = table.refs.get(column)
        if ref is not None and not ref.table_from:
            target = tables.by_name()[ref.table]
            return self.label(target, value) or str(value)
        if column in table.blobs:
            return f"{len(value)} bytes"
        return str(value)

    def param(self, table: tables.Table, column: str, value, row: dict):
        """A travelling value as a server parameter: a reference's gid becomes the server's id."""
        ref = table.refs.get(column)
        if ref is None:
            return table.to_db(column, value)
        if value is None:
            return None
        target = row.get(ref.table_from) if ref.table_from else ref.table
        found = self.server_id(target, value)
        if found is None:
            raise Refused(Message("It refers to a record the office does not have or that you may not see "
                                  "({table} {gid}).", table=target, gid=value[:8]))
        return found

    # ------------------------------------------------------------------ conflicts
    def conflict(self, kind: str, table: tables.Table, gid: str, reason: Message, column: str = "",
                 mine=None, theirs=None, values: dict | None = None) -> None:
        """A row for the manager's conflict list (it travels back to the laptop like any record)."""
        dump = (lambda v: json.dumps(table.to_json(column, v) if column else v, default=str))
        self.db.execute_sql(
            "INSERT INTO sync_conflict (gid, row_version, changed_by, changed_at, manager_id, kind, tbl, record_gid, "
            "record_label, field, mine, theirs, mine_value, theirs_value, reason, reason_params, at, resolution) "
            "VALUES (%s, 1, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '')",
            (new_gid(), self.me, self.now, self.me, kind, table.name, gid, self.label(table, gid, values)[:200],
             column, self.shown(table, column, mine) if column else "", self.shown(table, column, theirs)
             if column else "", dump(mine), dump(theirs), reason.template, json.dumps(reason.params, default=str),
             self.now))
        self.remind(table, gid)
        self.outcome.conflicts += 1

    def remind(self, table: tables.Table, gid: str) -> None:
        """Log the record as changed, so laptops read it again: the pull may have kept the laptop's value
        while this change was waiting to be sent, and the office did not take it (a proposal, a refusal)."""
        self.db.execute_sql("INSERT INTO sync_change (tbl, gid, op, xid) "
                            "VALUES (%s, %s, 'U', pg_current_xact_id()::text::bigint)", (table.name, gid))

    # ------------------------------------------------------------------ writes
    def stamp(self, table: tables.Table) -> tuple[list[str], list]:
        if "row_version" not in table.model._meta.fields:
            return [], []
        return ["row_version", "changed_by", "changed_at"], [1, self.me, self.now]

    def insert(self, table: tables.Table, entry: Entry) -> None:
        values = {c: table.to_python(c, raw) for c, raw in (entry.new or {}).items() if c in table.fields}
        columns, params = self.stamp(table)
        for column, value in values.items():
            ref = table.refs.get(column)
            try:
                params.append(self.param(table, column, value, values))
            except Refused:
                if ref.required:
                    raise
                params.append(None)
            columns.append(column)
        quoted = ", ".join(f'"{c}"' for c in ["gid", *columns])
        marks = ", ".join(["%s"] * (len(columns) + 1))
        self.db.execute_sql(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks}) ON CONFLICT (gid) DO NOTHING',
                            [entry.gid, *params])
        self._note_confirmed(table, entry.gid, values.get("state"))

    def update(self, table: tables.Table, entry: Entry) -> None:
        column = entry.field
        if column not in table.fields:
            return
        row = self.current(table, entry.gid)
        old, new = table.to_python(column, entry.old), table.to_python(column, entry.new)
        if row is None:
            if self.deleted_here(table.name, entry.gid):
                self.conflict("edit_deleted", table, entry.gid, Message(
                    "Changed on the laptop, but deleted in the office meanwhile; the change was not applied."),
                    column, mine=new)
                return
            raise Refused(Message("The office does not have this record, or you may no longer see it."))
        now = table.to_python(column, row[column])
        if now == new:
            return
        if now != old and column in table.office_wins:
            self.conflict("proposal", table, entry.gid, Message(
                "Both changed it; the office's value was kept, the laptop's is a proposal."),
                column, mine=new, theirs=now, values=row)
            return
        self.write(table, row, column, new)
        if now != old and column not in tables.QUIET_FIELDS:
            self.conflict("conflict", table, entry.gid, Message(
                "Both changed it; the laptop's later change was written, the office's value is listed here."),
                column, mine=new, theirs=now, values=row)
        if column == "state":
            self._note_confirmed(table, entry.gid, new)

    def write(self, table: tables.Table, row: dict, column: str, value) -> None:
        stamps, stamp_params = self.stamp(table)
        sets = [f'"{column}" = %s'] + [f'"{s}" = ' + ("row_version + 1" if s == "row_version" else "%s")
                                      for s in stamps]
        params = [self.param(table, column, value, row)] + stamp_params[1:]
        self.db.execute_sql(f'UPDATE "{table.name}" SET {", ".join(sets)} WHERE id = %s', [*params, row["id"]])

    def delete(self, table: tables.Table, entry: Entry) -> None:
        row = self.current(table, entry.gid)
        if row is None:
            if self.deleted_here(table.name, entry.gid):
                return
            raise Refused(Message("The office does not have this record, or you may no longer see it."))
        old = entry.old or {}
        changed = [c for c in table.columns if c in old and c not in tables.QUIET_FIELDS
                   and table.to_python(c, row[c]) != table.to_python(c, old[c])]
        if changed:
            self.conflict("delete_edited", table, entry.gid, Message(
                "Deleted on the laptop, but changed in the office meanwhile; it was kept."),
                changed[0], mine=table.to_python(changed[0], old[changed[0]]),
                theirs=table.to_python(changed[0], row[changed[0]]), values=row)
            return
        self.db.execute_sql(f'DELETE FROM "{table.name}" WHERE id = %s', (row["id"],))

    def _note_confirmed(self, table: tables.Table, gid: str, state) -> None:
        if table.name == "order" and state == "confirmed":
            self.outcome.confirmed_orders.add(gid)

    # ------------------------------------------------------------------ one change
    def apply(self, entry: Entry) -> None:
        table = tables.by_name().get(entry.tbl)
        if table is None:
            return
        try:
            with self.db.atomic():  # a savepoint: a refused change leaves nothing behind
                {"I": self.insert, "U": self.update, "D": self.delete}[entry.op](table, entry)
            self.outcome.applied += 1
        except Refused as refusal:
            self._refused(table, entry, refusal.reason)
        except (KamdeskError, PeeweeDatabaseError) as error:
            self._refused(table, entry, Message("The office refused it: {reason}", reason=_first_line(error)))

    def _refused(self, table: tables.Table, entry: Entry, reason: Message) -> None:
        values = entry.new if entry.op == "I" else entry.old if entry.op == "D" else None
        column = entry.field if entry.op == "U" else ""
        mine = table.to_python(column, entry.new) if column else values
        self.conflict("refused", table, entry.gid, reason, column, mine=mine, values=values)


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:300]


def apply_batch(db, batch_id: str, replica: str, login: str, entries: list[Entry]) -> Outcome:
    """Apply one batch in one server transaction, or answer that it was applied before."""
    with db.atomic():
        if db.execute_sql("SELECT 1 FROM sync_batch WHERE batch_id = %s", (batch_id,)).fetchone():
            return Outcome(already=True)
        batch = Batch(db, manager_of_session(db))
        for entry in entries:
            batch.apply(entry)
        for gid in sorted(batch.outcome.confirmed_orders):
            recheck_credit(batch, gid)
        db.execute_sql("INSERT INTO sync_batch (batch_id, replica, login, entries, applied_at) "
                       "VALUES (%s, %s, %s, %s, %s)", (batch_id, replica, login, len(entries), batch.now))
    return batch.outcome


def manager_of_session(db) -> int | None:
    row = db.execute_sql("SELECT id FROM manager WHERE login = session_user").fetchone()
    return row[0] if row else None


def recheck_credit(batch: Batch, order_gid: str) -> None:
    """An order confirmed on the laptop meets the office's figures: over the credit (or with debt overdue too
    long) without a head's override, it goes back to draft (waiting for approval) and the manager is told
    why — never silently confirmed."""
    from kamdesk.core.models import Client, Order

    row = batch.db.execute_sql(
        'SELECT o.id, o.number, o.gross_total, o.currency, o.credit_override_by_id, o.state, o.client_id, c.name, '
        'c.credit_limit, c.reliability FROM "order" o JOIN client c ON c.id = o.client_id WHERE o.gid = %s',
        (order_gid,)).fetchone()
    if row is None:
        return
    order_id, number, gross, currency, override_by, state, client_id, client_name, limit, rating = row
    if state != "confirmed" or override_by is not None:
        return
    credit = office_credit(batch.db, client_id, order_id, currency, Client.credit_limit.python_value(limit),
                           Order.gross_total.python_value(gross), rating or "")
    if credit.ok:
        return
    batch.db.execute_sql('UPDATE "order" SET state = %s, confirmed_at = NULL, row_version = row_version + 1, '
                         "changed_by = %s, changed_at = %s WHERE id = %s", ("draft", batch.me, batch.now, order_id))
    if rating == "D":
        reason = Message("Order {number} was confirmed on the laptop, but the client's rating is D in the office: "
                         "it is back in draft and needs a head's approval.", number=number)
    elif credit.overdue_blocks:
        reason = Message("Order {number} was confirmed on the laptop, but in the office {client} has overdue "
                         "debt of {overdue}, the oldest {days} days past due (orders are blocked after {block} "
                         "days): it is back in draft and needs a head's approval.", number=number,
                         client=client_name, overdue=credit.overdue_text, days=credit.oldest_overdue_days,
                         block=credit.block_overdue_days)
    else:
        reason = Message("Order {number} was confirmed on the laptop, but with the office's figures it exceeds "
                         "{client}'s credit limit (limit {limit}, open receivables and orders not yet invoiced "
                         "{exposure}, this order {order}): it is back in draft and needs a head's approval.",
                         number=number, client=client_name, limit=str(credit.limit), exposure=str(credit.exposure),
                         order=str(credit.this_order))
    batch.conflict("workflow", tables.by_name()["order"], order_gid, reason, "state", mine="confirmed",
                   theirs="draft")


def office_credit(db, client_id: int, order_id: int, currency: str, limit, this_order, rating: str):
    """`sale.credit_status` in plain SQL on the server's tables as they stand today (`receivables.balance`): open
    receivables (invoices and credit notes issued by today, less the money received by today not allocated to
    them), confirmed orders no invoice bills (this one left out), overdue debt and its age, and the office's
    blocking setting."""
    from kamdesk.core.money import from_minor
    from kamdesk.core.services.sale import EXPOSURE_STATES, OVERDUE_BLOCK_KEY, CreditStatus, overdue_block_from

    today = dt.date.today()
    marks = ", ".join(["%s"] * len(EXPOSURE_STATES))
    uninvoiced = db.execute_sql(
        f'SELECT COALESCE(SUM(o.gross_total), 0) FROM "order" o WHERE o.client_id = %s AND o.state IN ({marks}) '
        "AND o.currency = %s AND o.id <> %s AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.order_id = o.id "
        "AND i.kind = 'invoice') AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.client_id = o.client_id "
        "AND i.kind = 'invoice' AND i.order_id IS NULL AND i.currency = o.currency "
        "AND i.gross_amount = o.gross_total AND i.issue_date >= o.order_date) "
        "AND NOT (o.state = 'delivered' AND EXISTS (SELECT 1 FROM invoice i WHERE i.client_id = o.client_id "
        "AND i.kind = 'invoice' AND i.issue_date > o.order_date) AND NOT EXISTS (SELECT 1 FROM invoice i "
        "WHERE i.client_id = o.client_id AND i.kind = 'invoice' AND i.issue_date <= o.order_date))",
        (client_id, *EXPOSURE_STATES, currency, order_id)).fetchone()[0]
    per_currency = {row[0]: row[1:] for row in db.execute_sql(
        "SELECT currency, COALESCE(SUM(open), 0), "
        "COALESCE(SUM(CASE WHEN open > 0 AND due_date < %s THEN open ELSE 0 END), 0), "
        "MIN(CASE WHEN open > 0 AND due_date < %s THEN due_date END) FROM (SELECT i.currency, i.due_date, "
        "i.open_amount "
        "+ COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.invoice_id = i.id AND a.settled_on > %s), 0) "
        "- COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.credit_note_id = i.id AND a.settled_on > %s), 0) "
        "AS open FROM invoice i WHERE i.client_id = %s AND i.issue_date <= %s) items GROUP BY currency",
        (today, today, today, today, client_id, today)).fetchall()}
    items, overdue, oldest_due = per_currency.get(currency, (0, 0, None))
    oldest_due = min((row[2] for row in per_currency.values() if row[2] is not None), default=None)  # any currency
    elsewhere = tuple((code, from_minor(int(row[1]))) for code, row in sorted(per_currency.items())
                      if code != currency and int(row[1]) > 0)
    unallocated = db.execute_sql(  # what settles an invoice issued after today is not spent yet
        "SELECT COALESCE(SUM(p.unallocated + COALESCE((SELECT SUM(a.amount) FROM allocation a "
        "WHERE a.payment_id = p.id AND a.settled_on > %s), 0)), 0) FROM payment p "
        "WHERE p.client_id = %s AND p.currency = %s AND p.paid_on <= %s",
        (today, client_id, currency, today)).fetchone()[0]
    setting = db.execute_sql("SELECT value FROM setting WHERE key = %s", (OVERDUE_BLOCK_KEY,)).fetchone()
    return CreditStatus(limit=limit, open_receivables=from_minor(int(items) - int(unallocated)),
                        uninvoiced=from_minor(int(uninvoiced)), this_order=this_order, rating=rating,
                        overdue=from_minor(int(overdue)),
                        oldest_overdue_days=(today - oldest_due).days if oldest_due else 0,
                        block_overdue_days=overdue_block_from(setting[0] if setting else None), currency=currency,
                        overdue_elsewhere=elsewhere)
