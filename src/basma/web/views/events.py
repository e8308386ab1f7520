"""Events: filtered lists and one event with its evidence."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from basma.store.queries import select_events
from basma.web.deps import get_store, parse_day, records
from basma.web.errors import ApiError


def list_events(
    request: Request,
    actor: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    article: str | None = None,
    limit: int = 200,
    dedup: bool = False,
) -> list[dict[str, Any]]:
    """Events as ``Event.to_dict()`` objects, oldest first.

    With ``dedup=true``, events that only repeat an event of an earlier article the article copies
    are left out, so a wire story republished by several outlets counts once (as ``basma events
    --dedup``).
    """
    if not 1 <= limit <= 5000:
        raise ApiError(400, "limit must be between 1 and 5000")
    rows = select_events(
        get_store(request),
        actor=actor,
        event_type=type,
        since=parse_day(since, "since"),
        until=parse_day(until, "until"),
        article=article,
        limit=limit,
        dedup=dedup,
    )
    return records(rows)


def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One event with the article's title and outlet: the answer to "why was this coded?"."""
    rows = get_store(request).query(
        "SELECT e.record, a.title, a.outlet, a.url FROM events e LEFT JOIN articles a ON a.id = e.article_id "
        "WHERE e.id = ?",
        [event_id],
    )
    if not rows:
        raise ApiError(404, f"no event with id {event_id!r}")
    row = rows[0]
    return {
        **json.loads(row["record"]),
        "article": {"title": row["title"], "outlet": row["outlet"], "url": row["url"]},
    }
