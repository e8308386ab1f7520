"""What a matched phrase can mean: the payloads the actor matcher carries."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of a phrase in the knowledge base or the actor lexicon.

    ``kind`` is one of: ``actor`` (a name; ``ref`` is the actor id), ``demonym`` (``ref`` is the
    country actor id), ``title`` (``ref`` is a title key), ``group`` (a group noun key), ``sector``
    (a sector word), ``deputy``, ``rank``, ``honorific``, ``ambiguous`` (a name that is also a common
    word; ``ref`` is the actor id), ``block`` (a phrase in which nothing is an actor), ``pair``
    (الجانبان), ``occupation`` (الاحتلال, see :mod:`basma.actors.occupation`), ``home`` (a country's
    bare name for itself, المملكة; ``ref`` is the word).
    """

    kind: str
    ref: str = ""
    via: str = "name"  # name, variant, short, metonym, demonym
    sectors: tuple[str, ...] = ()
    compose_only: bool = False
