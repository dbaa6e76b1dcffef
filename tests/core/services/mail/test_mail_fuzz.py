"""Hostile input to the mail services: whatever is typed or found in a file ends in a message or a plain error.

A draft `check_draft` lets through is one the message writer can write (the writer refusing it with a raw
ValueError was a defect); KAMDESK_SMTP_URL and the accounts file, however broken or large, give an account,
nothing, or a MailError — never a traceback.
"""

import importlib
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.services import mail

mail_account = importlib.import_module("kamdesk.core.services.mail.account")  # the package re-exports account()

# Letters of every kind, with the troublemakers of headers over-represented: line and paragraph separators,
# controls, quotes, angle brackets, encoded-word markers, commas, semicolons, NUL.
TROUBLE = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00\"'<>@,;:=?\\ \t"
text = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(TROUBLE)), max_size=60)
address = st.one_of(text, st.builds(lambda name, local, domain: f"{name} <{local}@{domain}>", text, text, text),
                    st.builds(lambda word: f"=?utf-8?q?{word}?= <a@b.hu>", text))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(to=st.lists(address, min_size=1, max_size=3), cc=st.lists(address, max_size=2), subject=text,
       names=st.lists(text, min_size=1, max_size=3), body=text)
def test_a_draft_the_check_lets_through_can_be_written(to, cc, subject, names, body):
    draft = mail.Draft(client_id=None, to=to, cc=cc, subject=subject, body=body,
                       attachments=[mail.Attachment(name, b"%PDF-1.4 x", mail.PDF) for name in names])
    try:
        mail.check_draft(draft)
    except ValidationError as refused:
        assert refused.errors, "a refusal names the field"
        return
    written = mail.eml_bytes(draft, "Kiss Anna <anna@example.hu>")
    assert b"X-Unsent: 1" in written


@FAST
@given(url=st.one_of(text, st.builds(lambda scheme, rest: f"{scheme}://{rest}",
                                     st.sampled_from(["smtp", "smtps", "imap", ""]), text)))
def test_any_smtp_url_gives_an_account_or_says_what_is_wrong(url, db):
    try:
        found = mail_account.account_from_url(url)
    except KamdeskError:
        return
    assert found.smtp_host and found.smtp_port > 0


@pytest.mark.parametrize("content", [
    b"", b"\x00\xff\xfe garbage", b"[1, 2, 3]", b'{"x": 5}', b'{"-/-": {"smtp_port": "many", "smtp_host": 7}}',
    "{\"a\": \"ő\u2028\"}".encode(), b"{" * 100_000, b'{"k": "' + b"x" * (mail_account.MAX_FILE_BYTES + 10) + b'"}',
])
def test_a_broken_or_huge_accounts_file_is_no_account(content, db, mail_accounts_file, monkeypatch):
    monkeypatch.delenv("KAMDESK_SMTP_URL", raising=False)
    mail_accounts_file.write_bytes(content)
    assert mail.account() is None
    assert os.path.getsize(mail_accounts_file) == len(content)  # read, never rewritten
