"""The calendar vocabulary of date expressions, loaded from ``data/text/calendar.yaml``.

Month names are kept as token tuples ("تشرين الثاني" is two tokens) so the scanner can match
them on token forms; every entry must already be normalised, and a bad entry raises
:class:`~basma.errors.DataFileError` naming the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from basma.errors import DataFileError
from basma.text.resources import load_yaml, require_normalised

CALENDAR_FILE = "calendar.yaml"
PART_WINDOWS = ("start", "middle", "end")


@dataclass(frozen=True, slots=True)
class Calendar:
    """Calendar words, all normalised."""

    months: dict[tuple[str, ...], int]
    ambiguous_months: frozenset[tuple[str, ...]]
    hijri_months: dict[tuple[str, ...], int]
    weekdays: dict[str, int]
    not_weekday_before: dict[str, frozenset[str]]  # weekday -> words before it that unmake it
    not_day_word_before: frozenset[str]
    named_day_heads: frozenset[str]
    day_words: dict[str, int]
    day_phrases: dict[tuple[str, ...], int]
    day_parts: frozenset[str]
    periods: dict[str, str]
    units: dict[str, tuple[str, int | None]]  # word -> (unit, count: 1, 2 or None for "several")
    past: frozenset[str]
    future: frozenset[str]
    current: frozenset[str]
    this: frozenset[str]
    parts: dict[str, str]
    year_words: frozenset[str]
    year_introducers: frozenset[str]
    future_verbs: frozenset[str]
    hijri_markers: frozenset[str]
    gregorian_markers: frozenset[str]
    day_ordinals: dict[tuple[str, ...], int]
    ordinal_not_after: frozenset[str]
    seasons: dict[str, tuple[int, ...]]
    today_generic_verbs: frozenset[str]
    today_generic_before: frozenset[str]
    today_generic_after: frozenset[str]
    trailing: frozenset[str]
    trailing_introducers: frozenset[str]
    range_starts: frozenset[str]
    range_joiners: frozenset[str]

    @property
    def longest_month(self) -> int:
        """How many tokens the longest month name has."""
        return max(len(k) for k in (*self.months, *self.hijri_months))


def _words(data: dict[str, Any], key: str) -> list[str]:
    items = data.get(key)
    if not isinstance(items, list):
        raise DataFileError(f"{CALENDAR_FILE}: '{key}' must be a list")
    for item in items:
        require_normalised(str(item), f"{CALENDAR_FILE}: {key}")
    return [str(item) for item in items]


def _numbered(data: dict[str, Any], key: str, low: int, high: int) -> dict[tuple[str, ...], int]:
    table = data.get(key)
    if not isinstance(table, dict):
        raise DataFileError(f"{CALENDAR_FILE}: '{key}' must map numbers to lists of names")
    out: dict[tuple[str, ...], int] = {}
    for number, names in table.items():
        if not isinstance(number, int) or not low <= number <= high or not isinstance(names, list):
            raise DataFileError(f"{CALENDAR_FILE}: {key}: bad entry {number!r}")
        for name in names:
            require_normalised(str(name), f"{CALENDAR_FILE}: {key} {number}")
            out[tuple(str(name).split())] = number
    return out


def _not_weekday_before(data: dict[str, Any], weekdays: dict[str, int]) -> dict[str, frozenset[str]]:
    table = data.get("not_weekday_before")
    if not isinstance(table, dict):
        raise DataFileError(f"{CALENDAR_FILE}: 'not_weekday_before' must map weekday names to lists")
    found: dict[str, frozenset[str]] = {}
    for day, words in table.items():
        if str(day) not in weekdays or not isinstance(words, list):
            raise DataFileError(
                f"{CALENDAR_FILE}: not_weekday_before: '{day}' must be a weekday name with a list of words"
            )
        for word in words:
            require_normalised(str(word), f"{CALENDAR_FILE}: not_weekday_before {day}")
        found[str(day)] = frozenset(str(word) for word in words)
    return found


def _valued(data: dict[str, Any], key: str) -> dict[str, int]:
    table = data.get(key)
    if not isinstance(table, dict):
        raise DataFileError(f"{CALENDAR_FILE}: '{key}' must be a mapping")
    for word in table:
        require_normalised(str(word), f"{CALENDAR_FILE}: {key}")
    return {str(k): int(v) for k, v in table.items()}


def _ordinals(data: dict[str, Any]) -> dict[tuple[str, ...], int]:
    """Every ordinal day from 1 to 31 as token tuples, built from the units and tens in the file.

    "الاول" alone is day 1 and "الحادي" alone is nothing; 11-19 add "عشر", 21-29 and 31 add
    "والعشرين"/"والثلاثين" (the conjunction is matched on the word's normal form).
    """
    table = _numbered(data, "day_ordinals", 1, 31)
    units = {k: v for k, v in table.items() if v < 10}
    tens = {k: v for k, v in table.items() if v in (20, 30)}
    out: dict[tuple[str, ...], int] = {k: v for k, v in table.items() if k != ("الحادي",)}
    for (unit,), value in units.items():
        if unit == "الاول":
            continue
        teen = 1 if unit == "الحادي" else value
        out[(unit, "عشر")] = 10 + teen
        for (ten,), ten_value in tens.items():
            if ten_value + teen <= 31 and (ten_value == 20 or teen == 1):
                out[(unit, "و" + ten)] = ten_value + teen
    return out


def _seasons(data: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """Season words -> their months in order (winter runs December to February)."""
    table = data.get("seasons")
    if not isinstance(table, dict):
        raise DataFileError(f"{CALENDAR_FILE}: 'seasons' must map season names to months and words")
    out: dict[str, tuple[int, ...]] = {}
    for name, entry in table.items():
        months, words = entry.get("months") if isinstance(entry, dict) else None, None
        words = entry.get("words") if isinstance(entry, dict) else None
        if not isinstance(months, list) or not all(isinstance(m, int) and 1 <= m <= 12 for m in months):
            raise DataFileError(f"{CALENDAR_FILE}: seasons {name}: 'months' must list month numbers")
        if not isinstance(words, list):
            raise DataFileError(f"{CALENDAR_FILE}: seasons {name}: 'words' must be a list")
        for word in words:
            require_normalised(str(word), f"{CALENDAR_FILE}: seasons {name}")
            out[str(word)] = tuple(months)
    return out


@cache
def calendar() -> Calendar:
    """Load and check the calendar vocabulary (once per process)."""
    data = load_yaml(CALENDAR_FILE)
    if not isinstance(data, dict):
        raise DataFileError(f"{CALENDAR_FILE}: expected a mapping at the top level")
    weekdays = {name[0]: day for name, day in _numbered(data, "weekdays", 0, 6).items()}
    periods: dict[str, str] = {}
    for unit, words in (data.get("periods") or {}).items():
        for word in words:
            require_normalised(str(word), f"{CALENDAR_FILE}: periods {unit}")
            periods[str(word)] = str(unit)
    units: dict[str, tuple[str, int | None]] = {}
    for unit, forms in (data.get("units") or {}).items():
        for kind, count in (("one", 1), ("two", 2), ("many", None)):
            for word in forms.get(kind, []):
                require_normalised(str(word), f"{CALENDAR_FILE}: units {unit}")
                units[str(word)] = (str(unit), count)
    parts: dict[str, str] = {}
    for window in PART_WINDOWS:
        for word in (data.get("parts") or {}).get(window, []):
            require_normalised(str(word), f"{CALENDAR_FILE}: parts {window}")
            parts[str(word)] = window
    return Calendar(
        months=_numbered(data, "gregorian_months", 1, 12),
        ambiguous_months=frozenset(tuple(w.split()) for w in _words(data, "ambiguous_months")),
        hijri_months=_numbered(data, "hijri_months", 1, 12),
        weekdays=weekdays,
        not_weekday_before=_not_weekday_before(data, weekdays),
        not_day_word_before=frozenset(_words(data, "not_day_word_before")),
        named_day_heads=frozenset(_words(data, "named_day_heads")),
        day_words=_valued(data, "day_words"),
        day_phrases={tuple(k.split()): v for k, v in _valued(data, "day_phrases").items()},
        day_parts=frozenset(_words(data, "day_parts")),
        periods=periods,
        units=units,
        past=frozenset(_words(data, "past")),
        future=frozenset(_words(data, "future")),
        current=frozenset(_words(data, "current")),
        this=frozenset(_words(data, "this")),
        parts=parts,
        year_words=frozenset(_words(data, "year_words")),
        year_introducers=frozenset(_words(data, "year_introducers")),
        future_verbs=frozenset(_words(data, "future_verbs")),
        hijri_markers=frozenset(_words(data, "hijri_markers")),
        gregorian_markers=frozenset(_words(data, "gregorian_markers")),
        day_ordinals=_ordinals(data),
        ordinal_not_after=frozenset(_words(data, "ordinal_not_after")),
        seasons=_seasons(data),
        today_generic_verbs=frozenset(_words(data, "today_generic_verbs")),
        today_generic_before=frozenset(_words(data, "today_generic_before")),
        today_generic_after=frozenset(_words(data, "today_generic_after")),
        trailing=frozenset(_words(data, "trailing")),
        trailing_introducers=frozenset(_words(data, "trailing_introducers")),
        range_starts=frozenset(_words(data, "range_starts")),
        range_joiners=frozenset(_words(data, "range_joiners")),
    )
