""" "The occupation" (الاحتلال) as an actor: the occupying power, read from the words and the article.

Palestinian and Arab reporting names Israel's forces and authorities by the occupation: "قوات
الاحتلال"، "سلطات الاحتلال"، "جرافات الاحتلال", or bare "الاحتلال". The same noun names other
occupiers when a demonym follows ("الاحتلال الأمريكي للعراق" is the USA), and in an article about
Iraq a bare "بعد الاحتلال" is a period, not Israel. So the occupier is, in order: the demonym after
the noun; the occupier this article named before; the default occupier (groups.yaml:
occupation_default) when the article is about that conflict (it names one of
occupation_countries or uses one of occupation_cues). Otherwise there is no mention. A head noun
before the noun sets the sectors (occupation_heads: قوات -> MIL, سلطات -> GOV, شرطة -> COP).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from basma.actors.forms import definite
from basma.actors.kb import phrase_key
from basma.actors.resolver import Item
from basma.records import Mention, Span

if TYPE_CHECKING:
    from basma.actors.compose import Composer

_MAX_HEAD = 3  # words in a head item ending with a head noun ("رئيس حكومة")


def compose(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]] | None:
    """The occupier named at ``items[i]`` (the noun, or a head noun right before it), or None."""
    item = items[i]
    heads = c.lex.occupation_heads
    if item.has("occupation"):
        anchor, head = i, None
        p = item.first - 1
        if p >= 0 and (i == 0 or items[i - 1].last <= p) and c.doc.tokens[c.kept[p]].base in heads:
            head = _token_item(c, p)  # "دولة الاحتلال", "جرافات الاحتلال": no item covers the head
    elif (
        i + 1 < len(items)
        and items[i + 1].first == item.last
        and items[i + 1].has("occupation")
        and item.last - item.first <= _MAX_HEAD
        and c.doc.tokens[c.kept[item.last - 1]].base in heads
    ):
        anchor, head = i + 1, item
    else:
        return None
    noun = items[anchor]
    found = _occupier(c, items, anchor)
    if found is None:
        return (1, []) if head is None or anchor == i else None
    code, last, rule = found
    if head is not None:
        sectors = heads[c.doc.tokens[c.kept[head.last - 1]].base]
        kind, actor_id = "organisation", _body_id(c, c.doc.tokens[c.kept[head.last - 1]].base, code)
        rule = "occupation:head+" + rule
    else:
        sectors, kind = ("GOV",), "country"
        actor_id = c.kb.country_by_code.get(code)
        rule = "occupation+" + rule
    first = head or noun
    confidence = 0.85 if rule.endswith("demonym") else 0.7
    span = Span.of(c.doc.text, first.start_char, last.end_char)
    mention = Mention(span, kind, actor_id, code, sectors, "role", confidence, rule)
    c.state.remember(mention)
    c.state.occupier = code
    used = sum(1 for x in items[i:] if x.first < last.last)
    return used, [mention]


def _occupier(c: Composer, items: list[Item], n: int) -> tuple[str, Item, str] | None:
    """(country code, last item of the name, how it was found) for the noun at ``items[n]``."""
    noun = items[n]
    nxt = items[n + 1] if n + 1 < len(items) and items[n + 1].first == noun.last else None
    if nxt is not None and nxt.has("demonym"):
        country = c._country_of(nxt)
        if country is not None and country.country:
            return country.country, nxt, "demonym"
    if noun.last < len(c.kept) and nxt is None:
        after = c.doc.tokens[c.kept[noun.last]].base
        if after.startswith("ال") and (after.endswith("ي") or after.endswith("يه")):
            return None  # "الاحتلال العثماني": an occupier the knowledge base does not know
    if c.state.occupier:
        return c.state.occupier, noun, "earlier"
    default = c.lex.occupation_default
    if default and _about_default(c):
        return default, noun, "article"
    return None


def _about_default(c: Composer) -> bool:
    """Whether the article is about the default occupier's conflict (counted once per article)."""
    if c.state.occupation_context is None:
        counts = c.context.counts()
        named = any(counts.get(code, 0) for code in c.lex.occupation_countries)
        cues = c.lex.occupation_cues
        c.state.occupation_context = named or any(c.doc.tokens[k].base in cues for k in c.kept)
    return c.state.occupation_context


def _body_id(c: Composer, head: str, code: str) -> str | None:
    """The listed body a head noun and the occupier's demonym name ("جيش" + ISR -> "الجيش الإسرائيلي")."""
    country = c.kb.countries.get(c.kb.country_by_code.get(code, ""))
    if country is None:
        return None
    noun = head if head.startswith("ال") else "ال" + head
    for demonym in country.demonyms:
        for feminine in (False, True):
            for sense in c.kb.senses.get(phrase_key(f"{noun} {definite(demonym, feminine=feminine)}"), []):
                if sense.kind == "actor":
                    return sense.ref
    return None


def _token_item(c: Composer, k: int) -> Item:
    """A stand-in item for one kept token, its proclitics (و، ب، ل) left out of the span."""
    token = c.doc.tokens[c.kept[k]]
    start = (
        token.end - len(token.base)
        if token.norm != token.base and token.norm.endswith(token.base)
        else token.start
    )
    return Item(k, k + 1, c.kept[k], c.kept[k] + 1, (), start, token.end)
