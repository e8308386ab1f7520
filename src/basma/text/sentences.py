"""Sentence splitting for news Arabic.

A sentence ends at ``.`` ``؟`` ``?`` ``!`` ``؛`` ``;`` or an ellipsis, and at every line break. The
Arabic comma ``،`` never ends one. A full stop does not end a sentence after an initial or a
listed abbreviation (``د.`` ``م.`` ``Dr.``), nor when the next word is written against it
(``www.example.com``). Punctuation inside a short quotation does not split the sentence that
quotes it: «نحن هنا. وسنبقى» stays within its sentence, and closing quotes and brackets that follow
a sentence end stay with the sentence they close.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from basma.records import Sentence, Span, Token
from basma.text.classes import word_class
from basma.text.resources import normalised_words
from basma.text.tokens import Tokens

ENDS = frozenset({".", "؟", "?", "!", "؛", ";", "..."})
CLOSERS = frozenset({")", "]", "}"})
_BREAKS = ("\n", "\r", "\u2029")
MAX_QUOTE = 400  # characters; a longer "quotation" is more likely an unbalanced mark
_END = word_class("sentence-end", norms=lambda: ENDS)
_QUOTE = word_class("quote", norms=lambda: ('"',))


def split_sentences(text: str, tokens: Sequence[Token]) -> tuple[Sentence, ...]:
    """Group ``tokens`` into sentences.

    :param text: the article text the tokens were cut from.
    :param tokens: the article's tokens, in order (a :class:`~basma.text.tokens.Tokens` table is
        read through its columns; any other sequence is first made into one).
    :returns: sentences covering every token once, in order, each spanning its first to last token.
    """
    table = Tokens.of(tokens)
    count = len(table)
    if not count:
        return ()
    norms, starts, ends = table.norms, table.starts, table.ends
    breaks = _breaks_before(text, starts)
    quoted, closing = _quotations(table, breaks)
    abbreviations = normalised_words("abbreviations.txt")
    sentences: list[Sentence] = []
    first = 0
    done = -1  # the last token already placed in a sentence
    # Only the token before a line break, an end mark or the last token can end a sentence.
    marks = set(table.having(_END))
    candidates = {b - 1 for b in breaks} | marks
    candidates.add(count - 1)
    for i in sorted(candidates):
        if i <= done:
            continue  # taken into the sentence before along with its end mark
        last = i + 1 == count
        ends_line = not last and i + 1 in breaks
        # An end mark inside a quotation ends the sentence only when the quotation closes on it.
        at_end = not ends_line and not last and i in marks and (i not in quoted or i + 1 in closing)
        if at_end and not _continues(table, i, abbreviations):
            i = _absorb(norms, i, closing, breaks)
            last = i + 1 == count
            ends_line = True
        if ends_line or last:
            span = Span.of(text, starts[first], ends[i])
            sentences.append(Sentence(len(sentences), span, first, i + 1))
            first = i + 1
            done = i
    return tuple(sentences)


def _breaks_before(text: str, starts: list[int]) -> set[int]:
    """Indices of the tokens that have a line or paragraph break between them and the token before."""
    found: set[int] = set()
    for mark in _BREAKS:
        position = text.find(mark)
        while position != -1:
            index = bisect_right(starts, position)
            if 0 < index < len(starts):
                found.add(index)
            position = text.find(mark, position + 1)
    return found


def _continues(table: Tokens, i: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at ``i`` is part of an abbreviation or a written-together word."""
    norms, starts, ends = table.norms, table.starts, table.ends
    if norms[i] != ".":
        return False
    if i + 1 < len(norms) and starts[i + 1] == ends[i] and norms[i + 1][:1].isalnum():
        return True
    if i == 0 or ends[i - 1] != starts[i]:
        return False
    before = norms[i - 1]
    if before in abbreviations:
        return True
    letter = before[1:] if len(before) == 2 and before[0] in "وف" else before
    if len(letter) == 1 and letter.isalpha():
        # "2025 م." is the era marker at the end of a date, which may well end the sentence.
        era = letter in ("م", "ه") and i > 1 and norms[i - 2][:1].isdigit()
        return not era
    return False


def _absorb(norms: list[str], i: int, closing: set[int], breaks: set[int]) -> int:
    """Extend a sentence end over more end marks and closing quotes or brackets on the same line."""
    j = i + 1
    while j < len(norms) and j not in breaks:
        norm = norms[j]
        if norm in ENDS or norm in CLOSERS or j in closing:
            j += 1
        else:
            break
    return j - 1


def _quotations(table: Tokens, breaks: set[int]) -> tuple[set[int], set[int]]:
    """Token indices inside a short, balanced quotation, and the indices of closing marks.

    Quotes are paired within a line: guillemets and curly quotes by direction, straight double
    quotes in order of appearance (first opens, second closes). An unpaired mark is ignored.
    """
    inside: set[int] = set()
    closing: set[int] = set()
    open_straight: int | None = None
    open_directed: list[int] = []
    last_quote = 0
    surfaces = table.surfaces
    lines = sorted(breaks)
    for i in table.having(_QUOTE):
        if bisect_right(lines, i) > bisect_right(lines, last_quote):  # a line break since the last quote
            open_straight, open_directed = None, []
        last_quote = i
        surface = surfaces[i]
        if surface in "«“„":
            open_directed.append(i)
        elif surface in "»”":
            if open_directed:
                _pair(table, open_directed.pop(), i, inside, closing)
        elif open_straight is None:
            open_straight = i
        else:
            _pair(table, open_straight, i, inside, closing)
            open_straight = None
    return inside, closing


def _pair(table: Tokens, opener: int, closer: int, inside: set[int], closing: set[int]) -> None:
    """Record one quotation if it is short enough to be a real one."""
    closing.add(closer)
    if table.ends[closer] - table.starts[opener] <= MAX_QUOTE:
        inside.update(range(opener + 1, closer))
