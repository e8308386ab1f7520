"""Publication dates: datelines of scraped pages, dates written out in Arabic, ISO and RFC 822.

A dateline such as ``العالم العربي 18-11-2025 | 06:00`` gives the section and the local time of
publication. Local times are made timezone-aware with the outlet's zone when basma knows the
outlet (``outlets.yaml``); otherwise they are read as UTC and the guess is recorded in the
article's metadata (``published_at_assumed_utc``), because a naive time would compare wrongly
with every other article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from basma.clean.data import months
from basma.clean.fold import fold

_TIME = r"(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?\s*(?P<ampm>AM|PM|ص|م)?"
_NUMERIC = re.compile(
    r"(?P<a>[0-9]{1,4})[-/.](?P<b>[0-9]{1,2})[-/.](?P<c>[0-9]{2,4})(?:\s*(?:[|،,\-–—]|الساعة)?\s*"
    + _TIME
    + r")?",
    re.IGNORECASE,
)
_ARABIC_DIGITS = str.maketrans(
    {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
)
_NAMED_WORDS = re.compile(
    r"(?P<day>[0-9]{1,2})\s+(?P<month>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[/،,]?\s*(?:[^\W\d_]+\s+)?(?P<year>[0-9]{4})"
)
_NAMED_TIME = re.compile(r"^\s*(?:[|،,\-–—]|الساعة|-)?\s*" + _TIME, re.IGNORECASE)
_DATE_LABELS = {
    fold(w)
    for w in (
        "آخر تحديث",
        "تاريخ النشر",
        "نشر في",
        "نُشر في",
        "تم النشر",
        "النشر",
        "التاريخ",
        "Published",
        "Updated",
    )
}
_WEEKDAYS = {
    fold(w) for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
}


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline line says: the section (if any) and the local publication time."""

    section: str | None
    local: datetime
    has_time: bool


def _year(value: int) -> int:
    return value + 2000 if value < 100 else value


def _clock(match: re.Match[str]) -> tuple[time | None, bool]:
    if match.group("hour") is None:
        return None, False
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").upper()
    if ampm in ("PM", "م") and hour < 12:
        hour += 12
    if ampm in ("AM", "ص") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None, False
    return time(hour, minute, second), bool(ampm in ("AM", "PM"))


def _numeric(match: re.Match[str]) -> tuple[date, time | None] | None:
    a, b, c = int(match.group("a")), int(match.group("b")), int(match.group("c"))
    clock, us_style = _clock(match)
    if len(match.group("a")) == 4:  # 2025-11-18
        year, month, day = a, b, c
    elif a > 12 or (b <= 12 and not us_style):  # 18-11-2025: day first, the Arab convention
        day, month, year = a, b, _year(c)
    else:  # 11/17/2025 9:19 AM
        month, day, year = a, b, _year(c)
    try:
        return date(year, month, day), clock
    except ValueError:
        return None


def _named(text: str) -> tuple[date, time | None, int, int] | None:
    table = months()
    for match in _NAMED_WORDS.finditer(text):
        words = fold(match.group("month")).split()
        month = (table.get(" ".join(words)) or table.get(words[0])) if words else None
        if not month:
            continue
        try:
            day = date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            continue
        end = match.end()
        clock = None
        tail = _NAMED_TIME.match(text[end:])
        if tail:
            clock, _ = _clock(tail)
            end += tail.end()
        return day, clock, match.start(), end
    return None


def find_date(text: str) -> tuple[date, time | None, int, int] | None:
    """The first date (with its time, if given) in ``text`` and where it is, or None."""
    text = text.translate(_ARABIC_DIGITS)
    found = []
    for match in _NUMERIC.finditer(text):
        parsed = _numeric(match)
        if parsed and 1900 < parsed[0].year < 2100:
            found.append((parsed[0], parsed[1], match.start(), match.end()))
            break
    named = _named(text)
    if named:
        found.append(named)
    return min(found, key=lambda item: item[2]) if found else None


def parse_dateline(line: str) -> Dateline | None:
    """Read a short line made of an optional section name, a date and an optional time."""
    if len(line) > 80:
        return None
    found = find_date(line)
    if not found:
        return None
    day, clock, start, end = found
    head = line[:start].strip(" |-–—،,:")
    rest = line.translate(_ARABIC_DIGITS)[end:].strip(" |-–—،,:")
    if rest or re.search(r"[0-9]", head) or len(head.split()) > 4:
        return None
    words = head.split()
    if words and fold(words[-1]) in _WEEKDAYS:
        words = words[:-1]
    section = " ".join(words) or None
    if section and fold(section) in _DATE_LABELS:
        section = None
    local = datetime.combine(day, clock or time(0, 0))
    return Dateline(section=section, local=local, has_time=clock is not None)


def zone(name: str | None) -> tzinfo | None:
    """The tz for an IANA zone name, or None when unknown here."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def localise(moment: datetime, tz_name: str | None) -> tuple[datetime, bool]:
    """Make ``moment`` aware in the outlet's zone; say whether UTC had to be assumed."""
    if moment.tzinfo is not None:
        return moment, False
    tz = zone(tz_name)
    if tz is None:
        return moment.replace(tzinfo=UTC), True
    return moment.replace(tzinfo=tz), False


def parse_value(value: object) -> datetime | None:
    """A publication time given by a source: datetime, date, ISO 8601, RFC 822 or a written date."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(text)
    if found:
        return datetime.combine(found[0], found[1] or time(0, 0))
    return None
