"""The rule coder: lexicon triggers, structural arguments, modality, dates, dedup, quotes.

For each sentence: find trigger candidates (:mod:`candidates`), fill actor and recipient from the
sentence (:mod:`arguments`), fall back to the sentence's or article's participants where a pronoun
or an elided subject stands in, date the event (:mod:`dating`), read its modality and source
(:mod:`modality`), then merge repeated mentions of one event (:mod:`merge`). Every decision is
written into the event's explanation.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from basma.document import Document
from basma.events import dating
from basma.events.arguments import (
    OPENERS,
    Arguments,
    Side,
    after_relative,
    antecedent,
    assign,
    describes_noun,
    unnamed_subject,
)
from basma.events.candidates import Candidate, find_candidates
from basma.events.draft import Draft, to_event
from basma.events.filters import (
    UNKNOWN_ACTOR_TYPES,
    abstract_subject,
    background,
    domestic_service,
    is_source,
    lacks_political_side,
    non_political_body,
    office_work,
)
from basma.events.lexicon import Lexicon, load_lexicon
from basma.events.merge import merge
from basma.events.modality import read
from basma.events.ontology import Ontology, load_ontology
from basma.events.patients import who_is_acted_on
from basma.events.quotes import find_quotes
from basma.events.senses import SPEECH_MODE, SPEECH_TYPE, verbal_attack
from basma.events.view import CLAUSE_BREAKS, Group, SentenceView, build_view
from basma.records import ActorRef, DateBasis, Event, Quote, Span

CODER_VERSION = "basma-rules-1.0"
FUTURE_COOPERATION = {"COOPERATE", "AID", "CONCEDE", "RETREAT", "SUPPORT"}
RECIPIENT_EXPECTED = {"CONSULT", "AGREE", "REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "AID", "COOPERATE"}
TARGETED = {"ASSAULT", "COERCE"}
DISCONTINUABLE = {"AID", "COOPERATE", "SUPPORT", "CONSULT"}


def _refs(side: Side) -> list[ActorRef]:
    out: list[ActorRef] = []
    for group in side.groups:
        heads = group.heads()
        picked = [heads[i] for i in side.members if i < len(heads)] if side.members is not None else heads
        for m in picked:
            sectors = group.sectors or m.sectors  # "وفود استخبارية من روسيا": the head's sectors
            out.append(ActorRef(m.actor_id, m.code, tuple(sectors), m.span))
    return out


@dataclass
class _ArticleState:
    doc: Document
    drafts: list[Draft] = field(default_factory=list)
    salience: Counter[str] = field(default_factory=Counter)
    context_date: object = None


def _salience(doc: Document) -> Counter[str]:
    counts: Counter[str] = Counter()
    lead_end = doc.sentences[min(len(doc.sentences), 4) - 1].span.end if doc.sentences else 0
    for m in doc.mentions:
        if m.code and m.kind != "place":
            counts[m.code] += 2 if m.span.start < lead_end else 1
    return counts


class RuleCoder:
    """basma's built-in coder."""

    name = "rules"
    version = CODER_VERSION

    def __init__(self, lexicon: Lexicon | None = None, ontology: Ontology | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.ontology = ontology or load_ontology()

    def code(self, doc: Document) -> tuple[tuple[Event, ...], tuple[Quote, ...]]:
        """Code one article: its events and its quotes."""
        state = _ArticleState(doc, salience=_salience(doc), context_date=dating.article_context(doc))
        quotes: list[Quote] = []
        for sentence in doc.sentences:
            view = build_view(doc, sentence, self.lex)
            cands, _ = find_candidates(view)
            owned, free = dating.own_dates(view, cands)
            free = [d for d in free if not dating.is_background(doc, d)]
            for n, cand in enumerate(cands):
                anchors = [owned[k] for k in owned if cands[k].anchored and k != n]
                draft = self._draft(state, view, cand, owned.get(n), free + anchors, list(owned.values()))
                if draft is not None:
                    state.drafts.append(draft)
            sentence_date = dating.from_expr(free[0]) if free else self._fallback_date(state)[0]
            quotes.extend(find_quotes(view, sentence_date, doc.article.id))
        drafts = merge(state.drafts)
        for d in drafts:
            if d.date is None:
                d.date, rule = self._fallback_date(state)
                d.explain("date", rule, d.date.span)
            d.location = self._locate(doc, d)
        outlet = doc.article.outlet
        events = tuple(to_event(d, doc.article.id, outlet, self.ontology, self.version) for d in drafts)
        return events, tuple(quotes)

    # -- steps -------------------------------------------------------------------------------------

    def _fallback_date(self, state: _ArticleState):
        expr = state.context_date
        if expr is not None:
            return dating.from_expr(expr, DateBasis.ARTICLE_CONTEXT), "article context date"  # type: ignore[arg-type]
        return dating.publication(state.doc), "publication date"

    def _draft(self, state, view: SentenceView, cand: Candidate, own, free, owned_any) -> Draft | None:
        args = assign(view, cand)
        who_is_acted_on(view, cand, args)  # "قتل الجيش شاباً"، "استهداف المسلحين": the target
        entry = cand.entry
        mode = list(entry.mode)
        context = list(entry.context)
        speech = verbal_attack(view, cand)  # "هاجم تصريحات الوزير": criticism, not force
        kind = SPEECH_TYPE if speech else entry.type
        multilateral = self._multilateral(view, cand)
        if multilateral and "multilateral" in self.ontology.types[kind].modes and "multilateral" not in mode:
            mode = ["multilateral"]
        if background(view, cand):
            return None  # "زارت بعثة فرنسية المنطقة عام 1918"، "آنذاك": history, not the news
        nominal_only = not cand.verbal and cand.support is None
        if (nominal_only or cand.anchored) and not args.explicit and not multilateral:
            self._anaphora(state, view, cand)
            return None
        actor_rule, recipient_rule = args.actor.rule, args.recipient.rule
        if not args.actor.groups and multilateral:
            args.actor = Side([g for g in view.groups if g.prep not in ("في",)], "multilateral-sentence")
            actor_rule = "all participants named in the sentence"
        if (
            not args.actor.groups
            and cand.verbal
            and not after_relative(view, cand.head)
            and not cand.passive  # "اعلن نصرالله ان 13 مقاتلا قتلوا": the speaker is no killer
            and not describes_noun(view, cand)  # "حمله تستهدف ...": the noun is the subject
            and not unnamed_subject(view, cand)  # "ناشد الوزراء ...": an unnamed subject
            and not abstract_subject(view, cand, _opens_clause(view, cand.head))
        ):
            actor_rule = self._fallback_actor(state, view, cand, args)
        actor = _dedupe(_refs(args.actor), multilateral and actor_rule.startswith("all"))
        actor = [r for r in actor if not is_source(r, view)]  # "أعلنت مصادر رسمية مقتل ..."
        if kind not in UNKNOWN_ACTOR_TYPES and actor and all(non_political_body(r, view) for r in actor):
            return None  # "غرفة الرياض"، "شركة ارامكو": a business or service body is the doer
        recipient = _refs(args.recipient)
        if not cand.verbal and not recipient and self._corefer(state, view, cand, actor):
            return None
        if not recipient and entry.require_recipient:
            return None
        if not recipient and kind in TARGETED:
            target = next(
                (
                    g
                    for g in view.groups
                    if g.start >= cand.end
                    and g.prep == "في"
                    and view.clause_of(g.start) == view.clause_of(cand.start)
                ),
                None,
            )
            if target is not None and not (target.codes & {r.code for r in actor}):
                args.recipient = Side([target], "place of the target")
                recipient, recipient_rule = _refs(args.recipient), "country where the target is"
        if kind in PLACE_TARGET_TYPES:
            recipient, recipient_rule = self._place_roles(view, cand, actor, recipient, recipient_rule)
            if not actor and kind == "PROTEST":
                place = _place_in(view, cand, set(), anywhere=True)
                if place is not None:
                    actor, actor_rule = [_place_ref(place)], "protesters: country where they gather"
                    if not recipient:
                        recipient = [_place_ref(place)]
                        recipient_rule = "protest: the government of the country where it happens"
        if not recipient and kind in RECIPIENT_EXPECTED and not multilateral:
            recipient, recipient_rule = self._fallback_recipient(state, view, cand, actor)
        actor_codes = {r.code for r in actor if r.code}
        recipient = [r for r in recipient if not (r.span and any(r.span == a.span for a in actor))]
        if not actor and not (recipient and args.recipient.groups):
            return None  # nobody named in or around the sentence: salience alone makes no event
        host = args.recipient.rule.startswith("subject")  # "تستضيف قطر جوله مفاوضات"
        if not actor and kind not in UNKNOWN_ACTOR_TYPES and not host:
            return None  # "قرضا عاجلا سمح لاثينا ...": only attacks and arrests have unnamed doers
        if domestic_service(kind, actor, recipient, bool(args.recipient.groups)):
            return None
        if office_work(view, cand, actor, recipient):
            return None  # "التقى الوزير مديري التعليم"، "زار الامير محافظه الاحساء"
        if lacks_political_side(kind, actor, recipient, view):
            return None  # "شركات ألمانية تستهدف السوق": no government, army, party or IGO takes part
        trigger = Span.of(view.doc.text, view.token(cand.start).start, view.token(cand.end - 1).end)
        explicit_date = own is not None
        if own is not None:
            date, date_rule = dating.from_expr(own), "nearest date in the clause"
        elif cand.anchored and owned_any:
            # "إعلان ... خلال زيارة الشرع": the anchor happened when the event it anchors did
            date, date_rule = dating.from_expr(owned_any[0]), "date of the event this one anchors"
        elif cand.anchored:
            date, date_rule = None, ""
        elif free:
            date, date_rule = dating.from_expr(free[0]), "date of the sentence"
        else:
            date, date_rule = self._fallback_date(state)
        participants = actor_codes | {r.code for r in recipient if r.code}
        reading = read(view, cand, participants, dating.is_future(view.doc, own))
        type_name = kind
        type_rule = f"lexicon {entry.id} form {cand.hit.form.text!r}"
        if speech:
            type_rule += f"; an attack in words ({speech}) is {SPEECH_TYPE}/{SPEECH_MODE}"
            mode, context = [SPEECH_MODE], []
        if reading.modality == "planned" and type_name in FUTURE_COOPERATION:
            type_rule += f"; planned {type_name} is AGREE (PLOVER future cooperation)"
            type_name, mode = "AGREE", []
        stop = self._discontinued(view, cand)
        if stop is not None and type_name in DISCONTINUABLE:
            type_rule += f"; stopping {type_name} ({stop!r}) is SANCTION/discontinue"
            type_name, mode = "SANCTION", ["discontinue"]
        mode, context, refine_rule = self._refine(view, cand, type_name, mode, context)
        draft = Draft(
            cand=cand,
            sentence=view.sentence.span,
            trigger=trigger,
            type=type_name,
            mode=tuple(mode),
            context=tuple(dict.fromkeys(context)),
            actor=actor,
            recipient=recipient,
            date=date,
            reading=reading,
            confidence=self._confidence(cand, args, actor, recipient, own, free),
            symmetric=entry.symmetric and "visit" not in mode,
            explicit_date=explicit_date,
        )
        draft.explain("type", type_rule, trigger)
        draft.explain("mode", refine_rule or f"lexicon {entry.id}", trigger)
        for ref in actor:
            draft.explain("actor", actor_rule or "none", ref.span)
        for ref in recipient:
            draft.explain("recipient", recipient_rule or "none", ref.span)
        if date is not None:
            draft.explain("date", date_rule, date.span)
        draft.explain("modality", reading.rule, reading.cue)
        if reading.source:
            draft.explain("attribution", f"cited source {reading.source!r}", reading.source_span)
        draft.explain(
            "confidence", f"lexicon prior {entry.confidence} adjusted for argument and date evidence"
        )
        return draft

    def _anaphora(self, state: _ArticleState, view: SentenceView, cand: Candidate) -> None:
        """A bare noun (الزيارة) refers back to an event already coded: add it as evidence."""
        for d in reversed(state.drafts):
            if d.cand.entry.id == cand.entry.id:
                span = Span.of(view.doc.text, view.token(cand.start).start, view.token(cand.end - 1).end)
                d.evidence.append(span)
                d.explain("evidence", f"anaphoric mention {cand.entry.id!r}", span)
                return None
        return None

    def _corefer(
        self, state: _ArticleState, view: SentenceView, cand: Candidate, actor: list[ActorRef]
    ) -> bool:
        """'زيارة الوفد الروسي' after the visit was coded: the same event again, as evidence."""
        codes = {r.code for r in actor if r.code}
        for d in reversed(state.drafts):
            same_sense = (
                d.type == cand.entry.type
                and d.mode == cand.entry.mode
                and (d.mode or d.cand.entry.id == cand.entry.id)
            )
            if same_sense and codes and codes <= d.actor_codes():
                span = Span.of(view.doc.text, view.token(cand.start).start, view.token(cand.end - 1).end)
                d.evidence.append(span)
                d.explain("evidence", f"coreferent mention {cand.entry.id!r}", span)
                return True
        return False

    def _multilateral(self, view: SentenceView, cand: Candidate) -> bool:
        if "multilateral" in cand.entry.mode:
            return True
        return any(
            view.is_word(i, "multilateral_markers") for i in range(cand.end, min(view.end, cand.end + 2))
        )

    def _fallback_actor(
        self, state: _ArticleState, view: SentenceView, cand: Candidate, args: Arguments
    ) -> str:
        for i in range(cand.head_end, min(view.end, cand.head_end + 2)):
            if view.is_word(i, "pair_words") and state.drafts:
                prev = state.drafts[-1]
                args.actor = Side([_as_group(prev.actor)], "pair")
                if prev.recipient and not args.recipient.groups:
                    args.recipient = Side([_as_group(prev.recipient)], "pair")
                return "pair word: participants of the previous event"
        prev_here = [d for d in state.drafts if d.sentence == view.sentence.span]
        ante = antecedent(view, cand.head)
        if ante is not None and cand.head - ante.end <= TOPIC_WINDOW:
            # also across أنّ: "نفت إيران أن تكون هاجمت" -> Iran
            args.actor = Side([ante], "sentence-topic")
            return "elided subject: the sentence's earlier participant"
        if not _opens_clause(view, cand.head):
            return ""  # a verb inside a clause whose subject is not a participant ("حجج تدعم")
        source = prev_here[-1] if prev_here else (state.drafts[-1] if state.drafts else None)
        if source is not None and source.actor:
            args.actor = Side([_as_group(source.actor)], "previous-event")
            return "elided subject: actor of the previous event"
        return ""

    def _fallback_recipient(self, state, view, cand, actor):
        """A recipient the sentence implies: the complement's first participant, the counterpart of
        an event told in this or the previous sentence, else the most salient actor of the article
        among those named in this sentence. A guess from further away was wrong more often than
        right on real news, so the event then keeps no recipient."""
        actor_codes = {r.code for r in actor if r.code}
        if cand.entry.type in {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}:
            for g in view.groups:
                same_clause = view.clause_of(g.start) == view.clause_of(cand.start)
                if g.start >= cand.end and same_clause and not g.prep and not (g.codes & actor_codes):
                    return _refs(Side([g])), "first participant of the complement"
        index = view.sentence.index
        near = view.doc.sentences[index - 1].span.start if index else view.sentence.span.start
        for d in reversed(state.drafts[-4:]):
            if d.sentence.start < near:
                continue
            codes = d.recipient_codes()
            if codes and not (codes & actor_codes):
                return list(d.recipient), "recipient of the previous event"
            if d.actor_codes() and not (d.actor_codes() & actor_codes) and d.recipient_codes() & actor_codes:
                return list(d.actor), "counterpart in the previous event"
        named = {c for g in view.groups for c in g.codes}
        for code, _ in state.salience.most_common():
            if code in named and code not in actor_codes:
                return [ActorRef(None, code, (), None)], f"most salient actor of the article ({code})"
        return [], ""

    def _place_roles(self, view, cand, actor, recipient, rule):
        """An attack or arrest 'على خاركيف' / 'في ريف ادلب': the country of the place hit."""
        if recipient:
            return recipient, rule
        # aid or troops sent to one's own country is no target; attacks and arrests at home are
        actor_codes = {r.code for r in actor if r.code} if cand.entry.type in ("AID", "MOBILIZE") else set()
        place = _place_in(view, cand, actor_codes, anywhere=cand.entry.type == "PROTEST")
        if place is None:
            return recipient, rule
        return [_place_ref(place)], f"country of the place {place.mentions[0].span.text!r}"

    def _discontinued(self, view: SentenceView, cand: Candidate) -> str | None:
        for i in range(max(view.start, cand.start - 3), cand.start):
            if view.is_word(i, "discontinue_verbs"):
                return view.norm(i)
        return None

    def _refine(self, view, cand, type_name, mode, context):
        rule = ""
        if type_name != cand.entry.type:
            return mode, context, rule
        modes = self.ontology.types[type_name].modes
        for i in range(cand.end, min(view.end, cand.end + 3)):
            target = cand.entry.refine.get(view.norm(i))
            if target is None:
                continue
            if target in modes:
                mode = [target]
            else:
                context = [*context, target]
            rule = f"refined by {view.norm(i)!r}"
        return mode, context, rule

    def _confidence(self, cand, args, actor, recipient, own, free) -> float:
        score = cand.entry.confidence
        score *= 1.0 if args.actor.groups and args.actor.rule not in ("previous-event",) else 0.75
        score *= 1.0 if args.recipient.groups else (0.8 if recipient else 0.85)
        score *= 1.0 if own is not None else (0.95 if free else 0.9)
        if not actor:
            score *= 0.8
        return score

    def _locate(self, doc: Document, draft: Draft):
        try:
            from basma import places
        except ImportError:  # pragma: no cover - places is part of the package
            return None
        locate = getattr(places, "locate_event", None)
        if locate is None:
            return None
        sentence = doc.sentence_at(draft.sentence.start)
        location = locate(doc, sentence, draft.trigger, tuple(draft.recipient_codes()))
        if location is not None:
            draft.explain("location", "places.locate_event", location.span)
        return location


def _dedupe(refs: list[ActorRef], countries_only: bool) -> list[ActorRef]:
    """One reference per participant; for a whole-sentence list, one per country."""
    out: list[ActorRef] = []
    seen: set[object] = set()
    for ref in refs:
        if countries_only and not ref.code:
            continue
        key = ref.code if countries_only else (ref.code, ref.sectors, ref.actor_id, ref.span)
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out


TOPIC_WINDOW = 15


def _opens_clause(view: SentenceView, head: int) -> bool:
    """'وأضاف ...'، '، مؤكدا ...': the verb opens its clause, so its subject is the story's actor."""
    i = head - 1
    while i >= view.start and (view.token(i).norm in ("«", '"') or view.token(i).base in OPENERS):
        i -= 1
    return i < view.start or view.token(i).norm in CLAUSE_BREAKS


PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "PROTEST", "AID", "MOBILIZE", "RETREAT"}
TARGET_PREPS = {"علي", "ضد", "في", "الي", "باتجاه", "نحو", "ل", "ب", "", "من"}
PLACE_WINDOW = 12


def _place_in(view: SentenceView, cand: Candidate, exclude: set[str], anywhere: bool = False) -> Group | None:
    """The first coded place after the trigger in its clause (or anywhere in the sentence)."""
    for g in view.places:
        code = g.mentions[0].code
        if code in exclude or g.prep not in TARGET_PREPS or (g.prep == "من" and cand.entry.type != "RETREAT"):
            continue  # "من" names where troops leave, elsewhere where an attacker comes from
        if anywhere or (
            cand.end <= g.start < cand.end + PLACE_WINDOW
            and view.clause_of(g.start) == view.clause_of(cand.start)
        ):
            return g
    return None


def _place_ref(place: Group) -> ActorRef:
    m = place.mentions[0]
    return ActorRef(None, m.code, (), m.span)


def _as_group(refs: list[ActorRef]) -> Group:
    from basma.records import Mention

    mentions = [
        Mention(r.span or Span(0, 0, ""), "reference", r.actor_id, r.code, r.sectors, "coreference")
        for r in refs
    ]
    return Group([[m] for m in mentions], 0, 0)
