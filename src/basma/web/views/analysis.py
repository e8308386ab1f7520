"""Relations between actors: summary, dyads, network, footprint, shifts, stories, rejections."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from basma import analysis
from basma.analysis.relations import PERIODS
from basma.analysis.stories import top_stories
from basma.web.deps import get_store, parse_day
from basma.web.errors import ApiError


def _period(period: str) -> str:
    if period not in PERIODS:
        raise ApiError(400, f"period must be one of {', '.join(PERIODS)}")
    return period


def summary(request: Request) -> dict[str, Any]:
    """Counts, events by type, top pairs and the date range: the dashboard's first view."""
    store = get_store(request)
    by_type = store.query("SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY events DESC")
    span = store.query("SELECT min(date_start) AS first, max(date_start) AS last FROM events")[0]
    return {
        "counts": store.counts(),
        "events_by_type": by_type,
        "top_pairs": analysis.network(store)[:15],
        "first_date": span["first"],
        "last_date": span["last"],
    }


def dyads(
    request: Request,
    period: str = "month",
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    return analysis.dyads(
        get_store(request),
        period=_period(period),
        actor=actor,
        since=parse_day(since, "since"),
        until=parse_day(until, "until"),
    )


def network(request: Request, min_events: int = 1) -> list[dict[str, Any]]:
    return analysis.network(get_store(request), min_events=min_events)


def footprint(request: Request, country: str, inside: str, period: str = "month") -> list[dict[str, Any]]:
    return analysis.footprint(get_store(request), country, inside, period=_period(period))


def shifts(request: Request, country: str, split: str, min_events: int = 2) -> list[dict[str, Any]]:
    day = parse_day(split, "split")
    if day is None:
        raise ApiError(400, "split is required (YYYY-MM-DD)")
    return analysis.shifts(get_store(request), country, split=day, min_events=min_events)


def stories(request: Request, limit: int = 20) -> list[dict[str, Any]]:
    return top_stories(get_store(request), limit)


def rejections(request: Request) -> list[dict[str, Any]]:
    return get_store(request).query(
        "SELECT input_ref, stage, reason, message FROM rejections ORDER BY input_ref"
    )
