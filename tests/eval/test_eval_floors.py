"""CI gate: the coder's numbers on the dev, test and seed gold may not fall below eval/floors.json.

A failure here means a change made basma worse on data it is measured on (or the gold changed
without the floors being re-recorded). Raise floors with `basma eval ... --update-floors`; never
lower one without `--allow-lower` and a reason in the commit (docs/evaluation.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from basma.eval.floors import check_floors, read_floors, split_hashes
from basma.eval.gold import load_gold
from basma.eval.run import evaluate, key_numbers

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "gold"
FLOORS = REPO / "eval" / "floors.json"
SEED_GOLD = REPO.parent / "shared" / "gold" / "seed-annahar-2025-11-18.yaml"


@pytest.fixture(scope="module")
def measured() -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    """Run the real coder once over every gold split that is available."""
    skipped: list[str] = []
    paths = [GOLD] + ([SEED_GOLD] if SEED_GOLD.exists() else [])
    items = load_gold(paths, skipped=skipped)
    scores = evaluate(items)
    assert not any(s.coder_errors for s in scores.values()), {
        k: s.coder_errors[:3] for k, s in scores.items()
    }
    return {split: key_numbers(score) for split, score in scores.items()}, split_hashes(items)


def test_team_gold_is_large_enough_and_covers_every_type() -> None:
    from collections import Counter

    from basma.eval.items import PLOVER_TYPES

    items = load_gold([GOLD])
    per_type = Counter(e.type for item in items for e in item.events if e.required)
    assert len(items) >= 400
    assert sum(item.negative for item in items) >= 100
    assert {t: per_type[t] for t in PLOVER_TYPES if per_type[t] < 15} == {}
    splits = Counter(item.split for item in items)
    assert 0.25 <= splits["test"] / len(items) <= 0.35


@pytest.mark.parametrize("split", ["dev", "test", "seed"])
def test_numbers_stay_above_their_floors(measured, split: str) -> None:
    numbers, hashes = measured
    if split not in numbers:
        pytest.skip(f"the {split} gold is not available")
    floors = read_floors(FLOORS)
    assert hashes[split] == floors["gold"].get(split), (
        f"the {split} gold changed: re-run `basma eval eval/gold <seed gold> --update-floors "
        "eval/floors.json` "
        "and review the floors diff in the same commit"
    )
    failed = [str(c) for c in check_floors(numbers, floors) if c.split == split and not c.ok]
    assert not failed, "below floor: " + "; ".join(failed)
