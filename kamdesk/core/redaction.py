"""Passwords kept out of what kamdesk shows and writes: messages, logs, window titles.

Two guards, so that one forgotten path does not leak a password:

- `redacted_url` shows a database URL without its password, wherever the URL
  puts it: `user:password@host`, a `password=` or `sslpassword=` query
  parameter, or a libpq keyword string (`host=… password=…`).
- `remember_secret` notes each password and passphrase the process is given
  (the URL's, a dialog's, $KAMDESK_PASSWORD, the keyring's); `scrub` takes every
  noted one out of a text. The CLI and the window pass what they show through
  it, and `ScrubbingFormatter` does so for every log line, its traceback included.
"""

from __future__ import annotations

import logging
import re
import threading
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

MASK = "***"
SHOWN_URL_LENGTH = 200  # a message quotes at most this much of a URL
MIN_SECRET_LENGTH = 3  # shorter "passwords" would mask ordinary letters of every message
SECRET_PARAMETERS = ("password", "sslpassword")

_KEYWORD_SECRET = re.compile(r"\b(password|sslpassword)(\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)", re.IGNORECASE)
_TRAILING = ".,;:)\"'"  # punctuation after a keyword's value belongs to the sentence
_secrets: set[str] = set()
_lock = threading.Lock()


def remember_secret(value: str | None) -> None:
    """Take `value` out of every text `scrub` is given from now on, in this process."""
    if value and len(value) >= MIN_SECRET_LENGTH:
        with _lock:
            _secrets.add(value)


def forget_secrets() -> None:
    """Forget the noted secrets (tests; a new session)."""
    with _lock:
        _secrets.clear()


def scrub(text: str) -> str:
    """`text` with every noted secret and every `password=…` replaced by ***."""
    if not text:
        return text
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)  # the longest first: one may contain another
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return _KEYWORD_SECRET.sub(_masked_keyword, text)


def _masked_keyword(match: re.Match) -> str:
    value = match.group(3)
    kept = "" if value.startswith("'") else value[len(value.rstrip(_TRAILING)):]
    return match.group(1) + match.group(2) + MASK + kept


def redacted_url(url: str) -> str:
    """`url` fit to show: no password in it (user info, query, keyword string), no longer than a line or two."""
    url = url if len(url) <= SHOWN_URL_LENGTH else url[:SHOWN_URL_LENGTH] + "…"
    if "://" not in url:
        return scrub(url)  # a libpq keyword string or a path: no user info, but maybe password=…
    scheme, _, rest = url.partition("://")
    credentials, at, place = rest.rpartition("@")
    if at and ":" in credentials:  # "user:password@": masked whatever the password holds ("#", "/", "?", "@")
        url = f"{scheme}://{credentials.partition(':')[0]}:{MASK}@{place}"
    try:
        parts = urlsplit(url)
    except ValueError:  # not even a URL: it may still hold a password, so show only its scheme
        return scheme + "://…"
    if not _has_secret_parameter(parts.query):
        return scrub(url)
    return scrub(urlunsplit(parts._replace(query=_query_without_secrets(parts.query))))


def _userinfo_password(url: str) -> str | None:
    """The password of "scheme://user:password@…", read up to the last "@" (urlsplit stops at "#", "/", "?")."""
    credentials, at, _place = url.partition("://")[2].rpartition("@")
    if not at or ":" not in credentials:
        return None
    return unquote(credentials.partition(":")[2])


def _has_secret_parameter(query: str) -> bool:
    return any(key.lower() in SECRET_PARAMETERS for key, _ in parse_qsl(query, keep_blank_values=True))


def _query_without_secrets(query: str) -> str:
    if not _has_secret_parameter(query):
        return query
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode([(key, MASK if key.lower() in SECRET_PARAMETERS else value) for key, value in pairs], safe="*")


def url_secrets(url: str) -> list[str]:
    """The passwords a URL carries (user info and query parameters), to `remember_secret` them."""
    password = _userinfo_password(url)
    found = [password, password and quote(password, safe="")] if password else []
    try:
        found += [value for key, value in parse_qsl(urlsplit(url).query) if key.lower() in SECRET_PARAMETERS]
    except ValueError:
        pass
    return found + [m.group(3).strip("'").rstrip(_TRAILING) for m in _KEYWORD_SECRET.finditer(url)]


class ScrubbingFormatter(logging.Formatter):
    """Formats a record with the handler's own formatter, then scrubs the text (message and traceback alike).

    The record itself is left alone: another handler may format it its own way
    (the log of an encrypted database leaves the errors' messages out).
    """

    def __init__(self, inner: logging.Formatter | None):
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        return scrub(self.inner.format(record))


def guard_log_handlers(logger: logging.Logger | None = None) -> None:
    """Scrub what every handler of `logger` (the root logger by default) writes; a handler guarded stays so once."""
    for handler in (logger or logging.getLogger()).handlers:
        if not isinstance(handler.formatter, ScrubbingFormatter):
            handler.setFormatter(ScrubbingFormatter(handler.formatter))
