"""A handful of the service tests again, on an encrypted database (the laptop's replica): orders saved and
numbered (also from threads, each with its own keyed connection), credit control, client search and the
client's validation behave as on a plain file.

The tests are the service modules' own, imported here: this module's `db` fixture gives them a migrated
encrypted file, a copy of one made once per run (the copies share its salt, so its key opens them).
"""

from __future__ import annotations

import shutil

import pytest

from kamdesk.core import cipher
from kamdesk.core import db as kdb
from tests.core.services.test_client_search import (  # noqa: F401 (the tests and their fixture run here)
    clients,
    test_filters,
    test_sort_orders,
    test_typed_text_finds,
)
from tests.core.services.test_party import (  # noqa: F401
    test_duplicate_tax_number_is_refused_with_the_match,
    test_failed_save_leaves_nothing_behind,
)
from tests.core.services.test_sale import (  # noqa: F401
    shop_client,
    test_credit_limit_refusal_shows_the_figures_and_a_head_can_override,
    test_lines_are_priced_at_the_clients_derived_column,
    test_numbers_stay_unique_under_concurrent_saves,
    test_partial_shipments_then_delivered_and_the_transition_table,
)

pytestmark = pytest.mark.sqlite_only("the encrypted replica is a SQLite file")

PASSPHRASE = "laptop-passphrase-1"


@pytest.fixture(scope="session")
def encrypted_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("encrypted") / "replica.db"
    kdb.connect(f"sqlite:///{path}", passphrase=PASSPHRASE, create_encrypted=True).close()
    return path


@pytest.fixture
def db(encrypted_template, tmp_path, monkeypatch):
    """A migrated encrypted database bound to the proxy, unlocked with its passphrase."""
    path = tmp_path / "replica.db"
    shutil.copyfile(encrypted_template, path)
    monkeypatch.setenv(kdb.ENV_VAR, f"sqlite:///{path}")
    monkeypatch.delenv(cipher.PASSPHRASE_VAR, raising=False)
    cipher.forget_keys()
    database = kdb.connect(f"sqlite:///{path}", passphrase=PASSPHRASE)
    assert kdb.is_encrypted(path) and isinstance(database, cipher.CipherMixin)
    yield database
    database.close()
