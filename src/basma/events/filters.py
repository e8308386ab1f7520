"""Precision filters: a trigger with arguments is still no event when real news uses it otherwise.

News reuses political words for many things that are not interactions between political actors:
a newspaper or a medical source *reporting* an attack is not its doer; a company "targeting" a
market or a ministry "supporting" families is the ordinary work of business and administration;
"منذ عام 2011" or "آنذاك" puts a clause in the story's background; a report, poll or agreement that
"discusses" or "supports" something is not a participant. Each check here says why it removes an
event or a participant, so the coder can write that into its explanation.
"""

from __future__ import annotations

from datetime import timedelta

from basma.document import Document
from basma.events.candidates import Candidate
from basma.events.view import SentenceView, clitic_prep
from basma.records import ActorRef, DateExpr
from basma.text import normalise

# Sectors of actors whose part in politics is itself an event (a government, an army, a party ...).
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "REB", "PTY", "LEG", "OPP", "SPY", "JUD", "INS", "SEP", "UAF", "IGO", "ELI", "HRI"}
)
# Types that need no named doer: an attack, an arrest or a protest by unknown hands is news.
UNKNOWN_ACTOR_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Sectors of bodies that report news rather than make it: media and war monitors; medical
# sources when they are unnamed.
SOURCE_SECTORS = frozenset({"JRN", "SOC"})
ANONYMOUS_SOURCE_SECTORS = frozenset({"JRN", "SOC", "HLH"})
BACKGROUND_WINDOW = 8  # an old date this far after a trigger (or before it in its clause) dates it
# Institutions outside politics: a company, school or hospital does not attack or arrest anyone.
NON_POLITICAL_BODIES = frozenset({"BUS", "EDU", "HLH", "AGR", "JRN", "SOC"})
BACKGROUND_AGE = timedelta(days=365)


def is_source(ref: ActorRef, view: SentenceView) -> bool:
    """Media, medical sources and monitors report events; their name is never the doer's.

    A participant counts as a source when all its sectors are source sectors (JRN, HLH, the
    monitoring SOC) or when its words open with a source noun ("مصادر رسمية", "مصدر أمني").
    """
    sectors = set(ref.sectors)
    if sectors and (sectors <= SOURCE_SECTORS or (sectors <= ANONYMOUS_SOURCE_SECTORS and not ref.code)):
        return True  # "عكاظ"، "المرصد"، "مصادر طبية" (the WHO, with its code, is an actor)
    if ref.span is None:
        return False
    words = ref.span.text.split()
    if not words:
        return False
    first = normalise(words[0])
    first = first[2:] if first.startswith("ال") else first
    return first in view.lex.words.get("source_heads", frozenset())


def non_political_body(ref: ActorRef, view: SentenceView | None) -> bool:
    """'غرفه الرياض'، 'شركه ارامكو': a name opening with a business or service head, or right after
    one, is no government, whatever country or sector its place name gave it."""
    if view is None or ref.span is None:
        return False
    starts = [i for i in range(view.start, view.end) if view.token(i).start == ref.span.start]
    if not starts:
        return False
    if view.is_word(starts[0] - 1, "non_political_heads"):
        return True  # "غرفه الرياض": the place names whose chamber it is
    # "شركه ..." is a business unless the knowledge base knows it as political (جامعه الدول العربيه)
    known = ref.actor_id is not None or bool(set(ref.sectors) & POLITICAL_SECTORS)
    return view.is_word(starts[0], "non_political_heads") and not known


def is_political(ref: ActorRef, view: SentenceView | None = None) -> bool:
    """A country as a whole, or a body whose sectors make it a political actor (with or without a
    known country: "عناصر من الشرطة" is one)."""
    if non_political_body(ref, view):
        return False
    if not ref.sectors:
        return ref.code is not None
    return bool(set(ref.sectors) & POLITICAL_SECTORS)


def lacks_political_side(
    type_name: str, actor: list[ActorRef], recipient: list[ActorRef], view: SentenceView | None = None
) -> bool:
    """'شركات ألمانية تستهدف السوق'، 'الجمعية تدعم الأسر': nobody on either side is political.

    Attacks, arrests and protests by people (settlers, workers, unknown gunmen) are news whoever
    they hit; for them only a doer that is an institution outside politics (a company, a
    university, a hospital) makes the trigger another sense of the word. Elsewhere a name inside a
    business or service body's name (غرفه الرياض) is no political side either.
    """
    if type_name in UNKNOWN_ACTOR_TYPES:
        return bool(actor) and all(r.sectors and set(r.sectors) <= NON_POLITICAL_BODIES for r in actor)
    return not any(is_political(r, view) for r in actor + recipient)


def _is_old(doc: Document, expr: DateExpr) -> bool:
    if expr.end is None or doc.article.published_at is None:
        return False
    return doc.article.published_at.date() - expr.end > BACKGROUND_AGE


def _first_time_before(view: SentenceView, i: int) -> bool:
    """'أول زيارة منذ 2011': a first since then is current news, not background."""
    clause = view.clause_of(i)
    return any(
        view.is_word(j, "first_time_words") for j in range(view.start, i) if view.clause_of(j) == clause
    )


def background(view: SentenceView, cand: Candidate) -> str:
    """Why the event told around ``cand`` is the story's background ("" when it is not).

    A date more than a year before publication dates the event when it stands before the trigger
    in its clause or shortly after it (زارت بعثة المنطقة عام 1918، منذ عام 2011 تدعم ...), but not
    when it names a thing (اتفاق فض الاشتباك لعام 1974، الاتفاق الموقع عام 2015) or follows a first
    (أول زيارة منذ 2011).
    A history marker in the clause (آنذاك، في خمسينيات القرن الماضي، إبان الحرب) or a tally since
    a beginning (منذ اندلاع الحرب) does the same.
    """
    doc = view.doc
    clause = view.clause_of(cand.start)
    sentence = view.sentence.span
    for expr in doc.dates_in(sentence.start, sentence.end):
        if not _is_old(doc, expr):
            continue
        at = next((i for i in range(view.start, view.end) if view.token(i).end > expr.span.start), None)
        if at is None or view.clause_of(at) != clause or at - cand.end > BACKGROUND_WINDOW:
            continue
        if clitic_prep(view.token(at)) == "ل" or view.is_word(at - 1, "attributive_dates"):
            continue  # "اتفاقية لعام 1994"، "الاتفاق الموقع عام 2015": the date names a thing
        if _first_time_before(view, at):
            continue
        return f"clause dated {expr.span.text!r}, more than a year before publication"
    for i in range(view.start, view.end):
        if view.clause_of(i) == clause and "historical_markers" in view.cue_at(i):
            return f"history marker {view.norm(i)!r} in the clause"
        tally = view.norm(i) == "منذ" and view.is_word(i + 1, "since_beginnings")
        if tally and view.clause_of(i) == clause and not _first_time_before(view, i):
            return f"tally since {view.norm(i + 1)!r}"
    return ""


def abstract_subject(view: SentenceView, cand: Candidate, opens_clause: bool) -> str:
    """'وبحث الاستطلاع ...'، 'التقرير يتهم ...': a report, poll or policy is the verb's subject.

    Such a subject is no participant, and the verb must not borrow one from elsewhere. The word
    right after the verb is its subject only when the verb opens its clause ("أنها تدعم القرار"
    has a pronoun subject and القرار is the object).
    """
    if not cand.verbal:
        return ""
    for i in (cand.head_end, cand.head - 1) if opens_clause else (cand.head - 1,):
        if view.start <= i < view.end and view.is_word(i, "abstract_subjects"):
            return f"subject {view.norm(i)!r} is not an actor"
    return ""


SERVICE_TYPES = frozenset({"COOPERATE", "AID", "SUPPORT"})
# Parties that take cooperation, aid or support beyond the ordinary work of one administration.
BEYOND_ADMINISTRATION = frozenset({"REB", "OPP", "PTY", "INS", "SEP", "MIL", "SPY", "IGO", "NGO", "UAF"})


def domestic_service(
    type_name: str, actor: list[ActorRef], recipient: list[ActorRef], named_recipient: bool
) -> bool:
    """'وزاره الصحه بالتعاون مع امانه الرياض'، 'دعم الاسر': a public service at home, not an event.

    Cooperation, aid and support count when they cross a border or involve an armed, opposition or
    international party; without a named giver, or between two offices of one state, they are the
    ordinary work of the administration.
    """
    if type_name not in SERVICE_TYPES:
        return False
    if not any(r.code for r in actor) and (type_name != "SUPPORT" or not named_recipient):
        return True
    if not recipient and not {s for r in actor for s in r.sectors} & BEYOND_ADMINISTRATION - {"MIL"}:
        return True  # "قدمت الجمعيه مساعدات للاسر"، "اشاد الوزير بالتعاون": nobody named receives it
    codes = {r.code for r in actor + recipient if r.code}
    sectors = {s for r in actor + recipient for s in r.sectors}
    return len(codes) == 1 and not sectors & BEYOND_ADMINISTRATION and bool(recipient)


OFFICE_WINDOW = 4
VISIT_WINDOW = 8  # the visitor's name and titles come between the verb and the place
MEETING_TYPES = frozenset({"CONSULT"})
HOME_TYPES = frozenset({"CONSULT", "AGREE"})


def office_work(
    view: SentenceView, cand: Candidate, actor: list[ActorRef], recipient: list[ActorRef]
) -> bool:
    """'التقى وزير التعليم مديري التعليم'، 'زار الامير محافظه الاحساء': office work at home.

    A meeting or visit is no political event when the people met are the actor's own staff
    (a staff word right after the trigger and no other country named), or when what is visited is
    only a place of the actor's own country.
    """
    actor_codes = {r.code for r in actor if r.code}
    if cand.entry.type in HOME_TYPES and recipient and actor_codes:
        sectors = {s for r in actor + recipient for s in r.sectors}
        codes = actor_codes | {r.code for r in recipient if r.code}
        if (
            len(codes) == 1
            and not sectors & BEYOND_ADMINISTRATION
            and None not in {r.code for r in recipient}
        ):
            return True  # "ناقش محافظ مءسسه النقد مع وزير الاسكان": two offices of one state
    if cand.entry.type == "AGREE":
        clause = view.clause_of(cand.start)
        return any(
            view.is_word(i, "home_business") and view.clause_of(i) == clause
            for i in range(cand.end, min(view.end, cand.end + OFFICE_WINDOW))
        )  # "وافق مجلس الوزراء علي تعيين ...": an appointment, not an agreement
    if cand.entry.type not in MEETING_TYPES:
        return False
    foreign = {r.code for r in recipient if r.code and r.code not in actor_codes}
    if foreign:
        return False
    clause = view.clause_of(cand.start)
    for i in range(cand.end, min(view.end, cand.end + OFFICE_WINDOW)):
        if view.clause_of(i) == clause and view.is_word(i, "office_staff"):
            return True
    places = {m.span for g in view.places for m in g.mentions}
    if recipient:
        return all(r.span in places and r.code in actor_codes for r in recipient)
    # "زار الوزير محافظه الاحساء": the place visited is the only other thing named, and it is home
    clause = view.clause_of(cand.start)
    visited = next(
        (
            g
            for g in view.places
            if cand.end <= g.start < cand.end + VISIT_WINDOW and view.clause_of(g.start) == clause
        ),
        None,
    )
    return visited is not None and visited.mentions[0].code in actor_codes
