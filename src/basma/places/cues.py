"""Small closed word lists that tell a place reading apart from other readings of a name.

These are grammar, not lexicon: a handful of prepositions and place nouns that every Arabic news
sentence uses, kept here beside the code that reads them. Lists that grow with the world (names,
exceptions, regions) live in ``basma/data/places``.
"""

from __future__ import annotations

from basma.records import SegmentKind, Token
from basma.text import normalise


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalise(w) for w in words.split())


# A separate word before a name that makes it a place ("في دمشق", "قرب حلب").
LOCATIVE_WORDS = _norm_set(
    "في إلى الى من داخل خارج عبر قرب بالقرب نحو أنحاء انحاء لدى بين وسط حتى"
    " أرجاء ربوع عموم حدود أراضي أجزاء سواحل شواطئ"
)
# Place nouns before a name ("مدينة حمص", "العاصمة السورية دمشق" is handled by the adjective skip).
PLACE_NOUNS = _norm_set(
    "مدينة بلدة قرية مخيم محافظة منطقة مناطق مدن إقليم ولاية العاصمة عاصمة مطار ميناء ضواحي ضاحية أطراف"
    " حي أحياء شوارع سجن معبر مدينتي قضاء ناحية"
)
CAPITAL_NOUNS = _norm_set("العاصمة عاصمة")
# Compass words that make "north of X" a region of X.
DIRECTIONS = _norm_set("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط")
COUNTRYSIDE = _norm_set("ريف أرياف")
# Prepositions that make a place the setting of a clause ("في دمشق"), used by event location.
SETTING_WORDS = _norm_set("في داخل قرب بالقرب لدى وسط")
MOTION_WORDS = _norm_set("إلى الى نحو")
SOURCE_WORDS = _norm_set("من")
# Words after which a place is what a clause is about, not where it happens ("بشأن شرق الفرات").
TOPIC_WORDS = _norm_set(
    "بشأن حول عن ملف ملفات مصير مستقبل تجاه ضد بخصوص إزاء ازاء قضية مسألة وضع أوضاع اوضاع مناطق انتشار"
)
# Proclitic prepositions carried on the name itself ("بدمشق", "لموسكو").
CLITIC_SETTING = "ب"
CLITIC_DATIVE = "ل"


def is_locative_word(token: Token) -> bool:
    """Whether a token is a locative word; "وفي" counts as "في"."""
    return token.norm in LOCATIVE_WORDS or token.base in LOCATIVE_WORDS


def is_place_noun(token: Token) -> bool:
    """Whether a token is a place noun; the whole word counts too ("بلدة" is not ب + لدة)."""
    return token.base in PLACE_NOUNS or token.norm in PLACE_NOUNS


def proclitics(token: Token) -> str:
    """The proclitic letters of a token (``وبدمشق`` -> ``وب``), from its segments when it has them."""
    if token.segments:
        return "".join(
            s.norm
            for s in token.segments
            if s.kind in (SegmentKind.CONJUNCTION, SegmentKind.PREPOSITION, SegmentKind.FUTURE)
        )
    if token.norm.endswith(token.base):
        return token.norm[: len(token.norm) - len(token.base)]
    if token.base.startswith("ال") and token.norm.endswith(token.base[2:]):
        return token.norm[: len(token.norm) - len(token.base) + 1]  # لل + stem: the first ل is the clitic
    return ""


def clitic_preposition(token: Token) -> str:
    """The preposition clitic (ب، ل، ك) on a token, or ``""``."""
    return "".join(ch for ch in proclitics(token) if ch in "بلك")[-1:]
