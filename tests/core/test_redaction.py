"""Passwords never shown: URLs redacted wherever they hold one, remembered secrets scrubbed from messages and logs."""

import logging

import pytest

from kamdesk import cli
from kamdesk.core import redaction


@pytest.mark.parametrize("url, shown", [
    ("postgresql://kam:Titok-9@db.example:5432/kamdesk", "postgresql://kam:***@db.example:5432/kamdesk"),
    ("postgresql://kam@db/kamdesk?password=Titok-9", "postgresql://kam@db/kamdesk?password=***"),
    ("postgresql://db/kamdesk?user=kam&PASSWORD=Titok-9&sslmode=require",
     "postgresql://db/kamdesk?user=kam&PASSWORD=***&sslmode=require"),
    ("postgresql://db/kamdesk?sslpassword=Titok-9", "postgresql://db/kamdesk?sslpassword=***"),
    ("host=db password=Titok-9 dbname=kamdesk", "host=db password=*** dbname=kamdesk"),
    ("host=db password='Titok 9' dbname=kamdesk", "host=db password=*** dbname=kamdesk"),
    ("postgresql://kam:Titok-9@[::1/x", "postgresql://…"),
    ("postgresql://kam:pa#ss99@db:5432/kamdesk", "postgresql://kam:***@db:5432/kamdesk"),  # urlsplit stops at "#"
    ("postgresql://kam:p/w?99@db/kamdesk", "postgresql://kam:***@db/kamdesk"),
    ("sqlite:///home/anna/kamdesk.db", "sqlite:///home/anna/kamdesk.db"),
])
def test_a_url_is_shown_without_its_password(url, shown):
    assert redaction.redacted_url(url) == shown


def test_a_remembered_password_is_scrubbed_from_any_text_but_short_ones_are_not_remembered():
    redaction.remember_secret("Jelszó-ő-42")
    redaction.remember_secret("ab")
    text = redaction.scrub('server said: invalid token "Jelszó-ő-42" near ab')
    assert text == 'server said: invalid token "***" near ab'


def test_the_password_of_a_url_is_kept_out_of_the_error_even_where_the_driver_quotes_it(capsys):
    from kamdesk.core import db

    # the password in the query string: shown as it was before redaction knew of it
    url = "postgresql://kam@127.0.0.1:1/kamdesk?password=Titok%ZZ-77&sslmode=disable"
    with pytest.raises(Exception) as refused:
        db.connect(url)
    assert "Titok" not in str(refused.value)
    assert cli.main(["--database", "postgresql://kam@127.0.0.1:1/kamdesk?password=Titok-77", "list", "clients"]) == 1
    err = capsys.readouterr().err
    assert "Titok-77" not in err and "password=***" in err


def test_log_records_and_their_tracebacks_are_scrubbed(tmp_path):
    redaction.remember_secret("Anna-titok-2026")
    handler = logging.FileHandler(tmp_path / "kamdesk.log", encoding="utf-8")
    logger = logging.getLogger("kamdesk.test_redaction")
    logger.addHandler(handler)
    redaction.guard_log_handlers(logger)
    try:
        try:
            raise RuntimeError("login with Anna-titok-2026 failed")
        except RuntimeError:
            logger.error("connecting with %s", "password=Anna-titok-2026", exc_info=True)
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = (tmp_path / "kamdesk.log").read_text(encoding="utf-8")
    assert "Anna-titok-2026" not in written
    assert "connecting with password=***" in written and "RuntimeError: login with *** failed" in written


def test_a_passphrase_given_to_open_a_file_is_scrubbed(tmp_path):
    from kamdesk.core import cipher

    path = cipher.create(tmp_path / "laptop.db", "korte-alma-szilva-9")
    try:
        assert redaction.scrub("typed korte-alma-szilva-9") == "typed ***"
    finally:
        cipher.forget_keys()
        path.unlink()


@pytest.mark.parametrize("password", ["pa#ss99", "pa/ss99", "p?w99x", "a@b:c#d"])
def test_a_password_no_url_parser_reads_is_not_shown_even_in_part(password, capsys):
    assert cli.main(["--database", f"postgresql://kam:{password}@localhost:1/db", "list", "clients"]) == 1
    err = capsys.readouterr().err
    assert password not in err and password[:2] + "'" not in err and "%23, %2F, %3F or %40" in err
