"""Generate the inflected forms of a trigger from its dictionary forms.

The lexicon stores one verb as its perfect and imperfect third-person masculine singular (``زار``,
``يزور``) and one noun as its singular or plural; the forms that occur in news text (persons, gender,
number, moods, passive where the script shows it, pronoun suffixes on verbal nouns, the article) are
produced here. Everything works on normalised strings (``basma.text.normalise``): the ta marbuta is
``ه`` and the alef maqsura ``ي``, so a final ``ه`` of a noun is read as a ta marbuta.

Only third persons and the first-person plural are produced for verbs: those are what news reports
use (the first-person singular and the second persons occur in quotes, where basma does not code
events).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class VerbClass(StrEnum):
    """How a verb's stem changes when it is inflected."""

    SOUND = "sound"  # استقبل / يستقبل
    HOLLOW = "hollow"  # زار / يزور: the long middle vowel drops in closed syllables
    DEFECTIVE = "defective"  # التقى / يلتقي, دعا / يدعو: the final weak letter changes
    DOUBLED = "doubled"  # شن / يشن: the doubled consonant splits before consonant suffixes


@dataclass(frozen=True, slots=True)
class Form:
    """One generated surface form (normalised) and what it is grammatically."""

    text: str
    pos: str  # verb, noun
    tense: str = ""  # perfect, imperfect, jussive ("" for nouns)
    passive: bool = False
    plural_subject: bool = False
    suffixed: bool = False  # a pronoun suffix: a noun's possessor (زيارته) or a verb's object (استقبله)
    future: bool = False  # carries the future prefix سـ
    plain: bool = False  # never written with a shadda: one on the token makes it another word (وعدّ)


_LONG_VOWELS = "اوي"
_NOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "نا")


def _drop_middle_long_vowel(word: str) -> str:
    """``زار`` -> ``زر``, ``يزور`` -> ``يزر``, ``استضاف`` -> ``استضف``: the hollow short stem."""
    for i in range(len(word) - 2, 0, -1):
        if word[i] in _LONG_VOWELS:
            return word[:i] + word[i + 1 :]
    return word


def _join(stem: str, suffix: str) -> str:
    """Attach a suffix; a stem-final ن and a suffix-initial ن are written once (أعلنّا، شنَنّا)."""
    if stem.endswith("ن") and suffix.startswith("ن"):
        return stem + suffix[1:]
    return stem + suffix


def perfect_forms(pf: str, cls: VerbClass) -> list[Form]:
    """Perfect active forms: 3ms, 3fs, 3mp, 3md, 3fd, 3fp, 1p."""
    forms: list[tuple[str, bool]] = []
    if cls is VerbClass.DEFECTIVE:
        stem, last = pf[:-1], pf[-1]
        glide = "و" if last == "ا" else "ي"
        forms = [(pf, False), (stem + "ت", False), (stem + "تا", True), (stem + "وا", True)]
        forms += [(stem + glide + "ا", True), (stem + glide + "نا", True), (stem + glide + "ن", True)]
    elif cls is VerbClass.HOLLOW:
        short = _drop_middle_long_vowel(pf)
        forms = [(pf, False), (pf + "ت", False), (pf + "تا", True), (pf + "وا", True), (pf + "ا", True)]
        forms += [(_join(short, "نا"), True), (_join(short, "ن"), True)]
    else:
        closed = pf + pf[-1] if cls is VerbClass.DOUBLED else pf
        forms = [(pf, False), (pf + "ت", False), (pf + "تا", True), (pf + "وا", True), (pf + "ا", True)]
        forms += [(_join(closed, "نا"), True), (_join(closed, "ن"), True)]
    return [Form(text, "verb", "perfect", plural_subject=plural) for text, plural in forms]


def _imperfect_bodies(ipf: str) -> tuple[str, str]:
    """Split ``يزور`` into prefix ``ي`` and body ``زور``."""
    return ipf[0], ipf[1:]


def imperfect_forms(ipf: str, cls: VerbClass) -> list[Form]:
    """Imperfect indicative and jussive/subjunctive forms for 3rd persons and 1st plural."""
    _, body = _imperfect_bodies(ipf)
    out: list[Form] = []

    def add(text: str, tense: str, plural: bool = False) -> None:
        out.append(Form(text, "verb", tense, plural_subject=plural))

    if cls is VerbClass.DEFECTIVE:
        stem, last = body[:-1], body[-1]
        for prefix in ("ي", "ت", "ن"):
            add(prefix + body, "imperfect")
            if prefix != "ن":
                add(prefix + stem, "jussive")  # لم يلتق (the 1st plural would be نلتق, rare and ambiguous)
        glide = "و" if last == "و" else "ي"
        add("ي" + stem + "ون", "imperfect", True)
        add("ت" + stem + "ون", "imperfect", True)
        add("ي" + stem + "وا", "jussive", True)
        add("ي" + stem + glide + "ان", "imperfect", True)
        add("ت" + stem + glide + "ان", "imperfect", True)
        return out
    jussive_body = _drop_middle_long_vowel(body) if cls is VerbClass.HOLLOW else body
    for prefix in ("ي", "ت", "ن"):
        add(prefix + body, "imperfect")
        if jussive_body != body:
            add(prefix + jussive_body, "jussive")
    for prefix in ("ي", "ت"):
        add(prefix + body + "ون", "imperfect", True)
        add(prefix + body + "ان", "imperfect", True)
        add(prefix + body + "وا", "jussive", True)
        add(prefix + body + "ا", "jussive", True)
    return out


def passive_forms(pf: str, ipf: str, cls: VerbClass) -> list[Form]:
    """Passive forms whose unvocalised spelling differs from the active one.

    Sound verbs write their passive like their active (قصف / قُصف); the coder recognises those from
    the vowel marks when the text has them and from the sentence structure otherwise.
    """
    out: list[Form] = []
    if cls is VerbClass.DEFECTIVE:
        stem = pf[:-1]
        for text, plural in ((stem + "ي", False), (stem + "يت", False), (stem + "وا", True)):
            out.append(Form(text, "verb", "perfect", passive=True, plural_subject=plural))
    elif cls is VerbClass.HOLLOW and len(pf) == 3:
        out.append(Form(pf[0] + "ي" + pf[2], "verb", "perfect", passive=True))
        out.append(Form(pf[0] + "ي" + pf[2] + "ت", "verb", "perfect", passive=True))
    return out


_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")


def object_suffix_forms(pf: str, ipf: str | None, cls: VerbClass) -> list[Form]:
    """Verbs carrying an object pronoun (استقبله، زارها، التقاه، يستقبلهم)."""
    bases: list[tuple[str, str]] = []
    if cls is VerbClass.DEFECTIVE:
        stem = pf[:-1]
        bases += [(stem + "ا", "perfect"), (stem + "ت", "perfect"), (stem + "و", "perfect")]
        if ipf:
            bases += [(ipf, "imperfect"), ("ت" + ipf[1:], "imperfect")]
    else:
        bases += [(pf, "perfect"), (pf + "ت", "perfect"), (pf + "و", "perfect")]
        if ipf:
            bases += [(ipf, "imperfect"), ("ت" + ipf[1:], "imperfect")]
    return [Form(b + s, "verb", tense, suffixed=True) for b, tense in bases for s in _OBJECT_SUFFIXES]


def future_forms(ipf: str | None, cls: VerbClass) -> list[Form]:
    """The future prefix written on the imperfect (سيزور، ستعقد، سيلتقون)."""
    if not ipf:
        return []
    return [
        Form("س" + f.text, "verb", "imperfect", plural_subject=f.plural_subject, future=True)
        for f in imperfect_forms(ipf, cls)
        if f.tense == "imperfect"
    ]


def verb_forms(
    pf: str, ipf: str | None, cls: VerbClass, passive: bool = True, plain: bool = False
) -> list[Form]:
    """All forms of one verb; ``plain`` marks each as never written with a shadda."""
    forms = perfect_forms(pf, cls)
    if ipf:
        forms += imperfect_forms(ipf, cls)
    forms += future_forms(ipf, cls)
    forms += object_suffix_forms(pf, ipf, cls)
    if passive:
        forms += passive_forms(pf, ipf or "", cls)
    seen: set[str] = set()
    unique = []
    for form in forms:
        if form.text not in seen:
            seen.add(form.text)
            unique.append(replace(form, plain=True) if plain else form)
    return unique


def noun_forms(noun: str) -> list[Form]:
    """A verbal noun with and without the article, with pronoun suffixes and the accusative alef."""
    out = [Form(noun, "noun")]
    if not noun.startswith("ال"):
        out.append(Form("ال" + noun, "noun"))
    if noun.endswith("ه"):
        bound = noun[:-1] + "ت"
    elif noun.endswith("ات") or noun.endswith("ي") or noun.endswith("ا"):
        bound = noun
    else:
        bound = noun
        if not noun.endswith("ء"):
            out.append(Form(noun + "ا", "noun"))  # اتفاقا, هجوما: the accusative indefinite
    out.extend(Form(bound + suffix, "noun", suffixed=True) for suffix in _NOUN_SUFFIXES)
    if noun.endswith("ه"):
        out.append(Form(noun[:-1] + "تين", "noun"))  # the dual: زيارتين
    return out
