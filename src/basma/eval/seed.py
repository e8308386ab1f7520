"""Converter from the article-level seed gold (``article`` + ``actors`` + ``events``) to gold items.

The seed file codes one whole scraped page: its metadata, the boilerplate a cleaner must drop, the
captions it must keep apart, every actor with its surface forms, and the events (some optional, some
allowed to merge with another through ``same_event_as``, quotes as ``kind: quote``). Its text is not
in the file: it sits in a ``seeds/`` folder beside the gold folder, named in the file's first comment.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from basma.errors import DataFileError
from basma.eval.gold import _parse_time, _Reader
from basma.eval.items import CleanCheck, GoldItem, GoldMention, GoldQuote


class SeedTextMissing(DataFileError):
    """The seed gold names a text file that is not there (it is kept outside the repository)."""

    code = "seed-text-missing"


def seed_text_path(path: Path) -> Path:
    """Where the raw page of a seed gold file lives: named in its header, else found by its date stem."""
    head = path.read_text(encoding="utf-8")[:2000]
    named = re.search(r"seeds/([\w.\-]+\.txt)", head)
    folder = path.parent.parent / "seeds"
    if named:
        return folder / named.group(1)
    stem = path.stem.removeprefix("seed-")
    found = sorted(folder.glob(f"{stem}*.txt")) if folder.is_dir() else []
    return found[0] if found else folder / f"{stem}.txt"


def _mentions(reader: _Reader, actors: list[dict[str, Any]], text: str) -> tuple[GoldMention, ...]:
    """One gold mention per actor surface that occurs in the text (absent variants are skipped)."""
    out: list[GoldMention] = []
    for i, actor in enumerate(actors):
        ref = reader.actor(
            {k: v for k, v in actor.items() if k in ("code", "sectors", "id", "accept_codes")}, f"actors[{i}]"
        )
        surfaces = actor.get("surface") or []
        for surface in [surfaces] if isinstance(surfaces, str) else surfaces:
            if surface in text:
                out.append(GoldMention(surface, ref.code, ref.sectors, ref.id, ref.accept_codes))
    return tuple(out)


def convert_seed(path: Path, data: dict[str, Any]) -> list[GoldItem]:
    """Read a seed gold file into one gold item whose split is ``seed``.

    :raises SeedTextMissing: when the page the gold describes is not beside it.
    :raises DataFileError: when the file is malformed.
    """
    text_path = seed_text_path(path)
    if not text_path.is_file():
        raise SeedTextMissing(f"seed text {text_path.name} not found next to the gold", input_ref=str(path))
    text = text_path.read_text(encoding="utf-8")
    reader = _Reader(path, "seed")
    article = data.get("article") or {}
    events, quotes = [], []
    for i, raw in enumerate(data.get("events") or []):
        what = f"events[{i}] ({raw.get('id', '?')})"
        if raw.get("kind") == "quote":
            speaker = reader.actor(raw["speaker"], f"{what}.speaker") if raw.get("speaker") else None
            quotes.append(
                GoldQuote(
                    speaker, str(raw.get("evidence", "")), bool(raw.get("required", True)), raw.get("id", "")
                )
            )
            continue
        event = reader.event(raw, what, default_modality=None)
        evidence = event.evidence
        if evidence and evidence not in text:
            raise DataFileError(f"{what}: evidence {evidence!r} is not in the seed text", input_ref=str(path))
        events.append(event)
    clean = CleanCheck(
        boilerplate=tuple(article.get("boilerplate_to_remove") or ()),
        captions=tuple(article.get("captions") or ()),
        body_starts_with=tuple(
            article[k] for k in ("body_starts_with", "standfirst_starts_with") if article.get(k)
        ),
        title=article.get("title"),
    )
    return [
        GoldItem(
            id=path.stem,
            text=text,
            published_at=_parse_time(article.get("published_at"), reader, "article"),
            outlet=article.get("outlet"),
            split="seed",
            source=str(path),
            style="analysis",
            events=tuple(events),
            quotes=tuple(quotes),
            mentions=_mentions(reader, list(data.get("actors") or []), text),
            clean=clean,
            exhaustive=False,
        )
    ]
