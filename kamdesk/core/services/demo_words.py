"""The words of the demo data in the desk's language: Hungarian as written in `demo`, or English.

The demo's texts (segments, positions, activity subjects and outcomes, the
catalogue, price columns, promotions, order notes, obligations ...) are
written once, in Hungarian, in `kamdesk.core.services.demo`; `demo_words`
gives the function that turns each into the demo's language. Names of
people, companies, places and brands are names and stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

DEMO_LANGUAGES = ("en", "hu")

ENGLISH: dict[str, str] = {
    # segments, client needs, positions
    "Kiskereskedelmi láncok": "Retail chains", "HoReCa": "HoReCa", "Nagykereskedelem": "Wholesale",
    "Gyógyszertárak": "Pharmacies", "Ipar": "Industry", "Közszféra": "Public sector", "Webáruházak": "Online shops",
    "Heti szállítás": "Weekly deliveries", "Szélesebb választék": "Wider assortment",
    "Jobb fizetési feltételek": "Better payment terms", "Saját márkás termékek": "Own-brand products",
    "Ügyvezető": "Managing director", "Beszerzési vezető": "Head of purchasing", "Beszerző": "Buyer",
    "Pénzügyi vezető": "Finance manager", "Üzletvezető": "Store manager", "Raktárvezető": "Warehouse manager",
    # activities
    "Heti rendelés": "Weekly order", "Árlista 2027": "Price list 2027", "Decemberi akció": "December promotion",
    "Fizetési emlékeztető": "Payment reminder", "Szállítási időpont": "Delivery date",
    "Új termékek": "New products", "Karácsonyi rendelés": "Christmas order",
    "Reklamáció egyeztetése": "Complaint follow-up", "Árajánlat küldése": "Sending an offer",
    "Katalógus": "Catalogue", "Szerződéstervezet": "Draft contract", "Akciós szórólap": "Promotion leaflet",
    "Polckép ellenőrzése": "Shelf check", "Kóstoltatás": "Tasting", "Éves értékelés": "Annual review",
    "Üzletlátogatás": "Store visit", "Új termékcsalád bemutatása": "New product range presented",
    "Raktárbejárás": "Warehouse walk-through", "Negyedéves áttekintés": "Quarterly review",
    "Logisztikai egyeztetés": "Logistics meeting", "Marketingterv": "Marketing plan",
    "Éves megállapodás": "Annual agreement", "Fizetési feltételek": "Payment terms",
    "Listázási díj": "Listing fee", "Termékoktatás az eladóknak": "Product training for the sales staff",
    "Új csomagolás bemutatása": "New packaging presented", "Ajánlatok előkészítése": "Preparing offers",
    "Havi jelentés": "Monthly report", "Kiállítás előkészítése": "Preparing the trade fair",
    "Útiterv a jövő hétre": "Route for next week", "Kintlévőségek átnézése": "Reviewing receivables",
    "Kéthetente egyeztetés": "Fortnightly catch-up", "Havi látogatás": "Monthly visit",
    "Rendelést adott le.": "Placed an order.", "Elégedett a szállítással.": "Happy with the deliveries.",
    "Árajánlatot kér a jövő hétre.": "Wants an offer for next week.",
    "Az akcióban részt vesz.": "Joins the promotion.", "A döntést a tulajdonos hozza meg.": "The owner decides.",
    "Nagyobb tételt rendel decemberre.": "Orders a bigger batch for December.",
    "Nem vette fel, üzenetet hagytam.": "No answer, left a message.", "Szabadságon van.": "On holiday.",
    "Foglalt volt, visszahívom.": "Busy, I will call back.", "Jövő hétre kérte.": "Asked for next week.",
    "Az ügyvezető helyett a beszerző tárgyal, új időpont.": "The buyer negotiates instead of the director; "
                                                            "new date.",
    "Leltár miatt elhalasztva.": "Postponed for stocktaking.",
    # catalogue: categories, units, products, price columns, promotions
    "Élelmiszer": "Food", "Tejtermék": "Dairy", "Tojás": "Eggs", "Pékáru": "Bakery", "Kenyér": "Bread",
    "Finompékáru": "Pastries", "Hús és hentesáru": "Meat and charcuterie", "Tartós élelmiszer": "Dry goods",
    "Fűszer": "Spices", "Édesség és snack": "Sweets and snacks", "Fagyasztott áru": "Frozen food",
    "Italok": "Drinks", "Ásványvíz": "Mineral water", "Üdítőital": "Soft drinks", "Gyümölcslé": "Fruit juice",
    "Sör": "Beer", "Bor": "Wine", "Kávé és tea": "Coffee and tea", "Háztartás": "Household",
    "Tisztítószer": "Cleaning products", "Mosószer": "Laundry", "Papíráru": "Paper goods", "Higiénia": "Hygiene",
    "Testápolás": "Personal care", "Eldobható termékek": "Disposables",
    "db": "pc", "karton": "box", "kg": "kg", "l": "l",  # the standard unit codes (pc, box)
    "friss tej 2,8% 1 l": "fresh milk 2.8% 1 l", "friss tej 1,5% 1 l": "fresh milk 1.5% 1 l",
    "UHT tej 2,8% 1 l": "UHT milk 2.8% 1 l", "natúr joghurt 150 g": "plain yoghurt 150 g",
    "epres joghurt 150 g": "strawberry yoghurt 150 g", "tejföl 20% 330 g": "sour cream 20% 330 g",
    "tehéntúró 250 g": "cottage cheese 250 g", "vaj 82% 100 g": "butter 82% 100 g",
    "trappista sajt": "Trappist cheese", "habtejszín 30% 1 l": "whipping cream 30% 1 l",
    "tojás M (10 db)": "eggs M (10 pcs)", "tojás L (10 db)": "eggs L (10 pcs)", "tojás M (30 db)": "eggs M (30 pcs)",
    "fürjtojás (12 db)": "quail eggs (12 pcs)", "fehér kenyér 1 kg": "white bread 1 kg",
    "félbarna kenyér 1 kg": "light rye bread 1 kg", "rozsos kenyér 500 g": "rye bread 500 g",
    "magvas kenyér 500 g": "seeded bread 500 g", "szeletelt toastkenyér 500 g": "sliced toast bread 500 g",
    "házi kenyér 750 g": "farmhouse bread 750 g", "vajas croissant 60 g": "butter croissant 60 g",
    "kakaós csiga 90 g": "cocoa roll 90 g", "túrós táska 100 g": "curd cheese pastry 100 g",
    "sajtos pogácsa": "cheese scones", "kalács 400 g": "milk loaf 400 g", "briós 250 g": "brioche 250 g",
    "sertéskaraj csont nélkül": "boneless pork loin", "sertéscomb": "pork leg", "csirkemell filé": "chicken breast fillet",
    "csirkecomb": "chicken leg", "darált sertéshús": "minced pork", "parasztkolbász": "farmhouse sausage",
    "téliszalámi": "winter salami", "főtt tarja": "cooked pork neck",
    "finomliszt BL55 1 kg": "plain flour BL55 1 kg", "kristálycukor 1 kg": "granulated sugar 1 kg",
    "durum spagetti 500 g": "durum spaghetti 500 g", "tojásos nokedli 500 g": "egg dumplings 500 g",
    "hosszú szemű rizs 1 kg": "long-grain rice 1 kg", "napraforgó étolaj 1 l": "sunflower oil 1 l",
    "napraforgó étolaj kannás": "sunflower oil, canister", "sűrített paradicsom 70 g": "tomato paste 70 g",
    "csemegekukorica 340 g": "sweetcorn 340 g", "vörösbab konzerv 400 g": "red kidney beans, tin 400 g",
    "étkezési só 1 kg": "table salt 1 kg", "édes pirospaprika 100 g": "sweet paprika 100 g",
    "őrölt fekete bors 50 g": "ground black pepper 50 g", "majoránna 10 g": "marjoram 10 g",
    "babérlevél 5 g": "bay leaves 5 g", "fokhagymapor 50 g": "garlic powder 50 g",
    "ételízesítő 250 g": "seasoning 250 g", "tejcsokoládé 100 g": "milk chocolate 100 g",
    "étcsokoládé 70% 100 g": "dark chocolate 70% 100 g", "mogyorós ostya 200 g": "hazelnut wafers 200 g",
    "zselés cukorka 80 g": "jelly sweets 80 g", "sós pálcika 200 g": "salted sticks 200 g",
    "burgonyachips 140 g": "potato crisps 140 g", "pörkölt földimogyoró 150 g": "roasted peanuts 150 g",
    "kakaós szelet 40 g": "cocoa bar 40 g", "linzer 150 g": "Linzer biscuits 150 g",
    "zöldborsó 450 g": "green peas 450 g", "hasábburgonya 2,5 kg": "chips 2.5 kg",
    "sonkás pizza 350 g": "ham pizza 350 g", "halrudacska 300 g": "fish fingers 300 g",
    "vaníliás jégkrém 1 l": "vanilla ice cream 1 l", "spenótkrém 450 g": "creamed spinach 450 g",
    "ásványvíz szénsavas 1,5 l (6 db)": "sparkling mineral water 1.5 l (6 pcs)",
    "ásványvíz szénsavmentes 1,5 l (6 db)": "still mineral water 1.5 l (6 pcs)",
    "ásványvíz enyhe 1,5 l (6 db)": "lightly sparkling mineral water 1.5 l (6 pcs)",
    "ásványvíz szénsavas 0,5 l (12 db)": "sparkling mineral water 0.5 l (12 pcs)",
    "ásványvíz szénsavmentes 0,5 l (12 db)": "still mineral water 0.5 l (12 pcs)",
    "narancsos szénsavas üdítő 2 l": "orange soda 2 l", "kóla 2 l": "cola 2 l",
    "citromos üdítő 1,5 l": "lemon soft drink 1.5 l", "barackos jeges tea 1,5 l": "peach iced tea 1.5 l",
    "energiaital 250 ml": "energy drink 250 ml", "tonik 1 l": "tonic water 1 l",
    "kóla 0,33 l doboz (24 db)": "cola 0.33 l can (24 pcs)", "100% almalé 1 l": "100% apple juice 1 l",
    "100% narancslé 1 l": "100% orange juice 1 l", "őszibaracknektár 1 l": "peach nectar 1 l",
    "multivitamin ital 1 l": "multivitamin drink 1 l", "meggyital 1 l": "sour cherry drink 1 l",
    "paradicsomlé 1 l": "tomato juice 1 l", "világos sör 0,5 l doboz": "lager 0.5 l can",
    "barna sör 0,5 l üveg": "dark beer 0.5 l bottle", "búzasör 0,5 l": "wheat beer 0.5 l",
    "alkoholmentes sör 0,5 l": "alcohol-free beer 0.5 l", "világos sör 0,5 l (24 db)": "lager 0.5 l (24 pcs)",
    "hordós világos sör": "draught lager", "IPA 0,33 l": "IPA 0.33 l", "olaszrizling 0,75 l": "Welschriesling 0.75 l",
    "Irsai Olivér 0,75 l": "Irsai Olivér 0.75 l", "kékfrankos 0,75 l": "Blaufränkisch 0.75 l",
    "cuvée vörös 0,75 l": "red cuvée 0.75 l", "rozé 0,75 l": "rosé 0.75 l", "fröccsbor lédig": "spritzer wine, bulk",
    "őrölt kávé 250 g": "ground coffee 250 g", "szemes kávé 1 kg": "coffee beans 1 kg",
    "instant kávé 200 g": "instant coffee 200 g", "fekete tea (20 filter)": "black tea (20 bags)",
    "gyümölcstea (20 filter)": "fruit tea (20 bags)", "kamillatea (20 filter)": "camomile tea (20 bags)",
    "kávékapszula (10 db)": "coffee capsules (10 pcs)", "cappuccino italpor 250 g": "cappuccino powder 250 g",
    "általános tisztítószer 1 l": "all-purpose cleaner 1 l", "mosogatószer 1 l": "washing-up liquid 1 l",
    "mosogatószer kannás": "washing-up liquid, canister", "ablaktisztító 500 ml": "glass cleaner 500 ml",
    "fürdőszobai tisztító 750 ml": "bathroom cleaner 750 ml", "WC-tisztító gél 750 ml": "toilet cleaner gel 750 ml",
    "fertőtlenítő 1 l": "disinfectant 1 l", "padlótisztító kannás": "floor cleaner, canister",
    "mosópor 3 kg": "washing powder 3 kg", "folyékony mosószer 2 l": "liquid detergent 2 l",
    "öblítő 2 l": "fabric softener 2 l", "mosókapszula (30 db)": "laundry capsules (30 pcs)",
    "folttisztító 1 l": "stain remover 1 l", "mosópor 10 kg": "washing powder 10 kg",
    "toalettpapír 3 rétegű (8 tekercs)": "toilet paper 3-ply (8 rolls)",
    "toalettpapír 2 rétegű (24 tekercs)": "toilet paper 2-ply (24 rolls)",
    "papírtörlő (2 tekercs)": "kitchen towel (2 rolls)", "papírzsebkendő (10×10 db)": "tissues (10×10 pcs)",
    "szalvéta 33×33 (100 db)": "napkins 33×33 (100 pcs)", "ipari papírtörlő (6 tekercs)": "industrial paper towel (6 rolls)",
    "alufólia 20 m": "aluminium foil 20 m", "szemeteszsák 60 l (20 db)": "bin bags 60 l (20 pcs)",
    "tusfürdő 400 ml": "shower gel 400 ml", "folyékony szappan 500 ml": "liquid soap 500 ml",
    "folyékony szappan kannás": "liquid soap, canister", "sampon 400 ml": "shampoo 400 ml",
    "fogkrém 75 ml": "toothpaste 75 ml", "dezodor 150 ml": "deodorant 150 ml", "kézkrém 100 ml": "hand cream 100 ml",
    "gumikesztyű M (100 db)": "rubber gloves M (100 pcs)", "nitril kesztyű L (100 db)": "nitrile gloves L (100 pcs)",
    "vattakorong (80 db)": "cotton pads (80 pcs)", "fültisztító pálcika (200 db)": "cotton buds (200 pcs)",
    "nedves törlőkendő (72 db)": "wet wipes (72 pcs)",
    "Listaár": "List price", "Nagyker": "Wholesale", "Kulcsügyfél": "Key account", "VIP": "VIP",
    "Téli édességakció −10 %": "Winter sweets −10%", "Ásványvíz 10+1": "Mineral water 10+1",
    # orders
    "A konkurencia olcsóbb ajánlatot adott.": "A competitor made a cheaper offer.",
    "Pénteki szállítás kellett volna.": "They needed a Friday delivery.",
    "Másik beszállítótól rendeltek.": "Ordered from another supplier.",
    "A havi keret elfogyott.": "The monthly budget is spent.", "Duplán rögzített rendelés.": "Order entered twice.",
    "Üzletfelújítás miatt most nem kér árut.": "No goods for now: the store is being refurbished.",
    "A vevő kérésére törölve, új rendelés jön.": "Cancelled at the client's request; a new order follows.",
    "Hátsó bejárat, 6 és 10 óra között.": "Back entrance, between 6 and 10 am.",
    "Raklapon kérik.": "On pallets, please.", "Szállítás előtt telefonáljanak.": "Please call before delivery.",
    "Számlát e-mailben kérik.": "Invoice by e-mail, please.",
    "Régi, megbízható partner, a tartozás rendezése folyamatban.": "A long-standing, reliable partner; the debt "
                                                                   "is being settled.",
    "Szezonális nagy rendelés, a fizetést az ügyvezető vállalta.": "A large seasonal order; the managing director "
                                                                   "vouched for the payment.",
    "A hitelkeret emelése folyamatban.": "The credit limit is being raised.",
    "Éves volumenvállalás fejében.": "In return for an annual volume commitment.",
    "Versenytárs ajánlatára válaszul.": "To answer a competitor's offer.",
    "Lejárat közeli tétel, egyszeri kedvezmény.": "Stock close to its best-before date, a one-off discount.",
    # contracts
    "Negyedéves jelentés a továbbértékesített árukról": "Quarterly sales report of the goods resold",
    "Éves árfelülvizsgálati megbeszélés": "Annual price review meeting",
    "Szezonális készlet leszállítva a központi raktárba": "Seasonal stock delivered to the central warehouse",
    "Keretösszeg utáni bónusz elszámolva": "Framework volume bonus settled",
    "Közös megegyezéssel megszűnt a vevő átszervezése után.": "Ended by mutual agreement after the client's "
                                                              "reorganisation.",
    # returns
    "Sérült karton a raklap alján.": "Damaged carton at the bottom of the pallet.",
    "Szállítás közben összetört.": "Broken in transit.", "Penészes tételek a dobozban.": "Mouldy items in the box.",
    "A vevő panasza szerint nem friss.": "Not fresh, the client says.",
    "Lejárt szavatosságú tétel érkezett.": "Arrived past its best-before date.",
    "Más kiszerelést szállítottunk.": "We delivered another pack size.",
    "Nem rendelték, tévesen került a szállítmányba.": "Not ordered; packed into the delivery by mistake.",
    "Üzletbezárás miatt visszaküldve.": "Sent back: the shop is closing.",
    "A vevő kérésére visszavéve.": "Taken back at the client's request.",
    # complaints
    "A szállítmányból 2 karton hiányzott.": "Two cartons were missing from the delivery.",
    "Kevesebb darab érkezett, mint a szállítólevélen.": "Fewer pieces arrived than the delivery note says.",
    "Sérült csomagolás, a termék egy része kifolyt.": "Damaged packaging; some of the product leaked.",
    "Lejárt szavatosságú termék érkezett.": "The goods arrived past their best-before date.",
    "A szállítás három napot késett.": "The delivery was three days late.",
    "A megígért szállítási napon nem érkezett meg az áru.": "The goods did not arrive on the promised day.",
    "A számlán a megállapodottnál magasabb ár szerepel.": "The invoice shows a higher price than agreed.",
    "Az akciós árat nem kapta meg a vevő.": "The client was not given the promotional price.",
    "Az értékesítő nem hívta vissza a vevőt.": "The sales rep did not call the client back.",
    "A sofőr nem vitte be az árut a raktárba.": "The driver did not carry the goods into the warehouse.",
    "Pótszállítás elküldve, a hiányzó mennyiséget jóváírtuk.": "Replacement sent; the missing quantity credited.",
    "Jóváírást adtunk a hibás tételekre.": "We credited the faulty items.",
    "Bocsánatkérő levelet küldtünk, a következő szállítás elsőbbséget kap.": "We apologised in writing; the next "
                                                                              "delivery has priority.",
    "A szállítólevelet a vevő megjegyzés nélkül írta alá.": "The client signed the delivery note without remarks.",
    "A hiba a nem megfelelő tárolásból ered, a garancia nem terjed ki rá.": "The fault comes from improper storage, "
                                                                             "which the warranty does not cover.",
    # competitors
    "Országos tejtermék-nagykereskedő.": "Nationwide dairy wholesaler.",
    "Regionális nagykereskedő.": "Regional wholesaler.",
    "Országos disztribútor, erős a láncoknál.": "Nationwide distributor, strong with the chains.",
    "Vendéglátásra szakosodott beszállító.": "Supplier specialised in catering.",
    "Árlista": "Price list", "Vevő elmondása": "Told by the client", "Üzleti polc": "Shop shelf",
    "10% kedvezmény minden tejtermékre decemberben.": "10% off all dairy products in December.",
    "Ingyenes kiszállítás 50 000 Ft felett.": "Free delivery above HUF 50,000.",
    "Új, laktózmentes termékcsalád.": "A new lactose-free product line.",
    "Hosszabb fizetési határidőt ajánlott a vevőknek.": "Offered clients longer payment terms.",
}


def demo_words(language: str) -> Callable[[str], str]:
    """The function giving a demo text (written in Hungarian) in `language` ("hu" or "en")."""
    if language == "hu":
        return str
    return lambda text: ENGLISH.get(text, text)


def demo_language(locale_name: str | None) -> str:
    """The demo language for a locale name ("hu_HU" → "hu"; anything else → "en")."""
    return "hu" if (locale_name or "").lower().startswith("hu") else "en"
