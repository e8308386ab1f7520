"""Recognising page furniture one line at a time, with the lexicon from ``furniture.yaml``.

Each function answers one question about a line (is it interface text, a byline, the heading of
a tag block or of a most-read list?) so that the scraped-text cleaner and the HTML post-filter
can share them and a test can ask them directly.
"""

from __future__ import annotations

import re

from basma.clean.data import furniture
from basma.clean.fold import fold

_WORDS = re.compile(r"\S+")
_CREDIT_END = re.compile(r"(?P<stop>[.:!؟?»\"”])?\s*\((?P<credit>[^()\d]{1,30})\)\s*$")
_SENTENCE_END = re.compile(r"[.!؟?:…»\"”]\s*$")
_EDGE = 100  # interface words glued to a line sit within its first or last hundred characters
_HEADING = 120  # furniture lines and headings are short; longer lines are never compared whole


def _cut_words(line: str, count: int, *, from_end: bool = False) -> str:
    spans = [m.span() for m in _WORDS.finditer(line)]
    if from_end:
        return line[: spans[-count][0]].rstrip() if count <= len(spans) else ""
    return line[spans[count - 1][1] :].lstrip() if count <= len(spans) else ""


def strip_ui(line: str) -> str:
    """Remove interface words glued to the start or end of a line ("Next Previous عين اليوم")."""
    lexicon = furniture()
    words = line.split(maxsplit=1)
    if words and fold(words[0]) in lexicon.prefix_heads:
        key = fold(line[:_EDGE])
        for prefix in lexicon.ui_prefixes:
            if key.startswith(prefix + " ") or key == prefix:
                line = _cut_words(line, len(prefix.split()))
                break
    words = line.rsplit(maxsplit=1)
    if not words or fold(words[-1]) not in lexicon.suffix_tails:
        return line
    key = fold(line[-_EDGE:])
    for suffix in lexicon.ui_suffixes:
        if key.endswith(" " + suffix):
            line = _cut_words(line, len(suffix.split()), from_end=True)
            break
    return line


def is_ui_line(line: str, key: str | None = None) -> bool:
    """A whole line of interface text (font-size buttons, share bars, "الرئيسية").

    :param key: ``fold(line)`` when the caller has it already.
    """
    return len(line) <= _HEADING and (key if key is not None else fold(line)) in furniture().ui_lines


def matches_drop_pattern(line: str) -> bool:
    """A line such as a copyright notice, "آخر تحديث: ...", a bare URL or a view counter."""
    return any(p.search(line) for p in furniture().drop_patterns)


def byline(line: str) -> str | None:
    """The author's name when the line is a byline ("كتب: سامر خليل"), else None."""
    if len(line) > 90:
        return None
    for pattern in furniture().byline_patterns:
        match = pattern.match(line)
        if match:
            return match.group("name").strip(" .،,:")
    return None


def is_tail_marker(line: str, key: str | None = None) -> bool:
    """The heading of a block that ends the article: most-read, related stories, comments."""
    return len(line) <= _HEADING and (key if key is not None else fold(line)) in furniture().tail_markers


def block_marker(line: str, key: str | None = None) -> str | None:
    """The heading of a tag or "read also" block, and any items written on the same line."""
    lexicon = furniture()
    if len(line) <= _HEADING and (key if key is not None else fold(line)) in lexicon.block_markers:
        return ""
    head, sep, rest = line[:400].partition(":")
    if not sep or len(head) > 40:
        return None
    if sep and fold(head) in lexicon.block_markers and len(rest.split()) <= 20:
        return rest.strip()
    return None


def caption_credit(line: str) -> str | None:
    """The credit when the line ends like a photo caption, ``... دمشق. (سانا)``, else None.

    Only short lines count, and the credit must be a short name in brackets closing the line,
    after a full stop: a body sentence that ends with an acronym in brackets such as "(قسد)."
    keeps its final full stop after the bracket.
    """
    if len(line.split()) > 35:
        return None
    match = _CREDIT_END.search(line)
    if not match or len(match.group("credit").split()) > 3:
        return None
    if match.start() == 0 or not match.group("stop"):
        return None
    return match.group("credit").strip()


def bracket_credit(line: str) -> str | None:
    """The short bracketed name closing a line, ``... (رويترز)``, with or without a full stop."""
    match = _CREDIT_END.search(line)
    if not match or match.start() == 0 or len(match.group("credit").split()) > 3:
        return None
    return match.group("credit").strip()


def is_short_item(line: str, max_words: int = 8) -> bool:
    """A short line without sentence punctuation: a tag, a link title, a list item."""
    return len(line.split()) <= max_words and not _SENTENCE_END.search(line)


def is_prose(line: str, min_words: int = 12) -> bool:
    """A line long enough to be a paragraph of the article."""
    return len(line.split()) >= min_words
