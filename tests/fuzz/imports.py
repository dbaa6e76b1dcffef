"""The imports the fuzz test drives: one `ImportKind` entry each.

An entry says how a valid file of that import looks (headers and rows, from
which the hostile files are made), how the command line imports it, and how
the services do (read, map, check, write: what the GUI's dialog calls). The
invoices, payments, plans and observed competitor prices of issues 16–17 are
one entry each here; the generators and the checks need nothing else.

An import whose rows refer to records rather than hold text (a plan names a
client) has its own `set_up` of those records, made on a copy of the shared
database so that no other import meets them, and says in `stored_in` which
stored texts count as its files' (the names of the clients its plans are for).

Entries name their functions by dotted path (`module:function`), so that the
child process that runs the files imports them there, not in the test process.
"""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ImportKind:
    """One import: its sample file, its command line and its services."""

    name: str
    headers: tuple[str, ...]
    row: Callable[[random.Random, int], list[str]]  # a valid data row; the int makes it unique in its file
    key_column: int  # the column every row needs (a hostile value there cannot be skipped)
    text_column: int  # a column stored as written (to see that a file was decoded right)
    cli: tuple[str, ...]  # after `kamdesk --database URL`; "{file}" and "{rejected}" are filled in
    cli_written: str  # a regex: the count of records the command line reports written
    services: str  # "module:function(path) -> (records written, rows' reasons)", run with the database open
    table: str  # the table whose rows the written count counts
    needed: tuple[int, ...] = ()  # other columns a row cannot do without (kept where a case keeps only a few)
    set_up: str = ""  # "module:function(url)": records of this import only, added to its copy of the database
    stored_in: str = ""  # SQL of the texts a file's rows stored (default: every text of every table)

    def sample(self, rng: random.Random, rows: int) -> list[list[str]]:
        """A valid file's cells: the header row, then `rows` rows."""
        return [list(self.headers), *(self.row(rng, index) for index in range(rows))]

    def written_by_cli(self, stdout: str) -> int | None:
        match = re.search(self.cli_written, stdout)
        return int(match.group(1)) if match else None


def function(dotted: str) -> Callable:
    module, name = dotted.split(":")
    return getattr(importlib.import_module(module), name)


# ---------------------------------------------------------------- clients

# Hungarian, so that every sample can be written in cp1250 too (Russian has its own hostile case)
_SURNAMES = ("Kovács", "Szűcs", "Őrsi", "Tóth", "Nagy", "Fehér", "Árvai", "Kiss", "Újvári")
_CITIES = ("Győr", "Pécs", "Szeged", "Budapest", "Eger", "Debrecen")


def client_row(rng: random.Random, index: int) -> list[str]:
    surname = rng.choice(_SURNAMES)
    return [f"{surname} és Társa {index} Kft.", rng.choice(_CITIES), f"iroda{index}@example.hu",
            rng.choice(("", "aktív", "Prospect")), rng.choice(("", "Szállítás kedden", "Régi ügyfél; ár: 5%"))]


def import_clients(path: Path) -> tuple[int, list[str]]:
    """The client import as the GUI's dialog does it (unknown managers are created): clients written, and why
    the rows not imported were not."""
    from kamdesk.core.services import party_io

    table = party_io.read_table(path)
    mapping = party_io.auto_mapping(table.headers)
    check = party_io.check_rows(table, mapping, unknown=party_io.CREATE_MANAGERS)
    reasons = [problem.reason for problem in check.rejected + check.duplicates]
    return party_io.import_rows(check), reasons


CLIENTS = ImportKind(
    name="clients",
    headers=("Név", "Város", "E-mail", "Státusz", "Megjegyzés"),
    row=client_row,
    key_column=0,
    text_column=0,
    cli=("import", "clients", "{file}", "--create-managers", "--rejected", "{rejected}"),
    cli_written=r"imported (\d+) clients",
    services="tests.fuzz.imports:import_clients",
    table="client",
)


# ---------------------------------------------------------------- prices

def price_row(rng: random.Random, index: int) -> list[str]:
    price = f"{rng.randint(1, 99999)},{rng.randint(0, 99):02d}"
    return [f"FZ-{index:05d}", f"{rng.choice(('Tej', 'Sajt', 'Kenyér', 'Őrölt kávé'))} {index}", "db",
            rng.choice(("27", "18", "5")), price]


def import_prices(path: Path) -> tuple[int, list[str]]:
    """The price list import as the GUI's dialog does it (the file's new price columns are created): products
    created, and why the rows refused were (a price list with one is not imported at all)."""
    from kamdesk.core.services import catalogue_io

    table = catalogue_io.read_table(path)
    mapping = catalogue_io.auto_mapping(table.headers)
    check = catalogue_io.check_price_list(table, mapping)
    if check.rejected:
        return 0, [problem.reason for problem in check.rejected]
    created, _updated = catalogue_io.import_price_list(check, check.new_columns)
    return created, []


PRICES = ImportKind(
    name="prices",
    headers=("Cikkszám", "Megnevezés", "Mértékegység", "ÁFA", "Listaár"),
    row=price_row,
    key_column=0,
    text_column=1,
    cli=("import", "prices", "{file}", "--create-columns", "--rejected", "{rejected}"),
    cli_written=r"created (\d+) and updated",
    services="tests.fuzz.imports:import_prices",
    table="product",
)


# ---------------------------------------------------------------- invoices and payments

_CLIENT = "Kovács és Társa 0 Kft."  # the client `set_up_database` makes: every invoice and payment is its
_NOTES = ("Szállítás kedden", "Részszállítás, 2. ütem", "Őszi akció", "Átutalás 8 napon belül", "Győri raktár")


def _day(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(1, 999)} {rng.randint(0, 999):03d},{rng.randint(0, 99):02d}"


def invoice_row(rng: random.Random, index: int) -> list[str]:
    issued = _day(rng)
    return [f"SZ-2026/{index:05d}", _CLIENT, issued, issued[:8] + "28", _amount(rng), f"{rng.choice(_NOTES)} {index}"]


def import_invoices(path: Path) -> tuple[int, list[str]]:
    """The invoice import as the GUI's dialog does it: invoices added, and why the rows refused were."""
    from kamdesk.core.services import settlement_io

    table = settlement_io.read_invoices(path)
    check = settlement_io.check_invoices(table, settlement_io.invoice_mapping(table.headers))
    return settlement_io.import_invoices(check).created, [problem.reason for problem in check.rejected]


INVOICES = ImportKind(
    name="invoices",
    headers=("Számlaszám", "Vevő", "Kelte", "Fizetési határidő", "Bruttó", "Megjegyzés"),
    row=invoice_row,
    key_column=0,
    text_column=5,
    cli=("import", "invoices", "{file}", "--rejected", "{rejected}"),
    cli_written=r"added (\d+) invoices",
    services="tests.fuzz.imports:import_invoices",
    table="invoice",
    needed=(1, 2, 4),
)


def payment_row(rng: random.Random, index: int) -> list[str]:
    return [_day(rng), _CLIENT, _amount(rng), "HUF", f"SZ-2026/{index:05d} {rng.choice(_NOTES)}"]


def import_payments(path: Path) -> tuple[int, list[str]]:
    """The payment import as the GUI's dialog does it: payments added, and why the rows refused were."""
    from kamdesk.core.services import settlement_io

    table = settlement_io.read_payments(path)
    check = settlement_io.check_payments(table, settlement_io.payment_mapping(table.headers))
    return settlement_io.import_payments(check).created, [problem.reason for problem in check.rejected]


PAYMENTS = ImportKind(
    name="payments",
    headers=("Dátum", "Befizető", "Összeg", "Pénznem", "Közlemény"),
    row=payment_row,
    key_column=1,
    text_column=4,
    cli=("import", "payments", "{file}", "--rejected", "{rejected}"),
    cli_written=r"added (\d+) payments",
    services="tests.fuzz.imports:import_payments",
    table="payment",
    needed=(0, 2),
)


# ---------------------------------------------------------------- observed competitor prices

_RIVAL = "Tejút Zrt."  # the competitor `set_up_database` makes; every price is its, of the product it makes
_SOURCES = ("Árlista", "Polc, Győr", "Ügyfél mondta", "Szórólap", "Webshop")


def competitor_price_row(rng: random.Random, index: int) -> list[str]:
    import datetime as dt

    seen = dt.date.today() - dt.timedelta(days=rng.randint(1, 300))
    return [_RIVAL, "FZ-00000", _amount(rng), seen.isoformat(), f"{rng.choice(_SOURCES)} {index}"]


def import_competitor_prices(path: Path) -> tuple[int, list[str]]:
    """The competitor price import as the GUI's dialog does it: prices added, and why the rows refused were."""
    from kamdesk.core.services import competitor_io

    table = competitor_io.read_table(path)
    check = competitor_io.check_prices(table, competitor_io.auto_mapping(table.headers))
    return competitor_io.import_prices(check), [problem.reason for problem in check.rejected]


COMPETITOR_PRICES = ImportKind(
    name="competitor-prices",
    headers=("Versenytárs", "Cikkszám", "Ár", "Dátum", "Forrás"),
    row=competitor_price_row,
    key_column=1,
    text_column=4,
    cli=("import", "competitor-prices", "{file}", "--rejected", "{rejected}"),
    cli_written=r"added (\d+) prices",
    services="tests.fuzz.imports:import_competitor_prices",
    table="competitor_price",
    needed=(0, 2),
)


# ---------------------------------------------------------------- plans

_MANAGERS = ("", "Kiss Anna", "Nagy Péter", "npeter")  # the department, the company's manager, one by name and login
# the clients plans are for: the samples' (with accents) and the hostile cases' (tests/fuzz/hostile.py)
_PLAN_CLIENTS = ("Győri Tejüzem Zrt.", "Őrsi és Fia Kft.", "Árvai Pékség Bt.", "Újvári Sajtüzem Kft.")
_HOSTILE_CLIENTS = ("ÚJ ÉLET KFT", "ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP BT", "ŐSZI ÉS TÉLI ÁRU ZRT", "ООО Иванов и партнёры",
                    "Торговый дом Северный", "ЗАО Уральские самоцветы")
_KPIS = ("sales", "active_clients", "new_clients")


def plan_row(rng: random.Random, index: int) -> list[str]:
    """A plan whose month and KPI no other row of the file has: 12 months × 3 KPIs a year, from 2020."""
    year, rest = divmod(index, 36)
    kpi, month = divmod(rest, 12)
    value = f"{rng.randint(1, 9_999_999)},{rng.randint(0, 99):02d}" if kpi == 0 else str(rng.randint(0, 400))
    return [f"{2020 + year}-{month + 1:02d}", rng.choice(_MANAGERS), _KPIS[kpi], value, rng.choice(_PLAN_CLIENTS),
            rng.choice(("", "", "Tejtermék"))]


def import_plans(path: Path) -> tuple[int, list[str]]:
    """The plan import as the GUI's dialog does it: the valid rows imported, and why the others were refused."""
    from kamdesk.core.services import plans

    check = plans.check_plans(path)
    return plans.import_plans(check) if check.valid else 0, [problem.reason for problem in check.rejected]


def set_up_plans(url: str) -> None:
    """A second manager with a login, a category and the clients the plans' rows name (the hostile cases' too)."""
    from kamdesk.core import db
    from kamdesk.core.models.company import Manager
    from kamdesk.core.services import catalogue, company, party

    db.connect(url)
    peter = company.save_manager({"name": "Nagy Péter", "email": "peter@example.hu", "role": "manager"})
    Manager.update(login="npeter").where(Manager.id == peter.id).execute()
    catalogue.category_path("Tejtermék")
    for name in (*_PLAN_CLIENTS, *_HOSTILE_CLIENTS):
        party.save_client({"name": name, "legal_city": "Győr", "key_account": True}, allow_duplicates=True)
    db.close()


PLANS = ImportKind(
    name="plans",
    headers=("Időszak", "Menedzser", "Mutató", "Terv", "Ügyfél", "Kategória"),
    row=plan_row,
    key_column=0,
    text_column=4,
    cli=("import", "plans", "{file}"),
    cli_written=r"imported (\d+) plans",
    services="tests.fuzz.imports:import_plans",
    table="plan",
    needed=(2, 3),
    set_up="tests.fuzz.imports:set_up_plans",
    stored_in='select client.name from plan join client on client.id = plan.client_id',
)


KINDS: dict[str, ImportKind] = {kind.name: kind for kind in (CLIENTS, PRICES, INVOICES, PAYMENTS, COMPETITOR_PRICES,
                                                            PLANS)}


def set_up_database(url: str) -> None:
    """What every file is imported into: the company, its manager, the default price column, one client
    and one product (so that an import meets existing records too)."""
    from decimal import Decimal

    from kamdesk.core import db
    from kamdesk.core.services import catalogue, company, competitors, party

    db.connect(url)
    company.set_up({"name": "Próba Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": "Kiss Anna", "email": "anna@example.hu"})
    column = catalogue.save_price_column("Listaár", is_default=True)
    product = catalogue.save_product({"sku": "FZ-00000", "name": "Meglévő termék", "vat_rate": 27})
    catalogue.set_price(product.id, column.id, Decimal("100"))
    party.save_client({"name": "Kovács és Társa 0 Kft.", "legal_city": "Győr"})
    competitors.save_competitor({"name": _RIVAL})
    db.close()
