"""What a reader hands to the cleaner: one input item before it becomes an Article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One item read from a source, not yet cleaned.

    ``content`` is decoded text when the reader could decode it, else the raw bytes (the cleaner
    then decides the encoding or rejects the item). ``fmt`` says how to clean it: ``text`` (plain or
    scraped text), ``html``, or ``record`` (a structured record such as a JSONL line whose ``text``
    field is the body). ``fields`` carries metadata the source already gave (url, title, outlet,
    published_at, section, author, tags).
    """

    input_ref: str
    content: str | bytes
    fmt: str
    fields: dict[str, Any] = field(default_factory=dict)
