"""Does the database's schema equal what the models expect? Tables, columns, types, indexes.

An edited or forgotten migration leaves a database whose schema differs from the
models; the app would then fail far from the cause. `differences(db)` lists every
difference in plain words; `kamdesk check` and a test of the migrations use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import SchemaManager, SqliteDatabase, sort_models

IGNORED_TABLES = ("schema_migration", "kamdesk_backup")
INDEX_TABLES = "client_search"  # the search's own index and tables (migration 0023, SQLite only): not the models'


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool
    primary_key: bool


@dataclass(frozen=True)
class Table:
    columns: dict[str, Column]
    indexes: frozenset[tuple[tuple[str, ...], bool]]  # (columns, unique)


def model_schema() -> dict[str, Table]:
    """The schema the models would create, read back from a database made in memory.

    The models stay bound to the open database: the check runs on a worker after the start while other
    threads read and write through them (rebinding them would send those to the scratch database).
    """
    from kamdesk.core.models import ALL_MODELS

    scratch = SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    for model in sort_models(ALL_MODELS):
        SchemaManager(model, database=scratch).create_all()
    return read_schema(scratch)


def read_schema(db) -> dict[str, Table]:
    """Tables with their columns and indexes, as SQLite or PostgreSQL reports them."""
    tables = {}
    for name in db.get_tables():
        if name in IGNORED_TABLES or name.startswith(("sqlite_", INDEX_TABLES)):
            continue
        columns = {c.name: Column(c.name, _type(c.data_type), not c.null, c.primary_key)
                   for c in db.get_columns(name)}
        indexes = frozenset((tuple(index.columns), index.unique) for index in db.get_indexes(name)
                            if not index.name.startswith(INDEX_TABLES))
        tables[name] = Table(columns, indexes)
    return tables


def _type(data_type: str) -> str:
    return (data_type or "").upper().split("(")[0].strip()


def differences(db) -> list[str]:
    """Every way the schema of `db` differs from the models'; empty when they agree."""
    return compare(model_schema(), read_schema(db))


def compare(expected: dict[str, Table], actual: dict[str, Table]) -> list[str]:
    found = [f"table {name} is missing" for name in sorted(expected.keys() - actual.keys())]
    found += [f"table {name} is not in the models" for name in sorted(actual.keys() - expected.keys())]
    for name in sorted(expected.keys() & actual.keys()):
        found += _compare_table(name, expected[name], actual[name])
    return found


def _compare_table(name: str, expected: Table, actual: Table) -> list[str]:
    found = [f"column {name}.{c} is missing" for c in sorted(expected.columns.keys() - actual.columns.keys())]
    found += [f"column {name}.{c} is not in the models"
              for c in sorted(actual.columns.keys() - expected.columns.keys())]
    for column in sorted(expected.columns.keys() & actual.columns.keys()):
        want, have = expected.columns[column], actual.columns[column]
        if want != have:
            found.append(f"column {name}.{column} is {_describe(have)}, the models say {_describe(want)}")
    for columns, unique in sorted(expected.indexes - actual.indexes):
        found.append(f"{'unique ' if unique else ''}index on {name}({', '.join(columns)}) is missing")
    for columns, unique in sorted(actual.indexes - expected.indexes):
        found.append(f"{'unique ' if unique else ''}index on {name}({', '.join(columns)}) is not in the models")
    return found


def _describe(column: Column) -> str:
    return f"{column.type}{' NOT NULL' if column.not_null else ''}{' PRIMARY KEY' if column.primary_key else ''}"
