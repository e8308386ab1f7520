"""Duplicate articles: exact copies by content hash, near copies by MinHash over word shingles.

Wire stories are republished with a different header, dateline or closing line; their bodies
stay mostly the same. Duplicates are returned as links (other article id, kind, similarity) for
the store to record, never dropped, so analysis can count independent outlets.
"""

from __future__ import annotations

import re
import zlib

from datasketch import LeanMinHash, MinHash, MinHashLSH

from basma.records import Article
from basma.text.normalise import normalise

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 3) -> set[bytes]:
    """Overlapping runs of ``size`` normalised words, as bytes for hashing."""
    words = _WORD.findall(normalise(text).lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class DuplicateIndex:
    """Links each added article to the earlier ones it copies exactly or nearly.

    :param threshold: estimated Jaccard similarity of word shingles from which two bodies count
        as near-duplicates (0.8 keeps wire copies with a new lead paragraph, not follow-up stories).
    :param num_perm: MinHash permutations; more is more precise and slower.
    :param min_shingles: bodies shorter than this are only compared exactly (a few shared words
        say nothing about copying).
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 64, min_shingles: int = 8) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.min_shingles = min_shingles
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._by_hash: dict[str, str] = {}
        self._signatures: dict[str, LeanMinHash] = {}
        # drawn once (seeded, so signatures are the same in every process) and shared by all
        template = MinHash(num_perm=num_perm, hashfunc=zlib.crc32)
        self._permutations, self._scheme = template.permutations, template.scheme

    def __len__(self) -> int:
        return len(self._signatures)

    def signature(self, text: str) -> LeanMinHash | None:
        """The MinHash of a body, or None when it is too short to compare."""
        grams = shingles(text)
        if len(grams) < self.min_shingles:
            return None
        minhash = MinHash(
            num_perm=self.num_perm, hashfunc=zlib.crc32, permutations=self._permutations, scheme=self._scheme
        )
        minhash.update_batch(list(grams))
        return LeanMinHash(minhash)

    def add(self, article: Article) -> list[tuple[str, str, float]]:
        """Index ``article``; return ``(other_id, "exact" | "near", similarity)`` for earlier copies."""
        links: list[tuple[str, str, float]] = []
        first = self._by_hash.get(article.content_hash) if article.content_hash else None
        if first is not None and first != article.id:
            return [(first, "exact", 1.0)]
        if article.content_hash:
            self._by_hash.setdefault(article.content_hash, article.id)
        if article.id in self._signatures:
            return links
        signature = self.signature(article.text)
        if signature is None:
            return links
        for other in self._lsh.query(signature):
            similarity = signature.jaccard(self._signatures[other])
            if other != article.id and similarity >= self.threshold:
                links.append((other, "near", round(similarity, 3)))
        self._lsh.insert(article.id, signature)
        self._signatures[article.id] = signature
        return sorted(links, key=lambda link: (-link[2], link[0]))
