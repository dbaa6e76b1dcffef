"""`kamdesk letters templates` and `kamdesk letters merge`: a mail merge from the command line, to PDFs, e-mail
drafts and a real SMTP server on loopback (KAMDESK_SMTP_URL), with the skipped clients said and the exit code."""

import email
import io
import json
from email import policy

import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.core import db
from kamdesk.core.services import company
from tests import factories
from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
from tests.mail_servers import HOST, SmtpServer


@pytest.fixture
def url(tmp_path):
    location = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    db.connect(location)
    company.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": "Kiss Anna", "email": "anna.kiss@example.hu"})
    factories.company_details()
    factories.client("Alfa Kft.", segment="Retail", status="active",
                     contacts=[{"name": "Szabó Éva", "email": "eva@alfa.example", "is_primary": True}])
    factories.client("Gamma Zrt.", segment="Retail", status="active")
    factories.client("Omega Kft.", segment="HoReCa", status="active", email="omega@example.hu")
    db.close()
    return location


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_templates_are_listed_with_their_fields(capsys, url):
    code, out, _ = run(capsys, "--database", url, "letters", "templates", "--json")
    rows = {row["key"]: row for row in json.loads(out)}
    assert code == 0
    assert rows["price_change_hu"]["fields"] == ["effective_date", "reason"]
    assert rows["general_ru"]["language"] == "ru"


def test_a_merge_writes_the_segments_pdfs(capsys, url, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(capsys, "--database", url, "letters", "merge", "price_change_hu", "--segment", "Retail",
                         "--field", "effective_date=2027. február 1.", "--pdf", str(out_dir))
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["Értesítés árváltozásról - Alfa Kft.pdf",
                                                         "Értesítés árváltozásról - Gamma Zrt.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(
        io.BytesIO((out_dir / "Értesítés árváltozásról - Alfa Kft.pdf").read_bytes())).pages)
    assert "Tisztelt Szabó Éva!" in text and "2027. február 1. napjától" in text
    assert "2 of 2 clients get a letter; 0 skipped" in err


def test_drafts_skip_a_client_without_an_address_and_the_exit_code_says_so(capsys, url, tmp_path):
    code, out, err = run(capsys, "--database", url, "letters", "merge", "price_change_en", "--status", "active",
                         "--segment", "Retail", "--field", "effective_date=1 February 2027", "--eml", str(tmp_path))
    assert code == 1
    assert "Alfa Kft.: draft saved to Szabó Éva <eva@alfa.example>" in out
    assert "Gamma Zrt.: not mailed: No e-mail address" in out
    draft = email.message_from_bytes((tmp_path / "Price change notice - Alfa Kft.eml").read_bytes(),
                                     policy=policy.default)
    assert draft["X-Unsent"] == "1"


def test_a_merge_sends_through_the_smtp_url(capsys, url, tmp_path, mail_ca, monkeypatch):
    with SmtpServer(mail_ca, security="starttls", users={MAIL_USER: MAIL_PASSWORD}) as server:
        monkeypatch.setenv("KAMDESK_SMTP_URL", f"smtp://{MAIL_USER}@{HOST}:{server.port}?from=anna.kiss@example.hu")
        monkeypatch.setenv("KAMDESK_SMTP_PASSWORD", MAIL_PASSWORD)
        code, out, err = run(capsys, "--database", url, "letters", "merge", "general_en", "--segment", "HoReCa",
                             "--field", "subject=New delivery days", "--field", "text=From January on Tuesdays.",
                             "--send")
    assert code == 0, out + err
    [received] = server.messages
    assert received.recipients == ["omega@example.hu"]
    assert received.message["Subject"] == "New delivery days"
    assert "From January on Tuesdays." in received.message.get_body(("plain",)).get_content()
    assert "Omega Kft.: sent to Omega Kft. <omega@example.hu>" in out


def test_a_dry_run_a_missing_field_and_wrong_names_are_said_plainly(capsys, url, tmp_path):
    code, out, err = run(capsys, "--database", url, "letters", "merge", "price_change_en", "--segment", "Retail",
                         "--dry-run")
    assert code == 1
    assert "skipped  Alfa Kft.: The letter prints the field “effective_date” typed for the letter, which is empty." \
        in out
    assert list(tmp_path.glob("*.pdf")) == []
    code, out, err = run(capsys, "--database", url, "letters", "merge", "price_change_en", "--field", "efective=1",
                         "--pdf", str(tmp_path))
    assert code != 0 and "has no field efective" in err and "Traceback" not in err
    code, out, err = run(capsys, "--database", url, "letters", "merge", "price_change_en", "--segment", "Nowhere",
                         "--pdf", str(tmp_path))
    assert code != 0 and "There is no segment called “Nowhere”." in err
    code, out, err = run(capsys, "--database", url, "letters", "merge", "no such letter", "--pdf", str(tmp_path))
    assert code != 0 and "There is no letter template “no such letter”." in err


def test_one_clients_letter_is_written_and_e_mailed_as_a_draft(capsys, url, tmp_path):
    pdf, eml = tmp_path / "alfa.pdf", tmp_path / "alfa.eml"
    code, out, err = run(capsys, "--database", url, "letters", "write", "general_en", "1",
                         "--field", "subject=New delivery days", "--field", "text=From January on Tuesdays.",
                         "--pdf", str(pdf))
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "New delivery days" in text and "Dear Szabó Éva," in text
    code, out, err = run(capsys, "--database", url, "mail", "letter", "general_en", "1",
                         "--field", "subject=New delivery days", "--field", "text=From January on Tuesdays.",
                         "--eml", str(eml), "--to", "beszerzes@alfa.example")
    assert code == 0, err
    draft = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert (draft["To"], draft["Subject"], draft["X-Unsent"]) == ("beszerzes@alfa.example", "New delivery days", "1")
    assert [part.get_filename() for part in draft.iter_attachments()] == ["New delivery days - Alfa Kft.pdf"]


def test_a_merge_prints_a_line_per_failure_goes_on_and_ends_with_1(capsys, url, tmp_path, monkeypatch):
    import errno

    from kamdesk.core.documents import files

    written = files.write_atomically

    def disk_full_for_alfa(path, data):
        if "Alfa" in path.name:
            raise OSError(errno.ENOSPC, "No space left on device")
        written(path, data)

    monkeypatch.setattr(files, "write_atomically", disk_full_for_alfa)
    code, out, err = run(capsys, "--database", url, "letters", "merge", "price_change_en", "--segment", "Retail",
                         "--field", "effective_date=1 February 2027", "--pdf", str(tmp_path))
    assert code == 1 and "Traceback" not in err
    assert (f"failed   Alfa Kft.: The file {tmp_path / 'Price change notice - Alfa Kft.pdf'} could not be written: "
            "No space left on device. (not mailed)") in out
    assert f"letter   Gamma Zrt.: {tmp_path / 'Price change notice - Gamma Zrt.pdf'}" in out
    assert "1 of 2 clients get a letter; 0 skipped, 1 not written" in err


def test_a_merge_ended_by_a_fault_says_what_was_done(capsys, url, tmp_path, monkeypatch):
    from kamdesk.core.errors import DatabaseFault
    from kamdesk.core.services import letters

    made = letters.letter_pdf_bytes

    def gone_at_gamma(letter):
        if letter.addressee.name == "Gamma Zrt.":
            raise DatabaseFault("The database cannot be reached.")
        return made(letter)

    monkeypatch.setattr(letters, "letter_pdf_bytes", gone_at_gamma)
    code, out, err = run(capsys, "--database", url, "letters", "merge", "price_change_en", "--segment", "Retail",
                         "--field", "effective_date=1 February 2027", "--pdf", str(tmp_path))
    assert code == 1
    assert "letter   Alfa Kft.:" in out and "Gamma" not in out
    assert "kamdesk: the merge stopped after 1 of 2 clients: The database cannot be reached." in err
