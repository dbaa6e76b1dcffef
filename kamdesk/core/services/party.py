"""Clients and contacts: validate, save in one transaction, find duplicates, archive.

Values arrive as a dict of field -> value, typed (from the card) or text
(from an import); `clean_client` turns both into model values or raises a
ValidationError naming every bad field.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import IntegrityError, KamdeskError, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Contact, Manager, Segment
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.party import RATINGS, SOURCES, STATUSES
from kamdesk.core.money import parse_money
from kamdesk.core.services import party_validation as checks
from kamdesk.core.services.company import company_region, segment_by_name
from kamdesk.core.services.phone_check import quick_phone
from kamdesk.core.text_fold import fold, name_key
from kamdesk.core.transactions import retried

TEXT_FIELDS = (
    "name", "legal_form", "tax_number", "registration_number", "needs", "prospects",
    "reliability_note", "legal_postcode", "legal_city", "legal_street",
    "delivery_postcode", "delivery_city", "delivery_street", "phone", "email",
    "website", "notes",
)
CLIENT_FIELDS = TEXT_FIELDS + (
    "status", "segment", "key_account", "manager", "source", "reliability",
    "reliability_checked_on", "credit_limit", "payment_terms_days",
    "legal_country", "delivery_country", "price_column",
)
CONTACT_FIELDS = ("name", "position", "phone", "email", "birthday", "decision_maker", "is_primary", "notes")
TRUE_WORDS = {"1", "true", "yes", "y", "x", "igen", "i", "да", "д", "+"}
NAME_SIMILARITY = 0.9


@dataclass(frozen=True)
class DuplicateMatch:
    client_id: int
    name: str
    reason: str  # "tax_number" or "name"


class DuplicateClient(KamdeskError):
    """Saving would create a client that probably exists already."""

    def __init__(self, matches: list[DuplicateMatch]):
        self.matches = matches
        names = ", ".join(f"{m.name} (#{m.client_id})" for m in matches)
        super().__init__(Message("A client like this exists already: {names}.", names=names))


# ---------------------------------------------------------------- cleaning

@dataclass(frozen=True)
class _Lookups:
    """What cleaning reads from the database, read once for a batch of rows."""

    region: str
    managers: dict[str, Manager]


_batch: ContextVar[_Lookups | None] = ContextVar("party_cleaning_batch", default=None)


@contextmanager
def cleaning_batch() -> Iterator[None]:
    """Clean many rows (an import) reading the company region and the managers once.

    Without it every `clean_client` asks the database for both (two queries
    per row: most of the time of a 10,000-row import). Results are the same;
    changes to the company or the managers made inside the block are not seen.
    Phone numbers' patterns stay compiled from then on (phonenumbers 9 asks
    `re` for each of them a dozen times per number: a tenth of checking one).
    """
    import phonenumbers

    if hasattr(phonenumbers, "enable_pattern_cache"):  # phonenumbers 9; pyproject allows 8.13 too
        phonenumbers.enable_pattern_cache()
    lookups = _Lookups(region=company_region(), managers={m.name: m for m in Manager.select()})
    token = _batch.set(lookups)
    try:
        yield
    finally:
        _batch.reset(token)


def _region() -> str:
    lookups = _batch.get()
    return lookups.region if lookups else company_region()


def _manager_named(name: str) -> Manager | None:
    lookups = _batch.get()
    if lookups:
        return lookups.managers.get(name)
    return Manager.get_or_none(Manager.name == name)


def to_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in TRUE_WORDS
    return bool(value)


def to_date(value, field: str, errors: dict) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y.%m.%d", "%Y.%m.%d.", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    errors[field] = Message("“{text}” is not a date (use YYYY-MM-DD).", text=text)
    return None


def clean_client(values: dict) -> dict:
    """Model-ready values for the fields present in `values`, or a ValidationError."""
    cleaned = {k: str(values.get(k) or "").strip() for k in TEXT_FIELDS if k in values}
    _refuse_too_long(cleaned, values)
    errors: dict[str, str] = {}
    cleaned["legal_country"] = str(values.get("legal_country") or "HU").strip().upper()
    cleaned["delivery_country"] = str(values.get("delivery_country") or "").strip().upper()
    for field in ("legal_country", "delivery_country"):
        if cleaned[field] and not (len(cleaned[field]) == 2 and cleaned[field].isalpha()):
            errors[field] = Message("Country “{country}” must be a two-letter code such as HU, SK or RU.",
                                    country=cleaned[field])
    if not cleaned.get("name"):
        errors["name"] = Message("Name is required.")
    _clean_choices(values, cleaned, errors)
    _clean_numbers(values, cleaned, errors)
    _clean_links(values, cleaned, errors)
    _clean_price_column(values, cleaned, errors)
    _check_contact_fields(cleaned, errors, prefix="")
    problem = checks.check_tax_number(cleaned.get("tax_number", ""), cleaned["legal_country"])
    if problem:
        errors["tax_number"] = Message("Tax number {problem}.", problem=problem)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _refuse_too_long(cleaned: dict, values: dict) -> None:
    """Texts longer than their fields hold are refused first: the other checks need not read them."""
    errors = text_limits.problems(Client, cleaned)
    segment = values.get("segment")
    if isinstance(segment, str):
        errors.update(text_limits.problems(Segment, {"name": segment.strip()}))
    if errors:
        raise ValidationError(errors)


def _clean_choices(values, cleaned, errors) -> None:
    status = str(values.get("status") or "prospect").strip().lower()
    if status not in STATUSES:
        errors["status"] = Message("Status must be one of: {choices}.", choices=", ".join(STATUSES))
    cleaned["status"] = status
    source = str(values.get("source") or "").strip().lower().replace(" ", "_").replace("-", "")
    source = {"e_mail": "email", "call": "incoming_call"}.get(source, source)
    if source and source not in SOURCES:
        errors["source"] = Message("Source must be one of: {choices}.", choices=", ".join(SOURCES))
    cleaned["source"] = source
    rating = str(values.get("reliability") or "").strip().upper()
    if rating and rating not in RATINGS:
        errors["reliability"] = Message("Reliability rating must be A, B, C or D.")
    cleaned["reliability"] = rating
    cleaned["key_account"] = to_bool(values.get("key_account"))
    cleaned["reliability_checked_on"] = to_date(values.get("reliability_checked_on"), "reliability_checked_on", errors)


def _clean_numbers(values, cleaned, errors) -> None:
    limit = values.get("credit_limit")
    cleaned["credit_limit"] = None
    if limit not in (None, ""):
        try:
            amount = limit if isinstance(limit, Decimal) else parse_money(str(limit))
        except ValueError:
            errors["credit_limit"] = Message("Credit limit “{text}” is not an amount.", text=limit)
        else:
            if amount < 0:
                errors["credit_limit"] = Message("Credit limit cannot be negative.")
            elif amount != amount.quantize(Decimal("0.01")):
                errors["credit_limit"] = Message("Credit limit can have at most two decimal places.")
            cleaned["credit_limit"] = amount
    terms = values.get("payment_terms_days")
    try:
        days = 8 if terms in (None, "") else int(str(terms).strip())
    except ValueError:
        errors["payment_terms_days"] = Message("Payment terms “{text}” must be a whole number of days.", text=terms)
        days = 8
    if not 0 <= days <= 365:
        errors["payment_terms_days"] = Message("Payment terms must be between 0 and 365 days.")
    cleaned["payment_terms_days"] = days


def _clean_price_column(values, cleaned, errors) -> None:
    """The client's price-list column: an id, a name, a column, or nothing (the default column)."""
    from kamdesk.core.models import PriceColumn

    column = values.get("price_column")
    if isinstance(column, int):
        column = PriceColumn.get_or_none(PriceColumn.id == column)
    elif isinstance(column, str) and column.strip():
        found = PriceColumn.get_or_none(PriceColumn.name == column.strip())
        if found is None:
            errors["price_column"] = Message("There is no price column called “{name}”.", name=column.strip())
        column = found
    cleaned["price_column"] = column or None


def _clean_links(values, cleaned, errors) -> None:
    segment = values.get("segment")
    if isinstance(segment, str):
        # a new name stays a name: save_client creates the segment inside its transaction
        name = segment.strip()
        segment = (segment_by_name(name, create=False) or name) if name else None
    elif isinstance(segment, int):
        segment = Segment.get_or_none(Segment.id == segment)
    cleaned["segment"] = segment
    manager = values.get("manager")
    if isinstance(manager, str) and manager.strip():
        found = _manager_named(manager.strip())
        if found is None:
            errors["manager"] = Message("There is no manager called “{name}”.", name=manager.strip())
        manager = found
    elif isinstance(manager, int):
        manager = Manager.get_or_none(Manager.id == manager)
    cleaned["manager"] = manager or None


def _check_contact_fields(cleaned: dict, errors: dict, prefix: str) -> None:
    region = _region()
    problem = checks.check_email(cleaned.get("email", ""))
    if problem:
        errors[prefix + "email"] = Message("E-mail {problem}.", problem=problem)
    if cleaned.get("phone"):
        problem, formatted = _checked_phone(cleaned["phone"], region)
        if problem:
            errors[prefix + "phone"] = Message("Phone {problem}.", problem=problem)
        else:
            cleaned["phone"] = formatted
    if "website" in cleaned:
        problem = checks.check_website(cleaned["website"])
        if problem:
            errors[prefix + "website"] = Message("Website {problem}.", problem=problem)


def _checked_phone(value: str, region: str) -> tuple[str | None, str]:
    """(what is wrong or None, the number in international format), parsing the number once.

    The rules of `checks.check_phone` followed by `checks.format_phone`, which
    parse it once each; parsing is half the time of an import's check. A
    plainly written valid number skips phonenumbers (`phone_check`).
    """
    value = value.strip()
    formatted = quick_phone(value, region)
    if formatted is not None:
        return None, formatted
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return Message("is not a phone number"), value
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        return Message("is not a valid phone number"), value
    return None, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def clean_contacts(contacts: list[dict]) -> list[dict]:
    """Cleaned contacts; errors are keyed `contacts.<row>.<field>`; exactly one primary."""
    errors: dict[str, str] = {}
    cleaned_list = []
    for row, values in enumerate(contacts):
        prefix = f"contacts.{row}."
        cleaned = {k: str(values.get(k) or "").strip() for k in ("name", "position", "phone", "email", "notes")}
        too_long = text_limits.problems(Contact, cleaned, prefix)
        if too_long:
            errors.update(too_long)
            continue
        if not cleaned["name"]:
            errors[prefix + "name"] = Message("Contact {number}: {problem}", number=row + 1,
                                              problem=Message("name is required."))
        _check_contact_fields(cleaned, errors, prefix)
        cleaned["birthday"] = to_date(values.get("birthday"), prefix + "birthday", errors)
        cleaned["decision_maker"] = to_bool(values.get("decision_maker"))
        cleaned["is_primary"] = to_bool(values.get("is_primary"))
        cleaned["id"] = values.get("id")
        if values.get("row_version") is not None:  # the version the card loaded; imports have none
            cleaned["row_version"] = values["row_version"]
        cleaned_list.append(cleaned)
    if errors:
        raise ValidationError(errors)
    primaries = [c for c in cleaned_list if c["is_primary"]]
    if len(primaries) > 1:
        raise ValidationError(Message("Only one contact can be the primary one."), field="contacts")
    if cleaned_list and not primaries:
        cleaned_list[0]["is_primary"] = True
    return cleaned_list


# ---------------------------------------------------------------- duplicates

def find_duplicates(cleaned: dict, exclude_id: int | None = None) -> list[DuplicateMatch]:
    """Clients with the same tax number, or a name that nearly matches."""
    matches: dict[int, DuplicateMatch] = {}
    key = checks.tax_key(cleaned.get("tax_number", ""), cleaned.get("legal_country", ""))
    if key:
        for client in Client.select(Client.id, Client.name).where(Client.tax_key == key):
            matches[client.id] = DuplicateMatch(client.id, client.name, "tax_number")
    dkey = name_key(cleaned.get("name", ""))
    if dkey:
        for client in _name_candidates(dkey):
            ratio = difflib.SequenceMatcher(None, dkey, client.dedupe_key).ratio()
            if ratio >= NAME_SIMILARITY and client.id not in matches:
                matches[client.id] = DuplicateMatch(client.id, client.name, "name")
    matches.pop(exclude_id, None)
    return list(matches.values())


def _name_candidates(dkey: str):
    prefix = dkey[:4]
    return (Client.select(Client.id, Client.name, Client.dedupe_key)
            .where((Client.dedupe_key >= prefix) & (Client.dedupe_key < prefix + "\uffff"))
            .limit(200))


# ---------------------------------------------------------------- saving

def get_client(client_id: int) -> Client:
    return Client.get_or_not_found(Client.id == client_id, Message("There is no client with id {id}.", id=client_id))


def client_contacts(client_id: int) -> list[Contact]:
    return list(Contact.select().where(Contact.client == client_id).order_by(Contact.is_primary.desc(), Contact.id))


@retried
def save_client(values: dict, contacts: list[dict] | None = None, client_id: int | None = None,
                allow_duplicates: bool = False) -> Client:
    """Validate and save a client (and, when given, its full list of contacts) in one transaction.

    For an existing client, fields missing from `values` keep their stored value. `values["row_version"]`
    (and each contact's) is the version the form loaded: a save over a newer one raises ChangedMeanwhile.
    `allow_duplicates` lets a similar name through, never a second live client with one tax number.
    """
    if client_id:
        values = {**editable_values(get_client(client_id)), **values}
    cleaned = clean_client(values)
    cleaned_contacts = clean_contacts(contacts) if contacts is not None else None
    if not allow_duplicates:
        matches = find_duplicates(cleaned, exclude_id=client_id)
        if matches:
            raise DuplicateClient(matches)
    _refuse_live_tax_twin(cleaned, client_id)
    with database.atomic():
        if isinstance(cleaned.get("segment"), str):
            cleaned["segment"] = segment_by_name(cleaned["segment"], create=True)
        if cleaned.get("price_column") is None and not client_id:
            from kamdesk.core.services.catalogue import default_column

            cleaned["price_column"] = default_column()  # new clients get the default column
        client = get_client(client_id).expect_version(values.get("row_version")) if client_id else Client()
        for field, value in cleaned.items():
            setattr(client, field, value)
        client.updated_at = utc_now()
        client.save()
        if cleaned_contacts is not None:
            _replace_contacts(client, cleaned_contacts)
        update_derived(client)
    return client


def _refuse_live_tax_twin(cleaned: dict, client_id: int | None) -> None:
    """A ValidationError when another live client has this tax number (the database allows one)."""
    key = checks.tax_key(cleaned.get("tax_number", ""), cleaned.get("legal_country", ""))
    if not key or cleaned.get("archived_at"):
        return
    twin = (Client.select(Client.id, Client.name)
            .where((Client.tax_key == key) & Client.archived_at.is_null() & (Client.id != (client_id or 0))).first())
    if twin is not None:
        raise ValidationError({"tax_number": Message("A client with tax number {tax_number} exists already: "
                                                     "{name} (#{id}).", tax_number=cleaned.get("tax_number"),
                                                     name=twin.name, id=twin.id)})


def editable_values(client: Client) -> dict:
    """The client's stored values in the form `save_client` takes them."""
    values = {field: getattr(client, field) for field in CLIENT_FIELDS if field not in ("segment", "manager")}
    values["segment"] = client.segment  # model instances pass through cleaning unchanged
    values["manager"] = client.manager
    values["price_column"] = client.price_column
    return values


def _replace_contacts(client: Client, contacts: list[dict]) -> None:
    keep_ids = [c["id"] for c in contacts if c.get("id")]
    Contact.delete().where((Contact.client == client) & (Contact.id.not_in(keep_ids or [0]))).execute()
    for values in contacts:
        contact_id = values.pop("id", None)
        loaded = values.pop("row_version", None)
        contact = Contact.get_or_none((Contact.id == contact_id) & (Contact.client == client)) if contact_id else None
        contact = contact.expect_version(loaded) if contact else Contact(client=client)
        for field, value in values.items():
            setattr(contact, field, value)
        contact.save()


def search_text_for(client: Client, contacts: list[Contact] | list[dict]) -> str:
    """Folded text that the client search looks into."""
    compact_tax = "".join(ch for ch in client.tax_number or "" if ch.isalnum())
    parts = [client.name, client.tax_number, compact_tax, checks.tax_key(client.tax_number, client.legal_country),
             client.legal_city,
             client.delivery_city, client.email]
    for contact in contacts:
        get = contact.get if isinstance(contact, dict) else contact.__getattribute__
        parts += [get("name"), get("email")]
    return fold("\n".join(p for p in parts if p))


def derived_values(client: Client, contacts: list[Contact] | list[dict]) -> dict:
    """The stored search text and comparison keys of `client`, by field name.

    `client` only needs the attributes read here, so an import computes them
    for thousands of rows before inserting without a query per client.
    """
    keys = {"name_key": fold(client.name), "dedupe_key": name_key(client.name),
            "tax_key": checks.tax_key(client.tax_number, client.legal_country), "city_key": fold(client.legal_city)}
    # folding may lengthen a text ("ﬃ" → "ffi"): a key is cut to its column rather than refused
    return {"search_text": search_text_for(client, contacts),
            **{name: text_limits.capped(Client, name, key) for name, key in keys.items()}}


def update_derived(client: Client, contacts=None) -> None:
    """Recompute the stored search text and comparison keys of `client`."""
    if contacts is None:
        contacts = client_contacts(client.id)
    Client.update(**derived_values(client, contacts)).where(Client.id == client.id).execute()


# ---------------------------------------------------------------- archive

def archive_client(client_id: int) -> None:
    client = get_client(client_id)
    client.archived_at = utc_now()
    client.save()


def restore_client(client_id: int) -> None:
    client = get_client(client_id)
    _refuse_live_tax_twin({"tax_number": client.tax_number, "legal_country": client.legal_country}, client_id)
    client.archived_at = None
    client.save()


def delete_client(client_id: int) -> None:
    """Delete for good: only a client with nothing but contacts attached."""
    client = get_client(client_id)
    blocking = [name for name, count in _linked_records(client) if count]
    if blocking:
        raise IntegrityError(
            Message("“{name}” cannot be deleted because it has {records}. Archive it instead.",
                    name=client.name, records=", ".join(blocking)))
    with database.atomic():
        Contact.delete().where(Contact.client == client).execute()
        client.delete_instance()


def _linked_records(client: Client):
    """(what, count) of records other than contacts that point at `client`.

    Every model with a foreign key to Client counts, so later business areas
    (activities, orders ...) protect their clients without changing this code.
    """
    for field in Client._meta.backrefs:
        if field.model is Contact:
            continue
        yield field.model._meta.table_name.replace("_", " "), field.model.select().where(field == client).count()
