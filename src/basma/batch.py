"""The batch runner: many inputs through the pipeline into a store, never stopping for one article.

Every input ends up either as a stored article with its findings or as a stored rejection that says
why; a crash inside a stage on one article becomes a ``stage-failed`` rejection for that article.
Exact and near-duplicate copies (wire stories republished with another header) are kept and linked
to the article they copy in ``article_links``, never dropped. The index spans this run and every
article stored by earlier runs (their MinHash signatures are kept in ``article_signatures``), so a
copy ingested tomorrow is linked to today's original. A link always points from the later article
to the earlier one, in the order articles were first stored; re-running an input finds the same links.
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from basma.clean.dedup import DuplicateIndex
from basma.errors import InputError, MalformedInput
from basma.ingest import RawDocument
from basma.pipeline import process
from basma.records import Article, CodedArticle, Rejection
from basma.store import Store
from basma.store.signatures import StoredSignatures, load_signatures, signature_row

log = logging.getLogger(__name__)

Outcome = CodedArticle | Rejection

# A wire story republished with a new lead line and small edits keeps roughly half to three quarters
# of its word shingles (measured on the bundled agency copies: 0.51-0.75); unrelated articles on the
# same topic stay far below half.
NEAR_DUPLICATE_SIMILARITY = 0.5


Link = tuple[str, str, float]


@cache
def _bands(threshold: float, num_perm: int) -> list[tuple[int, int]]:
    """The LSH band layout datasketch chooses for this threshold (found by integration, so cached)."""
    return list(MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)


class LinkIndex:
    """Duplicate links of a run's articles to the stored ones and to the run's earlier ones.

    Every article has an order (``article_signatures.seq``): stored articles keep theirs, new ones
    get the next numbers as they arrive, and a link only ever points to an article of a lower order.
    An article stored before and unchanged is looked up among the stored ones only; a new article
    (or one whose text changed) is also indexed for the rest of the run.

    :param store: the database whose stored articles count as earlier; None for a run on its own.
    """

    def __init__(self, store: Store | None = None, threshold: float = NEAR_DUPLICATE_SIMILARITY) -> None:
        self.run = DuplicateIndex(threshold=threshold)
        num_perm = self.run.num_perm
        # 3-word shingles (basma.clean.dedup.shingles), CRC32, datasketch's permutation scheme, seed 1
        self.scheme = f"words3-crc32-{getattr(MinHash(num_perm=1), 'scheme', 'legacy')}-{num_perm}"
        bands = _bands(threshold, num_perm)
        if store is None:
            self.stored = StoredSignatures.empty(bands=bands, threshold=threshold, num_perm=num_perm)
        else:
            self.stored = load_signatures(
                store,
                scheme=self.scheme,
                signer=self.sign,
                bands=bands,
                threshold=threshold,
                num_perm=num_perm,
            )
        self._next = self.stored.next_seq
        self._seq: dict[str, int] = {}

    def sign(self, text: str) -> np.ndarray | None:
        """The MinHash values of a body, or None when it is too short to compare."""
        signature = self.run.signature(text)
        return None if signature is None else np.asarray(signature.hashvalues, dtype=np.uint32)

    def add(self, article: Article) -> tuple[list[Link], dict[str, Any]]:
        """Index ``article``; return its links to earlier articles and its ``article_signatures`` row."""
        stored_seq = self.stored.seq.get(article.id)
        if stored_seq is None:
            seq, self._next = self._next, self._next + 1
        else:
            seq = stored_seq
        self._seq[article.id] = seq
        stored_hash = self.stored.content_hash.get(article.id)
        unchanged = stored_seq is not None and stored_hash == article.content_hash
        values = self.stored.values(article.id) if unchanged else None
        if values is None:
            values = self.sign(article.text)
        row = signature_row(article.id, seq, article.content_hash, self.scheme, values)
        first = self.stored.first_with_hash(article.content_hash)
        if first is not None and first[0] != article.id and first[1] < seq:
            return [(first[0], "exact", 1.0)], row
        links: list[Link] = []
        if not unchanged:
            self.stored.drop(article.id)
            links = [link for link in self.run.add(article) if self._seq.get(link[0], seq) < seq]
            if links and links[0][1] == "exact":
                return links, row
        if values is not None:
            links += self.stored.near(values, before=seq, exclude=article.id)
        return sorted(links, key=lambda link: (-link[2], link[0])), row


# Inputs that could not even be read: a file the system could not open, a record that is not valid
# JSON. The run reports them with exit status 2. An empty, binary, mis-encoded or non-Arabic input
# was read, and is rejected for what it holds; that is the run working as it should.
UNREADABLE_REASONS = frozenset({InputError.code, MalformedInput.code})


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
            if outcome.stage == "ingest" and outcome.reason in UNREADABLE_REASONS:
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
    with tuned_gc():  # loading the stored signatures creates many objects at once
        duplicates = LinkIndex(store)
    coded: list[CodedArticle] = []
    rejections: list[Rejection] = []
    links: list[tuple[str, str, str, float]] = []
    signatures: list[dict[str, Any]] = []

    def flush() -> None:
        store.write(coded, rejections, links, signatures)
        coded.clear()
        rejections.clear()
        links.clear()
        signatures.clear()

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
            found, signature = duplicates.add(outcome.article)
            signatures.append(signature)
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
