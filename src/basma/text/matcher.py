"""Multi-word phrase matching over tokens, shared by actors, places and event triggers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from basma.records import Span, Token
from basma.text.tokens import tokenize

T = TypeVar("T")


@dataclass
class PhraseMatch(Generic[T]):
    token_start: int
    token_end: int
    span: Span
    payloads: list[T]
    phrase: str


@dataclass
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    payloads: list[T] = field(default_factory=list)
    phrase: str = ""


class PhraseMatcher(Generic[T]):
    """A token trie: phrases are tokenised like article text and matched on base or surface forms."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()

    def add(self, phrase: str, payload: T) -> None:
        node = self._root
        for token in tokenize(phrase):
            node = node.children.setdefault(token.norm, _Node())
        node.payloads.append(payload)
        node.phrase = phrase

    def _longest(self, tokens: Sequence[Token], i: int, end: int) -> tuple[int, _Node[T]] | None:
        node, best = self._root, None
        j = i
        while j < end:
            token = tokens[j]
            nxt = node.children.get(token.base) or node.children.get(token.norm)
            if nxt is None:
                break
            node, j = nxt, j + 1
            if node.payloads:
                best = (j, node)
        return best

    def find(self, tokens: Sequence[Token], start: int = 0, end: int | None = None) -> list[PhraseMatch[T]]:
        """Longest non-overlapping matches, left to right."""
        end = len(tokens) if end is None else end
        found: list[PhraseMatch[T]] = []
        i = start
        while i < end:
            hit = self._longest(tokens, i, end)
            if hit is None:
                i += 1
                continue
            j, node = hit
            first, last = tokens[i], tokens[j - 1]
            span = Span(first.start, last.end, first.span.text if i + 1 == j else "")
            found.append(PhraseMatch(i, j, span, list(node.payloads), node.phrase))
            i = j
        return found
