"""Mail sent from a laptop's replica travels to the office with what it recorded: the history's row, the
e-mail activity and the offer it moved to "sent"."""

from __future__ import annotations

import datetime as dt

from kamdesk.core.models import Offer
from kamdesk.core.services import mail
from tests.core.sync.conftest import on_server
from tests.mail_fixtures import MAIL_PASSWORD


def test_mail_sent_on_the_laptop_arrives_in_the_office_with_its_activity_and_offer(team, laptops, smtp_server,
                                                                                   mail_account):
    offer_id, client_id = team.records["offer"]["m1"], team.clients["m1"]
    on_server(team, "UPDATE offer SET valid_until = %s WHERE id = %s",
              (dt.date.today() + dt.timedelta(days=30), offer_id))
    laptop = laptops("m1")
    laptop.use()
    local_offer = Offer.get(Offer.number == "OFF-m1")
    draft = mail.Draft(client_id=local_offer.client_id, to=["eva@example.hu"], subject="Offer OFF-m1",
                       body="Attached.", attachments=[mail.Attachment("OFF-m1.pdf", b"%PDF-1.4", mail.PDF)],
                       documents=[mail.DocumentRef("offer", local_offer.id, "Offer OFF-m1")])
    sent = mail.send(draft, mail.save_account(mail_account), MAIL_PASSWORD)
    assert len(smtp_server.messages) == 1
    laptop.sync()
    assert on_server(team, "SELECT client_id, via, \"to\", attachments, gid FROM sent_mail", who="m1") == [
        (client_id, "smtp", "eva@example.hu", "OFF-m1.pdf", sent.gid)]
    assert on_server(team, "SELECT state FROM offer WHERE id = %s", (offer_id,)) == [("sent",)]
    assert on_server(team, "SELECT state, subject FROM activity WHERE kind = 'email' AND client_id = %s",
                     (client_id,)) == [("done", "Offer OFF-m1")]
    assert on_server(team, "SELECT count(*) FROM setting WHERE key LIKE 'mail_account%%'") == [(0,)]  # stays here
