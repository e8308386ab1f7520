"""HTML pages: trafilatura finds the article, our metadata and Arabic furniture filter finish it.

trafilatura is good at finding the main block of a page, but on Arabic sites it lets through
bylines ("كتب:"), "اقرأ أيضاً" links, "آخر تحديث" lines and copyright footers, and its date
guesser can fall back to 1 January when the page only writes the date in Arabic. So the text it
returns goes through the same line cleaner as scraped text, captions come from ``figcaption``,
and the date is checked against the dates written on the page.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

import trafilatura
from lxml import html as lxml_html

from basma.clean.fold import fold, squeeze
from basma.clean.lines import CleanText, clean_lines
from basma.clean.pubdate import find_date, parse_value

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
)


@dataclass
class PageMeta:
    """What the page's markup says about the article."""

    title: str | None = None
    url: str | None = None
    site: str | None = None
    section: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    tags: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    lang: str | None = None
    headings: list[str] = field(default_factory=list)


def _meta(tree: lxml_html.HtmlElement) -> PageMeta:
    meta = PageMeta()
    values: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip()
        content = (element.get("content") or "").strip()
        if name and content:
            values.setdefault(name.lower(), []).append(content)

    def first(*names: str) -> str | None:
        for name in names:
            if values.get(name.lower()):
                return values[name.lower()][0]
        return None

    meta.title = first("og:title", "twitter:title")
    meta.url = first("og:url")
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta.url = link.get("href")
    meta.site = first("og:site_name", "application-name")
    meta.section = first("article:section", "section", "category")
    meta.author = first("author", "article:author", "dc.creator")
    if meta.author and meta.author.startswith("http"):
        meta.author = None
    meta.tags = [t for name in ("article:tag", "news_keywords", "keywords") for t in values.get(name, [])]
    if len(meta.tags) == 1 and "," in meta.tags[0]:
        meta.tags = [t.strip() for t in meta.tags[0].split(",") if t.strip()]
    for name in _DATE_META:
        parsed = parse_value(first(name))
        if parsed:
            meta.published_at = parsed
            break
    if meta.published_at is None:
        for element in tree.iter("time"):
            parsed = parse_value(element.get("datetime"))
            if parsed:
                meta.published_at = parsed
                break
    meta.captions = [
        squeeze(fc.text_content()) for fc in tree.iter("figcaption") if squeeze(fc.text_content())
    ]
    meta.lang = tree.get("lang")
    meta.headings = [t for t in (squeeze(h.text_content()) for h in tree.iter("h1")) if t]
    if meta.title is None and meta.headings:
        meta.title = meta.headings[0]
    if meta.title is None and tree.find(".//title") is not None:
        meta.title = squeeze(tree.find(".//title").text_content()) or None
    return meta


def _distrust_new_year(extracted: datetime | None, page_text: str) -> datetime | None:
    """Check the extracted date against the first date the page writes out.

    A 1 January result is a known fallback of date guessers on Arabic pages, so the written date
    wins then; a written time of the same day adds precision.
    """
    written = find_date(page_text[:20000])
    if written is None:
        return extracted
    written_at = datetime.combine(written[0], written[1] or time(0, 0))
    if extracted is None:
        return written_at
    if (extracted.month, extracted.day) == (1, 1) and written_at.date() != extracted.date():
        return written_at
    if written_at.date() == extracted.date() and written[1] is not None and extracted.time() == time(0, 0):
        return written_at  # same day, and the page also gives the time
    return extracted


_DATE_PARAMS = {"extensive_search": False, "original_date": True}
"""htmldate's extensive search loads every dateparser locale (seconds per page) and guesses 1
January for Arabic pages; the dates Arabic pages write out are read by ``find_date`` instead."""
_MIN_PRECISE_WORDS = 40
"""Below this many words the precise pass is taken to have missed the article (old table layouts)."""


def _trafilatura(page: str, url: str | None, *, precise: bool) -> dict[str, Any] | None:
    """One trafilatura pass; precise first, because it leaks less furniture."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=precise,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    if doc is None:
        return None
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _paragraphs(tree: lxml_html.HtmlElement) -> str:
    """Last resort for pages trafilatura cannot read: the text of every paragraph-like element."""
    blocks = []
    for element in tree.iter("p", "h1", "h2", "h3", "li", "td", "div"):
        if element.tag == "div" and any(child.tag in ("p", "div") for child in element):
            continue
        text = squeeze(element.text_content())
        if text:
            blocks.append(text)
    return "\n".join(blocks)


@dataclass
class HtmlArticle:
    """A page reduced to its cleaned body and metadata."""

    clean: CleanText
    meta: PageMeta


def extract(page: str, *, url: str | None = None, title: str | None = None) -> HtmlArticle:
    """Extract and clean the article of an HTML page.

    :param url: the page's address, when the source knows it (helps trafilatura and the outlet).
    :param title: a title the source gave; otherwise the page's own.
    """
    try:
        tree = lxml_html.document_fromstring(page)
    except Exception:  # lxml raises several types on broken markup; the page then has no metadata
        tree = None
    meta = _meta(tree) if tree is not None else PageMeta()
    doc = _trafilatura(page, url, precise=True)
    if doc is None or len((doc.get("text") or "").split()) < _MIN_PRECISE_WORDS:
        doc = _trafilatura(page, url, precise=False) or doc
    text = ""
    extracted_date = None
    if doc is not None:
        data = doc
        text = data.get("text") or ""
        meta.title = meta.title or data.get("title")
        meta.author = meta.author or data.get("author")
        meta.site = meta.site or data.get("sitename")
        meta.url = meta.url or data.get("url")
        if not meta.section and data.get("categories"):
            meta.section = data["categories"][0]
        meta.tags = meta.tags or list(data.get("tags") or [])
        extracted_date = parse_value(data.get("date"))
    if not text.strip() and tree is not None:
        text = _paragraphs(tree)
    page_text = tree.text_content() if tree is not None else page
    if meta.published_at is None:
        meta.published_at = _distrust_new_year(extracted_date, page_text)
    headings = {fold(h) for h in meta.headings}
    lines = [line for line in text.split("\n") if fold(line) not in headings]
    clean = clean_lines(lines, title=title or meta.title, caption_hints=tuple(meta.captions))
    return HtmlArticle(clean=clean, meta=meta)
