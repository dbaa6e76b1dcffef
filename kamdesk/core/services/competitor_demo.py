"""The competitor area's demo data: a few competitors, their shares at some buyers, prices and actions.

Recorded through the competitor service as a person would: each competitor supplies a share of some
buyers' purchases (overall, and of a category), its prices of some of our products were seen twice
(three months ago and lately, around our default column's price), and it ran promotions and launched
products, at a buyer or in the market. The texts are written in Hungarian and come out in the demo's
language (`demo_words`); the competitors' names are names.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from kamdesk.core.services import catalogue
from kamdesk.core.services import competitors as competitor_service

COMPETITORS = (("Tejút Zrt.", "Országos tejtermék-nagykereskedő."), ("Alföldi Nagyker Kft.", "Regionális nagykereskedő."),
               ("Pannon Disztribúció Kft.", "Országos disztribútor, erős a láncoknál."),
               ("Balaton Food Kft.", "Vendéglátásra szakosodott beszállító."))
SOURCES = ("Árlista", "Vevő elmondása", "Üzleti polc")
ACTIONS = (("promotion", "10% kedvezmény minden tejtermékre decemberben."),
           ("promotion", "Ingyenes kiszállítás 50 000 Ft felett."),
           ("new_product", "Új, laktózmentes termékcsalád."),
           ("other", "Hosszabb fizetési határidőt ajánlott a vevőknek."))
BUYERS_EACH = 12  # buyers each competitor supplies
PRICED_EACH = 10  # products whose price was seen, per competitor
ACTIONS_EACH = 4


def step(demo) -> None:
    """The competitor area's step of `create_demo`."""
    rnd = random.Random(f"competitors {demo.seed}")
    today = min(demo.now.date(), dt.date.today())  # nothing is observed on a day still to come
    default = _default_prices(demo.shop)
    for name, notes in COMPETITORS:
        rival = competitor_service.save_competitor({"name": name, "notes": demo.words(notes)})
        _supplies(rnd, demo, rival.id)
        _prices(rnd, demo, rival.id, default, today)
        _actions(rnd, demo, rival.id, today)


def _default_prices(shop) -> dict[int, Decimal]:
    column = catalogue.default_column()
    return shop.prices.get(column.id, {}) if column else {}


def _supplies(rnd: random.Random, demo, competitor_id: int) -> None:
    categories = competitor_service.catalogue_paths()
    for buyer in rnd.sample(demo.buyers, min(BUYERS_EACH, len(demo.buyers))):
        competitor_service.save_supply(buyer.id, competitor_id, Decimal(rnd.randrange(5, 45)))
        if categories and rnd.random() < 0.5:
            competitor_service.save_supply(buyer.id, competitor_id, Decimal(rnd.randrange(20, 80)),
                                           rnd.choice(sorted(categories)))


def _prices(rnd: random.Random, demo, competitor_id: int, ours: dict[int, Decimal], today: dt.date) -> None:
    priced = [product for product in demo.shop.products if product.id in ours]
    for product in rnd.sample(priced, min(PRICED_EACH, len(priced))):
        for days_ago in (90, rnd.randrange(0, 20)):
            factor = Decimal(rnd.randrange(85, 116)) / 100
            competitor_service.record_price({
                "competitor_id": competitor_id, "product_id": product.id,
                "price": (ours[product.id] * factor).quantize(Decimal("0.01")), "currency": demo.shop.currency,
                "observed_on": today - dt.timedelta(days=days_ago), "source": demo.words(rnd.choice(SOURCES))})


def _actions(rnd: random.Random, demo, competitor_id: int, today: dt.date) -> None:
    for n in range(ACTIONS_EACH):
        kind, text = rnd.choice(ACTIONS)
        buyer = rnd.choice(demo.buyers) if n % 2 == 0 and demo.buyers else None
        competitor_service.record_action({
            "competitor_id": competitor_id, "client_id": buyer.id if buyer else None, "kind": kind,
            "description": demo.words(text), "observed_on": today - dt.timedelta(days=rnd.randrange(0, 60))})
