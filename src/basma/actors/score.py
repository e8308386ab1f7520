"""Precision and recall of actor resolution on a file of hand-annotated sentences.

The file is a YAML list of items ``{t: text, d: publication date, m: [[surface, code, sectors,
actor id?], ...]}`` where ``m`` lists every actor mention of the text. A resolved mention is
correct when it overlaps an expected one and has its code, its sectors (as a set) and, when given,
its actor id. Precision is correct resolved mentions over all resolved mentions; recall is expected
mentions found correctly over all expected mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from basma import text
from basma.actors.datafile import entries
from basma.actors.kb import KnowledgeBase, load_kb
from basma.actors.resolver import resolve_with
from basma.document import Document
from basma.errors import DataFileError
from basma.records import Article, Mention

DEFAULT_DAY = date(2025, 11, 18)


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    surface: str
    code: str | None
    sectors: frozenset[str]
    actor_id: str | None


@dataclass
class Score:
    """Counts and the errors behind them."""

    expected: int = 0
    resolved: int = 0
    correct_expected: int = 0
    correct_resolved: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_resolved / self.resolved if self.resolved else 1.0

    @property
    def recall(self) -> float:
        return self.correct_expected / self.expected if self.expected else 1.0

    def summary(self) -> str:
        return (
            f"mentions expected {self.expected}, resolved {self.resolved}; "
            f"precision {self.precision:.3f}, recall {self.recall:.3f}"
        )


def _good(m: Mention, e: Expected) -> bool:
    overlap = m.span.start < e.end and e.start < m.span.end
    return (
        overlap
        and m.code == e.code
        and set(m.sectors) == e.sectors
        and (e.actor_id is None or m.actor_id == e.actor_id)
    )


def _expected(item: dict, where: str, kb: KnowledgeBase) -> list[Expected]:
    body = item["t"]
    out: list[Expected] = []
    cursor, previous = 0, 0
    for row in item.get("m") or []:
        if not isinstance(row, list) or len(row) not in (3, 4):
            raise DataFileError(f"{where}: each mention is [surface, code, sectors, id?], got {row!r}")
        surface, code, sectors = row[0], row[1], row[2]
        actor_id = row[3] if len(row) == 4 else None
        if actor_id is not None and kb.get(actor_id) is None:
            raise DataFileError(f"{where}: unknown actor id {actor_id!r}")
        start = body.find(surface, cursor)
        if start < 0:  # the same span twice (الطرفان stands for two actors)
            start = body.find(surface, previous)
        if start < 0:
            raise DataFileError(
                f"{where}: {surface!r} does not occur in the text after the mention before it"
            )
        previous, cursor = start, start + len(surface)
        out.append(Expected(start, start + len(surface), surface, code, frozenset(sectors or []), actor_id))
    return out


def score_file(path: Path, kb: KnowledgeBase | None = None) -> Score:
    """Resolve every item of ``path`` and count agreements with its annotations."""
    kb = kb or load_kb()
    score = Score()
    for entry in entries(path):
        item = entry.data
        day = item.get("d") or DEFAULT_DAY
        published = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        doc = Document(Article(id=f"line-{entry.line}", text=item["t"], published_at=published))
        text.analyse(doc)
        found = list(resolve_with(kb, doc))
        wanted = _expected(item, entry.where(), kb)
        score.expected += len(wanted)
        score.resolved += len(found)
        used: set[int] = set()
        for e in wanted:
            hit = next((n for n, m in enumerate(found) if n not in used and _good(m, e)), None)
            if hit is None:
                got = [
                    f"{m.span.text}={m.code}/{'+'.join(m.sectors)}/{m.actor_id}"
                    for m in found
                    if m.span.start < e.end and e.start < m.span.end
                ]
                score.errors.append(
                    f"{entry.file}:{entry.line} missed {e.surface} {e.code} {sorted(e.sectors)} "
                    f"{e.actor_id or ''} (got {got or 'nothing'})"
                )
            else:
                used.add(hit)
                score.correct_expected += 1
        for n, m in enumerate(found):
            if n in used:
                score.correct_resolved += 1
            elif not any(_good(m, e) for e in wanted):
                score.errors.append(
                    f"{entry.file}:{entry.line} extra {m.span.text}={m.code}/"
                    f"{'+'.join(m.sectors)}/{m.actor_id} ({m.rule})"
                )
            else:
                score.correct_resolved += 1  # a second correct mention of one expected span
    return score
