"""Telling what kind of input a file is, from its first bytes first and its name second.

Content beats the extension because saved pages are often misnamed (an HTML page saved as
``.txt``, a feed as ``.html``). The kinds are ``text``, ``html``, ``jsonl``, ``warc``, ``feed``,
plus ``binary`` and ``empty`` for inputs that cannot be articles.
"""

from __future__ import annotations

import codecs
import gzip
import zlib

from basma.clean.decode import looks_binary

FORMATS = ("text", "html", "jsonl", "warc", "feed")
ALIASES = {
    "txt": "text",
    "htm": "html",
    "xhtml": "html",
    "json": "jsonl",
    "ndjson": "jsonl",
    "rss": "feed",
    "atom": "feed",
    "xml": "feed",
    "arc": "warc",
}
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".warc": "warc",
    ".arc": "warc",
    ".warc.gz": "warc",
    ".arc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
}
_GZIP = b"\x1f\x8b"


def canonical_format(fmt: str) -> str:
    """The reader name for a format a user typed (``htm`` -> ``html``); ValueError when unknown."""
    name = fmt.strip().lower()
    name = ALIASES.get(name, name)
    if name not in FORMATS:
        raise ValueError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    return name


def by_extension(name: str) -> str | None:
    """The format an input's file name suggests, if any."""
    lower = name.lower()
    for ext in sorted(_EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext):
            return _EXTENSIONS[ext]
    return None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except (zlib.error, gzip.BadGzipFile):
        return b""


def sniff(name: str, head: bytes) -> str:
    """The format of an input whose file name is ``name`` and whose first bytes are ``head``."""
    if not head.strip():
        return "empty"
    if head.startswith(_GZIP):
        inner = _gunzip_head(head)
        return "warc" if inner.startswith((b"WARC/", b"filedesc://")) else "binary"
    body = head
    for bom in (codecs.BOM_UTF8,):
        body = body.removeprefix(bom)
    body = body.lstrip()
    if body.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if looks_binary(head):
        return "binary"
    lower = body[:4096].lower()
    if lower.startswith(b"<?xml") or lower.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        if b"<rss" in lower or b"<feed" in lower or b"<rdf:rdf" in lower:
            return "feed"
        return "html"
    if lower.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<!--")):
        return "html"
    if lower.startswith(b"<") and any(
        tag in lower for tag in (b"<div", b"<p>", b"<p ", b"<article", b"<body")
    ):
        return "html"
    if body.startswith((b"{", b"[")) and by_extension(name) in (None, "jsonl"):
        return "jsonl"
    return by_extension(name) or "text"
