"""Realistic demo data: Hungarian companies and contacts, deterministic per seed.

Faker (hu_HU, with a few Czech, Polish and Russian companies) fills pools of
names, cities and streets once; the clients are then combined from the pools
with a seeded random generator and inserted in batches, so 100,000 clients
take seconds, not minutes, and the same seed gives the same data.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from decimal import Decimal

from faker import Faker

from kamdesk.core.db import database
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Contact, Manager, Segment
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.party import RATINGS, SOURCES
from kamdesk.core.services import company as company_service
from kamdesk.core.services.party import derived_values
from kamdesk.core.services.party_validation import hu_check_digit
from kamdesk.core.text_fold import fold, name_key

SEGMENTS = ("Retail chains", "HoReCa", "Wholesale", "Pharmacies", "Industry", "Public sector", "Online shops")
MANAGERS = (("Kiss Anna", "manager"), ("Nagy Péter", "manager"), ("Szűcs Éva", "manager"),
            ("Horváth Gábor", "manager"), ("Tóth Zoltán", "head"))
HU_FORMS = ("Kft.", "Kft.", "Kft.", "Zrt.", "Bt.", "Nyrt.")
FOREIGN = (("cs_CZ", "CZ", "s.r.o."), ("pl_PL", "PL", "Sp. z o.o."), ("ru_RU", "RU", "ООО"))
POSITIONS = ("Ügyvezető", "Beszerzési vezető", "Beszerző", "Pénzügyi vezető", "Üzletvezető", "Raktárvezető")
MOBILE_PREFIXES = ("20", "30", "70")
TRADES = ("Pékáru", "Hús", "Tejtermék", "Építőanyag", "Papír", "Vegyiáru", "Gépészet", "Bútor", "Elektro",
          "Kertészet", "Italnagyker", "Zöldség-Gyümölcs", "Csomagolás", "Irodaszer", "Fűszer", "Édesség")
SECTORS = ("Kereskedelmi", "Szolgáltató", "Nagykereskedelmi", "Ipari", "Logisztikai", "Forgalmazó")
BRAND_WORDS = ("Agro", "Pannon", "Duna", "Tisza", "Mátra", "Bakony", "Alföld", "Balaton", "Hungaro", "Főnix",
               "Gyöngy", "Kristály", "Napfény", "Szivárvány", "Tölgy", "Zöldmező", "Délibáb", "Kárpát",
               "Euro", "Hajnal", "Csillag", "Hargita", "Rába", "Szőke Tisza", "Őrség", "Fehérvár", "Ezüst")
BATCH = 2000


class DemoPools:
    """Names, places and words drawn once from Faker for a seed."""

    def __init__(self, seed: int, size: int = 600):
        fake = Faker("hu_HU")
        fake.seed_instance(seed)
        self.last_names = [fake.last_name() for _ in range(size)]
        self.first_names = [fake.first_name() for _ in range(size)]
        self.cities = [(fake.postcode(), fake.city()) for _ in range(size)]
        self.streets = [fake.street_address() for _ in range(size)]
        self.foreign = {}
        for locale, country, form in FOREIGN:
            other = Faker(locale)
            other.seed_instance(seed)
            self.foreign[country] = (form, [other.last_name() for _ in range(60)],
                                     [(other.postcode(), other.city()) for _ in range(30)],
                                     [other.street_address() for _ in range(60)])


def create_demo(clients: int = 2000, seed: int = 1, progress: Callable[[int, int], None] | None = None) -> None:
    """Fill an empty database with a company, managers, segments and `clients` clients."""
    if Client.select().exists():
        raise KamdeskError(Message("This database already has clients; demo data goes into an empty database."))
    rnd = random.Random(seed)
    pools = DemoPools(seed)
    with database.atomic():
        if not company_service.is_set_up():
            _company()
        managers = _managers()
        segments = [company_service.segment_by_name(name) for name in SEGMENTS]
        for start in range(0, clients, BATCH):
            count = min(BATCH, clients - start)
            _insert_batch(rnd, pools, managers, segments, count)
            if progress:
                progress(start + count, clients)


def _company() -> None:
    company_service.save_company({
        "name": "Kamdesk Demo Kereskedelmi Kft.", "postcode": "1117", "city": "Budapest",
        "street": "Október huszonharmadika utca 8.", "country": "HU",
        "tax_number": "10000001-2-43", "bank_account": "11773016-00000000-00000000",
        "currency": "HUF", "default_vat_rate": Decimal(27),
    })


def _managers() -> list[Manager]:
    existing = {m.name: m for m in Manager.select()}
    result = []
    for name, role in MANAGERS:
        manager = existing.get(name) or company_service.save_manager(
            {"name": name, "email": f"{fold(name).split()[1]}.{fold(name).split()[0]}@kamdesk-demo.hu",
             "role": role})
        result.append(manager)
    if company_service.current_manager() is None:
        company_service.set_current_manager(result[0].id)
    return result


def _insert_batch(rnd, pools, managers, segments, count) -> None:
    now = utc_now()
    client_rows, contact_rows = [], []
    for _ in range(count):
        client, contacts = _client(rnd, pools, managers, segments, now)
        client_rows.append(client)
        contact_rows.append(contacts)
    first_id = (Client.select(Client.id).order_by(Client.id.desc()).scalar() or 0) + 1
    Client.insert_many(client_rows).execute()
    flat = []
    for offset, contacts in enumerate(contact_rows):
        for contact in contacts:
            contact["client"] = first_id + offset
            flat.append(contact)
    Contact.insert_many(flat).execute()


def _client(rnd, pools, managers, segments, now):
    foreign = rnd.random() < 0.06
    if foreign:
        country = rnd.choice(list(pools.foreign))
        form, names, places, streets = pools.foreign[country]
        name = f"{rnd.choice(names)} {rnd.choice(('Trade', 'Group', 'Distribution', 'Logistics'))}"
        postcode, city = rnd.choice(places)
        street, tax = rnd.choice(streets), ""
    else:
        country, form = "HU", rnd.choice(HU_FORMS)
        name = _hu_company_name(rnd, pools)
        postcode, city = rnd.choice(pools.cities)
        street, tax = rnd.choice(pools.streets), _hu_tax_number(rnd)
    full_name = f"{name} {form}"
    contacts = [_contact(rnd, pools, i == 0) for i in range(rnd.choice((1, 1, 2, 2, 3)))]
    status = rnd.choices(("active", "prospect", "inactive", "lost"), (60, 25, 10, 5))[0]
    key = status == "active" and rnd.random() < 0.12
    record = {
        "name": full_name, "legal_form": form, "tax_number": tax,
        "registration_number": f"{rnd.randint(1, 20):02d}-09-{rnd.randint(100000, 999999)}" if tax else "",
        "status": status, "segment": rnd.choice(segments).id, "key_account": key,
        "manager": rnd.choice(managers[:4]).id, "source": rnd.choice(SOURCES),
        "needs": rnd.choice(("", "Weekly deliveries", "Wider assortment", "Better payment terms", "Own-brand products")),
        "prospects": "", "reliability": rnd.choice(RATINGS[:3]) if status == "active" else rnd.choice(("", "B", "C", "D")),
        "reliability_checked_on": datetime.date(2026, 1, 1) + datetime.timedelta(days=rnd.randint(0, 300)),
        "reliability_note": "", "credit_limit": Decimal(rnd.choice((0, 500, 1000, 2500, 5000, 10000))) * 1000,
        "payment_terms_days": rnd.choice((8, 15, 30, 45)), "legal_postcode": postcode, "legal_city": city,
        "legal_street": street, "legal_country": country, "phone": _phone(rnd), "email": "",
        "website": f"www.{name_key(name)[:20]}.hu" if rnd.random() < 0.5 else "", "notes": "",
        "created_at": now, "updated_at": now,
    }
    holder = Client(**{k: v for k, v in record.items() if k not in ("segment", "manager")})
    record.update(derived_values(holder, contacts))
    return record, contacts


def _hu_company_name(rnd, pools) -> str:
    pattern = rnd.random()
    if pattern < 0.3:
        return f"{rnd.choice(pools.last_names)} és Társa"
    if pattern < 0.55:
        return f"{rnd.choice(pools.last_names)}-{rnd.choice(BRAND_WORDS)} {rnd.choice(TRADES)}"
    if pattern < 0.8:
        return f"{rnd.choice(BRAND_WORDS)} {rnd.choice(TRADES)} {rnd.choice(SECTORS)}"
    return f"{rnd.choice(pools.last_names)} {rnd.choice(TRADES)}"


def _hu_tax_number(rnd) -> str:
    first = f"{rnd.randint(1000000, 2999999)}"
    return f"{first}{hu_check_digit(first)}-{rnd.choice((1, 2, 2, 2, 3))}-{rnd.choice((2, 3, 7, 9, 13, 41, 42, 43, 44)):02d}"


def _phone(rnd) -> str:
    return f"+36 {rnd.choice(MOBILE_PREFIXES)} {rnd.randint(200, 999)} {rnd.randint(1000, 9999)}"


def _contact(rnd, pools, primary: bool) -> dict:
    last, first = rnd.choice(pools.last_names), rnd.choice(pools.first_names)
    return {
        "name": f"{last} {first}", "position": rnd.choice(POSITIONS), "phone": _phone(rnd),
        "email": f"{fold(first)}.{fold(last)}@example.hu".replace(" ", ""),
        "birthday": None, "decision_maker": primary, "is_primary": primary, "notes": "",
    }
