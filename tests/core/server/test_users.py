"""Users of the team server: `server init`, adding, listing, disabling, passwords; who sits at the desk."""

from __future__ import annotations

import logging
import uuid

import psycopg
import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import PermissionDenied, ValidationError
from kamdesk.core.server import users
from kamdesk.core.services import company as company_service
from tests.core.server.conftest import PASSWORD


def test_server_init_on_a_fresh_database(pg_server, pg_url):
    login = f"boss_{uuid.uuid4().hex[:6]}"
    admin = users.init_server(pg_url, login, PASSWORD)
    assert (admin.login, admin.role, admin.active) == (login, "admin", True)
    kdb.close()
    database = pg_url.rsplit("/", 1)[1]
    with pg_server.connect(database, login, PASSWORD) as connection:
        assert connection.execute("SELECT kamdesk_role(), kamdesk_me()").fetchone() == ("admin", admin.manager_id)
        groups = {row[0] for row in connection.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'kamdesk_%'")}
        assert {"kamdesk_manager", "kamdesk_head", "kamdesk_admin"} <= groups
        assert connection.execute("SELECT count(*) FROM contract_template").fetchone()[0] > 0


def test_the_password_travels_only_as_a_scram_verifier(pg_server, pg_url, caplog):
    login = f"boss_{uuid.uuid4().hex[:6]}"
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        users.init_server(pg_url, login, PASSWORD)
        users.add_user(f"anna_{login}", "Kiss Anna", "manager", "Anna-titka-77")
        users.set_password(f"anna_{login}", "Anna-uj-titka-88")
    logged = caplog.text
    assert "SCRAM-SHA-256$" in logged  # the statements were logged, with the verifier only
    assert PASSWORD not in logged and "Anna-titka-77" not in logged and "Anna-uj-titka-88" not in logged
    stored = kdb.database.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                      (f"anna_{login}",)).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$")
    kdb.close()
    pg_server.connect(pg_url.rsplit("/", 1)[1], f"anna_{login}", "Anna-uj-titka-88").close()


def test_users_listed_with_role_head_and_state(team):
    kdb.connect(team.url_of("m1"))
    listed = {user.login: user for user in users.list_users()}
    assert set(listed) == set(team.logins.values())
    m3 = listed[team.logins["m3"]]
    assert (m3.name, m3.role, m3.head_login, m3.active, m3.manager_id) == (
        "M3", "manager", team.logins["h2"], True, team.managers["m3"])


@pytest.mark.parametrize("login", ["", "Anna", "1anna", "anna-kiss", "pg_anna", "kamdesk_anna", "a" * 64,
                                   "anna; DROP TABLE client"])
def test_bad_login_names_are_refused_in_plain_words(team, login):
    kdb.connect(team.url_of("admin"))
    with pytest.raises(ValidationError) as refused:
        users.add_user(login, "Anna", "manager", PASSWORD)
    assert "login" in refused.value.errors and "small letters" in refused.value.message


def test_only_an_admin_adds_or_disables_users(team):
    kdb.connect(team.url_of("h1"))
    with pytest.raises(PermissionDenied):
        users.add_user(f"new_{team.logins['m1']}", "New", "manager", PASSWORD)
    with pytest.raises(PermissionDenied):
        users.disable_user(team.logins["m1"])
    with pytest.raises(PermissionDenied):
        users.set_password(team.logins["m1"], "Masik-jelszo-1")


def test_a_user_sets_their_own_password(team):
    kdb.connect(team.url_of("m1"))
    users.set_password(team.logins["m1"], "Sajat-jelszo-1")
    kdb.close()
    team.server.connect(team.database, team.logins["m1"], "Sajat-jelszo-1").close()
    with pytest.raises(psycopg.OperationalError):
        team.connect("m1")


def test_an_admin_adds_a_manager_under_a_head_and_disables_them(team):
    kdb.connect(team.url_of("admin"))
    login = f"m4_{team.logins['m1']}"
    added = users.add_user(login, "Négy Márta", "manager", PASSWORD, head_login=team.logins["h2"])
    assert added.head_login == team.logins["h2"] and added.active
    with pytest.raises(ValidationError):
        users.add_user(login, "Again", "manager", PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(f"m5_{team.logins['m1']}", "Under a manager", "manager", PASSWORD, head_login=login)
    with pytest.raises(ValidationError):
        users.disable_user(team.logins["admin"])  # not oneself
    users.disable_user(login)
    assert not {user.login: user for user in users.list_users()}[login].active


def test_on_the_server_the_current_manager_is_the_logged_in_user(team):
    kdb.connect(team.url_of("m1"))
    assert company_service.current_manager().id == team.managers["m1"]
    with pytest.raises(PermissionDenied):
        company_service.set_current_manager(team.managers["h1"])
    assert company_service.current_manager().id == team.managers["m1"]
    assert company_service.current_head() is None


def test_the_services_mirror_the_server(team):
    from kamdesk.core.models import DiscountApproval
    from kamdesk.core.services import catalogue, sale

    kdb.connect(team.url_of("m1"))
    request = team.records["discount_approval"]["m1"]
    with pytest.raises(PermissionDenied):  # not in a head's name
        sale.decide_approval(request, True, "fine", head_id=team.managers["h1"])
    with pytest.raises(PermissionDenied):
        catalogue.save_product({"sku": "VAJ-1", "name": "Vaj", "unit": "kg"})
    assert [c.id for c in DiscountApproval.select()] == [request]
    kdb.close()
    kdb.connect(team.url_of("h1"))
    assert sale.decide_approval(request, True, "regular client").decided_by_id == team.managers["h1"]


def test_a_server_refusal_reaches_the_user_as_plain_words(team):
    from kamdesk.core.models import Order

    kdb.connect(team.url_of("m1"))
    with pytest.raises(PermissionDenied) as refused:
        Order.update(credit_override_by=team.managers["m1"]).where(
            Order.id == team.records["order"]["m1"]).execute()
    assert refused.value.message == "Only the head of department can override the credit limit."


def test_users_need_a_team_server(db):
    assert users.list_users() == []
    with pytest.raises(ValidationError):
        users.add_user("anna", "Anna", "manager", PASSWORD)


def test_the_owners_migrations_bring_the_security_along(pg_url):
    database = kdb.connect(pg_url)  # migrations only: no server init
    unsecured = database.execute_sql("SELECT count(*) FROM pg_class WHERE relkind = 'r' AND NOT relrowsecurity "
                                     "AND relnamespace = 'public'::regnamespace").fetchone()[0]
    assert unsecured == 0
    assert database.execute_sql("SELECT kamdesk_role()").fetchone()[0] == "owner"


def test_an_admin_changing_a_managers_role_changes_their_rights(team):
    kdb.connect(team.url_of("admin"))
    m1 = company_service.list_managers()
    m1 = next(manager for manager in m1 if manager.id == team.managers["m1"])
    company_service.save_manager({"name": m1.name, "role": "admin"}, m1.id)
    with team.connect("m1") as connection:
        assert connection.execute("SELECT kamdesk_role()").fetchone()[0] == "admin"
    company_service.save_manager({"name": m1.name, "role": "manager"}, m1.id)
    kdb.close()
    with team.connect("m1") as connection:
        assert connection.execute("SELECT kamdesk_role(), rolcreaterole FROM pg_roles "
                                  "WHERE rolname = current_user").fetchone() == ("manager", False)


def test_the_first_start_on_the_server_completes_the_admins_own_manager(team):
    kdb.connect(team.url_of("admin"))
    company, manager = company_service.set_up({"name": "Csapat Kft.", "country": "HU", "currency": "HUF"},
                                              {"name": "Admin Ági", "email": "agi@example.hu", "role": "manager"})
    assert manager.id == company_service.current_manager().id
    assert (manager.name, manager.role, manager.login) == ("Admin Ági", "admin", team.logins["admin"])
    assert company_service.is_set_up()


def test_an_admin_added_by_an_admin_manages_users_too(team):
    kdb.connect(team.url_of("admin"))
    second = f"admin2_{team.logins['m1']}"
    users.add_user(second, "Második Admin", "admin", PASSWORD)
    kdb.close()
    kdb.connect(team.server.url(team.database, second, PASSWORD))
    added = users.add_user(f"m6_{team.logins['m1']}", "Hat", "manager", PASSWORD, head_login=team.logins["h1"])
    users.set_password(team.logins["m2"], "Masik-jelszo-2")
    users.disable_user(added.login)
    assert company_service.current_manager().role == "admin"


def test_a_password_longer_than_anyone_types_is_refused():
    import pytest

    from kamdesk.core.errors import ValidationError
    from kamdesk.core.server import users

    users.check_password("x" * users.MAX_PASSWORD)
    with pytest.raises(ValidationError) as refused:
        users.check_password("x" * 10_000_000)
    assert "at most 1000" in str(refused.value.errors["password"])
