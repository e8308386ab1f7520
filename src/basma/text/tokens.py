"""Tokenisation: surface words, numbers and punctuation marks with their clitic segments.

A token is a run of word characters (letters, digits, combining marks, and the invisible joiners
that sit inside Arabic words), a number with its decimal or thousands separators (``3.5``,
``1,200``), or any single other character that is not white space; each punctuation mark is its own
token with ``norm`` equal to the (folded) mark. Nothing is ever lost: the tokens, in order, cover
every character of the text that is not white space or an invisible control standing alone.

An article's tokens come as a :class:`Tokens` table: one column per field (offsets, surface, norm,
base, stem, partial form), filled by C-level passes over the text, with a :class:`~basma.records.Token`
record built only when a token is read as one. Stages that scan every word (sentences, dates,
amounts, the phrase matcher) read the columns, so an article costs a regular-expression split and
one cache lookup per word rather than two records per word.

Analyses of surface words are cached, since news vocabulary repeats heavily; the cache only
remembers pure results, so the output never depends on what was tokenised before.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import overload

from basma.records import SPAN_SETTERS, TOKEN_SEGMENTS, RelativeParts, Segment, SegmentKind, Span, Token
from basma.text.classes import on_change, registry, word_class, word_classes
from basma.text.clitics import cut_word
from basma.text.normalise import fold_word

# Word characters. Arabic letters, Arabic-Indic and ASCII digits and ASCII letters are all in
# ``\w`` already; listing them first lets the regular-expression engine accept the common
# characters from its bitmap of ranges instead of asking for each one's Unicode category.
_COMMON_WORD_CHARS = "\u0621-\u064a\u0660-\u06690-9a-zA-Z"
_WORD_CHARS = (
    _COMMON_WORD_CHARS + r"\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    r"\u200c\u200d\u200e\u200f\u00ad\ufe70-\ufe7f"
)
_NUMBER_SEPARATORS = ".,\u066b\u066c"
TOKEN = re.compile(rf"[وفبلك]{{0,2}}\d+(?:[{_NUMBER_SEPARATORS}]\d+)+(?!\d)|[{_WORD_CHARS}]++|\S")
# The same pattern as one capturing group: ``split`` then yields gap, token, gap, token, ..., gap,
# and the running sum of the pieces' lengths gives every token's offsets without a Python loop.
_SPLIT = re.compile(f"({TOKEN.pattern})")
# Without a separator followed by a digit the first branch can never match, and the pattern
# without it does the same split with a third fewer steps of the regular-expression engine.
_SPLIT_PLAIN = re.compile(rf"([{_WORD_CHARS}]++|\S)")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]+")

# Per surface word: (norm, base, stem, partial, relative parts, word classes). Only strings, ints,
# None and tuples of them, so the collector untracks every entry once and never walks the cache
# again; with tracked values (dataclasses, enum members) each collection walked the whole cache and
# cost as much as building the tokens did.
Cached = tuple[str, str, str, str | None, RelativeParts, int]
# What a table holds per token: a cached analysis, or the same fields read from a built record.
Forms = tuple[str, str, str, str | None, RelativeParts | tuple[Segment, ...], int]
_CACHE: dict[str, Cached] = {}
_CACHE_LIMIT = 300_000
_PROCLITIC_KINDS = frozenset({SegmentKind.CONJUNCTION, SegmentKind.PREPOSITION, SegmentKind.FUTURE})
_PROCLITIC_VALUES = frozenset(kind.value for kind in _PROCLITIC_KINDS)
_STEM_VALUE = str(SegmentKind.STEM.value)
_NORM, _BASE, _STEM, _PARTIAL = (itemgetter(k) for k in range(4))
_CLASSES = itemgetter(5)
# A digit first, or after a two-letter article or clitic pair ("ال25"): the forms a number takes.
_NUMBER_LIKE = re.compile(r"\d|..\d").match

# Frozen dataclasses check every attribute assignment; a table builds its records by setting the
# slots directly through their descriptors (same objects, same equality, a fraction of the cost).
# Only this module and ``Span.of`` do so. mypy models a slot only as an instance attribute (``misc``) of its
# field's type, not as the descriptor it is on the class (``attr-defined``), hence the ignores
# below. ``segments`` receives the relative parts, which the token turns into Segment records when
# they are first read (see ``records.Token``).
_new = object.__new__
_TOK_SET = (
    Token.index.__set__,  # type: ignore[misc, attr-defined]
    Token.span.__set__,  # type: ignore[misc, attr-defined]
    Token.norm.__set__,  # type: ignore[misc, attr-defined]
    Token.base.__set__,  # type: ignore[misc, attr-defined]
    Token.stem.__set__,  # type: ignore[misc, attr-defined]
    TOKEN_SEGMENTS.__set__,
)


def analysis(surface: str) -> Cached:
    """The cached analysis of one surface word (or punctuation mark).

    :returns: ``(norm, base, stem, partial, parts)``: the forms, the matcher's partial form (see
        :func:`partial_norm`) and the segments as (kind value, start, end, norm) relative to the word.
    """
    found = _CACHE.get(surface)
    if found is None:
        found = _analyse(surface)
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[surface] = found
    return found


def clear_word_cache() -> None:
    """Forget every cached word analysis (benchmarks use it to start each run alike)."""
    _CACHE.clear()


@cache
def _mask(bits: int) -> bytes:
    """A translation table that maps a class byte to 1 when it has any of ``bits``, else to 0."""
    return bytes(1 if value & bits else 0 for value in range(256))


def _analyse(surface: str) -> Cached:
    if len(surface) == 1 and not surface.isalnum():
        norm = fold_word(surface)
        if norm or not _INVISIBLE.fullmatch(surface):
            norm = norm or surface
        return (norm, norm, norm, None, ((_STEM_VALUE, 0, 1, norm),), word_classes(norm, norm))
    norm, base, stem, parts = cut_word(surface)
    partial = None
    if len(parts) > 2 and parts[0][0] in _PROCLITIC_VALUES:
        partial = norm[len(parts[0][3]) :]
    return (norm, base, stem, partial, parts, word_classes(norm, base))


def partial_norm(token: Token) -> str | None:
    """The token's norm without only its outermost proclitic ("وبريطانيا" -> "بريطانيا"), if any.

    The clitic analysis cannot know every name, and may read a name's first letter as a
    preposition ("بريطانيا" as ب + ريطانيا); after a conjunction the whole word then matches
    nothing. The matcher offers this form so that such names match without listing each one.
    Read from the relative parts while the token has not built its segments, so that asking does
    not build Segment records.
    """
    stored = _stored(token)
    if len(stored) <= 2:
        return None
    first = stored[0]
    if first.__class__ is tuple:  # relative parts: (kind value, start, end, norm)
        if first[0] in _PROCLITIC_VALUES:  # type: ignore[index]
            return token.norm[len(first[3]) :]  # type: ignore[index, arg-type]
        return None
    if first.kind in _PROCLITIC_KINDS:  # type: ignore[union-attr]
        return token.norm[len(first.norm) :]  # type: ignore[union-attr]
    return None


_stored = TOKEN_SEGMENTS.stored
_CLITIC_VALUES = frozenset({SegmentKind.CONJUNCTION.value, SegmentKind.PREPOSITION.value})


def after_proclitics(parts: RelativeParts) -> int:
    """Where a word starts once its conjunctions and prepositions are left out ("و3" -> 1).

    :param parts: the word's relative segments (:meth:`Tokens.parts`).
    :returns: the offset from the start of the word; 0 when it has no such clitic.
    """
    for kind, start, _, _ in parts:
        if kind not in _CLITIC_VALUES:
            return start
    return 0


class Tokens(Sequence[Token]):
    """An article's tokens as columns; ``tokens[i]`` builds (once) the Token record of word ``i``.

    The columns are plain lists in text order: ``starts``, ``ends``, ``surfaces``, ``norms``,
    ``bases``, ``stems`` and ``partials`` (the matcher's form without the outermost proclitic, or
    None). ``tokens[i].norm == tokens.norms[i]`` and so on for every field, however the table was
    made. Slicing gives a tuple of records, as slicing a tuple of tokens did.
    """

    __slots__ = (
        "_analyses",
        "_classes",
        "_numbers",
        "_partials",
        "_records",
        "_registry",
        "_source",
        "_stems",
        "bases",
        "ends",
        "norms",
        "starts",
        "surfaces",
    )

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        surfaces: list[str],
        analyses: Sequence[Forms],
        records: list[Token | None] | None = None,
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.surfaces = surfaces
        self._analyses = analyses
        # Every stage reads norm and base; stem and the partial form only the phrase matcher, so
        # those two columns are made when first asked for.
        self.norms: list[str] = list(map(_NORM, analyses))
        self.bases: list[str] = list(map(_BASE, analyses))
        self._stems: list[str] | None = None
        self._partials: list[str | None] | None = None
        self._numbers: list[int] | None = None
        self._classes: bytes | None = None
        self._registry = registry()  # the word classes the analyses were made under
        self._records: list[Token | None] = records if records is not None else [None] * len(starts)
        self._source: tuple[Tokens, list[int]] | None = None

    def select(self, positions: list[int]) -> Tokens:
        """A table of the tokens at ``positions``, in that order (e.g. an article without quotes).

        Its records are this table's own records (same objects, same ``index``), made when either
        table first reads them.
        """
        analyses = self._analyses
        view = Tokens(
            [self.starts[i] for i in positions],
            [self.ends[i] for i in positions],
            [self.surfaces[i] for i in positions],
            [analyses[i] for i in positions],
        )
        view._source = (self, positions)
        view._registry = self._registry
        return view

    def parts(self, i: int) -> RelativeParts:
        """The segments of token ``i`` relative to its start: (kind value, start, end, norm).

        Read without building the token's record or its Segment records.
        """
        parts = self._analyses[i][4]
        if parts and parts[0].__class__ is not tuple:  # Segment records, from a built token
            start = self.starts[i]
            return tuple(
                (s.kind.value, s.span.start - start, s.span.end - start, s.norm)  # type: ignore[union-attr]
                for s in parts
            )
        return parts  # type: ignore[return-value]

    @property
    def stems(self) -> list[str]:
        """``stem`` of every token."""
        if self._stems is None:
            self._stems = list(map(_STEM, self._analyses))
        return self._stems

    @property
    def partials(self) -> list[str | None]:
        """The matcher's partial form of every token (:func:`partial_norm`), or None."""
        if self._partials is None:
            self._partials = list(map(_PARTIAL, self._analyses))
        return self._partials

    @property
    def numbers(self) -> list[int]:
        """Indices of the tokens whose base has a digit first or third ("25"، "ال25"), in order."""
        if self._numbers is None:
            self._numbers = self.having(NUMBER)
        return self._numbers

    def having(self, bits: int) -> list[int]:
        """Indices, in order, of the tokens in any of the word classes ``bits`` (:func:`word_class`).

        One C-level pass over a byte per token, then one search per member.
        """
        classes = self._classes
        if classes is None or self._registry is not registry():
            classes = self._classes = self._class_column()
        # Members are few (a few dozen of some 450 tokens): one C-level search per member.
        flags = classes.translate(_mask(bits))
        find = flags.find
        found: list[int] = []
        i = find(1)
        while i != -1:
            found.append(i)
            i = find(1, i + 1)
        return found

    def _class_column(self) -> bytes:
        """One byte per token with its word classes, worked out again if classes were registered since."""
        if self._registry is registry():
            return bytes(map(_CLASSES, self._analyses))
        self._registry = registry()
        return bytes(map(word_classes, self.norms, self.bases))

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> Tokens:
        """The table of any token sequence: itself when it is one, else columns read from records."""
        if isinstance(tokens, Tokens):
            return tokens
        records = list(tokens)
        analyses: list[Forms] = [
            (t.norm, t.base, t.stem, partial_norm(t), _stored(t), word_classes(t.norm, t.base))
            for t in records
        ]
        return cls(
            [t.start for t in records],
            [t.end for t in records],
            [t.span.text for t in records],
            analyses,
            list(records),
        )

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Token, ...]: ...

    def __getitem__(self, index: int | slice) -> Token | tuple[Token, ...]:
        if index.__class__ is int:
            record = self._records[index]  # type: ignore[index]
            return record if record is not None else self._build(index % len(self.starts))  # type: ignore[operator]
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self.starts))))
        return self[operator.index(index)]

    def __iter__(self) -> Iterator[Token]:
        records = self._records
        if None in records:
            build = self._build
            for i in compress(range(len(records)), [r is None for r in records]):
                build(i)
        return iter(records)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return (
                self.starts == other.starts and self.surfaces == other.surfaces and self.norms == other.norms
            )
        if isinstance(other, tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tokens({' '.join(self.surfaces[:8])}{' …' if len(self.surfaces) > 8 else ''}, n={len(self)})"

    def _build(self, i: int) -> Token:
        """Make, keep and return the record of token ``i``."""
        if self._source is not None:
            table, positions = self._source
            token = self._records[i] = table[positions[i]]
            return token
        span_start, span_end, span_text = SPAN_SETTERS
        tok_index, tok_span, tok_norm, tok_base, tok_stem, tok_segments = _TOK_SET
        span = _new(Span)
        span_start(span, self.starts[i])
        span_end(span, self.ends[i])
        span_text(span, self.surfaces[i])
        token = _new(Token)
        tok_index(token, i)
        tok_span(token, span)
        norm, base, stem, _, parts, _ = self._analyses[i]
        tok_norm(token, norm)
        tok_base(token, base)
        tok_stem(token, stem)
        tok_segments(token, parts)
        self._records[i] = token
        return token

    def token_at(self, offset: int) -> int | None:
        """The index of the token covering character ``offset``, if any."""
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.ends[i] else None


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens with offsets, normalised forms and clitic segments.

    :param text: the article text (never modified).
    :returns: the token table, in text order; ``tokens[i].index == i``.
    """
    pieces = (_SPLIT if _may_hold_decimals(text) else _SPLIT_PLAIN).split(text)  # gap, token, ..., gap
    offsets = list(accumulate(map(len, pieces), initial=0))
    surfaces = pieces[1::2]
    starts = offsets[1:-2:2]
    ends = offsets[2:-1:2]
    analyses: list[Cached] = list(map(_CACHE.get, surfaces))  # type: ignore[arg-type]
    if None in analyses:  # analyse only the new words, each found by a C-level search
        find = analyses.index
        i = find(None)  # type: ignore[arg-type]
        try:
            while True:
                analyses[i] = analysis(surfaces[i])
                i = find(None, i + 1)  # type: ignore[arg-type]
        except ValueError:
            pass
    table = Tokens(starts, ends, surfaces, analyses)
    if "" in table.norms:  # a lone invisible control between spaces is not a token
        invisible = _INVISIBLE.fullmatch
        keep = [bool(norm) or not invisible(s) for norm, s in zip(table.norms, surfaces, strict=True)]
        if not all(keep):
            kept = list(compress(analyses, keep))
            table = Tokens(
                list(compress(starts, keep)), list(compress(ends, keep)), list(compress(surfaces, keep)), kept
            )
    return table


def _may_hold_decimals(text: str) -> bool:
    """Whether a number separator is followed by a digit somewhere ("3.5"، "1,200"، "٣٫٥").

    A few ``find`` calls, far cheaper than a regular-expression search over the whole text.
    """
    for separator in _NUMBER_SEPARATORS:
        found = text.find(separator)
        while found != -1:
            if text[found + 1 : found + 2].isdigit():
                return True
            found = text.find(separator, found + 1)
    return False


NUMBER = word_class("number", non_letters=lambda norm, base: _NUMBER_LIKE(base) is not None)
on_change(clear_word_cache)
