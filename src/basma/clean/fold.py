"""Folding text into a comparison key, shared by the furniture lexicon and the article lines.

Article text is never rewritten with these keys: they only decide whether a line is furniture or
whether two texts are the same. The key builds on ``basma.text.normalise`` (the project's one
normalisation) and then drops punctuation and spacing differences, which carry no meaning for
telling a "اقرأ أيضاً:" from an "إقرأ ايضا".
"""

from __future__ import annotations

import re

from basma.text.normalise import normalise

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Comparison key: normalised, lower-cased, punctuation removed, single spaces."""
    return _NON_WORD.sub(" ", normalise(text).lower()).strip()


def squeeze(text: str) -> str:
    """Collapse runs of whitespace to one space and trim (keeps punctuation and letters)."""
    return _SPACE.sub(" ", text).strip()
