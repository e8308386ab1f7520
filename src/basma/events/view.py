"""A sentence as the coder reads it: tokens, clauses, lexicon hits and groups of actor mentions.

Everything the argument, modality and date rules ask about a sentence is computed once here:
which tokens carry a preposition, where the clauses break, which lexicon forms matched where, and
which actor mentions are conjoined into one compound participant ("روسيا وتركيا والولايات المتحدة").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from basma.document import Document
from basma.events.lexicon import Hit, Lexicon, load_lexicon
from basma.records import Mention, SegmentKind, Sentence, Token
from basma.text.matcher import PhraseMatcher
from basma.text.tokens import Tokens

CLAUSE_BREAKS = {"،", ",", ":", "؛", ";", "(", ")"}
CONJUNCTION_GAP = {"و", "،", ",", "كل", "من", "-", "او"}


@lru_cache(maxsize=1)
def hit_matcher() -> PhraseMatcher[Hit]:
    """One phrase matcher over every trigger, support and cue form of the lexicon."""
    matcher: PhraseMatcher[Hit] = PhraseMatcher()
    for text, hits in load_lexicon().forms.items():
        for hit in hits:
            matcher.add(text, hit)
    return matcher


@dataclass
class Match:
    """Lexicon forms found at tokens ``[start, end)``."""

    start: int
    end: int
    hits: list[Hit]

    def of(self, kind: str) -> list[Hit]:
        return [h for h in self.hits if h.kind == kind]

    def cues(self) -> set[str]:
        return {h.cue for h in self.hits if h.kind == "cue"}


@dataclass
class Group:
    """Conjoined actor mentions acting as one participant, with how the text introduces them."""

    members: list[list[Mention]]  # conjoined participants, each a list of appositive mentions
    start: int  # token index
    end: int
    prep: str = ""  # the preposition in front ("" for none)
    sectors: tuple[str, ...] = ()  # sectors inherited from a head such as "وفود استخبارية من"

    @property
    def mentions(self) -> list[Mention]:
        return [m for member in self.members for m in member]

    @property
    def codes(self) -> set[str]:
        return {m.code for m in self.mentions if m.code}

    def heads(self) -> list[Mention]:
        """One mention per participant: the most specific of its appositive mentions."""
        return [max(member, key=_specificity) for member in self.members]


def _specificity(m: Mention) -> tuple[int, int, int]:
    return (m.kind == "person", m.actor_id is not None and m.code is not None, m.span.end - m.span.start)


_NO_WORDS: frozenset[str] = frozenset()


@dataclass
class SentenceView:
    doc: Document
    sentence: Sentence
    lex: Lexicon
    matches: dict[int, Match] = field(default_factory=dict)
    clause: list[int] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    places: list[Group] = field(default_factory=list)  # place names, each with its preposition
    # The article's token columns: the coder asks for words by position hundreds of times a
    # sentence, and reading a column is cheaper than reading a record.
    norms: list[str] = field(init=False, repr=False)
    bases: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        table = Tokens.of(self.doc.tokens)
        self.norms, self.bases = table.norms, table.bases

    @property
    def start(self) -> int:
        return self.sentence.token_start

    @property
    def end(self) -> int:
        return self.sentence.token_end

    def token(self, i: int) -> Token:
        return self.doc.tokens[i]

    def norm(self, i: int) -> str:
        return self.bases[i] if self.sentence.token_start <= i < self.sentence.token_end else ""

    def clause_of(self, i: int) -> int:
        return self.clause[i - self.start]

    def cue_at(self, i: int) -> set[str]:
        match = self.matches.get(i)
        return match.cues() if match else set()

    def match_covering(self, i: int) -> Match | None:
        for m in self.matches.values():
            if m.start <= i < m.end:
                return m
        return None

    def is_word(self, i: int, name: str) -> bool:
        """Whether token ``i`` (whole word or without proclitics) is in the cue word list ``name``."""
        if not self.sentence.token_start <= i < self.sentence.token_end:
            return False
        words = self.lex.words.get(name, _NO_WORDS)
        return self.bases[i] in words or self.norms[i] in words


def has_conjunction(token: Token) -> bool:
    """Whether the token starts with the clitic conjunction و or ف."""
    if any(seg.kind is SegmentKind.CONJUNCTION for seg in token.segments):
        return True
    return len(token.norm) > len(token.base) and token.norm[0] in "وف"


def clitic_prep(token: Token) -> str:
    """The proclitic preposition of a token (ب، ل، ك), or "" when there is none."""
    for seg in token.segments:
        if seg.kind is SegmentKind.PREPOSITION:
            return seg.norm[-1:] if seg.norm else ""
    norm, base = token.norm, token.base
    if norm.startswith("لل") and base.startswith("ال"):
        return "ل"
    if len(norm) > len(base) and norm.endswith(base):
        prefix = norm[: len(norm) - len(base)]
        for letter in reversed(prefix):
            if letter in "بلك":
                return letter
    return ""


def _token_index(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _mention_groups(view: SentenceView, mentions: list[Mention]) -> list[Group]:
    doc = view.doc
    starts = Tokens.of(doc.tokens).starts if mentions else []
    placed: list[tuple[int, int, Mention]] = []
    for m in sorted(mentions, key=lambda m: (m.span.start, -(m.span.end - m.span.start))):
        if placed and m.span.start < doc.tokens[placed[-1][1] - 1].end:
            continue  # nested in or overlapping the previous, longer mention
        s = _token_index(starts, m.span.start)
        e = _token_index(starts, max(m.span.start, m.span.end - 1)) + 1
        placed.append((s, e, m))
    groups: list[Group] = []
    for s, e, m in placed:
        prev = groups[-1] if groups else None
        gap = [view.norm(i) for i in range(prev.end, s)] if prev else []
        joined = prev is not None and all(g in CONJUNCTION_GAP for g in gap)
        first = doc.tokens[s]
        conj = prev is not None and ((not gap and has_conjunction(first)) or "و" in gap)
        last = prev.members[-1][-1] if prev is not None else None
        same_side = last is not None and (not m.code or not last.code or m.code == last.code)
        if prev is not None and joined and gap == ["من"] and not prev.codes and prev.mentions[-1].sectors:
            # "وفود استخبارية من روسيا": the head gives its sectors to the countries after it
            prev.sectors = prev.mentions[-1].sectors
            prev.members = [[m]]
            prev.end = e
            continue
        if prev is not None and joined and not clitic_prep(first):
            if not gap and same_side and not conj:
                prev.members[-1].append(m)  # apposition: "المتحدث باسم الكرملين دميتري بيسكوف"
                prev.end = e
                continue
            adjective = not gap and m.resolved_by == "demonym"  # "محادثات روسية سورية"
            if conj or adjective or "،" in gap or "كل" in gap:
                prev.members.append([m])  # conjoined: "روسيا وتركيا"، "محادثات روسية سورية"
                prev.end = e
                continue
        groups.append(Group([[m]], s, e, _prep_before(view, s)))
    return groups


def _prep_before(view: SentenceView, i: int) -> str:
    """The preposition introducing the mention that starts at token ``i``."""
    clitic = clitic_prep(view.token(i))
    if clitic:
        return clitic
    j = i - 1
    if j - 1 >= view.start and view.norm(j) == "قبل" and view.norm(j - 1) == "من":
        return "من"  # "من قبل X": the agent of a passive
    # "على مواقع حزب الله"، "من شمال العراق": a mention inside a phrase keeps its preposition
    for j in range(i - 1, max(view.start, i - 3) - 1, -1):
        if view.is_word(j, "complementizers"):
            return ""
        if view.is_word(j, "prepositions"):
            word = view.norm(j)
            if word == "من" and j - 2 >= view.start and view.is_word(j - 2, "prepositions"):
                return view.norm(j - 2)  # "علي شبكه من الشركات": the outer preposition governs
            if word == "من" and j - 1 >= view.start and view.is_word(j - 1, "partitive_heads"):
                return ""  # "وفد من الكونغرس": the Congress is the participant
            return word
        token = view.token(j)
        match = view.matches.get(j)
        governs = match is not None and bool(match.of("trigger") or match.of("support"))
        if clitic_prep(token) and (j < i - 1 or not governs):
            # "لتصريحات المرشد"، "لفخامة الرئيس": the name sits inside the phrase the preposition
            # opens; right after a trigger noun (بدعم الولايات المتحدة) it is the noun's genitive
            return clitic_prep(token)
        if token.norm in CLAUSE_BREAKS or governs:
            return ""
    return ""


def build_view(doc: Document, sentence: Sentence, lex: Lexicon | None = None) -> SentenceView:
    """Compute the reading of one sentence."""
    lex = lex or load_lexicon()
    view = SentenceView(doc, sentence, lex)
    for m in hit_matcher().find(doc.tokens, sentence.token_start, sentence.token_end):
        view.matches[m.token_start] = Match(m.token_start, m.token_end, list(m.payloads))
    clause = 0
    for norm in Tokens.of(doc.tokens).norms[sentence.token_start : sentence.token_end]:
        if norm in CLAUSE_BREAKS:
            clause += 1
        view.clause.append(clause)
    mentions = [
        m
        for m in doc.mentions_in(sentence.span.start, sentence.span.end)
        if m.kind != "place" and (m.code or m.actor_id or m.sectors)
    ]
    view.groups = _mention_groups(view, mentions)
    view.places = _place_groups(view)
    return view


def _place_groups(view: SentenceView) -> list[Group]:
    """The sentence's coded place names (خاركيف، ريف ادلب): the country a target lies in."""
    doc = view.doc
    sentence = view.sentence.span
    out: list[Group] = []
    for m in doc.places:
        if not (sentence.start <= m.span.start < sentence.end) or not m.code:
            continue
        s = next((i for i in range(view.start, view.end) if doc.tokens[i].end > m.span.start), view.end)
        if s >= view.end:
            continue
        e = next((i for i in range(s, view.end) if doc.tokens[i].end >= m.span.end), s) + 1
        out.append(Group([[m]], s, e, _prep_before(view, s)))
    return out
