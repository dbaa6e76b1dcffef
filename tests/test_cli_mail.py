"""`kamdesk mail files FILE… --to ADDR (--eml FILE | --send)`, `mail check` and `list mail --client ID`: the
shared delivery of every mailed document, against real servers on loopback; KAMDESK_SMTP_URL for scripts."""

from __future__ import annotations

import email
import json
from email import policy

import pytest

from kamdesk.cli import main
from kamdesk.core.services import mail
from tests import factories
from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
from tests.mail_servers import HOST, SmtpServer


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(company, tmp_path):
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


@pytest.fixture
def client(url):
    return factories.client("Győri Ősz Kft.", legal_city="Győr")


@pytest.fixture
def price_list(tmp_path):
    path = tmp_path / "árlista.pdf"
    path.write_bytes(b"%PDF-1.4 price list")
    return path


def test_a_draft_for_the_mail_program(capsys, url, client, price_list, tmp_path):
    eml = tmp_path / "draft.eml"
    code, out, err = run(capsys, "--database", url, "mail", "files", str(price_list), "--subject", "Árlista 2027",
                         "--body", "Üdvözlettel", "--to", "eva@gyori.hu", "--client", str(client.id), "--eml", str(eml))
    assert code == 0, err
    assert out == f"Draft saved to {eml}: open it in your mail program to send it.\n"
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1" and parsed["To"] == "eva@gyori.hu"
    assert [(p.get_filename(), p.get_content_type()) for p in parsed.iter_attachments()] == [
        ("árlista.pdf", "application/pdf")]
    code, out, err = run(capsys, "--database", url, "list", "mail", str(client.id), "--json")
    [row] = json.loads(out)
    assert (row["via"], row["to"], row["subject"], row["attachments"]) == (
        "draft", "eva@gyori.hu", "Árlista 2027", ["árlista.pdf"])


def test_sent_with_the_account_of_the_environment(capsys, url, client, price_list, mail_ca, monkeypatch):
    with SmtpServer(mail_ca, security="ssl", users={MAIL_USER: MAIL_PASSWORD}) as server:
        monkeypatch.setenv("KAMDESK_SMTP_URL", f"smtps://{MAIL_USER}@localhost:{server.port}?from=anna@example.hu")
        monkeypatch.setenv("KAMDESK_SMTP_PASSWORD", MAIL_PASSWORD)
        code, out, err = run(capsys, "--database", url, "mail", "files", str(price_list), "--subject", "Árlista",
                             "--to", "eva@gyori.hu", "--cc", "Béla <bela@gyori.hu>", "--client", str(client.id),
                             "--send")
        assert code == 0, err
        assert out == "Sent to eva@gyori.hu, Béla <bela@gyori.hu>.\n"
        [received] = server.messages
        assert received.sender == "anna@example.hu" and received.recipients == ["eva@gyori.hu", "bela@gyori.hu"]
        assert received.attachments() == {"árlista.pdf": b"%PDF-1.4 price list"}
        code, out, err = run(capsys, "--database", url, "mail", "check")
        assert (code, out) == (0, f"Connected and logged in to localhost:{server.port}.\n")
    [row] = mail.history(client.id)
    assert row.via == "smtp"


def test_refusals_are_one_sentence_without_the_password(capsys, url, client, price_list, mail_ca, monkeypatch):
    with SmtpServer(mail_ca, security="starttls", users={MAIL_USER: MAIL_PASSWORD}) as server:
        monkeypatch.setenv("KAMDESK_SMTP_URL", f"smtp://{MAIL_USER}@{HOST}:{server.port}?from=anna@example.hu")
        monkeypatch.setenv("KAMDESK_SMTP_PASSWORD", "not-the-password")
        code, out, err = run(capsys, "--database", url, "mail", "files", str(price_list), "--subject", "Árlista",
                             "--to", "eva@gyori.hu", "--client", str(client.id), "--send")
    assert code == 1 and out == ""
    assert err == f"kamdesk: The mail server {HOST}:{server.port} refused the user name or the password.\n"
    assert mail.history(client.id) == []


def test_without_an_account_and_with_a_plain_url_to_another_computer(capsys, url, client, price_list, monkeypatch):
    monkeypatch.delenv("KAMDESK_SMTP_URL", raising=False)
    code, out, err = run(capsys, "--database", url, "mail", "files", str(price_list), "--subject", "x",
                         "--to", "eva@gyori.hu", "--send")
    assert code == 1 and err.startswith("kamdesk: No e-mail account is set up")
    monkeypatch.setenv("KAMDESK_SMTP_URL", "smtp://anna@mail.example.hu:25?starttls=0&from=anna@example.hu")
    code, out, err = run(capsys, "--database", url, "mail", "files", str(price_list), "--subject", "x",
                         "--to", "eva@gyori.hu", "--send")
    assert code == 1 and "only to this computer (localhost)" in err


def test_neither_a_draft_nor_sending_nor_a_recipient(capsys, url, client, price_list):
    code, out, err = run(capsys, "--database", url, "mail", "files", str(price_list), "--subject", "x",
                         "--to", "a@b.hu")
    assert code == 1 and err == "kamdesk: Say --eml FILE (a draft for your mail program) or --send (by SMTP).\n"
    code, out, err = run(capsys, "--database", url, "mail", "files", str(price_list), "--subject", "x", "--send")
    assert code == 1 and err == "kamdesk: Say whom the message goes to.\n"
    code, out, err = run(capsys, "--database", url, "list", "mail", "HU99999999")
    assert code == 1 and "There is no client with the tax number or id" in err


def test_a_file_name_with_a_line_break_is_refused_in_words(capsys, url, client, tmp_path):
    """Review 19: `kamdesk mail files $'a\\nb.pdf'` ended in a traceback from the message writer."""
    odd = tmp_path / "a\nb.pdf"
    odd.write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "--database", url, "mail", "files", str(odd), "--subject", "x", "--to", "a@b.hu",
                         "--eml", str(tmp_path / "x.eml"))
    assert code == 1 and err == ("kamdesk: The file name “a?b.pdf” holds a line break or a control character: "
                                 "rename the file.\n")
    assert not (tmp_path / "x.eml").exists()


def test_the_history_lists_a_documents_title_in_words(capsys, url, client, tmp_path):
    from kamdesk.core.messages import Message

    mail.save_draft(mail.Draft(client_id=client.id, to=["eva@gyori.hu"], subject="x", body="",
                               documents=[mail.DocumentRef("offer", 7, Message("Offer {number}", number="OF-7"))]),
                    tmp_path / "x.eml")
    code, out, err = run(capsys, "--database", url, "list", "mail", str(client.id), "--json")
    assert json.loads(out)[0]["documents"] == ["offer:7:Offer OF-7"]
