"""Sentence splitting for news Arabic: the Arabic comma does not end a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from basma.records import Sentence, Span, Token

_ENDS = {".", "؟", "?", "!", "؛"}


def split_sentences(text: str, tokens: Sequence[Token]) -> tuple[Sentence, ...]:
    """Group tokens into sentences ending at . ؟ ! ؛ or a line break."""
    sentences: list[Sentence] = []
    first = 0
    for i, token in enumerate(tokens):
        last = i + 1 == len(tokens)
        breaks = not last and "\n" in text[token.end : tokens[i + 1].start]
        if token.norm in _ENDS or breaks or last:
            start, end = tokens[first].start, token.end
            sentences.append(Sentence(len(sentences), Span.of(text, start, end), first, i + 1))
            first = i + 1
    return tuple(sentences)
