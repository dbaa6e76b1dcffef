"""The proof of laptop sync: a randomized stateful test on a real PostgreSQL with three replicas.

Two laptops of manager m1 (A, B: the same rows, so real same-field conflicts) and one of m2 (C: clients
move between the managers). The rules edit on the server (as the office's owner login and as m1 through
their own login), edit on the laptops through the models, and sync a random laptop, sometimes killed at a
point of the sync (before the batch is sent, after the server committed it, inside the replica's pull) or
with the network cut before or during it. After a final round (each laptop synced twice, nothing failing):

- every laptop holds exactly what its user may see on the server, field by field (references by gid), but
  the rows that hang off a record they may not see (the state log is readable by everyone);
- nothing is lost: every row made anywhere is on the server unless someone deleted it or it is listed as
  refused; every value written anywhere is the server's value, or was seen and replaced by a later edit or
  a delete, or is listed in a conflict of the kind the rules (kamdesk/core/sync/apply.py) say;
- nothing is doubled: the server holds no row nobody made, and no laptop has anything waiting;
- no conflict is listed that the rules do not call for.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from kamdesk.core import db as kdb
from kamdesk.core.errors import ServerUnreachable
from kamdesk.core.money import from_minor, to_minor
from kamdesk.core.models.sync import SyncConflict
from kamdesk.core.sync import conflicts as conflict_list
from kamdesk.core.sync import faults, numbers, push, tables
from tests.core.server.conftest import PASSWORD
from tests.core.sync.conftest import on_server
from tests.core.sync.network import Relay

LAPTOPS = {"A": "m1", "B": "m1", "C": "m2"}
CLIENT_FIELDS = ("notes", "phone", "credit_limit")
CONTACT_FIELDS = ("notes", "phone")
POINTS = ("batch_cut", "server_applied", "pull_written")
FAULTS = [None, None, None] + [("crash", p) for p in POINTS] + [("cut", p) for p in ("start", *POINTS)]
pick = st.integers(min_value=0, max_value=1000)


class Crash(Exception):
    """The laptop's program died at a point of the sync."""


class Replica:
    """A copy of a base replica, opened as the proxy's database; syncs through the relay."""

    def __init__(self, name: str, who: str, path, url: str):
        self.name, self.who = name, who
        self.db = kdb.connect(f"sqlite:///{path}", migrate=False)
        self.db.execute_sql("UPDATE sync_state SET server_url = ?", (url,))  # the copy's server, via the relay

    def use(self):
        if kdb.database.obj is not self.db:
            kdb.database.initialize(self.db)
        return self.db

    def sync(self):
        from kamdesk.core.services import sync

        self.use()
        return sync.sync_now(PASSWORD)


class World:
    """The base team database and replicas, copied afresh for each example; the relay in front of the server."""

    def __init__(self, team, bases: dict, folder):
        self.team, self.bases, self.folder = team, bases, folder
        self.relay = Relay(team.server.port)
        self.work = f"{team.database}_w"

    def fresh(self) -> dict[str, Replica]:
        server = self.team.server
        server.drop_database(self.work)
        server.create_database(self.work, template=self.team.database)
        replicas = {}
        for name, base in self.bases.items():
            path = self.folder / f"work_{name}.db"
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            shutil.copyfile(base, path)
            login = self.team.logins[LAPTOPS[name]]
            replicas[name] = Replica(name, LAPTOPS[name], path,
                                     f"postgresql://{login}@127.0.0.1:{self.relay.port}/{self.work}")
        return replicas

    def connect(self, who: str | None = None):
        """A psycopg connection to this example's server database (autocommit), as the owner or a user."""
        if who is None:
            return self.team.server.connect(self.work)
        return self.team.server.connect(self.work, self.team.logins[who], PASSWORD)


def guarded(method):
    """Marks the machine broken when a rule fails, so teardown only cleans up."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            self.note(f"rule {method.__name__}")
            return method(self, *args, **kwargs)
        except BaseException:
            self.broken = True
            raise

    return wrapper


class Convergence(RuleBasedStateMachine):
    world: World  # set by the test
    seen: dict[str, int] = {}

    def __init__(self):
        super().__init__()
        self.broken = False
        self.replicas = self.world.fresh()
        self.owner = self.world.connect()
        self.as_m1 = self.world.connect("m1")
        self.counter = 0
        self.known = {t: set(self.server_gids(t)) for t in ("client", "contact")}  # every row ever made
        self.writes: dict[tuple[str, str], list[tuple[object, object]]] = {}  # (gid, field) → (seen, new)
        self.deletes: dict[str, list[tuple[str, dict]]] = {}  # gid → (where, the values the deleter saw)
        self.moved: set[str] = set()  # clients given to another manager (and their contacts follow)
        self.office_changes: list[tuple[str, str, str]] = []  # (table, gid, field) the office edited, in order
        self.table_of = dict.fromkeys(self.known["client"], "client")  # gid → table, for the checks
        self.parent = dict(self.owner.execute(  # contact → its client, for good
            "SELECT k.gid, c.gid FROM contact k JOIN client c ON c.id = k.client_id").fetchall())

    # ------------------------------------------------------------------ helpers
    def value(self, field: str):
        self.counter += 1
        if field == "credit_limit":
            return Decimal(1000 * self.counter)
        return f"{field} {self.counter} ő"

    def server_gids(self, table: str, conn=None) -> list[str]:
        rows = (conn or self.owner).execute(f'SELECT gid FROM "{table}" ORDER BY id').fetchall()
        return [row[0] for row in rows]

    def server_value(self, table: str, gid: str, field: str):
        row = self.owner.execute(f'SELECT "{field}" FROM "{table}" WHERE gid = %s', (gid,)).fetchone()
        return None if row is None else (from_minor(row[0]) if field == "credit_limit" and row[0] is not None
                                         else row[0])

    def server_row(self, table: str, gid: str) -> dict:
        fields = CLIENT_FIELDS if table == "client" else CONTACT_FIELDS
        return {f: self.server_value(table, gid, f) for f in fields}

    def laptop(self, name: str) -> Replica:
        replica = self.replicas[name]
        replica.use()
        return replica

    # ------------------------------------------------------------------ the office
    @rule(field=st.sampled_from(CLIENT_FIELDS), index=pick, as_m1=st.booleans())
    @guarded
    def office_edits_a_client(self, field, index, as_m1):
        conn = self.as_m1 if as_m1 else self.owner
        gids = self.server_gids("client", conn)
        if not gids:
            return
        gid, new = gids[index % len(gids)], self.value(field)
        seen = self.server_value("client", gid, field)
        stored = to_minor(new) if field == "credit_limit" else new
        conn.execute(f'UPDATE client SET "{field}" = %s WHERE gid = %s', (stored, gid))
        self.writes.setdefault((gid, field), []).append((seen, new))
        self.office_changes.append(("client", gid, field))

    @rule(field=st.sampled_from(CONTACT_FIELDS), index=pick)
    @guarded
    def office_edits_a_contact(self, field, index):
        gids = self.server_gids("contact")
        if gids:
            gid, new = gids[index % len(gids)], self.value(field)
            seen = self.server_value("contact", gid, field)
            self.owner.execute(f'UPDATE contact SET "{field}" = %s WHERE gid = %s', (new, gid))
            self.writes.setdefault((gid, field), []).append((seen, new))
            self.office_changes.append(("contact", gid, field))

    @rule(index=pick, as_m1=st.booleans())
    @guarded
    def office_adds_a_contact(self, index, as_m1):
        conn = self.as_m1 if as_m1 else self.owner
        gids = self.server_gids("client", conn)
        if not gids:
            return
        client = gids[index % len(gids)]
        name = f"Office contact {self.value('name')}"
        gid = conn.execute("INSERT INTO contact (client_id, name, position, phone, email, decision_maker, "
                           "is_primary, notes, row_version) SELECT id, %s, '', '', '', false, false, '', 1 "
                           "FROM client WHERE gid = %s RETURNING gid", (name, client)).fetchone()[0]
        self.known["contact"].add(gid)
        self.parent[gid] = client

    @rule(index=pick)
    @guarded
    def office_deletes_a_contact(self, index):
        gids = self.server_gids("contact")
        if gids:
            gid = gids[index % len(gids)]
            self.deletes.setdefault(gid, []).append(("office", self.server_row("contact", gid)))
            self.owner.execute("DELETE FROM contact WHERE gid = %s", (gid,))

    @rule(index=pick, to=st.sampled_from(["m1", "m2", "m3"]))
    @guarded
    def office_gives_a_client_to_another_manager(self, index, to):
        gids = self.server_gids("client")
        gid = gids[index % len(gids)]
        self.owner.execute("UPDATE client SET manager_id = %s WHERE gid = %s", (self.world.team.managers[to], gid))
        self.moved.add(gid)

    # ------------------------------------------------------------------ the laptops
    @rule(name=st.sampled_from(sorted(LAPTOPS)), field=st.sampled_from(CLIENT_FIELDS), index=pick)
    @guarded
    def laptop_edits_a_client(self, name, field, index):
        from kamdesk.core.models import Client

        self.laptop(name)
        clients = list(Client.select().order_by(Client.id))
        if clients:
            self.edit_on_laptop(clients[index % len(clients)], field)

    @rule(name=st.sampled_from(sorted(LAPTOPS)), field=st.sampled_from(CONTACT_FIELDS), index=pick)
    @guarded
    def laptop_edits_a_contact(self, name, field, index):
        from kamdesk.core.models import Contact

        self.laptop(name)
        contacts = list(Contact.select().order_by(Contact.id))
        if contacts:
            self.edit_on_laptop(contacts[index % len(contacts)], field)

    def edit_on_laptop(self, record, field: str) -> None:
        new = self.value(field)
        self.writes.setdefault((record.gid, field), []).append((getattr(record, field), new))
        setattr(record, field, new)
        record.save()

    def delete_on_laptop(self, name: str, contact) -> None:
        self.deletes.setdefault(contact.gid, []).append((name, {f: getattr(contact, f) for f in CONTACT_FIELDS}))
        contact.delete_instance()

    def lately_changed(self, tables_: tuple[str, ...]):
        """The laptop's record and field the office changed last: what a sync racing the user is about."""
        from kamdesk.core.models import Client, Contact

        for table, gid, field in reversed(self.office_changes):
            model = Client if table == "client" else Contact
            record = model.get_or_none(model.gid == gid) if table in tables_ else None
            if record is not None:
                return record, field
        return None, None

    @rule(name=st.sampled_from(sorted(LAPTOPS)))
    @guarded
    def laptop_adds_a_client(self, name):
        from kamdesk.core.models import Client, Manager

        self.laptop(name)
        me = Manager.get(Manager.login == self.world.team.logins[LAPTOPS[name]])
        client = Client.create(name=f"Laptop client {self.value('name')}", manager=me)
        self.known["client"].add(client.gid)
        self.table_of[client.gid] = "client"

    @rule(name=st.sampled_from(sorted(LAPTOPS)), index=pick)
    @guarded
    def laptop_adds_a_contact(self, name, index):
        from kamdesk.core.models import Client, Contact

        self.laptop(name)
        clients = list(Client.select().order_by(Client.id))
        if clients:
            client = clients[index % len(clients)]
            contact = Contact.create(client=client, name=f"Laptop {self.value('name')}")
            self.known["contact"].add(contact.gid)
            self.parent[contact.gid] = client.gid

    @rule(name=st.sampled_from(sorted(LAPTOPS)), index=pick, thousands=st.integers(1, 40))
    @guarded
    def laptop_confirms_an_order(self, name, index, thousands):
        """Confirmed with the laptop's figures; the server checks the credit again with its own."""
        from kamdesk.core.errors import KamdeskError
        from kamdesk.core.models import Order, StateChange
        from kamdesk.core.services import sale

        self.laptop(name)
        drafts = list(Order.select().where(Order.state == "draft").order_by(Order.id))
        if not drafts:
            return
        order = drafts[index % len(drafts)]
        self.table_of[order.gid] = "order"
        self.parent[order.gid] = order.client.gid
        order.gross_total = Decimal(1000 * thousands)
        order.save()
        try:
            sale.confirm_order(order.id)
        except KamdeskError:  # over the limit the laptop knows: not confirmed
            return
        logged = (StateChange.select().where((StateChange.document == "order") & (StateChange.record_id == order.id))
                  .order_by(StateChange.id.desc()).first())
        self.parent[logged.gid] = order.client.gid
        self.writes.setdefault((order.gid, "state"), []).append(("draft", "confirmed"))

    @rule(name=st.sampled_from(sorted(LAPTOPS)), index=pick, to=st.sampled_from(["m1", "m2", "m3"]))
    @guarded
    def laptop_gives_a_client_to_another_manager(self, name, index, to):
        """Only the office may: the server refuses it, and the laptop must get its client back."""
        from kamdesk.core.models import Client, Manager

        self.laptop(name)
        clients = list(Client.select().order_by(Client.id))
        if clients:
            client = clients[index % len(clients)]
            client.manager = Manager.get(Manager.login == self.world.team.logins[to])
            client.save()
            self.moved.add(client.gid)

    @rule(name=st.sampled_from(sorted(LAPTOPS)), index=pick)
    @guarded
    def laptop_deletes_a_contact(self, name, index):
        from kamdesk.core.models import Contact

        self.laptop(name)
        contacts = list(Contact.select().order_by(Contact.id))
        if contacts:
            self.delete_on_laptop(name, contacts[index % len(contacts)])

    # ------------------------------------------------------------------ syncs, killed or cut
    @rule(name=st.sampled_from(sorted(LAPTOPS)), fault=st.sampled_from(FAULTS), nth=st.sampled_from([1, 1, 2]),
          meanwhile=st.sampled_from([None, None, "edit", "delete"]))
    @guarded
    def laptop_syncs(self, name, fault, nth, meanwhile):
        """A sync, perhaps killed or cut the `nth` time it reaches a point; `meanwhile` the user edits or deletes
        on the laptop, after the push and before the pull (a sync in the background), what the office changed
        last: the pull must keep that change, and the next push settle it."""
        replica = self.laptop(name)
        reached, counts = [], {}

        def hook(point):
            counts[point] = counts.get(point, 0) + 1
            if fault is None or point != fault[1] or counts[point] != nth:
                return
            reached.append(point)
            if fault[0] == "crash":
                raise Crash(point)
            self.world.relay.cut()

        if fault == ("cut", "start"):
            self.world.relay.cut()
            reached.append("start")
        faults.set_hook(hook)
        real_top_up = numbers.top_up

        def top_up(*args, **kwargs):  # between the push and the pull
            record, field = self.lately_changed(("contact",) if meanwhile == "delete" else ("client", "contact"))
            if record is not None and meanwhile == "delete":
                self.delete_on_laptop(name, record)
            elif record is not None and meanwhile:
                self.edit_on_laptop(record, field)
            return real_top_up(*args, **kwargs)

        numbers.top_up = top_up
        try:
            replica.sync()
        except Crash:
            assert reached and fault[0] == "crash"
        except ServerUnreachable:
            assert reached and fault[0] == "cut", "the sync failed with the network up"
        else:
            assert not (reached and fault[0] == "crash"), "the crash did not stop the sync"
        finally:
            self.note(f"sync {'' if fault is None else fault[0] if reached else 'not reached'}")
            numbers.top_up = real_top_up
            faults.set_hook(None)
            self.world.relay.mend()

    @rule(name=st.sampled_from(sorted(LAPTOPS)))
    @guarded
    def laptop_syncs_undisturbed(self, name):
        """Syncs are as frequent as the edits of one kind: conflicts reach the laptops and get resolved."""
        self.laptop(name).sync()
        self.note("sync ")

    @rule(name=st.sampled_from(sorted(LAPTOPS)), index=pick, other=st.booleans())
    @guarded
    def laptop_resolves_a_conflict(self, name, index, other):
        from kamdesk.core.services import sync

        self.laptop(name)
        listed = [c for c in sync.list_conflicts() if c.table in ("client", "contact")]
        if not listed:
            return
        conflict = listed[index % len(listed)]
        use = "other" if other and conflict.kind in conflict_list.OTHER else "kept"
        row = SyncConflict.get_by_id(conflict.id)
        table = tables.by_name()[row.tbl]
        record = table.model.get_or_none(table.model.gid == row.record_gid)
        if use == "other" and record is None:
            use = "kept"
        if use == "other" and conflict.kind == "delete_edited":
            self.deletes.setdefault(row.record_gid, []).append(
                (name, {f: getattr(record, f) for f in CONTACT_FIELDS if hasattr(record, f)}))
        elif use == "other":
            raw = row.theirs_value if conflict_list.OTHER[conflict.kind] == "theirs" else row.mine_value
            self.writes.setdefault((row.record_gid, row.field), []).append(
                (getattr(record, row.field), table.to_python(row.field, json.loads(raw))))
        sync.resolve_conflict(conflict.id, use)
        self.note(f"resolved {conflict.kind}: {use}")

    # ------------------------------------------------------------------ the end
    def teardown(self):
        try:
            if not self.broken:
                self.converge()
                self.check()
        finally:
            faults.set_hook(None)
            self.world.relay.mend()
            self.owner.close()
            self.as_m1.close()
            for replica in self.replicas.values():
                replica.db.close()
            kdb.database.initialize(None)

    def converge(self):
        for _ in range(2):
            for name in sorted(self.replicas):
                self.replicas[name].sync()

    def check(self):
        for name, replica in self.replicas.items():
            self.check_same_as_server(replica)
        listed = self.conflicts()
        self.check_nothing_lost_or_doubled(listed)
        self.check_values_accounted(listed)
        self.check_conflicts_called_for(listed)
        for kind in sorted({(tbl, kind) for tbl, _, kind, *_ in listed}):
            self.note(f"listed {kind}")

    def note(self, what: str) -> None:
        """What the examples went through (PROOF_STATS=1 prints it)."""
        self.seen[what] = self.seen.get(what, 0) + 1

    def check_same_as_server(self, replica: Replica):
        assert replica.db.execute_sql("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
        with self.world.connect(replica.who) as server:
            for table in tables.synced():
                query = f'SELECT {table.select_list()} FROM "{table.name}" t'
                theirs = {gid: row for gid, row in _rows(table, server.execute(query)).items()
                          if all(row[c] is not None for c, ref in table.refs.items() if ref.required)}
                mine = _rows(table, replica.db.execute_sql(query))
                assert mine == theirs, f"{replica.name} ({replica.who}) differs from the server in {table.name}"

    def check_nothing_lost_or_doubled(self, listed):
        refused = {gid for _, gid, kind, field, *_ in listed if kind == "refused" and field == ""}
        for table in ("client", "contact"):
            present = self.server_gids(table)
            assert len(present) == len(set(present))
            assert set(present) <= self.known[table], f"{table} rows nobody made"
            for gid in self.known[table] - set(present):
                assert gid in self.deletes or gid in refused, f"{table} {gid} lost"
            for gid in set(present) & set(self.deletes):
                kinds = {kind for _, g, kind, *_ in listed if g == gid}
                assert kinds & {"delete_edited", "refused"}, f"{table} {gid}: a delete vanished unlisted"

    def check_values_accounted(self, listed):
        for (gid, field), writes in self.writes.items():
            table = tables.by_name()[self.table_of.get(gid, "contact")]
            exists = self.owner.execute(f'SELECT 1 FROM "{table.name}" WHERE gid = %s', (gid,)).fetchone()
            final = self.server_value(table.name, gid, field) if exists else object()
            seen = {old for old, _ in writes}
            seen |= {values.get(field) for _, values in self.deletes.get(gid, ())}
            sides = {(kind, side, value) for _, g, kind, f, side, value in listed if (g, f) == (gid, field)}
            for _, new in writes:
                if new == final or new in seen:
                    continue
                expected = ({("proposal", "mine", new)} if field in table.office_wins else
                            {("conflict", "theirs", new)}) | {("edit_deleted", "mine", new), ("refused", "mine", new),
                                                              ("workflow", "mine", new)}
                assert sides & expected, f"{table.name} {gid} {field} = {new!r} lost (listed: {sides})"

    def check_conflicts_called_for(self, listed):
        for tbl, gid, kind, field, *_ in listed:
            if tbl == "sync_conflict":  # two laptops resolved one conflict: the later resolution stands
                assert kind == "conflict"
                continue
            table = tables.by_name()[tbl]
            if kind == "workflow":
                assert (tbl, field) == ("order", "state") and gid in self.table_of
            elif kind == "proposal":
                assert field in table.office_wins
            elif kind == "conflict":
                assert field not in table.office_wins
            elif kind == "delete_edited":
                assert any(where != "office" for where, _ in self.deletes.get(gid, ()))
            elif kind == "edit_deleted":
                assert gid in self.deletes
            elif kind == "refused":
                client = gid if tbl == "client" else self.parent.get(gid)
                assert client in self.moved, f"{kind} {table.name} {gid} {field} without a cause"

    def conflicts(self) -> list[tuple]:
        """(table, gid, kind, field, side, value) per value a conflict lists; side "" for a whole row."""
        listed = []
        for gid, kind, tbl, field, mine, theirs in self.owner.execute(
                "SELECT record_gid, kind, tbl, field, mine_value, theirs_value FROM sync_conflict ORDER BY id"):
            table = tables.by_name()[tbl]
            if not field:
                listed.append((tbl, gid, kind, "", "", None))
                continue
            for side, raw in (("mine", mine), ("theirs", theirs)):
                listed.append((tbl, gid, kind, field, side, table.to_python(field, json.loads(raw))))
        return listed


def _rows(table: tables.Table, cursor) -> dict[str, dict]:
    """gid → the travelling values as Python (either database's raw values)."""
    names = [d[0] for d in cursor.description]
    rows = {}
    for raw in cursor.fetchall():
        row = dict(zip(names, raw, strict=True))
        rows[row["gid"]] = {c: table.to_python(c, row[c]) for c in table.columns}
    return rows


@pytest.fixture
def world(team, laptops, tmp_path):  # noqa: F811 (fixtures)
    on_server(team, "UPDATE discount_approval SET state = 'approved'")  # orders may be confirmed
    bases = {}
    for name, who in LAPTOPS.items():
        laptop = laptops(who, name)
        laptop.db.close()
        bases[name] = laptop.path
    made = World(team, bases, tmp_path)
    yield made
    made.relay.close()
    team.server.drop_database(made.work)


@pytest.mark.timeout(900)  # about a minute; a failure's shrinking takes longer (PROOF_NO_SHRINK=1 skips it)
def test_replicas_and_server_converge_with_nothing_lost_or_doubled(world, monkeypatch):
    """PROOF_EXAMPLES=n runs more examples than the 15 of a test run (100-150 for a thorough one);
    PROOF_STATS=1 prints what they did."""
    monkeypatch.setattr(push, "BATCH_SIZE", 4)  # several batches a sync: kills between them too
    Convergence.world = world
    Convergence.seen = {}
    run_state_machine_as_test(Convergence, settings=settings(
        max_examples=int(os.environ.get("PROOF_EXAMPLES", 15)), stateful_step_count=30, deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate] if os.environ.get("PROOF_NO_SHRINK") else list(Phase)))
    if os.environ.get("PROOF_STATS"):
        print(*sorted(Convergence.seen.items()), sep="\n")
