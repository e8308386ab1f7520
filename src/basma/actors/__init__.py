"""Actors: the knowledge base and the resolution of every mention."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml

from basma.document import Document
from basma.errors import DataFileError
from basma.records import Actor, Mention, Span
from basma.text.matcher import PhraseMatcher

__all__ = ["load_kb", "resolve"]


class KnowledgeBase:
    """The actors basma knows, by id."""

    def __init__(self, actors: list[Actor]) -> None:
        self._by_id = {a.id: a for a in actors}

    def actors(self) -> list[Actor]:
        return list(self._by_id.values())

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Load the bundled knowledge base files."""
    actors: list[Actor] = []
    for path in sorted(files("basma").joinpath("data/actors").iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".yaml"):
            continue
        for n, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            try:
                actors.append(
                    Actor(
                        id=entry["id"],
                        kind=entry["kind"],
                        names_ar=tuple(entry["names"]),
                        country=entry["country"],
                        sectors=tuple(entry.get("sectors", ())),
                    )
                )
            except (KeyError, TypeError) as exc:
                raise DataFileError(f"{path.name}: entry {n + 1} lacks {exc}") from exc
    return KnowledgeBase(actors)


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher[Actor]:
    matcher: PhraseMatcher[Actor] = PhraseMatcher()
    for actor in load_kb().actors():
        for name in actor.names_ar:
            matcher.add(name, actor)
    return matcher


def resolve(doc: Document) -> tuple[Mention, ...]:
    """Find every knowledge-base name in the article."""
    day = doc.article.published_at.date() if doc.article.published_at else None
    mentions = []
    for match in _matcher().find(doc.tokens):
        actor = match.payloads[0]
        country, sectors = actor.code_on(day)
        span = Span.of(doc.text, match.span.start, match.span.end)
        mentions.append(Mention(span, actor.kind, actor.id, country, sectors, "name", 0.8, match.phrase))
    return tuple(mentions)
