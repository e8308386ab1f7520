"""Context cues: whether an ambiguous name is used as a name, and whether a place is a location.

"الوطن" is the Syrian daily only when the words around it say so (صحيفة "الوطن"، نقلت "الوطن");
"دمشق" after "في" is more likely the place than the government.
"""

from __future__ import annotations

from collections.abc import Sequence

from basma.actors.lexicon import AmbiguousName, Lexicon, bare
from basma.records import Token
from basma.text import normalise

QUOTES = frozenset("\"'«»“”„()[]")
REPORT_VERBS = frozenset(
    normalise(w)
    for w in [
        "نقلت",
        "نقل",
        "ذكرت",
        "ذكر",
        "قالت",
        "قال",
        "أفادت",
        "أفاد",
        "نشرت",
        "نشر",
        "أوردت",
        "أورد",
        "كشفت",
        "كشف",
        "بحسب",
        "حسب",
        "وفق",
        "وفقاً",
        "أكدت",
        "أشارت",
        "تقول",
        "يقول",
    ]
)
LOCATIVE = frozenset(normalise(w) for w in ["في", "إلى", "من", "عن", "داخل", "قرب", "نحو", "حتى"])


def is_quote(token: Token) -> bool:
    return token.norm in QUOTES


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.norm[:1].isalnum()]


def ambiguous_is_name(item: AmbiguousName, tokens: Sequence[Token], start: int, end: int) -> str | None:
    """The cue that makes tokens[start:end] the name in ``item``, or None when it is a common word.

    ``tokens`` is the article's full token list (punctuation included, so quotes can be seen).
    """
    before = _words(tokens[max(0, start - 6) : start])[-3:]
    after = _words(tokens[end : end + 4])[:2]
    for token in before:
        if token.base in item.cues_before or token.norm in item.cues_before:
            return f"cue-before:{token.base}"
    for token in after:
        if token.base in item.cues_after or token.norm in item.cues_after:
            return f"cue-after:{token.base}"
    quoted = start > 0 and is_quote(tokens[start - 1]) and end < len(tokens) and is_quote(tokens[end])
    if (
        item.report_verb
        and quoted
        and before
        and (before[-1].norm in REPORT_VERBS or before[-1].base in REPORT_VERBS)
    ):
        return f"quoted-after:{before[-1].base}"
    return None


def is_locative(tokens: Sequence[Token], start: int) -> bool:
    """Whether the word at ``start`` follows a preposition of place (في دمشق، بدمشق، لموسكو)."""
    token = tokens[start]
    prefix = token.norm[: len(token.norm) - len(token.base)] if token.norm.endswith(token.base) else ""
    if any(c in prefix for c in "بل"):
        return True
    previous = _words(tokens[max(0, start - 2) : start])
    return bool(previous) and previous[-1].norm in LOCATIVE


def is_place(lex: Lexicon, tokens: Sequence[Token], start: int) -> bool:
    """Whether a capital at ``start`` is the place rather than its government.

    A noun of place before it ("بقلب واشنطن"، "في شوارع القاهرة"، "مطار موسكو"), a preposition
    that only means "in" ("في"، "بـ"، "داخل"), or "إلى/من/لـ" after a verb of motion ("وصل إلى
    موسكو"، "عاد من الرياض") make it the place. "واشنطن ترفض" and "رسالة إلى واشنطن" do not.
    """
    token = tokens[start]
    previous = _words(tokens[max(0, start - 8) : start])
    if previous and bare(previous[-1].base) in lex.place_nouns:
        return True
    prefix = token.norm[: len(token.norm) - len(token.base)] if token.norm.endswith(token.base) else ""
    if "ب" in prefix or (previous and previous[-1].norm in lex.place_prepositions):
        return True
    moving = any(w.base in lex.motion_words or w.norm in lex.motion_words for w in previous[-4:])
    return moving and ("ل" in prefix or (bool(previous) and previous[-1].norm in LOCATIVE))
