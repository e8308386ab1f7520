"""basma places stage: an offline gazetteer, place mentions and event locations.

``find_places(doc)`` finds place mentions (``Mention`` with kind ``place``); ``locate_event(...)``
says where one event happened. Both read the gazetteer built by :mod:`basma.places.gazetteer`.
"""

from __future__ import annotations

from basma.document import Document
from basma.places.gazetteer import Gazetteer, gazetteer
from basma.places.locate import locate_event, place_location
from basma.places.matching import annotate
from basma.places.model import Place
from basma.records import Mention

__all__ = ["Gazetteer", "Place", "find_places", "gazetteer", "locate_event", "place_location"]


def find_places(doc: Document) -> tuple[Mention, ...]:
    """Place mentions of an article (kind ``place``), each resolved to a gazetteer entry.

    ``actor_id`` is ``geo:<geonameid>`` or the slug of one of our regions, ``code`` the ISO3
    country, ``rule`` how the reading was chosen and ``confidence`` how clear the choice was.
    """
    return annotate(doc)
