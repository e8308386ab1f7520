"""A shared multi-word phrase matcher over tokens: actors, places and event triggers all use it.

Phrases are tokenised and normalised with the very functions that read article text, and stored
in a trie keyed by token forms. A phrase token matches an article token when it equals the token's
``norm`` (the whole word), the word without only its outermost proclitic (so a name whose first
letter looks like a preposition still matches after و), or its ``base`` (without proclitics
و ف ب ل ك س), and, when the matcher is
built with ``use_stem=True``, its ``stem`` (without the article and pronoun suffixes too), so that
"الروسية" matches an entry written "روسية".

Matches are the longest at each position, taken left to right without overlap. Among alternatives
of the same length the one that matched more whole words (``norm``) wins, then ``base`` over
``stem``: "بحث" matches an entry "بحث" before it would match "حث" through a clitic reading.

The span of a match runs from the first token to the last, trimmed to the form that matched: a
first token matched through its ``base`` starts after its proclitics ("لموسكو" gives "موسكو"), one
matched through its ``stem`` starts after the article, and a last token matched through its stem
ends before its pronoun suffix. The token range (``token_start``/``token_end``) is never trimmed.

A token trie was measured faster here than Aho-Corasick over a joined string, because each token
offers two or three alternative forms and most tokens fail at the first lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Generic, TypeVar

from basma.records import RelativeParts, SegmentKind, Span, Token
from basma.text.tokens import Tokens, tokenize

T = TypeVar("T")

NORM, PARTIAL, BASE, STEM = 0, 1, 2, 3
_FORM_NAMES = ("norm", "partial", "base", "stem")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    """One match: the token range, the trimmed span, the payloads of the phrase and its key."""

    token_start: int
    token_end: int
    span: Span
    payloads: list[T]
    phrase: str
    forms: tuple[str, ...] = ()  # which form matched each token: "norm", "base" or "stem"


class _Node:
    __slots__ = ("children", "payloads", "phrase")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.payloads: list[object] | None = None
        self.phrase = ""


class PhraseMatcher(Generic[T]):
    """Find known multi-word phrases in token sequences.

    >>> m: PhraseMatcher[str] = PhraseMatcher()
    >>> m.add("وزير الدفاع", "minister")
    >>> [x.span.text for x in m.find(tokenize("ولوزير الدفاع"))]
    ['وزير الدفاع']
    """

    def __init__(self, use_stem: bool = False) -> None:
        self.use_stem = use_stem
        self._root = _Node()
        self._count = 0

    def __len__(self) -> int:
        """How many distinct phrases are stored."""
        return self._count

    def add(self, phrase: str, payload: T) -> None:
        """Store ``phrase`` (any spelling; it is tokenised and normalised) with ``payload``.

        Adding the same normalised phrase again appends the payload to the same entry.

        :raises ValueError: when the phrase has no tokens.
        """
        keys = [token.norm for token in tokenize(phrase) if token.norm]
        if not keys:
            raise ValueError(f"phrase {phrase!r} has no tokens")
        node = self._root
        for key in keys:
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _Node()
            node = child
        if node.payloads is None:
            node.payloads = []
            node.phrase = " ".join(keys)
            self._count += 1
        node.payloads.append(payload)

    def find(
        self, tokens: Sequence[Token], start: int = 0, end: int | None = None, *, text: str | None = None
    ) -> list[PhraseMatch[T]]:
        """Longest non-overlapping matches in ``tokens[start:end]``, left to right.

        :param text: the article text the tokens come from. With it, multi-token spans are cut from
            the text exactly; without it their text is rebuilt from the tokens with one space per
            gap character (exact unless a phrase spans a line break or an unusual space).
        """
        table = Tokens.of(tokens)
        stop = len(table) if end is None else min(end, len(table))
        first = max(start, 0)
        if first >= stop:
            return []
        # Where a phrase can start: a token with any of its forms among the phrases' first words.
        # Found by C-level passes over the columns; a Python loop here cost more than the matching.
        starts_here = self._root.children.__contains__
        every = range(first, stop)
        columns: list[list[str] | list[str | None]] = [table.norms, table.bases, table.partials]
        if self.use_stem:
            columns.append(table.stems)
        candidates: set[int] = set()
        for column in columns:
            candidates.update(compress(every, map(starts_here, column[first:stop])))
        found: list[PhraseMatch[T]] = []
        i = first
        for candidate in sorted(candidates):
            if candidate < i:
                continue  # inside the match before
            i = candidate
            best = self._longest(table, i, stop)
            if best is None:
                continue
            length, forms, node = best
            found.append(self._match(table, i, length, forms, node, text))
            i += length
        return found

    def _longest(self, table: Tokens, first: int, stop: int) -> tuple[int, tuple[int, ...], _Node] | None:
        """The best phrase starting at ``first``: longest, then most whole-word forms.

        Each token offers its forms in the order norm, partial, base, stem, each distinct form
        once; among phrases of the same length and form cost the first one reached wins.
        """
        norms, partials, bases = table.norms, table.partials, table.bases
        stems = table.stems if self.use_stem else None
        best: tuple[int, tuple[int, ...], _Node] | None = None
        best_length = best_cost = 0
        stack: list[tuple[int, _Node, tuple[int, ...]]] = [(first, self._root, ())]
        pop = stack.pop
        push = stack.append
        while stack:
            i, node, forms = pop()
            if forms and node.payloads is not None:
                length = len(forms)
                cost = -sum(forms)
                if length > best_length or (length == best_length and cost > best_cost):
                    best, best_length, best_cost = (length, forms, node), length, cost
            children = node.children
            if not children or i >= stop:
                continue
            norm = norms[i]
            child = children.get(norm)
            if child is not None:
                push((i + 1, child, (*forms, NORM)))
            partial = partials[i]
            if partial is not None and partial != norm:
                child = children.get(partial)
                if child is not None:
                    push((i + 1, child, (*forms, PARTIAL)))
            base = bases[i]
            if base != norm and base != partial:
                child = children.get(base)
                if child is not None:
                    push((i + 1, child, (*forms, BASE)))
            if stems is not None:
                stem = stems[i]
                if stem != norm and stem != partial and stem != base:
                    child = children.get(stem)
                    if child is not None:
                        push((i + 1, child, (*forms, STEM)))
        return best

    @staticmethod
    def _match(
        table: Tokens,
        first: int,
        length: int,
        forms: tuple[int, ...],
        node: _Node,
        text: str | None,
    ) -> PhraseMatch[T]:
        """Build the match record with the span trimmed to the matched forms.

        Offsets come from the token columns and the cached relative segments, so matching builds
        no Token or Segment records.
        """
        last = first + length - 1
        begin = table.starts[first] + _form_start(table.parts(first), forms[0])
        finish = table.ends[last] - _form_end_trim(table.parts(last), forms[-1])
        if length == 1 and begin == table.starts[first] and finish == table.ends[first]:
            span = Span(begin, finish, table.surfaces[first])  # one whole word, the common case
        elif text is not None:
            span = Span.of(text, begin, finish)
        else:
            span = _joined(table, first, length, begin, finish)
        return PhraseMatch(
            token_start=first,
            token_end=first + length,
            span=span,
            payloads=list(node.payloads or ()),  # type: ignore[arg-type]
            phrase=node.phrase,
            forms=tuple(map(_FORM_NAMES.__getitem__, forms)),
        )


_BEFORE_BASE = frozenset(
    kind.value for kind in (SegmentKind.CONJUNCTION, SegmentKind.PREPOSITION, SegmentKind.FUTURE)
)
_BEFORE_STEM = _BEFORE_BASE | {SegmentKind.ARTICLE.value}


def _form_start(parts: RelativeParts, form: int) -> int:
    """How far into its token the matched form starts."""
    if form == NORM:
        return 0
    if form == PARTIAL:
        return parts[1][1]
    skip = _BEFORE_STEM if form == STEM else _BEFORE_BASE
    for kind, start, _, _ in parts:
        if kind not in skip:
            return start
    return 0


def _form_end_trim(parts: RelativeParts, form: int) -> int:
    """How many characters before its token's end the matched form ends (a stem's pronoun)."""
    if form == STEM and parts and parts[-1][0] == SegmentKind.PRONOUN.value:
        return parts[-1][2] - parts[-1][1]
    return 0


def _joined(table: Tokens, first: int, length: int, begin: int, finish: int) -> Span:
    """A span rebuilt from the tokens' own text, each gap character written as a space."""
    pieces: list[str] = []
    position = begin
    for i in range(first, first + length):
        start, end = table.starts[i], table.ends[i]
        if start > position:
            pieces.append(" " * (start - position))
        lo = max(start, begin)
        hi = min(end, finish)
        pieces.append(table.surfaces[i][lo - start : hi - start])
        position = hi
    return Span(begin, finish, "".join(pieces))
