"""Events: PLOVER/CAMEO coding of each interaction with evidence for every field."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from basma.document import Document
from basma.records import (
    ActorRef,
    Attribution,
    DateBasis,
    Event,
    EventDate,
    Granularity,
    Mention,
    Quote,
    Span,
)
from basma.text.matcher import PhraseMatcher

__all__ = ["CODER_VERSION", "code"]

CODER_VERSION = "rules-0.1"


@lru_cache(maxsize=1)
def _triggers() -> PhraseMatcher[dict[str, Any]]:
    matcher: PhraseMatcher[dict[str, Any]] = PhraseMatcher()
    text = files("basma").joinpath("data/lexicon/core.yaml").read_text(encoding="utf-8")
    for entry in yaml.safe_load(text):
        for form in entry["forms"]:
            matcher.add(form, entry)
    return matcher


def _ref(mention: Mention) -> ActorRef:
    return ActorRef(mention.actor_id, mention.code, mention.sectors, mention.span)


def code(doc: Document) -> tuple[tuple[Event, ...], tuple[Quote, ...]]:
    """Code each trigger with the first two differently-coded actors of its sentence."""
    events: list[Event] = []
    published = doc.article.published_at.date() if doc.article.published_at else None
    for sentence in doc.sentences:
        mentions = doc.mentions_in(sentence.span.start, sentence.span.end)
        for match in _triggers().find(doc.tokens, sentence.token_start, sentence.token_end):
            entry = match.payloads[0]
            after = [m for m in mentions if m.span.start >= match.span.end]
            if not after:
                continue
            first = after[0]
            other = next((m for m in mentions if m.code and m.code != first.code), None)
            if other is None:
                continue
            actor, recipient = (other, first) if entry["args"] == "subject-recipient" else (first, other)
            dates = [d for d in doc.dates_in(sentence.span.start, sentence.span.end)]
            if dates:
                d = dates[0]
                date = EventDate(d.value, d.granularity, d.basis, d.span, d.start, d.end)
            elif published:
                date = EventDate(
                    published.isoformat(),
                    Granularity.DAY,
                    DateBasis.PUBLICATION_FALLBACK,
                    None,
                    published,
                    published,
                )
            else:
                date = EventDate(None, Granularity.UNKNOWN, DateBasis.PUBLICATION_FALLBACK)
            trigger = Span.of(doc.text, match.span.start, match.span.end)
            key = f"{doc.article.id}:{trigger.start}:{entry['type']}"
            events.append(
                Event(
                    id=hashlib.sha1(key.encode()).hexdigest()[:16],
                    article_id=doc.article.id,
                    sentence=sentence.span,
                    type=entry["type"],
                    mode=tuple(entry["mode"]),
                    context=(),
                    cameo=entry["cameo"],
                    actor=(_ref(actor),),
                    recipient=(_ref(recipient),),
                    trigger=trigger,
                    date=date,
                    location=None,
                    modality="asserted",
                    attribution=Attribution(doc.article.outlet),
                    quad=None,
                    intensity=None,
                    confidence=0.5,
                    coder_version=CODER_VERSION,
                    evidence=(sentence.span,),
                )
            )
    return tuple(events), ()
