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

from basma.records import Segment, SegmentKind, Span, Token
from basma.text.clitics import WordAnalysis, analyse_word
from basma.text.normalise import fold_word

_WORD_CHARS = (
    r"\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    r"\u200c\u200d\u200e\u200f\u00ad\ufe70-\ufe7f"
)
TOKEN = re.compile(rf"[وفبلك]{{0,2}}\d+(?:[.,\u066b\u066c]\d+)+(?!\d)|[{_WORD_CHARS}]+|\S")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]+")

_CACHE: dict[str, WordAnalysis] = {}
_CACHE_LIMIT = 300_000

# Frozen dataclasses check every attribute assignment; tokenisation builds a few hundred records
# per article, so it sets the slots directly through their descriptors (same objects, same
# equality, half the cost). Only this module does so. mypy models a slot only as an instance
# attribute (``misc``) of its field's type, not as the descriptor it is on the class
# (``attr-defined``), hence the ignores below.
_new = object.__new__
_SPAN_SET = (
    Span.start.__set__,  # type: ignore[misc, attr-defined]
    Span.end.__set__,  # type: ignore[misc, attr-defined]
    Span.text.__set__,  # type: ignore[misc, attr-defined]
)
_SEG_SET = (
    Segment.span.__set__,  # type: ignore[misc, attr-defined]
    Segment.kind.__set__,  # type: ignore[misc, attr-defined]
    Segment.norm.__set__,  # type: ignore[misc, attr-defined]
)
_TOK_SET = (
    Token.index.__set__,  # type: ignore[misc, attr-defined]
    Token.span.__set__,  # type: ignore[misc, attr-defined]
    Token.norm.__set__,  # type: ignore[misc, attr-defined]
    Token.base.__set__,  # type: ignore[misc, attr-defined]
    Token.stem.__set__,  # type: ignore[misc, attr-defined]
    Token.segments.__set__,  # type: ignore[misc, attr-defined]
)


def _span(start: int, end: int, text: str) -> Span:
    obj = _new(Span)
    _SPAN_SET[0](obj, start)
    _SPAN_SET[1](obj, end)
    _SPAN_SET[2](obj, text)
    return obj


def _segment(span: Span, kind: SegmentKind, norm: str) -> Segment:
    obj = _new(Segment)
    _SEG_SET[0](obj, span)
    _SEG_SET[1](obj, kind)
    _SEG_SET[2](obj, norm)
    return obj


def analysis(surface: str) -> WordAnalysis:
    """The cached clitic analysis of one surface word (or punctuation mark)."""
    found = _CACHE.get(surface)
    if found is None:
        if len(surface) == 1 and not surface.isalnum():
            norm = fold_word(surface)
            if norm or not _INVISIBLE.fullmatch(surface):
                norm = norm or surface
            found = WordAnalysis(norm, norm, norm, ((SegmentKind.STEM, 0, 1, norm),))
        else:
            found = analyse_word(surface)
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[surface] = found
    return found


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into tokens with offsets, normalised forms and clitic segments.

    :param text: the article text (never modified).
    :returns: tokens in text order; ``tokens[i].index == i``.
    """
    # The loop is the hot path of the whole system: record construction is inlined on purpose.
    new = _new
    span_start, span_end, span_text = _SPAN_SET
    seg_span, seg_kind, seg_norm = _SEG_SET
    tok_index, tok_span, tok_norm, tok_base, tok_stem, tok_segments = _TOK_SET
    cached = _CACHE.get
    tokens: list[Token] = []
    append = tokens.append
    index = 0
    for match in TOKEN.finditer(text):
        surface = match.group()
        found = cached(surface) or analysis(surface)
        norm = found.norm
        if not norm and _INVISIBLE.fullmatch(surface):
            continue  # a lone invisible control between spaces is not a token
        start = match.start()
        span = new(Span)
        span_start(span, start)
        span_end(span, start + len(surface))
        span_text(span, surface)
        parts = found.parts
        if len(parts) == 1:
            segment = new(Segment)
            seg_span(segment, span)
            seg_kind(segment, parts[0][0])
            seg_norm(segment, parts[0][3])
            segments: tuple[Segment, ...] = (segment,)
        else:
            segments = tuple(
                _segment(_span(start + a, start + b, surface[a:b]), kind, piece)
                for kind, a, b, piece in parts
            )
        token = new(Token)
        tok_index(token, index)
        tok_span(token, span)
        tok_norm(token, norm)
        tok_base(token, found.base)
        tok_stem(token, found.stem)
        tok_segments(token, segments)
        append(token)
        index += 1
    return tuple(tokens)
