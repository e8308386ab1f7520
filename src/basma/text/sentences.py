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
from basma.text.resources import normalised_words

ENDS = frozenset({".", "؟", "?", "!", "؛", ";", "..."})
CLOSERS = frozenset({")", "]", "}"})
_BREAKS = ("\n", "\r", "\u2029")
MAX_QUOTE = 400  # characters; a longer "quotation" is more likely an unbalanced mark


def split_sentences(text: str, tokens: Sequence[Token]) -> tuple[Sentence, ...]:
    """Group ``tokens`` into sentences.

    :param text: the article text the tokens were cut from.
    :param tokens: the article's tokens, in order.
    :returns: sentences covering every token once, in order, each spanning its first to last token.
    """
    count = len(tokens)
    if not count:
        return ()
    breaks = _breaks_before(text, tokens)
    quoted, closing = _quotations(tokens, breaks)
    abbreviations = normalised_words("abbreviations.txt")
    sentences: list[Sentence] = []
    first = 0
    done = -1  # the last token already placed in a sentence
    # Only the token before a line break, an end mark or the last token can end a sentence.
    candidates = {b - 1 for b in breaks}
    candidates.update([i for i, token in enumerate(tokens) if token.norm in ENDS])
    candidates.add(count - 1)
    for i in sorted(candidates):
        if i <= done:
            continue  # taken into the sentence before along with its end mark
        last = i + 1 == count
        ends = not last and i + 1 in breaks
        # An end mark inside a quotation ends the sentence only when the quotation closes on it.
        at_end = not ends and not last and tokens[i].norm in ENDS and (i not in quoted or i + 1 in closing)
        if at_end and not _continues(tokens, i, abbreviations):
            i = _absorb(tokens, i, closing, breaks)
            last = i + 1 == count
            ends = True
        if ends or last:
            span = Span.of(text, tokens[first].span.start, tokens[i].span.end)
            sentences.append(Sentence(len(sentences), span, first, i + 1))
            first = i + 1
            done = i
    return tuple(sentences)


def _breaks_before(text: str, tokens: Sequence[Token]) -> set[int]:
    """Indices of the tokens that have a line or paragraph break between them and the token before."""
    starts = [token.span.start for token in tokens]
    found: set[int] = set()
    for mark in _BREAKS:
        position = text.find(mark)
        while position != -1:
            index = bisect_right(starts, position)
            if 0 < index < len(starts):
                found.add(index)
            position = text.find(mark, position + 1)
    return found


def _continues(tokens: Sequence[Token], i: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at ``i`` is part of an abbreviation or a written-together word."""
    token = tokens[i]
    if token.norm != ".":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.start == token.end and after.norm[:1].isalnum():
        return True
    before = tokens[i - 1] if i > 0 else None
    if before is None or before.end != token.start:
        return False
    if before.norm in abbreviations:
        return True
    letter = before.norm[1:] if len(before.norm) == 2 and before.norm[0] in "وف" else before.norm
    if len(letter) == 1 and letter.isalpha():
        # "2025 م." is the era marker at the end of a date, which may well end the sentence.
        era = letter in ("م", "ه") and i > 1 and tokens[i - 2].norm[:1].isdigit()
        return not era
    return False


def _absorb(tokens: Sequence[Token], i: int, closing: set[int], breaks: set[int]) -> int:
    """Extend a sentence end over more end marks and closing quotes or brackets on the same line."""
    j = i + 1
    while j < len(tokens) and j not in breaks:
        norm = tokens[j].norm
        if norm in ENDS or norm in CLOSERS or j in closing:
            j += 1
        else:
            break
    return j - 1


def _quotations(tokens: Sequence[Token], breaks: set[int]) -> tuple[set[int], set[int]]:
    """Token indices inside a short, balanced quotation, and the indices of closing marks.

    Quotes are paired within a line: guillemets and curly quotes by direction, straight double
    quotes in order of appearance (first opens, second closes). An unpaired mark is ignored.
    """
    inside: set[int] = set()
    closing: set[int] = set()
    open_straight: int | None = None
    open_directed: list[int] = []
    last_quote = 0
    for i in [i for i, token in enumerate(tokens) if token.norm == '"']:
        token = tokens[i]
        if any(k in breaks for k in range(last_quote + 1, i + 1)):
            open_straight, open_directed = None, []
        last_quote = i
        surface = token.span.text
        if surface in "«“„":
            open_directed.append(i)
        elif surface in "»”":
            if open_directed:
                _pair(tokens, open_directed.pop(), i, inside, closing)
        elif open_straight is None:
            open_straight = i
        else:
            _pair(tokens, open_straight, i, inside, closing)
            open_straight = None
    return inside, closing


def _pair(tokens: Sequence[Token], opener: int, closer: int, inside: set[int], closing: set[int]) -> None:
    """Record one quotation if it is short enough to be a real one."""
    closing.add(closer)
    if tokens[closer].end - tokens[opener].start <= MAX_QUOTE:
        inside.update(range(opener + 1, closer))
