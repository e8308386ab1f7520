"""Inflected forms of Arabic nisba adjectives (demonyms and sector words).

Data files give one masculine singular form (سوري، عسكري); news text uses all of them: with and
without the article, feminine, accusative with tanween alef (روسياً), sound plurals, duals.
Generating them here keeps the data files short and the coverage even.
"""

from __future__ import annotations

# Endings added to a nisba adjective ending in ي.
_ENDINGS = ("", "ة", "ا", "ون", "ين", "ات", "ان", "تان", "تين")


def nisba_forms(word: str, *, definite: bool = True) -> list[str]:
    """Every form of one nisba adjective, or of a multi-word one inflected word by word.

    >>> "السوريين" in nisba_forms("سوري")
    True
    """
    words = word.split()
    forms: list[str] = []
    for ending in _ENDINGS:
        inflected = [w + ending if w.endswith("ي") else w for w in words]
        forms.append(" ".join(inflected))
        if definite:
            forms.append(" ".join("ال" + w for w in inflected))
    return forms


def definite(word: str, *, feminine: bool) -> str:
    """The definite masculine or feminine singular: سوري -> السوري / السورية."""
    ending = "ة" if feminine else ""
    return " ".join("ال" + w + (ending if w.endswith("ي") else "") for w in word.split())


def plural_forms(plurals: list[str]) -> list[str]:
    """Irregular plurals with and without the article, and with tanween alef (روس، الروس، روساً)."""
    return [p for word in plurals for p in (word, "ال" + word, word + "ا")]
