"""Sending by SMTP to real servers on loopback (aiosmtpd, an IMAP server of the tests'): the message and its
files arrive, the copy lands in Sent, the history, the activity and the offer follow; every failure is said
plainly and leaves nothing recorded or moved."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from kamdesk.core.documents.offer_pdf import offer_pdf_bytes
from kamdesk.core.errors import MailError, ValidationError, WorkflowError
from kamdesk.core.models import Activity, Offer, StateChange
from kamdesk.core.models.mail import SentMail
from kamdesk.core.services import mail
from kamdesk.core.services import offer as offers
from tests import factories
from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
from tests.mail_servers import HOST, DroppingSmtpServer, ImapServer, SmtpServer, free_port


@pytest.fixture
def offer(shop):
    return factories.offer(shop["client"].id, dt.date.today(), (shop["milk"], "10", "0"), (shop["bread"], "2", "0"))


def offer_draft(offer, **values) -> mail.Draft:
    pdf = offer_pdf_bytes(offers.offer_document_data(offer.id))
    fields = {"client_id": offer.client_id, "to": ["Kovács Éva <eva@kovacs.hu>"], "cc": ["beszerzes@kovacs.hu"],
              "subject": f"Ajánlat {offer.number}", "body": "Tisztelt Éva!\n\nMellékelve küldöm.\n",
              "attachments": [mail.Attachment(f"Ajánlat {offer.number}.pdf", pdf, mail.PDF)],
              "documents": [mail.DocumentRef("offer", offer.id, f"Offer {offer.number}")], "language": "hu"}
    return mail.Draft(**{**fields, **values})


def nothing_recorded(offer) -> None:
    assert mail.history(offer.client_id) == []
    assert Offer.get_by_id(offer.id).state == "draft"
    assert not Activity.select().where(Activity.kind == "email").exists()


def test_sent_with_starttls_and_login_copied_to_sent_and_recorded(offer, smtp_server, imap_server, mail_account):
    account = mail.save_account(mail_account)
    steps = []
    recorded = mail.send(offer_draft(offer), account, MAIL_PASSWORD, progress=lambda done, total: steps.append(done))
    [received] = smtp_server.messages
    assert smtp_server.logins == [MAIL_USER]
    assert received.sender == "anna.kiss@example.hu"
    assert received.recipients == ["eva@kovacs.hu", "beszerzes@kovacs.hu"]
    parsed = received.message
    assert parsed["Subject"] == f"Ajánlat {offer.number}" and parsed["X-Unsent"] is None
    assert parsed["From"].addresses[0].display_name == "Kiss Anna"
    pdf = PdfReader(io.BytesIO(received.attachments()[f"Ajánlat {offer.number}.pdf"]))
    assert offer.number in "".join(page.extract_text() for page in pdf.pages)
    [(flags, copy)] = imap_server.folders["Sent"]
    assert flags == r"\Seen" and copy == received.data  # the very message sent
    assert (recorded.via, recorded.sent_copy, recorded.message_id) == ("smtp", "saved", parsed["Message-ID"])
    assert mail.history(offer.client_id) == [recorded]
    assert recorded.attachments == f"Ajánlat {offer.number}.pdf" and recorded.cc == "beszerzes@kovacs.hu"
    [activity] = Activity.select().where(Activity.kind == "email")
    assert (activity.state, activity.client_id, activity.subject) == ("done", offer.client_id, parsed["Subject"])
    assert "eva@kovacs.hu" in activity.outcome and f"Ajánlat {offer.number}.pdf" in activity.outcome
    assert Offer.get_by_id(offer.id).state == "sent"
    assert StateChange.select().where((StateChange.document == "offer") & (StateChange.to_state == "sent")).count() == 1
    assert steps == [1, 2, 3]


def test_sent_over_ssl_without_imap_has_no_copy(offer, mail_ca):
    with SmtpServer(mail_ca, security="ssl", users={MAIL_USER: MAIL_PASSWORD}) as server:
        account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": "localhost",
                                     "smtp_port": server.port, "smtp_security": "ssl", "smtp_user": MAIL_USER})
        recorded = mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    assert len(server.messages) == 1 and server.logins == [MAIL_USER]
    assert recorded.sent_copy == ""


def test_a_sent_offer_is_not_moved_again(offer, smtp_server, mail_account):
    offers.send_offer(offer.id)
    account = mail.save_account({**mail_account, "imap_host": ""})
    mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    assert Offer.get_by_id(offer.id).state == "sent" and len(mail.history(offer.client_id)) == 1


def test_a_wrong_password_is_said_plainly_and_nothing_is_recorded(offer, smtp_server, mail_account):
    account = mail.save_account(mail_account)
    with pytest.raises(MailError, match="refused the user name or the password") as refused:
        mail.send(offer_draft(offer), account, "wrong-password")
    assert "wrong-password" not in str(refused.value)
    assert smtp_server.messages == []
    nothing_recorded(offer)


def test_no_password_at_all_asks_for_it(offer, smtp_server, mail_account, mail_keyring):
    with pytest.raises(MailError, match=f"Enter the password of {MAIL_USER}"):
        mail.send(offer_draft(offer), mail.save_account(mail_account))
    nothing_recorded(offer)


def test_a_refused_recipient_stops_the_message_for_everyone(offer, mail_ca):
    with SmtpServer(mail_ca, security="starttls", users={MAIL_USER: MAIL_PASSWORD},
                    refuse_rcpt=("beszerzes@kovacs.hu",)) as server:
        account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST, "smtp_port": server.port,
                                     "smtp_user": MAIL_USER})
        with pytest.raises(MailError) as refused:
            mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    assert str(refused.value).startswith("The mail server refused beszerzes@kovacs.hu (550 5.1.1")
    assert str(refused.value).endswith("nobody was sent the message.")
    assert server.messages == []
    nothing_recorded(offer)


def test_a_refused_message_is_said_with_the_servers_reason(offer, mail_ca):
    with SmtpServer(mail_ca, security="starttls", users={MAIL_USER: MAIL_PASSWORD}, refuse_data=True) as server:
        account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST, "smtp_port": server.port,
                                     "smtp_user": MAIL_USER})
        with pytest.raises(MailError, match=r"refused the message \(554 5.7.1 Message rejected as spam\): nothing "):
            mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    nothing_recorded(offer)


@pytest.mark.parametrize("drop_at", ["GREETING", "EHLO", "DATA"])
def test_a_dropped_connection_is_said_plainly_and_nothing_is_recorded(offer, mail_ca, drop_at):
    with DroppingSmtpServer(drop_at) as server:
        account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST, "smtp_port": server.port,
                                     "smtp_security": "none"})
        with pytest.raises(MailError, match="closed the connection"):
            mail.send(offer_draft(offer), account, None)
    nothing_recorded(offer)


def test_nobody_listening_and_an_unknown_certificate_are_said_plainly(offer, mail_ca, monkeypatch):
    closed = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST, "smtp_port": free_port()})
    with pytest.raises(MailError, match=f"The server {HOST}:{closed.smtp_port} refused the connection"):
        mail.send(offer_draft(offer), closed, MAIL_PASSWORD)
    monkeypatch.delenv("KAMDESK_SMTP_CAFILE")  # the system's authorities do not know the tests' own
    with SmtpServer(mail_ca, security="starttls", users={MAIL_USER: MAIL_PASSWORD}) as server:
        account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST, "smtp_port": server.port,
                                     "smtp_user": MAIL_USER})
        with pytest.raises(MailError, match=f"The certificate of {HOST}:{server.port} could not be verified"):
            mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    nothing_recorded(offer)


def test_a_failed_sent_copy_is_a_warning_on_the_record_not_a_failure(offer, smtp_server, mail_ca, mail_account):
    with ImapServer(mail_ca, users={MAIL_USER: MAIL_PASSWORD}, refuse_append=True) as imap:
        account = mail.save_account({**mail_account, "imap_port": imap.port})
        recorded = mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    assert len(smtp_server.messages) == 1
    reason = mail.stored.read(recorded.sent_copy)  # kept to be shown in the desk's language
    assert reason.template == "The IMAP server {server} refused: {reason}."
    assert reason.startswith(f"The IMAP server {HOST}:{imap.port} refused") and "Quota exceeded" in reason
    assert Offer.get_by_id(offer.id).state == "sent"


def test_an_offer_that_cannot_be_sent_stops_the_mail_before_it_leaves(offer, smtp_server, mail_account):
    Offer.update(valid_until=dt.date.today() - dt.timedelta(days=1)).where(Offer.id == offer.id).execute()  # overdue
    with pytest.raises(WorkflowError, match="expired"):
        mail.send(offer_draft(offer), mail.save_account(mail_account), MAIL_PASSWORD)
    assert smtp_server.messages == []
    assert mail.history(offer.client_id) == [] and Offer.get_by_id(offer.id).state == "draft"


def test_no_account_and_a_bad_address_leave_before_any_connection(offer, smtp_server, mail_account):
    with pytest.raises(MailError, match="Set up your e-mail account first"):
        mail.send(offer_draft(offer), None, MAIL_PASSWORD)
    mail.save_account(mail_account)
    with pytest.raises(ValidationError):
        mail.send(offer_draft(offer, to=["eva(at)kovacs.hu"]), None, MAIL_PASSWORD)
    assert smtp_server.messages == []
    nothing_recorded(offer)


def test_a_record_that_fails_after_the_message_left_says_it_was_sent(offer, smtp_server, mail_account, monkeypatch):
    from peewee import OperationalError

    from kamdesk.core.services.mail import records

    def broken(*args):
        raise OperationalError("disk I/O error")

    monkeypatch.setattr(records, "_row", broken)  # the database fails between the SMTP server's yes and the record
    with pytest.raises(MailError, match="The message was sent to Kovács Éva <eva@kovacs.hu>, beszerzes@kovacs.hu, "
                                        r"but it could not be recorded in the client's history \(disk I/O error\)"):
        mail.send(offer_draft(offer), mail.save_account(mail_account), MAIL_PASSWORD)
    assert len(smtp_server.messages) == 1
    nothing_recorded(offer)


def test_a_server_without_starttls_is_not_given_the_password_in_clear(offer, mail_ca):
    with SmtpServer(mail_ca, security="none") as server:
        account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST, "smtp_port": server.port,
                                     "smtp_security": "starttls", "smtp_user": MAIL_USER})
        with pytest.raises(MailError, match=f"The server {HOST}:{server.port} does not offer STARTTLS"):
            mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    assert server.messages == [] and server.logins == []
    nothing_recorded(offer)


def test_ssl_on_a_port_that_speaks_plain_smtp_first_is_said_plainly(offer, smtp_server):
    account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST, "smtp_port": smtp_server.port,
                                 "smtp_security": "ssl", "smtp_user": MAIL_USER})
    with pytest.raises(MailError, match=f"The secure connection to {HOST}:{smtp_server.port} failed .*: check the "
                                        r"port and the encryption \(STARTTLS or SSL\)"):
        mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    nothing_recorded(offer)


def test_the_sent_copy_over_imap_starttls(offer, smtp_server, mail_ca, mail_account):
    with ImapServer(mail_ca, users={MAIL_USER: MAIL_PASSWORD}, security="starttls") as imap:
        account = mail.save_account({**mail_account, "imap_port": imap.port, "imap_security": "starttls",
                                     "sent_folder": "Sent"})
        recorded = mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    assert recorded.sent_copy == "saved" and len(imap.folders["Sent"]) == 1


def test_an_imap_server_nobody_runs_leaves_the_mail_sent_with_the_reason(offer, smtp_server, mail_account):
    account = mail.save_account({**mail_account, "imap_port": free_port()})
    recorded = mail.send(offer_draft(offer), account, MAIL_PASSWORD)
    assert len(smtp_server.messages) == 1 and Offer.get_by_id(offer.id).state == "sent"
    assert mail.stored.read(recorded.sent_copy) == f"The server {HOST}:{account.imap_port} refused the connection: " \
                                                   "check the server's name and port."
    assert mail.history(offer.client_id)[0].sent_copy == recorded.sent_copy
