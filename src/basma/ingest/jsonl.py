"""JSON Lines (and JSON arrays) of articles, one record per line, with configurable field names.

A line that is not JSON, not an object, or has no text becomes a Rejection naming ``file:line``;
the lines after it are still read. Lines are read with a length bound so a runaway line cannot
exhaust memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import IO, Any

from basma.clean.decode import MAX_BYTES
from basma.errors import EmptyInput, MalformedInput, TooLarge
from basma.ingest.raw import RawDocument
from basma.records import Rejection

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "uri", "href", "canonical_url"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "article_text", "maintext", "full_text"),
    "html": ("html", "raw_html", "page"),
    "published_at": (
        "published_at",
        "date",
        "published",
        "pubDate",
        "datePublished",
        "date_published",
        "publish_date",
        "pub_date",
        "timestamp",
    ),
    "outlet": ("outlet", "source", "site", "publisher", "newspaper", "source_name", "domain"),
    "section": ("section", "category"),
    "author": ("author", "byline", "authors"),
    "tags": ("tags", "keywords"),
    "source_id": ("id", "article_id", "doc_id"),
}
"""Names tried, in order, for each field basma reads; the first present non-empty one wins."""


def _pick(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def field_names(overrides: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The names to try per field, with a user's ``{"text": "body_ar"}`` taking the field over."""
    names = dict(FIELD_NAMES)
    for key, value in (overrides or {}).items():
        if key not in names:
            raise ValueError(f"unknown field {key!r}; known fields: {', '.join(sorted(names))}")
        names[key] = (value,)
    return names


def record_to_raw(record: Any, ref: str, names: dict[str, tuple[str, ...]]) -> RawDocument | Rejection:
    """One decoded JSON value to a RawDocument, or a Rejection saying what is wrong with it."""
    if not isinstance(record, dict):
        return Rejection(
            ref, "ingest", MalformedInput.code, f"{ref}: expected a JSON object, got {type(record).__name__}"
        )
    fields: dict[str, Any] = {}
    for key, candidates in names.items():
        if key in ("text", "html"):
            continue
        value = _pick(record, candidates)
        if value is not None:
            fields[key] = value
    if isinstance(fields.get("author"), list):
        fields["author"] = "، ".join(str(a) for a in fields["author"])
    text = _pick(record, names["text"])
    fmt = "record"
    if text is None and (page := _pick(record, names["html"])) is not None:
        text, fmt = page, "html"
    if text is None:
        tried = ", ".join(names["text"] + names["html"])
        return Rejection(
            ref, "ingest", EmptyInput.code, f"{ref}: the record has no text (looked for {tried})"
        )
    if not isinstance(text, str):
        return Rejection(
            ref,
            "ingest",
            MalformedInput.code,
            f"{ref}: the text field is a {type(text).__name__}, not a string",
        )
    return RawDocument(input_ref=ref, content=text, fmt=fmt, fields=fields)


def _bounded_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; ``None`` for a line longer than the limit (skipped unread)."""
    number = 0
    while True:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line in bounded pieces
                rest = stream.readline(MAX_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def read_jsonl(
    stream: IO[bytes], ref: str, overrides: Mapping[str, str] | None = None
) -> Iterator[RawDocument | Rejection]:
    """Every record of a JSONL stream (or a JSON array) as a RawDocument or a Rejection."""
    names = field_names(overrides)
    first = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if first.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"["):
        yield from _read_array(stream, ref, names)
        return
    for number, line in _bounded_lines(stream):
        line_ref = f"{ref}:{number}"
        if line is None:
            yield Rejection(
                line_ref, "ingest", TooLarge.code, f"{line_ref}: line is over the {MAX_BYTES}-byte limit"
            )
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Rejection(line_ref, "ingest", MalformedInput.code, f"{line_ref}: not valid JSON ({exc})")
            continue
        yield record_to_raw(record, line_ref, names)


def _read_array(
    stream: IO[bytes], ref: str, names: dict[str, tuple[str, ...]]
) -> Iterator[RawDocument | Rejection]:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield Rejection(
            ref, "ingest", TooLarge.code, f"{ref}: JSON array over the {MAX_BYTES}-byte limit; use JSONL"
        )
        return
    try:
        records = json.loads(data.removeprefix(b"\xef\xbb\xbf"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield Rejection(ref, "ingest", MalformedInput.code, f"{ref}: not valid JSON ({exc})")
        return
    if not isinstance(records, list):
        records = [records]
    for index, record in enumerate(records, start=1):
        yield record_to_raw(record, f"{ref}#{index}", names)
