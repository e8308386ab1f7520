"""Build documents for coder tests: real text stages, with actor mentions given as test data.

The coder's contract is to read ``doc.mentions`` from the actors stage. These tests state the
mentions explicitly (surface, country, sectors) so that each rule of the coder is tested on its own,
whatever the knowledge base knows at the time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from basma.dates import find_dates
from basma.document import Document
from basma.records import Article, Mention, Span
from basma.text import analyse

PUBLISHED = datetime(2025, 11, 18, 6, 0, tzinfo=UTC)


def make_doc(
    text: str,
    actors: dict[str, tuple[str | None, tuple[str, ...]]],
    published: datetime = PUBLISHED,
    outlet: str = "test-outlet",
    kinds: dict[str, str] | None = None,
) -> Document:
    """A document for ``text`` whose actor mentions are every occurrence of the given surfaces."""
    doc = Document(Article(id="test-article", text=text, outlet=outlet, published_at=published))
    analyse(doc)
    doc.dates = find_dates(doc.text, doc.tokens, published)
    mentions: list[Mention] = []
    for surface, (code, sectors) in actors.items():
        start = text.find(surface)
        while start >= 0:
            kind = (kinds or {}).get(surface, "country" if sectors == ("GOV",) else "organisation")
            mentions.append(Mention(Span.of(text, start, start + len(surface)), kind, None, code, sectors))
            start = text.find(surface, start + len(surface))
    doc.mentions = tuple(sorted(mentions, key=lambda m: m.span.start))
    return doc
