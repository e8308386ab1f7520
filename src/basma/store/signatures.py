"""MinHash signatures of stored articles, and the band table a run loads to link copies to them.

A run keeps its own articles in an LSH index; this module lets it also see every article stored by
earlier runs, so an agency copy ingested tomorrow is linked to today's original. Signatures live in
``article_signatures`` (see migration 4). Loading them into datasketch's LSH costs about 14 s and
520 MB for 100,000 articles (a Python set per band and article); here they are loaded as one
``uint32`` matrix and one sorted array of band keys, which takes about 1.1 s and 82 MB for the same
100,000, and a look-up about 0.1 ms (``bench/bench_dedup.py`` measures it). The candidate rule is the
LSH rule: two signatures are candidates when all values of at least one band are equal, with the
band layout datasketch chooses for the threshold; candidates are then kept when the fraction of
equal values (the estimated Jaccard similarity, as ``LeanMinHash.jaccard`` computes it) reaches the
threshold. A band-key collision only adds a candidate that this check discards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from basma.store.db import Store

# A function from an article body to its MinHash values, or None when the body is too short.
Signer = Callable[[str], np.ndarray | None]
Band = tuple[int, int]

_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)
# Articles signed per read of stored texts, when a database gets its signatures after the fact.
_SIGN_CHUNK = 2000


def signature_row(
    article_id: str, seq: int, content_hash: str, scheme: str, values: np.ndarray | None
) -> dict[str, Any]:
    """One row of ``article_signatures``."""
    return {
        "article_id": article_id,
        "seq": seq,
        "content_hash": content_hash,
        "scheme": scheme,
        "minhash": None if values is None else values.tolist(),
    }


def band_keys(values: np.ndarray, bands: Sequence[Band]) -> np.ndarray:
    """One 64-bit key per signature and band (shape ``signatures × bands``): FNV-1a over the band's
    values, started from the band's number so that equal values in different bands differ."""
    columns = np.array([range(start, end) for start, end in bands], dtype=np.intp)
    key = np.tile(_FNV_OFFSET ^ np.arange(len(bands), dtype=np.uint64), (values.shape[0], 1))
    for column in columns.T:
        key ^= values[:, column].astype(np.uint64)
        key *= _FNV_PRIME
    return key


def first_of_each_hash(seqs: np.ndarray, hashes: Sequence[str]) -> np.ndarray:
    """Which rows hold the lowest order of their content hash (rows without a hash count as first)."""
    texts = np.asarray(hashes, dtype=str) if len(hashes) else np.empty(0, dtype=str)
    by_order = np.argsort(seqs, kind="stable")
    _, first = np.unique(texts[by_order], return_index=True)
    mask = texts == ""
    mask[by_order[first]] = True
    return mask


class StoredSignatures:
    """What earlier runs stored: each article's order and content hash, the first article of each
    content hash, and a band table over the signatures of the articles that are not exact copies.

    :param ids: article ids, one per row.
    :param seqs: their orders (``article_signatures.seq``).
    :param hashes: their content hashes.
    :param values: a ``rows × num_perm`` matrix of MinHash values; rows not ``signed`` are ignored.
    :param signed: which rows have a signature (bodies too short to compare have none).
    """

    def __init__(
        self,
        ids: Sequence[str],
        seqs: np.ndarray,
        hashes: Sequence[str],
        values: np.ndarray,
        signed: np.ndarray,
        *,
        bands: Sequence[Band],
        threshold: float,
    ) -> None:
        self.bands = list(bands)
        self.threshold = threshold
        seq_list: list[int] = np.asarray(seqs, dtype=np.int64).tolist()
        self.seq: dict[str, int] = dict(zip(ids, seq_list, strict=True))
        self.content_hash: dict[str, str] = dict(zip(ids, hashes, strict=True))
        first = first_of_each_hash(np.asarray(seqs), hashes)
        first_rows = np.flatnonzero(first).tolist()
        first_hashes = [hashes[row] for row in first_rows]
        self._first: dict[str, str] = dict(zip(first_hashes, [ids[row] for row in first_rows], strict=True))
        self._first.pop("", None)
        self.next_seq = max(seq_list) + 1 if seq_list else 0
        # exact copies are found through the hash, never as near candidates
        rows = np.flatnonzero(np.asarray(signed, dtype=bool) & first)
        self._ids = [ids[row] for row in rows.tolist()]
        self._row_of = {article_id: i for i, article_id in enumerate(self._ids)}
        self._seqs = np.asarray(seqs, dtype=np.int64)[rows]
        self._values = np.ascontiguousarray(values[rows], dtype=np.uint32)
        self._dropped = np.zeros(len(rows), dtype=bool)
        keys = band_keys(self._values, self.bands).ravel()
        self._order = np.argsort(keys)
        self._sorted = keys[self._order]

    @classmethod
    def empty(cls, *, bands: Sequence[Band], threshold: float, num_perm: int) -> StoredSignatures:
        """No stored articles (a run without a database)."""
        none = np.empty(0, dtype=np.int64)
        values = np.empty((0, num_perm), dtype=np.uint32)
        return cls([], none, [], values, none.astype(bool), bands=bands, threshold=threshold)

    def __len__(self) -> int:
        return len(self.seq)

    def first_with_hash(self, content_hash: str) -> tuple[str, int] | None:
        """The earliest stored article with this body, and its order."""
        first = self._first.get(content_hash) if content_hash else None
        return None if first is None else (first, self.seq[first])

    def values(self, article_id: str) -> np.ndarray | None:
        """The stored signature of an article that is a near-duplicate candidate, else None."""
        row = self._row_of.get(article_id)
        return None if row is None or self._dropped[row] else self._values[row]

    def drop(self, article_id: str) -> None:
        """Stop offering an article as a candidate (its text changed; the run indexes it anew)."""
        row = self._row_of.get(article_id)
        if row is not None:
            self._dropped[row] = True

    def near(self, values: np.ndarray, *, before: int, exclude: str = "") -> list[tuple[str, str, float]]:
        """Stored articles ordered before ``before`` whose signatures are at least ``threshold``
        similar to ``values``, as ``(article_id, "near", similarity)``."""
        if not self._ids:
            return []
        keys = band_keys(values.reshape(1, -1), self.bands)[0]
        low = np.searchsorted(self._sorted, keys, side="left")
        high = np.searchsorted(self._sorted, keys, side="right")
        hits = np.flatnonzero(high > low)
        if not len(hits):
            return []
        found = np.concatenate([self._order[low[i] : high[i]] for i in hits.tolist()])
        rows = np.unique(found // len(self.bands))
        rows = rows[(self._seqs[rows] < before) & ~self._dropped[rows]]
        similarity = np.count_nonzero(self._values[rows] == values, axis=1) / values.shape[0]
        return [
            (self._ids[row], "near", round(float(sim), 3))
            for row, sim in zip(rows.tolist(), similarity.tolist(), strict=True)
            if sim >= self.threshold and self._ids[row] != exclude
        ]


def load_signatures(
    store: Store,
    *,
    scheme: str,
    signer: Signer,
    bands: Sequence[Band],
    threshold: float,
    num_perm: int,
) -> StoredSignatures:
    """Read every stored signature; compute and store the ones that are missing or stale.

    Articles stored by a version without signatures, loaded from a Spark run, or whose text or
    signature scheme changed since are signed here from their stored text, once. Missing ones get
    orders after every existing one, oldest ingested first and, among articles ingested together,
    those that copy another after the others (so links stored by an older version keep their
    direction), then the earliest published first; stale ones keep theirs. Missing ones that have
    no links yet are then linked to the earlier stored articles they copy.
    """
    relation = store.con.cursor().sql(
        """
        SELECT a.id, coalesce(a.content_hash, '') AS content_hash, coalesce(s.seq, -1) AS seq, s.minhash,
               coalesce(s.scheme = ? AND s.content_hash IS NOT DISTINCT FROM a.content_hash, FALSE) AS fresh
        FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id
        ORDER BY s.seq NULLS LAST, a.ingested_at,
                 EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = a.id), a.published_at, a.id
        """,
        params=[scheme],
    )
    table = relation.to_arrow_table()
    ids: list[str] = table.column("id").to_pylist()
    hashes: list[str] = table.column("content_hash").to_pylist()
    seqs = table.column("seq").to_numpy().astype(np.int64)
    fresh = table.column("fresh").to_numpy(zero_copy_only=False)
    minhash = table.column("minhash").combine_chunks()
    present = pc.is_valid(minhash).to_numpy(zero_copy_only=False)
    values = np.zeros((len(ids), num_perm), dtype=np.uint32)
    if present.any():
        flat = pc.list_flatten(minhash).to_numpy(zero_copy_only=False)
        values[present] = flat.astype(np.uint32).reshape(-1, num_perm)
    signed = present & fresh
    stale = np.flatnonzero(~fresh).tolist()
    missing = [i for i in stale if seqs[i] < 0]
    next_seq = int(seqs.max()) + 1 if len(seqs) else 0
    for i in missing:
        seqs[i], next_seq = next_seq, next_seq + 1
    for start in range(0, len(stale), _SIGN_CHUNK):
        chunk = stale[start : start + _SIGN_CHUNK]
        texts = _texts(store, [ids[i] for i in chunk])
        rewritten: list[dict[str, Any]] = []
        for i in chunk:
            signature = signer(texts[ids[i]])
            if signature is not None:
                values[i], signed[i] = signature, True
            rewritten.append(signature_row(ids[i], int(seqs[i]), hashes[i], scheme, signature))
        store.replace_signatures(rewritten)
    stored = StoredSignatures(ids, seqs, hashes, values, signed, bands=bands, threshold=threshold)
    if missing:
        _link_unlinked(
            store,
            stored,
            [(ids[i], int(seqs[i]), hashes[i], values[i] if signed[i] else None) for i in missing],
        )
    return stored


def _link_unlinked(
    store: Store, stored: StoredSignatures, signed_now: list[tuple[str, int, str, np.ndarray | None]]
) -> None:
    """Link articles signed for the first time that have no links yet (loaded from a Spark run, or
    stored by a version that linked copies only within a run) to the earlier stored articles."""
    cursor = store.con.cursor()
    linked = {row[0] for row in cursor.execute("SELECT DISTINCT article_id FROM article_links").fetchall()}
    cursor.close()
    rows: list[dict[str, Any]] = []
    for article_id, seq, content_hash, values in signed_now:
        if article_id in linked:
            continue
        first = stored.first_with_hash(content_hash)
        if first is not None and first[0] != article_id and first[1] < seq:
            found = [(first[0], "exact", 1.0)]
        elif values is not None:
            found = sorted(stored.near(values, before=seq, exclude=article_id), key=lambda f: (-f[2], f[0]))
        else:
            found = []
        rows += [
            {"article_id": article_id, "other_id": o, "kind": k, "similarity": sim} for o, k, sim in found
        ]
    if rows:
        store.write_rows({"article_links": rows})


def _texts(store: Store, ids: list[str]) -> dict[str, str]:
    """Stored bodies of these articles."""
    cursor = store.con.cursor()
    cursor.register("_basma_sign", pa.table({"id": ids}))
    rows = cursor.execute("SELECT id, text FROM articles WHERE id IN (SELECT id FROM _basma_sign)").fetchall()
    cursor.close()
    return {article_id: text or "" for article_id, text in rows}
