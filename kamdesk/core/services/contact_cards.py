"""Contacts to the phone and the mail program: a client's (or every client's) contacts as a vCard 4.0 file.

The cards are read a page of contacts at a time and written as they come, into a temporary file
renamed at the end (`documents.files.replacing`), so a desk with many clients never holds them all
and a failed export leaves no half file. What a card holds: `documents/vcard.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kamdesk.core.documents.files import replacing
from kamdesk.core.documents.vcard import ContactCard, vcard
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Contact
from kamdesk.core.services import company

PAGE = 1000
DOCUMENT_LANGUAGES = ("en", "hu", "ru")


def export_contacts(path: str | Path, client_ids: Iterable[int] | None = None, language: str | None = None,
                    progress: Callable[[int, int], None] | None = None) -> int:
    """The contacts of `client_ids` (every client in the working list when None) to a .vcf file; how many.

    Countries are named in `language` (the desk's language by default)."""
    path = Path(path)
    if path.suffix.lower() not in (".vcf", ".vcard"):
        raise KamdeskError(Message("Contacts are exported to a .vcf file, not to “{file}”.", file=path.name))
    ids = None if client_ids is None else sorted(set(client_ids))
    language = language or _desk_language()
    total = count_contacts(ids)
    if not total:
        raise KamdeskError(Message("There are no contacts to export."))
    written = 0
    with replacing(path) as temporary, open(temporary, "wb") as out:
        for card in contact_cards(ids):
            out.write(vcard(card, language))
            written += 1
            if progress and written % PAGE == 0:
                progress(written, total)
    if progress:
        progress(written, total)
    return written


def contact_cards(client_ids: list[int] | None = None) -> Iterator[ContactCard]:
    """A card per contact of the clients (every live client's when None): by client name, primary first."""
    ordered = _clients_in_order(client_ids)
    for start in range(0, len(ordered), PAGE):
        chunk = ordered[start:start + PAGE]
        position = {client_id: index for index, client_id in enumerate(chunk)}
        contacts = Contact.select(Contact, Client).join(Client).where(Contact.client.in_(chunk))
        yield from (_card(contact) for contact in sorted(
            contacts, key=lambda c: (position[c.client_id], not c.is_primary, c.id)))


def count_contacts(client_ids: list[int] | None = None) -> int:
    """How many contacts `export_contacts` would write."""
    ordered = _clients_in_order(client_ids)
    return sum(Contact.select().where(Contact.client.in_(ordered[start:start + PAGE])).count()
               for start in range(0, len(ordered), PAGE))


def _clients_in_order(client_ids: list[int] | None) -> list[int]:
    """The clients' ids by name (the live clients' when None), read a bounded number of ids at a time."""
    if client_ids is None:
        query = Client.select(Client.id, Client.name_key).where(Client.archived_at.is_null())
        return [row.id for row in query.order_by(Client.name_key, Client.id)]
    rows = [row for start in range(0, len(client_ids), PAGE) for row in Client.select(Client.id, Client.name_key)
            .where(Client.id.in_(client_ids[start:start + PAGE]))]
    return [row.id for row in sorted(rows, key=lambda row: (row.name_key, row.id))]


def _desk_language() -> str:
    chosen = company.language()
    return chosen if chosen in DOCUMENT_LANGUAGES else "en"


def _card(contact: Contact) -> ContactCard:
    client = contact.client
    revised = max(filter(None, (contact.changed_at, client.changed_at)), default=None)
    return ContactCard(
        name=contact.name, gid=contact.gid or f"kamdesk-contact-{contact.id}", organisation=client.name,
        title=contact.position, phones=(contact.phone, client.phone), email=contact.email or "",
        birthday=contact.birthday, street=client.legal_street, city=client.legal_city,
        postcode=client.legal_postcode, country=client.legal_country, revised=revised)
