"""psycopg stays out of a desk's start and arrives when a server database is opened."""

import subprocess
import sys

from kamdesk.core import db as kdb

PROBE = """
import sys
import kamdesk.cli, kamdesk.core.db, kamdesk.core.models
print("psycopg" in sys.modules)
"""


def test_a_desk_start_does_not_load_psycopg():
    loaded = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "False"


def test_a_server_url_opens_after_a_start_without_psycopg(pg_url):
    probe = ("import sys; from kamdesk.core import db; assert 'psycopg' not in sys.modules; "
             f"d = db.connect({pg_url!r}); print(d.execute_sql('SELECT 40 + 2').fetchone()[0])")
    answer = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert answer.stdout.strip() == "42", answer.stderr
    kdb.close()
