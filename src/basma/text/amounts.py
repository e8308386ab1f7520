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
from basma.records import Amount, SegmentKind, Span, Token
from basma.text.resources import load_yaml, require_normalised

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
    found: list[Amount] = []
    i = 0
    count = len(tokens)
    while i < count:
        parsed = _number(tokens, i, words)
        if parsed is None:
            i += 1
            continue
        end, value, vague = parsed
        if _is_date_part(tokens, i, end, value):
            i = end
            continue
        approximate = vague or _approximate_before(tokens, i, words)
        if end < count and tokens[end].base in words.approximate_after:
            approximate = True
        counted = _object(tokens, end, words)
        start = _after_proclitics(tokens[i])
        found.append(Amount(Span.of(text, start, tokens[end - 1].end), value, counted, approximate))
        i = end
    return tuple(found)


def _after_proclitics(token: Token) -> int:
    """Where a token starts once its conjunction or preposition is left out ("و3" -> "3")."""
    for segment in token.segments:
        if segment.kind not in (SegmentKind.CONJUNCTION, SegmentKind.PREPOSITION):
            return segment.span.start
    return token.start


def _digits(token: Token) -> float | None:
    """The value of a digit token (any script, already folded to ASCII in ``base``)."""
    form = token.base
    if not form or not form[0].isdigit():
        return None
    try:
        return float(form.replace(",", ""))
    except ValueError:
        return None


def _number(tokens: Sequence[Token], i: int, words: NumberWords) -> tuple[int, float, bool] | None:
    """Parse a number starting at token ``i``: (end index, value, vague) or None."""
    value = _digits(tokens[i])
    j = i + 1
    if value is not None:
        if j < len(tokens) and tokens[j].base in words.scales:
            value *= words.scales[tokens[j].base]
            j += 1
        return j, value, False
    base = tokens[i].base
    if base in words.vague and not (i + 1 < len(tokens) and tokens[i + 1].base in words.additive):
        value = float(words.vague[base])
        # "عشرات الآلاف", "مئات الملايين"
        if j < len(tokens) and tokens[j].stem in words.scales:
            value *= words.scales[tokens[j].stem]
            j += 1
        return j, value, True
    total = 0
    current = 0
    j = i
    while j < len(tokens):
        word = tokens[j].base
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


def _approximate_before(tokens: Sequence[Token], i: int, words: NumberWords) -> bool:
    """Whether an approximation phrase ("نحو"، "ما يقارب") ends right before token ``i``."""
    for phrase in words.approximate_before:
        size = len(phrase)
        if i >= size and tuple(t.base for t in tokens[i - size : i]) == phrase:
            return True
        if i >= size and tuple(t.norm for t in tokens[i - size : i]) == phrase:
            return True
    return False


def _object(tokens: Sequence[Token], end: int, words: NumberWords) -> str | None:
    """What the number counts: the next content word, or "%" for percentages."""
    for phrase in words.percent:
        size = len(phrase)
        if tuple(t.norm for t in tokens[end : end + size]) == phrase:
            return "%"
    if end + 1 < len(tokens) and tokens[end].base == "من":
        end += 1  # "عشرات من الجنود"
    if end < len(tokens):
        nxt = tokens[end]
        if nxt.norm.isalpha() and nxt.base not in words.not_objects and nxt.base not in words.scales:
            return nxt.span.text
    return None


@cache
def _month_words() -> frozenset[str]:
    """First words of every month name, to tell day numbers from amounts."""
    from basma.dates.lexicon import calendar

    return frozenset(name[0] for name in calendar().months)


def _is_date_part(tokens: Sequence[Token], start: int, end: int, value: float) -> bool:
    """Whether the number is a year, a day of a month, or part of a numeric date or time."""
    head = tokens[start]
    if not head.base[:1].isdigit():
        return False
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    joined_before = before is not None and before.norm in DATE_MARKS and before.end == head.start
    if joined_before and start > 1 and tokens[start - 2].base[:1].isdigit():
        return True
    joined_after = after is not None and after.norm in DATE_MARKS and after.start == head.end
    if joined_after and end + 1 < len(tokens) and tokens[end + 1].base[:1].isdigit():
        return True
    months = _month_words()
    if (after is not None and after.base in months) or (before is not None and before.base in months):
        return True
    is_year = value.is_integer() and 1900 <= value <= 2100 and end == start + 1
    return is_year and (
        before is None or before.base in DATE_WORDS or before.norm in ("في", "حتي", "قبل", "بعد")
    )
