"""Counting: turn one item's gold and the coder's output into precision/recall counts.

Precision and recall keep their own numerators because one gold mention or event may be found by
more than one system record: ``sys_ok/sys_n`` is precision, ``gold_ok/gold_n`` recall. Nothing here
divides by zero: a score with nothing to count is 0.0, so a coder that finds nothing scores zeros.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from basma.eval.items import GoldItem
from basma.eval.match import FIELDS, align, fold, occurrences, overlaps
from basma.records import Article, CodedArticle, Event


@dataclass
class Counts:
    """Precision and recall counts for one measure."""

    sys_ok: int = 0
    sys_n: int = 0
    gold_ok: int = 0
    gold_n: int = 0

    @property
    def precision(self) -> float:
        return self.sys_ok / self.sys_n if self.sys_n else 0.0

    @property
    def recall(self) -> float:
        return self.gold_ok / self.gold_n if self.gold_n else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.sys_ok += other.sys_ok
        self.sys_n += other.sys_n
        self.gold_ok += other.gold_ok
        self.gold_n += other.gold_n

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "system": self.sys_n,
            "gold": self.gold_n,
            "system_correct": self.sys_ok,
            "gold_found": self.gold_ok,
        }


@dataclass
class SplitScore:
    """Everything measured on one split (dev, test, seed ...)."""

    items: int = 0
    negatives: int = 0
    negatives_clean: int = 0
    events: Counts = field(default_factory=Counts)
    types: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    fields: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mentions: Counts = field(default_factory=Counts)
    mention_codes: Counts = field(default_factory=Counts)
    mention_ids: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    required: Counts = field(default_factory=Counts)
    clean: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[dict[str, Any]] = field(default_factory=list)
    coder_errors: list[str] = field(default_factory=list)

    def type_micro(self) -> Counts:
        total = Counts()
        for counts in self.types.values():
            total.add(counts)
        return total

    def type_macro_f1(self) -> float:
        scored = [c.f1 for c in self.types.values() if c.gold_n or c.sys_n]
        return sum(scored) / len(scored) if scored else 0.0


def _codes(refs: Any) -> list[str]:
    return sorted({r.code for r in refs if r.code})


def _sentence_of(text: str, spot: tuple[int, int]) -> str:
    """The sentence of ``text`` around a character range, for error listings."""
    start = max(text.rfind(c, 0, spot[0]) for c in ".\n؟!") + 1
    ends = [i for i in (text.find(c, spot[1]) for c in ".\n؟!") if i >= 0]
    return text[start : (min(ends) + 1 if ends else len(text))].strip()


def _score_events(item: GoldItem, text: str, events: tuple[Event, ...], out: SplitScore) -> None:
    gold = item.events
    al = align(gold, events, text)
    strict = {p.gold: p for p in al.strict}
    typed = {p.gold: p for p in al.typed}
    typed_sys = {p.system for p in al.typed}
    strict_sys = {p.system for p in al.strict}
    counted = [gi for gi, g in enumerate(gold) if gi not in al.excused_gold and (g.required or gi in typed)]
    for gi in counted:
        g = gold[gi]
        out.events.gold_n += 1 if (g.required or gi in strict) else 0
        out.events.gold_ok += gi in strict
        out.types[g.type].gold_n += 1
        out.types[g.type].gold_ok += gi in typed
        if g.required:
            out.required.gold_n += 1
            out.required.gold_ok += gi in strict
        pair = typed.get(gi)
        for name in FIELDS:
            verdict = pair.verdicts[name] if pair else None
            annotated = pair.verdicts[name] is not None if pair else _annotated(g, name)
            if annotated:
                out.fields[name].gold_n += 1
                out.fields[name].gold_ok += verdict is True
        spot = (occurrences(text, g.evidence) or [(0, len(text))])[0]
        sentence = text if len(text) < 400 else _sentence_of(text, spot)
        if gi not in strict:
            failed = [k for k, v in pair.verdicts.items() if v is False] if pair else []
            out.errors.append(
                {
                    "kind": "partial" if pair else "miss",
                    "item": item.id,
                    "type": g.type,
                    "actor": sorted(set().union(*(a.codes for a in g.actor))) if g.actor else [],
                    "recipient": sorted(set().union(*(a.codes for a in g.recipient))) if g.recipient else [],
                    "wrong": failed,
                    "sentence": sentence,
                    "system": _brief(events[pair.system]) if pair else None,
                }
            )
    for si, e in enumerate(events):
        if si in al.split_system:
            continue
        out.events.sys_n += 1
        out.events.sys_ok += si in strict_sys
        out.types[e.type].sys_n += 1
        out.types[e.type].sys_ok += si in typed_sys
        pair = next((p for p in al.typed if p.system == si), None)
        for name in FIELDS:
            if pair is not None:
                if pair.verdicts[name] is not None:
                    out.fields[name].sys_n += 1
                    out.fields[name].sys_ok += pair.verdicts[name] is True
            elif _has_value(e, name):
                out.fields[name].sys_n += 1
        if si not in typed_sys:
            out.errors.append(
                {"kind": "false_alarm", "item": item.id, **_brief(e), "sentence": e.sentence.text}
            )


def _brief(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "actor": _codes(e.actor),
        "recipient": _codes(e.recipient),
        "trigger": e.trigger.text,
        "modality": e.modality,
        "date": e.date.value,
    }


def _annotated(g: Any, name: str) -> bool:
    return {
        "actor": bool(g.actor),
        "recipient": bool(g.recipient),
        "actor_sector": any(a.sectors or a.accept_sectors for a in g.actor),
        "recipient_sector": any(a.sectors or a.accept_sectors for a in g.recipient),
        "date": bool(g.date and g.date.period()),
        "location": bool(g.location or g.location_country),
        "modality": g.modality is not None,
        "attribution": g.attribution_scored,
    }[name]


def _has_value(e: Event, name: str) -> bool:
    return {
        "actor": bool(e.actor),
        "recipient": bool(e.recipient),
        "actor_sector": any(r.sectors for r in e.actor),
        "recipient_sector": any(r.sectors for r in e.recipient),
        "date": e.date.value is not None,
        "location": e.location is not None,
        "modality": True,
        "attribution": True,
    }[name]


def _score_mentions(item: GoldItem, coded: CodedArticle, out: SplitScore) -> None:
    if item.mentions is None:
        return
    system = [(m, (m.span.start, m.span.end)) for m in coded.mentions]
    gold_spots = [(g, occurrences(coded.article.text, g.surface)) for g in item.mentions]
    for g, spots in gold_spots:
        hits = [m for m, s in system if any(overlaps(s, o) for o in spots)]
        for counts, ok in (
            (out.mentions, bool(hits)),
            (out.mention_codes, any(m.code in g.codes for m in hits)),
        ):
            counts.gold_n += 1
            counts.gold_ok += ok
        if g.id:
            out.mention_ids.gold_n += 1
            out.mention_ids.gold_ok += any(m.actor_id == g.id for m in hits)
    if not item.exhaustive:
        return
    for m, s in system:
        golds = [g for g, spots in gold_spots if any(overlaps(s, o) for o in spots)]
        out.mentions.sys_n += 1
        out.mentions.sys_ok += bool(golds)
        out.mention_codes.sys_n += 1
        out.mention_codes.sys_ok += any(m.code in g.codes for g in golds)
        if m.actor_id:
            out.mention_ids.sys_n += 1
            out.mention_ids.sys_ok += any(m.actor_id == g.id for g in golds)


def _score_quotes(item: GoldItem, coded: CodedArticle, out: SplitScore) -> None:
    if item.quotes is None:
        return
    matched: set[int] = set()
    for g in item.quotes:
        spots = occurrences(coded.article.text, g.evidence)
        hit = None
        for qi, q in enumerate(coded.quotes):
            spans = [(s.start, s.end) for s in (q.content, q.cue) if s is not None]
            speaker_ok = g.speaker is None or (
                q.speaker is not None
                and (
                    q.speaker.code in g.speaker.codes
                    or (g.speaker.id is not None and q.speaker.actor_id == g.speaker.id)
                )
            )
            if speaker_ok and any(overlaps(a, b) for a in spans for b in spots):
                hit = qi
                break
        if hit is not None:
            matched.add(hit)
        if g.required or hit is not None:
            out.quotes.gold_n += 1
            out.quotes.gold_ok += hit is not None
        if g.required:
            out.required.gold_n += 1
            out.required.gold_ok += hit is not None
    if item.exhaustive:
        out.quotes.sys_n += len(coded.quotes)
        out.quotes.sys_ok += len(matched)


def _score_clean(item: GoldItem, coded: CodedArticle, out: SplitScore) -> None:
    """Boilerplate gone from the body, captions kept once and apart, the body starting where it should."""
    check = item.clean
    if check is None:
        return
    body = fold(coded.article.text)
    captions = [fold(c) for c in coded.article.captions]
    for piece in check.boilerplate:
        out.clean["boilerplate_removed"].gold_n += 1
        out.clean["boilerplate_removed"].gold_ok += fold(piece) not in body
    for caption in check.captions:
        c = fold(caption)
        out.clean["captions_separated"].gold_n += 1
        out.clean["captions_separated"].gold_ok += c not in body and any(
            c in k or k in c for k in captions if k
        )
    if check.body_starts_with:
        out.clean["body_start"].gold_n += 1
        out.clean["body_start"].gold_ok += any(body.startswith(fold(s)) for s in check.body_starts_with)
    if check.title:
        out.clean["title_once"].gold_n += 1
        out.clean["title_once"].gold_ok += body.count(fold(check.title)) == 0 and bool(
            coded.article.title and fold(coded.article.title) == fold(check.title)
        )


def score_item(item: GoldItem, coded: CodedArticle | None, out: SplitScore) -> None:
    """Add one item's counts to ``out``; ``coded`` is None when the coder failed on the item."""
    out.items += 1
    if coded is None:
        coded = CodedArticle(
            article=_empty_article(item), sentences=(), dates=(), mentions=(), events=(), quotes=()
        )
    if item.negative:
        out.negatives += 1
        out.negatives_clean += not coded.events
    # Offsets of system records point into the cleaned text, so gold pieces are found there too.
    _score_events(item, coded.article.text, coded.events, out)
    _score_mentions(item, coded, out)
    _score_quotes(item, coded, out)
    _score_clean(item, coded, out)


def _empty_article(item: GoldItem) -> Article:
    """What a failed item counts as: nothing found and nothing cleaned."""
    return Article(id=item.id, text=item.text, outlet=item.outlet, published_at=item.published_at)
