"""How the archive stores link and image URLs: as IRIs (percent-escapes of UTF-8 decoded, so
an Arabic slug takes 2 bytes a letter instead of 6), the original bytes recoverable exactly.

`stored(url)` is the IRI when encoding it again (`original`) gives `url` back byte for byte;
any other URL (lowercase escapes, escapes of what needs none, raw non-ASCII ...) is kept as
it is behind a leading "=", a character no absolute URL starts with. So
`original(stored(url)) == url` for every string.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

VERBATIM = "="
# Runs of escapes of bytes >= 0x80: only these are decoded (an escaped "/" or "%" stays).
_HIGH_ESCAPES = re.compile(r"(?:%[89A-F][0-9A-F])+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# The canonical URL stored when it is the article's URL (a column of "=" instead of a copy).
SAME_AS_URL = VERBATIM


def _decode(match: re.Match[str]) -> str:
    run = match.group()
    try:
        return bytes.fromhex(run.replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return run


def to_iri(url: str) -> str:
    """`url` with its escaped UTF-8 (non-ASCII) characters decoded."""
    return _HIGH_ESCAPES.sub(_decode, url)


def to_uri(iri: str) -> str:
    """`iri` with its non-ASCII characters escaped as UTF-8, uppercase hex."""
    return _NON_ASCII.sub(lambda m: quote(m.group(), safe=""), iri)


def stored(url: str | None) -> str | None:
    """The stored form of `url`: its IRI, or the URL verbatim behind "=" (see module doc)."""
    if url is None:
        return None
    iri = to_iri(url)
    if not iri.startswith(VERBATIM) and to_uri(iri) == url and to_iri(iri) == iri:
        return iri
    return VERBATIM + url


def original(value: str | None) -> str | None:
    """The URL exactly as it was given to `stored`."""
    if value is None:
        return None
    if value.startswith(VERBATIM):
        return value[len(VERBATIM):]
    return to_uri(value)


def readable(value: str | None) -> str | None:
    """A stored URL as a person reads it (fully percent-decoded)."""
    return None if value is None else unquote(original(value) or "")


def stored_canonical(canonical: str | None, url: str) -> str | None:
    """The stored canonical URL: "=" when it is the article's URL, else its stored form."""
    return SAME_AS_URL if canonical == url else stored(canonical)


def canonical(value: str | None, url: str) -> str | None:
    """The canonical URL a stored value stands for."""
    return url if value == SAME_AS_URL else original(value)
