"""Date and time expressions, resolved against the publication date.

:func:`find_dates` finds numeric dates (``18-11-2025``, ``11/17/2025 9:19:00 AM``) with a regular
expression over the text and everything written in words with a token grammar
(:mod:`basma.dates.scanner`), then resolves each against the publication day in the publication's
own time zone. Every result records its granularity, its basis (explicit, relative to publication,
or relative to another date of the article) and the rule that produced it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from basma.dates.lexicon import calendar
from basma.dates.numeric import numeric_dates
from basma.dates.scanner import Scanner
from basma.records import DateExpr, Token
from basma.text.tokens import Tokens

__all__ = ["find_dates"]


def find_dates(text: str, tokens: Sequence[Token], published_at: datetime | None) -> tuple[DateExpr, ...]:
    """Find and resolve the date expressions of one article.

    :param text: the article text.
    :param tokens: its tokens (from :func:`basma.text.tokenize`).
    :param published_at: publication time; its own local date is "today". Without it, relative
        expressions are still found but keep ``value=None``.
    :returns: expressions in text order, never overlapping.
    """
    today = published_at.date() if published_at is not None else None
    table = Tokens.of(tokens)
    numeric = list(numeric_dates(text, today, table))
    taken = [(d.span.start, d.span.end) for d in numeric]
    worded = Scanner(text, table, today, calendar()).run(taken)
    return tuple(sorted([*numeric, *worded], key=lambda d: d.span.start))
