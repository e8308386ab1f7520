"""Speed of the text layer over the benchmark corpus: tokens/s, dates/s and ms per article.

Usage: python bench/bench_text.py [CORPUS.jsonl] [--limit N]
Reads the JSONL corpus (fields ``text`` and ``date``), runs tokenisation + sentence splitting,
amounts, and date finding on every article, and prints throughput and per-article timings
(also scaled to a 2,400-character article, the size the text layer is budgeted for), plus the
cost of the shared phrase matcher with a 20,000-phrase lexicon. The text layer is timed alone and
then in the pipeline's order (the matcher between articles), under the interpreter's default
garbage-collection thresholds and under the batch runner's, each pass starting from an empty
word-analysis cache, and then once more with every word already analysed.
Timings are CPU time of this process, so a busy machine inflates them less than wall time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path

from basma.batch import tuned_gc
from basma.build import describe
from basma.dates import find_dates
from basma.text import find_amounts, split_sentences, tokenize
from basma.text.matcher import PhraseMatcher
from basma.text.tokens import clear_word_cache
from corpus import DEFAULT_CORPUS

REFERENCE_CHARS = 2400


def load(path: Path, limit: int | None) -> list[tuple[str, datetime | None]]:
    """(text, publication time) pairs from the corpus."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            stamp = record.get("date")
            published = datetime.fromisoformat(stamp).replace(tzinfo=UTC) if stamp else None
            articles.append((record.get("text") or "", published))
            if limit and len(articles) >= limit:
                break
    return articles


def lexicon(articles: list[tuple[str, datetime | None]], size: int = 20_000) -> PhraseMatcher[int]:
    """A matcher loaded with ``size`` one- to three-word phrases drawn from the corpus itself.

    Phrases starting with one of the 500 most frequent words are left out, as a knowledge base of
    names and titles would not hold "في" or "من".
    """
    counts = Counter(word for text, _ in articles[:2000] for word in text.split())
    common = {word for word, _ in counts.most_common(500)}
    matcher: PhraseMatcher[int] = PhraseMatcher(use_stem=True)
    seen: set[str] = set()
    for text, _ in articles:
        words = text.split()
        for i in range(0, len(words) - 3, 7):
            if words[i] in common:
                continue
            phrase = " ".join(words[i : i + 1 + i % 3])
            if phrase not in seen and any(c.isalpha() and c != "ـ" for c in phrase):
                seen.add(phrase)
                matcher.add(phrase, len(seen))
            if len(seen) >= size:
                return matcher
    return matcher


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found", file=sys.stderr)
        return 1
    articles = load(args.corpus, args.limit)
    chars = sum(len(text) for text, _ in articles)

    matcher = lexicon(articles)
    print(f"build                  {describe()}")
    print(f"machine reference      {machine_reference():.1f} M arithmetic steps/s (before)")

    # Every pass but the last starts from an empty word-analysis cache warmed on the first 200
    # articles, as a new worker would: no pass may profit from the words an earlier one analysed.
    # First the text layer alone, article after article: its own cost. Then in the pipeline's
    # order, where the phrase matcher runs between one article's text layer and the next and
    # pushes the layer's data out of the processor's caches; with the interpreter's default
    # garbage-collection thresholds and with the thresholds the batch runner codes under.
    passes = (
        ("text layer alone, batch GC", tuned_gc(), None),
        ("pipeline order, default GC", nullcontext(), matcher),
        ("pipeline order, batch GC", tuned_gc(), matcher),
    )
    for setting, gc_context, between in passes:
        clear_word_cache()
        for text, _ in articles[:200]:
            tokenize(text)
        with gc_context:
            report(setting, articles, chars, between)
    # And once more with every word of the corpus already analysed: the steady state of a worker
    # that has coded many articles, where only the words it has never seen cost their analysis.
    with tuned_gc():
        report("pipeline order, batch GC, every word already analysed", articles, chars, matcher)
    print(f"machine reference      {machine_reference():.1f} M arithmetic steps/s (after)")
    return 0


def machine_reference() -> float:
    """Millions of steps per CPU second of a small arithmetic loop that basma never changes.

    A shared virtual machine's speed drifts (the unchanged matcher has measured anywhere from 2.6
    to 3.9 ms per article within one afternoon); printing this before and after lets timings from
    different runs be compared against the machine's speed at the time. It touches no memory to
    speak of, so it measures the processor, not what earlier stages left in its caches.
    """
    clock = time.process_time
    start = clock()
    steps = 0
    value = 1
    while clock() - start < 0.5:
        for _ in range(100_000):
            value = (value * 1103515245 + 12345) & 0x7FFFFFFF
        steps += 100_000
    return steps / (clock() - start) / 1e6


def report(
    setting: str,
    articles: list[tuple[str, datetime | None]],
    chars: int,
    matcher: PhraseMatcher[int] | None,
) -> None:
    """Time every stage over ``articles`` and print the numbers under the heading ``setting``.

    With a ``matcher``, it runs over each article's tokens after the text layer, as the actors
    stage does in the pipeline.
    """
    token_count = sentence_count = amount_count = date_count = match_count = 0
    per_article: list[float] = []
    text_seconds = amount_seconds = date_seconds = match_seconds = 0.0
    clock = time.process_time  # CPU time: other work on the machine does not count
    for text, published in articles:
        t0 = clock()
        tokens = tokenize(text)
        sentences = split_sentences(text, tokens)
        t1 = clock()
        amounts = find_amounts(text, tokens)
        t2 = clock()
        dates = find_dates(text, tokens, published)
        t3 = clock()
        matches = matcher.find(tokens) if matcher is not None else []
        t4 = clock()
        text_seconds += t1 - t0
        amount_seconds += t2 - t1
        date_seconds += t3 - t2
        match_seconds += t4 - t3
        per_article.append((t1 - t0) / max(len(text), 1) * REFERENCE_CHARS)
        token_count += len(tokens)
        sentence_count += len(sentences)
        amount_count += len(amounts)
        date_count += len(dates)
        match_count += len(matches)
        del tokens, sentences, amounts, dates, matches

    n = len(articles)
    scale = REFERENCE_CHARS / (chars / n)
    print(f"-- {setting}")
    print(f"articles               {n}  ({chars / n:.0f} characters on average)")
    print(f"tokens                 {token_count}  ({token_count / text_seconds:,.0f} tokens/s)")
    print(f"sentences              {sentence_count}")
    median = statistics.median(per_article) * 1000
    p95 = statistics.quantiles(per_article, n=20)[-1] * 1000
    print(f"tokenise+sentences     {text_seconds / n * 1000:.3f} ms/article, "
          f"{text_seconds / n * 1000 * scale:.3f} ms per {REFERENCE_CHARS}-char article "
          f"(per-article scaled: median {median:.3f}, p95 {p95:.3f})")  # fmt: skip
    print(f"amounts                {amount_count}  ({amount_seconds / n * 1000:.3f} ms/article)")
    print(f"dates                  {date_count}  ({date_count / date_seconds:,.0f} dates/s, "
          f"{date_seconds / n * 1000:.3f} ms/article, {n / date_seconds:,.0f} articles/s)")  # fmt: skip
    if matcher is not None:
        print(f"phrase matcher         {len(matcher)} phrases, {match_count} matches, "
              f"{match_seconds / n * 1000:.3f} ms/article, {match_seconds / n * 1000 * scale:.3f} ms per "
              f"{REFERENCE_CHARS}-char article")  # fmt: skip
    total = text_seconds + amount_seconds + date_seconds
    print(f"text layer total       {total / n * 1000:.3f} ms/article, {total / n * 1000 * scale:.3f} ms per "
          f"{REFERENCE_CHARS}-char article")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
