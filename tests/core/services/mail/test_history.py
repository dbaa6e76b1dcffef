"""Drafts saved for the user's mail program: the file, the client's history, and an offer that stays a draft."""

import datetime as dt
import email
import os
from email import policy

import pytest

from kamdesk.core.errors import MailError, ValidationError
from kamdesk.core.models import Activity, Offer
from kamdesk.core.services import mail
from tests import factories


@pytest.fixture
def offer(shop):
    return factories.offer(shop["client"].id, dt.date.today(), (shop["milk"], "10", "0"))


def offer_draft(offer, **values) -> mail.Draft:
    fields = {"client_id": offer.client_id, "to": ["beszerzes@kovacs.hu"], "subject": f"Ajánlat {offer.number}",
              "body": "Mellékelve.", "attachments": [mail.Attachment(f"{offer.number}.pdf", b"%PDF-1.4", mail.PDF)],
              "documents": [mail.DocumentRef("offer", offer.id, f"Offer {offer.number}")]}
    return mail.Draft(**{**fields, **values})


def test_a_saved_draft_is_written_and_recorded_but_the_offer_stays_a_draft(offer, tmp_path):
    path = tmp_path / "ajánlat.eml"
    recorded = mail.save_draft(offer_draft(offer), path)
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1" and parsed["Message-ID"] == recorded.message_id
    assert [part.get_filename() for part in parsed.iter_attachments()] == [f"{offer.number}.pdf"]
    [row] = mail.history(offer.client_id)
    assert (row.via, row.to, row.subject, row.attachments) == (
        "draft", "beszerzes@kovacs.hu", f"Ajánlat {offer.number}", f"{offer.number}.pdf")
    assert row.documents == f"offer:{offer.id}:Offer {offer.number}"
    assert row.manager_id is not None and row.sent_copy == ""
    assert Offer.get_by_id(offer.id).state == "draft"
    assert not Activity.select().where(Activity.kind == "email").exists()


def test_history_is_newest_first_and_only_the_clients_own(offer, tmp_path):
    other = factories.client("Béta Kft.", legal_city="Pécs")
    for n in range(3):
        mail.save_draft(offer_draft(offer, subject=f"Levél {n}"), tmp_path / f"{n}.eml")
    mail.save_draft(offer_draft(offer, client_id=other.id, subject="Másik"), tmp_path / "other.eml")
    assert [row.subject for row in mail.history(offer.client_id)] == ["Levél 2", "Levél 1", "Levél 0"]
    assert [row.subject for row in mail.history(other.id)] == ["Másik"]


def test_a_bad_draft_writes_and_records_nothing(offer, tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    with pytest.raises(ValidationError):
        mail.save_draft(offer_draft(offer, to=["nobody"]), folder / "x.eml")
    assert os.listdir(folder) == [] and mail.history(offer.client_id) == []


def test_a_folder_that_cannot_be_written_is_said_plainly_and_nothing_recorded(offer, tmp_path):
    with pytest.raises(MailError, match="The draft could not be written to .*missing"):
        mail.save_draft(offer_draft(offer), tmp_path / "missing" / "x.eml")
    assert mail.history(offer.client_id) == []


def test_titles_and_the_sent_copys_reason_are_kept_to_be_shown_in_the_desks_language(shop, tmp_path):
    """Review 19: the history kept English text, which the E-mail tab of a Hungarian desk showed in English."""
    from kamdesk.core.messages import Count, Message
    from kamdesk.core.services.mail import documents

    offer = factories.offer(shop["client"].id, dt.date.today(), (shop["milk"], "10", "0"))
    draft = documents.offer_draft(offer.id)
    draft.to = ["eva@kovacs.hu"]
    record = mail.save_draft(draft, tmp_path / "x.eml")
    [line] = record.documents.splitlines()
    title = mail.DocumentRef.from_line(line).title
    assert isinstance(title, Message) and title.template == "Offer {number}" and title == f"Offer {offer.number}"
    nested = Message("{step} of {day}", step=Message("Reminder"), day="2026-12-01")
    reason = Message("The server {server} refused: {count} {why}", server="imap.x:993", count=Count(5000),
                     why=nested)
    back = mail.stored.read(mail.stored.keep(reason))
    assert (back, back.template, back.params["why"].template) == (reason, reason.template, nested.template)
    assert isinstance(back.params["count"], Count)
    assert mail.stored.read("An old row's English text.") == "An old row's English text."
    assert mail.stored.read('{"t": broken') == '{"t": broken'
