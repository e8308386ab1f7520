"""Duplicate links across runs: links found in two runs against one run, and the cost of loading.

Part 1 cleans a JSONL corpus (no event coding: links depend on the cleaned body only), then stores
it twice through ``basma.batch.LinkIndex`` and ``Store.write``: once in one run, once in two runs
that split the corpus in halves, the second loading the first half's signatures from the database.
It prints both link counts and how they differ.

Part 2 fills databases with N synthetic stored signatures and measures what a run pays at its start
to load them: wall time, memory allocated by Python and numpy (tracemalloc) and the growth of the
process's resident memory, and the time of one look-up against them.

Usage: python bench/bench_dedup.py [CORPUS.jsonl] [--limit N] [--stored 10000,50000,100000]
       [--datasketch]  (also time loading the same signatures into datasketch's MinHashLSH)
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from basma.batch import LinkIndex, tuned_gc
from basma.clean import build_article
from basma.errors import InputError
from basma.ingest import iter_inputs
from basma.records import Article, CodedArticle, Rejection
from basma.store import Store
from corpus import DEFAULT_CORPUS

Links = set[tuple[str, str, str, float]]


def _articles(corpus: str, limit: int) -> list[Article]:
    articles = []
    for item in iter_inputs([corpus]):
        if isinstance(item, Rejection):
            continue
        try:
            articles.append(build_article(item))
        except InputError:
            continue
        if limit and len(articles) >= limit:
            break
    return articles


def _store_run(store: Store, articles: list[Article]) -> tuple[float, float, float]:
    """One run over ``articles``: seconds to load the stored index, to link, and to write."""
    started = time.perf_counter()
    with tuned_gc():
        index = LinkIndex(store)
    load = time.perf_counter() - started
    linking = writing = 0.0
    seen: set[str] = set()
    for start in range(0, len(articles), 200):
        coded, links, signatures = [], [], []
        clock = time.perf_counter()
        for article in articles[start : start + 200]:
            if article.id in seen:  # the batch runner reports these as duplicate-article rejections
                continue
            seen.add(article.id)
            found, row = index.add(article)
            links += [(article.id, other, kind, sim) for other, kind, sim in found]
            signatures.append(row)
            coded.append(CodedArticle(article, (), (), (), (), ()))
        linked = time.perf_counter()
        store.write(coded, (), links, signatures)
        linking += linked - clock
        writing += time.perf_counter() - linked
    return load, linking, writing


def _links(store: Store) -> Links:
    rows = store.query("SELECT article_id, other_id, kind, similarity FROM article_links")
    return {(r["article_id"], r["other_id"], r["kind"], r["similarity"]) for r in rows}


def compare_runs(corpus: str, limit: int, folder: Path) -> None:
    started = time.perf_counter()
    articles = _articles(corpus, limit)
    print(f"cleaned {len(articles)} articles in {time.perf_counter() - started:.1f} s")
    half = len(articles) // 2
    with Store(folder / "one.duckdb") as store:
        _, linking, writing = _store_run(store, articles)
        one = _links(store)
    copies, exact = len({a for a, _, _, _ in one}), sum(k == "exact" for _, _, k, _ in one)
    print(
        f"one run: {len(one)} links ({exact} exact) from {copies} articles; "
        f"linking {linking / len(articles) * 1000:.2f} ms per article, writing {writing:.1f} s"
    )
    with Store(folder / "two.duckdb") as store:
        _store_run(store, articles[:half])
        load, _, _ = _store_run(store, articles[half:])
        two = _links(store)
    first = {a.id for a in articles[:half]}
    across = sum((a in first) != (b in first) for a, b, _, _ in two)
    print(
        f"two runs ({half} + {len(articles) - half}): {len(two)} links, {across} of them across the runs; "
        f"second run loaded {half} stored signatures in {load * 1000:.0f} ms"
    )
    print(f"links equal: {one == two}; only in one run: {len(one - two)}; only in two runs: {len(two - one)}")


def _fill(store: Store, n: int, scheme: str, num_perm: int) -> None:
    """N stored articles with random signatures (a run cannot tell them from real ones)."""
    store.con.execute(
        "INSERT INTO articles (id, content_hash, text, ingested_at) "
        "SELECT printf('%016x', hash(i)), md5(CAST(i AS VARCHAR)), '', now() FROM range(?) t(i)",
        [n],
    )
    store.con.execute(
        f"""
        INSERT INTO article_signatures
        SELECT printf('%016x', hash(i)), i, md5(CAST(i AS VARCHAR)), ?,
               list_transform(range({num_perm}),
                              lambda x: CAST(hash(i * {num_perm} + x) % 4294967296 AS UINTEGER))
        FROM range(?) t(i)
        """,
        [scheme, n],
    )


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def measure_load(sizes: list[int], folder: Path, datasketch: bool) -> None:
    probe = LinkIndex()
    num_perm = probe.run.num_perm
    print(f"{'stored':>8} {'load s':>7} {'alloc MB':>9} {'rss +MB':>8} {'lookup µs':>10}")
    for n in sizes:
        path = folder / f"stored-{n}.duckdb"
        with Store(path) as store:
            _fill(store, n, probe.scheme, num_perm)
        with Store(path) as store:
            rss = _rss_mb()
            started = time.perf_counter()
            with tuned_gc():  # as run_batch loads it
                index = LinkIndex(store)
            seconds = time.perf_counter() - started
            grown = _rss_mb() - rss
            assert len(index.stored) == n
            queries = np.random.default_rng(0).integers(0, 2**32, size=(1000, num_perm), dtype=np.uint32)
            started = time.perf_counter()
            for values in queries:
                index.stored.near(values, before=n)
            lookup = (time.perf_counter() - started) / len(queries) * 1e6
            del index
            tracemalloc.start()
            index = LinkIndex(store)
            current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            del index
        row = f"{n:>8} {seconds:>7.2f} {current / 2**20:>9.1f} {grown:>8.1f} {lookup:>10.0f}"
        print(f"{row}   (peak while loading {peak / 2**20:.0f} MB)")
        if datasketch:
            _datasketch_load(path, n, num_perm)


def _datasketch_load(path: Path, n: int, num_perm: int) -> None:
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    with Store(path, read_only=True) as store:
        rows = store.con.execute("SELECT article_id, minhash FROM article_signatures").fetchall()
    scheme = MinHash(num_perm=1).scheme
    rss = _rss_mb()
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=num_perm)
    for article_id, values in rows:
        lsh.insert(article_id, LeanMinHash(seed=1, hashvalues=values, scheme=scheme), check_duplication=False)
    seconds = time.perf_counter() - started
    print(f"{'':>8} datasketch MinHashLSH instead: {seconds:.2f} s, rss +{_rss_mb() - rss:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--stored", default="10000,50000,100000", help="sizes for the load measurement")
    parser.add_argument(
        "--datasketch", action="store_true", help="also time datasketch's LSH on the same data"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if Path(args.corpus).exists():
            compare_runs(args.corpus, args.limit, folder)
        else:
            print(f"{args.corpus} not found: skipping the two-run comparison")
        measure_load([int(n) for n in args.stored.split(",") if n], folder, args.datasketch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
