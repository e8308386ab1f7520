"""A small, explainable language identifier for the languages Arabic news pages are written in.

Only Arabic (ar), English (en), French (fr), Persian (fa), Urdu (ur), Hebrew (he) and Turkish (tr)
are considered. The script decides first (Arabic script, Hebrew, Latin); inside the Arabic script
the letters Persian and Urdu add (پ چ ژ گ ک ی, ٹ ڈ ڑ ں ے) and each language's stop words decide,
so that a Persian or Urdu page is never taken for Arabic; inside Latin, stop words and the
accented letters of French and Turkish decide. The result is ``und`` when a text has too few
letters to say.
"""

from __future__ import annotations

import re

from basma.clean.data import language_evidence

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS = {
    "arabic": re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"),
    "hebrew": re.compile("[\u05d0-\u05ea]"),
    "latin": re.compile("[A-Za-z\u00c0-\u024f]"),
}
_MIN_LETTERS = 20
_SAMPLE = 3000


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


def _count_chars(chars: frozenset[str], text: str) -> int:
    return sum(text.count(ch) for ch in chars)


def identify(text: str) -> str:
    """Return the ISO 639-1 code of the text's main language, or ``und`` when unsure."""
    sample = text[:_SAMPLE]
    scripts = {name: _count(pattern, sample) for name, pattern in _SCRIPTS.items()}
    if sum(scripts.values()) < _MIN_LETTERS:
        return "und"
    script = max(scripts, key=lambda name: scripts[name])
    if script == "hebrew":
        return "he"
    words = [w.lower() for w in _WORD.findall(sample)]
    if script == "arabic":
        return _arabic_script_language(sample, words, scripts["arabic"])
    return _latin_language(sample, words, scripts["latin"])


def _stopword_hits(words: list[str], langs: tuple[str, ...]) -> dict[str, int]:
    evidence = language_evidence()
    return {lang: sum(1 for w in words if w in evidence.stopwords.get(lang, ())) for lang in langs}


def _arabic_script_language(text: str, words: list[str], letters: int) -> str:
    evidence = language_evidence()
    persian = _count_chars(evidence.letters["fa"], text) / max(letters, 1)
    urdu = _count_chars(evidence.letters["ur"], text) / max(letters, 1)
    if persian == 0 and urdu == 0:
        return "ar"  # Persian and Urdu cannot be written without their own letters (ی alone is everywhere)
    hits = _stopword_hits(words, ("ar", "fa", "ur"))
    # Arabic written with a Persian keyboard shows ی and ک, but keeps Arabic stop words; real
    # Persian and Urdu texts also have their own letters in every few words.
    if urdu > 0.01 and hits["ur"] >= hits["ar"]:
        return "ur"
    if persian > 0.02 and hits["fa"] + hits["ur"] >= hits["ar"]:
        return "ur" if hits["ur"] > hits["fa"] else "fa"
    if hits["fa"] > 2 * max(hits["ar"], 1):
        return "fa"
    if hits["ur"] > 2 * max(hits["ar"], 1):
        return "ur"
    return "ar"


def _latin_language(text: str, words: list[str], letters: int) -> str:
    evidence = language_evidence()
    hits = _stopword_hits(words, ("en", "fr", "tr"))
    letters = max(letters, 1)
    hits["tr"] += int(200 * _count_chars(evidence.letters["tr"], text) / letters)
    hits["fr"] += int(50 * _count_chars(evidence.letters["fr"], text) / letters)
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] > 0 else "und"
