"""The stored-signature band table finds exactly the near-duplicates datasketch's LSH finds."""

from __future__ import annotations

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from basma.batch import LinkIndex
from basma.clean import build_article
from basma.ingest import iter_inputs, sample_paths
from basma.records import Rejection
from basma.store.signatures import StoredSignatures


def _bodies() -> list[str]:
    """The sample articles plus variants that drop their first or last paragraphs, so that many
    pairs fall on both sides of the threshold."""
    bodies = []
    for item in iter_inputs(sample_paths()):
        if isinstance(item, Rejection):
            continue
        text = build_article(item).text
        paragraphs = text.split("\n")
        bodies.append(text)
        if len(paragraphs) > 3:
            bodies.append("\n".join(paragraphs[1:]))
            bodies.append("\n".join(paragraphs[: len(paragraphs) // 2 + 1]))
    return bodies


def test_band_table_matches_datasketch_lsh_on_the_samples() -> None:
    index = LinkIndex()
    minhashes = [(f"a{i}", index.run.signature(body)) for i, body in enumerate(_bodies())]
    signed = [(key, minhash) for key, minhash in minhashes if minhash is not None]
    ids = [key for key, _ in signed]
    values = np.stack([np.asarray(m.hashvalues, dtype=np.uint32) for _, m in signed])
    lsh = MinHashLSH(threshold=index.stored.threshold, num_perm=values.shape[1])
    table = StoredSignatures(
        ids,
        np.arange(len(ids), dtype=np.int64),
        [""] * len(ids),
        values,
        np.ones(len(ids), dtype=bool),
        bands=lsh.hashranges,
        threshold=index.stored.threshold,
    )
    lsh_minhash: dict[str, LeanMinHash] = {}
    expected_pairs = found_pairs = 0
    for seq, (key, minhash) in enumerate(signed):
        expected = (
            {
                (other, round(minhash.jaccard(lsh_minhash[other]), 3))
                for other in lsh.query(minhash)
                if minhash.jaccard(lsh_minhash[other]) >= index.stored.threshold
            }
            if seq
            else set()
        )
        found = {(other, sim) for other, kind, sim in table.near(values[seq], before=seq)}
        assert found == expected, key
        expected_pairs += len(expected)
        found_pairs += len(found)
        lsh.insert(key, minhash)
        lsh_minhash[key] = minhash
    assert found_pairs == expected_pairs > 50
