"""Real mail servers on loopback for the tests: SMTP (aiosmtpd: STARTTLS with login, SSL, refusals), one that
drops the connection, and a small IMAP server (LOGIN, SELECT/EXAMINE, APPEND, LOGOUT: what imaplib needs for
the Sent copy). Certificates are made per test run by a certificate authority of the tests' own, which the
client trusts through KAMDESK_SMTP_CAFILE.

    certificates = make_certificates(tmp_path)            # .ca, .cert, .key (PEM paths)
    with SmtpServer(certificates, security="starttls", users={"anna": "titok"}) as smtp:
        ...  smtp.port; smtp.messages: [Received(sender, recipients, data)]
    with ImapServer(certificates, users={"anna": "titok"}) as imap:
        ...  imap.port; imap.folders["Sent"]: [(flags, data)]
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import re
import socket
import socketserver
import ssl
import threading
from dataclasses import dataclass, field
from email import policy
from pathlib import Path

HOST = "127.0.0.1"


# ---------------------------------------------------------------- certificates

@dataclass(frozen=True)
class Certificates:
    ca: Path  # the authority's certificate: KAMDESK_SMTP_CAFILE
    cert: Path  # the server's certificate for localhost and 127.0.0.1
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificates(folder: Path) -> Certificates:
    """A certificate authority and a server certificate it signed, for localhost and 127.0.0.1 (RSA 2048)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    def name(text):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = dt.datetime.now(dt.UTC)
    ca_key, key = (rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(2))
    ca = (x509.CertificateBuilder().subject_name(name("kamdesk test CA")).issuer_name(name("kamdesk test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder().subject_name(name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address(HOST))]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    paths = Certificates(folder / "ca.pem", folder / "cert.pem", folder / "key.pem")
    paths.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    return paths


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


# ---------------------------------------------------------------- SMTP

@dataclass
class Received:
    """A message the SMTP server took: the envelope and the bytes."""

    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=policy.default)

    def attachments(self) -> dict[str, bytes]:
        """File name -> bytes of every attachment."""
        return {part.get_filename(): part.get_content() for part in self.message.iter_attachments()}


class SmtpServer:
    """aiosmtpd on a free loopback port: security "starttls" (login only after STARTTLS), "ssl", or "none".

    `refuse_rcpt`: addresses answered 550; `refuse_data`: the message answered 554 after its data.
    """

    def __init__(self, certificates: Certificates | None = None, security: str = "starttls",
                 users: dict[str, str] | None = None, refuse_rcpt: tuple[str, ...] = (), refuse_data: bool = False):
        self.certificates, self.security, self.users = certificates, security, users or {}
        self.refuse_rcpt, self.refuse_data = {a.lower() for a in refuse_rcpt}, refuse_data
        self.messages: list[Received] = []
        self.logins: list[str] = []
        self.port = free_port()
        self.controller = None

    def __enter__(self) -> SmtpServer:
        from aiosmtpd.controller import Controller

        # over SSL aiosmtpd does not know the connection is encrypted: AUTH is offered there, not required
        options = {"authenticator": self._authenticate, "auth_required": bool(self.users) and self.security == "starttls",
                   "auth_require_tls": self.security == "starttls"}
        if self.security == "starttls":
            options.update(tls_context=self.certificates.server_context(), require_starttls=True)
        if self.security == "ssl":
            options["ssl_context"] = self.certificates.server_context()
        self.controller = Controller(_Handler(self), hostname=HOST, port=self.port, server_hostname="localhost",
                                     **options)
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            if self.users.get(user) == password:
                self.logins.append(user)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


class _Handler:
    def __init__(self, server: SmtpServer):
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.server.refuse_rcpt:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.server.refuse_data:
            return "554 5.7.1 Message rejected as spam"
        self.server.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


class DroppingSmtpServer:
    """Speaks SMTP until `drop_at` ("EHLO", "MAIL", "RCPT", "DATA" or "GREETING"), then closes the connection."""

    def __init__(self, drop_at: str = "DATA"):
        self.drop_at = drop_at.upper()
        self.port = free_port()
        self.listener = socket.create_server((HOST, self.port))
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> DroppingSmtpServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() waiting in the thread (close alone does not)
        self.listener.close()
        self.thread.join(timeout=10)

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                self._talk(connection)

    def _talk(self, connection: socket.socket) -> None:
        if self.drop_at == "GREETING":
            return
        connection.sendall(b"220 localhost ESMTP\r\n")
        lines = connection.makefile("rb")
        for line in lines:
            verb = line.split(b" ")[0].split(b":")[0].strip().upper().decode("ascii", "replace")
            if verb == self.drop_at or (verb == "HELO" and self.drop_at == "EHLO"):
                return
            answers = {"EHLO": b"250-localhost\r\n250 8BITMIME\r\n", "QUIT": b"221 Bye\r\n"}
            connection.sendall(answers.get(verb, b"250 OK\r\n"))
            if verb == "QUIT":
                return


# ---------------------------------------------------------------- IMAP

_TOKEN = re.compile(rb'"((?:[^"\\]|\\.)*)"|\(([^)]*)\)|(\{\d+\+?\})|([^\s()"]+)')


class ImapServer:
    """A small IMAP4rev1 server: CAPABILITY, LOGIN, SELECT, EXAMINE, APPEND, NOOP, LOGOUT (over SSL by default).

    `folders` maps a folder's name to its messages as (flags, bytes); `users` maps a login to its password.
    """

    def __init__(self, certificates: Certificates | None = None, users: dict[str, str] | None = None,
                 folders: tuple[str, ...] = ("INBOX", "Sent"), ssl_on: bool = True, refuse_append: bool = False):
        self.users = users or {}
        self.folders: dict[str, list[tuple[str, bytes]]] = {name: [] for name in folders}
        self.refuse_append = refuse_append
        context = certificates.server_context() if ssl_on else None
        owner = self

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

            def get_request(self):
                sock, address = super().get_request()
                if context is not None:
                    sock.settimeout(10)
                    sock = context.wrap_socket(sock, server_side=True)
                return sock, address

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                _ImapSession(owner, self.rfile, self.wfile).run()

        self.server = Server((HOST, 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ImapServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


@dataclass
class _ImapSession:
    owner: ImapServer
    rfile: object
    wfile: object
    user: str | None = None
    selected: str | None = None
    log: list[bytes] = field(default_factory=list)

    def send(self, text: str | bytes) -> None:
        self.wfile.write(text if isinstance(text, bytes) else text.encode() + b"\r\n")
        self.wfile.flush()

    def run(self) -> None:
        self.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] kamdesk test IMAP ready")
        while line := self.rfile.readline():
            tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
            command, _, arguments = rest.partition(b" ")
            name = command.decode("ascii", "replace").upper()
            handler = getattr(self, f"do_{name.lower()}", None)
            if handler is None:
                self.send(f"{tag.decode()} BAD unknown command {name}")
                continue
            if handler(tag.decode(), arguments) == "bye":
                return

    def do_capability(self, tag, arguments):
        self.send("* CAPABILITY IMAP4rev1 AUTH=PLAIN")
        self.send(f"{tag} OK CAPABILITY completed")

    def do_noop(self, tag, arguments):
        self.send(f"{tag} OK NOOP completed")

    def do_login(self, tag, arguments):
        user, password = (_unquoted(token) for token in _tokens(arguments)[:2])
        if self.owner.users.get(user) != password:
            self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials")
            return
        self.user = user
        self.send(f"{tag} OK [CAPABILITY IMAP4rev1] Logged in")

    def do_authenticate(self, tag, arguments):
        if _tokens(arguments)[0].upper() != b"PLAIN":
            self.send(f"{tag} NO Only PLAIN")
            return
        self.send(b"+ \r\n")
        response = base64.b64decode(self.rfile.readline().strip())
        _, user, password = response.split(b"\0")
        self.do_login(tag, b'"' + user + b'" "' + password + b'"')

    def do_select(self, tag, arguments, verb="SELECT"):
        if self._needs_login(tag):
            return
        folder = _folder(_tokens(arguments)[0])
        if folder not in self.owner.folders:
            self.send(f"{tag} NO Mailbox does not exist")
            return
        self.selected = folder
        self.send(f"* {len(self.owner.folders[folder])} EXISTS")
        self.send("* 0 RECENT")
        self.send(r"* FLAGS (\Answered \Flagged \Deleted \Seen \Draft)")
        self.send(f"{tag} OK [{'READ-ONLY' if verb == 'EXAMINE' else 'READ-WRITE'}] {verb} completed")

    def do_examine(self, tag, arguments):
        self.do_select(tag, arguments, "EXAMINE")

    def do_append(self, tag, arguments):
        if self._needs_login(tag):
            return
        tokens = _tokens(arguments)
        folder, literal = _folder(tokens[0]), tokens[-1]
        flags = next((token.decode()[1:-1] for token in tokens[1:-1] if token.startswith(b"(")), "")
        size = int(literal.strip(b"{}+"))
        self.send(b"+ Ready for literal data\r\n")
        data = self.rfile.read(size)
        self.rfile.readline()  # the CRLF ending the command
        if self.owner.refuse_append:
            self.send(f"{tag} NO [OVERQUOTA] Quota exceeded")
        elif folder not in self.owner.folders:
            self.send(f"{tag} NO [TRYCREATE] Mailbox does not exist")
        else:
            self.owner.folders[folder].append((flags, data))
            self.send(f"{tag} OK APPEND completed")

    def do_logout(self, tag, arguments):
        self.send("* BYE logging out")
        self.send(f"{tag} OK LOGOUT completed")
        return "bye"

    def _needs_login(self, tag) -> bool:
        if self.user is None:
            self.send(f"{tag} NO Log in first")
            return True
        return False


def _tokens(arguments: bytes) -> list[bytes]:
    return [match.group(0) for match in _TOKEN.finditer(arguments)]


def _unquoted(token: bytes) -> str:
    if token.startswith(b'"'):
        return re.sub(rb"\\(.)", rb"\1", token[1:-1]).decode()
    return token.decode()


def _folder(token: bytes) -> str:
    """A mailbox name from modified UTF-7 (RFC 3501 5.1.3), decoded independently of the client's encoder."""
    def decoded(match: re.Match) -> str:
        inner = match.group(1)
        if not inner:
            return "&"
        data = inner.replace(",", "/")
        return base64.b64decode(data + "=" * (-len(data) % 4)).decode("utf-16-be")

    return re.sub(r"&([^-]*)-", decoded, _unquoted(token))
