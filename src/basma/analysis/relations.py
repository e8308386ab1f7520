"""Relations between actors over time, computed in DuckDB over the stored events.

Only events that are said to have happened count by default: denied, negated, hypothetical and
planned events are kept in the store (an analyst wants to see them) but would distort a relation,
so they are left out unless ``include_all_modalities`` is set. With ``dedup`` every function reads
``events_unique``: events that only repeat an event of an earlier article a copy was linked to
(an agency story republished by another outlet) are left out, so each report counts once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from basma.store import Store

PERIODS = ("day", "week", "month", "quarter", "year")
_FACTUAL = ("asserted", "reported")

# Cooperation (+) or conflict (-) of one event: its PLOVER intensity when known, else its quad class.
_SCORE = """coalesce(e.intensity,
    CASE e.quad WHEN 1 THEN 1.0 WHEN 2 THEN 2.0 WHEN 3 THEN -1.0 WHEN 4 THEN -2.0 ELSE 0.0 END)"""


def _events(dedup: bool) -> str:
    """The table of events to count: all stored events, or those no copy repeats."""
    return "events_unique" if dedup else "events"


def _edges_sql(where: str, dedup: bool = False) -> str:
    """One row per (actor code, recipient code, event) with its score and period start."""
    return f"""
        SELECT a.code AS actor, r.code AS recipient, e.id, e.type, e.article_id, e.date_start,
               {_SCORE} AS score
        FROM {_events(dedup)} e,
             unnest(e.actor_codes) AS a(code),
             unnest(e.recipient_codes) AS r(code)
        WHERE a.code IS NOT NULL AND r.code IS NOT NULL AND a.code <> r.code AND {where}
    """


def _filters(since: date | None, until: date | None, include_all_modalities: bool) -> tuple[str, list[Any]]:
    clauses, params = ["TRUE"], []
    if not include_all_modalities:
        clauses.append(f"e.modality IN {_FACTUAL}")
    if since:
        clauses.append("e.date_start >= ?")
        params.append(since)
    if until:
        clauses.append("e.date_start <= ?")
        params.append(until)
    return " AND ".join(clauses), params


def dyads(
    store: Store,
    *,
    period: str = "month",
    actor: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_all_modalities: bool = False,
    dedup: bool = False,
) -> list[dict[str, Any]]:
    """Events per directed pair and period, with the mean cooperation/conflict score."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    where, params = _filters(since, until, include_all_modalities)
    having = ""
    if actor:
        having = "WHERE actor = ? OR recipient = ?"
        params += [actor.upper(), actor.upper()]
    sql = f"""
        SELECT actor, recipient, CAST(date_trunc('{period}', date_start) AS DATE) AS period,
               count(DISTINCT id) AS events, count(DISTINCT article_id) AS articles,
               round(avg(score), 2) AS score, mode(type) AS main_type
        FROM ({_edges_sql(where, dedup)}) {having}
        GROUP BY ALL ORDER BY period NULLS LAST, events DESC, actor, recipient
    """
    return store.query(sql, params)


def network(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    min_events: int = 1,
    dedup: bool = False,
) -> list[dict[str, Any]]:
    """Weighted directed edges between actor codes: the network of who acts on whom."""
    where, params = _filters(since, until, False)
    sql = f"""
        SELECT actor, recipient, count(DISTINCT id) AS events, round(avg(score), 2) AS score,
               list(DISTINCT type ORDER BY type) AS types
        FROM ({_edges_sql(where, dedup)}) GROUP BY ALL HAVING count(DISTINCT id) >= ?
        ORDER BY events DESC, actor, recipient
    """
    return store.query(sql, [*params, min_events])


def footprint(
    store: Store, country: str, in_country: str, *, period: str = "month", dedup: bool = False
) -> list[dict[str, Any]]:
    """What ``country`` did towards or inside ``in_country``, by period and event type."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    sql = f"""
        SELECT CAST(date_trunc('{period}', e.date_start) AS DATE) AS period, e.type, count(*) AS events,
               round(avg({_SCORE}), 2) AS score,
               count(*) FILTER (WHERE e.location_country = ?) AS on_the_ground
        FROM {_events(dedup)} e
        WHERE list_contains(e.actor_codes, ?) AND e.modality IN {_FACTUAL}
          AND (list_contains(e.recipient_codes, ?) OR e.location_country = ?)
        GROUP BY ALL ORDER BY period NULLS LAST, events DESC
    """
    c, target = country.upper(), in_country.upper()
    return store.query(sql, [target, c, target, target])


def shifts(
    store: Store, country: str, *, split: date, min_events: int = 2, dedup: bool = False
) -> list[dict[str, Any]]:
    """How each partner's relation with ``country`` moved between before and after ``split``.

    A positive ``change`` means the pair moved towards cooperation after ``split``.
    """
    c = country.upper()
    where, params = _filters(None, None, False)
    sql = f"""
        WITH edges AS ({_edges_sql(where, dedup)}),
        pairs AS (
            SELECT CASE WHEN actor = ? THEN recipient ELSE actor END AS partner, date_start, score, id
            FROM edges WHERE actor = ? OR recipient = ?
        )
        SELECT partner,
               count(DISTINCT id) FILTER (WHERE date_start < ?) AS events_before,
               count(DISTINCT id) FILTER (WHERE date_start >= ?) AS events_after,
               round(avg(score) FILTER (WHERE date_start < ?), 2) AS score_before,
               round(avg(score) FILTER (WHERE date_start >= ?), 2) AS score_after,
               round(coalesce(avg(score) FILTER (WHERE date_start >= ?), 0)
                     - coalesce(avg(score) FILTER (WHERE date_start < ?), 0), 2) AS change
        FROM pairs GROUP BY partner HAVING count(DISTINCT id) >= ?
        ORDER BY abs(change) DESC, partner
    """
    return store.query(sql, [*params, c, c, c, split, split, split, split, split, split, min_events])
