"""RSS and Atom feeds: each entry becomes an article, from its linked page when that page was
saved alongside the feed, otherwise from the entry's own content or summary.

A saved page belongs to an entry when its canonical URL (``<link rel="canonical">`` or
``og:url``) equals the entry's link, or when its file name is the last segment of the link.
Pages claimed this way are not read a second time as standalone files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import feedparser

from basma.clean.decode import MAX_BYTES
from basma.clean.identity import canonical_url
from basma.errors import EmptyInput, MalformedInput, TooLarge
from basma.ingest.detect import by_extension
from basma.ingest.raw import RawDocument
from basma.records import Rejection

_CANONICAL = re.compile(
    rb"""<(?:link[^>]+rel=["']canonical["'][^>]+href|meta[^>]+property=["']og:url["'][^>]+content)=["']([^"']+)""",
    re.IGNORECASE,
)


@dataclass
class Feed:
    """A parsed feed and, per entry index, the saved page that holds the entry's article."""

    ref: str
    entries: list[Any]
    pages: dict[int, Path]
    title: str | None
    problem: str | None = None


def _page_index(folder: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    """Saved HTML pages near a feed, by canonical URL and by file stem."""
    by_url: dict[str, Path] = {}
    by_stem: dict[str, Path] = {}
    candidates = sorted(p for p in folder.glob("*") if p.is_file()) + sorted(folder.glob("*/*"))
    for path in candidates:
        if not path.is_file() or by_extension(path.name) != "html":
            continue
        by_stem.setdefault(path.name.rsplit(".", 1)[0].lower(), path)
        with path.open("rb") as fh:
            head = fh.read(65536)
        if match := _CANONICAL.search(head):
            url = canonical_url(match.group(1).decode("utf-8", "ignore"))
            if url:
                by_url.setdefault(url, path)
    return by_url, by_stem


def parse_feed(path: Path | None, data: bytes, ref: str) -> Feed:
    """Parse the feed and match its entries to saved pages in the feed's folder."""
    parsed = feedparser.parse(data)
    entries = list(parsed.entries)
    title = parsed.feed.get("title") if parsed.feed else None
    feed = Feed(ref=ref, entries=entries, pages={}, title=title)
    if not entries:
        reason = parsed.get("bozo_exception") or "no entries"
        feed.problem = f"{ref}: not a readable RSS/Atom feed ({reason})"
        return feed
    if path is None:
        return feed
    by_url, by_stem = _page_index(path.parent)
    for index, entry in enumerate(entries):
        link = entry.get("link")
        if not link:
            continue
        page = by_url.get(canonical_url(link) or "")
        if page is None:
            segment = unquote(urlsplit(link).path.rstrip("/").rsplit("/", 1)[-1]).lower()
            page = by_stem.get(segment.rsplit(".", 1)[0]) if segment else None
        if page is not None and page != path:
            feed.pages[index] = page
    return feed


def _entry_fields(entry: Any, feed_title: str | None) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, name in (("url", "link"), ("title", "title"), ("author", "author")):
        if entry.get(name):
            fields[key] = entry.get(name)
    published = entry.get("published") or entry.get("updated")
    if published:
        fields["published_at"] = published
    tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
    if tags:
        fields["tags"] = tags
    if feed_title:
        fields["feed_title"] = feed_title
    return fields


def read_feed(feed: Feed) -> Iterator[RawDocument | Rejection]:
    """One RawDocument per entry (from its saved page when there is one)."""
    if feed.problem:
        yield Rejection(feed.ref, "ingest", MalformedInput.code, feed.problem)
        return
    for index, entry in enumerate(feed.entries):
        ref = f"{feed.ref}#entry{index + 1}"
        fields = _entry_fields(entry, feed.title)
        page = feed.pages.get(index)
        if page is not None:
            if page.stat().st_size > MAX_BYTES:
                yield Rejection(
                    f"{ref}>{page}", "ingest", TooLarge.code, f"{page}: over the {MAX_BYTES}-byte limit"
                )
                continue
            yield RawDocument(input_ref=f"{ref}>{page}", content=page.read_bytes(), fmt="html", fields=fields)
            continue
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary")
        if not body or not str(body).strip():
            yield Rejection(
                ref, "ingest", EmptyInput.code, f"{ref}: the entry has no content and no saved page"
            )
            continue
        yield RawDocument(input_ref=ref, content=str(body), fmt="html", fields=fields)
