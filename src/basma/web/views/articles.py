"""Articles: the list, one article with its findings, and coding a text on demand."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from pydantic import BaseModel

import basma
from basma.errors import BasmaError
from basma.store.queries import select_events
from basma.web.deps import get_store, records
from basma.web.errors import ApiError


def list_articles(request: Request, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Articles newest first, with their event counts."""
    return get_store(request).query(
        "SELECT a.id, a.title, a.outlet, a.section, a.published_at, a.url, a.language, "
        "count(e.id) AS events FROM articles a LEFT JOIN events e ON e.article_id = a.id "
        "GROUP BY ALL ORDER BY a.published_at DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        [limit, offset],
    )


def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article with its events, actor mentions and dates, all as spans into its text."""
    store = get_store(request)
    rows = store.query("SELECT * EXCLUDE (ingested_at) FROM articles WHERE id = ?", [article_id])
    if not rows:
        raise ApiError(404, f"no article with id {article_id!r}")
    mentions = store.query(
        "SELECT start_char, end_char, text, kind, actor_id, code, sectors, resolved_by FROM mentions "
        "WHERE article_id = ? ORDER BY start_char",
        [article_id],
    )
    dates = store.query(
        "SELECT start_char, end_char, text, value, granularity, basis FROM dates WHERE article_id = ? "
        "ORDER BY start_char",
        [article_id],
    )
    return {
        **rows[0],
        "events": records(select_events(store, article=article_id)),
        "mentions": mentions,
        "dates": dates,
    }


class CodeRequest(BaseModel):
    text: str
    published_at: str | None = None
    outlet: str | None = None


def code(body: CodeRequest) -> dict[str, Any]:
    """Code a text without storing it (what ``basma.code_text`` returns)."""
    if not body.text.strip():
        raise ApiError(400, "text is empty")
    try:
        return basma.code_text(body.text, published_at=body.published_at, outlet=body.outlet).to_dict()
    except ValueError as exc:
        raise ApiError(400, f"published_at is not ISO 8601 ({exc})") from exc
    except BasmaError as exc:
        raise ApiError(422, str(exc)) from exc
