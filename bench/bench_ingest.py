"""Ingest + clean benchmark: articles per second, rejections by reason, duplicate links, crashes.

Reads a JSONL corpus through ``basma.ingest.iter_inputs``, cleans every record with
``basma.clean.build_article`` and indexes it in ``DuplicateIndex``. Any exception other than a
named input error counts as a crash; the script exits 1 when there is one.

Usage: python bench/bench_ingest.py CORPUS.jsonl [--limit N] [--threshold 0.8]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import traceback
from collections import Counter

from basma.clean import build_article
from basma.clean.dedup import DuplicateIndex
from basma.errors import InputError
from basma.ingest import iter_inputs
from basma.records import Rejection


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=0.8, help="near-duplicate Jaccard threshold")
    args = parser.parse_args()

    index = DuplicateIndex(threshold=args.threshold)
    rejections: Counter[str] = Counter()
    links: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    with_duplicate = articles = crashes = chars = 0
    times = {"ingest": 0.0, "clean": 0.0, "dedup": 0.0}
    started, cpu_started = time.perf_counter(), time.process_time()
    clock = time.perf_counter()
    for item in iter_inputs([args.corpus]):
        now = time.perf_counter()
        times["ingest"] += now - clock
        if isinstance(item, Rejection):
            rejections[item.reason] += 1
        else:
            try:
                article = build_article(item)
            except InputError as exc:
                rejections[exc.code] += 1
                article = None
            except Exception:  # a crash: reported, counted, and the batch goes on
                crashes += 1
                traceback.print_exc(limit=3)
                article = None
            cleaned = time.perf_counter()
            times["clean"] += cleaned - now
            if article is not None:
                articles += 1
                chars += len(article.text)
                languages[article.language] += 1
                found = index.add(article)
                links.update(kind for _, kind, _ in found)
                with_duplicate += bool(found)
            times["dedup"] += time.perf_counter() - cleaned
        if args.limit and articles + sum(rejections.values()) >= args.limit:
            break
        clock = time.perf_counter()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"articles:            {articles} ({chars / 1e6:.1f} M characters of clean body)")
    rate = f"{articles / elapsed:.1f} wall ({elapsed:.1f} s), {articles / cpu:.1f} per CPU-second"
    print(f"articles/s:          {rate}")
    print("wall time split:     " + ", ".join(f"{k} {v:.1f} s" for k, v in times.items()))
    print(f"rejections:          {sum(rejections.values())} {dict(rejections.most_common())}")
    print(f"duplicate links:     {dict(links)}; articles with an earlier copy: {with_duplicate}")
    print(f"languages:           {dict(languages.most_common())}")
    print(f"crashes:             {crashes}")
    print(f"peak memory:         {peak_mb:.0f} MB")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
