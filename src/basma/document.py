"""The working state of one article while the stages run over it.

Stages read what earlier stages provided and add their own findings here; the orchestrator turns the
finished document into an immutable :class:`~basma.records.CodedArticle`. Keeping this separate from
``pipeline`` lets every stage import it without importing the orchestrator.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from basma.records import (
    Amount,
    Article,
    CodedArticle,
    DateExpr,
    Event,
    Mention,
    Quote,
    Sentence,
    Token,
)


@dataclass
class Document:
    """Mutable per-article state: the article plus what each stage has found so far."""

    article: Article
    tokens: Sequence[Token] = ()
    sentences: tuple[Sentence, ...] = ()
    dates: tuple[DateExpr, ...] = ()
    amounts: tuple[Amount, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    provided: set[str] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if any."""
        starts = [s.span.start for s in self.sentences]
        i = bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].span.start <= offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None

    def tokens_of(self, sentence: Sentence) -> tuple[Token, ...]:
        """The tokens of one sentence."""
        return tuple(self.tokens[sentence.token_start : sentence.token_end])

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Actor mentions lying inside ``[start, end)``, in text order."""
        return [m for m in self.mentions if start <= m.span.start and m.span.end <= end]

    def dates_in(self, start: int, end: int) -> list[DateExpr]:
        """Date expressions lying inside ``[start, end)``, in text order."""
        return [d for d in self.dates if start <= d.span.start and d.span.end <= end]

    def freeze(self) -> CodedArticle:
        """The finished, immutable result for this article."""
        return CodedArticle(
            article=self.article,
            sentences=self.sentences,
            dates=self.dates,
            mentions=self.mentions,
            events=self.events,
            quotes=self.quotes,
            amounts=self.amounts,
            places=self.places,
        )
