"""Floors on the team-written place test set (never lower a floor without saying why)."""

from __future__ import annotations

from places_scoring import load_gold, score_events, score_mentions

MENTION_PRECISION_FLOOR = 0.95
MENTION_RECALL_FLOOR = 0.95
EVENT_PRECISION_FLOOR = 0.9
EVENT_RECALL_FLOOR = 0.9


def test_the_set_is_large_enough_and_well_formed() -> None:
    gold = load_gold()
    assert sum(len(item.get("places") or {}) for item in gold["mentions"]) >= 150
    assert all(item["trigger"] in item["text"] for item in gold["events"])


def test_place_resolution_floors() -> None:
    score, errors = score_mentions(load_gold()["mentions"])
    assert score.precision >= MENTION_PRECISION_FLOOR, "\n".join(errors)
    assert score.recall >= MENTION_RECALL_FLOOR, "\n".join(errors)


def test_event_location_floors() -> None:
    score, errors = score_events(load_gold()["events"])
    assert score.precision >= EVENT_PRECISION_FLOOR, "\n".join(errors)
    assert score.recall >= EVENT_RECALL_FLOOR, "\n".join(errors)
