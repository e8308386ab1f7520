"""Who did it and to whom: actor and recipient from the structure around a trigger.

Slots are read from the sentence (the subject in VSO or SVO order, the object, the noun's genitive,
prepositional phrases, "بين X و Y", "اللقاء الذي جمع X بـY") and mapped to actor or recipient by the
lexicon entry's roles: for a host verb (استقبل) the subject is the recipient and the object the actor,
which is PLOVER's visit rule. The passive swaps subject for object and takes the actor from "من قبل".
Each filled side keeps the rule that filled it, for the explanation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from basma.events.candidates import Candidate
from basma.events.view import CLAUSE_BREAKS, Group, SentenceView, clitic_prep

VSO_WINDOW = 3
OBJECT_WINDOW = 6
PREP_WINDOW = 10
SVO_WINDOW = 16
RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين"}


@dataclass
class Side:
    """The groups filling actor or recipient, and the rule that found them."""

    groups: list[Group] = field(default_factory=list)
    rule: str = ""
    members: list[int] | None = None  # which members of a single group (for "X و Y" split)


@dataclass
class Arguments:
    actor: Side = field(default_factory=Side)
    recipient: Side = field(default_factory=Side)
    explicit: bool = False  # some participant came from the sentence itself

    def fill(self, role: str, group: Group, rule: str) -> None:
        if role in ("actor", "both") and not self.actor.groups:
            self.actor = Side([group], rule)
        elif role in ("recipient", "both") and not self.recipient.groups:
            self.recipient = Side([group], rule)


def _stops(view: SentenceView, i: int) -> bool:
    """Tokens that end the search for a verb's arguments: complementisers and other verbs."""
    if view.is_word(i, "complementizers"):
        return True
    match = view.matches.get(i)
    if match is None:
        return False
    return any(h.form.pos == "verb" for h in match.hits if h.kind in ("trigger", "support")) or bool(
        match.cues() & {"report_verbs", "deny_verbs", "opinion_verbs"}
    )


def _group_at(view: SentenceView, lo: int, hi: int, prep: str = "") -> Group | None:
    for g in view.groups:
        if lo <= g.start < hi and g.prep == prep:
            return g
    return None


def _vso_subject(view: SentenceView, head_end: int) -> Group | None:
    for i in range(head_end, min(view.end, head_end + VSO_WINDOW)):
        g = _group_at(view, i, i + 1)
        if g is not None:
            return g
        if _stops(view, i) or view.clause_of(i) != view.clause_of(head_end - 1):
            return None
    return None


def unnamed_subject(view: SentenceView, cand: Candidate) -> bool:
    """'ناشد الوزراء جميع الليبيين': a definite noun right after the verb that names no participant
    is the verb's subject, so the participant after it is the object and no actor is borrowed.

    Titles that come before a name (الرءيس، الامير) and function words do not count.
    """
    i = cand.head_end
    if not cand.verbal or cand.passive or i >= view.end or view.clause_of(i) != view.clause_of(cand.head):
        return False
    if any(g.start in (i, i + 1) or g.start <= i < g.end for g in view.groups):
        return False  # "وقعت الحكومتان الاردنيه والسوريه": the noun and its demonym are named
    j = cand.head - 1
    while j >= view.start and view.bases[j] in OPENERS:
        j -= 1
    verb = view.token(cand.head)
    opens = len(verb.norm) > len(verb.base) and verb.norm[0] in "وف"  # "وناشد"، "فدعا"
    if (
        not opens
        and j >= view.start
        and view.token(j).norm not in CLAUSE_BREAKS
        and not view.is_word(j, "complementizers")
    ):
        return False  # "ما زالت ايران ترفض العوده": a subject may stand before the verb
    token = view.token(i)
    if not token.base.startswith("ال") or clitic_prep(token) or len(token.norm) > len(token.base):
        return False  # "بالدعم"، "والحكومه": a phrase or a new conjunct
    if any(p.start <= i < p.end for p in view.places) or view.match_covering(i) is not None:
        return False
    if any(d.span.start <= token.start < d.span.end for d in view.doc.dates):
        return False
    return not view.is_word(i, "not_describers") and not view.is_word(i, "titles_before_names")


OPENERS = {"قد", "وقد", "فقد", "كما", "ثم", "بينما", "فيما", "حيث", "اذ"}


def pronoun_subject(view: SentenceView, head: int) -> bool:
    """'مشيرة الى انها تستهدف ناشطين': the pronoun on the complementiser is the verb's subject, so
    the participant after the verb is its object (the subject is found as the pronoun's antecedent)."""
    return head - 1 >= view.start and view.is_word(head - 1, "pronoun_complementizers")


def after_relative(view: SentenceView, head: int) -> bool:
    """'التفجير الذي استهدف مسجدا': the verb's subject is the relative's head noun, not a participant
    named earlier in the sentence."""
    return head - 1 >= view.start and view.norm(head - 1) in RELATIVES


def resumed(view: SentenceView, cand: Candidate) -> bool:
    """'التي شنتها اسراءيل'، 'التي سيطر عليها الحوثيون': a pronoun on the verb or right after it
    refers back to the relative's head, so the verb's own subject follows it."""
    head_hit = cand.support_hit if cand.support_hit is not None else cand.hit
    if head_hit.form.suffixed:
        return True
    clause = view.clause_of(cand.head)
    # "التي ترفض واشنطن التنسيق معها": the pronoun may come later in the relative clause
    return any(
        view.is_word(i, "resumptives") and view.clause_of(i) == clause
        for i in range(cand.head_end, min(view.end, cand.head_end + RESUMPTIVE_WINDOW))
    )


RESUMPTIVE_WINDOW = 6


def describes_noun(view: SentenceView, cand: Candidate) -> bool:
    """'حمله تستهدف ناشطين'، 'القباءل ترفض الحوثي'، '13 مقاتلا قتلوا': a verb right after a noun
    of its clause that names no participant has that noun as its subject (a describing clause or
    subject-first order); the participant after the verb is its object, and no actor is borrowed
    from elsewhere.

    The word before must be an ordinary word: not a participant or place, a function word or
    adverb, a lexicon word (verbs, cues) or part of a date, and the verb carries no conjunction.
    """
    head = cand.head
    head_hit = cand.support_hit if cand.support_hit is not None else cand.hit
    if head_hit.form.pos != "verb" or cand.passive:
        return False
    i = head - 1
    if i < view.start or view.clause_of(i) != view.clause_of(head):
        return False
    place = next((p for p in view.places if p.start <= i < p.end and p.prep in ("في", "ب")), None)
    if place is not None:  # "القباءل في صنعاء ترفض": the noun is before the place phrase
        i = place.start - 1 - (view.norm(place.start - 1) == "في")
        if i < view.start or view.clause_of(i) != view.clause_of(head):
            return False
    token, verb = view.token(i), view.token(head)
    if len(verb.norm) > len(verb.base) or not token.norm.isalpha() or token.norm in RELATIVES:
        return False  # "وتستهدف": a new clause; a quote mark or a number before it
    if any(g.start <= i < g.end for g in view.groups):
        return False
    if any(p.start <= i < p.end for p in view.places) or i in view.matches:
        return False
    covering = view.match_covering(i)
    if covering is not None:
        return False
    if any(
        view.is_word(i, name)
        for name in (
            "not_describers",
            "negators",
            "complementizers",
            "prepositions",
            "pronoun_complementizers",
        )
    ):
        return False
    return not any(d.span.start <= token.start < d.span.end for d in view.doc.dates)


def no_subject_after(view: SentenceView, cand: Candidate) -> bool:
    """Whether the participant after a verb cannot be its subject, so it is the object.

    - the verb carries a plural subject (طردوا الحوثيين، يطالبون الحكومة): in verb-first order
      Arabic verbs are singular, so a plural verb's subject came before it or is a pronoun;
    - the verb follows a relative word with no pronoun referring back (التي استهدفت المدنيين):
      the relative's head is its subject;
    - the verb describes a bare noun before it (حملة تستهدف ناشطين).
    """
    head_hit = cand.support_hit if cand.support_hit is not None else cand.hit
    if head_hit.form.pos == "verb" and head_hit.form.plural_subject and not cand.passive:
        return True
    if after_relative(view, cand.head) and not resumed(view, cand):
        return True
    return describes_noun(view, cand)


def _relative_head(view: SentenceView, relative: int) -> Group | None:
    """'القوات الاسراءيليه التي ...': a participant ending right before the relative word is the
    head it refers back to."""
    for g in view.groups:
        if g.end == relative:
            return g  # its own preposition does not matter: "عن جرائم الحرب الاسراءيليه التي"
    return None


def _svo_subject(view: SentenceView, head: int) -> Group | None:
    if after_relative(view, head):
        return None
    for i in range(head + 1, min(view.end, head + 3)):
        if view.is_word(i, "pair_words"):
            return None  # "ناقش الجانبان": the subject is the pair, resolved by the coder
    best = None
    for g in view.groups:
        if g.end <= head and head - g.end <= SVO_WINDOW and g.prep == "":
            best = g
    if best is None:
        return None
    if any(_stops(view, i) or view.token(i).base in OPENERS for i in range(best.end, head)):
        return None
    return best


QUOTE_MARKS = {"«", "»", '"', "'"}


def _fronted_subject(view: SentenceView, head: int) -> Group | None:
    """'طهران تتهم واشنطن', 'واشنطن وبغداد توقعان': a participant that opens the clause right
    before the verb is its subject (SVO), and what follows the verb is the object."""
    for g in view.groups:
        if g.prep or g.end > head or any(view.token(i).norm not in QUOTE_MARKS for i in range(g.end, head)):
            continue
        i = g.start - 1
        while i >= view.start and view.token(i).norm in QUOTE_MARKS:
            i -= 1
        opens = (
            i < view.start
            or view.token(i).norm in CLAUSE_BREAKS
            or view.token(i).base in OPENERS
            or view.token(i).norm in ("و", "ف")
            # "قال إن موسكو تدعم دمشق": after a complementiser the name before the verb is its
            # subject (the clause is nominal), and the one after the verb its object.
            or view.is_word(i, "complementizers")
        )
        return g if opens else None
    return None


def _object(view: SentenceView, after: int) -> Group | None:
    for g in view.groups:
        if g.start >= after and g.start - after <= OBJECT_WINDOW:
            if any(_stops(view, i) for i in range(after, g.start)):
                return None
            return g if g.prep == "" else None
    return None


def _prep_groups(view: SentenceView, after: int) -> list[Group]:
    out = []
    for g in view.groups:
        if g.start >= after and g.start - after <= PREP_WINDOW and g.prep:
            if any(view.is_word(i, "complementizers") for i in range(after, g.start)):
                break
            out.append(g)
    return out


def antecedent(view: SentenceView, before: int) -> Group | None:
    """The participant a pronoun suffix refers to: the nearest earlier non-prepositional group."""
    best = None
    for g in view.groups:
        if g.end <= before and g.prep == "":
            best = g
    return best


def _gather(view: SentenceView, cand: Candidate, args: Arguments) -> bool:
    """'اللقاء الذي جمع X بـY' and 'لقاء ضمّ X و Y': the gathering verb names the participants."""
    for i in range(cand.end, min(view.end, cand.end + 3)):
        if not view.is_word(i, "gather_verbs"):
            continue
        first = view.token(i)
        if first.base != first.stem or len(first.base) > 3:  # جمعه: the pronoun is the first side
            ante = antecedent(view, cand.start)
            if ante is not None:
                args.actor = Side([ante], "gather-pronoun")
        else:
            g = _object(view, i + 1)
            if g is not None:
                args.actor = Side([g], "gather-object")
        for g in _prep_groups(view, i + 1):
            if g.prep in ("ب", "مع"):
                args.recipient = Side([g], f"gather-{g.prep}")
                break
        args.explicit = bool(args.actor.groups or args.recipient.groups)
        return args.explicit
    return False


GOVERNING_CUES = {"planned_verbs", "report_verbs"}


def _relative_agent(view: SentenceView, cand: Candidate) -> Group | None:
    """'الغارات التي شنّتها إسرائيل', 'هجوم شنّته جماعة': the relative verb's subject is the actor."""
    i = cand.end
    if i < view.end and view.norm(i) in RELATIVES:
        i += 1
    match = view.matches.get(i)
    if match is None or i >= view.end:
        return None
    if not any(
        h.form.pos == "verb" and h.form.suffixed for h in match.hits if h.kind in ("trigger", "support")
    ):
        return None
    return _vso_subject(view, match.end)


def _governing_subject(view: SentenceView, head: int) -> Group | None:
    """'قررت حكومة مالي تعليق ...', 'أعلنت ألمانيا تخصيص ...': a masdar takes the subject of the
    verb that governs it (a plan, decision or announcement verb right before the subject)."""
    for g in view.groups:
        if g.prep or not (0 <= head - g.end <= 1) or g.start <= view.start:
            continue
        before = g.start - 1
        match = view.matches.get(before)
        if match is not None and match.cues() & GOVERNING_CUES:
            return g
    return None


def assign(view: SentenceView, cand: Candidate) -> Arguments:
    """Fill actor and recipient from the sentence alone (fallbacks come later, in the coder)."""
    roles = cand.entry.roles
    args = Arguments()
    if _gather(view, cand, args):
        return args
    subject_role = roles.get("subject", "actor")
    object_role = roles.get("object", "")
    support = cand.support_hit.support if cand.support_hit is not None else None
    if support is not None and support.subject == "recipient":
        subject_role, object_role = "recipient", "actor"
    if cand.passive:
        subject_role, object_role = object_role or "recipient", ""
    if cand.verbal:
        subject, rule = _fronted_subject(view, cand.head), "subject-svo-fronted"
        pronoun = (
            pronoun_subject(view, cand.head) or no_subject_after(view, cand) or unnamed_subject(view, cand)
        )
        if subject is None and not pronoun:
            subject, rule = _vso_subject(view, cand.head_end), "subject-vso"
        if subject is None and not pronoun:
            subject, rule = _svo_subject(view, cand.head), "subject-svo"
        if subject is not None and subject_role:
            args.fill(subject_role, subject, rule + ("-passive" if cand.passive else ""))
        after = subject.end if subject is not None and subject.start > cand.head else cand.end
        obj = _object(view, max(after, cand.end))
        if cand.support is not None and cand.start > cand.head_end:
            # "ادرجت كندا ثلاثه كيانات ايرانيه علي لاءحه العقوبات": the support verb's object
            between = _object(view, max(after, cand.head_end))
            if between is not None and between.end <= cand.start:
                obj = between
        if obj is not None and obj is not subject and object_role:
            args.fill(object_role, obj, "object")
        if subject is None and after_relative(view, cand.head) and not resumed(view, cand):
            head_noun = _relative_head(view, cand.head - 1)
            if head_noun is not None and subject_role:
                args.fill(subject_role, head_noun, "relative-head")
    else:
        genitive_role = roles.get("genitive", "actor")
        if cand.passive:
            genitive_role = object_role or genitive_role
        gen = _group_at(view, cand.end, cand.end + 2)
        if gen is not None and view.is_word(cand.end, "complementizers"):
            # "الاتهامات ان تركيا تساعد ...": the name after ان is the complement's subject, the
            # accused, not the noun's owner
            gen = None
            accused = _group_at(view, cand.end + 1, cand.end + 2)
            if accused is not None and cand.entry.type == "ACCUSE":
                args.fill("recipient", accused, "accused: the content's first participant")
        if cand.hit.form.suffixed:
            ante = antecedent(view, cand.start)
            if ante is not None and genitive_role:
                args.fill(genitive_role, ante, "possessive-pronoun")
        elif gen is not None and genitive_role:
            args.fill(genitive_role, gen, "genitive")
    if not args.actor.groups and not cand.passive:
        agent = _relative_agent(view, cand)
        if agent is not None:
            args.fill("actor", agent, "relative-clause-subject")
        elif not cand.verbal:
            governor = _governing_subject(view, cand.head)
            if governor is not None:
                args.fill("actor", governor, "subject-of-governing-verb")
    # "فرضت واشنطن علي ايران عقوبات": phrases between a support verb and its noun count too
    prep_from = cand.head_end if cand.support is not None and cand.head_end <= cand.start else cand.end
    for g in _prep_groups(view, prep_from):
        if g.prep == "من" and cand.passive:
            if view.norm(g.start - 1) == "قبل":  # "تسعه من ميليشيات الحوثي" is partitive, no agent
                args.fill("actor", g, "agent-min-qibal")
            continue
        role = roles.get(g.prep, "")
        if (g.prep == "بين" or role == "both") and len(g.members) > 1:
            args.actor = Side([g], f"prep-{g.prep}", [0])
            args.recipient = Side([g], f"prep-{g.prep}", list(range(1, len(g.members))))
            continue
        if role:
            args.fill(role, g, f"prep-{g.prep}")
    _split_compound(cand, args)
    if not args.recipient.groups:
        _located_recipient(view, cand, args)
    args.explicit = bool(args.actor.groups or args.recipient.groups)
    return args


# A country named as a place can still be an event's target (the actors stage gives no actor for
# "في سوريا"): support for "the transition in Syria" is support for Syria, and the country a visit
# arrives in ("وصل الأمير أمس إلى المملكة الأردنية") is its host. Attacks, aid and troops on a
# place are read by the coder from the places themselves (rules.PLACE_TARGET_TYPES).
LOCATED_TARGET_TYPES = frozenset({"SUPPORT"})
LOCATED_WINDOW = 8
_HOST_PREPS = frozenset({"الي", "ل"})


def _located_recipient(view: SentenceView, cand: Candidate, args: Arguments) -> None:
    if cand.entry.type in LOCATED_TARGET_TYPES:
        place = located_target(view, cand, frozenset({"في"}), args)
        if place is not None:
            args.recipient = Side([place], "country of what is supported")
    elif "visit" in cand.entry.mode and not cand.passive:
        place = located_target(view, cand, _HOST_PREPS, args, countries_only=True)
        if place is not None:
            args.recipient = Side([place], "host: the country the visit goes to")


def located_target(
    view: SentenceView,
    cand: Candidate,
    preps: frozenset[str],
    args: Arguments | None = None,
    countries_only: bool = False,
) -> Group | None:
    """'تأييده لمسار العدالة الانتقالية في سوريا': the country of a place that follows the trigger.

    The place must follow the trigger after one of ``preps`` in its clause, within a short phrase
    with no verb, complementiser or participant in between other than the event's own actor
    ("دعم واشنطن لجهود مكافحة الإرهاب في نيجيريا"); the country (no sectors: the country as a
    whole, not its government) becomes the recipient. ``countries_only`` leaves towns out: a
    visitor arriving in a city may be coming home.
    """
    clause = view.clause_of(cand.start)
    own = set(map(id, args.actor.groups)) if args is not None else set()
    for place in view.places:
        if place.start < cand.end or place.start - cand.end > LOCATED_WINDOW or place.prep not in preps:
            continue
        if view.clause_of(place.start) != clause:
            return None
        if any(cand.end <= g.start < place.start and id(g) not in own for g in view.groups):
            return None
        if any(_stops(view, i) for i in range(cand.end, place.start)):
            return None
        m = place.mentions[0]
        if countries_only and not m.rule.startswith("gazetteer:country"):
            return None
        country = replace(m, kind="country", actor_id=None, sectors=(), rule=f"located-target:{m.rule}")
        return Group([[country]], place.start, place.end, place.prep)
    return None


def _split_compound(cand: Candidate, args: Arguments) -> None:
    """For symmetric senses, "X و Y" as the only side becomes actor X and recipient Y."""
    if not cand.entry.symmetric or args.recipient.groups or not args.actor.groups:
        return
    group = args.actor.groups[0]
    if len(group.members) > 1 and args.actor.members is None:
        args.actor = Side([group], args.actor.rule + "-split", [0])
        args.recipient = Side([group], args.actor.rule, list(range(1, len(group.members))))
