"""Every actor of the hand-coded seed article resolves with the gold code and sectors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from basma import text
from basma.actors import resolve
from basma.document import Document
from basma.records import Article
from basma.text import normalise

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "gold" / "seed-annahar-2025-11-18.yaml"
SEED = SHARED / "seeds" / "annahar-2025-11-18-yevkurov-damascus.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[dict, list]:
    if not GOLD.is_file() or not SEED.is_file():
        pytest.skip("the shared seed article is not available")
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    published = datetime.fromisoformat(gold["article"]["published_at"])
    doc = Document(Article(id="seed", text=SEED.read_text(encoding="utf-8"), published_at=published))
    text.analyse(doc)
    return gold, list(resolve(doc))


def _key(s: str) -> str:
    return normalise(s).replace('"', "")


def test_every_gold_actor_resolves_with_its_code(seed: tuple[dict, list]) -> None:
    gold, mentions = seed
    missing = []
    for actor in gold["actors"]:
        codes = {actor["code"], *actor.get("accept_codes", [])}
        hits = [
            m
            for m in mentions
            if m.code in codes
            and set(actor["sectors"]) <= set(m.sectors)
            and (m.actor_id == actor["id"] or any(_key(s) in _key(m.span.text) for s in actor["surface"]))
        ]
        if not hits:
            missing.append(actor["id"])
    assert missing == []


def test_seed_people_are_resolved_to_their_kb_ids(seed: tuple[dict, list]) -> None:
    gold, mentions = seed
    ids = {m.actor_id for m in mentions}
    people = [
        a["id"]
        for a in gold["actors"]
        if a["id"]
        in {
            "yunus-bek-yevkurov",
            "murhaf-abu-qasra",
            "ahmed-al-sharaa",
            "dmitry-peskov",
            "vladimir-putin",
            "rami-makhlouf",
        }
    ]
    assert len(people) == 6 and set(people) <= ids


def test_spans_match_the_article_text(seed: tuple[dict, list]) -> None:
    _, mentions = seed
    body = SEED.read_text(encoding="utf-8")
    assert all(body[m.span.start : m.span.end] == m.span.text for m in mentions)
