"""The history's `sent_mail.sent_copy` holds why the Sent copy failed as its message's template and parameters
(to be shown in the desk's language), longer than the 200 characters of 0025: 2000 now.

Only PostgreSQL checks a VARCHAR's length; SQLite keeps any length, and its column's declared type stays.
"""

from peewee import PostgresqlDatabase


def up(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("ALTER TABLE sent_mail ALTER COLUMN sent_copy TYPE varchar(2000)")
