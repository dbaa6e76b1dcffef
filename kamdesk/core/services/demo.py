"""Realistic demo data: Hungarian companies and contacts, deterministic per seed.

Faker (hu_HU, with a few Czech, Polish and Russian companies) fills pools of
names, cities and streets once; the clients are then combined from the pools
with a seeded random generator and inserted in batches (on SQLite into tables
whose indexes are built again once they are filled: `bulk_load`), so 100,000
clients take seconds, not minutes, and the same seed gives the same data. Each
step reports its progress, named by its area's title (`create_demo`). The texts
(segments, positions, activities, products, notes ...) are written here in
Hungarian and come out in the desk's language (`demo_words`: Hungarian or
English); names of people, places and brands stay as they are.

Each manager's calendar is filled around now: about three months of calls and
visits with their outcomes (a few cancelled, a few left overdue, follow-ups
linked to what they follow), the coming weeks planned, some all-day tasks
and a few recurring series. Only some of the clients (mostly key accounts)
have activities; they are inserted in bulk, like the clients. The same seed
and the same `now` give the same data.

The catalogue is about 300 products (food, drinks, household, hygiene) in a
category tree, with four price columns: "Listaár" (stored prices, the
default) and "Nagyker" (−8 %), "Kulcsügyfél" (−12 %) and "VIP" (−15 %)
derived from it. Key accounts buy at Kulcsügyfél or VIP, wholesalers at
Nagyker, the others at the list price. A percentage promotion on sweets and
a "buy 10 get 1" on a mineral water run around now.

The active clients that have activities have two years of orders: each
buys regularly from a basket of its own, key accounts every two weeks or
so, the others monthly. Every line is priced by the pricing engine at the
client's column with the promotions of the order's day, so stored totals
are what kamdesk would compute. Most orders are delivered (and paid once due),
recent ones confirmed or shipped, a few cancelled with a reason, a few
drafts, some of them waiting for the head's approval of a discount above
the manager's limit; an order that took a client over its credit limit
carries the head's recorded override. Orders, lines and shipments are built
in memory and inserted in bulk; the number series continue after the last
demo number of each year.
"""

from __future__ import annotations

import datetime
import functools
import os
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal
from types import SimpleNamespace

from faker import Faker
from peewee import PostgresqlDatabase, __exception_wrapper__

from kamdesk.core.collection import without_automatic_collection
from kamdesk.core.db import database, refresh_statistics
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.models import (
    Activity,
    Category,
    Client,
    Contact,
    DiscountApproval,
    Manager,
    NumberSeries,
    Order,
    OrderLine,
    Price,
    PriceColumn,
    Product,
    Shipment,
)
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.party import RATINGS, SOURCES
from kamdesk.core.models.sale import CANCEL_REASONS
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import catalogue as catalogue_service
from kamdesk.core.services import company as company_service
from kamdesk.core.services.party import derived_values
from kamdesk.core.services.party_validation import hu_check_digit, tax_key
from kamdesk.core.services.pricing import LineInput, PromotionTerms, best_promotion, price_line, totals
from kamdesk.core.services.demo_words import DEMO_LANGUAGES, demo_words
from kamdesk.core.services.sale import DEFAULT_PREFIX, ORDER_SERIES
from kamdesk.core.text_fold import fold, name_key

SEGMENTS = ("Kiskereskedelmi láncok", "HoReCa", "Nagykereskedelem", "Gyógyszertárak", "Ipar", "Közszféra",
            "Webáruházak")
WHOLESALE = "Nagykereskedelem"
NEEDS = ("", "Heti szállítás", "Szélesebb választék", "Jobb fizetési feltételek", "Saját márkás termékek")
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
DERIVED_FROM = ("name", "tax_number", "legal_country", "legal_city", "email")  # the client's fields derived_values reads
Progress = Callable[[int, int, str], None]  # (done, total, step): the step is an area's title or a Message
FINISHING = Message("Finishing")

# ---- activities
PAST_WEEKS = 13  # about three months of history
FUTURE_WEEKS = 4  # this week and the next three
KEY_ACCOUNTS_IN_TOUCH = 150  # per manager: the clients the calendar is about
OTHERS_IN_TOUCH = 350
KIND_WEIGHTS = {"call": 55, "visit": 22, "email": 7, "meeting": 6, "negotiation": 5, "presentation": 5}
DURATIONS = {"call": (15, 30, 30), "email": (15,), "visit": (60, 90, 120), "meeting": (60, 90),
             "negotiation": (60, 90, 120), "presentation": (60, 120)}
SUBJECTS = {
    "call": ("Heti rendelés", "Árlista 2027", "Decemberi akció", "Fizetési emlékeztető", "Szállítási időpont",
             "Új termékek", "Karácsonyi rendelés", "Reklamáció egyeztetése", ""),
    "email": ("Árajánlat küldése", "Katalógus", "Szerződéstervezet", "Akciós szórólap"),
    "visit": ("Polckép ellenőrzése", "Kóstoltatás", "Éves értékelés", "Üzletlátogatás",
              "Új termékcsalád bemutatása", "Raktárbejárás"),
    "meeting": ("Negyedéves áttekintés", "Logisztikai egyeztetés", "Marketingterv"),
    "negotiation": ("Éves megállapodás", "Fizetési feltételek", "Listázási díj"),
    "presentation": ("Termékoktatás az eladóknak", "Új csomagolás bemutatása"),
}
TASK_SUBJECTS = ("Ajánlatok előkészítése", "Havi jelentés", "Kiállítás előkészítése", "Útiterv a jövő hétre",
                 "Kintlévőségek átnézése")
OUTCOMES = {
    "reached": ("Rendelést adott le.", "Elégedett a szállítással.", "Árajánlatot kér a jövő hétre.",
                "Az akcióban részt vesz.", "A döntést a tulajdonos hozza meg.", "Nagyobb tételt rendel decemberre."),
    "not_reached": ("Nem vette fel, üzenetet hagytam.", "Szabadságon van.", "Foglalt volt, visszahívom."),
    "moved": ("Jövő hétre kérte.", "Az ügyvezető helyett a beszerző tárgyal, új időpont.",
              "Leltár miatt elhalasztva."),
}
RESULT_WEIGHTS = {"reached": 72, "not_reached": 18, "moved": 10}


class DemoPools:
    """Names, places and words drawn once from Faker for a seed."""

    def __init__(self, seed: int, size: int = 600, words: Callable[[str], str] = str):
        self.words = words  # the demo's texts in the desk's language
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


def can_create_demo() -> bool:
    """True while the database has no clients, products or orders: demo data goes only into an empty one."""
    return not (Client.select().exists() or Product.select().exists() or Order.select().exists())


@dataclass(frozen=True)
class Demo:
    """What an area's demo step builds on: the company, clients, catalogue and calendar made first.

    `buyers` are the active clients in touch (they have activities); each step seeds its own
    generator from `seed`, so a step added later does not change what the others make.
    """

    seed: int
    now: datetime.datetime
    words: Callable[[str], str]
    managers: list[Manager]
    shop: DemoShop
    buyers: list[DemoClient]
    report: Callable[[int, int], None] = field(default=lambda done, total: None)  # the step's progress


def orders_step(demo: Demo) -> None:
    """The sale area's orders: two years of them for the buyers."""
    DemoOrders(random.Random(f"orders {demo.seed}"), demo.buyers, demo.shop, demo.managers, demo.now,
               demo.words, demo.report).create()


def offers_step(demo: Demo) -> None:
    """The sale area's offers, in every state."""
    DemoOffers(random.Random(f"offers {demo.seed}"), demo.buyers, demo.shop, demo.managers, demo.now,
               demo.words).create()


def contracts_step(demo: Demo) -> None:
    """The contract area's contracts, in every state."""
    DemoContracts(random.Random(f"contracts {demo.seed}"), demo.buyers, demo.now.date(), demo.words).create()


def registered_steps() -> list[Callable[[Demo], None]]:
    """The demo steps the areas register (`Area.demo`), in the registry's order.

    The registry and the area descriptions are Qt-free and name their steps by dotted path, as a
    Tryton module registers its models in a pool the core reads; the core imports no area's GUI.
    """
    return [step for _, step in _area_steps()]


def _area_steps() -> list[tuple[str, Callable[[Demo], None]]]:
    """(the area's title, its demo step) of each area that has one: progress names a step by its area."""
    from kamdesk.area import load
    from kamdesk.areas import AREAS

    return [(area.title, load(area.demo)) for area in AREAS if area.demo]


def _title(key: str) -> str:
    from kamdesk.areas import area

    return area(key).title


def create_demo(clients: int = 2000, seed: int = 1, progress: Progress | None = None,
                now: datetime.datetime | None = None, language: str = "hu") -> None:
    """Fill an empty database with a company, managers, segments, a catalogue, `clients` clients and
    their activities, then run each area's step (orders, offers, contracts ...).

    `now` (aware; the real time by default) is what the calendar and the
    order history are built around: the past done, the coming weeks planned.
    `language` ("hu" or "en", the desk's): the language of the demo's texts
    (segments, activities, products, notes ...). `progress(done, total, step)`
    hears of every step, named by its area's title (as the navigation writes it,
    untranslated) or, for the last one, by a Message.
    """
    if Client.select().exists():
        raise KamdeskError(Message("This database already has clients; demo data goes into an empty database."))
    if Product.select().exists() or Order.select().exists():
        raise KamdeskError(Message("This database already has products or orders; demo data goes into an "
                                   "empty database."))
    if language not in DEMO_LANGUAGES:
        raise ValueError(f"demo data is written in {', '.join(DEMO_LANGUAGES)}, not {language!r}")
    tell = progress or (lambda done, total, step: None)
    with without_automatic_collection(), database.atomic():  # millions of objects, hardly a cycle
        demo = _base(clients, seed, now, demo_words(language), tell)
        for title, step in _area_steps():
            with _Step(tell, title) as report:
                step(replace(demo, report=report))
    with _Step(tell, FINISHING):
        refresh_statistics()


class _Step:
    """One step's progress as `progress(done, total, step)` hears it: 0 on entering, its end on leaving, and
    whatever the step reports (`report(done, total)`) between."""

    def __init__(self, tell: Progress, title: str):
        self.tell, self.title, self.total = tell, title, 1

    def __call__(self, done: int, total: int) -> None:
        self.total = total
        self.tell(done, total, self.title)

    def __enter__(self) -> _Step:
        self(0, self.total)
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self(self.total, self.total)


def _base(clients: int, seed: int, now: datetime.datetime | None, words, tell: Progress) -> Demo:
    """The company, managers, catalogue, clients and calendar every area's step builds on."""
    with _Step(tell, _title("catalogue")):
        pools = DemoPools(seed, words=words)
        if not company_service.is_set_up():
            _company()
        zone = activity_service.local_zone()
        now = now.astimezone(zone) if now else datetime.datetime.now(zone)
        managers = _managers()
        segments = [company_service.segment_by_name(words(name)) for name in SEGMENTS]
        shop = DemoCatalogue(now.date(), words).create()
    columns = _ColumnChoice(random.Random(f"price columns {seed}"), shop, segments)
    with _Step(tell, _title("clients")) as report:
        in_touch = _clients(random.Random(seed), pools, managers, segments, clients, columns, report)
    with _Step(tell, _title("calendar")):
        calendar = DemoCalendar(random.Random(f"activities {seed}"), in_touch, now, words)
        calendar.create()
    buyers = [c for c in in_touch if c.id in calendar.touched and c.status == "active"]
    return Demo(seed, now, words, managers, shop, buyers)


def _clients(rnd, pools, managers, segments, clients: int, columns: _ColumnChoice,
             report: Callable[[int, int], None]) -> list[DemoClient]:
    """Insert `clients` clients in batches; the active and prospective ones, for the calendar."""
    in_touch: list[DemoClient] = []
    taken: set[str] = set()  # tax keys given so far
    with bulk_load(Client, Contact):
        for start in range(0, clients, BATCH):
            count = min(BATCH, clients - start)
            in_touch += _insert_batch(rnd, pools, managers, segments, count, columns, taken)
            report(start + count, clients)
    return in_touch


@contextmanager
def bulk_load(*models) -> Iterator[None]:
    """Rows inserted in bulk into `models`' tables without their indexes, which are built again at the end.

    An index kept up to date row by row costs a random page of the index for
    each row (the global ids are random); built once from the filled table it
    is a sort. SQLite only (DDL is transactional there: a failure leaves the
    indexes as they were); on PostgreSQL COPY fills the tables as they are.
    """
    db = database.obj
    if isinstance(db, PostgresqlDatabase):
        yield
        return
    tables = [model._meta.table_name for model in models]
    marks = ", ".join("?" * len(tables))
    indexes = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                             f"AND tbl_name IN ({marks}) ORDER BY name", tables).fetchall()
    for name, _ in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        db.execute_sql(sql)


def _company() -> None:
    company_service.save_company({
        "name": "Kamdesk Demo Kereskedelmi Kft.", "postcode": "1117", "city": "Budapest",
        "street": "Október huszonharmadika utca 8.", "country": "HU",
        "tax_number": "10000001-2-43", "registration_number": "01-09-987654", "bank_account": "11773016-00000000-00000000",
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


def _insert_batch(rnd, pools, managers, segments, count, columns: _ColumnChoice, taken: set[str]) -> list[DemoClient]:
    """Insert `count` clients with their contacts; the active and prospective ones, for the calendar."""
    now = utc_now()
    client_rows, contact_rows = [], []
    for _ in range(count):
        client, contacts = _client(rnd, pools, managers, segments, now, taken)
        client["price_column"] = columns.choose(client)
        client_rows.append(client)
        contact_rows.append(contacts)
    first_id = _next_id(Client)
    first_contact_id = _next_id(Contact)
    _insert_records(Client, client_rows)
    flat = []
    in_touch = []
    for offset, (client, contacts) in enumerate(zip(client_rows, contact_rows, strict=True)):
        if client["status"] in ("active", "prospect"):
            location = " ".join(p for p in (client["legal_postcode"], client["legal_city"], client["legal_street"]) if p)
            in_touch.append(DemoClient(
                id=first_id + offset, manager_id=client["manager"], key_account=client["key_account"],
                location=location, contact_id=first_contact_id + len(flat),  # the first contact is the primary one
                status=client["status"], price_column_id=client["price_column"],
                payment_terms_days=client["payment_terms_days"], credit_limit=client["credit_limit"],
                country=client["legal_country"]))
        for contact in contacts:
            contact["client"] = first_id + offset
            flat.append(contact)
    _insert_records(Contact, flat)
    return in_touch


def _unique_tax_number(tax: str, country: str, name: str, taken: set[str]) -> str:
    """One live client per tax number (the database insists): a number drawn twice is drawn again.

    From a generator of its own, so the seeded stream (and every later client) stays as it was.
    """
    redraw = None  # seeded only when needed: seeding a generator per client costs more than drawing the number
    while (key := tax_key(tax, country)) in taken:
        redraw = redraw or random.Random(name)
        tax = _hu_tax_number(redraw) if country == "HU" else _foreign_tax_number(redraw, country)
    taken.add(key)
    return tax


def _client(rnd, pools, managers, segments, now, taken: set[str]):
    foreign = rnd.random() < 0.06
    if foreign:
        country = rnd.choice(list(pools.foreign))
        form, names, places, streets = pools.foreign[country]
        name = f"{rnd.choice(names)} {rnd.choice(('Trade', 'Group', 'Distribution', 'Logistics'))}"
        postcode, city = rnd.choice(places)
        street = rnd.choice(streets)
        # drawn from its own generator: the seeded stream (and so every later client) stays as it was
        tax = _foreign_tax_number(random.Random(f"{name} {street}"), country)
    else:
        country, form = "HU", rnd.choice(HU_FORMS)
        name = _hu_company_name(rnd, pools)
        postcode, city = rnd.choice(pools.cities)
        street, tax = rnd.choice(pools.streets), _hu_tax_number(rnd)
    full_name = f"{name} {form}"
    tax = _unique_tax_number(tax, country, full_name, taken)
    contacts = [_contact(rnd, pools, i == 0) for i in range(rnd.choice((1, 1, 2, 2, 3)))]
    status = rnd.choices(("active", "prospect", "inactive", "lost"), (60, 25, 10, 5))[0]
    key = status == "active" and rnd.random() < 0.12
    record = {
        "name": full_name, "legal_form": form, "tax_number": tax,
        "registration_number": f"{rnd.randint(1, 20):02d}-09-{rnd.randint(100000, 999999)}" if country == "HU" else "",
        "status": status, "segment": rnd.choice(segments).id, "key_account": key,
        "manager": rnd.choice(managers[:4]).id, "source": rnd.choice(SOURCES),
        "needs": pools.words(rnd.choice(NEEDS)),
        "prospects": "", "reliability": rnd.choice(RATINGS[:3]) if status == "active" else rnd.choice(("", "B", "C", "D")),
        "reliability_checked_on": datetime.date(2026, 1, 1) + datetime.timedelta(days=rnd.randint(0, 300)),
        "reliability_note": "",
        "credit_limit": Decimal(_thousands(rnd.choice((0, 500, 1000, 2500, 5000, 10000)), status)) * 1000,
        "payment_terms_days": rnd.choice((8, 15, 30, 45)), "legal_postcode": postcode, "legal_city": city,
        "legal_street": street, "legal_country": country, "phone": _phone(rnd), "email": "",
        "website": f"www.{name_key(name)[:20]}.hu" if rnd.random() < 0.5 else "", "notes": "",
        "created_at": now, "updated_at": now,
    }
    # derived_values reads only these attributes: a bare holder spares a model instance (and its defaults) per client
    holder = SimpleNamespace(delivery_city="", **{k: record[k] for k in DERIVED_FROM})
    record.update(derived_values(holder, contacts))
    return record, contacts


def _thousands(limit: int, status: str) -> int:
    """An active client (one that orders) has a credit limit; no limit (0) only for the others."""
    return 2500 if limit == 0 and status == "active" else limit


def _hu_company_name(rnd, pools) -> str:
    pattern = rnd.random()
    if pattern < 0.3:
        return f"{rnd.choice(pools.last_names)} és Társa"
    if pattern < 0.55:
        return f"{rnd.choice(pools.last_names)}-{rnd.choice(BRAND_WORDS)} {rnd.choice(TRADES)}"
    if pattern < 0.8:
        return f"{rnd.choice(BRAND_WORDS)} {rnd.choice(TRADES)} {rnd.choice(SECTORS)}"
    return f"{rnd.choice(pools.last_names)} {rnd.choice(TRADES)}"


def _foreign_tax_number(rnd, country: str) -> str:
    """A valid EU VAT number (CZ, PL) or Russian INN, so a foreign client's contract has the tax number it prints."""
    while True:
        digits = "".join(str(rnd.randint(0, 9)) for _ in range(9))
        if country == "CZ":
            from stdnum.cz.dic import calc_check_digit_legal

            legal = "2" + digits[:6]  # a company's number (one starting with 9 is not)
            return f"CZ{legal}{calc_check_digit_legal(legal)}"
        if country == "RU":
            from stdnum.ru.inn import calc_company_check_digit

            return digits + calc_company_check_digit(digits)
        check = sum(w * int(n) for w, n in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), digits, strict=True)) % 11
        if check < 10:  # a Polish NIP whose check would be 10 does not exist
            return f"PL{digits}{check}"


def _hu_tax_number(rnd) -> str:
    first = f"{rnd.randint(1000000, 2999999)}"
    return f"{first}{hu_check_digit(first)}-{rnd.choice((1, 2, 2, 2, 3))}-{rnd.choice((2, 3, 7, 9, 13, 41, 42, 43, 44)):02d}"


def _phone(rnd) -> str:
    return f"+36 {rnd.choice(MOBILE_PREFIXES)} {rnd.randint(200, 999)} {rnd.randint(1000, 9999)}"


_folded = functools.lru_cache(maxsize=4096)(fold)  # the pools' names, folded once each


def _contact(rnd, pools, primary: bool) -> dict:
    last, first = rnd.choice(pools.last_names), rnd.choice(pools.first_names)
    return {
        "name": f"{last} {first}", "position": pools.words(rnd.choice(POSITIONS)), "phone": _phone(rnd),
        "email": f"{_folded(first)}.{_folded(last)}@example.hu".replace(" ", ""),
        "birthday": None, "decision_maker": primary, "is_primary": primary, "notes": "",
    }


# ---------------------------------------------------------------- activities

@dataclass(frozen=True)
class DemoClient:
    """What the demo calendar needs to know of an active or prospective client."""

    id: int
    manager_id: int
    key_account: bool
    location: str
    contact_id: int
    status: str = "active"
    price_column_id: int | None = None
    payment_terms_days: int = 8
    credit_limit: Decimal | None = None
    country: str = "HU"


class DemoCalendar:
    """The managers' calls, visits and tasks around `now`, built in memory and inserted in batches."""

    def __init__(self, rnd: random.Random, clients: list[DemoClient], now: datetime.datetime | None = None,
                 words: Callable[[str], str] = str):
        self.rnd = rnd
        self.words = words
        self.clients = clients
        self.zone = activity_service.local_zone()
        self.now = now.astimezone(self.zone) if now else datetime.datetime.now(self.zone)
        self.now_utc = activity_service.to_utc(self.now)
        self.monday = activity_service.week_start(self.now.date())
        self.first_day = self.monday - datetime.timedelta(weeks=PAST_WEEKS)
        self.end_day = self.monday + datetime.timedelta(weeks=FUTURE_WEEKS)  # exclusive
        self.hours = activity_service.working_hours()
        self.rows: list[dict] = []
        self.touched: set[int] = set()

    def create(self) -> None:
        by_manager: dict[int, list[DemoClient]] = {}
        for client in self.clients:
            by_manager.setdefault(client.manager_id, []).append(client)
        series_owners = []
        for manager_id in sorted(by_manager):
            keys = [c for c in by_manager[manager_id] if c.key_account]
            others = [c for c in by_manager[manager_id] if not c.key_account]
            keys = self.rnd.sample(keys, min(len(keys), KEY_ACCOUNTS_IN_TOUCH))
            others = self.rnd.sample(others, min(len(others), OTHERS_IN_TOUCH))
            self._manager_calendar(manager_id, keys, others)
            series_owners.append((manager_id, keys or others))
        first_id = _next_id(Activity)
        for row in self.rows:  # follow-ups name what they follow by its position in the list
            if row["follow_up_of"] is not None:
                row["follow_up_of"] = first_id + row["follow_up_of"]
        _insert_records(Activity, self.rows)
        for manager_id, candidates in series_owners:
            if candidates:
                self._series(manager_id, candidates)
        activity_service.refresh_contact_dates(self.touched, now=self.now_utc)

    # ------------------------------------------------------------ one manager's days
    def _manager_calendar(self, manager_id: int, keys: list[DemoClient], others: list[DemoClient]) -> None:
        if not keys and not others:
            return
        first_hour, last_hour = self.hours
        slots = list(range(first_hour * 2, last_hour * 2))  # half hours of the working day
        day = self.first_day
        while day < self.end_day:
            if day.weekday() < 5:
                busy = self.rnd.randint(4, 8) if day < self.monday + datetime.timedelta(weeks=2) else self.rnd.randint(2, 5)
                for slot in sorted(self.rnd.sample(slots, min(busy, len(slots)))):
                    client = self.rnd.choice(keys) if keys and (not others or self.rnd.random() < 0.6) \
                        else self.rnd.choice(others)
                    kind = self.rnd.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
                    index = self._timed(manager_id, client, kind, day, slot)
                    self._maybe_follow_up(manager_id, client, index, day)
                if self.rnd.random() < 0.3:
                    self._task(manager_id, self.rnd.choice(keys or others) if self.rnd.random() < 0.5 else None, day)
            day += datetime.timedelta(days=1)

    def _timed(self, manager_id, client: DemoClient, kind: str, day: datetime.date, slot: int,
               follow_up_of: int | None = None) -> int:
        start = datetime.datetime.combine(day, datetime.time(slot // 2, 30 * (slot % 2)), self.zone)
        closing = datetime.datetime.combine(day, datetime.time(), self.zone) + datetime.timedelta(hours=self.hours[1])
        minutes = self.rnd.choice(DURATIONS[kind])
        minutes = max(15, min(minutes, int((closing - start).total_seconds() // 60)))
        end = start + datetime.timedelta(minutes=minutes)
        return self._add(manager_id, client, kind, activity_service.to_utc(start), minutes, False,
                         self.words(self.rnd.choice(SUBJECTS[kind])), end <= self.now, start.date(), follow_up_of,
                         location=client.location if kind in ("visit", "presentation") else "")

    def _task(self, manager_id: int, client: DemoClient | None, day: datetime.date) -> None:
        starts_at = datetime.datetime.combine(day, datetime.time())
        self._add(manager_id, client, "task", starts_at, activity_service.MAX_DURATION_MINUTES, True,
                  self.words(self.rnd.choice(TASK_SUBJECTS)), day < self.now.date(), day, None)

    def _add(self, manager_id, client, kind, starts_at, minutes, all_day, subject, past, day, follow_up_of,
             location="") -> int:
        state, result, outcome, completed_at = "planned", "", "", None
        if past:
            chance = self.rnd.random()
            if chance < 0.08 and day >= self.now.date() - datetime.timedelta(days=10):
                pass  # left planned: overdue
            elif chance > 0.95:
                state = "cancelled"
            else:
                state = "done"
                result = self.rnd.choices(list(RESULT_WEIGHTS), list(RESULT_WEIGHTS.values()))[0]
                outcome = self.words(self.rnd.choice(OUTCOMES[result])) if kind != "task" else ""
                completed_at = starts_at + datetime.timedelta(minutes=0 if all_day else minutes)
        created = min(starts_at, self.now_utc) - datetime.timedelta(days=self.rnd.randint(1, 20))
        self.rows.append({
            "kind": kind, "client": client.id if client else None, "contact": client.contact_id if client and kind
            in ("call", "email") else None, "owner": manager_id, "subject": subject, "location": location,
            "starts_at": starts_at, "duration_minutes": minutes, "all_day": all_day, "state": state, "result": result,
            "outcome": outcome, "completed_at": completed_at, "follow_up_of": follow_up_of, "created_at": created,
            "updated_at": completed_at or created,
        })
        if client:
            self.touched.add(client.id)
        return len(self.rows) - 1

    def _maybe_follow_up(self, manager_id: int, client: DemoClient, index: int, day: datetime.date) -> None:
        """A done activity that did not settle things gets its next step a few working days later."""
        row = self.rows[index]
        if row["state"] != "done" or (row["result"] == "reached" and self.rnd.random() > 0.25):
            return
        later = day + datetime.timedelta(days=self.rnd.randint(2, 9))
        if later.weekday() >= 5:
            later += datetime.timedelta(days=7 - later.weekday())
        if later >= self.end_day:
            return
        first_hour, last_hour = self.hours
        slot = self.rnd.randrange(first_hour * 2, last_hour * 2)
        kind = "visit" if self.rnd.random() < 0.2 else "call"
        self._timed(manager_id, client, kind, later, slot, follow_up_of=index)

    # ------------------------------------------------------------ recurring series
    def _series(self, manager_id: int, candidates: list[DemoClient]) -> None:
        """A weekly call, a call every second week and a visit on the first Tuesday of the month."""
        Recurrence = activity_service.Recurrence
        first_month = (self.monday.replace(day=1) - datetime.timedelta(days=40)).replace(day=1)
        first_tuesday = first_month + datetime.timedelta(days=(1 - first_month.weekday()) % 7)
        plans = [
            ("call", "Heti rendelés", self.monday - datetime.timedelta(weeks=5), datetime.time(9),
             Recurrence("weekly", weekdays=(0,), count=10)),
            ("call", "Kéthetente egyeztetés", self.monday - datetime.timedelta(weeks=4, days=-3), datetime.time(14),
             Recurrence("weekly", interval=2, weekdays=(3,), until=self.monday + datetime.timedelta(weeks=6))),
            ("visit", "Havi látogatás", first_tuesday, datetime.time(10),
             Recurrence("monthly", weekdays=(1,), month_week=1, count=6)),
        ]
        for kind, subject, day, time, recurrence in plans:
            client = self.rnd.choice(candidates)
            first = activity_service.create_activity(
                {"kind": kind, "client_id": client.id, "contact_id": client.contact_id, "owner_id": manager_id,
                 "subject": self.words(subject), "start": datetime.datetime.combine(day, time, self.zone),
                 "duration_minutes": 30 if kind == "call" else 90},
                recurrence=recurrence)
            past = (Activity.select().where((Activity.series == first.series_id)
                                            & (Activity.starts_at < self.now_utc)).order_by(Activity.starts_at))
            for occurrence in past:
                result = self.rnd.choices(list(RESULT_WEIGHTS), list(RESULT_WEIGHTS.values()))[0]
                (Activity.update(state="done", result=result, outcome=self.words(self.rnd.choice(OUTCOMES[result])),
                                 completed_at=occurrence.starts_at, detached=True)
                 .where(Activity.id == occurrence.id).execute())
            self.touched.add(client.id)


# ---------------------------------------------------------------- catalogue

# (category path, SKU prefix, VAT %, brands, items: (name, unit, list price in HUF))
CATALOGUE = (
    ("Élelmiszer / Tejtermék", "TEJ", 5, ("Alföldi", "Mátrai", "Tiszamenti"), (
        ("friss tej 2,8% 1 l", "db", 329), ("friss tej 1,5% 1 l", "db", 309), ("UHT tej 2,8% 1 l", "db", 339),
        ("natúr joghurt 150 g", "db", 129), ("epres joghurt 150 g", "db", 149), ("tejföl 20% 330 g", "db", 459),
        ("tehéntúró 250 g", "db", 529), ("vaj 82% 100 g", "db", 699), ("trappista sajt", "kg", 3290),
        ("habtejszín 30% 1 l", "db", 1890))),
    ("Élelmiszer / Tojás", "TOJ", 5, ("Tanyasi", "Kárpát"), (
        ("tojás M (10 db)", "db", 899), ("tojás L (10 db)", "db", 999), ("tojás M (30 db)", "karton", 2590),
        ("fürjtojás (12 db)", "db", 749))),
    ("Élelmiszer / Pékáru / Kenyér", "KEN", 5, ("Pannon Pék", "Duna Pékség"), (
        ("fehér kenyér 1 kg", "db", 649), ("félbarna kenyér 1 kg", "db", 689), ("rozsos kenyér 500 g", "db", 529),
        ("magvas kenyér 500 g", "db", 599), ("szeletelt toastkenyér 500 g", "db", 549),
        ("házi kenyér 750 g", "db", 619))),
    ("Élelmiszer / Pékáru / Finompékáru", "FPK", 18, ("Pannon Pék", "Duna Pékség"), (
        ("vajas croissant 60 g", "db", 219), ("kakaós csiga 90 g", "db", 249), ("túrós táska 100 g", "db", 269),
        ("sajtos pogácsa", "kg", 2790), ("kalács 400 g", "db", 799), ("briós 250 g", "db", 649))),
    ("Élelmiszer / Hús és hentesáru", "HUS", 5, ("Bakony Hús", "Alföld Hús"), (
        ("sertéskaraj csont nélkül", "kg", 2390), ("sertéscomb", "kg", 2190), ("csirkemell filé", "kg", 2490),
        ("csirkecomb", "kg", 1390), ("darált sertéshús", "kg", 1890), ("parasztkolbász", "kg", 3490),
        ("téliszalámi", "kg", 6990), ("főtt tarja", "kg", 3990))),
    ("Élelmiszer / Tartós élelmiszer", "TAR", 27, ("Gyöngy", "Hungaro"), (
        ("finomliszt BL55 1 kg", "db", 269), ("kristálycukor 1 kg", "db", 449), ("durum spagetti 500 g", "db", 429),
        ("tojásos nokedli 500 g", "db", 469), ("hosszú szemű rizs 1 kg", "db", 689),
        ("napraforgó étolaj 1 l", "db", 749), ("napraforgó étolaj kannás", "l", 659),
        ("sűrített paradicsom 70 g", "db", 149), ("csemegekukorica 340 g", "db", 399),
        ("vörösbab konzerv 400 g", "db", 369), ("étkezési só 1 kg", "db", 179))),
    ("Élelmiszer / Fűszer", "FUS", 27, ("Kalocsai", "Szegedi"), (
        ("édes pirospaprika 100 g", "db", 899), ("őrölt fekete bors 50 g", "db", 699), ("majoránna 10 g", "db", 349),
        ("babérlevél 5 g", "db", 299), ("fokhagymapor 50 g", "db", 459), ("ételízesítő 250 g", "db", 599))),
    ("Élelmiszer / Édesség és snack", "EDE", 27, ("Csillag", "Hungaro Sweets"), (
        ("tejcsokoládé 100 g", "db", 549), ("étcsokoládé 70% 100 g", "db", 649), ("mogyorós ostya 200 g", "db", 599),
        ("zselés cukorka 80 g", "db", 329), ("sós pálcika 200 g", "db", 399), ("burgonyachips 140 g", "db", 649),
        ("pörkölt földimogyoró 150 g", "db", 549), ("kakaós szelet 40 g", "db", 189), ("linzer 150 g", "db", 479))),
    ("Élelmiszer / Fagyasztott áru", "FAG", 27, ("Hungaro Frost", "Tisza Frost"), (
        ("zöldborsó 450 g", "db", 699), ("hasábburgonya 2,5 kg", "db", 2190), ("sonkás pizza 350 g", "db", 1190),
        ("halrudacska 300 g", "db", 1290), ("vaníliás jégkrém 1 l", "db", 1490), ("spenótkrém 450 g", "db", 649))),
    ("Italok / Ásványvíz", "VIZ", 27, ("Mátra Forrás", "Balaton Víz", "Kárpát Aqua"), (
        ("ásványvíz szénsavas 1,5 l (6 db)", "karton", 899), ("ásványvíz szénsavmentes 1,5 l (6 db)", "karton", 899),
        ("ásványvíz enyhe 1,5 l (6 db)", "karton", 899), ("ásványvíz szénsavas 0,5 l (12 db)", "karton", 1490),
        ("ásványvíz szénsavmentes 0,5 l (12 db)", "karton", 1490))),
    ("Italok / Üdítőital", "UDI", 27, ("Napfény", "Főnix Drinks"), (
        ("narancsos szénsavas üdítő 2 l", "db", 599), ("kóla 2 l", "db", 649), ("citromos üdítő 1,5 l", "db", 529),
        ("barackos jeges tea 1,5 l", "db", 549), ("energiaital 250 ml", "db", 349), ("tonik 1 l", "db", 459),
        ("kóla 0,33 l doboz (24 db)", "karton", 7490))),
    ("Italok / Gyümölcslé", "GYL", 27, ("Gyümölcsös Kert", "Zöldmező"), (
        ("100% almalé 1 l", "db", 749), ("100% narancslé 1 l", "db", 849), ("őszibaracknektár 1 l", "db", 599),
        ("multivitamin ital 1 l", "db", 549), ("meggyital 1 l", "db", 579), ("paradicsomlé 1 l", "db", 699))),
    ("Italok / Sör", "SOR", 27, ("Rába Sörház", "Hajnal Sör"), (
        ("világos sör 0,5 l doboz", "db", 329), ("barna sör 0,5 l üveg", "db", 389), ("búzasör 0,5 l", "db", 449),
        ("alkoholmentes sör 0,5 l", "db", 349), ("világos sör 0,5 l (24 db)", "karton", 7390),
        ("hordós világos sör", "l", 990), ("IPA 0,33 l", "db", 599))),
    ("Italok / Bor", "BOR", 27, ("Tokaj-Hegyalja Pince", "Egri Borház", "Villányi Pince"), (
        ("olaszrizling 0,75 l", "db", 1690), ("Irsai Olivér 0,75 l", "db", 1790), ("kékfrankos 0,75 l", "db", 1890),
        ("cuvée vörös 0,75 l", "db", 2490), ("rozé 0,75 l", "db", 1690), ("fröccsbor lédig", "l", 890))),
    ("Italok / Kávé és tea", "KAV", 27, ("Kristály Kávé", "Délibáb"), (
        ("őrölt kávé 250 g", "db", 1590), ("szemes kávé 1 kg", "db", 5990), ("instant kávé 200 g", "db", 2290),
        ("fekete tea (20 filter)", "db", 499), ("gyümölcstea (20 filter)", "db", 549),
        ("kamillatea (20 filter)", "db", 449), ("kávékapszula (10 db)", "db", 1490),
        ("cappuccino italpor 250 g", "db", 1190))),
    ("Háztartás / Tisztítószer", "TIS", 27, ("Ezüst", "Kristály Clean"), (
        ("általános tisztítószer 1 l", "db", 799), ("mosogatószer 1 l", "db", 649), ("mosogatószer kannás", "l", 549),
        ("ablaktisztító 500 ml", "db", 699), ("fürdőszobai tisztító 750 ml", "db", 899),
        ("WC-tisztító gél 750 ml", "db", 749), ("fertőtlenítő 1 l", "db", 999), ("padlótisztító kannás", "l", 699))),
    ("Háztartás / Mosószer", "MOS", 27, ("Szivárvány", "Hófehér"), (
        ("mosópor 3 kg", "db", 3490), ("folyékony mosószer 2 l", "db", 2990), ("öblítő 2 l", "db", 1490),
        ("mosókapszula (30 db)", "db", 3990), ("folttisztító 1 l", "db", 1690), ("mosópor 10 kg", "karton", 9990))),
    ("Háztartás / Papíráru", "PAP", 27, ("Tölgy Paper", "Gyöngy"), (
        ("toalettpapír 3 rétegű (8 tekercs)", "db", 1990), ("toalettpapír 2 rétegű (24 tekercs)", "karton", 4990),
        ("papírtörlő (2 tekercs)", "db", 799), ("papírzsebkendő (10×10 db)", "db", 549),
        ("szalvéta 33×33 (100 db)", "db", 699), ("ipari papírtörlő (6 tekercs)", "karton", 5490),
        ("alufólia 20 m", "db", 999), ("szemeteszsák 60 l (20 db)", "db", 599))),
    ("Higiénia / Testápolás", "TES", 27, ("Hajnal", "Őrség Natura"), (
        ("tusfürdő 400 ml", "db", 899), ("folyékony szappan 500 ml", "db", 699), ("folyékony szappan kannás", "l", 899),
        ("sampon 400 ml", "db", 1190), ("fogkrém 75 ml", "db", 699), ("dezodor 150 ml", "db", 1090),
        ("kézkrém 100 ml", "db", 799))),
    ("Higiénia / Eldobható termékek", "ELD", 27, ("Csillag", "Fehér Liliom"), (
        ("gumikesztyű M (100 db)", "db", 2490), ("nitril kesztyű L (100 db)", "db", 2990),
        ("vattakorong (80 db)", "db", 449), ("fültisztító pálcika (200 db)", "db", 399),
        ("nedves törlőkendő (72 db)", "db", 649))),
)
BRAND_FACTORS = (Decimal("1.00"), Decimal("1.12"), Decimal("0.93"))
LIST_COLUMN = "Listaár"
DERIVED_COLUMNS = (("Nagyker", -8), ("Kulcsügyfél", -12), ("VIP", -15))
SWEETS = "Élelmiszer / Édesség és snack"
# typical quantity of an order line per unit: (least, most)
TYPICAL_QUANTITY = {"db": (6, 48), "kg": (2, 20), "l": (10, 60), "karton": (2, 16)}


@dataclass(frozen=True)
class DemoProduct:
    id: int
    sku: str
    name: str
    unit: str
    vat_rate: Decimal
    category_path: str  # as written in CATALOGUE, whatever the demo's language
    typical: tuple[int, int] = (1, 10)  # the least and most of it an order line has


@dataclass(frozen=True)
class DemoPromotion:
    starts_on: datetime.date
    ends_on: datetime.date
    terms: PromotionTerms
    product_ids: frozenset[int]


@dataclass
class DemoShop:
    """What the orders need to know of the demo catalogue."""

    products: list[DemoProduct]
    columns: dict[str, int]  # name -> id
    prices: dict[int, dict[int, Decimal]]  # column id -> product id -> price
    promotions: list[DemoPromotion]
    currency: str
    running: dict[datetime.date, list[DemoPromotion]] = field(default_factory=dict, repr=False)

    def promotion(self, product_id: int, day: datetime.date) -> PromotionTerms | None:
        if day not in self.running:  # most days of two years have none: found once per day, not per line
            self.running[day] = [p for p in self.promotions if p.starts_on <= day <= p.ends_on]
        if not self.running[day]:
            return None
        return best_promotion(p.terms for p in self.running[day] if product_id in p.product_ids)


class DemoCatalogue:
    """Categories, products, the four price columns and list prices, two promotions running around `today`."""

    def __init__(self, today: datetime.date, words: Callable[[str], str] = str):
        self.today = today
        self.words = words

    def create(self) -> DemoShop:
        categories: dict[str, int] = {}
        rows = []
        for path, prefix, vat, brands, items in CATALOGUE:
            category_id = self._category(path, categories)
            number = 0
            for name, unit, price in items:
                for brand, factor in zip(brands, BRAND_FACTORS, strict=False):
                    number += 1
                    sku = f"{prefix}-{number:03d}"
                    full_name = f"{brand} {self.words(name)}"
                    rows.append({"sku": sku, "name": full_name, "unit": self.words(unit), "category": category_id,
                                 "vat_rate": Decimal(vat), "active": True, "description": "",
                                 "search_text": fold(f"{sku}\n{full_name}"),
                                 "_price": (Decimal(price) * factor).quantize(Decimal(1)), "_path": path,
                                 "_typical": TYPICAL_QUANTITY[unit]})
        for start in range(0, len(rows), 100):
            Product.insert_many([{k: v for k, v in row.items() if not k.startswith("_")}
                                 for row in rows[start:start + 100]]).execute()
        ids = dict(Product.select(Product.sku, Product.id).tuples())
        products = [DemoProduct(ids[r["sku"]], r["sku"], r["name"], r["unit"], r["vat_rate"], r["_path"],
                                r["_typical"]) for r in rows]
        columns = self._columns()
        Price.insert_many([{"product": ids[r["sku"]], "column": columns[LIST_COLUMN], "amount": r["_price"]}
                           for r in rows]).execute()
        all_ids = [p.id for p in products]
        prices = {column_id: catalogue_service.column_prices(all_ids, column_id) for column_id in columns.values()}
        return DemoShop(products, columns, prices, self._promotions(products, categories),
                        catalogue_service.currency())

    def _category(self, path: str, categories: dict[str, int]) -> int:
        parent = None
        walked = []
        for name in path.split(" / "):
            walked.append(name)
            key = " / ".join(walked)
            if key not in categories:
                categories[key] = Category.create(name=self.words(name), parent=parent).id
            parent = categories[key]
        return parent

    def _columns(self) -> dict[str, int]:
        """The columns' ids by their name in CATALOGUE's language (their stored names are in the demo's)."""
        existing = {c.name: c for c in PriceColumn.select()}
        listing = existing.get(self.words(LIST_COLUMN)) or catalogue_service.save_price_column(
            self.words(LIST_COLUMN), is_default=True)
        columns = {LIST_COLUMN: listing.id}
        for name, percent in DERIVED_COLUMNS:
            column = existing.get(self.words(name)) or catalogue_service.save_price_column(
                self.words(name), base_id=listing.id, percent=Decimal(percent))
            columns[name] = column.id
        return columns

    def _promotions(self, products: list[DemoProduct], categories: dict[str, int]) -> list[DemoPromotion]:
        day = datetime.timedelta(days=1)
        sweets = catalogue_service.save_promotion(
            {"name": self.words("Téli édességakció −10 %"), "starts_on": self.today - 21 * day, "ends_on": self.today + 25 * day,
             "kind": "percent", "percent": Decimal(10)}, category_ids=[categories[SWEETS]])
        water = next(p for p in products if p.sku == "VIZ-001")
        bundle = catalogue_service.save_promotion(
            {"name": self.words("Ásványvíz 10+1"), "starts_on": self.today - 45 * day, "ends_on": self.today + 40 * day,
             "kind": "bundle", "buy_quantity": 10, "free_quantity": 1}, product_ids=[water.id])
        return [
            DemoPromotion(sweets.starts_on, sweets.ends_on,
                          PromotionTerms(sweets.id, sweets.name, "percent", percent=Decimal(10)),
                          frozenset(p.id for p in products if p.category_path == SWEETS)),
            DemoPromotion(bundle.starts_on, bundle.ends_on,
                          PromotionTerms(bundle.id, bundle.name, "bundle", buy=10, free=1), frozenset({water.id})),
        ]


class _ColumnChoice:
    """The price column of each demo client: key accounts Kulcsügyfél or VIP, wholesalers Nagyker."""

    def __init__(self, rnd: random.Random, shop: DemoShop, segments):
        self.rnd = rnd
        self.columns = shop.columns
        self.wholesale = segments[SEGMENTS.index(WHOLESALE)].id

    def choose(self, client: dict) -> int:
        if client["key_account"]:
            return self.columns["VIP" if self.rnd.random() < 0.3 else "Kulcsügyfél"]
        if client["segment"] == self.wholesale:
            return self.columns["Nagyker"]
        return self.columns[LIST_COLUMN]


# ---------------------------------------------------------------- orders

HISTORY_DAYS = 730
CANCEL_WEIGHTS = dict(zip(CANCEL_REASONS, (30, 20, 20, 20, 10), strict=True))  # price ... other
CANCEL_NOTES = {
    "price": ("A konkurencia olcsóbb ajánlatot adott.", ""),
    "delivery_time": ("Pénteki szállítás kellett volna.", ""),
    "competitor": ("Másik beszállítótól rendeltek.", ""),
    "no_budget": ("A havi keret elfogyott.", ""),
    "other": ("Duplán rögzített rendelés.", "Üzletfelújítás miatt most nem kér árut.",
              "A vevő kérésére törölve, új rendelés jön."),
}
ORDER_NOTES = ("Hátsó bejárat, 6 és 10 óra között.", "Raklapon kérik.", "Szállítás előtt telefonáljanak.",
               "Számlát e-mailben kérik.")
OVERRIDE_REASONS = ("Régi, megbízható partner, a tartozás rendezése folyamatban.",
                    "Szezonális nagy rendelés, a fizetést az ügyvezető vállalta.",
                    "A hitelkeret emelése folyamatban.")
APPROVAL_REASONS = ("Éves volumenvállalás fejében.", "Versenytárs ajánlatára válaszul.",
                    "Lejárat közeli tétel, egyszeri kedvezmény.")
ORDER_BATCH = 1000
ORDER_TABLES = (Order, OrderLine, Shipment, DiscountApproval)  # what the orders step inserts, in this order


@dataclass
class _DemoOrder:
    client: DemoClient
    order_date: datetime.date
    created_at: datetime.datetime
    lines: list  # PricedLine
    removed: list[bool]  # promotion taken off the line by the manager
    state: str = "delivered"
    delivery_date: datetime.date | None = None
    confirmed_at: datetime.datetime | None = None
    paid_at: datetime.datetime | None = None  # when the demo takes it as paid, for the overrides only (not stored)
    cancel_reason: str = ""
    cancel_note: str = ""
    notes: str = ""
    override: tuple | None = None  # (head id, at, reason)
    approval: tuple | None = None  # (state, max discount, decided at, reason)
    shipped: list = None  # per line: (quantity, day) or None
    number: str = ""
    totals: object = None


class DemoOrders:
    """Two years of orders of `clients`, priced by the pricing engine, inserted in bulk."""

    def __init__(self, rnd: random.Random, clients: list[DemoClient], shop: DemoShop, managers: list[Manager],
                 now: datetime.datetime, words: Callable[[str], str] = str,
                 report: Callable[[int, int], None] = lambda done, total: None):
        self.rnd = rnd
        self.words = words
        self.report = report  # done of total: a unit per client's history, one per table inserted
        self.clients = clients
        self.shop = shop
        self.zone = now.tzinfo
        self.now = now
        self.today = now.date()
        self.now_utc = activity_service.to_utc(now)
        self.head = next(m for m in managers if m.role == "head")
        self.limits = {m.id: Decimal(str(m.max_discount)) for m in managers}
        self.by_path: dict[str, list[DemoProduct]] = {}
        for product in shop.products:
            self.by_path.setdefault(product.category_path, []).append(product)
        self.orders: list[_DemoOrder] = []
        self.shipped_at: dict[datetime.date, datetime.datetime] = {}

    def create(self) -> None:
        built = len(self.clients)
        total = 2 * built  # inserting the rows weighs about as much as making them
        for done, client in enumerate(self.clients):
            if done % 50 == 0:
                self.report(done, total)
            self._client_orders(client)
        self._drafts()
        self.orders.sort(key=lambda o: (o.created_at, o.client.id))
        self._number()
        tables = self._rows()
        rows = sum(len(table[2]) for table in tables) or 1
        inserted = 0
        with bulk_load(*ORDER_TABLES):
            for model, names, values in tables:
                _bulk_insert(model, names, values,
                             lambda count: self.report(built + built * (inserted + count) // rows, total))
                inserted += len(values)
        self.report(total, total)

    # ------------------------------------------------------------ one client's history
    def _client_orders(self, client: DemoClient) -> None:
        rnd = self.rnd
        paths = list(self.by_path)
        share = rnd.uniform(0.6, 0.9) if client.key_account else rnd.uniform(0.25, 0.5)
        bought = rnd.sample(paths, max(2, round(len(paths) * share)))
        candidates = [p for path in bought for p in self.by_path[path]]
        size = rnd.randint(20, 36) if client.key_account else rnd.randint(6, 14)
        basket = rnd.sample(candidates, min(size, len(candidates)))
        typical = {p.id: rnd.randint(*p.typical) for p in basket}
        interval = rnd.randint(10, 16) if client.key_account else rnd.randint(25, 45)
        lines_range = (6, 16) if client.key_account else (3, 8)
        standing_discount = Decimal(rnd.choice((0, 0, 0, 2, 3, 5)))
        prices = self.shop.prices[client.price_column_id]
        scale = self._scale(client, basket, typical, prices, interval, lines_range)
        day = self.today - datetime.timedelta(days=HISTORY_DAYS - rnd.randint(0, interval))
        if rnd.random() < 0.2:  # a newer client: its history starts later
            day += datetime.timedelta(days=rnd.randint(60, 400))
        exposure: list[tuple[Decimal, datetime.datetime | None]] = []  # (gross, paid at) of confirmed orders
        while True:
            day = _weekday(day)
            if day > self.today - datetime.timedelta(days=1) or (day >= self.today - datetime.timedelta(days=3)
                                                                  and rnd.random() < 0.5):
                break  # the last days are for drafts and new orders
            big = rnd.random() < 0.01  # a seasonal stock-up: may take the client over its credit limit
            order = self._order(client, day, basket, typical, scale * 4 if big else scale, standing_discount,
                                lines_range, prices)
            self._fate(order, exposure)
            self.orders.append(order)
            day += datetime.timedelta(days=max(3, interval + rnd.randint(-3, 3)))

    def _scale(self, client, basket, typical, prices, interval, lines_range) -> float:
        """Quantities sized so that the open orders usually stay within the client's credit limit."""
        if client.credit_limit is None:
            return 1.0
        lines = sum(lines_range) / 2
        average = sum(prices[p.id] * typical[p.id] * (1 + p.vat_rate / 100) for p in basket) / len(basket)
        gross = float(average) * lines
        open_days = interval + client.payment_terms_days + 5
        target = 0.45 * float(client.credit_limit) * interval / open_days
        return max(0.05, min(1.0, target / gross)) if gross else 1.0

    def _order(self, client, day, basket, typical, scale, standing_discount, lines_range, prices,
               discount: Decimal | None = None) -> _DemoOrder:
        rnd = self.rnd
        count = min(len(basket), rnd.randint(*lines_range))
        chosen = rnd.sample(basket, count)
        if rnd.random() < 0.15:  # something new for once
            other = rnd.choice(self.shop.products)
            if other not in chosen:
                chosen.append(other)
                typical.setdefault(other.id, rnd.randint(*other.typical))
        priced, removed = [], []
        for product in chosen:
            quantity = Decimal(max(1, round(typical[product.id] * scale * rnd.uniform(0.6, 1.4))))
            line_discount = standing_discount if standing_discount and rnd.random() < 0.5 else Decimal(0)
            promotion = self.shop.promotion(product.id, day)
            taken_off = promotion is not None and rnd.random() < 0.05
            priced.append(price_line(LineInput(
                product_id=product.id, sku=product.sku, name=product.name, unit=product.unit, quantity=quantity,
                list_price=prices[product.id], vat_rate=product.vat_rate, discount_percent=line_discount,
                promotion=None if taken_off else promotion), self.shop.currency))
            removed.append(taken_off)
        if discount is not None:  # one line with a discount above the manager's limit
            first = priced[0]
            priced[0] = price_line(replace(first.input, discount_percent=discount), self.shop.currency)
        minute = rnd.randrange(8 * 60, 17 * 60)
        created = min(activity_service.to_utc(datetime.datetime.combine(
            day, datetime.time(minute // 60, minute % 60), self.zone)), self.now_utc - datetime.timedelta(minutes=5))
        order = _DemoOrder(client=client, order_date=day, created_at=created, lines=priced, removed=removed,
                           notes=self.words(rnd.choice(ORDER_NOTES)) if rnd.random() < 0.1 else "")
        order.totals = totals(priced, self.shop.currency)
        return order

    def _fate(self, order: _DemoOrder, exposure: list) -> None:
        """State, dates, payment, shipments, approvals and credit override of a past order."""
        rnd = self.rnd
        day = order.order_date
        age = (self.today - day).days
        order.delivery_date = _weekday(day + datetime.timedelta(days=rnd.randint(1, 4)))
        confirmed_at = order.created_at + datetime.timedelta(minutes=rnd.randint(5, 120))
        if rnd.random() < 0.04:
            order.state = "cancelled"
            order.cancel_reason = rnd.choices(list(CANCEL_WEIGHTS), list(CANCEL_WEIGHTS.values()))[0]
            order.cancel_note = self.words(rnd.choice(CANCEL_NOTES[order.cancel_reason]))
            order.confirmed_at = confirmed_at if rnd.random() < 0.5 else None
            return
        if rnd.random() < 0.015:  # a larger discount, approved by the head before confirmation
            first = order.lines[0]
            discount = Decimal(rnd.choice((6, 7, 8, 10)))
            order.lines[0] = price_line(replace(first.input, discount_percent=discount), self.shop.currency)
            order.totals = totals(order.lines, self.shop.currency)
            order.approval = ("approved", discount, order.created_at + datetime.timedelta(minutes=3),
                              self.words(rnd.choice(APPROVAL_REASONS)))
            confirmed_at += datetime.timedelta(minutes=5)
        order.confirmed_at = confirmed_at
        gross = order.totals.gross_total
        open_amount = sum((g for g, paid in exposure if paid is None or paid > confirmed_at), Decimal(0))
        limit = order.client.credit_limit
        if limit is not None and open_amount + gross > limit:
            order.override = (self.head.id, confirmed_at, self.words(rnd.choice(OVERRIDE_REASONS)))
        if age > 6:
            order.state = "delivered"
        elif age >= 2:
            order.state = rnd.choices(("delivered", "shipped", "confirmed"), (50, 30, 20))[0]
        else:
            order.state = "confirmed"
        if order.state == "delivered":
            order.delivery_date = min(order.delivery_date, self.today - datetime.timedelta(days=1))
            order.shipped = [(line.input.quantity + line.free_quantity, order.delivery_date) for line in order.lines]
            due = order.delivery_date + datetime.timedelta(days=order.client.payment_terms_days + rnd.randint(-5, 12))
            if due < self.today:
                order.paid_at = activity_service.to_utc(datetime.datetime.combine(due, datetime.time(10), self.zone))
        elif order.state == "shipped":
            shipped_on = min(day + datetime.timedelta(days=1), self.today)
            order.shipped = [(line.input.quantity + line.free_quantity, shipped_on) if index % 2 == 0 else None
                             for index, line in enumerate(order.lines)]
            if all(order.shipped):  # one line: ship part of it, or wait with a single unit
                quantity = order.lines[0].input.quantity + order.lines[0].free_quantity
                if quantity > 1:
                    order.shipped = [(quantity // 2, shipped_on)]
                else:
                    order.state, order.shipped = "confirmed", None
        exposure.append((gross, order.paid_at))

    def _drafts(self) -> None:
        """Drafts of the last days; three of them wait for the head's approval of a discount."""
        rnd = self.rnd
        if not self.clients:
            return
        chosen = rnd.sample(self.clients, max(3, len(self.clients) // 12) if len(self.clients) >= 3
                            else len(self.clients))
        for index, client in enumerate(chosen):
            prices = self.shop.prices[client.price_column_id]
            day = self.today - datetime.timedelta(days=rnd.randint(0, 3))
            day = day if day.weekday() < 5 else day - datetime.timedelta(days=day.weekday() - 4)
            basket = rnd.sample(self.shop.products, 8)
            typical = {p.id: rnd.randint(*p.typical) for p in basket}
            limit = self.limits.get(client.manager_id, Decimal(5))
            discount = limit + Decimal(rnd.choice((3, 5, 7))) if index < 3 else None
            order = self._order(client, day, basket, typical, 0.5, Decimal(0), (2, 6), prices, discount)
            order.state, order.delivery_date = "draft", day + datetime.timedelta(days=rnd.randint(2, 6))
            if discount is not None:
                order.approval = ("pending", discount, None, "")
            self.orders.append(order)

    # ------------------------------------------------------------ numbers and rows
    def _number(self) -> None:
        last: dict[int, int] = {}
        for order in self.orders:
            year = order.order_date.year
            last[year] = last.get(year, 0) + 1
            order.number = f"{DEFAULT_PREFIX.format(year=year)}{last[year]:05d}"
        for year, number in sorted(last.items()):
            (NumberSeries.insert(code=ORDER_SERIES, year=year, prefix=DEFAULT_PREFIX, last_number=number)
             .on_conflict(conflict_target=[NumberSeries.code, NumberSeries.year],
                          update={NumberSeries.last_number: number}).execute())

    def _shipped_at(self, day: datetime.date) -> datetime.datetime:
        """When the goods of `day` left (2 pm local, stored in UTC): worked out once per day."""
        if day not in self.shipped_at:
            self.shipped_at[day] = activity_service.to_utc(datetime.datetime.combine(day, datetime.time(14), self.zone))
        return self.shipped_at[day]

    def _rows(self) -> list[tuple]:
        """(model, columns, rows) of the orders, their lines, shipments and discount approvals, in that order."""
        first_order = _next_id(Order)
        first_line = _next_id(OrderLine)
        order_rows, line_rows, shipment_rows, approval_rows = [], [], [], []
        line_id = first_line
        for offset, order in enumerate(self.orders):
            order_id = first_order + offset
            client = order.client
            override = order.override or (None, None, "")
            updated = order.created_at if order.state in ("draft", "confirmed") else (
                order.confirmed_at or order.created_at)
            order_rows.append((
                order.number, client.id, client.contact_id, client.manager_id, order.order_date, order.delivery_date,
                client.location, client.payment_terms_days, client.price_column_id, self.shop.currency, order.notes,
                order.state, order.cancel_reason, order.cancel_note, _minor(order.totals.net_total),
                _minor(order.totals.vat_total), _minor(order.totals.gross_total), order.confirmed_at,
                override[0], override[1], override[2], order.created_at, updated))
            for position, (line, removed) in enumerate(zip(order.lines, order.removed, strict=True), start=1):
                item = line.input
                shipped = order.shipped[position - 1] if order.shipped and position <= len(order.shipped) else None
                line_rows.append((
                    order_id, position, item.product_id, item.sku, item.name, item.unit, _thousandths(item.quantity),
                    _thousandths(line.free_quantity), _minor(item.list_price), _minor(line.unit_price),
                    _minor(item.discount_percent), item.promotion.id if item.promotion else None, removed,
                    _minor(item.vat_rate), _minor(line.net_amount), _thousandths(shipped[0]) if shipped else 0))
                if shipped:
                    shipment_rows.append((line_id, _thousandths(shipped[0]), shipped[1], self._shipped_at(shipped[1])))
                line_id += 1
            if order.approval:
                state, discount, decided_at, reason = order.approval
                approval_rows.append((
                    order_id, client.manager_id, order.created_at, _minor(discount),
                    _minor(self.limits.get(client.manager_id, Decimal(5))), state,
                    self.head.id if decided_at else None, decided_at, reason))
        return [(Order, ("number", "client", "contact", "manager", "order_date", "delivery_date",
                         "delivery_address", "payment_terms_days", "price_column", "currency", "notes", "state",
                         "cancel_reason", "cancel_note", "net_total", "vat_total", "gross_total", "confirmed_at",
                         "credit_override_by", "credit_override_at", "credit_override_reason",
                         "created_at", "updated_at"), order_rows),
                (OrderLine, ("order", "position", "product", "sku", "name", "unit", "quantity", "free_quantity",
                             "list_price", "unit_price", "discount_percent", "promotion", "promotion_removed",
                             "vat_rate", "net_amount", "delivered_quantity"), line_rows),
                (Shipment, ("line", "quantity", "shipped_on", "created_at"), shipment_rows),
                (DiscountApproval, ("order", "requested_by", "requested_at", "max_discount", "limit", "state",
                                    "decided_by", "decided_at", "reason"), approval_rows)]


def _weekday(day: datetime.date) -> datetime.date:
    """`day`, or the Monday after it when it falls on a weekend."""
    return day + datetime.timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _minor(amount: Decimal) -> int:
    """Money and percentages as stored: integer hundredths (demo amounts have at most two decimals)."""
    return int(amount.scaleb(2))


def _thousandths(quantity: Decimal) -> int:
    return int(quantity.scaleb(3))


def _next_id(model) -> int:
    """The id the next row inserted into `model`'s table gets; the demo links its rows by these ids.

    SQLite gives the highest id plus one. A PostgreSQL sequence never goes back
    (a deleted or rolled-back row leaves a gap), so there it is set to do the same.
    """
    table, key = model._meta.table_name, model._meta.primary_key.column_name
    next_id = (model.select(model.id).order_by(model.id.desc()).scalar() or 0) + 1
    if isinstance(database.obj, PostgresqlDatabase):
        database.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{key}'), {next_id}, false)")
    return next_id


def _bulk_insert(model, names: tuple[str, ...], rows: list[tuple],
                 inserted: Callable[[int], None] = lambda count: None) -> None:
    """Multi-row INSERTs (COPY on PostgreSQL) of rows already in database form (money in minor units);
    `inserted(count)` hears how many are in after each statement."""
    if not rows:
        return
    if "gid" in model._meta.fields and "gid" not in names:  # every row has its global id (laptop sync)
        names, rows = (*names, "gid"), [(*row, gid) for row, gid in zip(rows, _new_gids(len(rows)), strict=True)]
    db = database.obj
    columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
    if isinstance(db, PostgresqlDatabase):  # psycopg spends longer reading thousands of placeholders than COPY takes
        statement = f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN'
        with __exception_wrapper__, db.cursor().copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
        inserted(len(rows))
        return
    per_statement = max(1, min(ORDER_BATCH, 30000 // len(names)))
    marks = "(" + ", ".join([db.param] * len(names)) + ")"
    head = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
    full = head + ", ".join([marks] * per_statement)
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        sql = full if len(chunk) == per_statement else head + ", ".join([marks] * len(chunk))
        db.execute_sql(sql, [value for row in chunk for value in row])
        inserted(start + len(chunk))


def _new_gids(count: int) -> list[str]:
    """`count` global ids as `new_gid` makes them (32 random hex digits), from one read of the system's randomness."""
    digits = os.urandom(16 * count).hex()
    return [digits[start:start + 32] for start in range(0, 32 * count, 32)]


def _insert_records(model, records: list[dict]) -> None:
    """Insert dicts (all with the same keys) as `insert_many` would, without building a query node per value.

    Fields left out get their defaults (the global id `_bulk_insert`'s; the time
    of creation one for all: the rows are made in one transaction); every value
    goes through its field's `db_value`, as in peewee. For 100,000 clients this
    saves seconds.
    """
    if not records:
        return
    names = list(records[0])
    defaults = {f.name: f.default for f in model._meta.sorted_fields
                if f.name not in (*names, "gid") and f.default is not None and not f.primary_key}
    fields = [model._meta.fields[name] for name in [*names, *defaults]]
    columns = [[record[name] for record in records] for name in names]
    columns += [[default() for _ in records] if callable(default) and default is not utc_now
                else [default() if callable(default) else default] * len(records) for default in defaults.values()]
    converted = [list(map(f.db_value, column)) for f, column in zip(fields, columns, strict=True)]  # a column at a time
    _bulk_insert(model, tuple(f.name for f in fields), list(zip(*converted, strict=True)))


OFFER_FATES = ("draft", "sent", "sent", "accepted", "rejected", "expired")
OFFER_AGE_DAYS = {"draft": (0, 3), "sent": (2, 20), "accepted": (10, 60), "rejected": (10, 60), "expired": (45, 90)}
DEMO_OFFERS = 40


class DemoOffers(DemoOrders):
    """Commercial offers in every state for some buyers, priced like their orders, one long one."""

    def create(self) -> None:
        from kamdesk.core.models import Offer, OfferLine
        from kamdesk.core.services.offer import OFFER_PREFIX, OFFER_SERIES, default_payment_terms, language_for

        rnd = self.rnd
        chosen = rnd.sample(self.clients, min(DEMO_OFFERS, len(self.clients)))
        last: dict[int, int] = {}
        for n, demo_client in enumerate(chosen):
            state = OFFER_FATES[n % len(OFFER_FATES)]
            day = _weekday(self.today - datetime.timedelta(days=rnd.randint(*OFFER_AGE_DAYS[state])))
            if day > self.today:
                day -= datetime.timedelta(days=7)
            size = 60 if n == 1 else rnd.randint(3, 12)  # one long offer
            basket = rnd.sample(self.shop.products, min(size, len(self.shop.products)))
            typical = {p.id: rnd.randint(*p.typical) for p in basket}
            priced = self._order(demo_client, day, basket, typical, 1.0, Decimal(0), (len(basket), len(basket)),
                                 self.shop.prices[demo_client.price_column_id])
            last[day.year] = last.get(day.year, 0) + 1
            client = Client.get_by_id(demo_client.id)
            sent = priced.created_at + datetime.timedelta(hours=2) if state != "draft" else None
            offer = Offer.create(
                number=f"{OFFER_PREFIX.format(year=day.year)}{last[day.year]:04d}", client=client.id,
                contact=demo_client.contact_id, manager=demo_client.manager_id, offer_date=day,
                valid_until=day + datetime.timedelta(days=30 if state != "expired" else 20),
                price_column=demo_client.price_column_id, currency=self.shop.currency,
                payment_terms=default_payment_terms(client), language=language_for(client),
                state=state, reject_reason="price" if state == "rejected" else "",
                net_total=priced.totals.net_total, vat_total=priced.totals.vat_total,
                gross_total=priced.totals.gross_total, sent_at=sent,
                decided_at=sent + datetime.timedelta(days=3) if state in ("accepted", "rejected") else None,
                created_at=priced.created_at, updated_at=priced.created_at)
            OfferLine.insert_many([{
                "offer": offer.id, "position": position, "product": line.input.product_id, "sku": line.input.sku,
                "name": line.input.name, "unit": line.input.unit, "quantity": line.input.quantity,
                "free_quantity": line.free_quantity, "list_price": line.input.list_price,
                "unit_price": line.unit_price, "discount_percent": line.input.discount_percent,
                "promotion": line.input.promotion.id if line.input.promotion else None,
                "promotion_removed": removed, "vat_rate": line.input.vat_rate, "net_amount": line.net_amount}
                for position, (line, removed) in enumerate(zip(priced.lines, priced.removed, strict=True), start=1)
            ]).execute()
        for year, number in sorted(last.items()):
            (NumberSeries.insert(code=OFFER_SERIES, year=year, prefix=OFFER_PREFIX, width=4, last_number=number)
             .on_conflict(conflict_target=[NumberSeries.code, NumberSeries.year],
                          update={NumberSeries.last_number: number}).execute())


DEMO_CONTRACTS = 36
CONTRACT_FATES = ("active", "ending", "renews", "expired", "terminated", "draft", "sent", "renewed")
OBLIGATION_SAMPLES = (
    ("report", "client", "Negyedéves jelentés a továbbértékesített árukról"),
    ("price_review", "us", "Éves árfelülvizsgálati megbeszélés"),
    ("delivery", "us", "Szezonális készlet leszállítva a központi raktárba"),
    ("payment", "client", "Keretösszeg utáni bónusz elszámolva"),
)
TERMINATION_REASON = "Közös megegyezéssel megszűnt a vevő átszervezése után."


class DemoContracts:
    """Contracts in every state through the contract service: some ending soon, renewals, obligations due."""

    def __init__(self, rnd: random.Random, clients: list[DemoClient], today: datetime.date,
                 words: Callable[[str], str] = str):
        self.rnd = rnd
        self.words = words
        self.clients = clients
        self.today = today

    def create(self) -> None:
        from kamdesk.core.services import contract as contract_service

        contract_service.ensure_builtin_templates()
        chosen = self._foreign_buyers()
        others = [c for c in self.clients if c not in chosen]
        chosen += self.rnd.sample(others, min(DEMO_CONTRACTS - len(chosen), len(others)))
        for n, demo_client in enumerate(chosen):
            self._contract(contract_service, demo_client, CONTRACT_FATES[n % len(CONTRACT_FATES)])
        contract_service.expire_contracts(self.today)  # the daily job, as the desk runs it at start

    def _foreign_buyers(self) -> list[DemoClient]:
        """One buyer of each foreign country: the demo shows international contracts too."""
        first: dict[str, DemoClient] = {}
        for client in self.clients:
            if client.country != "HU":
                first.setdefault(client.country, client)
        return [first[country] for country in sorted(first)]

    def _contract(self, service, demo_client: DemoClient, fate: str) -> None:
        rnd, today, day = self.rnd, self.today, datetime.timedelta(days=1)
        client = Client.get_by_id(demo_client.id)
        kind = "framework" if demo_client.key_account else "supply"
        ends_in = {"active": rnd.randint(120, 330), "ending": rnd.randint(8, 50), "renews": rnd.randint(20, 40),
                   "expired": -rnd.randint(20, 90), "terminated": rnd.randint(60, 200), "draft": 365, "sent": 365,
                   "renewed": -rnd.randint(1, 30)}[fate]
        end = today + ends_in * day
        start = end - 364 * day if fate not in ("draft", "sent") else today + rnd.randint(3, 20) * day
        end = start + 364 * day if fate in ("draft", "sent") else end
        values = {"client_id": client.id, "manager_id": demo_client.manager_id, "contact_id": demo_client.contact_id,
                  "template_id": service.default_template(client, kind).id, "start_date": start, "end_date": end,
                  "auto_renewal": fate == "renews", "notice_days": 30 if fate == "renews" else 60,
                  "amount": Decimal(rnd.randint(5, 80) * 1_000_000) if kind == "framework" else None,
                  "discount_percent": Decimal(rnd.choice((0, 2, 3, 5))) or None}
        contract = service.save_contract(values)
        if fate in ("draft",):
            return
        service.send_contract(contract.id)
        if fate == "sent":
            return
        service.sign_contract(contract.id, min(start, today) - rnd.randint(2, 10) * day, today)
        self._obligations(service, contract.id, start)
        if fate == "terminated":
            service.terminate_contract(contract.id, self.words(TERMINATION_REASON),
                                       today - rnd.randint(1, 20) * day)
        elif fate == "renewed":
            service.expire_contracts(today)
            follower = service.renew_contract(contract.id)
            service.send_contract(follower.id)
            service.sign_contract(follower.id, min(follower.start_date, today) - 3 * day, today)
            self._obligations(service, follower.id, follower.start_date)

    def _obligations(self, service, contract_id: int, start: datetime.date) -> None:
        for months, (kind, party, description) in zip((3, 6, 9), self.rnd.sample(OBLIGATION_SAMPLES, 3),
                                                        strict=False):
            due = start + datetime.timedelta(days=30 * months)
            done = due < self.today - datetime.timedelta(days=14) and self.rnd.random() < 0.8
            service.add_obligation(contract_id, {"kind": kind, "party": party, "description": self.words(description),
                                                 "due_date": due, "done_on": due if done else None})

