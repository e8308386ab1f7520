"""Places benchmark: place mentions per article, their resolution, event locations and the cost.

Usage: python bench/bench_places.py CORPUS.jsonl [--limit N]

Every article goes through the real stages up to events; only ``find_places`` and ``locate_event``
are timed. Event locations are computed for the events the coder found, so the shares show what
the location step gives on real events whether or not the coder already asks for it.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from basma import actors, dates, events, text
from basma.clean import build_article
from basma.document import Document
from basma.errors import BasmaError
from basma.ingest import iter_inputs
from basma.places import find_places, gazetteer, locate_event
from basma.places.locate import place_location
from basma.records import Rejection

FIELDS = {"published_at": "date", "outlet": "source"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()

    started = time.perf_counter()
    gaz = gazetteer()
    print(
        f"gazetteer: {len(gaz)} places under {len(gaz.index)} Arabic names, loaded in "
        f"{time.perf_counter() - started:.2f} s"
    )

    articles = place_seconds = locate_seconds = 0.0
    mentions = 0
    resolution: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    event_resolution: Counter[str] = Counter()
    n_events = 0
    for item in iter_inputs([args.corpus], fmt="jsonl", fields=FIELDS):
        if isinstance(item, Rejection):
            continue
        try:
            doc = Document(build_article(item))
        except BasmaError:
            continue
        text.analyse(doc)
        doc.dates = dates.find_dates(doc.text, doc.tokens, doc.article.published_at)
        doc.mentions = actors.resolve(doc)
        t0 = time.perf_counter()
        doc.places = find_places(doc)
        place_seconds += time.perf_counter() - t0
        articles += 1
        mentions += len(doc.places)
        for m in doc.places:
            loc = place_location(m, gaz)
            resolution[loc.resolution if loc else "unknown"] += 1
            rules[m.rule.split("+")[0]] += 1
        doc.events, doc.quotes = events.code(doc)
        t0 = time.perf_counter()
        for event in doc.events:
            sentence = doc.sentence_at(event.trigger.start)
            if sentence is None:
                continue
            recipients = [r.code for r in event.recipient if r.code]
            where = locate_event(doc, sentence, event.trigger, recipients, event.type, event.mode)
            event_resolution[where.resolution or "unknown" if where else "none"] += 1
            n_events += 1
        locate_seconds += time.perf_counter() - t0
        if args.limit and articles >= args.limit:
            break

    n = max(articles, 1)
    print(f"articles: {int(articles)}")
    print(f"place mentions: {mentions} ({mentions / n:.2f} per article)")
    for name in ("point", "admin-1", "country"):
        print(f"  {name:8s} {resolution[name] / max(mentions, 1):6.1%}")
    print("  by rule: " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    print(f"events: {n_events}")
    for name in ("point", "admin-1", "country", "none"):
        print(f"  located at {name:8s} {event_resolution[name] / max(n_events, 1):6.1%}")
    print(f"find_places: {1000 * place_seconds / n:.2f} ms per article")
    print(f"locate_event: {1000 * locate_seconds / max(n_events, 1):.3f} ms per event")


if __name__ == "__main__":
    main()
