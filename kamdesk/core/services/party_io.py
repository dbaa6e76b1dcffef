"""Clients in and out of spreadsheets: import from .xlsx/.csv, export the list.

Import is four steps, each one a function the GUI dialog and the CLI call:

1. `read_table`: the file as a header row and rows of text cells
   (`spreadsheet_import`, shared with the price list import): the header row
   is the one of the first lines with most client headers, so a title or
   blank line above it is passed over.
2. `auto_mapping`: which column goes to which field, from headers written in
   English, Hungarian or Russian; the user can correct it.
3. `check_rows`: every row through the same cleaning as the client card
   (`party.clean_client` / `clean_contacts`, so the messages are the same),
   sorted into valid, rejected and duplicates (same tax number as a client in
   the database or an earlier row of the file: reported, never imported).
   Managers the database does not have (`unknown_managers`) are named once:
   the caller chooses to create them or to import without a manager.
4. `import_rows`: the valid rows in one transaction, inserted in batches.

`export_clients` writes the clients a list filter shows, in the list's order,
with headers that `auto_mapping` recognises, so an exported file imports back.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from peewee import CharField, Field, SqliteDatabase, TextField

from kamdesk.core import text_limits
from kamdesk.core.db import database, refresh_statistics
from kamdesk.core.documents.client_sheet import write_csv, write_xlsx
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.models import Client, Contact, Manager, Segment
from kamdesk.core.models.base import utc_now
from kamdesk.core.money import from_minor
from kamdesk.core.services import party, spreadsheet_import
from kamdesk.core.services.client_search import ClientFilter, ClientResult, ClientSearch
from kamdesk.core.services.company import get_company, save_manager
from kamdesk.core.services.party_validation import tax_key
from kamdesk.core.services.spreadsheet_import import (
    HeaderAliases,
    Progress,
    RowProblem,
    Table,
    check_mapping,
    header_key,
    is_header_row,
)
from kamdesk.core.messages import Message, joined
from kamdesk.core.text_fold import fold, name_key
from kamdesk.core.transactions import retried, serialized

CONTACT_IMPORT_FIELDS = (
    "contact_name", "contact_position", "contact_phone", "contact_email", "contact_birthday",
    "contact_decision_maker",
)
_CLIENT_ORDER = (
    "name", "legal_form", "tax_number", "registration_number", "status", "segment", "manager",
    "key_account", "source", "legal_postcode", "legal_city", "legal_street", "legal_country",
    "delivery_postcode", "delivery_city", "delivery_street", "delivery_country", "phone", "email",
    "website", "credit_limit", "payment_terms_days", "reliability", "reliability_checked_on",
    "reliability_note", "needs", "prospects", "notes",
)
IMPORT_FIELDS: tuple[str, ...] = (
    tuple(f for f in _CLIENT_ORDER if f in party.CLIENT_FIELDS)
    + tuple(f for f in party.CLIENT_FIELDS if f not in _CLIENT_ORDER)
    + CONTACT_IMPORT_FIELDS
)

_LABELS = {
    "name": Message("Name"), "legal_form": Message("Legal form"), "tax_number": Message("Tax number"),
    "registration_number": Message("Registration number"), "status": Message("Status"), "segment": Message("Segment"),
    "manager": Message("Manager"), "key_account": Message("Key account"), "source": Message("Source"),
    "legal_postcode": Message("Postcode"), "legal_city": Message("City"), "legal_street": Message("Street"), "legal_country": Message("Country"),
    "delivery_postcode": Message("Delivery postcode"), "delivery_city": Message("Delivery city"),
    "delivery_street": Message("Delivery street"), "delivery_country": Message("Delivery country"),
    "phone": Message("Phone"), "email": Message("E-mail"), "website": Message("Website"), "credit_limit": Message("Credit limit"),
    "payment_terms_days": Message("Payment terms (days)"), "reliability": Message("Reliability"),
    "reliability_checked_on": Message("Reliability checked on"), "reliability_note": Message("Reliability note"),
    "needs": Message("Needs"), "prospects": Message("Prospects"), "notes": Message("Notes"),
    "contact_name": Message("Contact"), "contact_position": Message("Contact position"), "contact_phone": Message("Contact phone"),
    "contact_email": Message("Contact e-mail"), "contact_birthday": Message("Contact birthday"),
    "contact_decision_maker": Message("Contact is decision maker"),
}
FIELD_LABELS: dict[str, str] = {f: _LABELS.get(f, f.replace("_", " ").capitalize()) for f in IMPORT_FIELDS}

# Header words per field, beside its English label and its own name.
# Compared folded (case and accents ignored) and without spaces or punctuation.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Company", "Company name", "Client", "Client name", "Customer", "Customer name", "Partner",
             "Partner name", "Név", "Cégnév", "Cég neve", "Cég", "Ügyfél", "Ügyfél neve", "Vevő", "Vevő neve",
             "Partner neve", "Megnevezés", "Название", "Наименование", "Компания", "Название компании",
             "Клиент", "Организация", "Наименование организации"),
    "legal_form": ("Form", "Company form", "Cégforma", "Társasági forma", "Forma",
                   "Организационно-правовая форма", "ОПФ", "Правовая форма"),
    "tax_number": ("Tax ID", "Tax no", "Tax code", "VAT", "VAT number", "VAT no", "VAT ID", "Adószám",
                   "Közösségi adószám", "ИНН", "Налоговый номер"),
    "registration_number": ("Company registration number", "Registration no", "Reg no", "Cégjegyzékszám",
                            "Cégjegyzék szám", "Nyilvántartási szám", "ОГРН", "Регистрационный номер"),
    "status": ("State", "Státusz", "Állapot", "Статус", "Состояние"),
    "segment": ("Market segment", "Szegmens", "Piaci szegmens", "Сегмент"),
    "manager": ("Account manager", "Key account manager", "Sales rep", "Salesperson", "Üzletkötő",
                "Felelős", "Kereskedő", "Менеджер", "Ответственный", "Ответственный менеджер"),
    "key_account": ("Key client", "Key customer", "KAM", "Kulcsügyfél", "Kulcs ügyfél", "Kiemelt ügyfél",
                    "Kiemelt", "Ключевой клиент", "Ключевой"),
    "source": ("Lead source", "Forrás", "Honnan", "Источник"),
    "legal_postcode": ("Postal code", "Post code", "ZIP", "ZIP code", "Irányítószám", "Irsz", "Ir szám",
                       "Индекс", "Почтовый индекс"),
    "legal_city": ("Town", "Város", "Település", "Helység", "Székhely város", "Город", "Населенный пункт"),
    "legal_street": ("Address", "Street address", "Cím", "Utca", "Utca házszám", "Székhely", "Székhely cím",
                     "Адрес", "Улица", "Юридический адрес"),
    "legal_country": ("Ország", "Страна"),
    "delivery_postcode": ("Delivery ZIP", "Szállítási irányítószám", "Индекс доставки"),
    "delivery_city": ("Szállítási város", "Город доставки"),
    "delivery_street": ("Delivery address", "Shipping address", "Szállítási cím", "Адрес доставки"),
    "delivery_country": ("Szállítási ország", "Страна доставки"),
    "phone": ("Telephone", "Tel", "Phone number", "Telefon", "Telefonszám", "Телефон", "Тел"),
    "email": ("Email", "Mail", "E-mail address", "Email address", "E-mail cím", "Emailcím", "Эл. почта",
              "Электронная почта", "E-mail адрес", "Почта"),
    "website": ("Web", "Web site", "URL", "Homepage", "Honlap", "Weboldal", "Weblap", "Сайт", "Веб-сайт"),
    "credit_limit": ("Credit", "Hitelkeret", "Hitel keret", "Kredit limit", "Kreditlimit", "Кредитный лимит",
                     "Лимит кредита", "Кредит"),
    "payment_terms_days": ("Payment terms", "Payment days", "Terms", "Fizetési határidő", "Fizetési határidő nap",
                           "Fizetési feltétel", "Fizetési idő", "Отсрочка платежа", "Срок оплаты", "Отсрочка"),
    "reliability": ("Rating", "Reliability rating", "Megbízhatóság", "Minősítés", "Надежность", "Рейтинг"),
    "reliability_checked_on": ("Checked on", "Ellenőrizve", "Megbízhatóság ellenőrzése", "Дата проверки"),
    "reliability_note": ("Megbízhatósági megjegyzés", "Комментарий о надежности"),
    "needs": ("Igények", "Igény", "Потребности"),
    "prospects": ("Lehetőségek", "Kilátások", "Перспективы"),
    "notes": ("Note", "Comment", "Comments", "Remarks", "Megjegyzés", "Megjegyzések", "Примечание",
              "Примечания", "Комментарий", "Заметки"),
    "contact_name": ("Contact name", "Contact person", "Kapcsolattartó", "Kapcsolattartó neve", "Kontakt",
                     "Контактное лицо", "Контакт", "ФИО контакта"),
    "contact_position": ("Position", "Job title", "Title", "Beosztás", "Kapcsolattartó beosztása", "Должность"),
    "contact_phone": ("Contact telephone", "Mobile", "Mobil", "Kapcsolattartó telefon",
                      "Kapcsolattartó telefonszáma", "Телефон контакта", "Телефон контактного лица",
                      "Мобильный"),
    "contact_email": ("Contact email", "Kapcsolattartó e-mail", "Kapcsolattartó email",
                      "Kapcsolattartó e-mail címe", "E-mail контакта", "Почта контакта",
                      "E-mail контактного лица"),
    "contact_birthday": ("Birthday", "Date of birth", "Születésnap", "Születési dátum", "День рождения",
                         "Дата рождения"),
    "contact_decision_maker": ("Decision maker", "Contact decision maker", "Döntéshozó", "ЛПР",
                               "Лицо принимающее решение"),
}

STATUS_LABELS = {"prospect": "Prospect", "active": "Active", "inactive": "Inactive", "lost": "Lost"}
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "prospect": ("prospect", "potential", "lead", "potenciális", "lehetséges", "érdeklődő", "új",
                 "потенциальный", "потенциальный клиент", "перспективный", "лид", "новый"),
    "active": ("active", "aktív", "активный", "активен", "действующий"),
    "inactive": ("inactive", "passive", "inaktív", "passzív", "szünetel", "неактивный", "неактивен",
                 "пассивный"),
    "lost": ("lost", "elvesztett", "elveszett", "megszűnt", "потерян", "потерянный", "утерян", "ушел"),
}
SOURCE_WORDS: dict[str, tuple[str, ...]] = {
    "incoming_call": ("incoming call", "call", "phone call", "bejövő hívás", "hívás", "telefon",
                      "входящий звонок", "звонок"),
    "email": ("email", "e-mail", "mail", "levél", "эл. почта", "электронная почта", "письмо"),
    "visit": ("visit", "látogatás", "визит", "посещение"),
    "referral": ("referral", "recommendation", "ajánlás", "ajánló", "рекомендация"),
    "exhibition": ("exhibition", "fair", "trade fair", "kiállítás", "vásár", "выставка"),
    "web": ("web", "website", "internet", "weboldal", "honlap", "сайт", "интернет"),
    "other": ("other", "egyéb", "más", "другое", "прочее"),
}
YES_WORDS = frozenset(fold(w) for w in party.TRUE_WORDS | {"igaz", "istina", "истина", "ja", "wahr"})
NO_WORDS = frozenset({"", "0", "false", "no", "n", "nem", "hamis", "нет", "н", "ложь", "-", "nein"})
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "HU": ("hungary", "magyarország", "magyar", "венгрия"),
    "RU": ("russia", "russian federation", "oroszország", "россия", "рф", "российская федерация"),
    "CZ": ("czech republic", "czechia", "csehország", "чехия"),
    "SK": ("slovakia", "szlovákia", "словакия"),
    "PL": ("poland", "lengyelország", "польша"),
    "AT": ("austria", "ausztria", "австрия"),
    "DE": ("germany", "németország", "германия"),
    "RO": ("romania", "románia", "румыния"),
    "RS": ("serbia", "szerbia", "сербия"),
    "HR": ("croatia", "horvátország", "хорватия"),
    "SI": ("slovenia", "szlovénia", "словения"),
    "UA": ("ukraine", "ukrajna", "украина"),
    "BY": ("belarus", "fehéroroszország", "беларусь", "белоруссия"),
    "KZ": ("kazakhstan", "kazahsztán", "казахстан"),
}
# Cyrillic letters that look like the ratings A, B and C.
_RATING_LOOKALIKES = str.maketrans({"А": "A", "В": "B", "С": "C", "а": "A", "в": "B", "с": "C"})
_CURRENCY_MARKS = {"HUF": ("ft", "ft.", "huf"), "EUR": ("eur", "€"), "RUB": ("rub", "руб", "руб.", "₽", "р", "р.")}
_DAYS = re.compile(r"(\d+)\s*(?:days?|d|nap|napos|napon belul|дн\.?|дней|дня|день)?")
_SPACED_DATE = re.compile(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?")

EXPORT_FIELDS = (
    "name", "legal_form", "tax_number", "registration_number", "status", "segment", "manager", "key_account",
    "legal_city", "legal_postcode", "legal_street", "legal_country", "phone", "email", "website",
    "credit_limit", "payment_terms_days", "reliability", "contact_name", "contact_email", "contact_phone",
)
EXPORT_TYPES = tuple({"credit_limit": "money", "payment_terms_days": "integer"}.get(f, "text") for f in EXPORT_FIELDS)
EXPORT_PAGE = 1000
STATISTICS_AFTER = 1000  # rows: a big import changes what the query planner should assume
BATCH_SIZE = 500  # clients per INSERT: 40 columns stay far below SQLite's 32,766 parameters
PROGRESS_EVERY = 250


# ---------------------------------------------------------------- mapping

_ALIASES = HeaderAliases(IMPORT_FIELDS, FIELD_LABELS, ALIASES)


def read_table(path: str | Path, header_row: int | None = None) -> Table:
    """A client list as a `Table`; without `header_row`, the headers are the line with most client fields."""
    return spreadsheet_import.read_table(path, header_row, is_client_header)


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → import field for the headers kamdesk recognises; each field at most once."""
    return _ALIASES.auto_mapping(headers)


def is_client_header(text: str) -> bool:
    """True when `text` is a column header kamdesk maps to a client field."""
    return _ALIASES.knows(text)


# ---------------------------------------------------------------- checking

@dataclass
class ImportCheck:
    """What `check_rows` found. Valid rows carry cleaned values ready for `import_rows`.

    In the client values, "segment" is a Segment, None, or the name of a
    segment that `import_rows` will create; "manager" is a Manager, None, or
    the name of a manager `import_rows` will create (one of `new_managers`).
    """

    valid: list[tuple[int, dict, dict | None]] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    duplicates: list[RowProblem] = field(default_factory=list)
    total: int = 0
    new_managers: list[str] = field(default_factory=list)


def _word_index(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index = {}
    for code, names in words.items():
        for name in (code, *names):
            index[header_key(name)] = code
    return index


_STATUS_INDEX = _word_index(STATUS_WORDS)
_SOURCE_INDEX = _word_index(SOURCE_WORDS)
_COUNTRY_INDEX = _word_index(COUNTRY_WORDS)


# What to do with the clients of managers the database does not have (an export of another desk).
CREATE_MANAGERS = "create"
WITHOUT_MANAGER = "without"


class _Names:
    """Names from the database that rows refer to, read once per check."""

    def __init__(self, new_managers: dict[str, str]):
        self.segments = {fold(s.name): s for s in Segment.select()}
        self.managers = {fold(m.name): m.name for m in Manager.select(Manager.name)}
        self.manager_names = set(self.managers.values())
        self.new_managers = new_managers  # folded → as first written: the managers to create
        company = get_company()
        self.currency_marks = _CURRENCY_MARKS.get(company.currency if company else "HUF", ())


def unknown_managers(table: Table, mapping: dict[int, str]) -> list[str]:
    """The managers the rows name that the database does not have, each once, as first written."""
    column = next((c for c, name in mapping.items() if name == "manager"), None)
    if column is None:
        return []
    known = {fold(name) for (name,) in Manager.select(Manager.name).tuples()}
    unknown: dict[str, str] = {}
    seen: set[str] = set()  # a few managers over many rows: fold each spelling once
    for index, row in enumerate(table.rows):
        name = row[column] if column < len(row) else ""
        if name and name not in seen and not is_header_row(table, index, mapping, is_client_header):
            seen.add(name)
            if fold(name) not in known and not text_limits.problems(Manager, {"name": name.strip()}):
                unknown.setdefault(fold(name), name)  # a name too long is a rejected row, not a manager to make
    return list(unknown.values())


def check_rows(table: Table, mapping: dict[int, str], progress: Progress | None = None,
               unknown: str | None = None) -> ImportCheck:
    """Validate every row of `table` read through `mapping`; nothing is written to the database.

    Managers the database does not have are refused at once, named once,
    unless `unknown` says what to do: CREATE_MANAGERS (on import) or
    WITHOUT_MANAGER (their clients are imported without a manager).
    """
    _check_mapping(mapping)
    new_managers = unknown_managers(table, mapping)
    if new_managers and unknown not in (CREATE_MANAGERS, WITHOUT_MANAGER):
        raise ValidationError(Message("There are no managers called {names}: create them, or import their "
                                      "clients without a manager.", names=", ".join(new_managers)), field="manager")
    lookups = _Names({fold(name): name for name in new_managers} if unknown == CREATE_MANAGERS else {})
    check = ImportCheck(total=len(table.rows), new_managers=new_managers if unknown == CREATE_MANAGERS else [])
    with party.cleaning_batch():
        valid, check.rejected = spreadsheet_import.check_rows(
            table, mapping, lambda _number, row: _clean_row(row, mapping, lookups), is_client_header,
            reason=_reason, progress=progress, every=PROGRESS_EVERY)
    _sort_duplicates([(number, row, *cleaned) for number, row, cleaned in valid], check)
    named = {client["manager"] for _, client, _ in check.valid if isinstance(client.get("manager"), str)}
    check.new_managers = [name for name in check.new_managers if name in named]  # only for clients imported
    return check


def _sort_duplicates(cleaned_rows: list[tuple[int, list[str], dict, dict | None]], check: ImportCheck) -> None:
    """Move rows that repeat a client (of the database or of an earlier row) to `check.duplicates`.

    A row is the same client as another with the same tax number; a row without
    a tax number is the same client as one with the same name (legal form,
    case, accents and punctuation aside), which is not doubled either.
    """
    taxes = [tax_key(c.get("tax_number", ""), c.get("legal_country", "")) for _, _, c, _ in cleaned_rows]
    existing_tax = _existing_tax_numbers(set(taxes) - {""})
    existing_names = _existing_names({name_key(c["name"]) for (_, _, c, _), tax in zip(cleaned_rows, taxes, strict=True)
                                      if not tax})
    first_row: dict[str, int] = {}
    for (number, row, client, contact), tax in zip(cleaned_rows, taxes, strict=True):
        key = tax or "name:" + name_key(client["name"])
        reason = existing_tax.get(tax) if tax else existing_names.get(key[5:])
        if reason is None and key in first_row:
            reason = (Message("Tax number {tax_number} is already in row {row} of this file.",
                              tax_number=client["tax_number"], row=first_row[key]) if tax else
                      Message("“{name}” is already in row {row} of this file.", name=client["name"], row=first_row[key]))
        if reason:
            check.duplicates.append(RowProblem(number, list(row), reason))
        else:
            first_row[key] = number
            check.valid.append((number, client, contact))


def _check_mapping(mapping: dict[int, str]) -> None:
    unknown = sorted(set(mapping.values()) - set(IMPORT_FIELDS))
    if unknown:
        raise ValueError(f"not import fields: {', '.join(unknown)}")
    check_mapping(mapping, FIELD_LABELS.get, "name", Message("Choose the column that holds the client name."),
                  order=IMPORT_FIELDS.index)


def _clean_row(row: list[str], mapping: dict[int, str], lookups: _Names) -> tuple[dict, dict | None]:
    values = {name: (row[column] if column < len(row) else "") for column, name in mapping.items()}
    errors: dict[str, str] = {}
    if values.get("manager"):  # a manager the import would create
        errors.update({"manager": problem for problem in text_limits.problems(
            Manager, {"name": values["manager"].strip()}).values()})
    client_values = {k: v for k, v in values.items() if not k.startswith("contact_")}
    _translate_words(client_values, lookups, errors)
    segment_name = client_values.pop("segment", "")
    new_manager = _new_manager(client_values, lookups)
    try:
        client = party.clean_client(client_values)
    except ValidationError as error:
        errors = {**error.errors, **errors}
        client = None
    contact = None
    contact_values = {k[len("contact_"):]: v for k, v in values.items() if k.startswith("contact_")}
    if any(contact_values.values()):
        if "decision_maker" in contact_values:
            contact_values["decision_maker"] = _yes_no(contact_values["decision_maker"], Message("Decision maker"),
                                                       "contacts.0.decision_maker", errors)
        if "birthday" in contact_values:
            contact_values["birthday"] = _spaced_date(contact_values["birthday"])
        try:
            contact = party.clean_contacts([{**contact_values, "is_primary": True}])[0]
        except ValidationError as error:
            errors.update(error.errors)
        else:
            contact.pop("id", None)
    if errors or client is None:
        raise ValidationError(errors)
    client["segment"] = (lookups.segments.get(fold(segment_name), segment_name.strip())
                         if segment_name.strip() else None)
    if new_manager:
        client["manager"] = new_manager
    return client, contact


def _new_manager(values: dict, lookups: _Names) -> str | None:
    """Take a manager the database does not have out of `values`: the name to create, or None."""
    name = values.get("manager", "")
    if not name or name in lookups.manager_names:  # `_translate_words` gave a known one its stored name
        return None
    values.pop("manager")
    return lookups.new_managers.get(fold(name))


def _translate_words(values: dict, lookups: _Names, errors: dict) -> None:
    """Words a person writes in a sheet, turned into what `clean_client` takes."""
    if values.get("status"):
        values["status"] = _STATUS_INDEX.get(header_key(values["status"]), values["status"])
    if values.get("source"):
        values["source"] = _SOURCE_INDEX.get(header_key(values["source"]), values["source"])
    if values.get("reliability"):
        values["reliability"] = values["reliability"].translate(_RATING_LOOKALIKES)
    if "key_account" in values:
        values["key_account"] = _yes_no(values["key_account"], Message("Key account"), "key_account", errors)
    for name in ("legal_country", "delivery_country"):
        text = values.get(name, "")
        if text:
            code = _COUNTRY_INDEX.get(header_key(text), text.upper())
            if not re.fullmatch(r"[A-Z]{2}", code):
                errors[name] = Message("Country “{country}” must be a two-letter code such as HU, SK or RU.",
                                       country=text)
            values[name] = code
    if values.get("manager"):
        values["manager"] = lookups.managers.get(fold(values["manager"]), values["manager"])
    limit = values.get("credit_limit", "")
    if limit:
        words = limit.split()
        if len(words) > 1 and fold(words[-1]) in lookups.currency_marks:
            values["credit_limit"] = " ".join(words[:-1])
    terms = values.get("payment_terms_days", "")
    if terms:
        match = _DAYS.fullmatch(fold(terms))
        if match:
            values["payment_terms_days"] = match.group(1)
    if values.get("reliability_checked_on"):
        values["reliability_checked_on"] = _spaced_date(values["reliability_checked_on"])


def _yes_no(text: str, label: str, key: str, errors: dict) -> bool:
    word = fold(text.strip())
    if word in YES_WORDS:
        return True
    if word not in NO_WORDS:
        errors[key] = Message("{label} “{text}” must be yes or no.", label=label, text=text)
    return False


def _spaced_date(text: str) -> str:
    """ "2024. 03. 15." (as Hungarian Excel shows dates) → "2024-03-15"; anything else unchanged."""
    match = _SPACED_DATE.fullmatch(text.strip())
    if match:
        year, month, day = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text


def _reason(error: ValidationError) -> Message:
    """The messages of a row, contact ones marked as such."""
    parts = []
    for key, message in error.errors.items():
        if key.startswith("contacts.") and not message.startswith("Contact"):
            message = Message("Contact: {message}", message=message)
        parts.append(message)
    return joined(parts)


def _existing_names(keys: set[str]) -> dict[str, str]:
    """Name key → why a row without a tax number and with that name is a duplicate."""
    found: dict[str, str] = {}
    keys_list = sorted(keys - {""})
    named = _PageQuery(lambda chunk: Client.select(Client.id, Client.name, Client.dedupe_key)
                       .where(Client.dedupe_key.in_(chunk)).order_by(Client.id))
    for start in range(0, len(keys_list), 500):
        for client_id, name, key in named.rows(keys_list[start:start + 500]):
            found.setdefault(key, Message("A client named {name} exists already (#{id}).", name=name, id=client_id))
    return found


def _existing_tax_numbers(keys: set[str]) -> dict[str, str]:
    """Tax key → why a row with it is a duplicate, for the keys some client in the database has."""
    found: dict[str, str] = {}
    keys_list = sorted(keys)
    taxed = _PageQuery(lambda chunk: Client.select(
        Client.id, Client.name, Client.tax_number, Client.tax_key, Client.archived_at)
        .where(Client.tax_key.in_(chunk)).order_by(Client.id))
    for start in range(0, len(keys_list), 500):
        for client_id, name, tax_number, key, archived_at in taxed.rows(keys_list[start:start + 500]):
            if key not in found:
                archived = " (archived)" if archived_at else ""
                found[key] = Message("A client with tax number {tax_number} exists already: {name} (#{id}).",
                                     tax_number=tax_number, name=name + archived, id=client_id)
    return found


# ---------------------------------------------------------------- importing

def import_rows(check: ImportCheck, progress: Progress | None = None) -> int:
    """Create the valid clients of `check` (with their contact) in one transaction; how many.

    Either every valid row is imported or, on any error, none is.
    """
    rows = check.valid
    total = len(rows)
    if not total:
        return 0
    _import_valid_rows(check, progress)
    if total >= STATISTICS_AFTER:
        refresh_statistics(tables=tuple(model._meta.table_name for model in (Client, Contact, Segment, Manager)))
    return total


@retried(unique_too=True)
def _import_valid_rows(check: ImportCheck, progress: Progress | None) -> None:
    """One transaction; imports take turns, so the second of two finds the first one's clients and says so."""
    rows, now = check.valid, utc_now()
    serialized("client import")
    _refuse_new_duplicates(rows)
    segments = _segment_ids(rows)
    managers = _manager_ids(check.new_managers)

    def insert(batch: list[tuple[int, dict, dict | None]]) -> None:
        records = [_client_record(client, contact, segments, managers, now) for _, client, contact in batch]
        ids = _insert_clients(records)
        contacts = [{**contact, "client": client_id}
                    for client_id, (_, _, contact) in zip(ids, batch, strict=True) if contact]
        if contacts:
            _insert_many(Contact, contacts)

    spreadsheet_import.import_all(rows, insert, BATCH_SIZE, progress)


def _refuse_new_duplicates(rows: list[tuple[int, dict, dict | None]]) -> None:
    """Clients with these tax numbers (or, without one, these names) may have been saved since the check.

    Then nothing is imported: another import of the same file may have finished meanwhile.
    """
    taxes = [tax_key(client.get("tax_number", ""), client.get("legal_country", "")) for _, client, _ in rows]
    existing = _existing_tax_numbers(set(taxes) - {""})
    untaxed = {name_key(client["name"]) for (_, client, _), tax in zip(rows, taxes, strict=True) if not tax}
    existing = existing or _existing_names(untaxed)
    if existing:
        raise KamdeskError(Message("Some clients of this file were saved since the rows were checked "
                                   "({example}). Check the file again.", example=next(iter(existing.values()))))


def _segment_ids(rows: list[tuple[int, dict, dict | None]]) -> dict[str, int]:
    """Folded segment name → id for the segments the rows name, creating the missing ones."""
    ids: dict[str, int] = {}
    existing = {fold(s.name): s.id for s in Segment.select()}
    for _, client, _ in rows:
        segment = client.get("segment")
        if segment is None:
            continue
        name = segment.name if isinstance(segment, Segment) else segment
        key = fold(name)
        if key not in ids:
            ids[key] = existing[key] if key in existing else Segment.create(name=name).id
    return ids


def _manager_ids(names: list[str]) -> dict[str, int]:
    """Folded name → id of the managers an import creates (or finds, if made since the check)."""
    existing = {fold(m.name): m.id for m in Manager.select(Manager.id, Manager.name)}
    return {fold(name): existing.get(fold(name)) or save_manager({"name": name}).id for name in names}


def _client_record(client: dict, contact: dict | None, segments: dict[str, int], managers: dict[str, int],
                   now) -> dict:
    record = {name: "" for name in party.TEXT_FIELDS}
    record.update(client)
    segment = client.get("segment")
    record["segment"] = None if segment is None else segments[fold(
        segment.name if isinstance(segment, Segment) else segment)]
    manager = client.get("manager")
    if isinstance(manager, str):
        record["manager"] = managers[fold(manager)]  # created by this import
    else:
        record["manager"] = manager.id if manager is not None else None
    record["created_at"] = record["updated_at"] = now
    record.update(party.derived_values(SimpleNamespace(**record), [contact] if contact else []))
    return record


def _insert_clients(records: list[dict]) -> list[int]:
    """Insert `records` into Client; their ids in the same order.

    One INSERT ... RETURNING per batch: SQLite (3.35+) and PostgreSQL hand out
    the ids of one statement in ascending order of its rows, so the sorted ids
    match the records. Older SQLite inserts row by row.
    """
    db = database.obj
    if isinstance(db, SqliteDatabase) and sqlite3.sqlite_version_info < (3, 35, 0):
        return [Client.insert(record).execute() for record in records]
    ids = sorted(row[0] for row in _insert_many(Client, records, returning_id=True))
    if len(ids) != len(records):
        raise KamdeskError(Message("The database did not confirm every imported client; nothing was imported."))
    return ids


def _insert_many(model, records: list[dict], returning_id: bool = False) -> list[tuple]:
    """A multi-row INSERT of `records` (all with the same keys), values converted by the model's fields.

    Peewee's insert_many builds a node per value: 80 % of the import time for
    10,000 clients. The statement is the same, written out directly; the
    values go through the same `db_value` conversions, as parameters.
    """
    text_limits.check_records(model, records)
    db = database.obj
    names = list(records[0])
    # like peewee: a field the records leave out gets its default (there may be none in the schema)
    defaults = {f.name: f.default for f in model._meta.sorted_fields
                if f.name not in names and f.default is not None and not f.primary_key}
    fields = [model._meta.fields[name] for name in [*names, *defaults]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    row_marks = "(" + ", ".join([db.param] * len(fields)) + ")"
    sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
           + ", ".join([row_marks] * len(records))
           + (f' RETURNING "{model._meta.primary_key.column_name}"' if returning_id else ""))
    texts = [(i, f.db_value) for i, f in enumerate(fields) if _text_as_is(f)]
    converters = [(i, f.db_value) for i, f in enumerate(fields) if not _text_as_is(f)]
    params = []
    for record in records:
        values = [record[name] for name in names]
        values += [default() if callable(default) else default for default in defaults.values()]
        for index, convert in converters:
            values[index] = convert(values[index])
        for index, convert in texts:
            if values[index].__class__ is not str:
                values[index] = convert(values[index])
        params += values
    cursor = db.execute_sql(sql, params)
    return cursor.fetchall() if returning_id else []


def _text_as_is(field) -> bool:
    """Whether `field` is a plain text field, whose db_value gives a str back unchanged (half an import's values)."""
    return (isinstance(field, (CharField, TextField)) and type(field).db_value is Field.db_value
            and type(field).adapt is CharField.adapt)


# ---------------------------------------------------------------- rejected rows

def write_rejected(check: ImportCheck, headers: list[str], path: str | Path) -> None:
    """Rejected and duplicate rows to .xlsx or .csv (by the extension): the original columns, "Row", "Reason"."""
    spreadsheet_import.write_rejected(check.rejected + check.duplicates, headers, path)


# ---------------------------------------------------------------- exporting

def export_clients(flt: ClientFilter, path: str | Path, progress: Progress | None = None) -> int:
    """The clients `flt` matches, in the list's order, to .xlsx or .csv (by extension); how many."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise KamdeskError(Message("Clients can be exported to .xlsx or .csv, not to “{file}”.", file=path.name))
    result = ClientSearch().find(flt)
    rows = _export_rows(result, progress)
    headers = [FIELD_LABELS[f] for f in EXPORT_FIELDS]
    if suffix == ".xlsx":
        return write_xlsx(path, headers, rows, EXPORT_TYPES)
    return write_csv(path, headers, rows)


def _export_rows(result: ClientResult, progress: Progress | None) -> Iterator[list]:
    """One list of EXPORT_FIELDS values per client, page by page (never all clients at once).

    The list's own display rows give the order and the columns the list
    shows; one query adds the other columns and one the primary contacts.
    """
    total = result.count
    more_columns = _PageQuery(lambda ids: Client.select(
        Client.id, Client.legal_form, Client.registration_number, Client.legal_postcode, Client.legal_street,
        Client.legal_country, Client.email, Client.website, Client.credit_limit, Client.payment_terms_days,
        Client.reliability).where(Client.id.in_(ids)))
    primary_contacts = _PageQuery(lambda ids: Contact.select(
        Contact.client, Contact.name, Contact.email, Contact.phone).where(Contact.client.in_(ids))
        .order_by(Contact.client, Contact.is_primary.desc(), Contact.id))
    no_contact = ("", "", "")
    for start in range(0, total, EXPORT_PAGE):
        page = result.rows(start, EXPORT_PAGE)
        ids = [row.id for row in page]
        more = {row[0]: row[1:] for row in more_columns.rows(ids)}
        contacts: dict[int, tuple] = {}
        for client_id, *contact in primary_contacts.rows(ids):
            contacts.setdefault(client_id, contact)  # the primary one comes first
        for row in page:
            if row.id not in more:
                continue  # deleted since the page was read
            (form, registration, postcode, street, country, email, website, limit, terms,
             rating) = more[row.id]
            yield [row.name, form, row.tax_number, registration, STATUS_LABELS.get(row.status, row.status),
                   row.segment, row.manager, "Yes" if row.key_account else "No", row.city, postcode, street,
                   country, row.phone, email, website, None if limit is None else from_minor(limit), terms,
                   rating, *contacts.get(row.id, no_contact)]
        if progress:
            progress(min(start + EXPORT_PAGE, total), total)
    if progress and not total:
        progress(0, 0)


class _PageQuery:
    """A query over a page of client ids (or keys), made into SQL once per page size and run raw.

    Peewee builds a node for every id of an IN list and converts every value
    read back: for 100,000 clients that was more than the whole writing of
    the sheet. The SQL of one page size is the same for every page, so it is
    built once; rows come back as the database gives them (credit limits in
    minor units).
    """

    def __init__(self, make: Callable[[list[int]], object]):
        self.make = make
        self.sql: dict[int, str] = {}

    def rows(self, ids: list[int]) -> list[tuple]:
        if not ids:
            return []
        if len(ids) not in self.sql:
            sql, params = self.make(list(ids)).sql()
            if params != list(ids):
                raise RuntimeError("a page query must have the ids as its only parameters")
            self.sql[len(ids)] = sql
        return database.execute_sql(self.sql[len(ids)], ids).fetchall()
