"""Where one event happened: the place that governs its clause, else the visit's host, else the dateline.

An article that names many places must not pin every event to every place (GDELT's known
failure), so a place counts for an event only when the grammar ties it to the event's clause: a
setting preposition (في، بـ، داخل)، a destination after a visit, or a hosting verb's subject. A
place the clause is *about* ("بشأن شرق الفرات", "مصير إدلب") never locates it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from basma.document import Document
from basma.places import cues
from basma.places.gazetteer import Gazetteer, gazetteer
from basma.places.model import ADMIN1, COUNTRY, POINT, Place
from basma.records import Location, Mention, Sentence, Span, Token
from basma.text import normalise

MAX_DISTANCE = 14  # tokens between trigger and place
_COMMA_COST = 3
# Word beginnings of visits and of hosting verbs (a hosting verb's subject is the event's place).
_VISIT_WORDS = tuple(normalise(w) for w in str.split("زيار زار يزور تزور وصل يصل تصل توجه جولة قدوم"))
_HOST_WORDS = tuple(
    normalise(w)
    for w in str.split("استقبل تستقبل يستقبل استضاف تستضيف يستضيف احتضن تحتضن يحتضن شهد تشهد يشهد")
)
_DURING = frozenset(normalise(w) for w in ("خلال", "أثناء", "اثناء", "في"))
_MOTION_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE", "AID", "RETREAT"})
# Said or imposed at a distance: a place far after the trigger is part of what is said or targeted
# ("دعت إلى وقف إطلاق النار في الحديدة", "فرضت عقوبات على شركات في طهران").
_AT_A_DISTANCE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "SUPPORT"})
_AT_A_DISTANCE_REACH = 3
_DASHES = "-–—"
_DATELINE_REACH = 100
_DATELINE_END = 50  # a dateline place is near the start of the line, not in the lead sentence
_DATELINE_PIECE = re.compile(r"[^-–—:|\n]+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    mention: Mention
    rank: int  # 0 setting or host, 1 destination, 2 source
    cost: int  # token distance plus a charge for each comma in between


def place_location(mention: Mention, gaz: Gazetteer | None = None) -> Location | None:
    """The :class:`Location` a place mention stands for, with coordinates and admin codes."""
    place = (gaz or gazetteer()).get(mention.actor_id or "")
    if place is None:
        return None
    resolution = place.resolution
    admin1 = place.admin1
    if mention.rule.startswith(("direction:", "countryside:")):
        resolution = COUNTRY if place.kind == "country" else ADMIN1
    return Location(
        name=mention.span.text,
        country=place.country,
        span=mention.span,
        resolved_name=place.name,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
        admin1=admin1 if resolution != COUNTRY else None,
        resolution=resolution,
    )


def _place_record(place: Place, name: str | None = None) -> Location:
    return Location(
        name=name or place.name_ar,
        country=place.country,
        span=None,
        resolved_name=place.name,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
        admin1=place.admin1 if place.resolution != COUNTRY else None,
        resolution=place.resolution or POINT,
    )


def _token_index(tokens: Sequence[Token], offset: int, lo: int, hi: int) -> int:
    for i in range(lo, hi):
        if tokens[i].end > offset:
            return i
    return hi - 1


def _governance(doc: Document, sentence: Sentence, first: int) -> str:
    """How the words before a place tie it to its clause: setting, motion, dative, source, topic or ''."""
    tokens = doc.tokens
    lo = sentence.token_start
    # "في مدينة العريش", "في العاصمة السورية دمشق": the preposition sits before the place noun.
    for _ in range(3):
        if first - 1 < lo:
            break
        before = tokens[first - 1]
        if cues.is_place_noun(before) or (first - 2 >= lo and cues.is_place_noun(tokens[first - 2])):
            first -= 1
            continue
        break
    clitic = cues.clitic_preposition(tokens[first])
    for j in range(first - 1, max(lo, first - 5) - 1, -1):
        if tokens[j].base in cues.TOPIC_WORDS or tokens[j].norm in cues.TOPIC_WORDS:
            return "topic"
        if j < first - 1:
            continue
        word = tokens[j].norm
        if word in cues.SETTING_WORDS:
            return "setting"
        if word in cues.MOTION_WORDS:
            return "motion"
        if word in cues.SOURCE_WORDS:
            return "source"
    if clitic == cues.CLITIC_SETTING:
        return "setting"
    if clitic == cues.CLITIC_DATIVE:
        return "dative"
    return ""


def _after_visit(doc: Document, sentence: Sentence, first: int) -> tuple[bool, bool]:
    """Whether a visit word sits shortly before the place, and whether that visit is itself a setting."""
    tokens = doc.tokens
    for j in range(first - 1, max(sentence.token_start, first - 6) - 1, -1):
        if tokens[j].base.startswith(_VISIT_WORDS) or tokens[j].stem.startswith(_VISIT_WORDS):
            during = j > sentence.token_start and tokens[j - 1].norm in _DURING
            during = during or cues.clitic_preposition(tokens[j]) == cues.CLITIC_SETTING
            return True, during
    return False, False


def _is_visit(trigger: Span, mode: Sequence[str]) -> bool:
    return "visit" in mode or normalise(trigger.text).lstrip("وفبل").startswith(_VISIT_WORDS)


def _rank(
    how: str,
    *,
    event_type: str,
    visit: bool,
    hosting: bool,
    after_trigger: bool,
    distance: int,
    country_level: bool,
    after_visit: bool,
    during_visit: bool,
) -> int | None:
    """How strongly a place's grammar ties it to the event: 0 setting, 1 destination, 2 source."""
    if how == "topic":
        return None
    if event_type in _AT_A_DISTANCE_TYPES and after_trigger and distance > _AT_A_DISTANCE_REACH:
        return None
    if how == "setting" or (during_visit and how in ("motion", "dative")):
        return 0  # "في دمشق", "خلال زيارته لموسكو"
    if hosting and after_trigger and distance <= 4 and not country_level:
        return 0  # "استقبلت العاصمة اللبنانية بيروت ..."
    if how in ("motion", "dative") and visit and (after_visit or how == "motion" or distance <= 2):
        return 0  # a visit's destination
    if how == "motion" and event_type in _MOTION_TYPES:
        return 1  # forces or aid sent to a place
    if how == "" and visit and after_trigger and distance <= 3 and not country_level:
        return 1  # "زار الرئيس دمشق": the destination as the visit verb's object
    if how == "source" and not country_level and distance <= 4:
        return 2
    return None


def _candidates(
    doc: Document, sentence: Sentence, trigger: Span, event_type: str, visit: bool
) -> list[_Candidate]:
    tokens = doc.tokens
    lo, hi = sentence.token_start, sentence.token_end
    trig = _token_index(tokens, trigger.start, lo, hi)
    hosting = normalise(trigger.text).lstrip("وف").startswith(_HOST_WORDS)
    out: list[_Candidate] = []
    for mention in doc.places:
        if not (sentence.span.start <= mention.span.start and mention.span.end <= sentence.span.end):
            continue
        first = _token_index(tokens, mention.span.start, lo, hi)
        last = _token_index(tokens, mention.span.end - 1, lo, hi)
        distance = first - trig if first > trig else trig - last
        if distance > MAX_DISTANCE:
            continue
        gap = doc.text[min(trigger.end, mention.span.end) : max(trigger.start, mention.span.start)]
        if "؛" in gap or ":" in gap:
            continue
        cost = distance + _COMMA_COST * (gap.count("،") + gap.count(","))
        how = _governance(doc, sentence, first)
        country_level = mention.rule.startswith("gazetteer:country")
        after_visit, during_visit = _after_visit(doc, sentence, first)
        rank = _rank(
            how,
            event_type=event_type,
            visit=visit,
            hosting=hosting,
            after_trigger=first > trig,
            distance=distance,
            country_level=country_level,
            after_visit=after_visit,
            during_visit=during_visit,
        )
        if rank is not None:
            out.append(_Candidate(mention, rank, cost))
    return out


def _previous_setting(
    doc: Document, sentence: Sentence, recipient_codes: Sequence[str], gaz: Gazetteer
) -> Location | None:
    """The setting of the sentence before, when it lies in a recipient's country (a meeting's follow-up)."""
    if sentence.index == 0 or not recipient_codes:
        return None
    previous = next((s for s in doc.sentences if s.index == sentence.index - 1), None)
    if previous is None:
        return None
    for mention in doc.places:
        if not (previous.span.start <= mention.span.start < previous.span.end):
            continue
        if mention.code not in recipient_codes or mention.rule.startswith("gazetteer:country"):
            continue
        first = _token_index(doc.tokens, mention.span.start, previous.token_start, previous.token_end)
        how = _governance(doc, previous, first)
        hosted = any(
            doc.tokens[j].norm.lstrip("وف").startswith(_HOST_WORDS)
            for j in range(max(previous.token_start, first - 4), first)
        )
        if how == "setting" or hosted:
            return place_location(mention, gaz)
    return None


def dateline_place(doc: Document, gaz: Gazetteer | None = None) -> Location | None:
    """The article's dateline place: from the cleaner's metadata, else from the body's first line.

    Wire copy opens with "الرياض - واس:", "عين اليوم – الدمام" or "فلان- سبق- الباحة:": a short
    piece of the first line, cut off by dashes or a colon, that the gazetteer knows.
    """
    gaz = gaz or gazetteer()
    named = doc.article.metadata.get("dateline_place") if doc.article.metadata else None
    if isinstance(named, str) and named.strip():
        candidates = gaz.candidates(named)
        chosen = next((p for p in candidates if p.kind == "city"), candidates[0] if candidates else None)
        if chosen is not None:
            return _place_record(chosen, named.strip())
    line = doc.text[:_DATELINE_REACH].split("\n", 1)[0]
    if not any(ch in line for ch in _DASHES + ":"):
        return None
    for piece in _DATELINE_PIECE.finditer(line):
        words = piece.group().split()
        if piece.end() > _DATELINE_END or not 1 <= len(words) <= 3:
            continue
        candidates = gaz.candidates(" ".join(words))
        chosen = next((p for p in candidates if p.kind == "city"), candidates[0] if candidates else None)
        if chosen is not None:
            start = piece.start() + len(piece.group()) - len(piece.group().lstrip())
            end = piece.end() - (len(piece.group()) - len(piece.group().rstrip()))
            record = _place_record(chosen)
            return Location(
                **{**record.to_dict(), "name": doc.text[start:end], "span": Span.of(doc.text, start, end)}
            )
    return None


def locate_event(
    doc: Document,
    sentence: Sentence,
    trigger: Span,
    recipient_codes: Sequence[str],
    event_type: str = "",
    mode: Sequence[str] = (),
) -> Location | None:
    """Where the event with this trigger happened, or ``None`` when the text does not say.

    Order: a place tied to the trigger's clause (setting, hosting verb, visit destination); else
    the setting of the sentence before when it lies in a recipient's country; else, for a visit,
    the host's capital (``recipient_codes`` holds the host); else the article's dateline, unless
    the sentence names places of other countries.
    """
    gaz = gazetteer()
    visit = _is_visit(trigger, mode)
    found = _candidates(doc, sentence, trigger, event_type, visit)
    if found:
        best = min(found, key=lambda c: (c.rank, c.cost))
        return place_location(best.mention, gaz)
    carried = _previous_setting(doc, sentence, recipient_codes, gaz)
    if carried is not None:
        return carried
    if visit:
        for code in recipient_codes:
            capital = gaz.capital_of(code)
            if capital is not None:
                return _place_record(capital)
    dateline = dateline_place(doc, gaz)
    if dateline is not None:
        named = {m.code for m in doc.places if sentence.span.start <= m.span.start < sentence.span.end}
        if not named or named <= {dateline.country}:
            return dateline
    return None
