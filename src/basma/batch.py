"""The batch runner: many inputs through the pipeline into a store, never stopping for one article.

Every input ends up either as a stored article with its findings or as a stored rejection that says
why; a crash inside a stage on one article becomes a ``stage-failed`` rejection for that article.
Exact and near-duplicate copies (wire stories republished with another header) are kept and linked
to the article they copy in ``article_links``, never dropped; the index spans one run.
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from basma.clean.dedup import DuplicateIndex
from basma.errors import InputError
from basma.ingest import RawDocument
from basma.pipeline import process
from basma.records import CodedArticle, Rejection
from basma.store import Store

log = logging.getLogger(__name__)

Outcome = CodedArticle | Rejection

# A wire story republished with a new lead line and small edits keeps roughly half to three quarters
# of its word shingles (measured on the bundled agency copies: 0.51-0.75); unrelated articles on the
# same topic stay far below half.
NEAR_DUPLICATE_SIMILARITY = 0.5


@dataclass
class BatchSummary:
    """What a run did, for the final report and the exit code."""

    articles: int = 0
    rejected: int = 0
    unreadable: int = 0
    events: int = 0
    quotes: int = 0
    duplicates: int = 0
    events_by_type: Counter[str] = field(default_factory=Counter)
    rejections_by_reason: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Rejection):
            self.rejected += 1
            self.rejections_by_reason[outcome.reason] += 1
            if outcome.stage == "ingest":
                self.unreadable += 1
            return
        self.articles += 1
        self.events += len(outcome.events)
        self.quotes += len(outcome.quotes)
        for event in outcome.events:
            self.events_by_type[event.type] += 1
            for actor in event.actor:
                for recipient in event.recipient:
                    if actor.code and recipient.code and actor.code != recipient.code:
                        self.pairs[(actor.code, recipient.code)] += 1


@contextmanager
def tuned_gc(young: int = 20_000) -> Iterator[None]:
    """Collect garbage less often while coding many articles.

    The word-analysis cache, the knowledge base and the gazetteer are large and live for the whole
    run; with the default thresholds the collector walks them again and again while tokens are
    being created, which measured as about half of tokenisation time. Records hold no reference
    cycles, so collecting less often costs little memory. The previous thresholds are restored.
    """
    before = gc.get_threshold()
    gc.set_threshold(young, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def process_safely(raw: RawDocument) -> Outcome:
    """Process one input; any failure becomes a rejection naming the input and the reason."""
    try:
        return process(raw)
    except InputError as exc:
        return Rejection(raw.input_ref, "clean", exc.code, str(exc))
    except Exception as exc:  # one broken article must never stop the batch
        log.exception("stage failure on %s", raw.input_ref)
        message = f"{raw.input_ref}: internal error while coding ({type(exc).__name__}: {exc})"
        return Rejection(raw.input_ref, "pipeline", "stage-failed", message)


def _outcomes(items: Iterable[RawDocument | Rejection], workers: int) -> Iterator[Outcome]:
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, Rejection) else process_safely(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: list[RawDocument] = []
        for item in items:
            if isinstance(item, Rejection):
                yield item
                continue
            pending.append(item)
            if len(pending) >= 64 * workers:
                yield from pool.map(process_safely, pending, chunksize=8)
                pending = []
        yield from pool.map(process_safely, pending, chunksize=8)


def run_batch(
    items: Iterable[RawDocument | Rejection],
    store: Store,
    *,
    batch_size: int = 200,
    workers: int = 1,
    on_item: Callable[[Outcome], None] | None = None,
) -> BatchSummary:
    """Code every item and write results to ``store`` in batches; returns a summary."""
    summary = BatchSummary()
    duplicates = DuplicateIndex(threshold=NEAR_DUPLICATE_SIMILARITY)
    coded: list[CodedArticle] = []
    rejections: list[Rejection] = []
    links: list[tuple[str, str, str, float]] = []

    def flush() -> None:
        store.write(coded, rejections, links)
        coded.clear()
        rejections.clear()
        links.clear()

    first_ref: dict[str, str] = {}

    def collect(outcome: Outcome) -> None:
        if not isinstance(outcome, Rejection):
            earlier = first_ref.setdefault(outcome.article.id, outcome.article.source_ref)
            if earlier != outcome.article.source_ref:
                # Same URL, or same text without a URL: one article, stored once, the copy reported.
                ref = outcome.article.source_ref
                message = f"{ref}: the same article as {earlier} (id {outcome.article.id}); stored once"
                outcome = Rejection(ref, "store", "duplicate-article", message)
        summary.add(outcome)
        if isinstance(outcome, Rejection):
            rejections.append(outcome)
        else:
            found = [link for link in duplicates.add(outcome.article) if link[0] != outcome.article.id]
            links.extend((outcome.article.id, other, kind, similarity) for other, kind, similarity in found)
            summary.duplicates += bool(found)
            coded.append(outcome)
        if on_item:
            on_item(outcome)
        if len(coded) + len(rejections) >= batch_size:
            flush()

    with tuned_gc():
        for outcome in _outcomes(items, workers):
            collect(outcome)
    flush()
    return summary
