"""Realistic demo data: Hungarian companies and contacts, deterministic per seed.

Faker (hu_HU, with a few Czech, Polish and Russian companies) fills pools of
names, cities and streets once; the clients are then combined from the pools
with a seeded random generator and inserted in batches, so 100,000 clients
take seconds, not minutes, and the same seed gives the same data.

Each manager's calendar is filled around now: about three months of calls and
visits with their outcomes (a few cancelled, a few left overdue, follow-ups
linked to what they follow), the coming weeks planned, some all-day tasks
and a few recurring series. Only some of the clients (mostly key accounts)
have activities; they are inserted in bulk, like the clients. The same seed
and the same `now` give the same data.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from faker import Faker

from kamdesk.core.db import database, refresh_statistics
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.models import Activity, Client, Contact, Manager
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.party import RATINGS, SOURCES
from kamdesk.core.services import activity as activity_service
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

# ---- activities
PAST_WEEKS = 13  # about three months of history
FUTURE_WEEKS = 4  # this week and the next three
KEY_ACCOUNTS_IN_TOUCH = 150  # per manager: the clients the calendar is about
OTHERS_IN_TOUCH = 350
ACTIVITY_BATCH = 500
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


def create_demo(clients: int = 2000, seed: int = 1, progress: Callable[[int, int], None] | None = None,
                now: datetime.datetime | None = None) -> None:
    """Fill an empty database with a company, managers, segments, `clients` clients and their activities.

    `now` (aware; the real time by default) is what the calendar is built
    around: the past months done, the coming weeks planned.
    """
    if Client.select().exists():
        raise KamdeskError(Message("This database already has clients; demo data goes into an empty database."))
    rnd = random.Random(seed)
    pools = DemoPools(seed)
    with database.atomic():
        if not company_service.is_set_up():
            _company()
        managers = _managers()
        segments = [company_service.segment_by_name(name) for name in SEGMENTS]
        in_touch: list[DemoClient] = []
        for start in range(0, clients, BATCH):
            count = min(BATCH, clients - start)
            in_touch += _insert_batch(rnd, pools, managers, segments, count)
            if progress:
                progress(start + count, clients)
        DemoCalendar(random.Random(f"activities {seed}"), in_touch, now).create()
    refresh_statistics()


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


def _insert_batch(rnd, pools, managers, segments, count) -> list[DemoClient]:
    """Insert `count` clients with their contacts; the active and prospective ones, for the calendar."""
    now = utc_now()
    client_rows, contact_rows = [], []
    for _ in range(count):
        client, contacts = _client(rnd, pools, managers, segments, now)
        client_rows.append(client)
        contact_rows.append(contacts)
    first_id = (Client.select(Client.id).order_by(Client.id.desc()).scalar() or 0) + 1
    first_contact_id = (Contact.select(Contact.id).order_by(Contact.id.desc()).scalar() or 0) + 1
    Client.insert_many(client_rows).execute()
    flat = []
    in_touch = []
    for offset, (client, contacts) in enumerate(zip(client_rows, contact_rows, strict=True)):
        if client["status"] in ("active", "prospect"):
            location = " ".join(p for p in (client["legal_postcode"], client["legal_city"], client["legal_street"]) if p)
            in_touch.append(DemoClient(first_id + offset, client["manager"], client["key_account"], location,
                                       first_contact_id + len(flat)))  # the first contact is the primary one
        for contact in contacts:
            contact["client"] = first_id + offset
            flat.append(contact)
    Contact.insert_many(flat).execute()
    return in_touch


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


# ---------------------------------------------------------------- activities

@dataclass(frozen=True)
class DemoClient:
    """What the demo calendar needs to know of an active or prospective client."""

    id: int
    manager_id: int
    key_account: bool
    location: str
    contact_id: int


class DemoCalendar:
    """The managers' calls, visits and tasks around `now`, built in memory and inserted in batches."""

    def __init__(self, rnd: random.Random, clients: list[DemoClient], now: datetime.datetime | None = None):
        self.rnd = rnd
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
        first_id = (Activity.select(Activity.id).order_by(Activity.id.desc()).scalar() or 0) + 1
        for row in self.rows:  # follow-ups name what they follow by its position in the list
            if row["follow_up_of"] is not None:
                row["follow_up_of"] = first_id + row["follow_up_of"]
        for start in range(0, len(self.rows), ACTIVITY_BATCH):
            Activity.insert_many(self.rows[start:start + ACTIVITY_BATCH]).execute()
        for manager_id, candidates in series_owners:
            if candidates:
                self._series(manager_id, candidates)
        activity_service.refresh_contact_dates(self.touched)

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
                         self.rnd.choice(SUBJECTS[kind]), end <= self.now, start.date(), follow_up_of,
                         location=client.location if kind in ("visit", "presentation") else "")

    def _task(self, manager_id: int, client: DemoClient | None, day: datetime.date) -> None:
        starts_at = datetime.datetime.combine(day, datetime.time())
        self._add(manager_id, client, "task", starts_at, activity_service.MAX_DURATION_MINUTES, True,
                  self.rnd.choice(TASK_SUBJECTS), day < self.now.date(), day, None)

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
                outcome = self.rnd.choice(OUTCOMES[result]) if kind != "task" else ""
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
                 "subject": subject, "start": datetime.datetime.combine(day, time, self.zone),
                 "duration_minutes": 30 if kind == "call" else 90},
                recurrence=recurrence)
            past = (Activity.select().where((Activity.series == first.series_id)
                                            & (Activity.starts_at < self.now_utc)).order_by(Activity.starts_at))
            for occurrence in past:
                result = self.rnd.choices(list(RESULT_WEIGHTS), list(RESULT_WEIGHTS.values()))[0]
                (Activity.update(state="done", result=result, outcome=self.rnd.choice(OUTCOMES[result]),
                                 completed_at=occurrence.starts_at, detached=True)
                 .where(Activity.id == occurrence.id).execute())
            self.touched.add(client.id)
