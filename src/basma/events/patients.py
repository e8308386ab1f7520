"""Who is acted on: participants the structural reading put on the wrong side.

The argument reader (:mod:`basma.events.arguments`) takes the word after a verb as its subject and
a verbal noun's owner as its doer (or, for some nouns, as its target). These patterns of
news Arabic break that reading:

- **An accusative after the verb is its object.** "قتل جيش الاحتلال شاباً فلسطينياً": the tanween
  of شاباً, or an accusative victim noun (جندياً، عنصراً، فلسطينياً), marks the one acted on.
- **A passive has no subject inside a phrase.** "رجل تونسي قُتل في الغارة الأميركية": the
  American raid is where he was killed, not who was killed.
- **A verbal noun's owner is often the one acted on** (اعتقال المعارض، استهداف المسلحين، اتهامه
  بالتلاعب، من تثبت إدانته): the owner is the target when an agent phrase follows (من قبل، على يد),
  when the charge follows an accusation or conviction noun (بتهمة، بالتلاعب), when a conviction
  frame stands before it (ثبوت، تثبت), or, for a named owner of a noun listed in
  ``object_masdars`` (استهداف، تسليم، مساندة), unless a لـ phrase or another participant names the
  one it is done to. A pronoun owner (لاقتحامه، استهدافها) is left alone without an agent phrase:
  what it refers to is too often a place. Ownership as doer stays for the other nouns (زيارة
  الوزير، دعم المملكة لمصر، اجتياح الحوثيين العاصمة).
- **The other way round**, a noun whose owner is by default the one acted on (مقتل، اعتقال،
  ترحيل) has its doer as owner when a لـ phrase right after it names the victim (جريمة قتله
  لشريكه، اعتقال السلطات للناشطين).

Each fix rewrites the sides of :class:`~basma.events.arguments.Arguments` and says why in the
side's rule, which the coder writes into the event's explanation.
"""

from __future__ import annotations

from basma.events.arguments import Arguments, Side
from basma.events.candidates import Candidate
from basma.events.view import Group, SentenceView, clitic_prep

TANWEEN_FATHA = "\u064b"
AGENT_WINDOW = 6
CHARGE_TYPES = frozenset({"ACCUSE", "SANCTION"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _accusative(view: SentenceView, group: Group) -> bool:
    """Whether the group's first word is marked accusative: a written tanween fatha, or an
    accusative victim noun (جنديا، شابا، فلسطينيا)."""
    first = group.start
    text = view.token(first).span.text
    if TANWEEN_FATHA in text:
        return True
    word = view.norm(first)
    return word.endswith("ا") and view.is_word(first, "victim_nouns")


def accusative_subject(view: SentenceView, cand: Candidate, args: Arguments) -> str:
    """'قتلت القوات فلسطينياً': an accusative read as the verb's subject is its object."""
    if not cand.verbal or cand.passive or not args.actor.rule.startswith("subject-vso"):
        return ""
    if len(args.actor.groups) != 1 or not _accusative(view, args.actor.groups[0]):
        return ""
    group = args.actor.groups[0]
    args.actor = Side()
    if not args.recipient.groups and cand.entry.roles.get("object") == "recipient":
        args.recipient = Side([group], "object: an accusative after the verb")
    return "accusative after the verb"


def passive_subject_in_phrase(view: SentenceView, cand: Candidate, args: Arguments) -> str:
    """'قُتل في الغارة الأميركية': a passive's subject is never inside a prepositional phrase."""
    if not cand.passive or not args.recipient.rule.startswith("subject-vso"):
        return ""
    group = args.recipient.groups[0]
    between = range(cand.end, group.start + 1)
    if group.prep or any(view.is_word(i, "prepositions") or clitic_prep(view.token(i)) for i in between):
        args.recipient = Side()
        return "a passive's subject is not inside a phrase"
    return ""


def _owner_end(view: SentenceView, cand: Candidate, owner: Group) -> int:
    """Where the owner ends: the noun itself for a pronoun suffix (اتهامه), else the genitive."""
    return cand.end if owner.end <= cand.start else owner.end


def _agent_after(view: SentenceView, at: int) -> tuple[bool, Group | None]:
    """'من قبل X'، 'على يد X': an agent phrase starting within a few tokens of ``at``."""
    clause = view.clause_of(at - 1)
    for i in range(at, min(view.end - 1, at + AGENT_WINDOW)):
        if view.clause_of(i) != clause:
            break
        pair = (view.norm(i), view.norm(i + 1))
        if pair in (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي")):
            agent = next((g for g in view.groups if i + 2 <= g.start <= i + 3), None)
            return True, agent
    return False, None


def patient_owner(view: SentenceView, cand: Candidate, args: Arguments) -> str:
    """Whether a verbal noun's owner, read as the doer, is the one acted on; if so, move it."""
    if cand.verbal or cand.support is not None:
        return ""
    if not args.actor.rule.startswith(("genitive", "possessive")) or len(args.actor.groups) != 1:
        return ""
    owner = args.actor.groups[0]
    end = _owner_end(view, cand, owner)
    why = ""
    agent_phrase, agent = _agent_after(view, end)
    if agent_phrase:
        why = "an agent phrase follows (من قبل، على يد)"
    elif (
        cand.entry.type in CHARGE_TYPES
        and end < view.end
        and clitic_prep(view.token(end)) == "ب"
        and not view.is_word(end, "manner_adverbs")
    ):
        why = f"the charge follows ({view.token(end).norm!r})"
    elif cand.start > view.start and view.is_word(cand.start - 1, "conviction_frames"):
        why = f"a conviction frame ({view.norm(cand.start - 1)!r})"
    elif owner.end > cand.start and _object_masdar(view, cand) and not _names_another(view, cand, end):
        why = f"{view.norm(cand.start)!r} is done to its owner"
    if not why:
        return ""
    args.actor = Side([agent], "agent-phrase") if agent is not None and agent is not owner else Side()
    if not args.recipient.groups:
        args.recipient = Side([owner], f"owner acted on: {why}")
    return why


def _object_masdar(view: SentenceView, cand: Candidate) -> bool:
    """Whether the trigger is one of ``object_masdars``, bare or with the article or a suffix."""
    text = cand.hit.form.text.removeprefix("ال")
    for noun in view.lex.words.get("object_masdars", frozenset()):
        bound = noun[:-1] + "ت" if noun.endswith("ه") else noun
        if text == noun or text.startswith(bound):
            return True
    return False


def _names_another(view: SentenceView, cand: Candidate, end: int) -> bool:
    """'اجتياح جماعة الحوثي للعاصمة'، 'مطالبة الاتحاد الأوروبي الحكومة': a لـ phrase or another
    participant right after the owner names the one acted on, so the owner is the doer."""
    if end >= view.end:
        return False
    token = view.token(end)
    if clitic_prep(token) == "ل":
        return True
    return any(g.start == end and not g.prep for g in view.groups)


def agent_owner(view: SentenceView, cand: Candidate, args: Arguments) -> str:
    """'جريمة قتله لشريكه'، 'اعتقال السلطات للناشطين': a noun whose owner is by default the one
    acted on has its doer as owner when a لـ phrase right after the owner names the one acted on."""
    if cand.verbal or cand.support is not None or cand.entry.type not in FORCE_TYPES:
        return ""  # a host's owner is the host, PLOVER's recipient, with or without لـ
    if cand.entry.roles.get("genitive") != "recipient":
        return ""
    if not args.recipient.rule.startswith(("genitive", "possessive")) or len(args.recipient.groups) != 1:
        return ""
    owner = args.recipient.groups[0]
    end = _owner_end(view, cand, owner)
    target = next((g for g in view.groups if g.start == end and g.prep == "ل"), None)
    if target is None or args.actor.groups:
        return ""
    args.actor = Side([owner], "owner as doer: a لـ phrase names the one acted on")
    args.recipient = Side([target], "prep-ل after the owner")
    return "a لـ phrase after the owner"


def who_is_acted_on(view: SentenceView, cand: Candidate, args: Arguments) -> str:
    """Apply the fixes in turn; the reason of the one that applied ("" when none did)."""
    return (
        accusative_subject(view, cand, args)
        or passive_subject_in_phrase(view, cand, args)
        or patient_owner(view, cand, args)
        or agent_owner(view, cand, args)
    )
