"""Actors: the knowledge base and the resolution of every mention.

``load_kb()`` reads the data files under ``basma/data/actors`` (validated on load);
``resolve(doc)`` finds every mention of an actor in an article and says how it was resolved.
"""

from __future__ import annotations

from basma.actors.kb import Hit, KnowledgeBase, load_kb
from basma.actors.resolver import resolve

__all__ = ["Hit", "KnowledgeBase", "load_kb", "resolve"]
