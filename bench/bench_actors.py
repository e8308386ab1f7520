"""Benchmark the actor resolver on a JSONL corpus: coverage of name-like mentions and cost.

Usage: python bench/bench_actors.py [CORPUS.jsonl] [--limit N]
Prints: knowledge-base size by kind and load time; resolver cost per article (ms, text layer
excluded); mentions per article by how they were resolved; the share of person- and
organisation-like stretches (see basma.actors.unresolved) that a mention covers; the 50 most
frequent unresolved name-like n-grams.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from basma import text
from basma.actors import load_kb
from basma.actors.resolver import resolve_with
from basma.actors.unresolved import candidates, unresolved_counts
from basma.document import Document
from basma.records import Article
from corpus import DEFAULT_CORPUS


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv and not argv[0].startswith("-") else DEFAULT_CORPUS
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    if not corpus.exists():
        print(f"{corpus}: corpus not found", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    kb = load_kb()
    kb.matcher()
    print(f"knowledge base: {len(kb)} actors loaded in {time.perf_counter() - t0:.2f} s")
    print(
        "  by kind: " + ", ".join(f"{k} {n}" for k, n in Counter(a.kind for a in kb.actors()).most_common())
    )

    docs: list[Document] = []
    with corpus.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                break
            row = json.loads(line)
            day = datetime.fromisoformat(row["date"]).replace(tzinfo=UTC) if row.get("date") else None
            doc = Document(Article(id=row["id"], text=row["text"], published_at=day))
            text.analyse(doc)
            docs.append(doc)

    by = Counter()
    t0 = time.perf_counter()
    for doc in docs:
        for mention in resolve_with(kb, doc):
            by[mention.resolved_by] += 1
    elapsed = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    print(f"articles {len(docs)}, {chars / max(len(docs), 1):.0f} characters on average")
    print(
        f"resolver: {1000 * elapsed / max(len(docs), 1):.2f} ms per article "
        f"({len(docs) / elapsed:.0f} articles/s, text layer excluded)"
    )
    total = sum(by.values())
    print(
        f"mentions: {total / max(len(docs), 1):.1f} per article; by resolution: "
        + ", ".join(f"{k} {n / max(total, 1):.1%}" for k, n in by.most_common())
    )

    found = [c for doc in docs for c in candidates(doc, kb)]
    for kind in ("person", "organisation"):
        some = [c for c in found if c.kind == kind]
        share = sum(c.resolved for c in some) / max(len(some), 1)
        print(f"{kind}-like stretches: {len(some)}, resolved {share:.1%}")
    share = sum(c.resolved for c in found) / max(len(found), 1)
    print(f"all name-like stretches: {len(found)}, resolved {share:.1%}")
    print("50 most frequent unresolved name-like n-grams:")
    for key, count in unresolved_counts(found).most_common(50):
        print(f"  {count:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
