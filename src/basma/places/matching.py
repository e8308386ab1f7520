"""Finding place mentions in an article and choosing which place each one means.

Matching is a pure step (gazetteer names over token ``base`` forms, so ``بدمشق`` and ``وفي دمشق``
both match ``دمشق``); annotation is a second step that reads the words around each match and the
article as a whole. Countries are left to the actors stage unless the text uses them as a setting
("في سوريا"): as a subject they are actors. A capital may be both a place here and a metonym actor
there; that is intended.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from basma.document import Document
from basma.places import cues
from basma.places.gazetteer import Gazetteer, gazetteer
from basma.places.model import Place
from basma.records import Mention, Span, Token
from basma.text import normalise
from basma.text.matcher import PhraseMatcher

TINY_TOWN = 1000
SMALL_TOWN = 15000
BIG_CITY = 1_000_000
FOREIGN_CITY = 150_000
_COUNTRY_PRIOR = 7.5
_REGION_PRIOR = 7.0
_ARTICLE_BONUS = 2.0
_REGION_BONUS = 0.5
_CAPITAL_BONUS = 1.0
# The region basma's news is about (ISO3 of gazetteer.DETAILED_COUNTRIES): its towns need less context.
# Iran and Turkey are kept in detail in the gazetteer but count as foreign here: the Arabic
# spellings of their towns ("نقده", "ماكو", "آباده") collide with Arabic words as often as French ones.
_NEWS_REGION = frozenset(
    str.split("SYR IRQ LBN PSE JOR ISR YEM SAU EGY LBY SDN TUN DZA MAR")
    + str.split("KWT QAT BHR ARE OMN MRT SOM DJI")
)
# Actor mention kinds whose names may contain a place name that is not a place there
# ("صحيفة الرياض", "جامعة دمشق", "الخليل" as a person's name).
_ADJECTIVE_ENDINGS = tuple({normalise("ية"), normalise("يه"), "ي"})
_SHADOWING_KINDS = frozenset({"organisation", "organization", "media", "person", "group"})


@dataclass(frozen=True, slots=True)
class Hit:
    """One gazetteer match before annotation: tokens ``[start, end)``, the name and where it is written.

    ``span`` leaves out proclitics ("لموسكو" gives "موسكو"); ``via_clitic`` says the first word
    only matched once a proclitic was split off, which is how "ورقة" could be misread as و + رقة.
    """

    start: int
    end: int
    key: str
    span: Span
    via_clitic: bool


@lru_cache(maxsize=1)
def place_matcher() -> PhraseMatcher[str]:
    """A phrase matcher over every indexed name (built once per process)."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for name in gazetteer().index:
        matcher.add(name, name)
    return matcher


def match_places(tokens: Sequence[Token], start: int, end: int, text: str) -> list[Hit]:
    """The pure match step: the longest gazetteer names in ``tokens[start:end]``, left to right."""
    return [
        Hit(m.token_start, m.token_end, str(m.payloads[0]), m.span, bool(m.forms) and m.forms[0] != "norm")
        for m in place_matcher().find(tokens, start, end, text=text)
    ]


@dataclass(frozen=True, slots=True)
class Context:
    """What the words right before a match say about it."""

    locative: bool  # في / إلى / من / بـ ... or a place noun
    place_noun: bool  # "مدينة" / "بلدة" / "العاصمة" ...
    after_noun: bool  # the word right before is a place noun ("بلدة سورية": an adjective)
    capital: bool  # "العاصمة (الأردنية) عمان"
    modifier: str  # "direction" or "countryside" when "شمال حلب" / "ريف حلب"
    modifier_start: int  # token index where the modified phrase starts


_BRACKETS = frozenset("()[]«»\"'“”")


def read_context(tokens: Sequence[Token], hit: Hit, sentence_start: int) -> Context:
    """Look at up to three tokens before a match for locative cues, place nouns and compass words."""
    first = tokens[hit.start]
    # A بـ that had to be split off for the name to match at all is no evidence of a place:
    # "بادر" is a verb, not بـ + a Jordanian village.
    locative = cues.clitic_preposition(first) == cues.CLITIC_SETTING and not hit.via_clitic
    capital = place_noun = False
    modifier, modifier_start = "", hit.start
    i = hit.start - 1
    # "شمال شرق حلب", "ريف دمشق": modifiers bind tighter than prepositions.
    while i >= sentence_start and hit.start - i <= 2:
        base = tokens[i].base
        if base in cues.DIRECTIONS or base in cues.COUNTRYSIDE:
            modifier = "countryside" if base in cues.COUNTRYSIDE else "direction"
            modifier_start = i
            if cues.clitic_preposition(tokens[i]) == cues.CLITIC_SETTING:
                locative = True
            i -= 1
            continue
        break
    # One adjective may sit between a place noun and the name: "العاصمة السورية دمشق"; brackets
    # and quotes around the name do not count ("في (المغرب)").
    j = modifier_start - 1
    while j >= sentence_start and tokens[j].norm in _BRACKETS:
        j -= 1
    for back in (0, 1):
        if j - back < sentence_start:
            break
        word = tokens[j - back]
        if cues.is_locative_word(word) or cues.is_place_noun(word):
            locative = True
            capital = capital or word.base in cues.CAPITAL_NOUNS
            place_noun = place_noun or cues.is_place_noun(word)
            break
        if back == 0 and not (word.norm.startswith("ال") and word.norm.endswith(_ADJECTIVE_ENDINGS)):
            break
    # "بلدة سورية"، "المدن السعودية": an adjective agrees with its noun in definiteness; "مدن اليمن"
    # and "مناطق السعودية" (an indefinite noun before a definite name) are in construct: places.
    before = tokens[modifier_start - 1] if modifier_start > sentence_start else None
    after_noun = before is not None and cues.is_place_noun(before)
    if after_noun and before is not None and not modifier:
        after_noun = before.base.startswith("ال") == first.base.startswith("ال")
    return Context(locative, place_noun, after_noun, capital, modifier, modifier_start)


def article_countries(doc: Document, hits: list[tuple[Hit, list[Place]]]) -> Counter[str]:
    """How often each country comes up in the article: actor codes plus unambiguous places."""
    counts: Counter[str] = Counter()
    for mention in doc.mentions:
        if mention.code and len(mention.code) == 3 and mention.code.isupper():
            counts[mention.code] += 1
    for _hit, candidates in hits:
        countries = {p.country for p in candidates if p.country}
        if len(countries) == 1 and any(_self_evident(p) for p in candidates):
            counts[countries.pop()] += 1
    return counts


def _self_evident(place: Place) -> bool:
    """A place that needs no article context to be read as one (so it may supply that context)."""
    if place.kind != "city":
        return True
    return (
        place.capital
        or place.population >= BIG_CITY
        or (place.country in _NEWS_REGION and place.population >= SMALL_TOWN)
    )


def score(place: Place, ctx: Context, countries: Counter[str]) -> float:
    """How likely this reading of a name is, given the words around it and the article's countries."""
    if place.kind == "country":
        value = _COUNTRY_PRIOR
    elif place.kind in ("admin1", "region"):
        value = _REGION_PRIOR
    else:
        value = math.log10(place.population + 10) + (_CAPITAL_BONUS if place.capital else 0.0)
        if ctx.capital and place.capital:
            value += _ARTICLE_BONUS
    if place.country in _NEWS_REGION:
        value += _REGION_BONUS
    if place.country and countries[place.country]:
        value += _ARTICLE_BONUS
    return value


def _confidence(best: float, runner_up: float | None, ctx: Context) -> float:
    base = 0.9 if runner_up is None else 0.5 + 0.4 * min(1.0, (best - runner_up) / 3.0)
    return round(base if ctx.locative else base - 0.1, 3)


def annotate(doc: Document, gaz: Gazetteer | None = None) -> tuple[Mention, ...]:
    """The annotate step: turn matches into place mentions, dropping those that are not places."""
    gaz = gaz or gazetteer()
    text = doc.text
    shadows = [m.span for m in doc.mentions if m.kind in _SHADOWING_KINDS]
    hits: list[tuple[Hit, list[Place], Context]] = []
    for sentence in doc.sentences:
        for hit in match_places(doc.tokens, sentence.token_start, sentence.token_end, text):
            candidates = gaz.candidates(hit.key)
            if candidates:
                hits.append((hit, candidates, read_context(doc.tokens, hit, sentence.token_start)))
    countries = article_countries(doc, [(h, c) for h, c, _ in hits])
    out: list[Mention] = []
    previous_end = -1
    for hit, candidates, ctx in hits:
        if hit.via_clitic and "س" in cues.proclitics(doc.tokens[hit.start]):
            continue  # the future prefix only goes on verbs: "ستدمر" is not س + تدمر
        if hit.start == previous_end and "و" in cues.proclitics(doc.tokens[hit.start]):
            ctx = replace(ctx, locative=True)  # "في النبطية وصور": a conjoined place shares the cue
        start, end = hit.span.start, hit.span.end
        if any(s.start <= start and end <= s.end and (s.start, s.end) != (start, end) for s in shadows):
            continue
        ranked = sorted(candidates, key=lambda p: score(p, ctx, countries), reverse=True)
        best = ranked[0]
        if not _is_place(best, hit.key, ctx, countries, gaz):
            continue
        runner = score(ranked[1], ctx, countries) if len(ranked) > 1 else None
        rule = f"gazetteer:{best.kind}"
        if len(ranked) > 1:
            rule += "+article-country" if best.country and countries[best.country] else "+prior"
        if ctx.modifier and best.kind in ("city", "country"):
            rule = f"{ctx.modifier}:{best.kind}"
            start = doc.tokens[ctx.modifier_start].start
        previous_end = hit.end
        out.append(
            Mention(
                span=Span.of(text, start, end),
                kind="place",
                actor_id=best.id,
                code=best.country,
                sectors=(),
                resolved_by="name",
                confidence=_confidence(score(best, ctx, countries), runner, ctx),
                rule=rule,
            )
        )
    return tuple(out)


def _is_place(place: Place, key: str, ctx: Context, countries: Counter[str], gaz: Gazetteer) -> bool:
    """Whether a match reads as a place at all (rather than an actor or a common word).

    The less known a place is, the more the text must say it is a place: a country needs a
    locative cue (as a subject it is an actor), a village needs a place noun ("قرية ..."), a
    foreign town needs a cue and its country in the article. This keeps the thousands of small
    GeoNames entries whose names are also Arabic words from matching running text.
    """
    in_article = bool(place.country and countries[place.country])
    placed = ctx.place_noun or bool(ctx.modifier)
    if key in gaz.needs_cue and not (ctx.locative or placed):
        return False
    if key in gaz.needs_place_noun and not placed:
        return False
    if place.kind == "country":
        return (ctx.locative or placed) and not (ctx.after_noun and not ctx.modifier)
    if place.kind != "city":
        return True
    if place.population < TINY_TOWN:
        return placed
    if place.country not in _NEWS_REGION and not place.capital and place.population < BIG_CITY:
        # Foreign towns' Arabic spellings often collide with words ("كان" Cannes, "كيل" Kiel): a
        # short name needs context; a longer one of a sizeable city ("جنيف", "سوتشي") stands alone.
        if place.population >= FOREIGN_CITY and len(key.replace(" ", "")) >= 4:
            return True
        return placed or (ctx.locative and in_article)
    if place.population < SMALL_TOWN:
        return ctx.locative or placed
    return True
