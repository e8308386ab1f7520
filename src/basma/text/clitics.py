"""Cutting one word into its clitic segments: و/ف + ب/ل/ك/س + ال + stem + pronoun suffix.

The splitter is deliberately conservative, because a wrong cut is worse than a missed one: the
matcher compares phrases against a token's ``norm`` as well as its ``base``, so an unsplit word
still matches its dictionary form, while a wrongly split one ("بوتين" as ب + وتين) would match
nothing once another clitic is attached ("وبوتين"). Three guards keep cuts honest:

* a word list (``data/text/clitic_exceptions.txt`` plus the Arabic country names from CLDR) stops
  splitting as soon as the rest of the word is a listed word;
* every cut must leave a stem of at least three letters (two after the article);
* the future ``س`` is cut only before an imperfect-verb prefix (ي ت ن), leaving four letters or
  a listed short verb (``data/text/short_future_verbs.txt``: "سيتم" is س + يتم), never before a
  word that ends in a written ta marbuta, and pronoun suffixes only on words without the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from basma.records import SegmentKind
from basma.text.normalise import TABLE, UNEVEN, normalise
from basma.text.resources import load_yaml, normalised_words

MIN_STEM = 3  # letters left after cutting a proclitic or a suffix
MIN_STEM_AFTER_ARTICLE = 2
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم")
ARABIC_WORD = re.compile("[\u0621-\u064a]+")
# A conjunction or preposition written against a number: "و1200", "ب3.5".
CLITIC_NUMBER = re.compile(r"([وفبلك]{1,2})([0-9][0-9.,]*)")


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """The normalised forms of one surface word and its segments as (kind, start, end, norm).

    Offsets are relative to the start of the surface word and always tile it exactly.
    """

    norm: str
    base: str
    stem: str
    parts: tuple[tuple[SegmentKind, int, int, str], ...]


@cache
def protected_words() -> frozenset[str]:
    """Words never split: the data-file list plus every word of CLDR's Arabic country names."""
    words = set(normalised_words("clitic_exceptions.txt"))
    words.update(_calendar_words())
    territories = Locale.parse("ar").territories
    for code, name in territories.items():
        if code.isalpha():
            words.update(w for w in normalise(name).split() if len(w) >= MIN_STEM)
    return frozenset(words)


def _calendar_words() -> set[str]:
    """Month names and counting units from ``calendar.yaml``: كانون is not ك + انون."""
    data = load_yaml("calendar.yaml")
    words: set[str] = set()
    for table in ("gregorian_months", "hijri_months"):
        for names in data[table].values():
            words.update(w for name in names for w in name.split() if len(w) >= MIN_STEM)
    for forms in data["units"].values():
        words.update(w for group in forms.values() for w in group)
    return words


def analyse_word(surface: str) -> WordAnalysis:
    """Normalise ``surface`` and cut it into clitic segments (see the module docstring for rules)."""
    norm, base, stem, parts = cut_word(surface)
    return WordAnalysis(norm, base, stem, tuple((_KINDS[k], a, b, n) for k, a, b, n in parts))


# Segment kinds as the plain strings that are SegmentKind's values: the tokeniser keeps the parts
# of every word it has seen, and tuples holding only plain strings and ints are never walked by
# the garbage collector, while tuples holding enum members would be.
CONJ, PREP, FUT, DET, STEM, PRON = (
    str(kind.value)
    for kind in (
        SegmentKind.CONJUNCTION,
        SegmentKind.PREPOSITION,
        SegmentKind.FUTURE,
        SegmentKind.ARTICLE,
        SegmentKind.STEM,
        SegmentKind.PRONOUN,
    )
)
_KINDS = {str(kind.value): kind for kind in SegmentKind}
Parts = tuple[tuple[str, int, int, str], ...]


def cut_word(surface: str) -> tuple[str, str, str, Parts]:
    """:func:`analyse_word` as a plain tuple ``(norm, base, stem, parts)``, kinds as their values.

    The tokeniser calls this once for every word it has not seen before, which over a large corpus
    is a few hundred thousand times, so the common case (a word of Arabic letters without
    ligatures) takes the shortest path.
    """
    if _settled(surface):
        # Arabic letters that all fold to themselves, most new words: the word is its own norm
        # (one string for the cache key and the norm, so reading a token's norm touches the memory
        # its cache lookup has just touched), with no character-by-character folding.
        return _cut_arabic(surface, surface)
    norm = surface.translate(TABLE)  # fold_word, without the call
    if norm == surface:
        norm = surface
    if not norm:
        return norm, norm, norm, ((STEM, 0, len(surface), norm),)
    if _arabic_word(norm):
        return _cut_arabic(norm, surface)
    # A number with its clitics, or no Arabic word at all.
    number = CLITIC_NUMBER.fullmatch(norm)
    if number and len(norm) == len(surface):
        digits: str = number.group(2)
        pieces = [(CONJ if c in "وف" else PREP, i, i + 1, c) for i, c in enumerate(number.group(1))]
        pieces.append((STEM, number.end(1), len(norm), digits))
        return norm, digits, digits, tuple(pieces)
    return norm, norm, norm, ((STEM, 0, len(surface), norm),)


def _cut_arabic(norm: str, surface: str) -> tuple[str, str, str, Parts]:
    """:func:`cut_word` for a word whose norm is Arabic letters only."""
    cut = _cut(norm, surface)
    if cut is None:
        return norm, norm, norm, ((STEM, 0, len(surface), norm),)
    cuts, base, stem_start, stem_end = cut
    stem = norm[stem_start:stem_end]
    if not _uneven(surface):  # one surface character per normalised one: offsets agree
        return norm, base, stem, tuple(cuts)
    origin = _origins(surface, norm)
    parts = tuple((kind, origin[start], origin[end], piece) for kind, start, end, piece in cuts)
    if any(start == end for _, start, end, _ in parts):
        # A cut inside one ligature character (ﻻ is لا) has no surface of its own: keep the
        # forms but leave the word as one segment.
        parts = ((STEM, 0, len(surface), norm),)
    return norm, base, stem, parts


_arabic_word = ARABIC_WORD.fullmatch
# Arabic letters (U+0621..U+064A) that normalisation leaves as they are.
_settled = re.compile(
    "[" + "".join(chr(c) for c in range(0x0621, 0x064B) if TABLE.get(c, chr(c)) == chr(c)) + "]+"
).fullmatch
_uneven = UNEVEN.search
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def _cut(norm: str, surface: str) -> tuple[list[tuple[str, int, int, str]], str, int, int] | None:
    """Segments over ``norm`` (offsets in normalised characters), the base and the stem bounds.

    None when the word is not cut at all, the most common answer.
    """
    protected = _protected_forms()
    if norm in protected:
        return None
    size = len(norm)
    cuts: list[tuple[str, int, int, str]] = []
    pos = 0
    article = False
    future = False
    if norm[0] in "وف" and (size - 1 >= MIN_STEM or norm[1:] in normalised_words("short_hosts.txt")):
        cuts.append((CONJ, 0, 1, norm[0]))
        pos = 1
    after_conjunction = pos
    rest = norm[pos:]
    # Without a conjunction the rest is the word itself, already known not to be protected.
    rest_free = pos == 0 or rest not in protected
    if rest_free and len(rest) > 1:
        first = rest[0]
        if (
            first == "ل"
            and rest[1] == "ل"
            and len(rest) - 2 >= MIN_STEM_AFTER_ARTICLE
            and rest[1:] not in protected
        ):
            cuts.append((PREP, pos, pos + 1, "ل"))
            cuts.append((DET, pos + 1, pos + 2, "ال"))
            pos += 2
            article = True
        elif first in "بلك" and (
            len(rest) - 1 >= MIN_STEM
            or (rest.startswith("ال", 1) and len(rest) - 3 >= MIN_STEM_AFTER_ARTICLE)
        ):
            cuts.append((PREP, pos, pos + 1, first))
            pos += 1
        elif (
            first == "س"
            and rest[1] in "يتن"
            and (len(rest) - 1 >= MIN_STEM + 1 or rest[1:] in normalised_words("short_future_verbs.txt"))
            and not surface.rstrip(_DIACRITICS).endswith("ة")  # a written ta marbuta: a noun
        ):
            cuts.append((FUT, pos, pos + 1, "س"))
            pos += 1
            future = True
    if article:
        base = "ال" + norm[pos:]
    else:
        base = rest = norm[pos:]
        if (
            not future
            and rest.startswith("ال")
            and len(rest) - 2 >= MIN_STEM_AFTER_ARTICLE
            and (rest_free if pos == after_conjunction else rest not in protected)
        ):
            cuts.append((DET, pos, pos + 2, "ال"))
            pos += 2
            article = True
    stem_start = pos
    stem_end = size
    if not article and norm[pos:] not in protected_words():
        for suffix in _PRONOUNS_BY_LAST.get(norm[-1], ()):
            if norm.endswith(suffix) and size - len(suffix) - pos >= MIN_STEM:
                stem_end = size - len(suffix)
                break
    if not cuts and stem_end == size:
        return None
    cuts.append((STEM, stem_start, stem_end, norm[stem_start:stem_end]))
    if stem_end < size:
        cuts.append((PRON, stem_end, size, norm[stem_end:]))
    return cuts, base, stem_start, stem_end


# Pronoun suffixes, plus the endings of accusative tanwin, duals and sound plurals: a protected
# word keeps its protection with any of them ("وفداً" because of "وفد"; "وزيرين" because of "وزير").
PROTECTED_ENDINGS = (
    "هما",
    "كما",
    "هم",
    "هن",
    "ها",
    "كم",
    "نا",
    "ه",
    "ي",
    "ك",
    "ا",
    "ان",
    "ين",
    "ون",
    "ات",
    "يه",
)


@cache
def _protected_forms() -> frozenset[str]:
    """Every protected word, alone and with each of :data:`PROTECTED_ENDINGS`: one set lookup."""
    words = protected_words()
    return words | frozenset(word + ending for word in words for ending in PROTECTED_ENDINGS)


# Pronoun suffixes by their last letter, longest first as in PRONOUN_SUFFIXES: only those can end
# the word, so a new word is tested against one or two of them rather than all six.
_PRONOUNS_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(s for s in PRONOUN_SUFFIXES if s[-1] == last) for last in {s[-1] for s in PRONOUN_SUFFIXES}
}


def _origins(surface: str, norm: str) -> list[int]:
    """For each normalised character, the surface offset where it starts (plus the end).

    Diacritics and tatweel that fold to nothing attach to the character before them, so a segment
    always ends where the next one starts and the segments tile the surface word.
    """
    if not UNEVEN.search(surface):
        return list(range(len(surface) + 1))
    origin: list[int] = []
    for i, char in enumerate(surface):
        folded = char.translate(TABLE)
        origin.extend([i] * len(folded))
    if len(origin) != len(norm):  # cannot happen: folding is character by character
        raise ValueError(f"offset map mismatch for {surface!r}")
    origin.append(len(surface))
    # A leading run of characters that fold to nothing belongs to the first segment.
    if origin:
        origin[0] = 0
    return origin
