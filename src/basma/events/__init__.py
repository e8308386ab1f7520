"""Events: PLOVER/CAMEO coding of each interaction, with modality, attribution, quotes and evidence.

``code(doc)`` is the stage entry point the pipeline calls. It uses the coder registered as
``"rules"`` unless another is named; see :mod:`basma.events.registry` for plugging in others.
"""

from __future__ import annotations

from basma.document import Document
from basma.events.registry import Coder, available, get_coder, register
from basma.events.rules import CODER_VERSION, RuleCoder
from basma.records import Event, Quote

__all__ = ["CODER_VERSION", "Coder", "RuleCoder", "available", "code", "get_coder", "register"]

register("rules", RuleCoder)


def code(doc: Document, coder: str | None = None) -> tuple[tuple[Event, ...], tuple[Quote, ...]]:
    """Code one article's events and quotes with the named coder (default: the rule coder)."""
    return get_coder(coder).code(doc)
