"""The ingest stage's entry point: everything a user names, read into raw documents or rejections.

Reading never raises for a bad input: a missing file, an empty or binary one, an oversized page, a
broken JSON line or a damaged archive each become a ``Rejection`` with a reason code from
``basma.errors`` and a message naming the input, and reading goes on with the next one.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

from basma.clean.decode import MAX_BYTES
from basma.errors import BinaryInput, EmptyInput, InputError, TooLarge
from basma.ingest.detect import canonical_format, sniff
from basma.ingest.feeds import Feed, parse_feed, read_feed
from basma.ingest.jsonl import field_names, read_jsonl
from basma.ingest.raw import RawDocument
from basma.ingest.sources import Source, expand
from basma.ingest.warc import read_warc
from basma.records import Rejection

MAX_FEED_BYTES = 50 * 1024 * 1024
_STREAMS = ("jsonl", "warc", "feed")  # formats read record by record, in bounded memory


def _reject(ref: str, error: type[InputError], message: str) -> Rejection:
    return Rejection(ref, "ingest", error.code, f"{ref}: {message}")


def _open(source: Source) -> IO[bytes]:
    if source.path is None:
        stdin = sys.stdin.buffer
        # Typeshed's BinaryIO declares no ``readinto``, which every real stdin stream has.
        return stdin if hasattr(stdin, "peek") else io.BufferedReader(stdin)  # type: ignore[type-var]
    return source.path.open("rb")


def _read_single(source: Source, stream: IO[bytes], fmt: str) -> RawDocument | Rejection:
    """A whole text or HTML file as one document, refused beyond the size limit."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return _reject(source.ref, TooLarge, f"over the {MAX_BYTES // (1024 * 1024)} MB limit for one page")
    return RawDocument(input_ref=source.ref, content=data, fmt=fmt)


def _read_source(
    source: Source,
    fmt: str | None,
    fields: Mapping[str, str] | None,
    claimed: set[Path],
    feeds: dict[str, Feed],
) -> Iterator[RawDocument | Rejection]:
    if source.path is not None and source.path.resolve() in claimed:
        return
    try:
        stream = _open(source)
    except OSError as exc:
        yield _reject(source.ref, InputError, f"cannot be opened ({exc.strerror or exc})")
        return
    try:
        head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
        kind = fmt or sniff(source.ref, head)
        if kind not in _STREAMS and source.path is not None and source.path.stat().st_size > MAX_BYTES:
            yield _reject(
                source.ref, TooLarge, f"over the {MAX_BYTES // (1024 * 1024)} MB limit for one page"
            )
        elif kind == "empty":
            yield _reject(source.ref, EmptyInput, "the file is empty")
        elif kind == "binary":
            yield _reject(source.ref, BinaryInput, "binary data (an image, archive or document), not text")
        elif kind == "jsonl":
            yield from read_jsonl(stream, source.ref, fields)
        elif kind == "warc":
            yield from read_warc(stream, source.ref, source.path.stat().st_size if source.path else None)
        elif kind == "feed":
            feed = feeds.get(source.ref)
            if feed is None:
                data = stream.read(MAX_FEED_BYTES + 1)
                if len(data) > MAX_FEED_BYTES:
                    yield _reject(source.ref, TooLarge, "feed over the 50 MB limit")
                    return
                feed = parse_feed(source.path, data, source.ref)
            yield from read_feed(feed)
        else:
            yield _read_single(source, stream, kind)
    except OSError as exc:
        yield _reject(source.ref, InputError, f"reading failed ({exc.strerror or exc})")
    finally:
        if source.path is not None:
            stream.close()


def _plan(sources: list[Source | Rejection], fmt: str | None) -> tuple[set[Path], dict[str, Feed]]:
    """Parse the feeds among the inputs first, so that the pages they claim are read once."""
    claimed: set[Path] = set()
    feeds: dict[str, Feed] = {}
    for source in sources:
        if isinstance(source, Rejection) or source.path is None or fmt not in (None, "feed"):
            continue
        try:
            with source.path.open("rb") as fh:
                head = fh.read(8192)
                if (fmt or sniff(source.ref, head)) != "feed" or source.path.stat().st_size > MAX_FEED_BYTES:
                    continue
                data = head + fh.read()
        except OSError:
            continue
        feed = parse_feed(source.path, data, source.ref)
        feeds[source.ref] = feed
        claimed.update(page.resolve() for page in feed.pages.values())
    return claimed, feeds


def iter_inputs(
    paths: Sequence[str], fmt: str | None = None, fields: Mapping[str, str] | None = None
) -> Iterator[RawDocument | Rejection]:
    """Read files, folders (recursively, sorted), globs and ``-`` (standard input).

    :param fmt: force a format (text, html, jsonl, warc, feed) instead of detecting it per file.
    :param fields: JSONL field names to use, e.g. ``{"text": "body", "published_at": "date"}``.
    :raises ValueError: for an unknown ``fmt`` or field name (a usage error, not a bad input).
    """
    forced = canonical_format(fmt) if fmt else None
    field_names(fields)  # fail early on unknown field names
    sources = list(expand(paths))
    claimed, feeds = _plan(sources, forced)
    for source in sources:
        if isinstance(source, Rejection):
            yield source
            continue
        yield from _read_source(source, forced, fields, claimed, feeds)
