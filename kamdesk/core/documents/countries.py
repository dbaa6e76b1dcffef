"""Country names in a document's language, for addresses and the governing-law clause.

Documents print "Czech Republic" / "Csehország", not the stored two-letter code;
a code this table does not know is printed as it is.
"""

from __future__ import annotations

# code → (English, Hungarian, Russian)
COUNTRY_NAMES: dict[str, tuple[str, str, str]] = {
    "AT": ("Austria", "Ausztria", "Австрия"),
    "BE": ("Belgium", "Belgium", "Бельгия"),
    "BG": ("Bulgaria", "Bulgária", "Болгария"),
    "BY": ("Belarus", "Fehéroroszország", "Беларусь"),
    "CH": ("Switzerland", "Svájc", "Швейцария"),
    "CY": ("Cyprus", "Ciprus", "Кипр"),
    "CZ": ("Czech Republic", "Csehország", "Чехия"),
    "DE": ("Germany", "Németország", "Германия"),
    "DK": ("Denmark", "Dánia", "Дания"),
    "EE": ("Estonia", "Észtország", "Эстония"),
    "ES": ("Spain", "Spanyolország", "Испания"),
    "FI": ("Finland", "Finnország", "Финляндия"),
    "FR": ("France", "Franciaország", "Франция"),
    "GB": ("United Kingdom", "Egyesült Királyság", "Великобритания"),
    "GR": ("Greece", "Görögország", "Греция"),
    "HR": ("Croatia", "Horvátország", "Хорватия"),
    "HU": ("Hungary", "Magyarország", "Венгрия"),
    "IE": ("Ireland", "Írország", "Ирландия"),
    "IT": ("Italy", "Olaszország", "Италия"),
    "KZ": ("Kazakhstan", "Kazahsztán", "Казахстан"),
    "LT": ("Lithuania", "Litvánia", "Литва"),
    "LU": ("Luxembourg", "Luxemburg", "Люксембург"),
    "LV": ("Latvia", "Lettország", "Латвия"),
    "MD": ("Moldova", "Moldova", "Молдова"),
    "MT": ("Malta", "Málta", "Мальта"),
    "NL": ("Netherlands", "Hollandia", "Нидерланды"),
    "NO": ("Norway", "Norvégia", "Норвегия"),
    "PL": ("Poland", "Lengyelország", "Польша"),
    "PT": ("Portugal", "Portugália", "Португалия"),
    "RO": ("Romania", "Románia", "Румыния"),
    "RS": ("Serbia", "Szerbia", "Сербия"),
    "RU": ("Russia", "Oroszország", "Россия"),
    "SE": ("Sweden", "Svédország", "Швеция"),
    "SI": ("Slovenia", "Szlovénia", "Словения"),
    "SK": ("Slovakia", "Szlovákia", "Словакия"),
    "UA": ("Ukraine", "Ukrajna", "Украина"),
    "US": ("United States", "Egyesült Államok", "США"),
}
_COLUMN = {"en": 0, "hu": 1, "ru": 2}


def country_name(code: str, language: str) -> str:
    """The name of country `code` ("CZ") in `language` ("en", "hu", "ru"); the code itself when unknown."""
    code = (code or "").strip().upper()
    names = COUNTRY_NAMES.get(code)
    return names[_COLUMN.get(language, 0)] if names else code
