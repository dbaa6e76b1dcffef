"""Contacts as vCard 4.0 (RFC 6350), for phones and mail programs: pure data in, bytes out.

Every line ends in CRLF and is folded at 75 octets (a continuation line starts with one space)
without splitting a UTF-8 sequence; text values escape backslash, comma, semicolon and newline.
FN is the name as typed, in any alphabet; N is the best reading of its parts, since kamdesk keeps
one name field: family name first for Hungarian clients and for a Russian name with a patronymic,
last otherwise. A phone is written in E.164 (+36…) when phonenumbers reads it as valid with the
client's country, else kept as typed (a text value). UID is the contact's gid as a URN, so a phone
that imports the file again updates the contact instead of adding a copy.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kamdesk.core.documents.countries import country_name

LINE_OCTETS = 75
PRODID = "-//kamdesk//kamdesk contacts//EN"
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "ьич")


@dataclass(frozen=True)
class ContactCard:
    """One contact person as the card shows it (no database rows: the service fills this in)."""

    name: str
    gid: str
    organisation: str = ""
    title: str = ""
    phones: tuple[str, ...] = ()  # as typed: the contact's own first, then the client's
    email: str = ""
    birthday: datetime.date | None = None
    street: str = ""
    city: str = ""
    postcode: str = ""
    country: str = ""  # two letters; also the region phones are read in
    revised: datetime.datetime | None = None  # UTC


def vcards(cards, language: str = "en") -> bytes:
    """The cards, one after another, as the bytes of a .vcf file (countries named in `language`)."""
    return b"".join(vcard(card, language) for card in cards)


def vcard(card: ContactCard, language: str = "en") -> bytes:
    """One BEGIN:VCARD … END:VCARD block, folded, CRLF."""
    return b"".join(fold(line) for line in _lines(card, language))


def _lines(card: ContactCard, language: str) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"PRODID:{PRODID}", "KIND:individual",
             f"FN:{escape(card.name.strip())}", "N:" + ";".join(escape(part) for part in
                                                               name_parts(card.name, card.country))]
    if card.organisation:
        lines.append(f"ORG:{escape(card.organisation)}")
    if card.title:
        lines.append(f"TITLE:{escape(card.title)}")
    lines += _phone_lines(card)
    if card.email:
        lines.append(f"EMAIL;TYPE=work:{escape(card.email.strip())}")
    if any((card.street, card.city, card.postcode)):
        parts = ("", "", card.street, card.city, "", card.postcode, country_name(card.country, language))
        lines.append("ADR;TYPE=work:" + ";".join(escape(part) for part in parts))
    if card.birthday:
        lines.append(f"BDAY:{card.birthday:%Y%m%d}")
    lines.append(f"UID:{uid(card.gid)}")
    if card.revised:
        lines.append(f"REV:{card.revised:%Y%m%dT%H%M%SZ}")
    lines.append("END:VCARD")
    return lines


def _phone_lines(card: ContactCard) -> list[str]:
    """TEL lines: E.164 when the number is valid in the client's country, else the text as typed; no repeats."""
    numbers: dict[str, bool] = {}  # the value written → whether it is E.164
    for typed in (phone.strip() for phone in card.phones if phone.strip()):
        number = e164(typed, card.country)
        numbers.setdefault(number or typed, number is not None)
    lines = []
    for position, (value, international) in enumerate(numbers.items()):
        preference = f";PREF={position + 1}" if len(numbers) > 1 else ""
        if international:
            lines.append(f"TEL;TYPE=work,voice{preference}:{value}")
        else:
            lines.append(f"TEL;VALUE=text;TYPE=work,voice{preference}:{escape(value)}")
    return lines


def e164(phone: str, region: str) -> str | None:
    """`phone` as +<country><number> when it is a valid number read in `region` ("HU"); None otherwise."""
    import phonenumbers

    try:
        number = phonenumbers.parse(phone, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def name_parts(name: str, country: str) -> tuple[str, str, str, str, str]:
    """N's five parts (family; given; additional; prefixes; suffixes) read from one typed name."""
    words = name.replace(",", " , ").split()
    prefixes = []
    while len(words) > 1 and words[0].endswith(".") and words[0] != ",":
        prefixes.append(words.pop(0))  # "dr.", "Dr.", "Mr."
    if "," in words:  # "Smith, John": the family name is written first on purpose
        cut = words.index(",")
        family, rest = words[:cut], [w for w in words[cut + 1:] if w != ","]
        return " ".join(family), " ".join(rest[:1]), " ".join(rest[1:]), " ".join(prefixes), ""
    if len(words) <= 1:
        return " ".join(words), "", "", " ".join(prefixes), ""
    if _family_first(words, country):
        return words[0], words[1], " ".join(words[2:]), " ".join(prefixes), ""
    return words[-1], words[0], " ".join(words[1:-1]), " ".join(prefixes), ""


def _family_first(words: list[str], country: str) -> bool:
    if len(words) == 3 and words[2].lower().endswith(_PATRONYMIC_ENDINGS):
        return True  # Иванов Иван Иванович
    if len(words) == 3 and words[1].lower().endswith(_PATRONYMIC_ENDINGS):
        return False  # Иван Иванович Иванов
    return (country or "").upper() == "HU"


def uid(gid: str) -> str:
    """The contact's gid (32 hex digits) as a urn:uuid, the form RFC 6350 recommends for UID."""
    if len(gid) == 32 and all(c in "0123456789abcdef" for c in gid.lower()):
        g = gid.lower()
        return f"urn:uuid:{g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:]}"
    return escape(gid)


def escape(text: str) -> str:
    """A text value with backslash, comma, semicolon and line breaks escaped (RFC 6350 3.4)."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """`line` as UTF-8 lines of at most 75 octets each (CRLF not counted), continuations after one space."""
    data = line.encode("utf-8")
    pieces, limit = [], LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:  # never inside a multi-byte character
            cut -= 1
        pieces.append(data[:cut])
        data, limit = data[cut:], LINE_OCTETS - 1
    pieces.append(data)
    return b"\r\n ".join(pieces) + b"\r\n"
