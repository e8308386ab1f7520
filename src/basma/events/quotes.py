"""Quotes as records: who said what, with which verb, about whom.

A quote starts at a report verb (قال، صرّح، أكد، أضاف ...). Its speaker is the actor right after the
verb (VSO) or the one before it (SVO); "نقلت صحيفة X عن Y" makes Y the speaker. Its content is the
text in quotation marks after the verb, or the reported clause after أنّ / بأنّ / إنّ up to the end of
the sentence. The actors it is about are the mentions inside the content, other than the speaker's
own side.
"""

from __future__ import annotations

import hashlib

from basma.events.view import Group, SentenceView
from basma.records import ActorRef, EventDate, Mention, Quote, Span

QUOTE_MARKS = {'"', "«", "»", "“", "”"}


def _ref(mention: Mention) -> ActorRef:
    return ActorRef(mention.actor_id, mention.code, mention.sectors, mention.span)


def _speaker(view: SentenceView, cue: int, cue_end: int) -> Mention | None:
    groups: list[Group] = view.groups
    # "نقلت صحيفة الوطن عن مصدر رسمي": the speaker is after عن
    for i in range(cue_end, min(view.end, cue_end + 6)):
        if view.norm(i) == "عن":
            for g in groups:
                if i < g.start <= i + 3:
                    return g.heads()[0]
    for g in groups:
        if cue_end <= g.start <= cue_end + 2 and not g.prep:
            return g.heads()[0]
    before = [g for g in groups if g.end <= cue and cue - g.end <= 3 and not g.prep]
    return before[-1].heads()[0] if before else None


def _named_source(view: SentenceView, cue_end: int) -> bool:
    """Whether an unnamed but specific source follows the cue ("مصدر رسمي"، "مسؤول")."""
    for i in range(cue_end, min(view.end, cue_end + 4)):
        if view.is_word(i, "source_nouns") and view.norm(i) not in ("تقارير", "معلومات", "انباء", "تسريبات"):
            return True
    return False


def _is_name(view: SentenceView, start: int, end: int) -> bool:
    """Whether quotation marks only wrap a name the actors stage knows."""
    inner = view.doc.text[start:end]
    return any(m.span.start <= start + 1 and m.span.end >= end - 1 for m in view.doc.mentions) or any(
        inner.strip() in m.span.text for m in view.doc.mentions
    )


def _content(view: SentenceView, cue_end: int) -> tuple[int, int, bool] | None:
    """Character range of the quoted content after a cue, and whether it is direct speech."""
    text = view.doc.text
    sentence = view.sentence.span
    limit = min(view.end, cue_end + 12)
    i = cue_end
    while i < limit:
        if view.is_word(i, "complementizers") or view.token(i).norm == ":":
            start = view.token(i).end
            end = sentence.end
            while end > start and text[end - 1] in ".؟?!؛ \n":
                end -= 1
            direct = any(mark in text[start:end] for mark in QUOTE_MARKS)
            return (start, end, direct) if end - start > 3 else None
        if view.token(i).span.text in QUOTE_MARKS:
            close = next((j for j in range(i + 1, view.end) if view.token(j).span.text in QUOTE_MARKS), None)
            if close is None:
                return None
            if close - i > 3 and not _is_name(view, view.token(i).end, view.token(close).start):
                return view.token(i).end, view.token(close).start, True
            i = close  # a quoted name ("تاس") is not a quote: go on after it
        i += 1
    return None


def find_quotes(view: SentenceView, date: EventDate, article_id: str) -> list[Quote]:
    """The quotes introduced in one sentence."""
    quotes: list[Quote] = []
    taken_until = -1
    for start in sorted(view.matches):
        match = view.matches[start]
        if start < taken_until or "report_verbs" not in match.cues():
            continue
        found = _content(view, match.end)
        if found is None:
            continue
        c_start, c_end, direct = found
        speaker = _speaker(view, match.start, match.end)
        if speaker is None and not _named_source(view, match.end):
            continue  # "أفادت تقارير بأن ...": a report, not somebody's words
        if len(view.doc.text[c_start:c_end].split()) < 3:
            continue  # a quoted name ("تاس") is not a quote
        content = Span.of(view.doc.text, c_start, c_end)
        about: list[ActorRef] = []
        seen: set[str | None] = {speaker.code} if speaker else set()
        for m in view.doc.mentions_in(c_start, c_end):
            if m.code and m.code not in seen and m.kind != "place":
                seen.add(m.code)
                about.append(_ref(m))
        cue = Span.of(view.doc.text, view.token(match.start).start, view.token(match.end - 1).end)
        key = f"{article_id}:{cue.start}:{content.start}:quote"
        quotes.append(
            Quote(
                id=hashlib.sha1(key.encode()).hexdigest()[:16],
                article_id=article_id,
                speaker=_ref(speaker) if speaker else None,
                cue=cue,
                content=content,
                date=date,
                about=tuple(about),
                direct=direct,
            )
        )
        taken_until = next((i for i in range(view.start, view.end) if view.token(i).start >= c_end), view.end)
    return quotes
