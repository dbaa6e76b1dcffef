"""`kamdesk package CLIENT --offer N --contract N --statement FROM:TO --price-list [--category] --pdf FILE | --eml
FILE`: the documents in the order named, read back; refusals in one sentence."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io

import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.core.models import Offer
from kamdesk.core.services import catalogue, mail
from tests import factories
from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
from tests.mail_servers import SmtpServer

TODAY = dt.date.today()


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def deal(company, tmp_path):
    factories.company_details()
    client = factories.contract_client(tax_number="10537914-2-44")
    column = catalogue.default_column()
    pepper = factories.product("BORS-1", "Fekete bors 100 g", "890", column, category="Fűszer")
    factories.product("SO-1", "Tengeri só", "390", column, category="Só")
    offer = factories.offer(client.id, TODAY, (pepper, 10, 0))
    return {"url": f"sqlite:///{tmp_path / 'kamdesk.db'}", "client": client, "offer": offer}


def test_a_bookmarked_pdf_in_the_order_named(capsys, deal, tmp_path):
    pdf = tmp_path / "package.pdf"
    code, out, err = run(capsys, "--database", deal["url"], "package", "HU10537914", "--price-list",
                         "--category", "fűszer", "--statement", f"{TODAY.year}-01-01:{TODAY.isoformat()}",
                         "--offer", deal["offer"].number, "--pdf", str(pdf))
    assert (code, out.strip(), err) == (0, f"wrote {pdf}", "")
    reader = PdfReader(pdf)
    assert [item.title.split()[0] for item in reader.outline] == ["Árlista", "Folyószámla-egyeztetés", "Árajánlat"]
    price_list = reader.pages[0].extract_text()
    assert "Fekete bors 100 g" in price_list and "Tengeri só" not in price_list


def test_an_email_draft_with_the_documents_attached(capsys, deal, tmp_path):
    eml = tmp_path / "package.eml"
    code, _, _ = run(capsys, "--database", deal["url"], "package", str(deal["client"].id), "--offer",
                     deal["offer"].number, "--price-list", "--eml", str(eml), "--to", "buyer@orseg.hu")
    assert code == 0
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "buyer@orseg.hu" and message["X-Unsent"] == "1"
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == [f"{deal['offer'].number}.pdf", f"Árlista {TODAY.isoformat()}.pdf"]
    offer = next(message.iter_attachments()).get_content()
    assert "Fekete bors 100 g" in PdfReader(io.BytesIO(offer)).pages[0].extract_text()


@pytest.mark.parametrize(("arguments", "said"), [
    ((), "Name the documents"),
    (("--offer", "OF-1999-0001"), "OF-1999-0001"),
    (("--statement", "2026-13-01:2026-12-31"), "is not a period such as 2026-01-01:2026-11-30"),
    (("--price-list", "--category", "Nincs ilyen"), "There is no category “Nincs ilyen”."),
])
def test_refusals_in_one_line(capsys, deal, tmp_path, arguments, said):
    pdf = tmp_path / "never.pdf"
    code, _, err = run(capsys, "--database", deal["url"], "package", "HU10537914", *arguments, "--pdf", str(pdf))
    assert code != 0 and said in err and "Traceback" not in err
    assert not pdf.exists()


def test_without_a_target_it_says_where_to(capsys, deal):
    code, _, err = run(capsys, "--database", deal["url"], "package", "HU10537914", "--price-list")
    assert code != 0 and "Say where to: --pdf FILE.pdf, --eml FILE.eml or --send." in err


def test_sent_by_smtp_the_offer_moves_and_the_history_names_every_document(capsys, deal, mail_ca, monkeypatch):
    with SmtpServer(mail_ca, security="ssl", users={MAIL_USER: MAIL_PASSWORD}) as server:
        monkeypatch.setenv("KAMDESK_SMTP_URL", f"smtps://{MAIL_USER}@localhost:{server.port}?from=anna@example.hu")
        monkeypatch.setenv("KAMDESK_SMTP_PASSWORD", MAIL_PASSWORD)
        code, out, err = run(capsys, "--database", deal["url"], "package", "HU10537914", "--offer",
                             deal["offer"].number, "--price-list", "--send")
        assert (code, out) == (0, "Sent to Čapek Jiří <capek@orseg.hu>.\n"), err
        [received] = server.messages
    files = received.attachments()
    assert list(files) == [f"{deal['offer'].number}.pdf", f"Árlista {TODAY.isoformat()}.pdf"]
    assert "Fekete bors 100 g" in PdfReader(io.BytesIO(files[f"{deal['offer'].number}.pdf"])).pages[0].extract_text()
    assert Offer.get_by_id(deal["offer"].id).state == "sent"
    [row] = mail.history(deal["client"].id)
    assert row.via == "smtp" and [mail.DocumentRef.from_line(line) for line in row.documents.splitlines()] == [
        mail.DocumentRef("offer", deal["offer"].id, f"Offer {deal['offer'].number}"),
        mail.DocumentRef("price_list", None, f"Price list {TODAY.isoformat()}")]


def test_a_refused_recipient_sends_nothing_and_moves_nothing(capsys, deal, mail_ca, monkeypatch):
    with SmtpServer(mail_ca, security="ssl", users={MAIL_USER: MAIL_PASSWORD},
                    refuse_rcpt=("capek@orseg.hu",)) as server:
        monkeypatch.setenv("KAMDESK_SMTP_URL", f"smtps://{MAIL_USER}@localhost:{server.port}?from=anna@example.hu")
        monkeypatch.setenv("KAMDESK_SMTP_PASSWORD", MAIL_PASSWORD)
        code, out, err = run(capsys, "--database", deal["url"], "package", "HU10537914", "--offer",
                             deal["offer"].number, "--send")
    assert code == 1 and out == "" and "capek@orseg.hu" in err and "Traceback" not in err
    assert Offer.get_by_id(deal["offer"].id).state == "draft" and mail.history(deal["client"].id) == []
