"""Floors: the evaluation numbers a change may not drop below.

``eval/floors.json`` records, per split, the key numbers basma reached when the floor was last
raised, a tolerance, and a hash of the gold each split was measured on. A check fails when a number
falls more than the tolerance below its floor. Raising floors is a command (``basma eval
--update-floors``) that only ever raises them; lowering one needs ``--allow-lower`` and shows up as
a lowered number in the diff, so a floor is never lowered silently.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basma.errors import DataFileError
from basma.eval.items import GoldItem

DEFAULT_TOLERANCE = 0.02
FLOOR_KEYS = {
    "dev": ("event_f1", "type_f1_micro", "actor_f1", "recipient_f1", "negatives_clean"),
    "test": ("event_f1", "type_f1_micro", "actor_f1", "recipient_f1", "negatives_clean"),
    "seed": (
        "required_recall",
        "event_f1",
        "type_f1_micro",
        "mention_code_recall",
        "boilerplate_removed",
        "captions_separated",
    ),
}


@dataclass(frozen=True)
class FloorCheck:
    """One number against its floor."""

    split: str
    key: str
    floor: float
    value: float | None
    tolerance: float

    @property
    def ok(self) -> bool:
        return self.value is not None and self.value >= self.floor - self.tolerance - 1e-9

    def __str__(self) -> str:
        got = "missing" if self.value is None else f"{self.value:.4f}"
        return f"{self.split}.{self.key}: {got} (floor {self.floor:.4f}, tolerance {self.tolerance})"


def read_floors(path: Path) -> dict[str, Any]:
    """Load the floors file.

    :raises DataFileError: when it is not the expected JSON.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(f"cannot read floors: {exc}", input_ref=str(path)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("splits"), dict):
        raise DataFileError("floors need a 'splits' mapping", input_ref=str(path))
    return data


def check_floors(numbers: Mapping[str, Mapping[str, float]], floors: Mapping[str, Any]) -> list[FloorCheck]:
    """Every floor of every split that was measured, with its verdict."""
    tolerance = float(floors.get("tolerance", DEFAULT_TOLERANCE))
    out = []
    for split, keys in floors["splits"].items():
        if split not in numbers:
            continue
        for key, floor in keys.items():
            out.append(FloorCheck(split, key, float(floor), numbers[split].get(key), tolerance))
    return out


def split_hashes(items: Iterable[GoldItem]) -> dict[str, str]:
    """A short hash per split of the files its items came from (gold text included)."""
    sources: dict[str, set[str]] = {}
    texts: dict[str, list[str]] = {}
    for item in items:
        sources.setdefault(item.split, set()).add(item.source)
        texts.setdefault(item.split, []).append(item.text)
    out = {}
    for split, files in sources.items():
        digest = hashlib.sha256()
        for name in sorted(files):
            digest.update(Path(name).name.encode())
            digest.update(Path(name).read_bytes())
        for text in texts[split]:
            digest.update(text.encode())
        out[split] = digest.hexdigest()[:16]
    return out


def updated_floors(
    numbers: Mapping[str, Mapping[str, float]],
    floors: Mapping[str, Any],
    hashes: Mapping[str, str],
    *,
    allow_lower: bool = False,
) -> tuple[dict[str, Any], list[str]]:
    """New floors raised to the measured numbers (cut to 3 decimals), and a line per change.

    A floor that would go down stays where it is unless ``allow_lower`` is given.
    """
    new = json.loads(json.dumps(dict(floors))) if floors else {}
    new.setdefault("tolerance", DEFAULT_TOLERANCE)
    new.setdefault("splits", {})
    new.setdefault("gold", {})
    changes = []
    for split, values in numbers.items():
        keys = FLOOR_KEYS.get(split, FLOOR_KEYS["dev"])
        current = new["splits"].setdefault(split, {})
        for key in keys:
            if key not in values:
                continue
            measured = math.floor(values[key] * 1000) / 1000
            old = current.get(key)
            if old is None or measured > old or (allow_lower and measured < old):
                current[key] = measured
                changes.append(f"{split}.{key}: {old} -> {measured}")
        if split in hashes and new["gold"].get(split) != hashes[split]:
            changes.append(f"{split}: gold hash {new['gold'].get(split)} -> {hashes[split]}")
            new["gold"][split] = hashes[split]
    return new, changes


def write_floors(path: Path, floors: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(floors, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
