"""The cleaner on the team-written corpus of Arabic news pages, scored against hand-made gold.

Each page lists article sentences that must survive and furniture lines that must go; the mean
and worst-page shares must stay above the floors in ``floors.json``.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from basma.clean import build_article
from basma.clean.score import mean, score_page
from basma.ingest import iter_inputs
from basma.ingest.raw import RawDocument
from basma.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
GOLD = yaml.safe_load((FIXTURES / "gold.yaml").read_text(encoding="utf-8"))["pages"]
FLOORS = json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8"))


def _article(page: dict[str, Any]) -> Article:
    items = list(iter_inputs([str(FIXTURES / page["file"])]))
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return build_article(items[0])


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {page["file"]: _article(page) for page in GOLD}


def test_corpus_scores_stay_above_floors(articles: dict[str, Article]) -> None:
    scores = {
        page["file"]: score_page(articles[page["file"]].text, page["keep"], page["remove"]) for page in GOLD
    }
    kept = [s.body_kept for s in scores.values()]
    removed = [s.furniture_removed for s in scores.values()]
    report = {name: (s.lost, s.leaked) for name, s in scores.items() if s.lost or s.leaked}
    assert mean(kept) >= FLOORS["body_kept_mean"], report
    assert mean(removed) >= FLOORS["furniture_removed_mean"], report
    assert min(kept) >= FLOORS["body_kept_min"], report
    assert min(removed) >= FLOORS["furniture_removed_min"], report


@pytest.mark.parametrize("page", [p for p in GOLD if p.get("expect")], ids=lambda p: p["file"])
def test_page_metadata(page: dict[str, Any], articles: dict[str, Article]) -> None:
    article = articles[page["file"]]
    expect = page["expect"]
    for key in ("title", "section", "language", "author", "encoding"):
        if key in expect:
            assert getattr(article, key) == expect[key], key
    if "published_at" in expect:
        assert article.published_at == datetime.fromisoformat(expect["published_at"])
        assert article.published_at.isoformat() == expect["published_at"]
    if "published_day" in expect:
        assert article.published_at is not None
        assert article.published_at.date().isoformat() == expect["published_day"]
    if "captions" in expect:
        assert list(article.captions) == expect["captions"]
        for caption in expect["captions"]:
            assert caption not in article.text
    if "tags" in expect:
        assert list(article.tags) == expect["tags"]
    if "standfirst" in expect:
        assert article.metadata["standfirst"].startswith(expect["standfirst"])
        assert expect["standfirst"] not in article.text


def test_scorer_counts_lost_and_leaked_lines() -> None:
    """The scorer itself: folding makes spelling variants match, and misses are reported."""
    body = "أعلنت الوزارة إطلاق الحملة.\n\nاقرأ أيضا: خبر آخر"
    score = score_page(
        body, ["اعلنت الوزارة اطلاق الحملة", "جملة غائبة"], ["اقرأ أيضاً: خبر آخر", "الأكثر قراءة"]
    )
    assert score.body_kept == 0.5 and score.lost == ("جملة غائبة",)
    assert score.furniture_removed == 0.5 and score.leaked == ("اقرأ أيضاً: خبر آخر",)
