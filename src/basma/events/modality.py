"""How the text holds an event to be true, and according to whom.

Modality is read from cue words before the trigger: denial (نفت، رغم نفي موسكو), negation (لم، لن،
عدم), condition (إذا، لو), speculation (رجّحت مصادر، قد + imperfect), plans (سـ، يعتزم، من المقرر،
المرتقبة) and reports by a third party (أفادت تقارير، نقلت ... عن، بحسب). Attribution keeps the
outlet and the cited source with its span, linked to an actor mention when the source is one.
"""

from __future__ import annotations

from dataclasses import dataclass

from basma.events.candidates import Candidate
from basma.events.view import Group, SentenceView
from basma.records import Mention, Span

DENY_WINDOW = 8
SOURCE_WINDOW = 4


@dataclass
class Reading:
    modality: str = "asserted"
    rule: str = "no cue"
    cue: Span | None = None
    source: str | None = None
    source_mention: Mention | None = None
    source_span: Span | None = None


def _span(view: SentenceView, start: int, end: int) -> Span:
    return Span.of(view.doc.text, view.token(start).start, view.token(end - 1).end)


def _group_near(view: SentenceView, lo: int, hi: int) -> Group | None:
    for g in view.groups:
        if lo <= g.start < hi:
            return g
    return None


def _source_after(view: SentenceView, i: int, limit: int) -> tuple[str, Mention | None, Span] | None:
    """The cited source right after a report verb or preposition: a source noun or an actor."""
    hi = min(limit, i + 1 + SOURCE_WINDOW)
    for j in range(i + 1, hi):
        match = view.matches.get(j)
        is_source = view.is_word(j, "source_nouns") or (match is not None and "source_nouns" in match.cues())
        g = _group_near(view, j, j + 1)
        if is_source or g is not None:
            end = j + 1
            if g is not None:
                end = max(end, g.end)
            while (
                g is None
                and end < hi
                and not view.is_word(end, "complementizers")
                and view.norm(end) not in ("،", ",")
            ):
                if view.matches.get(end) and view.matches[end].of("trigger"):
                    break
                end += 1
                if end - j >= 3:
                    break
            span = _span(view, j, end)
            mention = g.heads()[0] if g is not None else None
            return span.text, mention, span
    return None


def _reported(view: SentenceView, cand: Candidate, participants: set[str]) -> Reading | None:
    for i in range(view.start, cand.start):
        cues = view.cue_at(i)
        if "source_preps" in cues:
            found = _source_after(view, i + (len(view.matches[i].hits[0].form.text.split()) - 1), view.end)
            if found:
                text, mention, span = found
                return Reading(
                    "reported",
                    f"source preposition {view.norm(i)!r}",
                    _span(view, i, i + 1),
                    text,
                    mention,
                    span,
                )
        if "report_verbs" in cues:
            found = _source_after(view, i, cand.start)
            if found is None:
                continue
            text, mention, span = found
            if mention is not None and mention.code in participants and "JRN" not in mention.sectors:
                continue  # a participant reporting its own act: asserted, attributed below
            return Reading(
                "reported", f"report verb {view.norm(i)!r}", _span(view, i, i + 1), text, mention, span
            )
    return None


def _denied(view: SentenceView, cand: Candidate) -> Reading | None:
    clause = view.clause_of(cand.start)
    for i in range(cand.start - 1, max(view.start, cand.start - DENY_WINDOW) - 1, -1):
        if view.clause_of(i) != clause:
            break
        cues = view.cue_at(i)
        if "deny_verbs" in cues or "deny_nouns" in cues:
            found = _source_after(view, i, cand.start)
            reading = Reading("denied", f"denial {view.norm(i)!r}", _span(view, i, i + 1))
            if found:
                reading.source, reading.source_mention, reading.source_span = found
            return reading
    return None


def _before_in_clause(view: SentenceView, cand: Candidate, name: str, window: int) -> int | None:
    clause = view.clause_of(cand.head)
    lo = max(view.start, cand.head - window)
    for i in range(cand.head - 1, lo - 1, -1):
        if view.clause_of(i) != clause:
            return None
        if name in view.cue_at(i) or view.is_word(i, name):
            return i
    return None


def read(view: SentenceView, cand: Candidate, participants: set[str], own_date_future: bool) -> Reading:
    """The modality of a candidate event and the source it is attributed to."""
    denied = _denied(view, cand)
    if denied:
        return denied
    prev = cand.head - 1
    if cand.verbal and prev >= view.start and view.is_word(prev, "negators"):
        return Reading("negated", f"negation {view.norm(prev)!r}", _span(view, prev, cand.head))
    if not cand.verbal and prev >= view.start and view.is_word(prev, "noun_negators"):
        return Reading("negated", f"negation {view.norm(prev)!r}", _span(view, prev, cand.head))
    for i in range(view.start, cand.start):
        if "hypothetical" in view.cue_at(i):
            return Reading("hypothetical", f"condition {view.norm(i)!r}", _span(view, i, i + 1))
    spec = _before_in_clause(view, cand, "speculated", 8)
    if spec is not None and not (view.norm(spec) == "قد" and cand.hit.form.tense == "perfect"):
        return Reading("speculated", f"speculation {view.norm(spec)!r}", _span(view, spec, spec + 1))
    reported = _reported(view, cand, participants)
    planned = cand.future or own_date_future
    rule = "future prefix" if cand.future else "date after publication"
    for name in ("planned", "planned_verbs", "planned_nouns"):
        at = _before_in_clause(view, cand, name, 6)
        if at is not None:
            planned, rule = True, f"plan {view.norm(at)!r}"
    for i in range(cand.end, min(view.end, cand.end + 4)):
        if not cand.verbal and "planned" in view.cue_at(i):
            planned, rule = True, f"plan {view.norm(i)!r}"
    if planned:
        reading = Reading("planned", rule, _span(view, cand.head, cand.head_end))
        if reported:
            reading.source, reading.source_mention, reading.source_span = (
                reported.source,
                reported.source_mention,
                reported.source_span,
            )
        return reading
    return reported or Reading()
