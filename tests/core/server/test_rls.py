"""Row-level security proven by connecting as each role with psycopg directly, without kamdesk in between."""

from __future__ import annotations

import psycopg
import pytest

from kamdesk.core.models import ALL_MODELS
from kamdesk.core.server import security

HANGING_OFF_A_CLIENT = ("client", "contact", "order", "order_line", "shipment", "discount_approval", "offer",
                        "offer_line", "contract", "obligation", "activity", "product_return", "complaint")
RECORDED_BY_THE_OFFICE = ("invoice", "payment", "allocation")  # read with the client, written by heads and admins
CATALOGUE = ("product", "price_column", "category", "price", "promotion", "contract_template")


def ids(connection, table: str) -> set[int]:
    return {row[0] for row in connection.execute(f'SELECT id FROM "{table}"')}


def owned(team, table: str, *keys: str) -> set[int]:
    return {team.records[table][key] for key in keys}


def test_every_table_has_row_level_security_and_policies(team):
    with team.server.connect(team.database) as owner:
        rows = owner.execute("SELECT relname, relrowsecurity FROM pg_class WHERE relkind = 'r' "
                             "AND relnamespace = 'public'::regnamespace").fetchall()
        with_policies = {row[0] for row in owner.execute("SELECT tablename FROM pg_policies")}
    tables = {model._meta.table_name for model in ALL_MODELS} | {"schema_migration"}
    assert tables <= {name for name, secured in rows if secured}
    assert tables <= with_policies


def test_a_manager_sees_only_their_own_clients_records(team):
    with team.connect("m1") as m1:
        for table in HANGING_OFF_A_CLIENT + RECORDED_BY_THE_OFFICE:
            assert ids(m1, table) == owned(team, table, "m1"), table


def test_a_manager_cannot_change_or_remove_another_managers_records(team):
    with team.connect("m1") as m1:
        for table in HANGING_OFF_A_CLIENT:
            other = team.records[table]["m2"]
            assert m1.execute(f'UPDATE "{table}" SET id = id WHERE id = %s', (other,)).rowcount == 0, table
            assert m1.execute(f'DELETE FROM "{table}" WHERE id = %s', (other,)).rowcount == 0, table
    with team.server.connect(team.database) as owner:
        for table in HANGING_OFF_A_CLIENT:
            assert owner.execute(f'SELECT id FROM "{table}" WHERE id = %s', (team.records[table]["m2"],)).fetchone()


def test_a_head_sees_their_team_and_the_unassigned_clients_not_another_heads_team(team):
    with team.connect("h1") as h1, team.connect("h2") as h2:
        for table in HANGING_OFF_A_CLIENT + RECORDED_BY_THE_OFFICE:
            assert ids(h1, table) == owned(team, table, "m1", "m2", "h1", "nobody"), table
            assert ids(h2, table) == owned(team, table, "m3", "nobody"), table


def test_an_admin_sees_everything(team):
    with team.connect("admin") as admin:
        for table in HANGING_OFF_A_CLIENT + RECORDED_BY_THE_OFFICE:
            assert ids(admin, table) == set(team.records[table].values()), table


def test_a_manager_reads_but_cannot_change_or_remove_their_own_clients_invoices_payments_allocations(team):
    with team.connect("m1") as m1:
        for table in RECORDED_BY_THE_OFFICE:
            mine = team.records[table]["m1"]
            for sql in (f'DELETE FROM "{table}" WHERE id = %s', f'UPDATE "{table}" SET id = id WHERE id = %s',
                        f'INSERT INTO "{table}" SELECT * FROM "{table}" WHERE id = %s'):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    m1.execute(sql, (mine,))
            assert ids(m1, table) == {mine}, table
    with team.server.connect(team.database) as owner:  # the invoice and what settled it are all still there
        for table in RECORDED_BY_THE_OFFICE:
            assert owner.execute(f'SELECT count(*) FROM "{table}" WHERE id = %s',
                                 (team.records[table]["m1"],)).fetchone() == (1,), table


def test_a_head_records_invoices_payments_and_allocations_of_their_team_only(team):
    with team.connect("h1") as h1:
        for table in RECORDED_BY_THE_OFFICE:
            assert h1.execute(f'UPDATE "{table}" SET id = id').rowcount == 4, table  # m1, m2, h1, nobody
            assert h1.execute(f'DELETE FROM "{table}" WHERE id = %s', (team.records[table]["m3"],)).rowcount == 0
        h1.execute("UPDATE invoice SET open_amount = 0 WHERE id = %s", (team.records["invoice"]["m1"],))
        h1.execute("INSERT INTO payment (gid, row_version, client_id, paid_on, amount, currency, partner_name, "
                   "tax_number, remark, reference, fingerprint, unallocated, source, note, created_at, updated_at) "
                   "SELECT md5(gid), 1, client_id, paid_on, 50, currency, partner_name, tax_number, remark, "
                   "reference, 'cash-m2', 50, 'manual', note, created_at, updated_at FROM payment WHERE id = %s",
                   (team.records["payment"]["m2"],))
        for sql, record in (("UPDATE invoice SET client_id = %s WHERE id = %s", team.records["invoice"]["m1"]),
                            ("INSERT INTO payment (gid, row_version, client_id, paid_on, amount, currency, "
                             "partner_name, tax_number, remark, reference, fingerprint, unallocated, source, note, "
                             "created_at, updated_at) SELECT md5(gid || 'y'), 1, %s, paid_on, 50, currency, '', '', "
                             "'', '', 'cash-m3', 50, 'manual', '', created_at, updated_at FROM payment WHERE id = %s",
                             team.records["payment"]["m1"])):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not for another head's client
                h1.execute(sql, (team.clients["m3"], record))
    with team.connect("admin") as admin:
        for table in RECORDED_BY_THE_OFFICE:
            assert admin.execute(f'UPDATE "{table}" SET id = id').rowcount == len(team.records[table]) + (
                table == "payment"), table


def test_a_complaint_is_seen_and_handled_by_its_responsible_who_does_not_manage_the_client(team):
    complaint = team.records["complaint"]["m1"]
    with team.server.connect(team.database) as owner:
        owner.execute("UPDATE complaint SET responsible_id = %s WHERE id = %s", (team.managers["m3"], complaint))
    with team.connect("m3") as m3, team.connect("m2") as m2, team.connect("m1") as m1:
        assert ids(m3, "complaint") == owned(team, "complaint", "m1", "m3")
        assert team.clients["m1"] not in ids(m3, "client")
        assert m3.execute("UPDATE complaint SET state = 'investigating' WHERE id = %s", (complaint,)).rowcount == 1
        assert complaint not in ids(m2, "complaint")
        assert m2.execute("UPDATE complaint SET state = 'rejected' WHERE id = %s", (complaint,)).rowcount == 0
        assert complaint in ids(m1, "complaint")  # the client's manager still sees it
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor can m3 hand it to a client of m2's
            m3.execute("UPDATE complaint SET client_id = %s, responsible_id = %s WHERE id = %s",
                       (team.clients["m2"], team.managers["m2"], complaint))


@pytest.mark.parametrize("key", security.decided_settings())
def test_only_heads_and_admins_decide_the_overdue_block_and_the_dunning_days(team, key):
    with team.server.connect(team.database) as owner:
        owner.execute("INSERT INTO setting (key, value, gid, row_version) VALUES ('language', 'hu', 'g-lang', 1)")
    with team.connect("m1") as m1:
        for sql in ("INSERT INTO setting (key, value, gid, row_version) VALUES (%(key)s, '0', 'g-m1', 1)",
                    "INSERT INTO setting (key, value, gid, row_version) SELECT %(key)s, '0', 'g-m1', 1 "
                    "FROM setting WHERE key = 'language'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                m1.execute(sql, {"key": key})
            assert str(refused.value).startswith(str(security.SETTING_REFUSED))
            m1.rollback()
        m1.execute("UPDATE setting SET value = 'en' WHERE key = 'language'")  # the other settings stay shared
    with team.connect("h1") as h1:
        h1.execute("INSERT INTO setting (key, value, gid, row_version) VALUES (%s, '45', 'g-h1', 1)", (key,))
    with team.connect("m1") as m1:
        for sql in ("UPDATE setting SET value = '0' WHERE key = %s", "DELETE FROM setting WHERE key = %s",
                    "UPDATE setting SET key = 'x' WHERE key = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                m1.execute(sql, (key,))
            m1.rollback()
    with team.connect("admin") as admin:
        assert admin.execute("UPDATE setting SET value = '60' WHERE key = %s", (key,)).rowcount == 1
        assert admin.execute("SELECT value FROM setting WHERE key = %s", (key,)).fetchone()[0] == "60"


def test_a_manager_cannot_see_a_client_without_manager(team):
    with team.connect("m1") as m1:
        assert team.clients["nobody"] not in ids(m1, "client")


def test_a_manager_creates_clients_for_themself_only(team):
    with team.connect("m1") as m1:
        m1.execute("INSERT INTO client (name, legal_form, tax_number, registration_number, status, key_account, "
                   "manager_id, source, needs, prospects, reliability, reliability_note, payment_terms_days, "
                   "legal_postcode, legal_city, legal_street, legal_country, delivery_postcode, delivery_city, "
                   "delivery_street, delivery_country, phone, email, website, notes, created_at, updated_at, "
                   "search_text, name_key, dedupe_key, tax_key, city_key) "
                   "SELECT 'New', legal_form, tax_number, registration_number, status, key_account, %s, source, "
                   "needs, prospects, reliability, reliability_note, payment_terms_days, legal_postcode, legal_city, "
                   "legal_street, legal_country, delivery_postcode, delivery_city, delivery_street, "
                   "delivery_country, phone, email, website, notes, created_at, updated_at, search_text, name_key, "
                   "dedupe_key, tax_key, city_key FROM client WHERE id = %s",
                   (team.managers["m1"], team.clients["m1"]))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            m1.execute("INSERT INTO client (name, manager_id) SELECT 'Theirs', %s", (team.managers["m2"],))


def test_reassigning_a_client_is_for_heads_and_admins(team):
    with team.connect("m1") as m1, pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
        m1.execute("UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m2"], team.clients["m1"]))
    assert str(refused.value).startswith(str(security.REASSIGN_REFUSED))
    with team.connect("h1") as h1:
        h1.execute("UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m2"], team.clients["m1"]))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not into another head's team
            h1.execute("UPDATE client SET manager_id = %s WHERE id = %s", (team.managers["m3"], team.clients["m2"]))
    with team.connect("m2") as m2:
        assert team.clients["m1"] in ids(m2, "client")


def test_the_catalogue_is_read_by_all_and_written_by_heads_and_admins(team):
    with team.connect("m1") as m1, team.connect("h1") as h1, team.connect("admin") as admin:
        for table in CATALOGUE:
            m1.execute(f'SELECT * FROM "{table}"')
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                m1.execute(f'UPDATE "{table}" SET id = id')
            h1.execute(f'UPDATE "{table}" SET id = id')
            admin.execute(f'UPDATE "{table}" SET id = id')


def test_a_head_writes_prices(team):
    with team.connect("h1") as h1:
        h1.execute("UPDATE product SET name = 'Friss tej' WHERE sku = 'TEJ-1'")
    with team.connect("m1") as m1:
        assert m1.execute("SELECT name FROM product").fetchone()[0] == "Friss tej"


def test_only_admins_change_the_managers(team):
    with team.connect("h1") as h1, pytest.raises(psycopg.errors.InsufficientPrivilege):
        h1.execute("UPDATE manager SET max_discount = 9000")
    with team.connect("m1") as m1, pytest.raises(psycopg.errors.InsufficientPrivilege):
        m1.execute("UPDATE manager SET login = %s WHERE id = %s", (team.logins["m1"], team.managers["h1"]))
    with team.connect("admin") as admin:
        assert admin.execute("UPDATE manager SET max_discount = 700 WHERE id = %s",
                             (team.managers["m1"],)).rowcount == 1


def test_a_manager_cannot_approve_a_discount_even_with_sql(team):
    request = team.records["discount_approval"]["m1"]
    with team.connect("m1") as m1:
        for sql, values in (
                ("UPDATE discount_approval SET state = 'approved', decided_by_id = %s, decided_at = now() "
                 "WHERE id = %s", (team.managers["h1"], request)),
                ("UPDATE discount_approval SET state = 'approved' WHERE id = %s", (request,)),
                ("INSERT INTO discount_approval (order_id, requested_by_id, requested_at, max_discount, \"limit\", "
                 "state, reason) VALUES (%s, %s, now(), 9000, 500, 'approved', '')",
                 (team.records["order"]["m1"], team.managers["m1"]))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                m1.execute(sql, values)
            assert str(refused.value).startswith(str(security.APPROVAL_REFUSED))


def test_a_head_approves_in_their_own_name_only(team):
    request = team.records["discount_approval"]["m1"]
    with team.connect("h1") as h1:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            h1.execute("UPDATE discount_approval SET state = 'approved', decided_by_id = %s WHERE id = %s",
                       (team.managers["h2"], request))
        h1.execute("UPDATE discount_approval SET state = 'approved', decided_by_id = %s, decided_at = now() "
                   "WHERE id = %s", (team.managers["h1"], request))
    with team.connect("m1") as m1, pytest.raises(psycopg.errors.InsufficientPrivilege):  # a decided one stays
        m1.execute("UPDATE discount_approval SET max_discount = 9900 WHERE id = %s", (request,))


def test_a_manager_cannot_override_credit_or_approve_an_offer_with_sql(team):
    with team.connect("m1") as m1:
        with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
            m1.execute("UPDATE \"order\" SET credit_override_by_id = %s, credit_override_reason = 'ok' "
                       "WHERE id = %s", (team.managers["h1"], team.records["order"]["m1"]))
        assert str(refused.value).startswith(str(security.OVERRIDE_REFUSED))
        with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
            m1.execute("UPDATE offer SET discount_approved_up_to = 9900 WHERE id = %s",
                       (team.records["offer"]["m1"],))
        assert str(refused.value).startswith(str(security.APPROVAL_REFUSED))
        m1.execute("UPDATE \"order\" SET notes = 'ring first' WHERE id = %s", (team.records["order"]["m1"],))
    with team.connect("h1") as h1:
        h1.execute("UPDATE \"order\" SET credit_override_by_id = %s, credit_override_reason = 'known client' "
                   "WHERE id = %s", (team.managers["h1"], team.records["order"]["m1"]))
        h1.execute("UPDATE offer SET discount_approved_by_id = %s, discount_approved_up_to = 1500 WHERE id = %s",
                   (team.managers["h1"], team.records["offer"]["m2"]))


def test_the_workflow_log_is_append_only(team):
    with team.connect("m1") as m1:
        m1.execute("INSERT INTO state_change (document, record_id, verb, from_state, to_state, manager_id, at) "
                   "VALUES ('order', 1, 'confirm', 'draft', 'confirmed', %s, now())", (team.managers["m1"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            m1.execute("DELETE FROM state_change")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            m1.execute("UPDATE state_change SET verb = 'cancel'")


def test_a_disabled_user_cannot_log_in(team):
    from kamdesk.core import db as kdb
    from kamdesk.core.server import users

    kdb.connect(team.url_of("admin"))
    users.disable_user(team.logins["m2"])
    kdb.close()
    with pytest.raises(psycopg.OperationalError):
        team.connect("m2")


def test_installing_again_changes_nothing_a_user_sees(team):
    from kamdesk.core import db as kdb

    security.install(kdb.connect(team.url), ALL_MODELS)
    kdb.close()
    with team.connect("m1") as m1:
        assert ids(m1, "client") == {team.clients["m1"]}
