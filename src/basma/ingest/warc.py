"""WARC and ARC files from crawls: one RawDocument per archived HTML or text response.

Requests, metadata and other non-page records are skipped silently because they are not inputs
anyone asked to code; archived responses that cannot be articles (images, redirects, errors) and
damaged archives become Rejections naming ``file#offset``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from basma.clean.decode import MAX_BYTES
from basma.errors import BinaryInput, InputError, MalformedInput, TooLarge
from basma.ingest.raw import RawDocument
from basma.records import Rejection

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(stream: IO[bytes], ref: str, size: int | None = None) -> Iterator[RawDocument | Rejection]:
    """Every archived page of a WARC/ARC stream (gzip or not).

    :param size: the file's size when known; bytes left after the last complete record mean a
        truncated archive and give a Rejection (warcio stops quietly at a cut gzip member).
    """
    records = ArchiveIterator(stream, arc2warc=True)
    offset = end = 0
    try:
        for record in records:
            if record.rec_type not in ("response", "resource"):
                offset = records.get_record_offset()
                end = offset + records.get_record_length()
                continue
            payload = record.content_stream().read(MAX_BYTES + 1)
            offset = records.get_record_offset()  # only valid once the payload has been read
            end = offset + records.get_record_length()
            item_ref = f"{ref}#{offset}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            http = record.http_headers
            status = http.get_statuscode() if http is not None else "200"
            ctype = (
                (http.get_header("Content-Type") if http is not None else None)
                or record.rec_headers.get_header("Content-Type")
                or ""
            )
            if status and not status.startswith("2"):
                yield Rejection(
                    item_ref, "ingest", InputError.code, f"{item_ref}: HTTP {status} for {url}, no page"
                )
                continue
            mime = ctype.split(";")[0].strip().lower()
            if mime and mime not in _PAGE_TYPES:
                yield Rejection(
                    item_ref, "ingest", BinaryInput.code, f"{item_ref}: {mime} at {url} is not a page"
                )
                continue
            if getattr(record.raw_stream, "limit", 0) > 0 and len(payload) <= MAX_BYTES:
                yield Rejection(
                    item_ref, "ingest", MalformedInput.code, f"{item_ref}: record for {url} is cut short"
                )
                continue
            if len(payload) > MAX_BYTES:
                yield Rejection(
                    item_ref, "ingest", TooLarge.code, f"{item_ref}: page over {MAX_BYTES} bytes at {url}"
                )
                continue
            fields: dict[str, object] = {"url": url, "crawled_at": record.rec_headers.get_header("WARC-Date")}
            if match := _CHARSET.search(ctype):
                fields["charset"] = match.group(1)
            fmt = "text" if mime == "text/plain" else "html"
            yield RawDocument(input_ref=item_ref, content=payload, fmt=fmt, fields=fields)
    except Exception as exc:  # warcio and zlib raise many types on damaged archives
        where = f"{ref}#{offset}"
        yield Rejection(
            where, "ingest", MalformedInput.code, f"{where}: damaged archive, reading stopped ({exc})"
        )
        return
    if size is not None and end < size:
        where = f"{ref}#{end}"
        message = f"{where}: {size - end} bytes after the last complete record could not be read (cut short?)"
        yield Rejection(where, "ingest", MalformedInput.code, message)
