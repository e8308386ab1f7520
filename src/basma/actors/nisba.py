"""Demonyms on their own: the country's government, its people, or a plain adjective.

A demonym (nisba) after a noun describes that noun, and the noun decides what the phrase names:
- a state body or a stance ("الوفد السوري"، "الموقف المصري"، "الجانب الروسي") is the country
  acting: the country with GOV, as before;
- people ("المهاجم العراقي"، "الأطباء اليمنيين"، "الشعب السوري") are people of that country with
  the noun's sectors (`groups.yaml: people_heads`: CVL, HLH, LAB, EDU, JRN ...), never GOV; a civil
  body ("الاتحاد السعودي"، "نادي ... الإماراتي") is an organisation of that country, CVL;
- things and abstractions ("المشكلة السورية"، "الأزمة اليمنية"، "السوق السعودية"، `plain_heads`)
  give no mention: event coding takes any coded mention as a candidate participant.
A demonym used as a noun ("من السعوديين"، "غير اللبنانيين") is the people; a singular one before
a personal name ("الإيطالي فابيو كانافارو") is a person of that nationality. A demonym joined to the
one before ("العلاقات السعودية المصرية"، "السوريين والعراقيين") reads like it. A demonym before
"بن" is a given name ("الأمير تركي بن محمد").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from basma.actors import firstnames
from basma.actors.kb import phrase_key
from basma.actors.lexicon import bare
from basma.actors.resolver import Item
from basma.records import Mention

if TYPE_CHECKING:
    from basma.actors.compose import Composer

_PLURAL_ENDINGS = ("يين", "يون", "يات")
# Words that join a demonym to the one before it ("السعودية - المصرية").
_JOINERS = frozenset({"و", "-", "–", "،", ","})
_COUNTERPART = ("نظير", "نظرا")  # "نظيره"، "نظيرها"، "نظرائه"
# Kinds of named actors a demonym right after them describes (not countries: "السعودية المصرية").
_DESCRIBED = frozenset({"organisation", "armed-group", "party", "media", "ngo"})
# Words that end an organisation's name before a demonym.
_BREAKS = frozenset(
    phrase_key(w) for w in ("عن", "من", "في", "إلى", "على", "مع", "إن", "أن", "و", "بين", "لدى")
)
_SON = frozenset(phrase_key(w) for w in ("بن", "ابن", "بنت"))
# Readings, remembered for the demonym joined to this one.
THING, PEOPLE, STATE = "thing", "people", "state"


def demonym(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]]:
    """The mention (if any) for a demonym item that no longer phrase took."""
    item = items[i]
    sense = item.has("demonym")
    actor = c.kb.get(sense.ref) if sense else None
    if sense is None or sense.compose_only or actor is None or actor.kind != "country":
        return 1, []
    if firstnames.is_family_name(c, item):
        return 1, []  # "محمد المصري": a family name, not Egypt
    tokens, kept = c.doc.tokens, c.kept
    if item.last < len(kept) and tokens[kept[item.last]].base in _SON:
        return 1, []  # "الأمير تركي بن محمد": a given name
    reading = _head(c, item, items) or _joined(c, item)
    if reading is None and _as_noun(c, item):
        token = tokens[item.start_token]
        if token.base.endswith(_PLURAL_ENDINGS):
            reading = (PEOPLE, "group", ("CVL",), item.first)
        elif not token.base.endswith(("ية", "يه")):
            end = firstnames.name_end(c, items, item.last)
            if end is not None:  # "الإيطالي فابيو كانافارو": a person of that nationality
                return _people(c, items, i, item.first, end, "person", ("CVL",), "demonym+name")
            if item.first > 0 and token.base.startswith("ال"):  # "تعاقد مع البرتغالي"
                reading = (PEOPLE, "person", ("CVL",), item.first)
    if reading is None:
        reading = (STATE, "country", ("GOV",), item.first)
    c.state.last_nisba = (item.last, reading)
    verdict, kind, sectors, first = reading
    if verdict == THING:
        return 1, []
    if verdict == PEOPLE:
        return _people(c, items, i, first, item.last, kind, sectors, "demonym+people")
    mention = c._mention(item, item, "country", actor.id, actor.country, ("GOV",), "demonym", 0.6, "demonym")
    c.state.remember(mention)
    return 1, [mention]


Reading = tuple[str, str, tuple[str, ...], int]


def adjective(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]] | None:
    """A country's name that is also its feminine demonym ("السعودية") read as an adjective of a
    thing or of people ("السوق السعودية"، "الجالية السعودية"); None when it names the country."""
    item = items[i]
    if item.has("demonym") is None or item.last - item.first != 1:
        return None
    reading = _head(c, item, items) or _joined(c, item)
    if reading is None or reading[0] == STATE:
        return None
    c.state.last_nisba = (item.last, reading)
    verdict, kind, sectors, first = reading
    if verdict == THING:
        return 1, []
    return _people(c, items, i, first, item.last, kind, sectors, "demonym+people")


def of_country(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]] | None:
    """A country's name after a noun in construct: the people of it ("أهل قطر"، "شعب سوريا") or
    part of another name ("بنك قطر الوطني"، "كأس آسيا", `groups.yaml: name_nouns`); None otherwise."""
    item = items[i]
    named = c._actor(item)
    if named is None or named[0].kind != "country" or item.first == 0:
        return None
    token = c.doc.tokens[item.start_token]
    before = c.doc.tokens[c.kept[item.first - 1]]
    if token.norm != token.base or before.base.startswith("ال"):
        return None  # "وقطر": joined, not governed; "الشعب قطر" is no construct
    key = bare(before.base)
    if key in c.lex.name_nouns:
        return 1, []
    if key in c.lex.people_heads:
        kind, sectors = c.lex.people_heads[key]
        actor = named[0]
        first = Item(
            item.first - 1,
            item.first,
            c.kept[item.first - 1],
            c.kept[item.first - 1] + 1,
            (),
            before.start,
            before.end,
        )
        mention = c._mention(
            first,
            item,
            "group" if kind == "person" else kind,
            None,
            actor.country,
            sectors,
            "name",
            0.6,
            "country+people",
        )
        c.state.remember(mention)
        return 1, [mention]
    return None


def _head(c: Composer, item: Item, items: list[Item]) -> Reading | None:
    """The reading the noun before the demonym gives: one word, or two ("لاعب الوسط"); a demonym
    right after a named actor describes it ("حزب الله اللبناني"، "صحيفة نيويورك تايمز الأمريكية")."""
    tokens, kept, lex = c.doc.tokens, c.kept, c.lex
    p = item.first - 1
    if p < 0:
        return None
    definite = tokens[item.start_token].base.startswith("ال")
    for q in range(p, max(-1, p - 4) if definite else p - 1, -1):
        # "مجموعة التكنولوجيا الحيوية الأمريكية"، "صحيفة (اكسبرسين) السويدية": a company or a paper
        word = tokens[kept[q]]
        named = next((x for x in items if x.first <= q < x.last and x.has("actor")), None)
        if named is not None:  # "حزب الله اللبناني": the demonym describes the named body
            actor = c._actor(named)
            if definite and actor is not None and actor[0].kind in _DESCRIBED and named.last == item.first:
                return (THING, "", (), q)
            break
        found = lex.people_heads.get(bare(word.base))
        if found is not None and found[0] == "organisation" and found[1] != ("CVL",):
            return (PEOPLE, found[0], found[1], q)
        if word.base in _BREAKS or word.norm != word.base:
            break  # "قناة العربية عن مسؤول سعودي": the paper's name ended
    if definite != tokens[kept[p]].base.startswith("ال"):
        return None  # "إنتاج السعودية": the country's production, not a Saudi production
    if tokens[kept[p]].base.isdigit():  # "15 سوريا" after a count: people
        return (PEOPLE, "group", ("CVL",), p)
    one = bare(tokens[kept[p]].base)
    two = bare(tokens[kept[p - 1]].base) + " " + tokens[kept[p]].base if p >= 1 else ""
    for key, first in ((two, p - 1), (one, p)):
        if key in lex.people_heads:
            kind, sectors = lex.people_heads[key]
            return (PEOPLE, kind, sectors, first)
        if key in lex.plain_keys:
            return (THING, "", (), first)
    if p >= 1 and tokens[kept[p]].base.startswith("ال"):
        # "الانتخابات الرئاسية الأمريكية": an adjective between the noun and the demonym
        head = bare(tokens[kept[p - 1]].base)
        if head in lex.plain_keys:
            return (THING, "", (), p - 1)
        if head in lex.people_heads and lex.people_heads[head][0] != "person":
            kind, sectors = lex.people_heads[head]
            return (PEOPLE, kind, sectors, p - 1)
    return None


def _joined(c: Composer, item: Item) -> Reading | None:
    """The reading of the demonym this one is joined to ("السعودية - المصرية"، "والعراقيين")."""
    if c.state.last_nisba is None:
        return None
    end, reading = c.state.last_nisba
    token = c.doc.tokens[item.start_token]
    gap = [c.doc.tokens[c.kept[k]].norm for k in range(end, item.first)]
    prefixed = token.norm != token.base and token.norm.startswith("و")
    if (
        (not gap and prefixed)
        or (gap and len(gap) <= 1 and all(w in _JOINERS for w in gap))
        or (not gap and end == item.first)
    ):
        return reading
    return None


def _as_noun(c: Composer, item: Item) -> bool:
    """Whether the demonym stands as a noun: nothing before it is a definite noun it describes."""
    p = item.first - 1
    if p < 0:
        return True
    before = c.doc.tokens[c.kept[p]]
    token = c.doc.tokens[item.start_token]
    if before.base.startswith(_COUNTERPART):
        return False  # "بنظيره الأردني": the counterpart, a state official
    if token.norm != token.base and token.norm[:1] in "لب":  # "للسعوديين"
        return True
    return not before.base.startswith("ال") or before.base in c.lex.place_prepositions


def _people(
    c: Composer,
    items: list[Item],
    i: int,
    first: int,
    end: int,
    kind: str,
    sectors: tuple[str, ...],
    rule: str,
) -> tuple[int, list[Mention]]:
    """People (or a civil body) of the demonym's country, from kept index ``first`` to ``end``."""
    item = items[i]
    sense = item.has("demonym")
    actor = c.kb.get(sense.ref) if sense else None
    assert actor is not None  # the caller checked
    tokens, kept = c.doc.tokens, c.kept
    head = tokens[kept[first]]
    last = tokens[kept[end - 1]]
    span_first = Item(first, first + 1, kept[first], kept[first] + 1, (), head.start, head.end)
    span_last = Item(end - 1, end, kept[end - 1], kept[end - 1] + 1, (), last.start, last.end)
    mention = c._mention(span_first, span_last, kind, None, actor.country, sectors, "demonym", 0.6, rule)
    c.state.remember(mention)
    return sum(1 for x in items[i:] if x.first < end), [mention]
