"""The bar of the event coder on the shared seed article, through the whole pipeline.

All eleven required items of the hand-coded gold must be found with the right type, actor and
recipient countries, date (within its granularity) and modality, with at most three events that
match nothing in the gold. The test reads ``../shared`` and skips when it is absent; it also skips
while the earlier stages cannot yet resolve the seed's actors and dates (the bar is then measured
on what the coder was given, which would say nothing about the coder).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import basma
from basma.eval.gold import load_gold
from basma.eval.match import checks
from basma.records import CodedArticle, Event

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "gold" / "seed-annahar-2025-11-18.yaml"
REQUIRED = {"E1", "E2", "E3", "E4", "E6", "E7", "E9", "E11", "E12", "E14"}
FIELDS = ("actor", "recipient", "date", "modality")


@pytest.fixture(scope="module")
def seed() -> tuple[object, CodedArticle]:
    if not GOLD.exists():
        pytest.skip("the shared seed gold is not available beside the repository")
    item = load_gold([GOLD])[0]
    coded = basma.code_text(item.text, published_at=item.published_at, outlet=item.outlet)
    codes = {(m.code, s) for m in coded.mentions for s in m.sectors}
    if ("RUS", "MIL") not in codes or ("USA", "LEG") not in codes:
        pytest.skip("the actors stage does not resolve the seed's delegations yet")
    if not any(d.value == "2025-10" for d in coded.dates):
        pytest.skip("the dates stage does not resolve the seed's month expressions yet")
    return item, coded


def _matches(gold: object, event: Event) -> bool:
    if event.type not in gold.types:  # type: ignore[attr-defined]
        return False
    verdicts = checks(gold, event)  # type: ignore[arg-type]
    return all(verdicts[f] is not False for f in FIELDS)


def test_required_events_found(seed: tuple[object, CodedArticle]) -> None:
    item, coded = seed
    missing = [
        g.label for g in item.events if g.label in REQUIRED and not any(_matches(g, e) for e in coded.events)
    ]  # type: ignore[attr-defined]
    assert missing == []


def test_peskov_quote_found(seed: tuple[object, CodedArticle]) -> None:
    _, coded = seed
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    evidence = next(e["evidence"] for e in gold["events"] if e["id"] == "Q1")
    quotes = [q for q in coded.quotes if evidence in q.content.text]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.code == "RUS"
    assert {"SYR", "USA"} <= {a.code for a in quotes[0].about}


def test_at_most_three_unmatched_events(seed: tuple[object, CodedArticle]) -> None:
    item, coded = seed
    unmatched = [
        (e.type, e.trigger.text)
        for e in coded.events
        if not any(e.type in g.types and checks(g, e)["actor"] is not False for g in item.events)  # type: ignore[attr-defined]
    ]
    assert len(unmatched) <= 3, unmatched
