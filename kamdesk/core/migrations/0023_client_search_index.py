"""The client search reads SQLite's own full-text index: FTS5 with the trigram tokenizer over the folded text.

Until now the search kept every client's folded text in Python memory (over a
hundred megabytes and seconds of loading at a million clients). The virtual
table `client_search` indexes `client.search_text` by every three-character
piece, so a typed word of three or more characters is a substring match the
index answers. It is an external-content table (the text stays in `client`
only; the view `client_search_source` ends it with two line breaks, so that a
word of one or two characters is the start of the trigrams that hold it) kept
in step by triggers on insert, delete and a change of the text; an archived
client keeps its entry, the search's filters read `client` itself.
Case-sensitive: the text and the typed words are folded alike, so the match is
Python's `in`. A word held by thousands of clients is answered instead by
walking the name order until a page is full: the index `client_search_by_name`
holds the folded text beside the name key, so that walk reads the index alone
(a tenth of the time of fetching every row it passes); the matches of a word
held by fewer are sorted by name through `client_search_by_id`, which holds
what that needs beside the id (a third of the time of fetching each row by
its id). A SQLite build without
FTS5 or its trigram tokenizer (before 3.34) gets no index and the search
answers with LIKE (kamdesk.core.search_index).
PostgreSQL has its trigram indexes since 0012.
"""

from peewee import OperationalError, SqliteDatabase

PADDED = "search_text || char(10, 10)"  # every character has two after it: a word of one or two begins a trigram

STATEMENTS = (
    f"CREATE VIEW client_search_source AS SELECT id, {PADDED} AS search_text FROM client",
    "CREATE VIRTUAL TABLE client_search USING fts5(search_text, content='client_search_source', content_rowid='id', "
    "tokenize='trigram case_sensitive 1')",
    "CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN "
    f"INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.{PADDED}); END",
    "CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN "
    f"INSERT INTO client_search(client_search, rowid, search_text) VALUES ('delete', old.id, old.{PADDED}); END",
    "CREATE TRIGGER client_search_update AFTER UPDATE OF id, search_text ON client BEGIN "
    f"INSERT INTO client_search(client_search, rowid, search_text) VALUES ('delete', old.id, old.{PADDED}); "
    f"INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.{PADDED}); END",
    "INSERT INTO client_search(client_search) VALUES ('rebuild')",
    "CREATE INDEX client_search_by_name ON client (archived_at, name_key, id, search_text)",
    "CREATE INDEX client_search_by_id ON client (id, archived_at, name_key)",
)


def up(migrator, db):
    if not isinstance(db, SqliteDatabase) or not _trigram_available(db):
        return
    for statement in STATEMENTS:
        db.execute_sql(statement)


def _trigram_available(db) -> bool:
    try:
        db.execute_sql("CREATE VIRTUAL TABLE temp.client_search_probe USING fts5(x, tokenize='trigram')")
    except OperationalError:  # no such module (fts5), or no such tokenizer (trigram)
        return False
    db.execute_sql("DROP TABLE temp.client_search_probe")
    return True
