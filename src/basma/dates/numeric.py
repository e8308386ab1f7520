"""Dates written in digits: 18-11-2025, 2025/11/18, 11/17/2025 9:19:00 AM, in any digit script.

A year from 1300 to 1500 makes the date Hijri (``1/11/1436``, ``1436/10/30``, ``25 / 10 / 1436هـ``,
common in Gulf news); Hijri dates are always day-first or year-first and are converted to the
Gregorian day they name.

When both day-month and month-day readings are valid (3/4/2025) and only one of them lies after
the publication date, the other is taken; otherwise an AM/PM clock suggests the US month-first
order, and without one the day-first order of Arabic usage is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from hijridate import Hijri

from basma.dates.periods import day_expr
from basma.records import DateBasis, DateExpr, Span
from basma.text.classes import word_class
from basma.text.tokens import NUMBER, Tokens

NUMERIC = re.compile(
    r"(?<![\d/.\-])(\d{1,4})\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{1,4})(?![\d/\-]|\.\d)"
    r"(\s?هـ?(?![\u0621-\u064a]))?"
    r"(?:\s*[،,|]?\s*(\d{1,2})[:٫](\d{2})(?:[:٫](\d{2}))?(?:\s*([AaPp]\.?[Mm]\.?|ص|م)(?!\w))?)?"
)
# A digit, a separator and a digit: every numeric date has one. NUMERIC opens with a look-behind,
# which keeps the regular-expression engine from skipping ahead to digits, so it would try every
# position of the text; the tokens show where the first such separator can be, and most articles
# have none.
SEPARATORS = ("/", ".", "-")
# A separator is a token of its own, unless it sits inside a number token ("18.11.2025").
_SEPARATOR = word_class("date-separator", norms=lambda: SEPARATORS)
_holds_separator = re.compile("[" + re.escape("".join(SEPARATORS)) + "]").search
YEARS = range(1900, 2101)
HIJRI_YEARS = range(1300, 1501)


def _year(raw: str, today: date | None) -> int:
    """A four-digit year, or a two-digit one put in the century nearest the publication year."""
    value = int(raw)
    if len(raw) == 4:
        return value
    pivot = (today.year if today else 2000) % 100 + 1
    return 2000 + value if value <= pivot else 1900 + value


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if year in YEARS else None
    except ValueError:
        return None


def numeric_dates(text: str, today: date | None, tokens: Tokens) -> Iterator[DateExpr]:
    """Every numeric date in ``text`` (whose tokens are ``tokens``) with a valid reading."""
    begin = _first_separator(tokens)
    if begin is None:
        return
    # The day (or year) before the first separator has at most four digits and one space.
    for match in NUMERIC.finditer(text, max(begin - 6, 0)):
        first, _, second, third = match.group(1, 2, 3, 4)
        clock = match.group(9) or ""
        hijri = _hijri(first, second, third)
        if hijri is not None:
            end = match.end(5) if match.group(5) else match.end(4)
            yield day_expr(
                Span.of(text, match.start(), end), hijri, DateBasis.EXPLICIT, "numeric-hijri", "hijri"
            )
            continue
        if len(first) == 4 and len(third) <= 2:
            found = _valid(int(first), int(second), int(third))
            rule = "numeric-ymd"
        elif len(first) <= 2 and len(third) in (2, 4):
            year = _year(third, today)
            dmy = _valid(year, int(second), int(first))
            mdy = _valid(year, int(first), int(second))
            found, rule = _choose(dmy, mdy, today, clock.lower().startswith(("a", "p")))
        else:
            continue
        if found is None:
            continue
        end = match.end() if match.group(6) else match.end(4)
        yield day_expr(Span.of(text, match.start(), end), found, DateBasis.EXPLICIT, rule)


def _first_separator(tokens: Tokens) -> int | None:
    """Where the first separator between two digits may be: a separator token after a token that
    ends in a digit and before one that starts with one, or a number token holding a separator."""
    norms = tokens.norms
    last = len(norms) - 1
    for k in tokens.having(_SEPARATOR | NUMBER):
        norm = norms[k]
        if norm in SEPARATORS:
            if 0 < k < last and norms[k - 1][-1:].isdigit() and norms[k + 1][:1].isdigit():
                return tokens.starts[k]
        elif _holds_separator(norm):
            return tokens.starts[k]
    return None


def _hijri(first: str, second: str, third: str) -> date | None:
    """The Gregorian day of a Hijri date written day-first or year-first, if the year is Hijri."""
    if len(first) == 4 and int(first) in HIJRI_YEARS and len(third) <= 2:
        year, day = int(first), int(third)
    elif len(third) == 4 and int(third) in HIJRI_YEARS and len(first) <= 2:
        year, day = int(third), int(first)
    else:
        return None
    try:
        found = Hijri(year, int(second), day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(found.year, found.month, found.day)


def _choose(
    dmy: date | None, mdy: date | None, today: date | None, us_clock: bool
) -> tuple[date | None, str]:
    """Pick between the day-first and month-first readings."""
    if dmy is None or mdy is None or dmy == mdy:
        return (dmy, "numeric-dmy") if dmy is not None else (mdy, "numeric-mdy")
    if today is not None and (dmy > today) != (mdy > today):
        # News reports the past: when only one reading is after publication, take the other.
        return (mdy, "numeric-mdy-past") if dmy > today else (dmy, "numeric-dmy-past")
    return (mdy, "numeric-mdy-clock") if us_clock else (dmy, "numeric-dmy")
