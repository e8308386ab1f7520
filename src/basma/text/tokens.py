"""Clitic-aware tokenisation: surface words with their normalised forms and segments."""

from __future__ import annotations

import re

from basma.records import Segment, SegmentKind, Span, Token
from basma.text.normalise import normalise

_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\w\s]", re.UNICODE)
_PROCLITICS = {
    "و": SegmentKind.CONJUNCTION,
    "ف": SegmentKind.CONJUNCTION,
    "ب": SegmentKind.PREPOSITION,
    "ل": SegmentKind.PREPOSITION,
    "ك": SegmentKind.PREPOSITION,
}
_MIN_STEM = 3


def _split(norm: str) -> tuple[str, str]:
    """Split proclitics off a normalised word: returns (prefix, base with the article kept)."""
    prefix = ""
    rest = norm
    while rest and rest[0] in _PROCLITICS and len(prefix) < 2 and len(rest) - 1 >= _MIN_STEM:
        candidate = rest[1:]
        if rest[0] == "ل" and candidate.startswith("ل") and len(candidate) > _MIN_STEM:
            return prefix + "ل", "ا" + candidate  # لل+X is ل + الX
        if candidate.startswith("ال") or len(candidate) >= _MIN_STEM + 1:
            prefix, rest = prefix + rest[0], candidate
        else:
            break
    return prefix, rest


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into tokens that keep their surface offsets and clitic segments."""
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        surface = match.group()
        norm = normalise(surface)
        prefix, base = _split(norm)
        stem = base[2:] if base.startswith("ال") and len(base) > 4 else base
        span = Span(match.start(), match.end(), surface)
        segments = (Segment(span, SegmentKind.STEM, norm),) if not prefix else ()
        tokens.append(Token(len(tokens), span, norm, base, stem, segments))
    return tuple(tokens)
