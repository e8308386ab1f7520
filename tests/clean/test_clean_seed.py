"""The seed article (a scraped Annahar page) must come out as its hand-coded gold describes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml

from basma.clean import build_article
from basma.ingest import iter_inputs
from basma.records import Article

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seeds" / "annahar-2025-11-18-yevkurov-damascus.txt"
GOLD = SHARED / "gold" / "seed-annahar-2025-11-18.yaml"


@pytest.fixture(scope="module")
def seed() -> tuple[Article, dict]:
    if not SEED.exists() or not GOLD.exists():
        pytest.skip("the shared seed article is not available")
    raws = list(iter_inputs([str(SEED)]))
    assert len(raws) == 1
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["article"]
    return build_article(raws[0]), gold


def test_seed_metadata(seed: tuple[Article, dict]) -> None:
    """The dateline becomes section and Beirut time; the title is kept once."""
    article, gold = seed
    assert article.title == gold["title"]
    assert article.section == gold["section"]
    assert article.published_at == datetime.fromisoformat(gold["published_at"])
    assert article.published_at.utcoffset() == timedelta(hours=2)
    assert article.outlet == "النهار" and article.metadata["outlet_id"] == "annahar"
    assert article.language == "ar"


def test_seed_body_and_standfirst(seed: tuple[Article, dict]) -> None:
    """The body starts with the first paragraph; the standfirst is kept as metadata, not body."""
    article, gold = seed
    assert article.text.startswith(gold["body_starts_with"])
    assert article.metadata["standfirst"].startswith(gold["standfirst_starts_with"])
    assert gold["title"] not in article.text
    assert article.text.rstrip().endswith("وإعادة الهيكلة.")


def test_seed_captions_once_and_out_of_body(seed: tuple[Article, dict]) -> None:
    article, gold = seed
    assert list(article.captions) == gold["captions"]
    for caption in gold["captions"]:
        assert caption not in article.text


def test_seed_furniture_removed(seed: tuple[Article, dict]) -> None:
    article, gold = seed
    for furniture in gold["boilerplate_to_remove"]:
        assert furniture not in article.text, furniture
    assert "(سانا)" not in article.text


def test_seed_identity_is_stable(seed: tuple[Article, dict]) -> None:
    """Without a URL the id hashes the normalised text, so re-reading gives the same id."""
    article, _ = seed
    again = build_article(next(iter(iter_inputs([str(SEED)]))))  # type: ignore[arg-type]
    assert again.id == article.id and again.content_hash == article.content_hash
    assert len(article.content_hash) == 64
