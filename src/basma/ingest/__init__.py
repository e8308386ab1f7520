"""Ingest: read files, folders and JSONL into raw documents, or into rejections."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from importlib.resources import files
from pathlib import Path

from basma.ingest.raw import RawDocument
from basma.records import Rejection

__all__ = ["RawDocument", "iter_inputs", "sample_paths"]

_SUFFIXES = {".txt": "text", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}


def sample_paths() -> list[str]:
    """The bundled sample corpus folder."""
    return [str(files("basma").joinpath("data/samples"))]


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in _SUFFIXES)
    else:
        yield path


def _jsonl(path: Path, fields: Mapping[str, str]) -> Iterator[RawDocument | Rejection]:
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            ref = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record[fields.get("text", "text")]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                yield Rejection(ref, "ingest", "malformed", f"{ref}: not a JSON article ({exc})")
                continue
            meta = {
                key: record.get(fields.get(key, key))
                for key in ("url", "title", "published_at", "outlet", "section")
            }
            yield RawDocument(ref, text, "record", meta)


def iter_inputs(
    paths: Sequence[str], fmt: str | None = None, fields: Mapping[str, str] | None = None
) -> Iterator[RawDocument | Rejection]:
    """Yield one raw document (or rejection) per article found under ``paths``."""
    for given in paths:
        root = Path(given)
        if not root.exists():
            yield Rejection(given, "ingest", "missing", f"{given}: no such file or folder")
            continue
        for path in _walk(root):
            kind = fmt or _SUFFIXES.get(path.suffix, "text")
            if kind == "jsonl":
                yield from _jsonl(path, fields or {})
            else:
                yield RawDocument(str(path), path.read_bytes(), kind, {})
