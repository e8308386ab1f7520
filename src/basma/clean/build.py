"""From one raw document to one Article: the clean stage's entry point.

Steps, in order: (1) decode bytes, (2) extract and clean the body (HTML through trafilatura and the
Arabic post-filter, text and records through the line cleaner), (3) settle the metadata the source
gave against what the page says (the source wins), (4) identify the language, (5) name the
article (id from the canonical URL, else from the text; content hash of the normalised body).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import PurePath
from typing import Any

from basma.clean.data import outlets
from basma.clean.decode import MAX_BYTES, decode
from basma.clean.fold import fold
from basma.clean.furniture import byline
from basma.clean.html import extract
from basma.clean.identity import article_id, content_hash, find_outlet, normalised_text
from basma.clean.langid import identify
from basma.clean.lines import CleanText, clean_lines
from basma.clean.pubdate import localise, parse_value
from basma.errors import EmptyInput, NoBody, TooLarge
from basma.ingest.raw import RawDocument
from basma.records import Article

_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.IGNORECASE)


def _text_of(raw: RawDocument) -> tuple[str, str | None]:
    content = raw.content
    if isinstance(content, bytes):
        hint = raw.fields.get("charset")
        return decode(content, input_ref=raw.input_ref, hint=hint if isinstance(hint, str) else None)
    if len(content) > MAX_BYTES:
        raise TooLarge(f"{len(content)} characters is over the {MAX_BYTES} limit", input_ref=raw.input_ref)
    return content, None


def _given(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


_CREDIT_MARKS = re.compile(r"[«»:|]|وكالات|مراسل|\s[-–—ـ]\s")


def _author(name: str | None, outlet_names: tuple[str | None, ...] = ()) -> str | None:
    """A person's name from a page's author field, or None when the field is a credit line.

    Sites put "كتب:" or "بقلم" before the name, and many fill the field with a credit such as
    "واشنطن: «الشرق الأوسط»" or "هسبريس - وكالات", which names a place and the outlet, not a person.
    """
    if not name:
        return None
    name = (byline(name) or byline(f"{name}:") or name).strip()
    folded = fold(name)
    if len(name.split()) < 2 or _CREDIT_MARKS.search(name):
        return None
    if any(other and fold(other) and fold(other) in folded for other in outlet_names):
        return None
    return name or None


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    if isinstance(value, (list, tuple)):
        return tuple(str(t).strip() for t in value if str(t).strip())
    return ()


def _outlet_from_name(input_ref: str) -> str | None:
    """A known outlet named at the start of the file name (``annahar-2025-11-18-....txt``)."""
    stem = PurePath(input_ref.split("#", 1)[0].split(":", 1)[0]).name
    first = re.split(r"[-_. ]", stem, maxsplit=1)[0]
    return first if first and fold(first) in outlets().by_name else None


def build_article(raw: RawDocument) -> Article:
    """Turn one raw document into a cleaned, identified Article.

    :raises EmptyInput, BinaryInput, EncodingProblem, TooLarge: when the input is not readable text.
    :raises NoBody: when nothing of an article remains after cleaning.
    """
    # 1. decode
    text, encoding = _text_of(raw)
    if not text.strip():
        raise EmptyInput("the input holds no text", input_ref=raw.input_ref)
    fields = raw.fields
    given_title = _given(fields, "title")
    url = _given(fields, "url")
    # 2. extract and clean
    meta_section = meta_author = page_url = page_site = None
    page_tags: tuple[str, ...] = ()
    page_published: datetime | None = None
    if raw.fmt == "html" or (raw.fmt == "record" and _LOOKS_HTML.match(text)):
        page = extract(text, url=url, title=given_title)
        clean: CleanText = page.clean
        meta_section, meta_author, page_url = page.meta.section, page.meta.author, page.meta.url
        page_site, page_tags, page_published = page.meta.site, tuple(page.meta.tags), page.meta.published_at
    else:
        clean = clean_lines(text.splitlines(), title=given_title)
    if not clean.body.strip():
        raise NoBody("nothing of an article is left after removing page furniture", input_ref=raw.input_ref)
    # 3. metadata: what the source gave wins over what the page says
    url = url or page_url
    outlet, known = find_outlet(url, _given(fields, "outlet") or page_site)
    if known is None and not _given(fields, "outlet") and (named := _outlet_from_name(raw.input_ref)):
        _, known = find_outlet(None, named)
        outlet = known.name if known else outlet
    published = parse_value(fields.get("published_at"))
    published_from = "source" if published else None
    # a page's markup (article:published_time, <time>) is more exact than a line of its text
    if published is None and page_published is not None and page_published.tzinfo is not None:
        published, published_from = page_published, "page"
    if published is None and clean.dateline is not None:
        published, published_from = clean.dateline.local, "dateline"
    if published is None and page_published is not None:
        published, published_from = page_published, "page"
    metadata: dict[str, Any] = {}
    if published is not None:
        published, assumed_utc = localise(published, known.timezone if known else None)
        metadata["published_at_source"] = published_from
        if assumed_utc:
            metadata["published_at_assumed_utc"] = True
    if clean.standfirst:
        metadata["standfirst"] = clean.standfirst
    if known is not None:
        metadata["outlet_id"] = known.id
    if clean.removed:
        metadata["removed_lines"] = len(clean.removed)
    section = (
        _given(fields, "section") or (clean.dateline.section if clean.dateline else None) or meta_section
    )
    # 4. language, 5. identity
    body = clean.body
    normalised = normalised_text(body)
    return Article(
        id=article_id(url, body, normalised=normalised),
        text=body,
        url=url,
        outlet=outlet,
        section=section,
        title=given_title or clean.title,
        published_at=published,
        language=identify(body),
        captions=clean.captions,
        source_ref=raw.input_ref,
        content_hash=content_hash(body, normalised=normalised),
        author=_given(fields, "author") or _author(clean.author) or _author(meta_author, (outlet, page_site)),
        tags=_tags(fields.get("tags")) or clean.tags or page_tags,
        encoding=encoding,
        metadata=metadata,
    )
