"""Field checks between one gold event and one system event, and the alignment of both lists.

Two alignments are made per item. The *strict* one pairs a system event with a gold event only when
type, actor country, recipient country and date all agree; it gives the headline event F1. The
*type* one keeps the strict pairs and then pairs remaining events whose type agrees in the same
sentence, whatever the dyad; it feeds the per-type table and the per-field scores. So a system event
with the right type and a wrong dyad earns credit in the type table and is a miss for the actor (or
recipient) field and for the strict event score. ``docs/evaluation.md`` states the rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from basma.eval.items import GoldActor, GoldEvent, period_of
from basma.records import ActorRef, Event

FIELDS = (
    "actor",
    "recipient",
    "actor_sector",
    "recipient_sector",
    "date",
    "location",
    "modality",
    "attribution",
)
STRICT = ("actor", "recipient", "date")

_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_NOISE = re.compile(r"[\"'«»“”‘’()\[\]،,.:؛]")


def fold(text: str) -> str:
    """A comparison key for gold and system strings: no diacritics, one alef, no quote marks.

    The scorer keeps its own small folding instead of the text stage's normaliser, so that a bug in
    the stage being measured cannot hide itself in the measurement.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _NOISE.sub(" ", _MARKS.sub("", text).translate(_FOLDS))
    return " ".join(text.split())


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def same_place(system: str, gold: str) -> bool:
    """Place names agree when one folded name holds the other (``العاصمة دمشق`` and ``دمشق``)."""
    a = " ".join(_strip_article(w) for w in fold(system).split())
    b = " ".join(_strip_article(w) for w in fold(gold).split())
    return bool(a and b) and (a in b or b in a)


def occurrences(text: str, piece: str | None) -> list[tuple[int, int]]:
    """Every place ``piece`` occurs in ``text`` (gold pieces are checked to be exact substrings)."""
    if not piece:
        return []
    return [(m.start(), m.start() + len(piece)) for m in re.finditer(re.escape(piece), text)]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _codes(refs: Iterable[ActorRef]) -> set[str]:
    return {r.code for r in refs if r.code}


def _actors_ok(gold: tuple[GoldActor, ...], system: set[str]) -> bool | None:
    """Every gold participant list needs one of its codes among the system's codes."""
    if not gold:
        return None
    wanted = set().union(*(g.codes for g in gold))
    return bool(wanted & system)


def _sectors_ok(gold: tuple[GoldActor, ...], refs: Iterable[ActorRef]) -> bool | None:
    """Right country and a shared sector; unscored when the gold gives no sectors."""
    with_sectors = [g for g in gold if g.sectors or g.accept_sectors]
    if not with_sectors:
        return None
    for g in with_sectors:
        allowed = set(g.sectors) | set(g.accept_sectors)
        for ref in refs:
            if ref.code in g.codes and allowed & set(ref.sectors):
                return True
    return False


def system_period(event: Event) -> tuple[date, date] | None:
    """The days a system event date covers, from its bounds or else from its value."""
    d = event.date
    if d.value is None or d.granularity.value == "unknown":
        return None
    if d.start and d.end:
        return d.start, d.end
    if d.granularity.value == "week":
        first = period_of(d.value, "day")
        return (first[0], first[0].fromordinal(first[0].toordinal() + 6)) if first else None
    try:
        return period_of(d.value, d.granularity.value)
    except ValueError:
        return None


def _date_ok(gold: GoldEvent, event: Event) -> bool | None:
    """The system's period must lie inside the gold period: a coarser system date is a miss."""
    wanted = gold.date.period() if gold.date else None
    if wanted is None:
        return None
    got = system_period(event)
    return got is not None and wanted[0] <= got[0] and got[1] <= wanted[1]


def _attribution_ok(gold: GoldEvent, event: Event) -> bool | None:
    """No cited source in the gold means the system must cite none; else codes, id or words agree."""
    if not gold.attribution_scored:
        return None
    attr = event.attribution
    source = attr.source_actor if attr else None
    words = " ".join(
        x for x in (attr.source if attr else None, attr.span.text if attr and attr.span else None) if x
    )
    cited = bool(source or words)
    if not (gold.attribution or gold.attribution_codes or gold.attribution_id):
        return not cited
    if source and (
        (source.code and source.code in gold.attribution_codes)
        or (gold.attribution_id and source.actor_id == gold.attribution_id)
    ):
        return True
    if gold.attribution and words:
        a, b = fold(words), fold(gold.attribution)
        return a in b or b in a
    return False


def _location_ok(gold: GoldEvent, event: Event) -> bool | None:
    if not gold.location and not gold.location_country:
        return None
    loc = event.location
    if loc is None:
        return False
    if gold.location:
        names = [n for n in (loc.name, loc.resolved_name, loc.span.text if loc.span else None) if n]
        return any(same_place(n, gold.location) for n in names)
    return loc.country == gold.location_country


def checks(gold: GoldEvent, event: Event) -> dict[str, bool | None]:
    """Each field's verdict for one pair: True, False, or None when the gold does not score it."""
    actors, recipients = _codes(event.actor), _codes(event.recipient)
    if gold.symmetric:
        both = actors | recipients
        actor_ok, recipient_ok = _actors_ok(gold.actor, both), _actors_ok(gold.recipient, both)
        refs = (*event.actor, *event.recipient)
        actor_sector, recipient_sector = _sectors_ok(gold.actor, refs), _sectors_ok(gold.recipient, refs)
    else:
        actor_ok, recipient_ok = _actors_ok(gold.actor, actors), _actors_ok(gold.recipient, recipients)
        actor_sector = _sectors_ok(gold.actor, event.actor)
        recipient_sector = _sectors_ok(gold.recipient, event.recipient)
    return {
        "actor": actor_ok,
        "recipient": recipient_ok,
        "actor_sector": actor_sector,
        "recipient_sector": recipient_sector,
        "date": _date_ok(gold, event),
        "location": _location_ok(gold, event),
        "modality": None if gold.modality is None else event.modality == gold.modality,
        "attribution": _attribution_ok(gold, event),
    }


@dataclass
class Pair:
    """A gold event and the system event aligned with it, with each field's verdict."""

    gold: int
    system: int
    verdicts: dict[str, bool | None]

    @property
    def strict(self) -> bool:
        return all(self.verdicts[f] is not False for f in STRICT)

    @property
    def score(self) -> int:
        return sum(1 for v in self.verdicts.values() if v)


@dataclass
class Alignment:
    """How one item's system events line up with its gold events."""

    strict: list[Pair] = field(default_factory=list)
    typed: list[Pair] = field(default_factory=list)
    excused_gold: set[int] = field(default_factory=set)
    split_system: set[int] = field(default_factory=set)


def _located(gold: GoldEvent, event: Event, text: str) -> bool:
    """A gold event with evidence may only pair with system events from the sentence holding it."""
    spots = occurrences(text, gold.evidence) or occurrences(text, gold.trigger)
    if not spots:
        return True
    sentence = (event.sentence.start, event.sentence.end)
    trigger = (event.trigger.start, event.trigger.end)
    return any(overlaps(sentence, s) or overlaps(trigger, s) for s in spots)


def _greedy(
    candidates: list[Pair], gold_used: set[int], sys_used: set[int], required: list[bool]
) -> list[Pair]:
    chosen = []
    for pair in sorted(candidates, key=lambda p: (not required[p.gold], -p.score, p.gold, p.system)):
        if pair.gold in gold_used or pair.system in sys_used:
            continue
        gold_used.add(pair.gold)
        sys_used.add(pair.system)
        chosen.append(pair)
    return chosen


def align(gold: tuple[GoldEvent, ...], system: tuple[Event, ...], text: str) -> Alignment:
    """Align one item's events (see the module docstring for the two alignments)."""
    candidates = [
        Pair(gi, si, checks(g, s))
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if s.type in g.types and _located(g, s, text)
    ]
    required = [g.required for g in gold]
    result = Alignment()
    g_used: set[int] = set()
    s_used: set[int] = set()
    result.strict = _greedy([p for p in candidates if p.strict], g_used, s_used, required)
    result.typed = result.strict + _greedy(candidates, g_used, s_used, required)
    # A gold event that may merge with another (same_event_as) is excused when its partner matched.
    labels = {g.label: i for i, g in enumerate(gold) if g.label}
    matched = {p.gold for p in result.strict}
    for gi, g in enumerate(gold):
        partners = {labels.get(g.same_as or "")} | {
            i for i, o in enumerate(gold) if o.same_as and o.same_as == g.label
        }
        if gi not in matched and partners & matched:
            result.excused_gold.add(gi)
    # A multi-party gold event may be coded as several records: other dyads of it are not false alarms.
    strict_dyads = {p.gold: _dyad(system[p.system]) for p in result.strict}
    for p in candidates:
        split = p.strict and p.system not in s_used and p.gold in strict_dyads
        if split and _dyad(system[p.system]) != strict_dyads[p.gold]:
            result.split_system.add(p.system)
    return result


def _dyad(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_codes(event.actor)), frozenset(_codes(event.recipient))
