"""Builders for system records, so scorer tests can state exactly what a coder returned."""

from __future__ import annotations

from datetime import date

from basma.records import (
    ActorRef,
    Article,
    Attribution,
    CodedArticle,
    DateBasis,
    Event,
    EventDate,
    Granularity,
    Location,
    Mention,
    Span,
)


def ref(code: str, *sectors: str, actor_id: str | None = None) -> ActorRef:
    return ActorRef(actor_id, code, tuple(sectors), None)


def event(
    text: str,
    etype: str,
    actor: list[ActorRef],
    recipient: list[ActorRef],
    *,
    trigger: str,
    day: str | None = None,
    granularity: str = "day",
    modality: str = "asserted",
    location: str | None = None,
    source: str | None = None,
) -> Event:
    """An event on the whole of ``text`` whose trigger is the first occurrence of ``trigger``."""
    start = text.index(trigger)
    g = Granularity(granularity if day else "unknown")
    d = EventDate(day, g, DateBasis.EXPLICIT)
    if day and granularity == "day":
        d = EventDate(day, g, DateBasis.EXPLICIT, None, date.fromisoformat(day), date.fromisoformat(day))
    return Event(
        id=f"e{start}{etype}",
        article_id="a",
        sentence=Span.of(text, 0, len(text)),
        type=etype,
        mode=(),
        context=(),
        cameo=None,
        actor=tuple(actor),
        recipient=tuple(recipient),
        trigger=Span.of(text, start, start + len(trigger)),
        date=d,
        location=Location(location) if location else None,
        modality=modality,
        attribution=Attribution("outlet", source=source),
        quad=None,
        intensity=None,
        confidence=1.0,
        coder_version="test",
    )


def mention(text: str, surface: str, code: str | None, actor_id: str | None = None) -> Mention:
    start = text.index(surface)
    return Mention(Span.of(text, start, start + len(surface)), "organisation", actor_id, code)


def coded(text: str, events: list[Event] = (), mentions: list[Mention] = ()) -> CodedArticle:
    return CodedArticle(
        article=Article(id="a", text=text),
        sentences=(),
        dates=(),
        mentions=tuple(mentions),
        events=tuple(events),
        quotes=(),
    )
