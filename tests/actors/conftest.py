"""Shared helpers for the actor tests: run the real text layer and resolver on a sentence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from basma import text
from basma.actors import resolve
from basma.document import Document
from basma.records import Article, Mention

Resolve = Callable[..., tuple[Mention, ...]]


def mentions_of(body: str, published: str = "2025-11-18") -> tuple[Mention, ...]:
    """Tokenise ``body`` with the real text layer and resolve its actor mentions."""
    day = datetime.fromisoformat(published).replace(tzinfo=UTC)
    doc = Document(Article(id="t", text=body, published_at=day))
    text.analyse(doc)
    return resolve(doc)


@pytest.fixture
def resolved() -> Resolve:
    return mentions_of
