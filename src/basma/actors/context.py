"""What an article is about, for choosing between readings of a name that several actors share.

"عمان" is Oman's name and Jordan's capital (Amman). Which one an article means follows from the
other countries it names: in a text about Jordan (الأردن، الأردني، عبدالله الثاني) it is Amman, a
metonym for Jordan's government; next to مسقط، العماني or قابوس it is Oman. The evidence is counted
once per article, from every match whose country is not itself in doubt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from basma.actors.kb import KnowledgeBase, phrase_key
from basma.records import Actor, Token

if TYPE_CHECKING:
    from basma.actors.resolver import Item

_CAPITAL_CUES = frozenset({phrase_key("العاصمة")})


class ArticleContext:
    """Country evidence of one article, computed on first use."""

    def __init__(self, kb: KnowledgeBase, tokens: Sequence[Token], kept: list[int]) -> None:
        self.kb, self.tokens, self.kept = kb, tokens, kept
        self._counts: Counter[str] | None = None
        self.items: list[Item] | None = None  # the article's matches, when the caller has them already

    def counts(self) -> Counter[str]:
        """How often each country code is named (names, demonyms, capitals, people) in the article."""
        if self._counts is None:
            from basma.actors.resolver import match_items  # local: resolver imports composers

            counts: Counter[str] = Counter()
            items = self.items
            if items is None:
                items = match_items(self.kb, tuple(self.tokens), self.kept, 0, len(self.kept))
            for item in items:
                codes = {code for sense in item.senses if (code := self._code(sense.kind, sense.ref))}
                if len(codes) == 1:
                    counts[codes.pop()] += 1
            self._counts = counts
        return self._counts

    def _code(self, kind: str, ref: str) -> str | None:
        if kind not in ("actor", "demonym"):
            return None
        actor = self.kb.get(ref)
        if actor is None or actor.country not in self.kb.country_by_code:
            return None
        return actor.country

    def leading(self) -> str | None:
        """The country the article names most often, if any."""
        common = self.counts().most_common(1)
        return common[0][0] if common else None

    def choose(self, candidates: list[Actor], start_token: int) -> Actor:
        """The candidate whose country the article names most; a country's own name on a tie.

        A capital reading wins outright right after "العاصمة" ("العاصمة عمان").
        """
        before = [t for t in self.tokens[max(0, start_token - 2) : start_token] if t.norm[:1].isalnum()]
        if before and before[-1].base in _CAPITAL_CUES:
            capitals = [a for a in candidates if a.kind == "capital"]
            if capitals:
                return capitals[0]
        counts = self.counts()
        ordered = sorted(candidates, key=lambda a: a.kind == "capital")  # a country's own name first
        best = ordered[0]
        for actor in ordered[1:]:
            if counts.get(actor.country or "", 0) > counts.get(best.country or "", 0):
                best = actor
        return best
