"""Two programs saving into one file: a transaction that reads before it writes waits its turn."""

import sqlite3
import threading

from kamdesk.core.models import Segment
from kamdesk.core.db import database


def test_a_read_then_write_transaction_waits_for_another_programs_write(db, tmp_path):
    """What an import does (reads the clients, then writes) while another kamdesk saves."""
    other = sqlite3.connect(db.database, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO segment (name) VALUES ('A másik program')")
    started = threading.Event()

    def finish_the_other_save():
        started.wait(5)
        threading.Event().wait(0.3)  # still writing while ours begins
        other.execute("COMMIT")

    thread = threading.Thread(target=finish_the_other_save)
    thread.start()
    try:
        started.set()
        with database.atomic():
            existing = Segment.select().count()
            Segment.create(name=f"Importált {existing}")
    finally:
        thread.join()
        other.close()
    assert sorted(s.name for s in Segment.select()) == ["A másik program", "Importált 1"]
