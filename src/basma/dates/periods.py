"""Calendar arithmetic for date expressions: weeks, months, parts of periods, nearest years.

Conventions (see docs/text.md):

* a calendar week ("الأسبوع الماضي") runs Monday to Sunday and its value is its Monday;
* a counted offset ("قبل أسبوع"، "بعد أسبوع من") has granularity week, its value is the day it
  points at, and start/end are three days either side, because "a week" is rarely exact;
* a part of a period ("منتصف الشهر الماضي"، "مطلع العام") keeps the period's granularity, its value
  is the centre of the part one level finer (``2025-10-15``, ``2025-02``), and start/end bound it.
"""

from __future__ import annotations

import calendar as pycalendar
from datetime import date, timedelta

from basma.records import DateBasis, DateExpr, Granularity, Span

# Parts of a month: (first day, last day or None for the month's end, centre day).
MONTH_PARTS = {"start": (1, 10, 5), "middle": (10, 20, 15), "end": (20, None, 25)}
# Parts of a year: (first month, last month, centre month).
YEAR_PARTS = {"start": (1, 3, 2), "middle": (5, 8, 6), "end": (10, 12, 11)}
WEEK_SLACK = timedelta(days=3)


def week_start(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_last(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, pycalendar.monthrange(year, month)[1])


def nearest_year(
    month: int, day: int | None, today: date, direction: int = 0, not_ahead: bool = False
) -> int | None:
    """The year that puts month (and day) nearest to ``today``.

    ``direction`` -1 asks for the latest such date strictly before today's month (or day), +1 for
    the earliest strictly after, 0 for the nearest with ties going to the past. ``not_ahead`` keeps
    the nearest one from lying after today (a date after "منذ", "since").
    """
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            when = date(year, month, day or 15)
        except ValueError:
            continue
        candidates.append((year, when))
    if direction < 0:
        if day is None:
            past = [y for y, _ in candidates if (y, month) < (today.year, today.month)]
        else:
            past = [y for y, w in candidates if w < today]
        return max(past) if past else None
    if direction > 0:
        if day is None:
            ahead = [y for y, _ in candidates if (y, month) > (today.year, today.month)]
        else:
            ahead = [y for y, w in candidates if w > today]
        return min(ahead) if ahead else None
    if not_ahead:
        if day is None:
            candidates = [(y, w) for y, w in candidates if (y, month) <= (today.year, today.month)]
        else:
            candidates = [(y, w) for y, w in candidates if w <= today]
    if day is None:
        scored = [
            (abs((y - today.year) * 12 + month - today.month), y > today.year, y) for y, _ in candidates
        ]
    else:
        scored = [(abs((w - today).days), w > today, y) for y, w in candidates]
    return min(scored)[2] if scored else None


def day_expr(span: Span, day: date, basis: DateBasis, rule: str, calendar: str = "gregorian") -> DateExpr:
    """A day-granularity expression."""
    return DateExpr(span, day.isoformat(), Granularity.DAY, basis, day, day, calendar, rule)


def week_expr(span: Span, monday: date, basis: DateBasis, rule: str) -> DateExpr:
    """A calendar week, Monday to Sunday."""
    return DateExpr(
        span, monday.isoformat(), Granularity.WEEK, basis, monday, monday + timedelta(days=6), rule=rule
    )


def offset_week_expr(span: Span, centre: date, basis: DateBasis, rule: str) -> DateExpr:
    """ "About a week" from a reference: the day pointed at, give or take three days."""
    return DateExpr(
        span, centre.isoformat(), Granularity.WEEK, basis, centre - WEEK_SLACK, centre + WEEK_SLACK, rule=rule
    )


def month_expr(
    span: Span,
    year: int,
    month: int,
    basis: DateBasis,
    rule: str,
    part: str | None = None,
    calendar: str = "gregorian",
) -> DateExpr:
    """A month, or a part of it (start, middle, end)."""
    if part is None:
        return DateExpr(
            span, f"{year:04d}-{month:02d}", Granularity.MONTH, basis, date(year, month, 1),
            month_last(year, month), calendar, rule,
        )  # fmt: skip
    first, last, centre = MONTH_PARTS[part]
    end = month_last(year, month) if last is None else date(year, month, last)
    return DateExpr(
        span, date(year, month, centre).isoformat(), Granularity.MONTH, basis, date(year, month, first), end,
        calendar, rule,
    )  # fmt: skip


def year_expr(span: Span, year: int, basis: DateBasis, rule: str, part: str | None = None) -> DateExpr:
    """A year, or a part of it (start, middle, end)."""
    if part is None:
        return DateExpr(
            span, f"{year:04d}", Granularity.YEAR, basis, date(year, 1, 1), date(year, 12, 31), rule=rule
        )
    first, last, centre = YEAR_PARTS[part]
    value = f"{year:04d}-{centre:02d}"
    return DateExpr(
        span, value, Granularity.YEAR, basis, date(year, first, 1), month_last(year, last), rule=rule
    )


# Parts of a calendar week as (first, last, centre) days after its Monday.
WEEK_PARTS = {"start": (0, 2, 1), "middle": (2, 4, 3), "end": (4, 6, 5)}


def week_part_expr(span: Span, monday: date, part: str, basis: DateBasis, rule: str) -> DateExpr:
    """The start (Mon-Wed), middle (Wed-Fri) or end (Fri-Sun) of a calendar week."""
    first, last, centre = WEEK_PARTS[part]
    return DateExpr(
        span, (monday + timedelta(days=centre)).isoformat(), Granularity.WEEK, basis,
        monday + timedelta(days=first), monday + timedelta(days=last), rule=rule,
    )  # fmt: skip
