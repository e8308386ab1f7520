"""Given names: family names that look like demonyms, and people named by honorific and first name.

- "عبدالله السويدي" and "محمد المصري" are people: a definite demonym right after a given name
  (names.yaml), an عبد- name or a kunya ("أبو بكر") is a family name, not Sweden or Egypt acting.
  Later in the same article a bare "المصري" that no definite noun governs is that person too. A
  demonym after a noun stays an adjective ("الوفد المصري"، "الموقف المصري").
- "الأمير فيصل"، "الشيخ تميم": an honorific and one given name, with no family name after it,
  is the person of that given name the article has already named in full, when there is exactly
  one. With none, a prince by first name in an article led by a country with a royal house is an
  elite of that country with no actor id (like an unknown prince by patronymic); otherwise nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from basma.actors.kb import phrase_key
from basma.actors.lexicon import Lexicon
from basma.actors.resolver import Item
from basma.records import Mention, Token

if TYPE_CHECKING:
    from basma.actors.compose import Composer

# Words after which the next word is a name: عبد الله، أبو بكر، بن سلمان، أم كلثوم.
_NAME_LINKS = frozenset(phrase_key(w) for w in ("عبد", "أبو", "أبي", "أبا", "بن", "بنت", "ابن", "أم"))
# Words that may follow a first name without being a family name.
_NOT_FAMILY = frozenset(phrase_key(w) for w in ("الذي", "التي", "اليوم", "الثلاثاء", "الأربعاء", "الخميس"))
_AL = phrase_key("آل")  # "آل سعود": a house name follows
_MAX_NAME_WORDS = 5


def is_given(lex: Lexicon, tokens: Sequence[Token], kept: list[int], p: int) -> int:
    """How many kept tokens from ``p`` make a given name: "فيصل" 1, "عبدالعزيز" 1, "عبد الله" 2, else 0."""
    if p >= len(kept):
        return 0
    base = tokens[kept[p]].base
    if base in lex.given_names or (base.startswith("عبد") and len(base) > 4 and base.isalpha()):
        return 1
    if base == "عبد" and p + 1 < len(kept) and tokens[kept[p + 1]].base.isalpha():
        return 2
    return 0


def ends_name(lex: Lexicon, tokens: Sequence[Token], kept: list[int], first: int) -> bool:
    """Whether the words right before kept index ``first`` end a personal name."""
    p = first - 1
    if p < 0 or not tokens[kept[p]].base.isalpha():
        return False
    if is_given(lex, tokens, kept, p) == 1:
        return True
    return p >= 1 and tokens[kept[p - 1]].base in _NAME_LINKS


def is_family_name(c: Composer, item: Item) -> bool:
    """Whether a demonym item is a family name ("محمد المصري"), remembering it for later."""
    token = c.doc.tokens[item.start_token]
    if item.last - item.first != 1 or not token.base.startswith("ال"):
        return False
    if ends_name(c.lex, c.doc.tokens, c.kept, item.first):
        c.state.family_names.add(token.base)
        return True
    if token.base not in c.state.family_names:
        return False
    before = c.doc.tokens[c.kept[item.first - 1]] if item.first > 0 else None
    return before is None or not before.base.startswith("ال")  # "وقال المصري" yes; "الموقف المصري" no


def first_name(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]] | None:
    """A person named by honorific and one given name ("الأمير فيصل"), read from the article."""
    j = i
    while j + 1 < len(items) and items[j + 1].first == items[j].last and items[j + 1].has("honorific"):
        j += 1
    p = items[j].last
    size = is_given(c.lex, c.doc.tokens, c.kept, p)
    if not size or any(x.first == p and x.has("actor") for x in items[j + 1 :]):
        return None
    q = p + size
    if q < len(c.kept):
        after = c.doc.tokens[c.kept[q]].base
        covered = any(x.first <= q < x.last for x in items[j + 1 :])
        if after in c.lex.patronymic or after in _NAME_LINKS or after == _AL:
            return None
        if after.startswith("ال") and not covered and after not in _NOT_FAMILY:
            return None  # "الشيخ محمد العريفي": a family name follows
    given = "".join(c.doc.tokens[c.kept[k]].base for k in range(p, q))
    span_last = _last(c, q - 1)
    princely = any(_princely(c, items[n]) for n in range(i, j + 1))
    people = {
        actor.id: actor
        for actor_id in c.state.seen
        if (actor := c.kb.get(actor_id)) is not None
        and actor.kind == "person"
        and any(_given_of(name) == given for name in actor.names_ar)
    }
    unnamed = c.state.given.get(given)
    used = sum(1 for x in items[i:] if x.first < q)
    if len(people) == 1 and unnamed is None:
        actor = next(iter(people.values()))
        code, sectors = actor.code_on(c.day)
        mention = c._mention(
            items[i], span_last, "person", actor.id, code, sectors, "coreference", 0.75, "first-name-coref"
        )
    elif not people and unnamed is not None:
        mention = c._mention(
            items[i],
            span_last,
            "person",
            None,
            unnamed.code,
            unnamed.sectors,
            "coreference",
            0.6,
            "first-name-coref",
        )
    elif not people and princely and (code := c.context.leading()) in c.lex.princely:
        mention = c._mention(
            items[i], span_last, "person", None, code, ("ELI",), "role", 0.5, "prince-first-name"
        )
        c.state.given[given] = mention
    else:
        return None
    c.state.remember(mention)
    return used, [mention]


def _given_of(name: str) -> str:
    """The given name a full name starts with, joined: "عبد الله بن ..." -> "عبدالله"."""
    words = phrase_key(name).split()
    return words[0] + words[1] if words[0] == "عبد" and len(words) > 1 else words[0]


def _princely(c: Composer, item: Item) -> bool:
    text = " ".join(c.doc.tokens[c.kept[k]].base for k in range(item.first, item.last))
    return text in c.lex.prince_honorifics


def _last(c: Composer, k: int) -> Item:
    token = c.doc.tokens[c.kept[k]]
    return Item(k, k + 1, c.kept[k], c.kept[k] + 1, (), token.start, token.end)


def name_end(c: Composer, items: list[Item], p: int) -> int | None:
    """End (exclusive kept index) of an unknown personal name starting at ``p``, or None.

    A name is a given name, then given names or "بن"/"أبو" links with a name ("خالد بن محمد"),
    then at most one definite family name ("الحربي") that no matched phrase covers. Listed people
    are matched as names before this is asked.
    """
    tokens, kept, lex = c.doc.tokens, c.kept, c.lex
    size = is_given(lex, tokens, kept, p)
    if not size or any(x.first <= p < x.last for x in items):
        return None
    covered = {k for x in items if x.last > p for k in range(x.first, x.last)}
    # one-word adjectives that are also family names ("الحربي"، "المصري") may end a name
    nisbas = {
        x.first
        for x in items
        if x.last == x.first + 1 and x.senses and all(s.kind in ("sector", "demonym") for s in x.senses)
    }
    q, words = p + size, 1
    while q < len(kept) and words < _MAX_NAME_WORDS:
        token = tokens[kept[q]]
        if q in covered:
            if q in nisbas and token.norm == token.base and token.base.startswith("ال"):
                q += 1
            break
        if token.norm != token.base:
            break  # "خالد وفهد": a second person
        if token.base in lex.patronymic or token.base in _NAME_LINKS or token.base == _AL:
            link = is_given(lex, tokens, kept, q + 1) or (
                1 if q + 1 < len(kept) and tokens[kept[q + 1]].base.isalpha() and q + 1 not in covered else 0
            )
            if not link:
                break
            q, words = q + 1 + link, words + 1
            continue
        given = is_given(lex, tokens, kept, q)
        if given:
            q, words = q + given, words + 1
            continue
        definite = token.base.startswith("ال") and token.base.isalpha() and len(token.base) > 3
        if definite and token.base not in _NOT_FAMILY:
            q += 1  # the family name ends the name
        break
    return q


def ranked_name(c: Composer, items: list[Item], i: int) -> tuple[int, list[Mention]] | None:
    """A rank and an unknown name ("اللواء خالد الحربي"): an officer of the article's leading country."""
    j = i
    while j + 1 < len(items) and items[j + 1].first == items[j].last and items[j + 1].has("rank"):
        j += 1
    end = name_end(c, items, items[j].last)
    code = c.context.leading()
    if end is None or code is None:
        return None
    service = officer_service(c, items[i].first, end)
    mention = c._mention(
        items[i],
        _last(c, end - 1),
        "person",
        None,
        code,
        (service,) if service else ("MIL",),
        "role",
        0.5,
        f"rank+name+{service}" if service else "rank+name",
    )
    c.state.remember(mention)
    return sum(1 for x in items[i:] if x.first < end), [mention]


_POLICE_BEFORE, _POLICE_AFTER = 8, 10


def officer_service(c: Composer, first: int, end: int) -> str | None:
    """The service an officer (kept indices ``first``..``end``) belongs to when it is not the army.

    "اللواء ... مدير شرطة المنطقة"، "العميد ... المتحدث باسم الدفاع المدني": a rank is MIL unless
    a police cue (`groups.yaml: police_cues`) is within a few words before it or after the name,
    in the same sentence (COP); an intelligence cue ("مدير المخابرات العامة الفريق ...") makes SPY.
    """
    tokens, kept = c.doc.tokens, c.kept
    sentence = next((s for s in c.doc.sentences if s.token_start <= kept[first] < s.token_end), None)
    lo = max(0, first - _POLICE_BEFORE)
    hi = min(len(kept), end + _POLICE_AFTER)
    words = [
        tokens[kept[k]].base
        for k in range(lo, hi)
        if sentence is None or sentence.token_start <= kept[k] < sentence.token_end
    ]
    phrases = set(words) | {f"{a} {b}" for a, b in pairwise(words)}
    if phrases & c.lex.intelligence_cues:
        return "SPY"
    if phrases & c.lex.police_cues:
        return "COP"
    return None
