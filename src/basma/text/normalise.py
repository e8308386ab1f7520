"""One normalisation function for article tokens and every lexicon entry alike.

Matching in basma compares normalised forms on both sides, so the same function must run over the
article's words and over every knowledge-base and lexicon entry. It folds the spelling variation of
news Arabic that carries no meaning for matching: hamza seats and alef variants, alef maqsura,
ta marbuta, tatweel, diacritics (the shadda included), presentation-form letters, Arabic-Indic and
Persian digits, typographic quotes and dashes, and invisible bidi and joiner controls. It never
touches ``Article.text``: the result sits beside the text, on tokens.

Decisions worth knowing:

* ``أ إ آ ٱ`` become ``ا``; ``ؤ`` and ``ئ`` become the bare hamza ``ء``, so that the Levantine and
  Egyptian spellings of the same word (``مسؤول`` / ``مسئول``, ``شؤون`` / ``شئون``) meet.
* ``ى`` becomes ``ي`` and ``ة`` becomes ``ه``.
* Latin letters are lower-cased, so "ISIS" and "isis" meet.
* Runs of white space collapse to one space and the ends are stripped.
"""

from __future__ import annotations

import re
import unicodedata

# Characters removed outright: Arabic diacritics (harakat, tanwin, shadda, sukun, hamza marks,
# superscript alef), Quranic annotation marks, tatweel, and invisible direction/joiner controls.
_REMOVED = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06e7", "\u06e8"]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + ["\u061c", "\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_MAPPED = {
    # alef and hamza seats
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "ء",
    "ئ": "ء",
    # yeh, teh marbuta, heh and kaf variants (Arabic and Persian/Urdu letters)
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ۃ": "ه",
    "ھ": "ه",
    "ک": "ك",
    # Arabic punctuation that has a plain equivalent
    "٫": ".",
    "٬": ",",
    "٪": "%",
    "٭": "*",
    # typographic quotes
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "‹": "'",
    "›": "'",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    # dashes and minus signs
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "﹣": "-",
    "…": "...",
}
# Arabic-Indic (U+0660..) and extended/Persian (U+06F0..) digits to ASCII.
_MAPPED.update({chr(0x0660 + i): str(i) for i in range(10)})
_MAPPED.update({chr(0x06F0 + i): str(i) for i in range(10)})
# Exotic spaces become a plain space so that phrases split the same way everywhere.
_MAPPED.update({c: " " for c in "\u00a0\u1680\u202f\u205f\u3000"})
_MAPPED.update({chr(c): " " for c in range(0x2000, 0x200B)})
# ASCII letters are lower-cased in the same lookup (Arabic has no case; other scripts stay as they are).
_MAPPED.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

_BASE: dict[int, str | None] = {ord(c): None for c in _REMOVED}
_BASE.update({ord(k): v for k, v in _MAPPED.items()})


def _compat_entries() -> dict[int, str]:
    """Fold Arabic presentation forms and full-width forms through their NFKC decomposition.

    Each compatibility character is decomposed on its own (never composed with its neighbours),
    and the result is folded again by the base table, so ``ﻷ`` becomes ``لا`` in one lookup.
    Spaces that some isolated forms decompose to (``ﹰ`` is space + fathatan) are dropped.
    """
    entries = {}
    for ranges in ((0xFB50, 0xFE00), (0xFE70, 0xFF00), (0xFF00, 0xFFF0)):
        for code in range(*ranges):
            char = chr(code)
            if code in _BASE:
                continue
            folded = unicodedata.normalize("NFKC", char)
            if folded != char:
                entries[code] = folded.translate(_BASE).replace(" ", "")
    return entries


TABLE: dict[int, str | None] = {**_BASE, **_compat_entries()}

# Characters whose folded form is not exactly one character: only words holding one of these need
# the slow, character-by-character offset map when clitic segments are cut.
UNEVEN = re.compile(
    "[" + "".join(re.escape(chr(k)) for k, v in sorted(TABLE.items()) if v is None or len(v) != 1) + "]"
)
_SPACE_RUN = re.compile(r"\s{2,}|^\s|\s$")


def fold_word(s: str) -> str:
    """Normalise one token (the hot path): equal to :func:`normalise` on text without white space.

    Folding works character by character, so the folded form of a word is the concatenation of
    the folded forms of its characters; clitic segments rely on that to map offsets back.
    """
    return s.translate(TABLE)


def normalise(s: str) -> str:
    """Return the matching form of ``s``: deterministic, idempotent and cheap.

    :param s: any text: a word, a phrase from a lexicon, a whole sentence.
    :returns: the normalised form; ``normalise(normalise(s)) == normalise(s)``.
    """
    out = s.translate(TABLE)
    if _SPACE_RUN.search(out):
        out = " ".join(out.split())
    return out
