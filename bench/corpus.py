"""Where the benchmarks find the 10,000-article corpus by default: beside the repository."""

from __future__ import annotations

from pathlib import Path

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "corpora"
    / "saudinewsnet-political-10k"
    / "articles.jsonl"
)
