"""`kamdesk list audit` and `kamdesk check` on the audit trail, on a SQLite desk and on a server."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal

import pytest

from kamdesk.cli import main
from kamdesk.core import db as kdb
from tests import factories


def run(capsys, *args):
    code = main(list(args))
    kdb.close()  # as the command's process would at its end (a server connection left open warns)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def desk(company, tmp_path):
    """Two clients, one's credit limit raised by plain SQL, closed as a user's shell would find the file."""
    alfa = factories.client("Alfa Bt.", credit_limit=Decimal("100000"))
    factories.client("Béta Kft.")
    kdb.database.execute_sql("UPDATE client SET credit_limit = 30000000 WHERE id = ?", (alfa.id,))
    kdb.close()
    return {"path": tmp_path / "kamdesk.db", "url": f"sqlite:///{tmp_path / 'kamdesk.db'}", "alfa": alfa.id}


def test_list_audit_as_json_and_for_people(capsys, desk):
    code, out, _ = run(capsys, "--database", desk["url"], "list", "audit", "--client", str(desk["alfa"]), "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(e["table"], e["action"]) for e in listed] == [("client", "update"), ("client", "insert")]
    assert listed[0]["who"] == "Kiss Anna" and listed[0]["record"] == "Alfa Bt."
    assert listed[0]["changes"] == [{"column": "credit_limit", "label": "Credit limit", "old": "100000.00",
                                     "new": "300000.00"}]
    code, out, err = run(capsys, "--database", desk["url"], "list", "audit")
    lines = out.splitlines()
    assert code == 0 and "Client changed" not in out and "audit entries" in err
    assert "update  Client Alfa Bt.  Credit limit: 100000.00 → 300000.00" in lines[0]


def test_list_audit_since_a_day(capsys, desk):
    tomorrow = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).date().isoformat()
    code, out, _ = run(capsys, "--database", desk["url"], "list", "audit", "--since", tomorrow, "--json")
    assert code == 0 and json.loads(out) == []
    with pytest.raises(SystemExit) as refused:
        main(["--database", desk["url"], "list", "audit", "--since", "tegnap"])
    assert refused.value.code == 2 and "a day is written YYYY-MM-DD, not 'tegnap'" in capsys.readouterr().err


def test_check_finds_an_altered_audit_entry(capsys, desk):
    code, out, _ = run(capsys, "--database", desk["url"], "check")
    assert code == 0 and "audit trail checked" in out
    with sqlite3.connect(desk["path"]) as plain:
        plain.execute("UPDATE audit_log SET new_values = replace(new_values, '30000000', '100') "
                      "WHERE table_name = 'client' AND action = 'update'")
    code, _, err = run(capsys, "--database", desk["url"], "check")
    assert code == 1 and "audit trail: Audit entry" in err and "was altered" in err and "Traceback" not in err


def test_check_and_list_on_a_server(capsys, pg_url, pg_server):
    from kamdesk.core.services import company as company_service

    kdb.connect(pg_url)
    company_service.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                           {"name": "Kiss Anna"})
    factories.client("Alfa Bt.", credit_limit=Decimal("100"))
    kdb.close()
    code, out, _ = run(capsys, "--database", pg_url, "check")
    assert code == 0 and "is unbroken" in out and "owner-secret" not in out
    code, out, _ = run(capsys, "--database", pg_url, "list", "audit", "--json")
    assert code == 0 and json.loads(out)[0]["record"] == "Alfa Bt."
    with pg_server.connect(pg_url.rsplit("/", 1)[1]) as owner:
        owner.execute("DELETE FROM audit_log WHERE id = 1")
    code, _, err = run(capsys, "--database", pg_url, "check")
    assert code == 1 and "Audit entry 1 was removed." in err and "tampered" in err


def test_a_plain_login_may_neither_list_nor_check_the_trail(capsys, pg_url, pg_server):
    from psycopg import sql

    from kamdesk.core import audit

    name, login = pg_url.rsplit("/", 1)[1], f"clerk_{pg_url[-6:]}"
    database = kdb.connect(pg_url)
    with pg_server.connect(name) as owner:
        owner.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'pw-1'").format(sql.Identifier(login)))
        owner.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC")  # as a manager reads the rest
    audit.install_server(database)  # takes the audit's tables back from everyone
    kdb.close()
    try:
        url = pg_server.url(name, user=login, password="pw-1")
        code, _, err = run(capsys, "--database", url, "list", "audit")
        assert code == 1 and "Only heads of department and administrators" in err
        code, _, err = run(capsys, "--database", url, "check")
        assert code == 1 and "owner's or an administrator's login" in err
    finally:
        kdb.close()
        with pg_server.connect(name) as owner:
            owner.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(login)))
            owner.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))
