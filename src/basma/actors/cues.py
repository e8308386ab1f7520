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


def _proclitics(token: Token) -> str:
    return token.norm[: len(token.norm) - len(token.base)] if token.norm.endswith(token.base) else ""


def _among(words: frozenset[str], token: Token) -> bool:
    return token.base in words or token.norm in words or bare(token.base) in words


def country_is_place(lex: Lexicon, tokens: Sequence[Token], start: int, foreign_rulers: bool = False) -> bool:
    """Whether a country's name at ``start`` is where something happens rather than the state.

    The setting words before it make it a place: "في سوريا"، "داخل لبنان"، "خارج اليمن"، "جنوب
    تركيا"، "أنحاء مصر"، "حدود الأردن" (groups.yaml: country_place_words, place_nouns); so do
    "إلى/من/عبر/لـ" after a verb of motion that is not a visit ("وصل إلى مصر"، "فر من سوريا")
    and "بـ" after passing, living or motion ("مرورا بتونس"، "المقيمين بمصر").
    "في" keeps the state after a word whose object "في" brings ("التدخل في سوريا"، "الثقة في
    مصر": in_object_heads) and after a noun of rulers ("السلطات في مصر": in_ruler_heads), where
    the country says whose rulers they are, unless a demonym or a name right before "في" says it
    (``foreign_rulers``: "السلطات الأمريكية في العراق" are American). "بـ" alone ("مرتبطة
    بإسرائيل"، "رحب بقطر") and "إلى" without motion ("رسالة إلى إيران") are not places.
    """
    token = tokens[start]
    k = start - 1
    while k >= 0 and is_quote(tokens[k]):
        k -= 1
    if k < 0 or not tokens[k].norm[:1].isalnum():
        return False  # a sentence or clause starts with it: "... المنطقة. مصر ذات البعد"
    previous = _words(tokens[max(0, start - 8) : start])
    moving = any(
        _among(lex.motion_words, w) and not _among(lex.visit_words, w) for w in previous[-4:]
    )  # a visit's country is its host ("زيارته لكينيا"), not a place passed through
    prefix = _proclitics(token)
    if "ب" in prefix or "ل" in prefix:
        return moving or any(_among(lex.country_place_verbs, w) for w in previous[-3:])
    last = previous[-1]
    if last.base == _IN:
        return not _in_is_governed(lex, previous[:-1], foreign_rulers)
    if "و" in prefix:
        return False  # "مع الإقليم والعراق": a new conjunct (lists of places: basma.actors.compose)
    if last.base in _MOTION_PREPOSITIONS or last.norm in _MOTION_PREPOSITIONS:
        part = previous[-3:-1]  # "أجزاء من سوريا"، "في الشمال الأوسط من ليبيا": a part of it
        if last.base == _FROM and part and _is_place_noun(lex, part[-1]):
            return True
        if last.base == _FROM and len(part) == 2 and part[-1].base.startswith("ال"):
            return part[0].base not in LOCATIVE and _is_place_noun(lex, part[0])  # not "في الإنتاج من"
        return moving
    if last.base.startswith("ال") and last.base not in lex.country_place_words:
        return False  # a place noun takes the country in construct ("أراضي العراق"), indefinite
    return _is_place_noun(lex, last)


def _is_place_noun(lex: Lexicon, token: Token) -> bool:
    return _among(lex.country_place_words, token) or bare(token.base) in lex.place_nouns


_IN = normalise("في")
_FROM = normalise("من")
_MOTION_PREPOSITIONS = frozenset(normalise(w) for w in ("إلى", "الى", "من", "عبر", "نحو"))


def _in_is_governed(lex: Lexicon, before: Sequence[Token], foreign_rulers: bool = False) -> bool:
    """Whether the words before "في" make the country after it an object or a ruler's country."""
    if not before:
        return False
    head = before[-1]
    if not foreign_rulers and _among(lex.in_ruler_heads, head):
        return True
    # one word may stand between: "السلطات الأمنية في"، "وزارة الدفاع في"
    if (
        not foreign_rulers
        and len(before) >= 2
        and head.base.startswith("ال")
        and _among(lex.in_ruler_heads, before[-2])
    ):
        return True
    # the doer may stand between: "تدخل حزب الله في سورية"، "التدخل العسكري الروسي في سوريا"
    for word in reversed(before[-4:]):
        if _among(lex.in_object_heads, word):
            return True
        if word.base in LOCATIVE or word.norm in LOCATIVE:
            return False
    return False
