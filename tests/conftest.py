"""Shared fixtures: the seed article from ../shared (skipped when absent) and a fixture corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_TEXT = SHARED / "seeds" / "annahar-2025-11-18-yevkurov-damascus.txt"
SEED_GOLD = SHARED / "gold" / "seed-annahar-2025-11-18.yaml"
SEED_PUBLISHED = "2025-11-18T06:00:00+02:00"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article as scraped (with its page furniture); skips when ../shared is absent."""
    if not SEED_TEXT.exists():
        pytest.skip("the shared seed article is not available beside the repository")
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    if not SEED_GOLD.exists():
        pytest.skip("the shared seed gold file is not available beside the repository")
    import yaml

    return yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def coded_seed(seed_text: str):
    """The seed article coded once for the whole session."""
    import basma

    return basma.code_text(seed_text, published_at=SEED_PUBLISHED, outlet="النهار")


@pytest.fixture
def cli_corpus() -> Path:
    return FIXTURES / "cli"
