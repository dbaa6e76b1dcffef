"""Points in a sync where the tests stop it as a crash or a cut network would (no effect otherwise)."""

from __future__ import annotations

from collections.abc import Callable

_hook: list[Callable[[str], None]] = []


def point(name: str) -> None:
    """Reached `name` ("batch_cut", "server_applied", "pushed", "pulled_read", "pull_written" ...)."""
    for hook in _hook:
        hook(name)


def set_hook(hook: Callable[[str], None] | None) -> None:
    _hook.clear()
    if hook is not None:
        _hook.append(hook)
