"""Numbered schema migrations, applied in order by peewee's runner (see kamdesk.core.db).

Each file is frozen once released: a schema change is a new file.
"""
