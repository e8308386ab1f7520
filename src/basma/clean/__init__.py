"""Clean: decode, strip page furniture and read metadata, giving one Article per input."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone

from basma.errors import BinaryInput, EmptyInput, EncodingProblem, NoBody
from basma.ingest.raw import RawDocument
from basma.records import Article
from basma.text.normalise import normalise

__all__ = ["build_article"]

_DATELINE = re.compile(
    r"^(?P<section>[^\d\n|]{2,40}?)\s+(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})\s*\|\s*(?P<H>\d{1,2}):(?P<M>\d{2})\s*$"
)
_UI_LINES = {"Smaller Bigger", "Next Previous"}
_STOP_LINES = ("العلامات الدالة", "الأكثر قراءة")
_BEIRUT = timezone(timedelta(hours=2))


def _decode(raw: RawDocument) -> str:
    if isinstance(raw.content, str):
        return raw.content
    if not raw.content.strip():
        raise EmptyInput("the file is empty", input_ref=raw.input_ref)
    if b"\x00" in raw.content[:4096]:
        raise BinaryInput("the file holds binary data, not text", input_ref=raw.input_ref)
    try:
        return raw.content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingProblem(
            f"not valid UTF-8 ({exc.reason} at byte {exc.start})", input_ref=raw.input_ref
        ) from exc


def _clean_scraped(text: str) -> tuple[str, dict[str, object]]:
    """Drop UI words, repeated lines and trailing lists; read the dateline."""
    meta: dict[str, object] = {}
    lines = [line.strip() for line in text.splitlines()]
    seen: dict[str, int] = {}
    for line in lines:
        seen[line] = seen.get(line, 0) + 1
    body: list[str] = []
    captions: list[str] = []
    for line in lines:
        if any(line.startswith(stop) for stop in _STOP_LINES):
            break
        if not line or line in _UI_LINES:
            continue
        dateline = _DATELINE.match(line)
        if dateline and "published_at" not in meta:
            g = dateline.groupdict()
            meta["section"] = g["section"].strip()
            meta["published_at"] = datetime(
                int(g["y"]), int(g["m"]), int(g["d"]), int(g["H"]), int(g["M"]), tzinfo=_BEIRUT
            )
            continue
        if (
            "title" not in meta
            and len(line) <= 150
            and not line.endswith((".", ":"))
            and len(body) == 0
            and len([x for x in lines if x]) > 1
        ):
            meta["title"] = line
            continue
        if line == meta.get("title"):
            continue
        if seen[line] > 1:
            if line not in captions:
                captions.append(line)
            continue
        body.append(line)
    meta["captions"] = tuple(captions)
    return "\n\n".join(body), meta


def build_article(raw: RawDocument) -> Article:
    """Turn one raw document into a clean Article, or raise an InputError saying why not."""
    text = _decode(raw)
    meta: dict[str, object] = dict(raw.fields)
    if raw.fmt == "text":
        text, found = _clean_scraped(text)
        meta = {**found, **{k: v for k, v in meta.items() if v}}
    text = text.strip()
    if not text:
        raise NoBody("no article text is left after cleaning", input_ref=raw.input_ref)
    published = meta.get("published_at")
    if isinstance(published, str):
        published = datetime.fromisoformat(published)
    url = meta.get("url") or None
    content_hash = hashlib.sha256(normalise(text).encode()).hexdigest()
    ident = hashlib.sha256(str(url).encode()).hexdigest()[:16] if url else content_hash[:16]
    return Article(
        id=ident,
        text=text,
        url=str(url) if url else None,
        outlet=str(meta["outlet"]) if meta.get("outlet") else None,
        section=str(meta["section"]) if meta.get("section") else None,
        title=str(meta["title"]) if meta.get("title") else None,
        published_at=published if isinstance(published, datetime) else None,
        captions=tuple(meta.get("captions", ())),  # type: ignore[arg-type]
        source_ref=raw.input_ref,
        content_hash=content_hash,
    )
