"""Whole-pipeline benchmark: articles per second per core and peak memory, with and without storage.

Usage: python bench/bench_pipeline.py CORPUS.jsonl [--limit N] [--workers N] [--store]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path

from basma.batch import process_safely, run_batch, tuned_gc
from basma.build import describe
from basma.ingest import iter_inputs
from basma.records import Rejection
from basma.store import Store

# The benchmark corpus names its fields differently from basma's defaults.
FIELDS = {"published_at": "date", "outlet": "source"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--store", action="store_true", help="also write everything to a DuckDB file")
    args = parser.parse_args()

    items = []
    for item in iter_inputs([args.corpus], fmt="jsonl", fields=FIELDS):
        items.append(item)
        if args.limit and len(items) >= args.limit:
            break
    chars = sum(len(i.content) for i in items if not isinstance(i, Rejection))

    places: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    with_events = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    if args.store or args.workers > 1:
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
            summary = run_batch(items, store, workers=args.workers)
        articles, rejected, events = summary.articles, summary.rejected, summary.events
        types = summary.events_by_type
    else:
        types = Counter()
        articles = rejected = events = with_events = 0
        with tuned_gc():
            outcomes = [item if isinstance(item, Rejection) else process_safely(item) for item in items]
        for outcome in outcomes:
            if isinstance(outcome, Rejection):
                rejected += 1
                continue
            articles += 1
            events += len(outcome.events)
            with_events += bool(outcome.events)
            types.update(e.type for e in outcome.events)
            places.update(
                (e.location.resolution or "name only") if e.location else "none" for e in outcome.events
            )
            modalities.update(e.modality for e in outcome.events)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(items)
    print(f"build: {describe()}")
    print(f"inputs: {n} ({chars / max(n, 1):.0f} chars on average); coded {articles}, rejected {rejected}")
    print(f"wall: {wall:.1f} s with {args.workers} worker(s), store={'yes' if args.store else 'no'}")
    print(f"articles/s: {n / wall:.1f} overall, {n / wall / args.workers:.1f} per core")
    if args.workers == 1:
        print(f"cpu ms/article: {1000 * cpu / max(n, 1):.2f}")
    print(
        f"events: {events} ({events / max(articles, 1):.2f} per article);",
        f"by type: {dict(types.most_common())}",
    )
    if places:
        share = ", ".join(f"{k} {100 * v / events:.1f}%" for k, v in places.most_common())
        print(f"articles with at least one event: {100 * with_events / max(articles, 1):.1f}%")
        print(f"event locations: {share}")
        print(f"modality: {dict(modalities.most_common())}")
    print(f"peak memory (this process): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
