"""Which sense an attack word has: force, or words.

Arabic news uses the same verbs and nouns for an armed attack and for a verbal one: هاجم الوزير
تصريحات نظيره، شنّ هجوماً حاداً على الحكومة، التصريحات التي هاجم فيها روسيا. PLOVER codes the second
as criticism (ACCUSE, mode disapprove; CAMEO 111), not as ASSAULT. For lexicon senses marked
``speech`` the attack is read as words when

- what is attacked right after the trigger (or after its على) is something said or decided
  (``speech_targets``: تصريحات، موقف، الاتفاق، وسائل الإعلام);
- an adjective of tone follows the noun (``speech_tones``: حاداً، لاذعاً، كلامياً);
- words of speech stand near it in its sentence (``speech_words``: في تصريحات، عبر تويتر،
  التصريحات التي هاجم فيها) and do not report it (قال في بيان إنّ ...، قائلاً: «...»), or the
  attacker goes on speaking after it (``speech_followers``: واصفاً، معتبراً، واتهمه); a bare
  noun with no support verb (منذ هجوم سوروتش) is read as words only by its target or tone,

and no word of force (``force_words``: مسلحون، بالصواريخ، قذائف، ثكنة) stands in its clause.
"""

from __future__ import annotations

from basma.events.candidates import Candidate
from basma.events.view import SentenceView

SPEECH_TYPE = "ACCUSE"
SPEECH_MODE = "disapprove"
BEFORE = 8  # "التصريحات التي هاجم فيها": speech words before the trigger, this far back
AFTER = 12  # "هاجم الوزير ... واصفا إياها": and after it
TONE_WINDOW = 3


def _span_words(view: SentenceView, start: int, end: int) -> list[tuple[int, str]]:
    """Tokens (without and with their clitics) and the two-word phrases that start at each."""
    out: list[tuple[int, str]] = []
    for i in range(max(view.start, start), min(view.end, end)):
        out.append((i, view.norm(i)))
        if view.norms[i] != view.norm(i):
            out.append((i, view.norms[i]))  # with its clitics: "واتهمها"
        if i + 1 < view.end:
            out.append((i, f"{view.norm(i)} {view.norm(i + 1)}"))
    return out


def _in(view: SentenceView, word: str, name: str) -> bool:
    return word in view.lex.words.get(name, frozenset())


def verbal_attack(view: SentenceView, cand: Candidate) -> str:
    """Why the attack at ``cand`` is made in words ("" when it is not, or the sense has no
    ``speech`` reading)."""
    if not cand.entry.speech:
        return ""
    clause = view.clause_of(cand.start)
    for i, word in _span_words(view, cand.start - BEFORE, cand.end + AFTER):
        if view.clause_of(i) == clause and _in(view, word, "force_words"):
            return ""
    target = cand.end
    if target < view.end and view.norm(target) in ("علي", "ضد"):
        target += 1
    on_words = target < view.end and view.clause_of(target) == clause
    if on_words and _in(view, view.norm(target), "speech_targets"):
        return f"what is attacked is said or decided ({view.norm(target)!r})"
    for i, word in _span_words(view, cand.end, cand.end + TONE_WINDOW):
        if view.clause_of(i) == clause and _in(view, word, "speech_tones"):
            return f"a tone of words ({word!r})"
    if not cand.verbal and cand.support is None:
        return ""  # "منذ هجوم سوروتش": a bare noun names the attack; only its target or tone tells
    for i, word in _span_words(view, cand.start - BEFORE, cand.end + AFTER):
        if cand.start <= i < cand.end:
            continue
        if i > cand.start and _in(view, word, "speech_followers"):
            return f"the attacker goes on speaking ({word!r})"
        if not _in(view, word, "speech_words"):
            continue
        if i < cand.start and _reports(view, i, cand.start):
            continue  # "قال في تصريحات إن مسلحين هاجموا ...": the speech reports the attack
        return f"words of speech around it ({word!r})"
    return ""


def _reports(view: SentenceView, start: int, end: int) -> bool:
    """Whether a complementiser or a quotation stands between a speech word and the trigger
    (قال في تصريحات إن ...، قائلاً: «...»)."""
    return any(
        view.is_word(i, "complementizers") or view.token(i).norm in QUOTE_MARKS for i in range(start + 1, end)
    )


QUOTE_MARKS = frozenset({":", "«", '"', "“", "»", "”"})
