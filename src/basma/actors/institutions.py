"""Rules for names the knowledge base cannot list one by one.

- Bodies: a head noun, up to three definite words, then a demonym ("وزارة الخزانة الأميركية"،
  "قوات الأمن العام السورية"، "جهاز المخابرات العامة المصرية"، "حرس الحدود العراقي") name a body of
  that country; the words inside set its sectors (groups.yaml: body_heads, body_specifiers).
- Princes by patronymic: "الأمير <name> بن <name>" that no entry knows is an elite of the article's
  leading country when that country has a royal house using the title (princely_countries).
- Titles after a name: "محمد بن سلمان ولي العهد" is one mention when the person held that office.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from basma.actors.resolver import Item
from basma.records import Actor, Mention

if TYPE_CHECKING:
    from basma.actors.compose import Composer

_MAX_GAP = 3
# Definite words that end a body's name rather than continue it.
# ("الي" and "الا" are إلى and إلا after normalisation.)
_NOT_IN_NAME = frozenset(
    {"الي", "الا", "الذي", "التي", "الذين", "اليوم", "الان", "الماضي", "المقبل", "الجاري", "الليله"}
)


# Plural demonyms name people: a body "of Saudi engineers" is a professional body.
_PEOPLE = ("يين", "يون")


def _demonym_country(c: Composer, item: Item) -> Actor | None:
    sense = item.has("demonym")
    if sense is None or sense.compose_only or not c.doc.tokens[item.start_token].base.startswith("ال"):
        return None
    actor = c.kb.get(sense.ref)
    return actor if actor is not None and actor.kind == "country" else None


def _plain(c: Composer, word: str) -> bool:
    """A word that names a thing, not a body ("الأراضي"), unless bodies use it ("حرس الحدود")."""
    return word in c.lex.plain_heads and word not in c.lex.body_specifiers


def body(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]] | None:
    """A body named by head noun + definite words + demonym, or None when the words do not fit."""
    head = items[i].has("head")
    if head is None:
        return None
    starts = {item.first: n for n, item in enumerate(items) if n > i}
    words: list[str] = [c.doc.tokens[c.kept[k]].base for k in range(items[i].first, items[i].last)]
    p = items[i].last
    extra: list[str] = []
    for _ in range(_MAX_GAP + 1):
        if p >= len(c.kept):
            break
        n = starts.get(p)
        if n is not None:
            country = _demonym_country(c, items[n])
            if country is not None and c.doc.tokens[items[n].start_token].base.endswith(_PEOPLE):
                return None  # "هيئة المهندسين السعوديين": a body of people, not of the state
            if country is not None:
                found = _body_mention(
                    c,
                    items[i],
                    items[n],
                    head.ref,
                    head.sectors,
                    words,
                    country.country,
                    0.8,
                    "body:head+demonym",
                    extra,
                )
                return n - i + 1, [found]
            if items[n].has("actor") and not items[n].has("head"):
                break  # another actor's name: not one body
        token = c.doc.tokens[c.kept[p]]
        if not token.base.startswith("ال") or token.base in _NOT_IN_NAME or _plain(c, token.base):
            break
        end = items[n].last if n is not None else p + 1
        sector = items[n].has("sector") if n is not None else None
        named = " ".join(c.doc.tokens[c.kept[k]].base for k in range(p, end)) in c.lex.body_specifiers
        if sector is not None and not named:  # "القوات الأمنية العراقية": a sector adjective inside
            extra += sector.sectors
        words += [c.doc.tokens[c.kept[k]].base for k in range(p, end)]
        p = end
    return _bare_body(c, items, i, head.ref, head.sectors) if head.ref.endswith("+bare") else None


def _bare_body(
    c: Composer, items: list[Item], i: int, strength: str, own: tuple[str, ...]
) -> tuple[int, list[Mention]] | None:
    """A head noun and a known specifier with no country ("وزارة الداخلية"، "مجلس الشورى").

    News names its own country's bodies bare, so the body is given the article's leading country,
    at low confidence; without a specifier right after the head there is no body.
    """
    p, spec = items[i].last, 0
    while p + spec < len(c.kept) and spec < 2:
        pair = [c.doc.tokens[c.kept[k]].base for k in range(p + spec, min(p + spec + 2, len(c.kept)))]
        if len(pair) == 2 and " ".join(pair) in c.lex.body_specifiers:
            spec += 2
        elif pair[0] in c.lex.body_specifiers:
            spec += 1
        else:
            break
    end = p + spec
    code = c.context.leading()
    if not spec or code is None or any(item.first < end < item.last for item in items[i + 1 :]):
        return None
    inside = [item for item in items[i + 1 :] if item.first < end]
    if any(item.has("actor") for item in inside):
        return None
    words = [c.doc.tokens[c.kept[k]].base for k in range(items[i].first, end)]
    last = _token_item(c, end - 1)
    mention = _body_mention(c, items[i], last, strength, own, words, code, 0.5, "body:head+leading-country")
    return 1 + len(inside), [mention]


def _token_item(c: Composer, k: int) -> Item:
    """A stand-in item for one kept token, to end a span on it."""
    token = c.doc.tokens[c.kept[k]]
    return Item(k, k + 1, c.kept[k], c.kept[k] + 1, (), token.start, token.end)


def _body_mention(
    c: Composer,
    first: Item,
    last: Item,
    strength: str,
    own: tuple[str, ...],
    words: list[str],
    code: str | None,
    confidence: float,
    rule: str,
    extra: list[str] | None = None,
) -> Mention:
    spec: list[str] = list(extra or [])
    for n in range(len(words)):
        for size in (2, 1):
            found = c.lex.body_specifiers.get(" ".join(words[n : n + size]))
            if found:
                spec += found
                break
    if strength.startswith("weak") and spec:
        sectors = tuple(dict.fromkeys(spec))
    else:
        sectors = tuple(dict.fromkeys(own + tuple(spec)))
    mention = c._mention(first, last, "organisation", None, code, sectors, "role", confidence, rule)
    c.state.remember(mention)
    return mention


def _name_word(c: Composer, p: int) -> int:
    """How many kept tokens from ``p`` make one given name (0 when none): "فيصل"، "عبد الله"."""
    if p >= len(c.kept):
        return 0
    token = c.doc.tokens[c.kept[p]]
    if not token.base.isalpha() or token.base.startswith("ال") or token.norm != token.base:
        return 0
    if token.base == "عبد" and p + 1 < len(c.kept) and c.doc.tokens[c.kept[p + 1]].base.isalpha():
        return 2
    return 1


def patronymic_end(c: Composer, p: int) -> int:
    """End (exclusive, kept index) of "<name> بن <name> [بن <name>]*" starting at ``p``, or ``p``."""
    size = _name_word(c, p)
    if not size:
        return p
    end, q = p, p + size
    while q < len(c.kept) and c.doc.tokens[c.kept[q]].base in c.lex.patronymic:
        size = _name_word(c, q + 1)
        if not size:
            break
        q += 1 + size
        end = q
    return end


def is_prince_honorific(c: Composer, item: Item) -> bool:
    text = " ".join(c.doc.tokens[c.kept[k]].base for k in range(item.first, item.last))
    return text in c.lex.prince_honorifics


def prince(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]] | None:
    """An unknown prince named by patronymic after a princely honorific, coded by the article."""
    j = i
    while j + 1 < len(items) and items[j + 1].first == items[j].last and items[j + 1].has("honorific"):
        j += 1
    if not any(is_prince_honorific(c, items[n]) for n in range(i, j + 1)):
        return None
    start = items[j].last
    end = patronymic_end(c, start)
    inside = [item for item in items[j + 1 :] if start <= item.first < end]
    if end == start or any(item.first == start or item.last > end for item in inside):
        return None  # a known name starts the chain, or a longer name runs past it

    code = c.context.leading()
    if code not in c.lex.princely:
        return None
    nxt = next((item for item in items[j + 1 :] if item.first >= end), None)
    titled = nxt is not None and nxt.first == end and bool(nxt.has("title"))
    sectors = ("ELI", "GOV") if titled else ("ELI",)
    mention = c._mention(
        items[i], _token_item(c, end - 1), "person", None, code, sectors, "role", 0.6, "prince-patronymic"
    )
    c.state.remember(mention)
    return j - i + 1 + len(inside), [mention]  # fathers' names inside the chain are part of it


def trailing_title(c: Composer, items: list[Item], i: int, person: Actor) -> Item | None:
    """The last item of a title (and its country) that follows a person who held that office."""
    k = i + 1
    if k >= len(items) or items[k].first != items[i].last:
        return None
    sense = items[k].has("title")
    token = c.doc.tokens[items[k].start_token]
    if sense is None or c._actor(items[k]) is not None or token.norm != token.base:
        return None  # "بوتين ورئيس ...": a second person, not an apposition
    office = c.lex.titles[sense.ref].office
    if office is None or office not in c.kb.offices_of(person.id):
        return None
    last = items[k]
    if k + 1 < len(items) and items[k + 1].first == last.last:
        country = c._country_of(items[k + 1])
        if country is not None and country.country == person.country:
            last = items[k + 1]
    return last
