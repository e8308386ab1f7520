"""Place-like names the gazetteer does not know: candidates to add to the data files.

A word right after a place noun ("بلدة كفرنبل", "مخيم الهول") is almost always a place name, so
the ones the gazetteer cannot resolve are the most useful additions. Counting them over a whole
database ranks them by how much coverage each would buy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from basma.places import cues
from basma.places.gazetteer import Gazetteer, gazetteer
from basma.text import normalise, tokenize

# Place nouns that introduce a proper name (not "منطقة" or "العاصمة", which mostly take adjectives).
_INTRODUCERS = frozenset(normalise(w) for w in str.split("مدينة بلدة قرية مخيم محافظة ولاية إقليم حي ناحية"))
_ADJECTIVE_ENDINGS = (normalise("ية"), "ي")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One unknown place-like name: its normalised key, a surface example and how often it came up."""

    key: str
    example: str
    count: int


def unresolved_names(texts: Iterable[str], gaz: Gazetteer | None = None) -> Counter[tuple[str, str]]:
    """Count (normalised name, surface example) pairs after place nouns that the gazetteer misses."""
    gaz = gaz or gazetteer()
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[str, str] = {}
    for text in texts:
        tokens = tokenize(text)
        for i, token in enumerate(tokens[:-1]):
            if token.base not in _INTRODUCERS and token.norm not in _INTRODUCERS:
                continue
            name = tokens[i + 1]
            key = name.norm  # a name after a place noun seldom carries a clitic ("بلدة كفرنبل")
            if key in gaz.index or name.base in gaz.index or key in cues.PLACE_NOUNS or len(key) < 3:
                continue
            if key.startswith("ال") and key.endswith(_ADJECTIVE_ENDINGS):
                continue  # "المدينة الساحلية": an adjective, not a name
            examples.setdefault(key, name.span.text)
            counts[(key, examples[key])] += 1
    return counts


def top_unresolved(texts: Iterable[str], limit: int = 30) -> list[Candidate]:
    """The most frequent unknown place-like names, most frequent first."""
    return [
        Candidate(key, example, count) for (key, example), count in unresolved_names(texts).most_common(limit)
    ]
