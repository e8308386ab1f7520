"""Resolve every actor mention of an article: match phrases, then compose them into mentions.

Matching is a pure step (the knowledge base's phrase matcher over the tokens, quotes skipped so that
'تنظيم "داعش"' still matches); composition is a separate step that reads the matched items of one
sentence left to right and applies the rules in :mod:`basma.actors.compose`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from basma.actors.cues import QUOTES
from basma.actors.kb import KnowledgeBase, load_kb
from basma.actors.senses import Sense
from basma.actors.state import ArticleState
from basma.document import Document
from basma.records import Mention, Token
from basma.text.tokens import Tokens


@dataclass(frozen=True)
class Item:
    """A matched phrase: token range in the article's full token list and what it can mean."""

    first: int  # index into the filtered tokens
    last: int  # exclusive, filtered
    start_token: int  # index into doc.tokens
    end_token: int  # exclusive, doc.tokens
    senses: tuple[Sense, ...]
    start_char: int = 0  # the matched span, proclitics of the first word left out
    end_char: int = 0

    def has(self, kind: str) -> Sense | None:
        return next((s for s in self.senses if s.kind == kind), None)


def match_items(kb: KnowledgeBase, tokens: Sequence[Token], kept: list[int], lo: int, hi: int) -> list[Item]:
    """Phrase matches over the kept (non-quote) tokens ``kept[lo:hi]``."""
    view = Tokens.of(tokens).select(kept[lo:hi])
    items = []
    for match in kb.matcher().find(view):
        first, end = lo + match.token_start, lo + match.token_end
        items.append(
            Item(
                first,
                end,
                kept[first],
                kept[end - 1] + 1,
                tuple(match.payloads),
                match.span.start,
                match.span.end,
            )
        )
    return items


def resolve_with(kb: KnowledgeBase, doc: Document) -> tuple[Mention, ...]:
    """Resolve the mentions of ``doc`` against ``kb`` (``resolve`` uses the bundled knowledge base)."""
    from basma.actors.compose import Composer
    from basma.actors.patronyms import with_patronymic_names

    tokens = doc.tokens
    # Read from the norm column: iterating the tokens would build a record for every word.
    kept = [i for i, norm in enumerate(Tokens.of(tokens).norms) if norm not in QUOTES]
    position = {tok: k for k, tok in enumerate(kept)}
    day = doc.article.published_at.date() if doc.article.published_at else None
    state = ArticleState()
    composer = Composer(kb, doc, kept, day, state)
    ranges = [(s.token_start, s.token_end) for s in doc.sentences] or [(0, len(tokens))]
    sentences: list[list[Item]] = []
    for start, end in ranges:
        lo = next((position[i] for i in range(start, end) if i in position), None)
        if lo is None:
            continue
        hi = max(position[i] for i in range(start, end) if i in position) + 1
        sentences.append(
            with_patronymic_names(kb, tokens, kept, match_items(kb, tokens, kept, lo, hi), lo, hi)
        )
    composer.context.items = [item for items in sentences for item in items]  # matched once, read twice
    mentions: list[Mention] = []
    for items in sentences:
        mentions += composer.sentence(items)
    return tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end)))


def resolve(doc: Document) -> tuple[Mention, ...]:
    """Every actor mention in the article, each with its code on the publication date and its rule."""
    return resolve_with(load_kb(), doc)
