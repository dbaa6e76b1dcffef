"""Clients sort by city ignoring case and accents: a stored folded city, filled for existing rows."""

import unicodedata

from peewee import CharField

_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})


def _fold(text):
    # frozen copy of kamdesk.core.text_fold.fold as of this migration
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_EXTRA)


def up(migrator, db):
    migrator.migrate(migrator.add_column("client", "city_key", CharField(default="")))
    rows = db.execute_sql("SELECT id, legal_city FROM client").fetchall()
    cursor = db.cursor()
    cursor.executemany(f"UPDATE client SET city_key = {db.param} WHERE id = {db.param}",
                       [(_fold(city), row_id) for row_id, city in rows])
    migrator.migrate(migrator.add_index("client", ("archived_at", "city_key"), False))
