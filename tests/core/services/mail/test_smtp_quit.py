"""The server took the message (250 after DATA) but its answer to QUIT is odd or never comes: the message left,
so it is recorded (and the offer moves), never reported as "nothing was sent" (review 19)."""
import datetime as dt
import socket
import threading

import pytest

from kamdesk.core.errors import MailError
from kamdesk.core.models import Offer
from kamdesk.core.services import mail
from kamdesk.core.services.mail import transport
from tests import factories
from tests.mail_servers import HOST, free_port


class QuitlessServer:
    """Plain SMTP that accepts the message, then answers QUIT with `quit_reply` (None: never answers)."""

    def __init__(self, quit_reply):
        self.quit_reply, self.port, self.accepted = quit_reply, free_port(), []
        self.listener = socket.create_server((HOST, self.port))
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()

    def _serve(self):
        connection, _ = self.listener.accept()
        with connection:
            connection.sendall(b"220 localhost ESMTP\r\n")
            lines = connection.makefile("rb")
            in_data = False
            for line in lines:
                if in_data:
                    if line == b".\r\n":
                        in_data = False
                        self.accepted.append(True)
                        connection.sendall(b"250 queued as 1234\r\n")
                    continue
                verb = line.split(b" ")[0].split(b":")[0].strip().upper()
                if verb == b"EHLO":
                    connection.sendall(b"250-localhost\r\n250 8BITMIME\r\n")
                elif verb == b"DATA":
                    in_data = True
                    connection.sendall(b"354 go ahead\r\n")
                elif verb == b"QUIT":
                    if self.quit_reply is None:
                        threading.Event().wait(5)
                        return
                    connection.sendall(self.quit_reply)
                    return
                else:
                    connection.sendall(b"250 OK\r\n")


@pytest.mark.parametrize("quit_reply", [b"421 4.4.2 timeout\r\n", None])
def test_a_message_taken_is_sent_whatever_the_answer_to_quit(shop, monkeypatch, quit_reply):
    monkeypatch.setattr(transport, "TIMEOUT_SECONDS", 2)
    from kamdesk.core.services.mail import smtp
    monkeypatch.setattr(smtp, "TIMEOUT_SECONDS", 2)
    offer = factories.offer(shop["client"].id, dt.date.today(), (shop["milk"], "10", "0"))
    with QuitlessServer(quit_reply) as server:
        account = mail.save_account({"from_address": "anna@example.hu", "smtp_host": HOST,
                                     "smtp_port": server.port, "smtp_security": "none"})
        draft = mail.Draft(client_id=offer.client_id, to=["eva@kovacs.hu"], subject="Ajánlat", body="x",
                           documents=[mail.DocumentRef("offer", offer.id, "Offer")])
        error = None
        try:
            mail.send(draft, account, None)
        except MailError as caught:
            error = caught
    assert server.accepted == [True]  # the server took the message
    assert error is None, f"kamdesk said: {error}"
    assert Offer.get_by_id(offer.id).state == "sent"
