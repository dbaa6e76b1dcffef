"""The client search reads SQLite's own full-text index: FTS5 with the trigram tokenizer over the folded text.

Until now the search kept every client's folded text in Python memory (over a hundred megabytes and seconds
of loading at a million clients). The virtual table `client_search` indexes `client.search_text` by every
three-character piece, so a typed word of three or more characters is a substring match the index answers;
the view `client_search_source` ends the text with two line breaks, so that a word of one or two characters is
the start of the trigrams that hold it; triggers keep it in step; `client_search_by_name` and
`client_search_by_id` let the search walk or sort without reading client rows (kamdesk.core.search_index).

The index names `client`, and a later migration may rebuild that table: so the index is a derived structure,
like the audit triggers — taken off before the migrations run and put back, rebuilt from `client`, after them
(`kamdesk.core.db._migrate_audited`, `search_schema.install_sqlite`). This migration only marks the schema that
has it; a SQLite build without FTS5 or its trigram tokenizer gets no index and the search answers with LIKE.
PostgreSQL has its trigram indexes since 0012.
"""


def up(migrator, db):
    """Nothing here: the index is made after the migrations (see the module's docstring)."""
