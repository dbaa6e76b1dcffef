"""A draft's check and its bytes: addresses, subject and size refused in plain words; the .eml read back."""

import email
from email import policy

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.services import mail
from kamdesk.core.services.mail.draft import MAX_ATTACHMENTS_BYTES

PDF_BYTES = b"%PDF-1.4\n" + bytes(range(256)) * 40


def draft(**values) -> mail.Draft:
    fields = {"client_id": None, "to": ["Kovács Éva <eva@példa.hu>"], "subject": "Árajánlat OF-2026-0012 – ünnepi",
              "body": "Tisztelt Éva!\n\nMellékelve küldöm az ajánlatot.\nÜdvözlettel: Kiss Anna\n",
              "attachments": [mail.Attachment("Ajánlat OF-2026-0012 ő.pdf", PDF_BYTES, mail.PDF),
                              mail.Attachment("Ajánlat.xlsx", b"PK\x03\x04 workbook", mail.XLSX)]}
    return mail.Draft(**{**fields, **values})


def errors_of(bad: mail.Draft) -> dict:
    with pytest.raises(ValidationError) as refused:
        mail.check_draft(bad)
    return refused.value.errors


def test_a_good_draft_passes():
    mail.check_draft(draft(cc=["beszerzes@kovacs.hu"]))


@pytest.mark.parametrize("address", ["eva", "eva@", "a@b.hu, c@d.hu", "é@b.hu", "a@b.hu\r\nBcc: spy@x.hu", ""])
def test_a_bad_address_is_named_in_plain_words(address):
    assert errors_of(draft(to=[address])) == {"to": f"“{address.strip()}” is not an e-mail address."}
    assert "cc" in errors_of(draft(cc=[address]))


def test_no_recipient_no_subject_and_a_subject_of_two_lines_are_refused():
    assert errors_of(draft(to=[], subject=" ")) == {"to": "Say whom the message goes to.",
                                                   "subject": "Write a subject."}
    assert "subject" in errors_of(draft(subject="one\nBcc: spy@x.hu"))
    assert "subject" in errors_of(draft(subject="x" * 251))


def test_attachments_above_the_limit_are_refused_with_their_size():
    big = mail.Attachment("big.pdf", b"0" * (MAX_ATTACHMENTS_BYTES + 1), mail.PDF)
    assert errors_of(draft(attachments=[big])) == {
        "attachments": "The attachments are 19 MB together; a message may carry at most 18 MB."}
    assert MAX_ATTACHMENTS_BYTES * 4 / 3 * 78 / 76 < 25 * 2**20  # base64 (and its line ends): under 25 MB


def test_the_eml_is_an_unsent_draft_with_names_and_files_intact():
    data = mail.eml_bytes(draft(cc=["Čapek Jiří <capek@orseg.hu>"], language="hu"), "Kiss Anna <anna@teszt.hu>")
    assert b"\r\n" in data and all(byte < 128 for byte in data)  # 7-bit, CRLF: any mail program reads it
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"] == "Árajánlat OF-2026-0012 – ünnepi"
    assert parsed["To"].addresses[0].display_name == "Kovács Éva"
    assert parsed["To"].addresses[0].addr_spec == "eva@xn--plda-bpa.hu"  # the domain in its ASCII form
    assert parsed["Cc"].addresses[0].display_name == "Čapek Jiří"
    assert parsed["From"].addresses[0].addr_spec == "anna@teszt.hu"
    assert parsed.get_body(("plain",)).get_content().replace("\r\n", "\n") == draft().body
    files = [(part.get_filename(), part.get_content_type(), part.get_content()) for part in parsed.iter_attachments()]
    assert files == [("Ajánlat OF-2026-0012 ő.pdf", mail.PDF, PDF_BYTES),
                     ("Ajánlat.xlsx", mail.XLSX, b"PK\x03\x04 workbook")]


def test_a_draft_without_a_sender_leaves_the_from_to_the_mail_program():
    parsed = email.message_from_bytes(mail.eml_bytes(draft()), policy=policy.default)
    assert parsed["From"] is None and parsed["Message-ID"]


def test_a_document_reference_is_stored_as_one_line_and_read_back():
    for ref in (mail.DocumentRef("offer", 12, "Offer OF-2026-0012: a:b"),
                mail.DocumentRef("statement", None, "Statement 2026-01-01 – 2026-11-30")):
        assert mail.DocumentRef.from_line(ref.line()) == ref


def test_names_with_commas_quotes_and_accents_arrive_as_written():
    from kamdesk.core.services.mail.account import Account

    sender = Account(from_address="anna@example.hu", smtp_host="smtp.example.hu", from_name='Kovács, Anna "KAM"')
    data = mail.eml_bytes(draft(to=['"Nagy, Éva" <eva@example.hu>', "Plain Name <p@example.hu>"]), sender.sender)
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["From"].addresses[0].display_name == 'Kovács, Anna "KAM"'
    assert [a.display_name for a in parsed["To"].addresses] == ["Nagy, Éva", "Plain Name"]


def test_a_document_whose_files_are_all_removed_is_no_longer_carried():
    """Review 19: an offer mailed without its files must not move to sent nor be named in the history."""
    offer, contract = mail.DocumentRef("offer", 1, "Offer 1"), mail.DocumentRef("contract", 2, "Contract 2")
    pdf, xlsx = (mail.Attachment("1.pdf", b"%PDF", mail.PDF, (offer,)),
                 mail.Attachment("1.xlsx", b"PK", mail.XLSX, (offer,)))
    both = mail.Attachment("package.pdf", b"%PDF", mail.PDF, (offer, contract))
    mine = mail.Attachment("notes.txt", b"x", "text/plain")
    assert draft(attachments=[pdf, xlsx], documents=[offer]).keeping([xlsx]).documents == [offer]
    assert draft(attachments=[pdf, xlsx], documents=[offer]).keeping([]).documents == []
    assert draft(attachments=[pdf, mine], documents=[offer]).keeping([mine]).documents == []
    assert draft(attachments=[both], documents=[offer, contract]).keeping([both]).documents == [offer, contract]
    letter = mail.DocumentRef("letter", None, "Letter")  # a file that names no document: the draft's own
    assert draft(attachments=[mine], documents=[letter]).keeping([mine]).documents == [letter]
    assert draft(attachments=[mine], documents=[letter]).keeping([]).documents == []
    assert draft(attachments=[], documents=[letter]).keeping([]).documents == [letter]


@pytest.mark.parametrize("bad", ["\u2028", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2029", "\x07"])
def test_what_the_message_writer_would_refuse_is_a_field_error_not_a_crash(bad):
    """Review 19: line breaks other than CR/LF and control characters reached the writer (a raw ValueError)."""
    assert set(errors_of(draft(subject=f"Ajánlat{bad}Bcc: spy@x.hu"))) == {"subject"}
    assert set(errors_of(draft(to=[f"Éva{bad}Kovács <eva@kovacs.hu>"]))) == {"to"}
    named = mail.Attachment(f"a{bad}b.pdf", b"%PDF", mail.PDF)
    assert errors_of(draft(attachments=[named])) == {
        "attachments": "The file name “a?b.pdf” holds a line break or a control character: rename the file."}


def test_an_encoded_name_hiding_a_line_break_is_not_an_address():
    assert set(errors_of(draft(to=["=?utf-8?q?Eva=0D=0ABcc=3A_spy=40x=2Ehu?= <eva@kovacs.hu>"]))) == {"to"}
    assert set(errors_of(draft(cc=["=?utf-8?q?Eva=E2=80=A8x?= <eva@kovacs.hu>"]))) == {"cc"}
    mail.check_draft(draft(to=["=?utf-8?q?Kov=C3=A1cs_=C3=89va?= <eva@kovacs.hu>"]))


def test_a_non_ascii_file_name_is_also_in_the_content_types_name_for_older_outlooks():
    name = "Árajánlat OF-2026-0012 – ünnepi ajánlat hosszú névvel, sok ékezettel és szöveggel.pdf"
    data = mail.eml_bytes(draft(attachments=[mail.Attachment(name, PDF_BYTES, mail.PDF)]))
    assert all(len(line) <= 78 for line in data.split(b"\r\n"))
    assert b' name="=?utf-8?b?' in data and b"filename*0*=utf-8''" in data
    [part] = email.message_from_bytes(data, policy=policy.default).iter_attachments()
    assert (part.get_filename(), part.get_content_type(), part.get_content()) == (name, mail.PDF, PDF_BYTES)
    from email.header import decode_header, make_header

    raw = email.message_from_bytes(data, policy=policy.compat32).get_payload()[1].get_param("name")
    assert str(make_header(decode_header(raw))) == name
