"""Scoring place resolution and event location against the team-written set in places_gold.yaml.

Run as a script to print the numbers; the tests import the same functions and assert floors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from basma.document import Document
from basma.places import find_places, locate_event
from basma.records import Article, Mention, Span
from basma.text import analyse

GOLD = Path(__file__).with_name("places_gold.yaml")


@dataclass
class Score:
    """Counts of one comparison and the measures they give."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name}: precision {self.precision:.3f} recall {self.recall:.3f} "
            f"(tp {self.true_pos}, fp {self.false_pos}, fn {self.false_neg})"
        )


def load_gold() -> dict[str, Any]:
    """The test set as plain data."""
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def document(text: str, countries: list[str] | None = None) -> Document:
    """A document analysed by the real text stage; ``countries`` stand in for the actors stage."""
    doc = Document(Article(id="gold", text=text))
    analyse(doc)
    doc.mentions = tuple(
        Mention(span=Span(0, 0, ""), kind="country", actor_id=None, code=code) for code in countries or ()
    )
    doc.places = find_places(doc)
    return doc


def score_mentions(items: list[dict[str, Any]]) -> tuple[Score, list[str]]:
    """Precision and recall of place mentions with the right gazetteer entry."""
    score, errors = Score(), []
    for item in items:
        doc = document(item["text"], item.get("articles"))
        wanted: list[tuple[int, int, str]] = []
        for surface, pid in sorted((item.get("places") or {}).items(), key=lambda kv: -len(kv[0])):
            start = item["text"].index(surface)
            while any(a <= start < b for a, b, _ in wanted):  # a name inside a longer gold name
                start = item["text"].index(surface, start + 1)
            wanted.append((start, start + len(surface), pid))
        found = [(m.span.start, m.span.end, m.actor_id) for m in doc.places]
        matched = {g for g in wanted if any(_same(g, f) for f in found)}
        right = [f for f in found if any(_same(g, f) for g in wanted)]
        score.true_pos += len(matched)
        score.false_pos += len(found) - len(right)
        score.false_neg += len(wanted) - len(matched)
        if len(matched) < len(wanted) or len(right) < len(found):
            text = item["text"]
            extra = [(text[a:b], pid) for a, b, pid in found if (a, b, pid) not in right]
            missing = [(text[a:b], pid) for a, b, pid in wanted if (a, b, pid) not in matched]
            errors.append(f"{text}\n   extra {extra} missing {missing}")
    return score, errors


def _same(gold: tuple[int, int, str], found: tuple[int, int, str | None]) -> bool:
    """The same place: overlapping spans ("محافظة درعا" / "درعا") and the same gazetteer entry."""
    return gold[2] == found[2] and gold[0] < found[1] and found[0] < gold[1]


def score_events(items: list[dict[str, Any]]) -> tuple[Score, list[str]]:
    """Precision and recall of event locations: a located event is right when the place is."""
    score, errors = Score(), []
    for item in items:
        doc = document(item["text"], item.get("recipient"))
        start = item["text"].index(item["trigger"])
        trigger = Span.of(item["text"], start, start + len(item["trigger"]))
        sentence = doc.sentence_at(start)
        assert sentence is not None
        where = locate_event(
            doc, sentence, trigger, item.get("recipient") or [], item.get("type", ""), item.get("mode") or []
        )
        got = None
        if where is not None:
            got = f"geo:{where.geonameid}" if where.geonameid else _region_id(doc, where)
        expected = item.get("place")
        if got is None and expected is None:
            continue
        if got is not None and got == expected:
            score.true_pos += 1
        else:
            score.false_pos += got is not None
            score.false_neg += expected is not None
            errors.append(f"{item['text']} [{item['trigger']}] expected {expected} got {got}")
    return score, errors


def _region_id(doc: Document, where: Any) -> str | None:
    """Regions carry no GeoNames id; find the place mention the location came from."""
    for mention in doc.places:
        if where.span is not None and mention.span == where.span:
            return mention.actor_id
    return None


def main() -> None:
    gold = load_gold()
    mentions, mention_errors = score_mentions(gold["mentions"])
    events, event_errors = score_events(gold["events"])
    for error in mention_errors + event_errors:
        print("  ", error)
    wanted = sum(len(item.get("places") or {}) for item in gold["mentions"])
    print(f"{len(gold['mentions'])} sentences, {wanted} place mentions; {len(gold['events'])} events")
    print(mentions.line("place resolution"))
    print(events.line("event location"))


if __name__ == "__main__":
    main()
