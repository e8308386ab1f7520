"""The records gold files are read into: items, expected events, actors, dates, quotes, mentions.

Fields a gold event leaves as None are not scored for it, so annotators can code what they are sure
of. A ``GoldDate`` knows the period of days it allows, which is how dates are matched "within the
granularity".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
MODALITIES = ("asserted", "reported", "denied", "planned", "hypothetical", "speculated", "negated")
GRANULARITIES = ("day", "week", "month", "year", "unknown")

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
MODALITIES = ("asserted", "reported", "denied", "planned", "hypothetical", "speculated", "negated")
GRANULARITIES = ("day", "week", "month", "year", "unknown")


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One expected participant: a country or international code, sectors, optionally a KB id."""

    code: str | None
    sectors: tuple[str, ...] = ()
    id: str | None = None
    accept_codes: tuple[str, ...] = ()
    accept_sectors: tuple[str, ...] = ()

    @property
    def codes(self) -> frozenset[str]:
        """Every code that counts as right for this participant."""
        return frozenset(c for c in (self.code, *self.accept_codes) if c)


@dataclass(frozen=True, slots=True)
class GoldDate:
    """An expected event date; ``value`` is ISO cut to the granularity (``2025-11``, ``2025``)."""

    value: str | None
    granularity: str

    def period(self) -> tuple[date, date] | None:
        """The first and last day the gold date allows, or None when the date is unknown."""
        return period_of(self.value, self.granularity)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event. Fields left as None are not scored for this event."""

    type: str
    accept_types: tuple[str, ...] = ()
    mode: tuple[str, ...] = ()
    actor: tuple[GoldActor, ...] = ()
    recipient: tuple[GoldActor, ...] = ()
    symmetric: bool = False
    date: GoldDate | None = None
    location: str | None = None
    location_country: str | None = None
    modality: str | None = None
    attribution: str | None = None
    attribution_codes: tuple[str, ...] = ()
    attribution_id: str | None = None
    attribution_scored: bool = False
    trigger: str | None = None
    evidence: str | None = None
    required: bool = True
    label: str = ""
    same_as: str | None = None

    @property
    def types(self) -> frozenset[str]:
        """Every PLOVER type that counts as right for this event."""
        return frozenset((self.type, *self.accept_types))


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """Expected direct or reported speech: who speaks, and words of what is said."""

    speaker: GoldActor | None
    evidence: str
    required: bool = True
    label: str = ""


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A stretch of the text that names an actor, with the code it should resolve to."""

    surface: str
    code: str | None
    sectors: tuple[str, ...] = ()
    id: str | None = None
    accept_codes: tuple[str, ...] = ()

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(c for c in (self.code, *self.accept_codes) if c)


@dataclass(frozen=True, slots=True)
class CleanCheck:
    """What the cleaner must do to a raw page: drop furniture, keep captions apart."""

    boilerplate: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    body_starts_with: tuple[str, ...] = ()
    title: str | None = None


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One unit of gold: the text, its metadata and everything expected in it.

    ``exhaustive`` says the item's mention and quote lists name every one in the text, so that
    system mentions and quotes outside them count as false alarms; the seed's lists are not.
    """

    id: str
    text: str
    published_at: datetime | None
    outlet: str | None
    split: str
    source: str
    style: str | None = None
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] | None = None
    mentions: tuple[GoldMention, ...] | None = None
    clean: CleanCheck | None = None
    note: str | None = None
    exhaustive: bool = True

    @property
    def negative(self) -> bool:
        """A hard negative: text in which no event should be coded."""
        return not self.events


def period_of(value: str | None, granularity: str) -> tuple[date, date] | None:
    """The days an ISO value at a granularity covers (a week value is the day it is anchored on)."""
    if not value or granularity == "unknown":
        return None
    parts = [int(p) for p in value.split("-")]
    if granularity == "year" or len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if granularity == "month" or len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    day = date(parts[0], parts[1], parts[2])
    if granularity == "week":
        return day - timedelta(days=7), day + timedelta(days=7)
    return day, day
