"""The clients' full-text index on SQLite as a derived structure: made after the migrations, taken off before.

The view, the triggers and the two covering indexes name `client`: a migration rebuilding that table (peewee's
table copy on SQLite) fails on the view and loses the triggers. So, like the audit triggers, they are taken off
before the migrations run and put back, with the index rebuilt from `client`, after (kamdesk.core.db). How the
search asks the index: kamdesk.core.search_index. No kamdesk imports here (the database module calls this).
"""

from __future__ import annotations

TABLE = "client_search"
PADDED = "search_text || char(10, 10)"  # every character has two after it: a word of one or two begins a trigram
SOURCE_VIEW = "client_search_source"
TRIGGERS = {
    "client_search_insert": "AFTER INSERT ON client BEGIN "
                            f"INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.{PADDED}); END",
    "client_search_delete": "AFTER DELETE ON client BEGIN INSERT INTO client_search(client_search, rowid, "
                            f"search_text) VALUES ('delete', old.id, old.{PADDED}); END",
    "client_search_update": "AFTER UPDATE OF id, search_text ON client BEGIN INSERT INTO client_search("
                            f"client_search, rowid, search_text) VALUES ('delete', old.id, old.{PADDED}); "
                            f"INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.{PADDED}); END",
}
COVERING = {"client_search_by_name": "client (archived_at, name_key, id, search_text)",
            "client_search_by_id": "client (id, archived_at, name_key)"}


def remove_sqlite(connection) -> None:
    """Take off what names `client` before migrations (nothing when the index was never made)."""
    for trigger in TRIGGERS:
        connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.execute(f"DROP VIEW IF EXISTS {SOURCE_VIEW}")


def install_sqlite(connection) -> None:
    """After migrations: the index, its view, triggers and covering indexes, filled from `client` — where the
    build has FTS5 with its trigram tokenizer (else the search answers with LIKE)."""
    if not trigram_available(connection):
        return
    connection.execute(f"CREATE VIEW IF NOT EXISTS {SOURCE_VIEW} AS SELECT id, {PADDED} AS search_text FROM client")
    connection.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(search_text, "
                       f"content='{SOURCE_VIEW}', content_rowid='id', tokenize='trigram case_sensitive 1')")
    for trigger, body in TRIGGERS.items():
        connection.execute(f"CREATE TRIGGER IF NOT EXISTS {trigger} {body}")
    for index, columns in COVERING.items():
        connection.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {columns}")
    connection.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def trigram_available(connection) -> bool:
    """Whether this SQLite build has FTS5 and its trigram tokenizer (3.34 and later)."""
    try:
        connection.execute("CREATE VIRTUAL TABLE temp.client_search_probe USING fts5(x, tokenize='trigram')")
    except Exception as error:  # no such module (fts5) or no such tokenizer (trigram): sqlite3's or sqlcipher3's
        if "no such" in str(error) or "tokenizer" in str(error):
            return False
        raise
    connection.execute("DROP TABLE temp.client_search_probe")
    return True
