"""Numbers in the text with the thing they count (GDELT GKG-style "amounts").

Numbers come in digits of any script ("190"، "١٩٠"، "3.5"، "1,200") optionally followed by a scale
word ("3 ملايين"), or in words that add and multiply ("خمسة وعشرون"، "ثلاثة آلاف"), or as vague
plurals ("عشرات"، "مئات الآلاف"), which are always approximate. "نحو"، "قرابة"، "حوالي" and the
like before a number mark it approximate too. The counted object is the next word that is not a
preposition; "في المئة" and "%" give the object "%".

Years and day numbers of dates are not amounts: a four-digit number between 1900 and 2100 next to
a date word, and a number next to a month name or written inside a numeric date, are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from basma.errors import DataFileError
from basma.records import Amount, Span, Token
from basma.text.classes import word_class
from basma.text.resources import load_yaml, require_normalised
from basma.text.tokens import Tokens, after_proclitics

NUMBERS_FILE = "numbers.yaml"
DATE_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "منذ", "مطلع", "منتصف", "اواخر", "نهايه", "بدايه"})
DATE_MARKS = frozenset({"/", "-", ":", "."})


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The number lexicon, loaded once from ``data/text/numbers.yaml``."""

    additive: dict[str, int]
    standalone_min: int
    scales: dict[str, int]
    vague: dict[str, int]
    approximate_before: tuple[tuple[str, ...], ...]
    approximate_after: frozenset[str]
    not_objects: frozenset[str]
    percent: tuple[tuple[str, ...], ...]


@cache
def number_words() -> NumberWords:
    """Load and check the number lexicon."""
    data = load_yaml(NUMBERS_FILE)
    additive: dict[str, int] = {}
    for group in ("units", "tens", "hundreds"):
        additive.update(_checked(data, group))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        items = data.get(key) or []
        for item in items:
            require_normalised(str(item), f"{NUMBERS_FILE}: {key}")
        return tuple(tuple(str(item).split()) for item in items)

    return NumberWords(
        additive=additive,
        standalone_min=int(data.get("standalone_min", 3)),
        scales=_checked(data, "scales"),
        vague=_checked(data, "vague"),
        approximate_before=phrases("approximate_before"),
        approximate_after=frozenset(w for (w,) in phrases("approximate_after")),
        not_objects=frozenset(w for (w,) in phrases("not_objects")),
        percent=phrases("percent"),
    )


def _checked(data: dict[str, object], group: str) -> dict[str, int]:
    """One word -> value table of the lexicon, every word normalised."""
    table = data.get(group)
    if not isinstance(table, dict):
        raise DataFileError(f"{NUMBERS_FILE}: '{group}' must be a mapping of word to value")
    for word in table:
        require_normalised(str(word), f"{NUMBERS_FILE}: {group}")
    return {str(word): int(value) for word, value in table.items()}


def find_amounts(text: str, tokens: Sequence[Token]) -> tuple[Amount, ...]:
    """Numbers in ``text`` with what they count.

    :param text: the article text.
    :param tokens: its tokens.
    :returns: amounts in text order.
    """
    words = number_words()
    table = Tokens.of(tokens)
    bases = table.bases
    found: list[Amount] = []
    count = len(table)
    i = 0
    # Only a digit or a number word can start a number: look nowhere else.
    for first in table.having(_START):
        if first < i:
            continue  # inside the number or amount before
        i = first
        parsed = _number(table, i, words)
        if parsed is None:
            continue
        end, value, vague = parsed
        if _is_date_part(table, i, end, value):
            i = end
            continue
        approximate = vague or _approximate_before(table, i)
        if end < count and bases[end] in words.approximate_after:
            approximate = True
        counted = _object(table, end, words)
        start = table.starts[i] + after_proclitics(table.parts(i))
        found.append(Amount(Span.of(text, start, table.ends[end - 1]), value, counted, approximate))
        i = end
    return tuple(found)


@cache
def _starters() -> frozenset[str]:
    """Every word that can start a number written in words."""
    words = number_words()
    return frozenset(words.additive) | frozenset(words.scales) | frozenset(words.vague)


# Where a number can start: a number word, or a digit first in the word.
_START = word_class("amount-start", bases=_starters, non_letters=lambda norm, base: base[:1].isdigit())


def _digits(form: str) -> float | None:
    """The value of a digit token's ``base`` (any script, already folded to ASCII there)."""
    if not form or not form[0].isdigit():
        return None
    try:
        return float(form.replace(",", ""))
    except ValueError:
        return None


def _number(table: Tokens, i: int, words: NumberWords) -> tuple[int, float, bool] | None:
    """Parse a number starting at token ``i``: (end index, value, vague) or None."""
    bases = table.bases
    count = len(bases)
    base = bases[i]
    value = _digits(base)
    j = i + 1
    if value is not None:
        if j < count and bases[j] in words.scales:
            value *= words.scales[bases[j]]
            j += 1
        return j, value, False
    if base in words.vague and not (j < count and bases[j] in words.additive):
        value = float(words.vague[base])
        # "عشرات الآلاف", "مئات الملايين"
        if j < count and table.stems[j] in words.scales:
            value *= words.scales[table.stems[j]]
            j += 1
        return j, value, True
    total = 0
    current = 0
    j = i
    while j < count:
        word = bases[j]
        if word in words.additive:
            current += words.additive[word]
        elif word in words.scales:
            total += (current or 1) * words.scales[word]
            current = 0
        else:
            break
        j += 1
    if j == i:
        return None
    if j == i + 1 and base in words.additive and words.additive[base] < words.standalone_min:
        return None
    return j, float(total + current), False


def _approximate_before(table: Tokens, i: int) -> bool:
    """Whether an approximation phrase ("نحو"، "ما يقارب") ends right before token ``i``."""
    if i == 0:
        return False
    bases, norms = table.bases, table.norms
    by_last = _approximations_by_last_word()
    # Only phrases ending in the word before the number can match.
    for last in {bases[i - 1], norms[i - 1]}:
        for phrase in by_last.get(last, ()):
            size = len(phrase)
            if i >= size and (tuple(bases[i - size : i]) == phrase or tuple(norms[i - size : i]) == phrase):
                return True
    return False


@cache
def _approximations_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    phrases = number_words().approximate_before
    return {last: tuple(p for p in phrases if p[-1] == last) for last in {p[-1] for p in phrases}}


def _object(table: Tokens, end: int, words: NumberWords) -> str | None:
    """What the number counts: the next content word, or "%" for percentages."""
    bases, norms = table.bases, table.norms
    for phrase in words.percent:
        if tuple(norms[end : end + len(phrase)]) == phrase:
            return "%"
    if end + 1 < len(bases) and bases[end] == "من":
        end += 1  # "عشرات من الجنود"
    if end < len(bases):
        norm, base = norms[end], bases[end]
        if norm.isalpha() and base not in words.not_objects and base not in words.scales:
            return table.surfaces[end]
    return None


@cache
def _month_words() -> frozenset[str]:
    """First words of every month name, to tell day numbers from amounts."""
    from basma.dates.lexicon import calendar

    return frozenset(name[0] for name in calendar().months)


def _is_date_part(table: Tokens, start: int, end: int, value: float) -> bool:
    """Whether the number is a year, a day of a month, or part of a numeric date or time."""
    bases, norms, starts, ends = table.bases, table.norms, table.starts, table.ends
    if not bases[start][:1].isdigit():
        return False
    before = start - 1 if start else None
    after = end if end < len(bases) else None
    joined_before = before is not None and norms[before] in DATE_MARKS and ends[before] == starts[start]
    if joined_before and start > 1 and bases[start - 2][:1].isdigit():
        return True
    joined_after = after is not None and norms[after] in DATE_MARKS and starts[after] == ends[start]
    if joined_after and end + 1 < len(bases) and bases[end + 1][:1].isdigit():
        return True
    months = _month_words()
    if (after is not None and bases[after] in months) or (before is not None and bases[before] in months):
        return True
    is_year = value.is_integer() and 1900 <= value <= 2100 and end == start + 1
    return is_year and (
        before is None or bases[before] in DATE_WORDS or norms[before] in ("في", "حتي", "قبل", "بعد")
    )
