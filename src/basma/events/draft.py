"""An event being built: everything the rules decided, with the reason for each field.

Drafts are what the rule coder passes between its steps (arguments, fallbacks, dates, modality,
merging); :func:`to_event` freezes a draft into the public :class:`~basma.records.Event`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from basma.events.candidates import Candidate
from basma.events.modality import Reading
from basma.events.ontology import Ontology
from basma.records import ActorRef, Attribution, EventDate, Explanation, Location, Span


@dataclass
class Draft:
    cand: Candidate
    sentence: Span
    trigger: Span
    type: str
    mode: tuple[str, ...]
    context: tuple[str, ...]
    actor: list[ActorRef]
    recipient: list[ActorRef]
    date: EventDate | None  # None: not dated yet (a time anchor waiting to be merged)
    reading: Reading
    confidence: float
    symmetric: bool
    explicit_date: bool = False
    location: Location | None = None
    evidence: list[Span] = field(default_factory=list)
    why: list[Explanation] = field(default_factory=list)

    def explain(self, field_name: str, rule: str, span: Span | None = None) -> None:
        self.why.append(Explanation(field_name, rule, span))

    def actor_codes(self) -> frozenset[str]:
        return frozenset(r.code for r in self.actor if r.code)

    def recipient_codes(self) -> frozenset[str]:
        return frozenset(r.code for r in self.recipient if r.code)

    def strength(self) -> tuple[int, int, float]:
        """Which of two merged drafts should stand for the event."""
        return (int(self.explicit_date), int(self.cand.verbal), self.confidence)


def event_id(article_id: str, trigger: Span, type_name: str) -> str:
    """A stable id: the same article, trigger offsets and type always give the same id."""
    key = f"{article_id}:{trigger.start}:{trigger.end}:{type_name}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def to_event(draft: Draft, article_id: str, outlet: str | None, ontology: Ontology, version: str):
    """Freeze a draft into an Event record."""
    from basma.records import DateBasis, Event, Granularity

    date = draft.date or EventDate(None, Granularity.UNKNOWN, DateBasis.PUBLICATION_FALLBACK)
    reading = draft.reading
    attribution = Attribution(
        outlet=outlet,
        source=reading.source,
        source_actor=ActorRef(
            reading.source_mention.actor_id,
            reading.source_mention.code,
            reading.source_mention.sectors,
            reading.source_mention.span,
        )
        if reading.source_mention
        else None,
        span=reading.source_span or reading.cue,
    )
    evidence = [draft.trigger]
    for span in draft.evidence:
        if all(span != e for e in evidence):
            evidence.append(span)
    cameo = draft.cand.entry.cameo if draft.type == draft.cand.entry.type and draft.cand.entry.cameo else None
    return Event(
        id=event_id(article_id, draft.trigger, draft.type),
        article_id=article_id,
        sentence=draft.sentence,
        type=draft.type,
        mode=draft.mode,
        context=draft.context,
        cameo=cameo or ontology.cameo(draft.type, draft.mode),
        actor=_unique(draft.actor),
        recipient=_unique(draft.recipient),
        trigger=draft.trigger,
        date=date,
        location=draft.location,
        modality=reading.modality,
        attribution=attribution,
        quad=ontology.quad(draft.type),
        intensity=ontology.intensity(draft.type, draft.mode),
        confidence=round(min(0.99, max(0.05, draft.confidence)), 3),
        coder_version=version,
        evidence=tuple(evidence),
        explanation=tuple(draft.why),
    )


def _unique(refs: list[ActorRef]) -> tuple[ActorRef, ...]:
    """One reference per distinct participant (merged mentions often name the same one twice)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for ref in refs:
        key = (ref.actor_id, ref.code, ref.sectors)
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return tuple(out)
