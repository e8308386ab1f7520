"""Date expressions resolved against the publication date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from basma.records import DateBasis, DateExpr, Granularity, Span, Token

__all__ = ["find_dates"]

# Python's weekday(): Monday is 0.
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}


def find_dates(text: str, tokens: Sequence[Token], published_at: datetime | None) -> tuple[DateExpr, ...]:
    """Find weekday names and resolve each to the most recent such day before publication."""
    found: list[DateExpr] = []
    for token in tokens:
        weekday = _WEEKDAYS.get(token.base)
        if weekday is None or published_at is None:
            continue
        day = published_at.date()
        back = (day.weekday() - weekday) % 7
        value = day - timedelta(days=back)
        found.append(
            DateExpr(
                span=Span.of(text, token.start, token.end),
                value=value.isoformat(),
                granularity=Granularity.DAY,
                basis=DateBasis.RELATIVE,
                start=value,
                end=value,
                rule="weekday-most-recent",
            )
        )
    return tuple(found)
