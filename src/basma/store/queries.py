"""Read queries over the store that several front ends share (CLI, web API)."""

from __future__ import annotations

from datetime import date
from typing import Any

from basma.store.db import Store


def select_events(
    store: Store,
    *,
    actor: str | None = None,
    event_type: str | None = None,
    since: date | None = None,
    until: date | None = None,
    article: str | None = None,
    limit: int | None = None,
    dedup: bool = False,
) -> list[dict[str, Any]]:
    """Stored events matching the filters, oldest first; ``record`` holds each Event.to_dict().

    :param dedup: leave out events that repeat an event of an earlier article this article copies
        (the ``events_unique`` view), so a wire story republished by several outlets counts once.
    """
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if actor:
        where.append(
            "(list_contains(e.actor_codes, ?) OR list_contains(e.recipient_codes, ?) "
            "OR list_contains(e.actor_ids, ?) OR list_contains(e.recipient_ids, ?))"
        )
        params += [actor.upper(), actor.upper(), actor, actor]
    if event_type:
        where.append("e.type = ?")
        params.append(event_type.upper())
    if since:
        where.append("coalesce(e.date_end, e.date_start) >= ?")
        params.append(since)
    if until:
        where.append("coalesce(e.date_start, e.date_end) <= ?")
        params.append(until)
    if article:
        where.append("e.article_id = ?")
        params.append(article)
    source = "events_unique" if dedup else "events"
    sql = (
        f"SELECT e.*, a.outlet, a.title FROM {source} e LEFT JOIN articles a ON a.id = e.article_id "
        f"WHERE {' AND '.join(where)} ORDER BY e.date_start NULLS LAST, e.article_id, e.trigger_start"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql, params)
