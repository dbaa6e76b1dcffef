"""An amount of money in words, as printed under an offer's gross total ("say: ...").

`amount_in_words(Decimal("123456"), "HUF", "hu")` → "százhuszonháromezer-négyszázötvenhat forint".
The number words come from num2words (its cardinals for "hu", "ru" and "en"); the
currency names and their forms are kept here, so Russian gets the right plural
and gender (одна копейка, две копейки, пять копеек) and Hungarian the singular
after a number. Hungarian numbers are num2words' with its twos mended (`hungarian_cardinal`):
"két" inside a compound (tizenkétezer, kétszáznyolcvankétezer) and before a noun
(tizenkét forint), "kettő" only at the end of a number standing alone. The minor
unit (cent, fillér, копейка) is spelled only when it is not zero and the currency
uses one (`money.minor_digits`); the amount is first rounded half up to the
currency's minor unit.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kamdesk.core.money import minor_digits

LANGUAGES = ("en", "hu", "ru")

# currency → (major, minor); English: (singular, plural); Hungarian: one form;
# Russian: (one, few, many) and the gender of the noun ("m"/"f") for the number word.
_EN = {"HUF": (("forint", "forints"), ("fillér", "fillérs")), "EUR": (("euro", "euro"), ("cent", "cent")),
       "USD": (("dollar", "dollars"), ("cent", "cents")), "RUB": (("rouble", "roubles"), ("kopeck", "kopecks")),
       "GBP": (("pound", "pounds"), ("penny", "pence")), "CZK": (("koruna", "korunas"), ("haléř", "haléřs")),
       "PLN": (("zloty", "zlotys"), ("grosz", "groszy"))}
_HU = {"HUF": ("forint", "fillér"), "EUR": ("euró", "cent"), "USD": ("dollár", "cent"), "RUB": ("rubel", "kopejka"),
       "GBP": ("font", "penny"), "CZK": ("korona", "haléř"), "PLN": ("zloty", "grosz")}
_RU = {"HUF": (("форинт", "форинта", "форинтов", "m"), ("филлер", "филлера", "филлеров", "m")),
       "EUR": (("евро", "евро", "евро", "m"), ("цент", "цента", "центов", "m")),
       "USD": (("доллар", "доллара", "долларов", "m"), ("цент", "цента", "центов", "m")),
       "RUB": (("рубль", "рубля", "рублей", "m"), ("копейка", "копейки", "копеек", "f")),
       "GBP": (("фунт", "фунта", "фунтов", "m"), ("пенни", "пенни", "пенни", "m")),
       "CZK": (("крона", "кроны", "крон", "f"), ("геллер", "геллера", "геллеров", "m")),
       "PLN": (("злотый", "злотых", "злотых", "m"), ("грош", "гроша", "грошей", "m"))}


def amount_in_words(amount: Decimal, currency: str, language: str) -> str:
    """`amount` of `currency` spelled out in `language` ("en", "hu" or "ru"); an unknown currency keeps its code."""
    from num2words import num2words  # only documents need it

    language = language if language in LANGUAGES else "en"
    currency = (currency or "").upper()
    digits = minor_digits(currency)
    value = Decimal(amount).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    negative = value < 0
    value = abs(value)
    major = int(value)
    minor = int((value - major).scaleb(digits)) if digits else 0
    parts = [_spell(num2words, major, currency, language, 0)]
    if minor:
        parts.append(_spell(num2words, minor, currency, language, 1))
    text = ", ".join(parts) if language != "hu" else " ".join(parts)
    if negative:
        text = {"en": "minus ", "hu": "mínusz ", "ru": "минус "}[language] + text
    return text


def _spell(num2words, number: int, currency: str, language: str, which: int) -> str:
    if language == "ru":
        forms = _RU.get(currency)
        if forms is None:
            return f"{num2words(number, lang='ru')} {currency if which == 0 else ''}".strip()
        one, few, many, gender = forms[which]
        return f"{num2words(number, lang='ru', gender=gender)} {russian_plural(number, one, few, many)}"
    if language == "hu":
        names = _HU.get(currency)
        noun = names[which] if names else (currency if which == 0 else "")
        return f"{hungarian_cardinal(number, before_noun=bool(noun))} {noun}".strip()
    names = _EN.get(currency)
    words = num2words(number, lang="en")
    if names is None:
        return f"{words} {currency if which == 0 else ''}".strip()
    singular, plural = names[which]
    return f"{words} {singular if number == 1 else plural}"


def hungarian_cardinal(number: int, before_noun: bool = False) -> str:
    """`number` in Hungarian words: 282119 → "kétszáznyolcvankétezer-száztizenkilenc", 2002 → "kétezer-kettő".

    num2words writes the groups and the hyphens above 2000 right, but its twos at random
    ("tizenkettőezer", "ezerkét"): every two becomes "két", and a final one "kettő" unless a noun follows.
    """
    from num2words import num2words

    words = num2words(number, lang="hu").replace("kettő", "két")
    if words.endswith("két") and not before_noun:
        words = words[: -len("két")] + "kettő"
    return words


def russian_plural(number: int, one: str, few: str, many: str) -> str:
    """рубль / рубля / рублей by the number's last digits."""
    if number % 100 in range(11, 15):
        return many
    last = number % 10
    return one if last == 1 else few if last in (2, 3, 4) else many
