"""The core records that flow between basma's stages.

Every record is a small frozen dataclass with ``to_dict()``. Every offset is a character offset into
``Article.text``, the cleaned body, which is never rewritten after cleaning: normalised forms live
beside the text (on tokens), never in its place. That is what lets a user ask "why was this coded?"
and get back the exact words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any


def to_plain(value: Any) -> Any:
    """Turn records, tuples, dates and enums into JSON-ready Python values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


class Record:
    """Mixin giving every record the same ``to_dict()``."""

    # Without this, every slotted record would still carry a __dict__ inherited from the mixin.
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain, JSON-serialisable data."""
        return to_plain(self)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut a span out of ``text`` so that offsets and surface can never disagree.

        Every stage makes spans by the thousand, so the fields are set through the slots' own
        descriptors: a frozen dataclass's ``__init__`` goes through ``object.__setattr__`` for
        each field and costs twice as much for the same object.
        """
        span = _new(cls)
        _SET_START(span, start)
        _SET_END(span, end)
        _SET_TEXT(span, text[start:end])
        return span  # type: ignore[no-any-return]


_new = object.__new__
# mypy sees a slot as an instance attribute, not as the descriptor it is on the class.
_SET_START = Span.start.__set__  # type: ignore[misc, attr-defined]
_SET_END = Span.end.__set__  # type: ignore[misc, attr-defined]
_SET_TEXT = Span.text.__set__  # type: ignore[misc, attr-defined]
# The same setters for code that builds spans whose text it already holds (the token table).
SPAN_SETTERS = (_SET_START, _SET_END, _SET_TEXT)


class SegmentKind(StrEnum):
    """What part of a surface token a clitic segment is."""

    CONJUNCTION = "conj"  # و ف
    PREPOSITION = "prep"  # ب ل ك
    FUTURE = "fut"  # س
    ARTICLE = "det"  # ال (and the ل of لل)
    STEM = "stem"
    PRONOUN = "pron"  # ـه ـها ـهم ...


@dataclass(frozen=True, slots=True)
class Segment(Record):
    """One clitic or the stem of a token, with its own offsets into the article text."""

    span: Span
    kind: SegmentKind
    norm: str


@dataclass(frozen=True, slots=True)
class Token(Record):
    """A surface word with its normalised form and clitic segments.

    ``norm`` is the normalised surface; ``base`` is the normalised form without proclitic
    conjunctions/prepositions but with the article kept (``ولل`` + ``رئيس`` -> ``الرئيس``), which is
    what knowledge-base and lexicon entries are matched against; ``stem`` drops the article and
    pronoun suffixes too.
    """

    index: int
    span: Span
    norm: str
    base: str
    stem: str
    segments: tuple[Segment, ...] = ()

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


# A token's segments relative to its own start, as the tokeniser caches them per surface word:
# (kind value, start, end, norm). Plain strings and ints, so these tuples hold nothing the garbage
# collector has to visit.
RelativeParts = tuple[tuple[str, int, int, str], ...]


class _LazySegments:
    """``Token.segments``, built from the token's relative parts on first read.

    Most tokens are never asked for their segments (stages read ``norm``, ``base`` and ``stem``),
    yet building a Span and a Segment for each clitic was half of tokenisation. The tokeniser
    therefore stores the cached relative parts in the ``segments`` slot; the first read turns them
    into Segment records with article offsets and keeps those. Tokens built through the
    constructor hold their segments from the start, so both routes read the same.
    """

    __slots__ = ("_get", "_set", "stored")

    def __init__(self, slot: Any) -> None:
        self._get = slot.__get__
        self._set = slot.__set__
        # What the slot holds now, built segments or relative parts, without building anything.
        self.stored: Callable[[Token], tuple[Segment, ...] | RelativeParts] = slot.__get__

    def __get__(self, token: Token | None, owner: type | None = None) -> Any:
        if token is None:
            return self
        value = self._get(token)
        if value and value[0].__class__ is tuple:
            value = segments_from_parts(token.span, value)
            self._set(token, value)
        return value

    def __set__(self, token: Token, value: tuple[Segment, ...] | RelativeParts) -> None:
        self._set(token, value)


_KINDS = {kind.value: kind for kind in SegmentKind}


def segments_from_parts(span: Span, parts: RelativeParts) -> tuple[Segment, ...]:
    """Segment records for a token at ``span`` from its relative parts.

    A part that covers the whole token shares the token's span rather than copying it.
    """
    start = span.start
    surface = span.text
    return tuple(
        Segment(
            span if a == 0 and b == len(surface) else Span(start + a, start + b, surface[a:b]),
            _KINDS[kind],
            norm,
        )
        for kind, a, b, norm in parts
    )


TOKEN_SEGMENTS = _LazySegments(Token.__dict__["segments"])
setattr(Token, "segments", TOKEN_SEGMENTS)  # noqa: B010 - replaces the dataclass slot on purpose


@dataclass(frozen=True, slots=True)
class Sentence(Record):
    """A sentence of the article with the indices of the tokens it holds (``token_end`` exclusive)."""

    index: int
    span: Span
    token_start: int
    token_end: int


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class DateBasis(StrEnum):
    EXPLICIT = "explicit"
    RELATIVE = "relative-to-publication"
    PUBLICATION_FALLBACK = "publication-fallback"
    ARTICLE_CONTEXT = "article-context"


@dataclass(frozen=True, slots=True)
class DateExpr(Record):
    """A date or time expression found in the text and resolved against the publication date.

    ``value`` is ISO 8601 cut to the granularity: ``2025-11-16`` (day, or the Monday that starts a
    week), ``2025-10`` (month), ``2025`` (year). ``start``/``end`` bound the period it can mean, which
    is what evaluation and ``--since/--until`` filters compare against.
    """

    span: Span
    value: str | None
    granularity: Granularity
    basis: DateBasis
    start: date | None = None
    end: date | None = None
    calendar: str = "gregorian"
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Amount(Record):
    """A number in the text with the thing it counts ("نحو 190 شخصية")."""

    span: Span
    value: float
    object: str | None = None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Role(Record):
    """An office or position an actor holds between two dates (either end may be open)."""

    title: str
    country: str
    sectors: tuple[str, ...]
    organisation: str | None = None
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date | None) -> bool:
        """Whether the role is held on ``day`` (an unknown day matches any role)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """An entry of the knowledge base: a country, person, organisation, group or outlet."""

    id: str
    kind: str
    names_ar: tuple[str, ...]
    names_en: tuple[str, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    metonym_of: str | None = None
    wikidata: str | None = None

    def code_on(self, day: date | None) -> tuple[str | None, tuple[str, ...]]:
        """Country and sectors of the actor on ``day``: a person's come from the role held then."""
        held = [role for role in self.roles if role.holds_on(day)]
        if held:
            role = held[-1]
            return role.country, role.sectors
        return self.country, self.sectors


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A stretch of text that names or describes an actor (or a place), and how it was resolved."""

    span: Span
    kind: str  # person, organisation, country, place, group, role, media
    actor_id: str | None
    code: str | None
    sectors: tuple[str, ...] = ()
    resolved_by: str = "name"  # name, variant, role, demonym, metonym, coreference
    confidence: float = 1.0
    rule: str = ""


@dataclass(frozen=True, slots=True)
class ActorRef(Record):
    """An event participant: who, with which code, and where the text says so."""

    actor_id: str | None
    code: str | None
    sectors: tuple[str, ...]
    span: Span | None


@dataclass(frozen=True, slots=True)
class EventDate(Record):
    value: str | None
    granularity: Granularity
    basis: DateBasis
    span: Span | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Location(Record):
    """Where an event happened; coordinates and admin codes when the gazetteer knows the place."""

    name: str
    country: str | None = None
    span: Span | None = None
    resolved_name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    resolution: str | None = None  # point, admin-1, country


@dataclass(frozen=True, slots=True)
class Attribution(Record):
    """According to whom: the outlet, and the source the article cites for this event."""

    outlet: str | None
    source: str | None = None
    source_actor: ActorRef | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Explanation(Record):
    """Why one field of an event has its value: the rule or lexicon entry and the span behind it."""

    field: str
    rule: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One coded interaction (PLOVER type and mode, CAMEO equivalent) with evidence for each field."""

    id: str
    article_id: str
    sentence: Span
    type: str
    mode: tuple[str, ...]
    context: tuple[str, ...]
    cameo: str | None
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    trigger: Span
    date: EventDate
    location: Location | None
    modality: str  # asserted, reported, denied, planned, hypothetical, speculated, negated
    attribution: Attribution | None
    quad: int | None
    intensity: float | None
    confidence: float
    coder_version: str
    evidence: tuple[Span, ...] = ()
    explanation: tuple[Explanation, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """Direct or reported speech: who said it, the verb that says so, what was said and about whom."""

    id: str
    article_id: str
    speaker: ActorRef | None
    cue: Span | None
    content: Span
    date: EventDate
    about: tuple[ActorRef, ...] = ()
    direct: bool = False


@dataclass(frozen=True, slots=True)
class Article(Record):
    """One cleaned article. ``text`` is the clean body and never changes after cleaning."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    section: str | None = None
    title: str | None = None
    published_at: datetime | None = None
    language: str = "ar"
    captions: tuple[str, ...] = ()
    source_ref: str = ""
    content_hash: str = ""
    author: str | None = None
    tags: tuple[str, ...] = ()
    encoding: str | None = None
    duplicate_of: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Rejection(Record):
    """An input that could not become an article (or could not be coded), kept with its reason."""

    input_ref: str
    stage: str
    reason: str  # a stable short code, see basma.errors
    message: str


@dataclass(frozen=True, slots=True)
class CodedArticle(Record):
    """Everything basma found in one article: what ``basma.code_text`` returns."""

    article: Article
    sentences: tuple[Sentence, ...]
    dates: tuple[DateExpr, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    amounts: tuple[Amount, ...] = ()
    places: tuple[Mention, ...] = ()
