"""Cleaning text line by line: what scraped pages and extracted HTML have in common.

Scraped text like an Annahar page copied from a browser carries the title three times, a dateline,
a standfirst, font-size buttons, each photo caption twice, tag blocks and a most-read list. This
module labels every line (title, dateline, caption, furniture, body, ...) in two passes: first
each line on its own, then in context (adjacent repeats, the header zone before the first
paragraph, blocks that end the article). What is kept becomes the body; the rest becomes
metadata or is dropped, and every dropped line is listed with the reason, for scoring and
debugging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from basma.clean import furniture as fu
from basma.clean.fold import fold, squeeze
from basma.clean.pubdate import Dateline, parse_dateline

HEADER_WINDOW = 12
"""How many leading lines may hold the title, dateline, standfirst and lead caption."""

_WIRE_DATELINE = re.compile(r"^\S+(?:\s\S+){0,2}\s*[-–—]\s*\S+(?:\s\S+)?$")  # "صحيفة الواحة – الدمام"
_FOLD_LIMIT = 400  # longer lines are paragraphs: compared as written, never furniture headings
_TAG_HEADINGS = ("العلامات", "الوسوم", "وسوم", "كلمات", "الكلمات", "tags")


@dataclass
class Line:
    text: str
    kind: str  # body, title, dateline, caption, ui, byline, drop, tail, block, repeat, standfirst
    key: str = ""
    blank_after: bool = False


@dataclass
class CleanText:
    """The outcome of cleaning: the body and what was taken out of it."""

    body: str
    title: str | None = None
    standfirst: str | None = None
    captions: tuple[str, ...] = ()
    dateline: Dateline | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    removed: list[tuple[str, str]] = field(default_factory=list)


def _title_candidate(lines: list[Line]) -> str | None:
    """The first line, when it looks like a headline and the page confirms it."""
    if len(lines) < 3:
        return None
    first = lines[0]
    words = len([w for w in first.text.split() if w not in "-–—|"])
    if (
        _WIRE_DATELINE.match(first.text)
        or not 4 <= words <= 25
        or fu.caption_credit(first.text)
        or first.text.rstrip()[-1:] in ".!؟?:"
    ):
        return None
    repeats = sum(1 for line in lines[1:HEADER_WINDOW] if line.key == first.key)
    followed_by_dateline = any(parse_dateline(line.text) for line in lines[1:3])
    # a short unpunctuated line set apart by a blank line, as a headline is in a saved text file
    plain = first.blank_after and "،" not in first.text and "." not in first.text and words <= 15
    return first.text if repeats or followed_by_dateline or plain else None


def _first_pass(raw_lines: list[str], title_key: str, caption_keys: set[str]) -> list[Line]:
    out: list[Line] = []
    for raw in raw_lines:
        text = squeeze(raw)
        if not text:
            if out:
                out[-1].blank_after = True
            continue
        key = fold(text) if len(text) <= _FOLD_LIMIT else text
        if fu.is_ui_line(text, key):
            out.append(Line(text, "ui"))
            continue
        stripped = fu.strip_ui(text)
        if not stripped:
            out.append(Line(text, "ui"))
            continue
        if stripped != text:
            text = stripped
            key = fold(text) if len(text) <= _FOLD_LIMIT else text
        if title_key and key == title_key:
            kind = "title"
        elif parse_dateline(text):
            kind = "dateline"
        elif fu.byline(text):
            kind = "byline"
        elif fu.matches_drop_pattern(text):
            kind = "drop"
        elif fu.is_tail_marker(text, key):
            kind = "tail"
        elif fu.block_marker(text, key) is not None:
            kind = "block"
        elif key in caption_keys or fu.caption_credit(text):
            kind = "caption"
        else:
            kind = "body"
        out.append(Line(text, kind, key))
    return out


def _mark_repeats(lines: list[Line]) -> None:
    """Adjacent repeats are captions shown twice; a later repeat of a paragraph is dropped.

    A paragraph repeated right after itself is a scraping artefact, not a caption, unless it is
    short or ends with a photo credit; it stays in the body once.
    """
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.kind not in ("body", "caption"):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and nxt.key == line.key and nxt.kind in ("body", "caption"):
            if fu.bracket_credit(line.text) or not fu.is_prose(line.text):
                line.kind = "caption"
            nxt.kind = "repeat"
        if line.key in seen and line.kind == "body" and fu.is_prose(line.text):
            line.kind = "repeat"  # a paragraph scraped twice; short formulas may legitimately recur
        seen.add(line.key)


def _mark_header(lines: list[Line]) -> None:
    """Lines before the last title repeat or font-size bar at the top: standfirst, not body."""
    window = lines[:HEADER_WINDOW]
    titles = [i for i, line in enumerate(window) if line.kind == "title"]
    bars = [i for i, line in enumerate(window) if line.kind == "ui"]
    if len(titles) < 2 and not bars:
        return
    end = max(titles[-1] if len(titles) >= 2 else -1, bars[-1] if bars else -1)
    before = [line for line in lines[:end] if line.kind == "body"]
    if len(before) > 2 or not any(line.kind == "body" and fu.is_prose(line.text) for line in lines[end:]):
        return  # a real header holds at most a standfirst and is followed by the article
    for line in lines[:end]:
        if line.kind == "body":
            line.kind = "standfirst"


def _mark_blocks(lines: list[Line], result: CleanText) -> None:
    """Drop tag and "read also" blocks; cut the article at a most-read or comments heading."""
    prose_seen = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind == "body" and fu.is_prose(line.text):
            prose_seen += 1
        if line.kind == "tail" and prose_seen >= 2:
            for rest in lines[i + 1 :]:
                rest.kind = "after-tail"
            return
        if line.kind in ("tail", "block"):
            line.kind = "block"
            inline = fu.block_marker(line.text) or ""
            is_tags = line.key.startswith(_TAG_HEADINGS)
            items = [item.strip() for item in inline.replace("،", ",").split(",") if item.strip()]
            j = i + 1
            while (
                j < len(lines)
                and lines[j].kind in ("body", "caption")
                and fu.is_short_item(lines[j].text, 14)
            ):
                lines[j].kind = "block-item"
                items.append(lines[j].text)
                j += 1
            if is_tags:
                result.tags += tuple(items)
            i = j
            continue
        i += 1


def clean_lines(
    raw_lines: list[str],
    *,
    title: str | None = None,
    caption_hints: tuple[str, ...] = (),
    find_title: bool = True,
) -> CleanText:
    """Label the lines of an article and assemble its body and metadata.

    :param title: the title when the source gave one; lines equal to it are dropped.
    :param caption_hints: captions known from markup (HTML ``figcaption``); removed from the body.
    :param find_title: whether a headline-like first line may be taken as the title.
    """
    caption_keys = {fold(c) for c in caption_hints if c.strip()}
    lines = _first_pass(raw_lines, fold(title) if title else "", caption_keys)
    if not title and find_title:
        title = _title_candidate(lines)
        if title:
            key = fold(title)
            for line in lines:
                if line.key == key:
                    line.kind = "title"
    result = CleanText(body="", title=title)
    _mark_repeats(lines)
    _mark_header(lines)
    _mark_blocks(lines, result)
    captions: dict[str, str] = {fold(c): squeeze(c) for c in caption_hints if c.strip()}
    body: list[str] = []
    standfirst: list[str] = []
    for index, line in enumerate(lines):
        if line.kind == "body":
            body.append(line.text)
            continue
        if line.kind == "standfirst":
            standfirst.append(line.text)
        elif line.kind == "caption":
            captions.setdefault(line.key, line.text)
        elif line.kind == "dateline" and result.dateline is None and index < HEADER_WINDOW:
            result.dateline = parse_dateline(line.text)
        elif line.kind == "byline" and result.author is None:
            result.author = fu.byline(line.text)
        result.removed.append((line.text, line.kind))
    result.body = "\n\n".join(body)
    result.standfirst = " ".join(standfirst) or None
    result.captions = tuple(captions.values())
    return result
