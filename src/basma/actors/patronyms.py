"""Known people written with their father's name inserted: "إبراهيم بن عبدالعزيز العساف".

Gulf news often writes a person's full chain of names where the knowledge base lists the short
form "إبراهيم العساف". Listing every chain is impossible, so any "<given> بن <father> [بن
<grandfather>] <family>" whose given and family names form a listed two-word name is read as that
person. The family name must carry the article (العساف), as Gulf family names do.
"""

from __future__ import annotations

from collections.abc import Sequence

from basma.actors.kb import KnowledgeBase, phrase_key
from basma.actors.resolver import Item
from basma.actors.senses import Sense
from basma.records import Token

_LINKS = frozenset({phrase_key("بن"), phrase_key("بنت")})
_MAX_LINKS = 3


def given_family(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    """(given name, family name) -> person id, for every listed two-word name "<given> ال<family>"."""
    cached: dict[tuple[str, str], str] | None = getattr(kb, "_given_family", None)
    if cached is None:
        cached = {}
        for actor in kb.actors():
            if actor.kind != "person":
                continue
            for name in actor.names_ar:
                words = phrase_key(name).split()
                if len(words) == 2 and words[1].startswith("ال") and not words[0].startswith("ال"):
                    cached.setdefault((words[0], words[1]), actor.id)
        kb._given_family = cached  # type: ignore[attr-defined]
    return cached


def _father(tokens: Sequence[Token], kept: list[int], p: int, hi: int) -> int:
    """Kept tokens in one father's name at ``p`` ("عبدالعزيز" 1, "عبد العزيز" 2), 0 when none."""
    if p >= hi or not tokens[kept[p]].base.isalpha():
        return 0
    return 2 if tokens[kept[p]].base == "عبد" and p + 1 < hi else 1


def with_patronymic_names(
    kb: KnowledgeBase, tokens: Sequence[Token], kept: list[int], items: list[Item], lo: int, hi: int
) -> list[Item]:
    """``items`` plus one item per known person written with inserted patronymics."""
    index = given_family(kb)
    given = {g for g, _ in index}
    found: list[Item] = []
    k = lo
    while k < hi:
        if tokens[kept[k]].base not in given:
            k += 1
            continue
        q, links = k + 1, 0
        while q < hi and links < _MAX_LINKS and tokens[kept[q]].base in _LINKS:
            size = _father(tokens, kept, q + 1, hi)
            if not size:
                break
            q, links = q + 1 + size, links + 1
        actor_id = index.get((tokens[kept[k]].base, tokens[kept[q]].base)) if links and q < hi else None
        if actor_id is None:
            k += 1
            continue
        first, last = tokens[kept[k]], tokens[kept[q]]
        clitic = first.norm != first.base and first.norm.endswith(first.base)  # "وعادل": drop "و"
        start = first.end - len(first.base) if clitic else first.start
        found.append(
            Item(k, q + 1, kept[k], kept[q] + 1, (Sense("actor", actor_id, "variant"),), start, last.end)
        )
        k = q + 1
    if not found:
        return items
    kept_items = [i for i in items if not any(f.first < i.last and i.first < f.last for f in found)]
    return sorted(kept_items + found, key=lambda i: i.first)
