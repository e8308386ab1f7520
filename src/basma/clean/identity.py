"""Who published an article and how to name it: outlet, canonical URL, id and content hash."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from basma.clean.data import Outlet, outlets
from basma.clean.fold import fold, normalise, squeeze

_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref", "amp", "output")


def host_of(url: str | None) -> str | None:
    """The URL's host without ``www.``, lower-cased; None for a missing or hostless URL."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    return host or None


def find_outlet(url: str | None, given: str | None) -> tuple[str | None, Outlet | None]:
    """The outlet's name and the known outlet entry, if basma knows it.

    A name the source gave is kept as written (a user's "النهار" stays "النهار"); without one, a
    known outlet's name is used, else the URL's host. The known entry carries the stable id and
    the time zone.
    """
    table = outlets()
    given = given.strip() if given else None
    if given and (known := table.by_name.get(fold(given))):
        return given, known
    host = host_of(url)
    if host:
        parts = host.split(".")
        for i in range(len(parts) - 1):
            known = table.by_host.get(".".join(parts[i:]))
            if known:
                return given or known.name, known
    return given or host, None


def canonical_url(url: str | None) -> str | None:
    """A URL in one spelling: lower-case host, no ``www.``, no fragment or tracking parameters."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = quote(unquote(parts.path), safe="/-._~!$&'()*+,;=:@%") or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    ]
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def normalised_text(text: str) -> str:
    """The text as compared for identity: normalised letters, single spaces."""
    return squeeze(normalise(text))


def content_hash(text: str, *, normalised: str | None = None) -> str:
    """SHA-256 of the normalised body: equal for copies that differ only in spelling variants.

    :param normalised: ``normalised_text(text)`` when the caller has it already.
    """
    folded = normalised if normalised is not None else normalised_text(text)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def article_id(url: str | None, text: str, *, normalised: str | None = None) -> str:
    """Stable id: a hash of the canonical URL when there is one, else of the normalised text."""
    canonical = canonical_url(url)
    if canonical:
        basis = f"url:{canonical}"
    else:
        basis = f"text:{normalised if normalised is not None else normalised_text(text)}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
