"""Trigger candidates of a sentence: which lexicon sense each match is, and what governs it.

A verb trigger governs its own arguments. A noun trigger is governed by a support verb before it
when there is one (أجرى ... محادثات، فرض ... عقوبات): the support verb's subject is then the actor.
Nouns whose entry needs a support verb are dropped without one; nouns that name a topic (سبل
تعزيز التعاون، مصير العقوبات) or sit under an opinion frame are not events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from basma.events.lexicon import Hit, TriggerEntry
from basma.events.view import CLAUSE_BREAKS, Match, SentenceView, clitic_prep

SUPPORT_WINDOW = 8
DAMMA = "\u064f"


@dataclass
class Candidate:
    """One trigger match read as one lexicon sense."""

    entry: TriggerEntry
    hit: Hit
    start: int  # token range of the trigger
    end: int
    head: int  # the token whose verb governs the arguments (support verb, else the trigger)
    head_end: int
    verbal: bool
    support: Match | None = None
    support_hit: Hit | None = None
    passive: bool = False
    anchored: bool = False  # after قبل/خلال/بعد ...: a time anchor, not the news itself
    notes: list[tuple[str, str]] = field(default_factory=list)  # (field, rule) explanations

    @property
    def future(self) -> bool:
        return self.hit.form.future or (self.support_hit is not None and self.support_hit.form.future)


def _is_verbal_phrase(view: SentenceView, hit: Hit) -> bool:
    first = hit.form.text.split()[0]
    return any(h.form.pos == "verb" for h in view.lex.forms.get(first, ()))


def _find_support(view: SentenceView, match: Match, entry: TriggerEntry) -> tuple[Match, Hit] | None:
    clause = view.clause_of(match.start)
    for i in range(match.start - 1, max(view.start, match.start - SUPPORT_WINDOW) - 1, -1):
        if view.clause_of(i) != clause:
            break
        found = view.matches.get(i)
        if found is None:
            continue
        supports = found.of("support")
        for hit in supports:
            if hit.support is not None and hit.support.id in entry.support:
                return found, hit
        if supports:
            return None  # the nearest light verb governs: "علقت مساعداتها وفرضت عقوبات"
    return None


def _passive_surface(view: SentenceView, i: int) -> bool:
    """A damma on the first letters of the stem marks a written passive (قُصف، اُعتقل، يُستقبل)."""
    token = view.token(i)
    lead = len(token.norm) - len(token.base)
    return DAMMA in token.span.text[lead : lead + 4]


VERB_OPENERS = {
    "قد",
    "وقد",
    "فقد",
    "لقد",
    "كما",
    "ثم",
    "حيث",
    "اذ",
    "عندما",
    "بعدما",
    "فيما",
    "بينما",
    "حين",
    "كذلك",
    "ايضا",
}


COUNTED_TYPES = frozenset({"ASSAULT", "COERCE"})


def _counted_victims(view: SentenceView, cand: Candidate) -> bool:
    """'قتل اربعه جنود'، 'اعتقل 12 شخصا': a perfect attack or arrest verb followed at once by a count
    is the unvocalised passive of news style; an active verb would have its subject first."""
    form = cand.hit.form
    if cand.entry.type not in COUNTED_TYPES or not cand.verbal or cand.support is not None:
        return False
    if form.pos != "verb" or form.tense != "perfect" or form.suffixed or form.plural_subject:
        return False
    if any(g.end == cand.start and not g.prep for g in view.groups):
        return False  # "طاءرات التحالف قتلت 3042 عنصرا": the subject stands before the verb
    if view.bases[cand.head].endswith("ت"):
        return False  # "فقتلت 16 مسلحا": the feminine ending agrees with a subject named before
    after = cand.end
    if after >= view.end:
        return False
    if view.norm(after) == "ما" and view.norm(after + 1) == "لا":
        return True  # "قتل ما لا يقل عن 260 مقاتلا": an at-least count
    return view.token(after).norm.isdigit() or view.is_word(after, "count_words")


SHADDA = "\u0651"
TA_MARBUTA = "\u0629"
VOWEL_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652\u0640")  # not the shadda
NO_OBJECT_WORDS = "no_object_words"


def _surface_letters(view: SentenceView, i: int) -> str:
    """The token as written, without vowel marks and tatweel (the shadda is kept)."""
    return "".join(ch for ch in view.token(i).span.text if ch not in VOWEL_MARKS)


def _other_word(view: SentenceView, i: int, hit: Hit) -> str:
    """Why the token at ``i`` is another word than the trigger form ``hit`` ("" when it is not).

    Normalisation folds letters that tell words apart; the written token still shows them:
    - a verb never ends in a ta marbuta: طالبة "a student", لوحة "a painting", وعدة "and several",
      رحلة "a flight" are nouns, not طالبه/لوّحه/وعده/رحّله with an object pronoun;
    - a ``plain`` verb (وعد، زار) is never written with a shadda: وعدّ is "and counted", يزوّر "forges";
    - a whole token listed in ``not_tokens`` (وزارته "his ministry", لقمة "a morsel") is that word;
    - ب and ك never come before a verb (بسيدهم "with their master" is no future of هدم).
    """
    token = view.token(i)
    if token.norm in view.lex.words.get("not_tokens", frozenset()):
        return f"the token {token.norm!r} is another word"
    if hit.form.pos != "verb":
        return ""
    letters = _surface_letters(view, i)
    if letters.endswith(TA_MARBUTA):
        return "ta marbuta: a noun"
    if hit.form.plain and SHADDA in letters:
        return "a shadda this verb never has"
    if clitic_prep(token) in ("ب", "ك") and view.norms[i] != hit.form.text.split()[0]:
        return "a preposition before a verb"
    return ""


def _title(view: SentenceView, i: int, hit: Hit) -> bool:
    """'اللواء آصف شوكت': a noun that is also a title, right before a person's name, is the title."""
    if hit.form.pos != "noun" or not view.is_word(i, "titles_before_names"):
        return False
    return any(g.start == i + 1 and any(m.kind == "person" for m in g.mentions) for g in view.groups)


def _victim_passive(view: SentenceView, cand: Candidate) -> str:
    """Why a kill verb is the unvocalised passive ("" when it is not), for senses marked ``victims``.

    - ``قتل جندي تركي``، ``وقتل شاب``: a bare perfect right before a victim noun (`victim_nouns`)
      with no subject before it: news tells a killing by an unnamed hand this way;
    - ``1332 عراقيا قتلوا في ...``، ``الذي قتل في معارك``، ``وقتل خلال المواجهات``: a perfect followed
      at once by a preposition, a time word or the end of its clause has no object, and قتل always
      takes one when active, so the word before or after it is the victim.
    A pronoun object (قتله) or a subject right before with a count after (داعش قتل في الموصل 50
    شخصا) keeps the active reading.
    """
    form = cand.hit.form
    if not cand.entry.victims or not cand.verbal or cand.support is not None:
        return ""
    if form.pos != "verb" or form.tense != "perfect" or form.suffixed:
        return ""
    after = cand.end
    subject_before = any(g.end == cand.start and not g.prep for g in view.groups)
    if after >= view.end or view.token(after).norm in CLAUSE_BREAKS:
        return "no object: end of the clause"
    if view.is_word(after, "victim_nouns"):
        feminine = view.bases[cand.head].endswith("ت")
        return "" if subject_before or feminine or form.plural_subject else "a victim noun after the verb"
    no_object = view.is_word(after, "prepositions") or view.is_word(after, NO_OBJECT_WORDS)
    if not no_object:
        return ""
    clause = view.clause_of(cand.start)
    later = range(after + 1, min(view.end, after + 6))
    counted = any(
        view.clause_of(i) == clause and (view.token(i).norm.isdigit() or view.is_word(i, "count_words"))
        for i in later
    )
    return "" if subject_before and counted else "no object after the verb"


def _reads_as_noun(view: SentenceView, i: int) -> bool:
    """For a spelling that is both a verb and a noun (دعم، تعاون، بحث): is it the noun here?

    A preposition or the article on the token makes it a noun; so does a preceding word that is
    neither a clause opener, a negation, a complementiser, a date nor the end of a subject.
    """
    token = view.token(i)
    if clitic_prep(token) or token.base.startswith("ال"):
        return True
    j = i - 1
    if j < view.start or view.token(j).norm in CLAUSE_BREAKS or view.token(j).base in VERB_OPENERS:
        return False
    if any(view.is_word(j, name) for name in ("complementizers", "negators", "planned", "speculated")):
        return False
    after_subject = any(g.end == i for g in view.groups)
    after_date = any(view.token(j).start <= d.span.end <= token.start for d in view.doc.dates)
    return not (after_subject or after_date)


NEAR_WINDOW = 4


def _near(view: SentenceView, after: int, words: frozenset[str]) -> bool:
    """Is one of ``words`` within a few tokens after ``after``, in its clause (تراجعت X عن)?"""
    clause = view.clause_of(after - 1)
    for i in range(after, min(view.end, after + NEAR_WINDOW)):
        if view.clause_of(i) != clause:
            return False
        if view.norm(i) in words:
            return True
    return False


def _after_determiner(view: SentenceView, i: int) -> bool:
    """'اي بحث'، 'هذا الدعم' (but not 'كذلك ناقش': only the bare word, without clitics, counts)."""
    if i <= view.start:
        return False
    return view.token(i - 1).norm in view.lex.words.get("noun_determiners", frozenset())


def _choose(view: SentenceView, match: Match) -> Candidate | None:
    after = view.norm(match.end) if match.end < view.end else ""
    options: list[Candidate] = []
    # spellings the written token shows to be other words go first: "إدانة" is the noun only
    hits = [
        h
        for h in match.of("trigger")
        if not (_other_word(view, match.start, h) or _title(view, match.start, h))
    ]
    both = {h.form.pos for h in hits} >= {"verb", "noun"}
    if both:
        keep = "noun" if _reads_as_noun(view, match.start) else "verb"
        hits = [h for h in hits if h.form.pos in (keep, "phrase")]
    for hit in hits:
        entry = hit.entry
        if entry is None or after in entry.not_next:
            continue
        if entry.near and not _near(view, match.end, entry.near):
            continue
        if entry.not_near and _near(view, match.end, entry.not_near):
            continue
        if hit.form.pos == "verb" and _after_determiner(view, match.start):
            continue  # "اي بحث"، "هذا الدعم": a determiner makes the spelling a noun
        if (
            hit.form.pos == "verb"
            and hit.form.tense == "perfect"
            and view.norms[match.start] != hit.form.text.split()[0]
            and clitic_prep(view.token(match.start))
        ):
            continue  # "لدعاه": a preposition never comes before a perfect verb (بحثت is no ب + حثت)
        verbal = hit.form.pos == "verb" or (hit.form.pos == "phrase" and _is_verbal_phrase(view, hit))
        support = _find_support(view, match, entry) if entry.support and not verbal else None
        if support is None and not entry.standalone:
            continue
        if support is not None and any(g.start <= match.start < g.end for g in view.groups):
            continue  # "ارسلت القوات المسلحه المصريه ...": the noun is the participant itself
        cand = Candidate(entry, hit, match.start, match.end, match.start, match.end, verbal)
        if support is not None:
            cand.support, cand.support_hit = support
            cand.head, cand.head_end = support[0].start, support[0].end
            cand.verbal = cand.support_hit.form.pos == "verb"
            cand.notes.append(("type", f"support verb {support[1].support.id} + noun"))  # type: ignore[union-attr]
        options.append(cand)
    if not options:
        return None
    # a sense licensed by a support verb beats a free-standing one, the nearest verb first; then
    # lexicon order
    options.sort(key=lambda c: (c.support is None, -(c.support.start if c.support else 0)))
    cand = options[0]
    cand.passive = (
        cand.hit.form.passive
        or (cand.verbal and _passive_surface(view, cand.head))
        or _counted_victims(view, cand)
        or bool(_victim_passive(view, cand))
    )
    before = cand.head - 1
    if not cand.verbal and before >= view.start and view.is_word(before, "passive_aux"):
        cand.passive = True
    if not cand.verbal and before >= view.start and view.is_word(before, "anchor_preps"):
        cand.anchored = True
    return cand


def _opinion_start(view: SentenceView) -> int | None:
    """Where an analyst's reading or a prescription starts in the sentence (يرى محللون أن ...،
    تبدو ... كأنها، من الضروري أن ...، يجب أن ...)."""
    for i in range(view.start, view.end):
        if view.cue_at(i) & {"prescriptive", "wishes"} or view.is_word(i, "prescriptive"):
            return i  # "يجب ان ..."، "نأمل ان ...": what should or might happen
        if view.is_word(i, "opinion_verbs"):
            for j in range(i + 1, min(view.end, i + 7)):
                if (j < i + 3 and view.is_word(j, "opinion_subjects")) or view.is_word(j, "complementizers"):
                    return i
        if view.is_word(i, "appearance_verbs"):
            for j in range(i + 1, min(view.end, i + 8)):
                if view.is_word(j, "appearance_markers"):
                    return i
    return None


def _topic(view: SentenceView, cand: Candidate, earlier: list[Candidate]) -> str:
    """Why a noun trigger is only a topic or goal ("" when it is not)."""
    if cand.verbal or cand.support is not None:
        return ""
    for back in (1, 2):
        i = cand.start - back
        if i >= view.start and view.is_word(i, "topic_heads"):
            return f"topic head {view.norm(i)!r}"
    for other in earlier:
        if (
            other.entry.type == "CONSULT"
            and other.verbal
            and view.clause_of(other.start) == view.clause_of(cand.start)
        ):
            return f"topic of {other.entry.id}"
    return ""


def _embedded(view: SentenceView, cand: Candidate, earlier: list[Candidate]) -> str:
    """Why a trigger is the content of a request, threat or agreement ("" when it is not)."""
    embedding = view.lex.words.get("embedding_types", frozenset())
    for other in earlier:
        if other.entry.type in embedding and other.end <= cand.start and cand.start - other.end <= 8:
            if view.clause_of(other.start) == view.clause_of(cand.start) or not cand.verbal:
                return f"content of {other.entry.id}"
            gap = range(other.end, cand.start)
            if any(view.is_word(i, "complementizers") for i in gap):
                return f"content of {other.entry.id}"
    return ""


def _non_political(view: SentenceView, cand: Candidate) -> str:
    """Sport, culture and business clauses reuse political verbs (انسحب من السباق): not events.

    Sports words (المباراة، لكرة القدم، الاحتراف) make the whole sentence a sports item; the
    wider culture and business words only their clause.
    """
    clause = view.clause_of(cand.start)
    for i in range(view.start, view.end):
        if view.is_word(i, "sport_words") or "sport_words" in view.cue_at(i):
            return f"sports sentence ({view.norm(i)!r})"
        in_clause = view.clause_of(i) == clause
        if in_clause and (view.is_word(i, "non_political") or "non_political" in view.cue_at(i)):
            return f"non-political clause ({view.norm(i)!r})"
    return ""


def _state(view: SentenceView, cand: Candidate) -> str:
    """'يسيطر عليه'، 'المناطق التي سيطر عليها'، 'مناطق سيطرته': who holds a place, not who took it.

    For senses marked ``stative`` (control), the imperfect without a future marker, a verb right
    after a relative word and any form right after a holding frame (مناطق، الخاضعة، تحت) describe
    a state of affairs. News tells the taking itself in the perfect (سيطرت القوات على المدينة).
    """
    if not cand.entry.stative:
        return ""
    form = cand.hit.form
    if form.pos == "verb" and form.tense == "imperfect" and not cand.future:
        before = view.norm(cand.start - 1) if cand.start > view.start else ""
        if before not in view.lex.words.get("planned", frozenset()):
            return "imperfect control verb: a state"
    if cand.start > view.start and view.norm(cand.start - 1) in RELATIVE_WORDS:
        return "control verb in a relative clause: a state"
    for back in (1, 2):
        if cand.start - back >= view.start and view.is_word(cand.start - back, "state_frames"):
            return f"holding frame {view.norm(cand.start - back)!r}"
    return ""


RELATIVE_WORDS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _predicate(view: SentenceView, cand: Candidate) -> str:
    """'الضمان الاقوى هو نزع سلاح ...': a verbal noun after a copula is what a statement claims."""
    if cand.verbal or cand.support is not None or cand.start <= view.start:
        return ""
    if view.token(cand.start - 1).norm in view.lex.words.get("copulas", frozenset()):
        return f"predicate after the copula {view.norm(cand.start - 1)!r}"
    return ""


def _denial_cue(view: SentenceView, cand: Candidate, chosen: list[Candidate]) -> str:
    """A denial verb or noun that scopes a following trigger is its modality, not a REJECT event."""
    match = view.matches.get(cand.start)
    if match is None or not match.cues() & {"deny_verbs", "deny_nouns"}:
        return ""
    clause = view.clause_of(cand.start)
    for other in chosen:
        if other is not cand and 0 < other.start - cand.start <= 8 and view.clause_of(other.start) == clause:
            return f"denial of {other.entry.id}"
    return ""


PROTEST_MESSAGE_TYPES = {"REQUEST", "REJECT", "SUPPORT", "ACCUSE", "PROTEST"}
PROTEST_MESSAGE_WINDOW = 8


def _protest_message(view: SentenceView, cand: Candidate, kept: list[Candidate]) -> str:
    """'تظاهروا رفضا للحرب', 'مسيرات تطالب ب...': the stance is what the protest says."""
    if any(c.entry.type == "PROTEST" for c in kept) and any(
        view.is_word(i, "protest_purposes") and view.clause_of(i) == view.clause_of(cand.start)
        for i in range(max(view.start, cand.start - 3), cand.start)
    ):
        return "what the protest is against or for"  # "رفضا للضربات علي اليمن"
    if cand.entry.type not in PROTEST_MESSAGE_TYPES:
        return ""
    for other in kept:
        if other is cand or other.entry.type != "PROTEST" or other.start >= cand.start:
            continue
        near = cand.start - other.end <= PROTEST_MESSAGE_WINDOW
        if near and (
            view.is_word(cand.start, "protest_purposes")
            or view.clause_of(other.start) == view.clause_of(cand.start)
        ):
            return f"message of the protest {other.entry.id!r}"
    return ""


def _named_twice(cand: Candidate, kept: list[Candidate]) -> str:
    """'قافله من المساعدات'، 'طاءرتين محملتين بالمساعدات': one event named by two nouns."""
    if cand.verbal:
        return ""
    for other in kept:
        if other.entry.type == cand.entry.type and 0 <= cand.start - other.end <= 3:
            return f"same event as {other.entry.id!r}"
    return ""


def find_candidates(view: SentenceView) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """The trigger candidates of a sentence, and those set aside with the reason."""
    kept: list[Candidate] = []
    dropped: list[tuple[Candidate, str]] = []
    used_support: set[int] = set()
    opinion = _opinion_start(view)
    chosen = [
        c for c in (_choose(view, m) for m in sorted(view.matches.values(), key=lambda m: m.start)) if c
    ]
    for cand in chosen:
        if cand.support is not None:
            used_support.add(cand.support.start)
    for cand in chosen:
        if cand.start in used_support and cand.support is None:
            continue  # this verb is the support of a noun after it (شنّ غارات), not an event of its own
        if opinion is not None and cand.start > opinion:
            dropped.append((cand, "opinion frame"))
            continue
        reason = (
            _non_political(view, cand)
            or _state(view, cand)
            or _predicate(view, cand)
            or _topic(view, cand, kept)
            or _embedded(view, cand, kept)
            or _denial_cue(view, cand, chosen)
            or _protest_message(view, cand, kept)
            or _named_twice(cand, kept)
        )
        if reason:
            dropped.append((cand, reason))
            continue
        kept.append(cand)
    return kept, dropped
