"""Analysis queries over a real DuckDB file holding hand-built events with known scores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from basma.analysis import dyads, footprint, network, refresh_stories, shifts
from basma.analysis.stories import top_stories
from basma.records import (
    ActorRef,
    Article,
    CodedArticle,
    DateBasis,
    Event,
    EventDate,
    Granularity,
    Location,
    Span,
)
from basma.store import Store


def _event(
    article: str,
    n: int,
    kind: str,
    quad: int,
    actor: str,
    recipient: str,
    day: date,
    modality: str = "asserted",
    place: str | None = None,
) -> Event:
    span = Span(0, 4, "نصّ ")
    return Event(
        id=f"{article}-{n}",
        article_id=article,
        sentence=span,
        type=kind,
        mode=(),
        context=(),
        cameo="040",
        actor=(ActorRef(None, actor, ("GOV",), span),),
        recipient=(ActorRef(None, recipient, ("GOV",), span),),
        trigger=span,
        date=EventDate(day.isoformat(), Granularity.DAY, DateBasis.EXPLICIT, span, day, day),
        location=Location(place, place) if place else None,
        modality=modality,
        attribution=None,
        quad=quad,
        intensity=None,
        confidence=1.0,
        coder_version="test",
    )


def _article(article: str, outlet: str, events: list[Event]) -> CodedArticle:
    return CodedArticle(Article(article, "نصّ المقال", outlet=outlet), (), (), (), tuple(events), ())


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "a.duckdb") as s:
        s.write(
            [
                _article(
                    "a1",
                    "وكالة أ",
                    [
                        _event("a1", 1, "CONSULT", 1, "RUS", "SYR", date(2025, 10, 15)),
                        _event("a1", 2, "ASSAULT", 4, "ISR", "SYR", date(2025, 10, 20), place="SYR"),
                    ],
                ),
                _article(
                    "a2",
                    "صحيفة ب",
                    [
                        _event("a2", 1, "CONSULT", 1, "RUS", "SYR", date(2025, 10, 16)),
                        _event("a2", 2, "AID", 2, "RUS", "SYR", date(2025, 11, 5), place="SYR"),
                        _event("a2", 3, "CONSULT", 1, "TUR", "SYR", date(2025, 11, 6), modality="denied"),
                    ],
                ),
                _article(
                    "a3",
                    "صحيفة ب",
                    [
                        _event("a3", 1, "ACCUSE", 3, "SYR", "ISR", date(2025, 11, 20)),
                    ],
                ),
            ]
        )
        yield s


def test_dyads_count_pairs_per_month_and_leave_out_denied_events(store: Store) -> None:
    rows = dyads(store, actor="RUS")
    by_month = {(r["actor"], r["recipient"], r["period"]): r for r in rows}
    october = by_month[("RUS", "SYR", date(2025, 10, 1))]
    assert october["events"] == 2 and october["articles"] == 2 and october["score"] == 1.0
    assert by_month[("RUS", "SYR", date(2025, 11, 1))]["score"] == 2.0
    assert not [r for r in dyads(store) if r["actor"] == "TUR"]
    assert [r for r in dyads(store, include_all_modalities=True) if r["actor"] == "TUR"]


def test_network_weights_and_signs(store: Store) -> None:
    edges = {(r["actor"], r["recipient"]): r for r in network(store)}
    assert edges[("RUS", "SYR")]["events"] == 3
    assert edges[("ISR", "SYR")]["score"] == -2.0
    assert ("TUR", "SYR") not in edges


def test_footprint_counts_events_on_the_ground(store: Store) -> None:
    rows = footprint(store, "rus", "syr")
    assert sum(r["events"] for r in rows) == 3
    assert sum(r["on_the_ground"] for r in rows) == 1


def test_shifts_show_syria_moving_away_from_israel_and_towards_russia(store: Store) -> None:
    rows = {r["partner"]: r for r in shifts(store, "SYR", split=date(2025, 11, 1), min_events=1)}
    assert rows["RUS"]["change"] == pytest.approx(1.0)
    assert rows["ISR"]["score_before"] == -2.0 and rows["ISR"]["score_after"] == -1.0


def test_stories_link_the_same_visit_across_outlets(store: Store) -> None:
    assert refresh_stories(store) == 5
    top = top_stories(store, 1)[0]
    assert (top["type"], top["actor"], top["recipient"]) == ("CONSULT", "RUS", "SYR")
    assert top["articles"] == 2 and top["outlets"] == 2
