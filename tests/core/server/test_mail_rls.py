"""The mail history on the team server: a manager sees and writes the mail of their own clients (and their own
mail without a client), never another manager's; sending as a manager records everything under their login."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from kamdesk.core import db as kdb
from kamdesk.core.services import mail
from tests.mail_fixtures import MAIL_PASSWORD


def ids(connection) -> set[int]:
    return {row[0] for row in connection.execute("SELECT id FROM sent_mail")}


@pytest.fixture
def sent(team) -> dict[str, int]:
    """As the owner: a message to each client of the team by its manager (h1 for the client without one), and
    one without a client sent by m1."""
    from kamdesk.core.models.mail import SentMail

    kdb.connect(team.url)
    made = {key: SentMail.create(client=client_id, manager=team.managers.get(key, team.managers["h1"]),
                                 to="x@example.hu", subject=f"to {key}").id for key, client_id in team.clients.items()}
    made["m1-alone"] = SentMail.create(client=None, manager=team.managers["m1"], to="x@example.hu",
                                       subject="no client").id
    kdb.close()
    return made


def test_a_manager_sees_their_clients_mail_and_their_own_without_a_client(team, sent):
    with team.connect("m1") as m1, team.connect("m2") as m2, team.connect("h1") as h1:
        assert ids(m1) == {sent["m1"], sent["m1-alone"]}
        assert ids(m2) == {sent["m2"]}
        assert ids(h1) >= {sent["m1"], sent["m2"], sent["h1"], sent["nobody"]} and sent["m3"] not in ids(h1)


def test_a_manager_cannot_change_remove_or_write_another_managers_clients_mail(team, sent):
    with team.connect("m2") as m2:
        assert m2.execute("UPDATE sent_mail SET subject = 'x' WHERE id = %s", (sent["m1"],)).rowcount == 0
        assert m2.execute("DELETE FROM sent_mail WHERE id = %s", (sent["m1"],)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            m2.execute("INSERT INTO sent_mail (gid, client_id, manager_id, sent_at, via, \"to\", cc, subject, "
                       "attachments, documents, message_id, sent_copy) VALUES (md5(random()::text), %s, %s, now(), "
                       "'smtp', 'x@example.hu', '', 'forged', '', '', '', '')",
                       (team.clients["m1"], team.managers["m1"]))  # in m1's name, to m1's client


def test_sending_as_a_manager_records_the_mail_the_activity_and_the_offer(team, smtp_server, mail_account, tmp_path):
    from kamdesk.core.models import Activity, Offer

    kdb.connect(team.url_of("m1"))
    try:
        offer_id, client_id = team.records["offer"]["m1"], team.clients["m1"]
        Offer.update(valid_until=dt.date.today() + dt.timedelta(days=30)).where(Offer.id == offer_id).execute()
        draft = mail.Draft(client_id=client_id, to=["eva@example.hu"], subject="Offer OFF-m1", body="Attached.",
                           attachments=[mail.Attachment("OFF-m1.pdf", b"%PDF-1.4", mail.PDF)],
                           documents=[mail.DocumentRef("offer", offer_id, "Offer OFF-m1")])
        recorded = mail.send(draft, mail.save_account(mail_account), MAIL_PASSWORD)
        assert recorded.manager_id == team.managers["m1"] and recorded.sent_copy == "saved"
        assert Offer.get_by_id(offer_id).state == "sent"
        assert Activity.select().where((Activity.kind == "email") & (Activity.client == client_id)).count() == 1
        assert [row.id for row in mail.history(client_id)] == [recorded.id]
        assert mail.history(team.clients["m2"]) == []
    finally:
        kdb.close()
    assert len(smtp_server.messages) == 1


def test_mail_for_a_client_not_ones_own_is_refused_before_it_leaves(team, smtp_server, mail_account):
    from kamdesk.core.errors import NotFound

    kdb.connect(team.url_of("m1"))
    try:
        draft = mail.Draft(client_id=team.clients["m2"], to=["eva@example.hu"], subject="Hello", body="")
        with pytest.raises(NotFound, match="There is no client with id"):
            mail.send(draft, mail.save_account(mail_account), MAIL_PASSWORD)
    finally:
        kdb.close()
    assert smtp_server.messages == []


def test_a_draft_for_a_client_not_ones_own_is_refused_and_not_recorded(team, tmp_path):
    """Review 19: save_draft checks the client as send does, so m2 cannot plant rows in m1's client's history."""
    from kamdesk.core.errors import NotFound

    kdb.connect(team.url_of("m2"))
    try:
        draft = mail.Draft(client_id=team.clients["m1"], to=["eva@example.hu"], subject="Forged by m2", body="")
        with pytest.raises(NotFound, match="There is no client with id"):
            mail.save_draft(draft, tmp_path / "x.eml")
    finally:
        kdb.close()
    assert not (tmp_path / "x.eml").exists()
    kdb.connect(team.url_of("m1"))
    try:
        assert "Forged by m2" not in [row.subject for row in mail.history(team.clients["m1"])]
    finally:
        kdb.close()


def test_a_colleague_can_neither_read_nor_rewrite_my_mail_account(team, smtp_server, mail_account, mail_keyring,
                                                                   mail_ca, mail_accounts_file):
    """Review 19: the account is no longer a shared `setting` row of the server but kept on the manager's own
    computer; and a Sent folder pointed at another host (the file edited behind the user's back) gets neither
    the SMTP password nor the mail."""
    import json

    from tests.mail_fixtures import MAIL_USER
    from tests.mail_servers import ImapServer

    kdb.connect(team.url_of("m1"))
    try:
        mail.remember_password(mail.save_account({**mail_account, "imap_host": ""}), MAIL_PASSWORD)
    finally:
        kdb.close()
    with team.connect("m2") as m2:
        assert m2.execute("SELECT key FROM setting WHERE key LIKE 'mail%'").fetchall() == []
    kdb.connect(team.url_of("m2"))
    try:
        assert mail.account() is None  # even at m1's computer, m2 finds no account of his
    finally:
        kdb.close()
    with ImapServer(mail_ca, users={MAIL_USER: MAIL_PASSWORD}) as evil:
        stored = json.loads(mail_accounts_file.read_text(encoding="utf-8"))
        [key] = stored
        stored[key].update(imap_host="localhost", imap_port=evil.port, imap_security="ssl")
        mail_accounts_file.write_text(json.dumps(stored), encoding="utf-8")
        kdb.connect(team.url_of("m1"))
        try:
            draft = mail.Draft(client_id=team.clients["m1"], to=["eva@example.hu"], subject="Confidential offer",
                               body="x")
            recorded = mail.send(draft)  # the account and the password as the desk keeps them
        finally:
            kdb.close()
        assert evil.folders["Sent"] == []
    assert recorded.sent_copy != "saved" and len(smtp_server.messages) == 1


def test_the_server_keeps_a_long_reason_for_the_sent_copy(team):
    """A reason kept with its template and parameters is longer than a VARCHAR(255): the column is text."""
    from kamdesk.core.messages import Message
    from kamdesk.core.models.mail import SentMail

    reason = mail.stored.keep(Message("The certificate of {server} could not be verified ({reason}): it is not the "
                                      "server it claims to be, or its certificate authority is unknown to this "
                                      "computer.", server="imap.example.hu:993", reason="x" * 200))
    kdb.connect(team.url)
    try:
        row = SentMail.create(client=team.clients["m1"], manager=team.managers["m1"], sent_copy=reason)
        assert mail.stored.read(SentMail.get_by_id(row.id).sent_copy).params["reason"] == "x" * 200
    finally:
        kdb.close()
