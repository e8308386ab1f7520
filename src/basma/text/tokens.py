"""Tokenisation: surface words, numbers and punctuation marks with their clitic segments.

A token is a run of word characters (letters, digits, combining marks, and the invisible joiners
that sit inside Arabic words), a number with its decimal or thousands separators (``3.5``,
``1,200``), or any single other character that is not white space; each punctuation mark is its own
token with ``norm`` equal to the (folded) mark. Nothing is ever lost: the tokens, in order, cover
every character of the text that is not white space or an invisible control standing alone.

Analyses of surface words are cached, since news vocabulary repeats heavily; the cache only
remembers pure results, so the output never depends on what was tokenised before.
"""

from __future__ import annotations

import re

from basma.records import TOKEN_SEGMENTS, RelativeParts, SegmentKind, Span, Token
from basma.text.clitics import WordAnalysis, analyse_word
from basma.text.normalise import fold_word

_WORD_CHARS = (
    r"\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    r"\u200c\u200d\u200e\u200f\u00ad\ufe70-\ufe7f"
)
TOKEN = re.compile(rf"[وفبلك]{{0,2}}\d+(?:[.,\u066b\u066c]\d+)+(?!\d)|[{_WORD_CHARS}]+|\S")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]+")

# Per surface word: (norm, base, stem, relative parts). Only strings, ints and tuples of
# them, so the collector untracks every entry once and never walks the cache again; with tracked
# values (dataclasses, enum members) each collection walked the whole cache and cost as much as
# building the tokens did.
Cached = tuple[str, str, str, RelativeParts]
_CACHE: dict[str, Cached] = {}
_CACHE_LIMIT = 300_000
_PROCLITIC_KINDS = frozenset({SegmentKind.CONJUNCTION, SegmentKind.PREPOSITION, SegmentKind.FUTURE})

# Frozen dataclasses check every attribute assignment; tokenisation builds a few hundred records
# per article, so it sets the slots directly through their descriptors (same objects, same
# equality, a fraction of the cost). Only this module does so. mypy models a slot only as an
# instance attribute (``misc``) of its field's type, not as the descriptor it is on the class
# (``attr-defined``), hence the ignores below. ``segments`` receives the relative parts, which
# the token turns into Segment records when they are first read (see ``records.Token``).
_new = object.__new__
_SPAN_SET = (
    Span.start.__set__,  # type: ignore[misc, attr-defined]
    Span.end.__set__,  # type: ignore[misc, attr-defined]
    Span.text.__set__,  # type: ignore[misc, attr-defined]
)
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

    :returns: ``(norm, base, stem, parts)``: the forms and the segments as (kind value, start,
        end, norm) relative to the word.
    """
    found = _CACHE.get(surface)
    if found is None:
        found = _analyse(surface)
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[surface] = found
    return found


def _analyse(surface: str) -> Cached:
    if len(surface) == 1 and not surface.isalnum():
        norm = fold_word(surface)
        if norm or not _INVISIBLE.fullmatch(surface):
            norm = norm or surface
        return (norm, norm, norm, ((SegmentKind.STEM.value, 0, 1, norm),))
    word: WordAnalysis = analyse_word(surface)
    parts = tuple((str(kind.value), a, b, piece) for kind, a, b, piece in word.parts)
    return (word.norm, word.base, word.stem, parts)


def partial_norm(token: Token) -> str | None:
    """The token's norm without only its outermost proclitic ("وبريطانيا" -> "بريطانيا"), if any.

    The clitic analysis cannot know every name, and may read a name's first letter as a
    preposition ("بريطانيا" as ب + ريطانيا); after a conjunction the whole word then matches
    nothing. The matcher offers this form so that such names match without listing each one.
    Read from the relative parts while the token has not built its segments, so that matching
    does not build Segment records for every word it looks at.
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
_PROCLITIC_VALUES = frozenset(kind.value for kind in _PROCLITIC_KINDS)


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into tokens with offsets, normalised forms and clitic segments.

    :param text: the article text (never modified).
    :returns: tokens in text order; ``tokens[i].index == i``.
    """
    # The loop is the hot path of the whole system: record construction is inlined on purpose.
    new = _new
    span_start, span_end, span_text = _SPAN_SET
    tok_index, tok_span, tok_norm, tok_base, tok_stem, tok_segments = _TOK_SET
    cached = _CACHE.get
    invisible = _INVISIBLE.fullmatch
    tokens: list[Token] = []
    append = tokens.append
    index = 0
    for match in TOKEN.finditer(text):
        surface = match.group()
        found = cached(surface) or analysis(surface)
        norm = found[0]
        if not norm and invisible(surface):
            continue  # a lone invisible control between spaces is not a token
        start = match.start()
        span = new(Span)
        span_start(span, start)
        span_end(span, start + len(surface))
        span_text(span, surface)
        token = new(Token)
        tok_index(token, index)
        tok_span(token, span)
        tok_norm(token, norm)
        tok_base(token, found[1])
        tok_stem(token, found[2])
        tok_segments(token, found[3])
        append(token)
        index += 1
    return tuple(tokens)
