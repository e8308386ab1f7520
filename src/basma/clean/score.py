"""Scoring the cleaner against gold: how much of the article it kept, how much furniture it removed.

Gold for a page lists sentences of the article (``keep``) and lines of furniture (``remove``).
Both are compared after folding, so spelling variants and punctuation do not matter; a kept
sentence must appear in the clean body, a furniture line must not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from basma.clean.fold import fold


@dataclass(frozen=True, slots=True)
class PageScore:
    """Shares for one page, with what was missed so a failing run says why."""

    body_kept: float
    furniture_removed: float
    lost: tuple[str, ...]
    leaked: tuple[str, ...]


def score_page(body: str, keep: Sequence[str], remove: Sequence[str]) -> PageScore:
    """Share of ``keep`` sentences found in ``body`` and share of ``remove`` lines absent from it."""
    folded = f" {fold(body)} "
    lost = tuple(s for s in keep if f" {fold(s)} " not in folded)
    leaked = tuple(s for s in remove if f" {fold(s)} " in folded)
    kept = 1 - len(lost) / len(keep) if keep else 1.0
    removed = 1 - len(leaked) / len(remove) if remove else 1.0
    return PageScore(body_kept=kept, furniture_removed=removed, lost=lost, leaked=leaked)


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean, 0 for no values."""
    return sum(values) / len(values) if values else 0.0
