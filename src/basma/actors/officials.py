"""Officials and countries that news names through the article's own country.

- A country's bare name for itself ("المملكة") is the article's leading country when that country
  can use the name, else the one of its candidates the article names most (groups.yaml:
  home_names); after a word of place ("في المملكة"، "مناطق المملكة") it is a place, not an actor.
  It also fills the country slot of a title ("سفير المملكة لدى الأردن" is a Saudi ambassador).
- Titles written bare with no earlier holder (titles.yaml: leading_country_titles): "ولي العهد"
  in a Saudi article is the Saudi crown prince on the publication date; "المحافظ" is a governor of
  the leading country.
- A title or a deputy word followed by a body ("المتحدث باسم وزارة الداخلية"، "وكيل وزارة
  الخارجية") is a role coded as that body (see :mod:`basma.actors.institutions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from basma.actors import institutions
from basma.actors.firstnames import is_given
from basma.actors.kb import phrase_key
from basma.actors.lexicon import Title
from basma.actors.resolver import Item
from basma.records import Actor, Mention, Span

if TYPE_CHECKING:
    from basma.actors.compose import Composer

# Words after which a title word is part of a name ("عبد الملك"، "عبد السلام").
_NAME_PARTS = frozenset(phrase_key(w) for w in ("عبد", "بن", "أبو", "ابن"))
# Words after which a country's self-name is a place ("في المملكة"، "خارج المملكة").
_PLACE_WORDS = frozenset(
    phrase_key(w) for w in ("في", "داخل", "خارج", "أنحاء", "أرجاء", "ربوع", "عموم", "سماء", "زوار", "زائري")
)


def home_country(c: Composer, item: Item, exclude: str | None = None) -> Actor | None:
    """The country a self-name such as "المملكة" stands for in this article, or None.

    ``exclude`` leaves one country out: an ambassador is not sent to his own country
    ("سفير المملكة لدى الأردن" in an article that names Jordan most is still a Saudi).
    """
    sense = item.has("home")
    codes = c.lex.homes.get(phrase_key(sense.ref)) if sense else None
    codes = tuple(x for x in codes or () if x != exclude)
    if not codes:
        return None
    counts = c.context.counts()
    leading = c.context.leading()
    if leading in codes:
        code: str | None = leading
    else:
        named = [x for x in codes if counts.get(x, 0)]
        code = max(named, key=lambda x: counts[x]) if named else None
    return c.kb.get(c.kb.country_by_code.get(code or "", "")) if code else None


def home_mention(c: Composer, item: Item) -> list[Mention]:
    """The country a bare self-name stands for, unless it is used as a place."""
    token = c.doc.tokens[item.start_token]
    before = c.doc.tokens[c.kept[item.first - 1]] if item.first > 0 else None
    proclitic = token.norm[: len(token.norm) - len(token.base)] if token.norm.endswith(token.base) else ""
    if "ب" in proclitic or (
        before is not None and (before.base in _PLACE_WORDS or before.base in c.lex.plain_heads)
    ):
        return []
    country = home_country(c, item)
    if country is None:
        return []
    mention = c._mention(
        item, item, "country", country.id, country.country, ("GOV",), "variant", 0.7, "home-name"
    )
    c.state.remember(mention)
    return [mention]


def leading_title(c: Composer, title: Title, first: Item, last: Item) -> Mention | None:
    """A bare title of the article's leading country: its holder on the day, or a role of it."""
    if title.key not in c.lex.leading_titles:
        return None
    code = c.context.leading()
    if code is None or not is_title_word(c, first):
        return None
    token = c.doc.tokens[first.start_token]
    before = c.doc.tokens[c.kept[first.first - 1]] if first.first > 0 else None
    if token.base.startswith("ال") and before is not None and before.norm.startswith("ال"):
        return None  # "المجتمع المسلم المحافظ": an adjective (conservative), not the governor
    if last.last < len(c.kept):
        after = c.doc.tokens[c.kept[last.last]].base
        if is_given(c.lex, c.doc.tokens, c.kept, last.last) or after.removeprefix("ال") in c.lex.given_names:
            return (
                None  # "مجمع الملك فهد"، "الملك الفهد": a name follows that the knowledge base does not know
            )
    if title.office and title.unique:
        holders = {o.actor_id for o in c.kb.holders(title.office, code, c.day)}
        person = c.kb.get(holders.pop()) if len(holders) == 1 else None
        if person is None:
            return None
        p_code, p_sectors = person.code_on(c.day)
        return c._mention(
            first,
            last,
            "person",
            person.id,
            p_code,
            p_sectors,
            "role",
            0.7,
            f"office-on-date+leading:{title.office}",
        )
    if title.office:
        return None
    return c._mention(
        first, last, "role", None, code, title.sectors, "role", 0.5, f"title:{title.key}+leading"
    )


def is_title_word(c: Composer, item: Item) -> bool:
    """Whether a title item is the title itself, not a word that reads like one with a clitic or
    inside a name: "وإلى" normalises to the form of "والي" (a governor), "عبد الملك" is a name."""
    token = c.doc.tokens[item.start_token]
    if token.norm != token.base and not any(s.kind == "title" for s in c.kb.senses.get(token.base, [])):
        return False
    if c.doc.text[token.start : token.end].endswith("ى"):
        return False  # "وإلى" and "والي" normalise alike; a title never ends in alef maqsura
    return item.first == 0 or c.doc.tokens[c.kept[item.first - 1]].base not in _NAME_PARTS


def titled_body(
    c: Composer, items: list[Item], k: int, first: Item, sectors: tuple[str, ...], rule: str
) -> tuple[int, Mention] | None:
    """A role named by a title (or deputy word) and the body after it, coded as that body.

    Returns the number of items the body used and the role mention, or None when ``items[k]``
    does not start a body.
    """
    if not items[k].has("head"):
        return None
    composed = institutions.body(c, items, k)
    if composed is None or not composed[1]:
        return None
    used, (body,) = composed[0], composed[1][:1]
    span = Span.of(c.doc.text, first.start_char, body.span.end)
    civil = "CVL" in body.sectors  # "رئيس اللجنة الأولمبية ...": the head of a civil body
    mention = Mention(
        span, "role", None, body.code, body.sectors if civil else sectors or body.sectors, "role", 0.7, rule
    )
    return used, mention


def titled_org(c: Composer, org_item: Item, first: Item, rule: str) -> tuple[int, Mention] | None:
    """A deputy word before a listed organisation ("وكيل وزارة الخارجية السعودية"): a role of it."""
    named = c._actor(org_item)
    if named is None or named[0].kind in ("person", "country", "capital"):
        return None
    code, sectors = named[0].code_on(c.day)
    span = Span.of(c.doc.text, first.start_char, org_item.end_char)
    return 1, Mention(span, "role", None, code, sectors, "role", 0.7, rule)
