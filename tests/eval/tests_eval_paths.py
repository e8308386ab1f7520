"""Where the evaluation data sits relative to the repository."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "gold"
FLOORS = REPO / "eval" / "floors.json"
SEED_GOLD = REPO.parent / "shared" / "gold" / "seed-annahar-2025-11-18.yaml"
