"""Encrypted test databases: no key known between tests, and a file made, filled and closed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kamdesk.core import cipher
from kamdesk.core import db as kdb


@pytest.fixture
def no_known_keys(monkeypatch):
    """No passphrase in the environment and no key kept from another test."""
    monkeypatch.delenv(cipher.PASSPHRASE_VAR, raising=False)
    cipher.forget_keys()
    yield
    kdb.close()
    cipher.forget_keys()


def encrypted_file(path: Path, passphrase: str, fill: Callable[[], None]) -> Path:
    """A migrated encrypted database at `path`, filled by `fill`, closed, its key forgotten."""
    kdb.connect(f"sqlite:///{path}", passphrase=passphrase, create_encrypted=True)
    fill()
    kdb.close()
    cipher.forget_keys()
    return path
