"""Run every benchmark in this folder over the benchmark corpus and print their numbers.

Usage: python bench/run_all.py [CORPUS.jsonl] [--limit N]
The default corpus is the 10,000-article collection kept beside the repository in
``../shared/corpora/saudinewsnet-political-10k/articles.jsonl``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from corpus import DEFAULT_CORPUS

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv and not argv[0].startswith("-") else DEFAULT_CORPUS
    extra = argv[1:] if argv and not argv[0].startswith("-") else argv
    if not corpus.exists():
        print(f"{corpus}: benchmark corpus not found", file=sys.stderr)
        return 1
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        failures += subprocess.call([sys.executable, str(script), str(corpus), *extra]) != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
