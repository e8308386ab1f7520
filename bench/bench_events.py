"""Event coder benchmark: type distribution, share of articles with events, events per second.

The earlier stages (cleaning, text, dates, actors, places) run first and are not timed; only
``basma.events.code`` is. ``--sample N`` prints N random events with their sentences, for reading
by hand.

Usage: python bench/bench_events.py CORPUS.jsonl [--limit N] [--sample N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

from basma import events
from basma.clean import build_article
from basma.document import Document
from basma.errors import BasmaError
from basma.ingest import iter_inputs
from basma.pipeline import STAGES
from basma.records import Event, Rejection

FIELDS = {"published_at": "date", "outlet": "source"}


def _line(e: Event) -> str:
    actors = ",".join(f"{a.code}{'/' + '+'.join(a.sectors) if a.sectors else ''}" for a in e.actor) or "-"
    recipients = (
        ",".join(f"{r.code}{'/' + '+'.join(r.sectors) if r.sectors else ''}" for r in e.recipient) or "-"
    )
    return (
        f"{e.type}{'/' + '+'.join(e.mode) if e.mode else ''} {actors} -> {recipients} "
        f"[{e.modality}, {e.date.value} {e.date.granularity.value}/{e.date.basis.value}] "
        f"trigger «{e.trigger.text}» conf {e.confidence}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    before = [s for s in STAGES if s.name != "events"]
    docs: list[Document] = []
    failed = 0
    crashes: Counter[str] = Counter()
    for raw in iter_inputs([args.corpus], fmt="jsonl", fields=FIELDS):
        if isinstance(raw, Rejection):
            failed += 1
            continue
        try:
            doc = Document(build_article(raw))
            for stage in before:
                stage.run(doc)
        except BasmaError:
            failed += 1
            continue
        except Exception as exc:  # an earlier stage's bug must not stop the benchmark
            failed += 1
            crashes[type(exc).__name__] += 1
            continue
        docs.append(doc)
        if args.limit and len(docs) >= args.limit:
            break

    events.code(docs[0])  # load the lexicon outside the timing
    coded: list[tuple[Document, tuple[Event, ...]]] = []
    quotes = 0
    started = time.perf_counter()
    for doc in docs:
        found, said = events.code(doc)
        coded.append((doc, found))
        quotes += len(said)
    elapsed = time.perf_counter() - started

    all_events = [e for _, found in coded for e in found]
    types = Counter(e.type for e in all_events)
    modality = Counter(e.modality for e in all_events)
    with_events = sum(1 for _, found in coded if found)
    print(f"articles coded: {len(docs)} (skipped {failed}; earlier-stage crashes: {dict(crashes)})")
    print(f"events: {len(all_events)}  quotes: {quotes}")
    print(f"articles with >=1 event: {with_events} ({with_events / max(1, len(docs)):.1%})")
    rate = f"{len(docs) / elapsed:.0f} articles/s, {len(all_events) / elapsed:.0f} events/s"
    print(f"coder time: {elapsed:.1f} s  -> {rate}")
    print("types:")
    for name, n in types.most_common():
        print(f"  {name:10s} {n:6d}  {n / max(1, len(all_events)):.1%}")
    print("modality: " + ", ".join(f"{k} {v}" for k, v in modality.most_common()))
    bases = Counter(e.date.basis.value for e in all_events)
    print("date basis: " + ", ".join(f"{k} {v}" for k, v in bases.most_common()))

    if args.sample:
        rng = random.Random(args.seed)
        pairs = [(doc, e) for doc, found in coded for e in found]
        for n, (doc, e) in enumerate(rng.sample(pairs, min(args.sample, len(pairs))), start=1):
            print(f"\n#{n} {doc.article.id} {_line(e)}")
            print(f"   {e.sentence.text[:400]}")


if __name__ == "__main__":
    main()
