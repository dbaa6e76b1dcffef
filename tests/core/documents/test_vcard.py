"""vCard 4.0 as RFC 6350 writes it: read back by vobject, folded lines within 75 octets and whole UTF-8
characters, escaped text, phones in E.164 or as typed, names in any alphabet."""

from __future__ import annotations

import datetime as dt

import vobject

from kamdesk.core.documents.vcard import ContactCard, e164, fold, name_parts, vcard, vcards

GID = "0123456789abcdef0123456789abcdef"


def card(**values) -> ContactCard:
    defaults = {"name": "Kovács Péter", "gid": GID, "organisation": "Őrség Fűszer Kft.", "title": "ügyvezető",
                "phones": ("06 30 123 4567",), "email": "peter@orseg.hu", "birthday": dt.date(1980, 4, 12),
                "street": "Fő út 12.", "city": "Szőce", "postcode": "9935", "country": "HU",
                "revised": dt.datetime(2026, 12, 1, 9, 30, 5)}
    return ContactCard(**{**defaults, **values})


def read(data: bytes):
    return vobject.readOne(data.decode("utf-8"))


def test_a_hungarian_contact_reads_back_with_every_field():
    data = vcard(card())
    assert data.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n") and data.endswith(b"END:VCARD\r\n")
    back = read(data)
    assert back.fn.value == "Kovács Péter"
    assert (back.n.value.family, back.n.value.given) == ("Kovács", "Péter")  # Hungarian order
    assert back.org.value == ["Őrség Fűszer Kft."]
    assert back.title.value == "ügyvezető"
    assert back.tel.value == "+36301234567"
    assert back.tel.params["TYPE"] == ["work", "voice"]
    assert back.email.value == "peter@orseg.hu"
    assert (back.adr.value.street, back.adr.value.city, back.adr.value.code, back.adr.value.country) == (
        "Fő út 12.", "Szőce", "9935", "Hungary")
    assert back.bday.value == "19800412"
    assert back.uid.value == "urn:uuid:01234567-89ab-cdef-0123-456789abcdef"
    assert back.rev.value == "20261201T093005Z"


def test_cyrillic_names_with_a_patronymic_and_country_names_in_the_language():
    back = read(vcard(card(name="Иванов Иван Иванович", country="RU", organisation="ООО «Ромашка»",
                           phones=("8 (495) 123-45-67",)), language="ru"))
    assert back.fn.value == "Иванов Иван Иванович"
    assert (back.n.value.family, back.n.value.given, back.n.value.additional) == ("Иванов", "Иван", "Иванович")
    assert back.org.value == ["ООО «Ромашка»"]
    assert back.tel.value == "+74951234567"
    assert back.adr.value.country == "Россия"


def test_name_order_elsewhere_and_prefixes():
    assert name_parts("John Smith", "GB")[:2] == ("Smith", "John")
    assert name_parts("Иван Иванович Петров", "RU")[:3] == ("Петров", "Иван", "Иванович")
    assert name_parts("dr. Kiss Anna", "HU") == ("Kiss", "Anna", "", "dr.", "")
    assert name_parts("Smith, John", "HU")[:2] == ("Smith", "John")
    assert name_parts("Cher", "FR") == ("Cher", "", "", "", "")


def test_comma_semicolon_backslash_and_newline_are_escaped_and_come_back():
    odd = "Alfa, Beta; Gamma \\ Delta\nsecond line"
    data = vcard(card(organisation=odd, title=odd))
    assert b"TITLE:Alfa\\, Beta\\; Gamma \\\\ Delta\\nsecond line\r\n" in data.replace(b"\r\n ", b"")
    back = read(data)
    assert back.title.value == odd
    assert back.org.value == [odd]


def test_long_lines_are_folded_at_75_octets_without_splitting_a_character():
    long_title = "Értékesítési és beszerzési igazgató — Щёлковский завод, " * 4
    data = vcard(card(title=long_title))
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # a split inside a character would not decode on its own
    assert read(data).title.value == long_title
    assert all(piece.startswith(b" ") for piece in fold("x" * 200).split(b"\r\n")[1:-1])


def test_folding_counts_octets_not_characters():
    folded = fold("N:" + "ő" * 60)  # 122 octets
    lines = folded.split(b"\r\n")[:-1]
    assert [len(line) for line in lines] == [74, 49]  # 2 + 36×2; the 37th "ő" would end at octet 76
    assert b"".join(line[1:] if n else line for n, line in enumerate(lines)).decode() == "N:" + "ő" * 60


def test_a_phone_that_is_not_e164_is_kept_as_typed_text():
    back = read(vcard(card(phones=("ext. 214, ask for Anna",))))
    assert back.tel.value == "ext. 214, ask for Anna"
    assert back.tel.params["VALUE"] == ["text"]
    assert e164("06 1 234 5678", "HU") == "+3612345678"
    assert e164("12", "HU") is None


def test_the_contact_and_the_client_phone_are_both_kept_once():
    back = read(vcard(card(phones=("06 30 123 4567", "+36 1 234 5678", "+36301234567"))))
    assert [(tel.value, tel.params["PREF"]) for tel in back.tel_list] == [
        ("+36301234567", ["1"]), ("+3612345678", ["2"])]


def test_optional_fields_left_out_and_several_cards_in_one_file():
    bare = ContactCard(name="Anna", gid=GID)
    data = vcards([bare, card()])
    cards = list(vobject.readComponents(data.decode()))
    assert [c.fn.value for c in cards] == ["Anna", "Kovács Péter"]
    assert not any(hasattr(cards[0], name) for name in ("tel", "email", "adr", "bday", "org", "title"))
