"""Places: gazetteer lookup and event locations."""

from __future__ import annotations

from basma.document import Document
from basma.records import Mention

__all__ = ["find_places"]


def find_places(doc: Document) -> tuple[Mention, ...]:
    """No gazetteer yet: places are not recognised (see docs/architecture.md)."""
    return ()
