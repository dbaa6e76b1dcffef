from kamdesk.core import db as kdb
def test_migrations_run_on_postgresql(pg_url):
    database = kdb.connect(pg_url)
    applied, pending, unknown = kdb.schema_status(database)
    assert pending == [] and unknown == [] and "0007_state_changes" in applied


def test_a_wrong_password_is_refused_without_showing_it(pg_server):
    import pytest

    from kamdesk.core.errors import DatabaseError

    url = pg_server.url("postgres", password="Titok-123")
    with pytest.raises(DatabaseError) as refused:
        kdb.connect(url)
    assert "Titok-123" not in str(refused.value)
    assert "***" in str(refused.value)


def test_the_password_comes_from_the_environment(pg_url, monkeypatch):
    from tests.pg_server import OWNER_PASSWORD

    monkeypatch.setenv("KAMDESK_PASSWORD", OWNER_PASSWORD)
    database = kdb.connect(pg_url.replace(f":{OWNER_PASSWORD}@", "@"))
    assert database.execute_sql("SELECT current_user").fetchone()[0] == "kamdesk_owner"


def test_a_broken_or_huge_server_address_is_refused_in_plain_words():
    import pytest

    from kamdesk.core.errors import DatabaseError

    for url in ("postgresql://a:Titok-1@[::1/x", "postgresql://x@127.0.0.1:99999/db", "postgresql://x@127.0.0.1/",
                "postgresql://" + "a" * 1_000_000 + "@h/db"):
        with pytest.raises(DatabaseError) as refused:
            kdb.connect(url)
        text = str(refused.value)
        assert "Titok-1" not in text and len(text) < 600 and "postgresql://USER@HOST" in text or "Cannot open" in text
